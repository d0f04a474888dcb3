//! Whole transfers between two gateware NICs under Verilator, each under the real driver core,
//! against the same transfers between two reference-model NICs: seeded random transfers (1 byte
//! to 16 MiB, unaligned, several contexts at once) on a clean link, at 1e-4 and 1e-2 loss
//! (drop, corrupt, duplicate, reorder), and behind a congested switch sending PAUSE storms.
//!
//! Every byte of the destination is checked; every WRITE the gateware put on the wire must
//! parse with uapi's parser and carry exactly the source bytes its header names; on the clean
//! link both systems put the same WRITE frames on the wire, in the same order; and every
//! capture is in time order, with no NIC's frames closer than the line rate allows
//! (`pcap::faster_than_line`).

use std::path::PathBuf;

use uzura_core::{Config, StartArgs};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Buffer, NicModel, Node, Pair, MAC_A, MAC_B};
use uzura_sim::pcap::{self, PcapWriter};
use uzura_sim::refnic::RefNic;
use uzura_sim::rng::Rng;
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto;
use uzura_uapi::wire::{self, Kind};
use uzura_verilated::vnic::{Bus, VNic};

const OWNER: u16 = 1;
const CONTEXTS: usize = 3;

struct Transfer {
    ctx: usize,
    len: u64,
    src_off: u64,
    dst_off: u64,
}

struct Setup {
    transfers: Vec<Transfer>,
    region_len: u64,
    firsts: [usize; CONTEXTS],
}

/// Transfers of one context go to disjoint destination ranges: WRITEs of different transfers
/// are not ordered against each other (a retransmission may land after a later transfer's
/// frame), so overlapping ranges would make the outcome depend on timing.
fn setup(seed: u64, count: usize, big: bool) -> Setup {
    let mut rng = Rng::new(seed);
    let mut end = [0u64; CONTEXTS];
    let mut transfers: Vec<Transfer> = (0..count)
        .map(|_| {
            let len = match rng.gen_range(0..3) {
                0 => rng.gen_range(1..64),
                1 => rng.gen_range(1..20_000),
                _ => rng.gen_range(1..(1 << 20)),
            };
            let ctx = rng.gen_range(0..CONTEXTS as u64) as usize;
            let dst_off = end[ctx] + rng.gen_range(0..4096);
            end[ctx] = dst_off + len;
            Transfer { ctx, len, src_off: rng.gen_range(0..4096), dst_off }
        })
        .collect();
    if big {
        transfers.push(Transfer { ctx: 0, len: 16 << 20, src_off: 3, dst_off: end[0] + 4093 });
        end[0] += 4093 + (16 << 20);
    }
    let region_len = end.into_iter().max().unwrap().max((1 << 20) + 4096);
    let firsts = [0, 1, 2].map(|i| (rng.gen_range(0..4096) as usize + i) % 4096);
    Setup { transfers, region_len, firsts }
}

/// Runs the transfers (all started at once, so the contexts interleave on the wire) and
/// returns what each destination region holds and the capture file.
fn run<N: NicModel>(
    a: Node<N>,
    b: Node<N>,
    link: impl Fn(u64) -> LinkConfig,
    s: &Setup,
    tag: &str,
) -> (Vec<u8>, Vec<Vec<u8>>, Vec<u16>, PathBuf) {
    let mut pair = Pair::with_nodes(a, b, link(1), link(2));
    let path = std::env::temp_dir().join(format!("uzura-{tag}-{}.pcap", std::process::id()));
    pair.capture = Some(PcapWriter::create(&path).unwrap());
    let mut ctxs = Vec::new();
    let mut regions: Vec<(Buffer, Buffer)> = Vec::new();
    let mut src_data = Vec::new();
    for c in 0..CONTEXTS {
        ctxs.push(pair.connect(OWNER).unwrap().0.ctx);
        let src = pair.a.register(OWNER, s.region_len, s.firsts[c], ACCESS_LOCAL_READ).unwrap();
        let dst = pair.b.register(OWNER, s.region_len, s.firsts[(c + 1) % CONTEXTS], ACCESS_REMOTE_WRITE).unwrap();
        let data: Vec<u8> =
            (0..s.region_len).map(|i| (i as u32).wrapping_mul(0x9E37_79B1).rotate_left(c as u32 * 7) as u8).collect();
        pair.a.write_buffer(&src, 0, &data);
        pair.b.host.mem.set_guard(true);
        pair.b.allow_writes(&dst, 0, s.region_len);
        src_data.push(data);
        regions.push((src, dst));
    }
    for t in &s.transfers {
        let (src, dst) = &regions[t.ctx];
        let args = StartArgs { src: src.info, src_offset: t.src_off, dst: dst.info, dst_offset: t.dst_off, len: t.len };
        pair.a.drv.rdmastart(&mut pair.a.host, OWNER, ctxs[t.ctx], &args).unwrap();
    }
    let ok = pair
        .run_until(u64::MAX, |p| ctxs.iter().all(|&c| p.a.drv.poll(&mut p.a.host, OWNER, c, false).unwrap().complete));
    assert!(ok, "{tag}: transfers did not complete");
    pair.capture.as_mut().unwrap().flush().unwrap();
    assert!(
        pair.b.host.mem.violations().is_empty(),
        "{tag}: writes outside regions: {:?}",
        pair.b.host.mem.violations()
    );
    // Destination contents, and what they must be: the bytes each transfer copied.
    let mut got = Vec::new();
    let mut want = Vec::new();
    for (c, (_, dst)) in regions.iter().enumerate() {
        let mut out = vec![0; s.region_len as usize];
        pair.b.read_buffer(dst, 0, &mut out);
        let mut expect = vec![0; s.region_len as usize];
        for t in s.transfers.iter().filter(|t| t.ctx == c) {
            expect[t.dst_off as usize..(t.dst_off + t.len) as usize]
                .copy_from_slice(&src_data[c][t.src_off as usize..(t.src_off + t.len) as usize]);
        }
        got.extend(out);
        want.extend(expect);
    }
    assert!(got == want, "{tag}: destination memory differs from the source");
    (got, src_data, ctxs, path)
}

