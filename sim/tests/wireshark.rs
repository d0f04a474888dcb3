//! The Wireshark dissector `scripts/wireshark/uzura.lua`, run by `tshark` on a capture of the
//! simulated wire, against uzura-uapi's parser.
//!
//! The capture holds what two reference-model NICs under the driver core put on a lossy link
//! (WRITEs of many sizes, ACKs, NACKs) followed by hand-made frames: one per malformation that
//! docs/protocol.md §3 has a receiver drop, valid frames at the limits, and 0x88B5 frames a NIC
//! treats as ordinary traffic. For every frame, each field the dissector shows must equal what
//! `uzura_uapi::wire` reads from the same bytes, and the dissector must flag exactly the frames
//! uapi rejects, with the reason each was made for. The malformed frames are also handed to a
//! NIC, which must count each one as `RxDropMalformed`.
//!
//! Needs the `tshark` Debian package (`apt-get install tshark`). Run as root, tshark loads Lua
//! scripts only if its init.lua sets `run_user_scripts_when_superuser`; Debian 12's
//! /etc/wireshark/init.lua sets it to `true`, so no option is needed (there is no command-line
//! override), and the test says so if a site turned it off.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

use serde_json::Value;
use uzura_core::{Config, StartArgs};
use uzura_refnic::MAX_FRAME_WITH_FCS;
use uzura_sim::link::{pause_frame, LinkConfig};
use uzura_sim::pair::{Pair, MAC_A, MAC_B};
use uzura_sim::pcap::{self, PcapWriter};
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto::{Psn, ETHERTYPE, HEADER_LEN};
use uzura_uapi::regs::Counter;
use uzura_uapi::wire::uzura::MAX_WRITE_LEN;
use uzura_uapi::wire::{self, emit_frame, ethernet, Error, Kind, NackRanges, Packet, PsnRange, Repr, WriteRepr};

const OWNER: u16 = 1;
const DISSECTOR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../scripts/wireshark/uzura.lua");

/// A hand-made frame (without FCS) and the expert infos the dissector must attach to it, by
/// name without the `uzura.` prefix.
struct Crafted {
    what: &'static str,
    frame: Vec<u8>,
    experts: &'static [&'static str],
}

impl Crafted {
    /// Whether a NIC's receive path would judge it as an uzura frame: unicast to B, untagged
    /// 0x88B5, at least the minimum frame and within the receive MTU.
    fn reaches_nic(&self) -> bool {
        let f = &self.frame;
        f[..6] == MAC_B.0
            && f[12..14] == ETHERTYPE.to_be_bytes()
            && (wire::MIN_FRAME_LEN..=MAX_FRAME_WITH_FCS - wire::FCS_LEN).contains(&f.len())
    }
}

fn write_repr(len: u16, flags: (bool, bool)) -> Repr {
    Repr {
        dst_ctx: 3,
        src_ctx: 5,
        dst_tag: 0x1a2b_3c4d,
        psn: Psn(0xffff_fff0),
        kind: Kind::Write(WriteRepr {
            last: flags.0,
            ack_req: flags.1,
            key: 0x0123_4567_89ab_cdef,
            region: 1023,
            offset: 0xffff_0000_1000,
            len,
        }),
    }
}

fn nack_repr(ranges: &[(u32, u32)]) -> Repr {
    let mut r = NackRanges::default();
    for &(start, count) in ranges {
        assert!(r.push(PsnRange { start: Psn(start), count }));
    }
    Repr { dst_ctx: 5, src_ctx: 3, dst_tag: 0x5566_7788, psn: Psn(100), kind: Kind::Nack(r) }
}

const ACK: Repr = Repr { dst_ctx: 5, src_ctx: 3, dst_tag: 0x5566_7788, psn: Psn(3), kind: Kind::Ack };

/// `repr` from A to B padded to 60 bytes as a MAC pads it, then `edit`ed (header at byte 14).
fn crafted(
    what: &'static str,
    repr: &Repr,
    edit: impl FnOnce(&mut Vec<u8>),
    experts: &'static [&'static str],
) -> Crafted {
    let payload: Vec<u8> = (0..repr.payload_len()).map(|i| (i * 7 + 1) as u8).collect();
    let mut frame = vec![0; ethernet::HEADER_LEN + repr.buffer_len()];
    emit_frame(MAC_A, MAC_B, repr, if matches!(repr.kind, Kind::Write(_)) { &payload } else { &[] }, &mut frame);
    frame.resize(frame.len().max(wire::MIN_FRAME_LEN), 0);
    edit(&mut frame);
    Crafted { what, frame, experts }
}

fn set16(f: &mut [u8], at: usize, v: u16) {
    f[ethernet::HEADER_LEN + at..][..2].copy_from_slice(&v.to_be_bytes());
}

/// One frame per rule of protocol.md §3 (two where a rule has two ends), valid frames at the
/// limits, and frames that carry 0x88B5 without being uzura frames for a NIC.
fn crafted_frames() -> Vec<Crafted> {
    const H: usize = ethernet::HEADER_LEN;
    let nack2 = nack_repr(&[(100, 2), (105, 1)]);
    let full_nack: Vec<(u32, u32)> = (0..64).map(|i| (100 + i * 5000, 4096)).collect();
    vec![
        // Shorter than any frame on a wire: a capture taken before the MAC padded it.
        crafted("header cut short", &ACK, |f| f.truncate(H + 20), &["malformed.truncated"]),
        crafted(
            "payload cut short",
            &write_repr(1000, (true, true)),
            |f| f.truncate(H + 32 + 100),
            &["malformed.truncated"],
        ),
        crafted("version 2", &write_repr(64, (false, false)), |f| f[H] = 0x21, &["malformed.version"]),
        crafted("version 0", &ACK, |f| f[H] = 0x02, &["malformed.version"]),
        crafted("opcode 0", &ACK, |f| f[H] = 0x10, &["malformed.opcode"]),
        crafted("opcode 15", &ACK, |f| f[H] = 0x1f, &["malformed.opcode"]),
        crafted("WRITE flag 0x04", &write_repr(64, (true, false)), |f| f[H + 1] |= 0x04, &["malformed.flags"]),
        crafted("WRITE flag 0x80", &write_repr(64, (false, true)), |f| f[H + 1] |= 0x80, &["malformed.flags"]),
        crafted("WRITE length 0", &write_repr(1, (true, true)), |f| set16(f, 2, 0), &["malformed.length"]),
        crafted(
            "WRITE length 9185",
            &write_repr(MAX_WRITE_LEN as u16, (false, false)),
            |f| {
                f.push(0xee);
                set16(f, 2, MAX_WRITE_LEN as u16 + 1);
            },
            &["malformed.length"],
        ),
        crafted("ACK with LAST", &ACK, |f| f[H + 1] = 0x01, &["malformed.unused"]),
        // Both rules hold: a reserved flag bit, and flags non-zero in an ACK.
        crafted("ACK flag 0x04", &ACK, |f| f[H + 1] = 0x04, &["malformed.flags", "malformed.unused"]),
        crafted("ACK with a key", &ACK, |f| f[H + 23] = 1, &["malformed.unused"]),
        crafted("NACK with a region", &nack2, |f| f[H + 24] = 0x80, &["malformed.unused"]),
        crafted("ACK with an offset", &ACK, |f| f[H + 31] = 8, &["malformed.unused"]),
        crafted("ACK length 8", &ACK, |f| set16(f, 2, 8), &["malformed.length"]),
        crafted("NACK length 0", &nack2, |f| set16(f, 2, 0), &["malformed.length"]),
        crafted("NACK length 12", &nack2, |f| set16(f, 2, 12), &["malformed.length"]),
        crafted(
            "NACK of 65 ranges",
            &nack_repr(&full_nack),
            |f| {
                f.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 1]);
                set16(f, 2, 65 * 8);
            },
            &["malformed.length"],
        ),
        crafted("NACK range count 0", &nack2, |f| f[H + 32 + 7] = 0, &["malformed.range_count"]),
        crafted(
            "NACK range count 4097",
            &nack2,
            |f| f[H + 40 + 4..H + 48].copy_from_slice(&4097u32.to_be_bytes()),
            &["malformed.range_count"],
        ),
        // Valid: the limits, and padding whatever its value.
        crafted("WRITE length 9184", &write_repr(MAX_WRITE_LEN as u16, (true, true)), |_| {}, &[]),
        crafted("NACK of 64 ranges of 4096", &nack_repr(&full_nack), |_| {}, &[]),
        crafted("ACK with non-zero padding", &ACK, |f| f[H + 32..].fill(0xa5), &[]),
        // 0x88B5 but not an uzura frame for a NIC (§1.1).
        crafted(
            "VLAN-tagged WRITE",
            &write_repr(20, (true, false)),
            |f| {
                f.splice(12..12, [0x81, 0x00, 0x00, 0x07]);
            },
            &["ordinary.vlan"],
        ),
        crafted("WRITE to broadcast", &write_repr(20, (true, false)), |f| f[..6].fill(0xff), &["ordinary.group_dst"]),
    ]
}