/// The WRITE frames in a capture, in order, once the capture is found to keep wire time.
fn writes(path: &PathBuf) -> Vec<Vec<u8>> {
    let frames = pcap::read(path).unwrap();
    std::fs::remove_file(path).unwrap();
    assert!(frames.windows(2).all(|w| w[0].0 <= w[1].0), "{}: out of time order", path.display());
    assert_eq!(pcap::faster_than_line(&frames), None, "{}: (frame, ps too soon)", path.display());
    frames
        .into_iter()
        .map(|(_, f)| f)
        .filter(|f| matches!(wire::parse_frame(f), Ok((_, wire::Repr { kind: Kind::Write(_), .. }, _))))
        .collect()
}

fn gateware_pair(seed: u64) -> (Node<VNic>, Node<VNic>) {
    let cfg = Config::default();
    (
        Node::with_nic(VNic::new(MAC_A, Bus::PCIE_GEN3_X8), cfg, seed),
        Node::with_nic(VNic::new(MAC_B, Bus::PCIE_GEN3_X8), cfg, seed + 1),
    )
}

fn reference_pair(seed: u64) -> (Node<RefNic>, Node<RefNic>) {
    let cfg = Config::default();
    (Node::with_nic(RefNic::new(MAC_A), cfg, seed), Node::with_nic(RefNic::new(MAC_B), cfg, seed + 1))
}

#[test]
fn clean_link_same_frames_as_the_reference_model() {
    let s = setup(11, 6, true);
    let (ga, gb) = gateware_pair(5);
    let (ra, rb) = reference_pair(5);
    let (gmem, _, _, gpath) = run(ga, gb, |_| LinkConfig::default(), &s, "gw-clean");
    let (rmem, _, _, rpath) = run(ra, rb, |_| LinkConfig::default(), &s, "ref-clean");
    assert!(gmem == rmem);
    let (g, r) = (writes(&gpath), writes(&rpath));
    assert_eq!(g.len(), r.len(), "number of WRITE frames: gateware {}, reference {}", g.len(), r.len());
    for (i, (g, r)) in g.iter().zip(&r).enumerate() {
        assert!(
            g == r,
            "WRITE frame {i} differs:\n gateware {:?}\n reference {:?}",
            wire::parse_frame(g).map(|x| x.1),
            wire::parse_frame(r).map(|x| x.1)
        );
    }
}

/// Under loss, retransmissions depend on timing, so the frame sequences differ; each WRITE
/// the gateware sends must still carry exactly the source bytes it names.
fn lossy(seed: u64, p: f64, pause: bool) {
    let s = setup(seed, 8, false);
    let link = |sd: u64| {
        let l = LinkConfig::lossy(p, seed * 10 + sd);
        if pause {
            l
        } else {
            LinkConfig { switch: None, ..l }
        }
    };
    let (ga, gb) = gateware_pair(seed);
    let (_, src, ctxs, path) = run(ga, gb, link, &s, &format!("gw-{seed}"));
    // Each transfer's PSNs: contexts number their frames from 0, transfer after transfer.
    let payload = proto::max_payload(Config::default().mtu) as u64;
    let mut next = [0u64; CONTEXTS];
    let first_psn: Vec<u64> = s
        .transfers
        .iter()
        .map(|t| {
            let p = next[t.ctx];
            next[t.ctx] += proto::frames_for(t.len, payload as usize);
            p
        })
        .collect();
    let frames = writes(&path);
    assert!(!frames.is_empty());
    for f in &frames {
        let (_, repr, data) = wire::parse_frame(f).unwrap();
        let Kind::Write(w) = repr.kind else { unreachable!() };
        let c = ctxs.iter().position(|&x| x == repr.src_ctx).expect("a WRITE from one of the contexts");
        let psn = repr.psn.0 as u64;
        let (i, t) = s
            .transfers
            .iter()
            .enumerate()
            .rfind(|(i, t)| t.ctx == c && first_psn[*i] <= psn)
            .expect("a WRITE of a transfer");
        let k = psn - first_psn[i];
        assert_eq!(w.offset, t.dst_off + k * payload, "destination offset of PSN {psn}");
        let from = (t.src_off + k * payload) as usize;
        assert!(data == &src[c][from..from + data.len()], "payload of PSN {psn} on context {c}");
    }
}

#[test]
fn lossy_links_deliver_every_byte() {
    lossy(21, 1e-4, false);
    lossy(22, 1e-2, false);
}

#[test]
fn pause_storms_deliver_every_byte() {
    lossy(23, 1e-2, true);
}