/// Runs transfers of many sizes over a link that loses and reorders frames (so that the
/// receiver NACKs), records the wire into `path`, then appends the crafted frames and a PAUSE.
/// Returns how many of the crafted frames the receiving NIC counted as malformed.
fn capture(path: &Path, crafted: &[Crafted]) -> u32 {
    let lossy = LinkConfig { drop: 0.03, reorder: 0.03, seed: 7, ..LinkConfig::default() };
    let mut pair = Pair::new(Config { mtu: 9000, ..Config::default() }, lossy, LinkConfig::default(), 17);
    pair.capture = Some(PcapWriter::create(path).unwrap());
    let sizes = [1u64, 8, 1000, 4096, 8968, 20_000, 1 << 20];
    let total: u64 = sizes.iter().sum();
    let ctx = pair.connect(OWNER).unwrap().0.ctx;
    let src = pair.a.register(OWNER, total, 0, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, total, 0, ACCESS_REMOTE_WRITE).unwrap();
    pair.a.write_buffer(&src, 0, &(0..total).map(|i| (i * 13) as u8).collect::<Vec<_>>());
    let mut at = 0;
    for len in sizes {
        let args = StartArgs { src: src.info, src_offset: at, dst: dst.info, dst_offset: at, len };
        pair.a.drv.rdmastart(&mut pair.a.host, OWNER, ctx, &args).unwrap();
        at += len;
    }
    let n = sizes.len() as u64;
    assert!(pair.run_until(u64::MAX, |p| p.a.drv.poll(&mut p.a.host, OWNER, ctx, false).unwrap().count as u64 >= n));

    let malformed_before = pair.b.host.nic.counter(Counter::RxDropMalformed);
    let mut t = pair.now_ps;
    for c in crafted {
        let mut f = c.frame.clone();
        t += 1_000_123;
        // The FCS without padding: the frame cut short stays as short as it was made.
        f.extend(wire::fcs(&f).to_le_bytes());
        pair.capture.as_mut().unwrap().record(&f, t);
        if c.reaches_nic() {
            pair.b.host.nic.receive(&mut pair.b.host.mem, &f, t);
        }
    }
    // Not 0x88B5 at all.
    let pause = pause_frame(MAC_B, 0xffff);
    pair.capture.as_mut().unwrap().record(&pause, t + 1_000_123);
    pair.capture.as_mut().unwrap().flush().unwrap();
    pair.b.host.nic.counter(Counter::RxDropMalformed) - malformed_before
}

/// Runs tshark in the fresh home `home`, so that neither the user's preferences nor an
/// installed copy of the dissector (which would clash with the one under test) take part.
fn tshark(home: &Path, args: &[&str]) -> String {
    let out = Command::new("tshark").env("HOME", home).env("XDG_CONFIG_HOME", home.join(".config")).args(args).output();
    let out = match out {
        Ok(out) => out,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            panic!("tshark is not installed; this test needs it: apt-get install tshark")
        }
        Err(e) => panic!("running tshark: {e}"),
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "tshark {args:?} failed: {stderr}");
    assert!(!stderr.contains("Lua"), "tshark reports a Lua problem: {stderr}");
    String::from_utf8(out.stdout).unwrap()
}

/// Every (field name, value) under a dissector tree in tshark's JSON, depth first. Repeated
/// fields come as arrays (`--no-duplicate-keys`), subtrees as objects; expert infos are
/// objects whose key is the expert field's name.
fn flatten<'a>(key: &'a str, v: &'a Value, out: &mut Vec<(&'a str, &'a str)>) {
    match v {
        Value::String(s) => out.push((key, s)),
        Value::Array(items) => items.iter().for_each(|item| flatten(key, item, out)),
        Value::Object(m) => m.iter().for_each(|(k, v)| flatten(k, v, out)),
        _ => panic!("{key}: unexpected JSON {v}"),
    }
}

fn lua_errors(json: &str) -> String {
    json.lines().filter(|l| l.contains("Lua Error")).collect::<Vec<_>>().join("\n")
}

fn number(s: &str) -> u64 {
    match s.strip_prefix("0x") {
        Some(hex) => u64::from_str_radix(hex, 16),
        None => s.parse(),
    }
    .unwrap_or_else(|e| panic!("{s:?} is not a number: {e}"))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect::<Vec<_>>().join(":")
}

/// Checks one frame: the dissector's `fields` against uapi's reading of `frame`. Returns the
/// names of the expert infos the dissector attached (without the `uzura.` prefix).
fn check_frame(what: &str, frame: &[u8], fields: &[(&str, &str)]) -> BTreeSet<String> {
    let all = |name: &str| fields.iter().filter(|(k, _)| *k == name).map(|(_, v)| *v).collect::<Vec<_>>();
    let one = |name: &str| match all(name)[..] {
        [v] => Some(v),
        [] => None,
        _ => panic!("{what}: {name} shown more than once: {fields:?}"),
    };
    // A VLAN tag is transparent to the dissector: uapi reads the frame without it.
    let untagged: Vec<u8> =
        if frame[12..14] == [0x81, 0x00] { [&frame[..12], &frame[16..]].concat() } else { frame.to_vec() };
    let header = &untagged[ethernet::HEADER_LEN..];
    let p = Packet::new_unchecked(header);
    // Each field, the header bytes it needs, and its value as uapi reads it.
    type Read = fn(&Packet<&[u8]>) -> u64;
    let fixed: [(&str, usize, Read); 14] = [
        ("uzura.version", 1, |p| p.version().into()),
        ("uzura.opcode", 1, |p| p.opcode().into()),
        ("uzura.flags", 2, |p| p.flags().into()),
        ("uzura.flags.last", 2, |p| (p.flags() & wire::uzura::FLAG_LAST != 0).into()),
        ("uzura.flags.ack_req", 2, |p| (p.flags() & wire::uzura::FLAG_ACK_REQ != 0).into()),
        // A masked field shows its bits shifted down.
        ("uzura.flags.reserved", 2, |p| (p.flags() >> 2).into()),
        ("uzura.length", 4, |p| p.length().into()),
        ("uzura.dst_ctx", 6, |p| p.dst_ctx().into()),
        ("uzura.src_ctx", 8, |p| p.src_ctx().into()),
        ("uzura.dst_tag", 12, |p| p.dst_tag().into()),
        ("uzura.psn", 16, |p| p.psn().0.into()),
        ("uzura.key", 24, |p| p.key()),
        ("uzura.region", 26, |p| p.region().into()),
        ("uzura.offset", 32, |p| p.offset()),
    ];
    for (name, end, get) in fixed {
        if header.len() >= end {
            let got = one(name).unwrap_or_else(|| panic!("{what}: no {name}: {fields:?}"));
            assert_eq!(number(got), get(&p), "{what}: {name}");
        } else {
            assert_eq!(one(name), None, "{what}: {name} shown beyond the frame");
        }
    }

    // Opcode-specific contents and padding, where uapi accepts the frame.
    let parsed = wire::parse_frame(&untagged);
    if let Ok((_, repr, payload)) = &parsed {
        match &repr.kind {
            Kind::Write(_) => assert_eq!(one("uzura.payload"), Some(hex(payload).as_str()), "{what}: payload"),
            Kind::Ack => assert_eq!(one("uzura.payload"), None, "{what}"),
            Kind::Nack(ranges) => {
                assert_eq!(one("uzura.nack.ranges").map(number), Some(ranges.len() as u64), "{what}");
                let starts = all("uzura.nack.start").into_iter().map(number);
                let counts = all("uzura.nack.count").into_iter().map(number);
                let shown: Vec<(u64, u64)> = starts.zip(counts).collect();
                let want: Vec<(u64, u64)> =
                    ranges.as_slice().iter().map(|r| (r.start.0 as u64, r.count as u64)).collect();
                assert_eq!(shown, want, "{what}: NACK ranges");
            }
        }
        let end = ethernet::HEADER_LEN + HEADER_LEN + repr.payload_len();
        let padding = (untagged.len() > end).then(|| hex(&untagged[end..]));
        assert_eq!(one("uzura.padding").map(str::to_string), padding, "{what}: padding");
    }

    let experts: BTreeSet<String> = fields
        .iter()
        .filter_map(|(k, _)| k.strip_prefix("uzura."))
        .filter(|k| k.starts_with("malformed.") || k.starts_with("ordinary."))
        .map(str::to_string)
        .collect();
    let malformed = experts.iter().any(|e| e.starts_with("malformed."));
    assert_eq!(one("uzura.malformed").is_some(), malformed, "{what}: the uzura.malformed marker");
    // uapi stops at the first rule broken; the dissector reports every one.
    match parsed {
        Ok(_) => assert!(!malformed, "{what}: valid for uapi, flagged {experts:?}"),
        Err(Error::Truncated) => assert!(experts.contains("malformed.truncated"), "{what}: {experts:?}"),
        Err(Error::Version) => assert!(experts.contains("malformed.version"), "{what}: {experts:?}"),
        Err(Error::Malformed) => assert!(
            malformed && !experts.contains("malformed.truncated") && !experts.contains("malformed.version"),
            "{what}: uapi says malformed, dissector {experts:?}"
        ),
    }
    experts
}

#[test]
fn dissector_agrees_with_uapi_on_the_simulated_wire() {
    let dir = std::env::temp_dir().join(format!("uzura-wireshark-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("wire.pcap");
    let crafted = crafted_frames();
    let dropped_malformed = capture(&path, &crafted);
    let frames = pcap::read(&path).unwrap();

    let lua = format!("lua_script:{DISSECTOR}");
    let json = tshark(&dir, &["-n", "-X", &lua, "-r", path.to_str().unwrap(), "-T", "json", "--no-duplicate-keys"]);
    assert!(!json.contains("_ws.lua.error"), "the dissector raised Lua errors: {}", lua_errors(&json));
    let packets: Vec<Value> = serde_json::from_str(&json).unwrap();
    assert_eq!(packets.len(), frames.len(), "tshark read another number of frames than were written");
    assert!(
        packets.iter().any(|p| p["_source"]["layers"].get("uzura").is_some()),
        "tshark decoded no frame as uzura: the dissector did not load. As root, tshark runs Lua scripts only if \
         /etc/wireshark/init.lua has enable_lua and run_user_scripts_when_superuser set to true (Debian 12's does)"
    );

    // The simulator's frames, then the crafted ones, then the PAUSE.
    let first_crafted = frames.len() - crafted.len() - 1;
    let (mut writes, mut acks, mut nack_ranges) = (BTreeSet::new(), 0, Vec::new());
    let mut malformed_frames = Vec::new();
    for (i, ((time_ns, frame), packet)) in frames.iter().zip(&packets).enumerate() {
        let layers = &packet["_source"]["layers"];
        // Wireshark reads the capture's nanosecond timestamps exactly.
        let epoch = layers["frame"]["frame.time_epoch"].as_str().unwrap();
        let (s, ns) = epoch.split_once('.').unwrap();
        assert_eq!(number(s) * 1_000_000_000 + number(ns), *time_ns, "frame {}: timestamp", i + 1);

        let (what, want): (String, &[&str]) = match crafted.get(i.wrapping_sub(first_crafted)) {
            Some(c) => (c.what.to_string(), c.experts),
            None => (format!("frame {} from the simulator", i + 1), &[]),
        };
        let Some(tree) = layers.get("uzura") else {
            let ethertype = if frame[12..14] == [0x81, 0x00] { &frame[16..18] } else { &frame[12..14] };
            assert!(ethertype != ETHERTYPE.to_be_bytes(), "{what}: not dissected");
            continue;
        };
        let mut fields = Vec::new();
        flatten("uzura", tree, &mut fields);
        let experts = check_frame(&what, frame, &fields);
        assert_eq!(experts, want.iter().map(|e| e.to_string()).collect(), "{what}: expert infos");
        if experts.iter().any(|e| e.starts_with("malformed.")) {
            malformed_frames.push(i + 1);
        }
        if i < first_crafted {
            match wire::parse_frame(frame).unwrap().1.kind {
                Kind::Write(w) => _ = writes.insert(w.len),
                Kind::Ack => acks += 1,
                Kind::Nack(r) => nack_ranges.push(r.len()),
            }
        }
    }
    // The simulated part covers what it is there for.
    assert!(writes.len() >= 6, "WRITE lengths {writes:?}");
    assert!(acks > 0 && nack_ranges.iter().any(|&n| n >= 2), "{acks} ACKs, NACK ranges {nack_ranges:?}");

    // The NIC drops as malformed exactly the crafted frames it received that uapi rejects.
    let want_dropped = crafted.iter().filter(|c| c.reaches_nic() && wire::parse_frame(&c.frame).is_err()).count();
    assert_eq!(dropped_malformed as usize, want_dropped, "RxDropMalformed");

    // Installed as the header comment says, by copying the one file, it is loaded too; its
    // `uzura.malformed` filter finds the malformed frames.
    let plugins = dir.join(".local/lib/wireshark/plugins");
    std::fs::create_dir_all(&plugins).unwrap();
    std::fs::copy(DISSECTOR, plugins.join("uzura.lua")).unwrap();
    let found =
        tshark(&dir, &["-r", path.to_str().unwrap(), "-Y", "uzura.malformed", "-T", "fields", "-e", "frame.number"]);
    let found: Vec<usize> = found.lines().map(|l| l.parse().unwrap()).collect();
    assert_eq!(found, malformed_frames, "frames the installed dissector's uzura.malformed filter finds");
    std::fs::remove_dir_all(&dir).unwrap();
}
