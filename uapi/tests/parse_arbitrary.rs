//! The byte parsers against hostile input: whatever the bytes, no parser panics, and whatever a
//! parser accepts survives a round trip through its emitter unchanged, byte for byte.
//!
//! This file is two things at once, so that the properties exist in one copy only:
//! - the proptest suite run by every `cargo test` (everything under `#[cfg(test)]` below);
//! - the check of the coverage-guided fuzz target: `fuzz/fuzz_targets/frame.rs` includes this
//!   file as a module with `#[path]` and calls [`check`] on each input. A fuzz build is not a
//!   test build, so the proptest half (and the proptest dependency) drop out there.
//!
//! Keep the part outside `#[cfg(test)]` free of dev-dependencies and of items the fuzz target
//! does not reach, or the fuzz build will not compile (or will warn about dead code).

use uzura_uapi::info::{ContextAddr, InfoError, RegionInfo};
use uzura_uapi::proto;
use uzura_uapi::ring::SqDesc;
use uzura_uapi::wire::{self, ethernet, pause, Error, Kind, Packet, PausePacket, PauseRepr, Repr};

/// Runs every parser on `data` (and on the part after an Ethernet header, where the parser
/// expects a payload) and checks the round-trip properties of what they accept. Panics on a
/// violation, which is what the fuzzer reports as a crash.
pub fn check(data: &[u8]) {
    check_frame(data);
    if let Some(l2) = data.get(ethernet::HEADER_LEN..) {
        check_packet(l2);
        let ethertype = u16::from_be_bytes([data[12], data[13]]);
        if ethertype == proto::ETHERTYPE {
            // `parse_frame` is the Ethernet check plus `Repr::parse` of what follows.
            assert_eq!(wire::parse_frame(data).map(|(_, r, _)| r), Repr::parse(&Packet::new_unchecked(l2)));
        }
        // A MAC Control payload starts after the EtherType.
        check_pause(l2);
    }
    check_pause(data);
    check_region_info(data);
    check_context_addr(data);
    if let Some(d) = data.get(..SqDesc::LEN) {
        check_sq_desc(d.try_into().unwrap());
    }
}

/// `parse_frame`, and for an accepted frame: `emit_frame` of the parsed header reproduces the
/// input byte for byte up to the end of the payload (Ethernet header, uzura header, a WRITE's
/// data or a NACK's ranges) and parses back to the same values. Only bytes after the payload
/// are not compared: they are Ethernet padding of a short frame, which the parser ignores and
/// `emit_frame` leaves to the MAC. Every header field is canonical: the EtherType and version
/// are fixed, reserved flag bits and the fields an ACK/NACK does not use must be zero, and the
/// length is implied by the payload.
fn check_frame(data: &[u8]) {
    let Ok((eth, repr, payload)) = wire::parse_frame(data) else {
        return;
    };
    assert_eq!(eth.ethertype, proto::ETHERTYPE);
    let n = ethernet::HEADER_LEN + repr.buffer_len();
    assert!(n <= data.len(), "accepted frame is longer than its buffer");
    assert_eq!(payload.len(), repr.payload_len());
    assert_eq!(payload, &data[n - repr.payload_len()..n]);

    // Re-emit into a buffer with room to spare, filled with a sentinel to catch stray writes.
    const SENTINEL: u8 = 0xA5;
    let mut buf = vec![SENTINEL; n + 8];
    let data_arg: &[u8] = if let Kind::Write(_) = repr.kind { payload } else { &[] };
    let m = wire::emit_frame(eth.src, eth.dst, &repr, data_arg, &mut buf);
    assert_eq!(m, n, "emit_frame length differs from the parsed frame's");
    assert!(buf[n..].iter().all(|&b| b == SENTINEL), "emit_frame wrote past its frame");
    assert_eq!(&buf[..n], &data[..n], "re-emitted frame differs from the accepted input");
    assert_eq!(wire::parse_frame(&buf[..n]), Ok((eth, repr, payload)));

    // The padding really is ignored, and the frame is exactly as long as it must be.
    assert_eq!(wire::parse_frame(&data[..n]), Ok((eth, repr, payload)));
    assert_eq!(wire::parse_frame(&data[..n - 1]), Err(Error::Truncated));

    // The FCS a MAC would append checks, and catches a flipped bit.
    let mut with_fcs = buf;
    with_fcs.truncate(n);
    with_fcs.extend_from_slice(&wire::fcs(&data[..n]).to_le_bytes());
    assert!(wire::fcs_ok(&with_fcs));
    with_fcs[n / 2] ^= 0x04;
    assert!(!wire::fcs_ok(&with_fcs));
}

/// `Packet` and `Repr::parse` on what follows an Ethernet header, whatever its EtherType.
fn check_packet(b: &[u8]) {
    let checked = Packet::new_checked(b);
    // `Repr::parse` must be safe on an unchecked view too: it repeats the length check.
    let parsed = Repr::parse(&Packet::new_unchecked(b));
    let p = match checked {
        Ok(p) => p,
        Err(e) => {
            assert_eq!(e, Error::Truncated);
            assert_eq!(parsed, Err(Error::Truncated));
            return;
        }
    };
    // Every accessor of a checked packet is in bounds.
    let _ = (p.version(), p.opcode(), p.flags(), p.dst_ctx(), p.src_ctx(), p.dst_tag());
    let _ = (p.psn(), p.key(), p.region(), p.offset());
    assert_eq!(p.payload().len(), p.length() as usize);
    let Ok(repr) = parsed else {
        return;
    };
    let n = repr.buffer_len();
    assert_eq!(n, proto::HEADER_LEN + p.length() as usize);
    let mut buf = vec![0u8; n];
    let mut q = Packet::new_unchecked(&mut buf[..]);
    repr.emit(&mut q);
    if let Kind::Write(_) = repr.kind {
        q.payload_mut().copy_from_slice(p.payload());
    }
    assert_eq!(&buf[..], &b[..n], "re-emitted packet differs from the accepted input");
    assert_eq!(Repr::parse(&Packet::new_checked(&buf[..]).unwrap()), Ok(repr));
}

/// `PauseRepr::parse` (a MAC Control payload): accepted ones re-emit to the same four bytes.
fn check_pause(b: &[u8]) {
    let parsed = PauseRepr::parse(&PausePacket::new_unchecked(b));
    if b.len() < pause::PAYLOAD_LEN {
        assert!(PausePacket::new_checked(b).is_err());
        assert_eq!(parsed, Err(Error::Truncated));
        return;
    }
    let Ok(r) = parsed else {
        return;
    };
    let mut buf = [0u8; pause::PAYLOAD_LEN];
    r.emit(&mut PausePacket::new_unchecked(&mut buf[..]));
    assert_eq!(&buf[..], &b[..pause::PAYLOAD_LEN]);
    assert_eq!(PauseRepr::parse(&PausePacket::new_checked(&buf[..]).unwrap()), Ok(r));
}

/// `RegionInfo::parse`: `to_bytes(parse(b)) == b[..LEN]` and `parse(to_bytes(x)) == x`.
fn check_region_info(b: &[u8]) {
    match RegionInfo::parse(b) {
        Ok(r) => {
            assert_eq!(&r.to_bytes()[..], &b[..RegionInfo::LEN]);
            assert_eq!(RegionInfo::parse(&r.to_bytes()), Ok(r));
        }
        Err(e) => assert_eq!(e == InfoError::Truncated, b.len() < RegionInfo::LEN),
    }
}

/// `ContextAddr::parse`: the same two round trips as [`check_region_info`].
fn check_context_addr(b: &[u8]) {
    match ContextAddr::parse(b) {
        Ok(a) => {
            assert_eq!(&a.to_bytes()[..], &b[..ContextAddr::LEN]);
            assert_eq!(ContextAddr::parse(&a.to_bytes()), Ok(a));
        }
        Err(e) => assert_eq!(e == InfoError::Truncated, b.len() < ContextAddr::LEN),
    }
}

/// `SqDesc::decode`: a descriptor it accepts encodes back to the same 64 bytes.
fn check_sq_desc(b: &[u8; SqDesc::LEN]) {
    if let Some(d) = SqDesc::decode(b) {
        assert_eq!(&d.encode(), b);
        assert_eq!(SqDesc::decode(&d.encode()), Some(d));
    }
}

#[cfg(test)]
mod props {
    use super::*;
    use proptest::prelude::*;
    use proptest::sample::Index;
    use uzura_uapi::info::ACCESS_ALL;
    use uzura_uapi::proto::Psn;
    use uzura_uapi::ring::{SQ_ACK_REQ, SQ_EVENT, SQ_LAST};
    use uzura_uapi::wire::uzura::MAX_WRITE_LEN;
    use uzura_uapi::wire::{MacAddr, NackRanges, PsnRange, WriteRepr, MIN_FRAME_LEN};

    fn mac() -> impl Strategy<Value = MacAddr> {
        any::<[u8; 6]>().prop_map(MacAddr)
    }

    fn repr() -> impl Strategy<Value = Repr> {
        // Mostly short WRITEs (cheap, and what mutations are most useful on), some up to the
        // largest payload.
        let write_len = prop_oneof![4 => 1..=64u16, 1 => 1..=MAX_WRITE_LEN as u16];
        let write = (any::<bool>(), any::<bool>(), any::<u64>(), any::<u16>(), 0..1u64 << 48, write_len).prop_map(
            |(last, ack_req, key, region, offset, len)| {
                Kind::Write(WriteRepr { last, ack_req, key, region, offset, len })
            },
        );
        let range = (any::<u32>(), 1..=proto::RX_WINDOW).prop_map(|(s, count)| PsnRange { start: Psn(s), count });
        let nack = prop::collection::vec(range, 1..=proto::MAX_NACK_RANGES).prop_map(|rs| {
            let mut ranges = NackRanges::default();
            for r in rs {
                assert!(ranges.push(r));
            }
            Kind::Nack(ranges)
        });
        let kind = prop_oneof![write, Just(Kind::Ack), nack];
        (any::<u16>(), any::<u16>(), any::<u32>(), any::<u32>(), kind)
            .prop_map(|(dst_ctx, src_ctx, dst_tag, psn, kind)| Repr { dst_ctx, src_ctx, dst_tag, psn: Psn(psn), kind })
    }

    /// An uzura frame as `emit_frame` writes it, checked to parse back to what was emitted.
    fn uzura_frame() -> impl Strategy<Value = Vec<u8>> {
        (mac(), mac(), repr(), any::<u64>()).prop_map(|(src, dst, repr, seed)| {
            let mut data = vec![0u8; repr.payload_len()];
            let mut x = seed | 1;
            for b in data.iter_mut() {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                *b = x as u8;
            }
            let mut buf = vec![0u8; ethernet::HEADER_LEN + repr.buffer_len()];
            let n =
                wire::emit_frame(src, dst, &repr, if let Kind::Write(_) = repr.kind { &data } else { &[] }, &mut buf);
            assert_eq!(n, buf.len());
            let (eth, r, p) = wire::parse_frame(&buf).expect("an emitted frame parses");
            assert_eq!((eth.src, eth.dst, r), (src, dst, repr));
            if let Kind::Write(_) = repr.kind {
                assert_eq!(p, &data[..]);
            } else {
                assert_eq!(p.len(), repr.payload_len());
            }
            buf
        })
    }

    fn pause_frame() -> impl Strategy<Value = Vec<u8>> {
        (mac(), any::<u16>()).prop_map(|(src, quanta)| {
            let mut buf = vec![0u8; MIN_FRAME_LEN];
            let eth = wire::EthernetRepr { dst: pause::PAUSE_DST, src, ethertype: pause::ETHERTYPE_MAC_CONTROL };
            eth.emit(&mut wire::EthernetFrame::new_unchecked(&mut buf[..]));
            PauseRepr { quanta }.emit(&mut PausePacket::new_unchecked(&mut buf[ethernet::HEADER_LEN..]));
            assert_eq!(
                PauseRepr::parse(&PausePacket::new_checked(&buf[ethernet::HEADER_LEN..]).unwrap()),
                Ok(PauseRepr { quanta })
            );
            buf
        })
    }

    fn region_info() -> impl Strategy<Value = RegionInfo> {
        (mac(), 0..proto::MAX_REGIONS as u16, 0..=ACCESS_ALL, any::<u64>(), 1..=proto::MAX_REGION_LEN)
            .prop_map(|(mac, index, access, key, len)| RegionInfo { mac, index, access, key, len })
    }

    fn context_addr() -> impl Strategy<Value = ContextAddr> {
        (mac(), 0..proto::MAX_CONTEXTS as u16, any::<u32>()).prop_map(|(mut mac, ctx, tag)| {
            mac.0[0] &= !1; // unicast
            ContextAddr { mac, ctx, tag }
        })
    }

    fn sq_desc() -> impl Strategy<Value = SqDesc> {
        let flags = prop::sample::select(vec![0, SQ_LAST, SQ_ACK_REQ, SQ_EVENT, SQ_LAST | SQ_ACK_REQ | SQ_EVENT]);
        (any::<(u16, u32, u32, u16, u16)>(), any::<(u64, u64, u64)>(), flags).prop_map(
            |((ctx, first_psn, len, src_region, dst_region), (src_offset, dst_offset, dst_key), flags)| SqDesc {
                ctx,
                flags,
                first_psn,
                len,
                src_region,
                dst_region,
                src_offset,
                dst_offset,
                dst_key,
            },
        )
    }

    /// Bytes that some parser accepts.
    fn valid_bytes() -> impl Strategy<Value = Vec<u8>> {
        prop_oneof![
            6 => uzura_frame(),
            1 => pause_frame(),
            1 => region_info().prop_map(|r| r.to_bytes().to_vec()),
            1 => context_addr().prop_map(|a| a.to_bytes().to_vec()),
            1 => sq_desc().prop_map(|d| d.encode().to_vec()),
        ]
    }

    #[derive(Debug, Clone)]
    enum Mutation {
        Flip(Index, u8),
        Set(Index, u8),
        Truncate(Index),
        Extend(Vec<u8>),
        /// Zero padding to the minimum frame, as a MAC adds to a short frame.
        Pad,
    }

    fn mutation() -> impl Strategy<Value = Mutation> {
        prop_oneof![
            4 => (any::<Index>(), 1..=255u8).prop_map(|(i, x)| Mutation::Flip(i, x)),
            2 => (any::<Index>(), any::<u8>()).prop_map(|(i, x)| Mutation::Set(i, x)),
            1 => any::<Index>().prop_map(Mutation::Truncate),
            1 => prop::collection::vec(any::<u8>(), 1..64).prop_map(Mutation::Extend),
            1 => Just(Mutation::Pad),
        ]
    }

    fn apply(mut b: Vec<u8>, ms: &[Mutation]) -> Vec<u8> {
        for m in ms {
            match m {
                Mutation::Flip(i, x) if !b.is_empty() => {
                    let i = i.index(b.len());
                    b[i] ^= x;
                }
                Mutation::Set(i, x) if !b.is_empty() => {
                    let i = i.index(b.len());
                    b[i] = *x;
                }
                Mutation::Truncate(i) => b.truncate(i.index(b.len() + 1)),
                Mutation::Extend(tail) => b.extend_from_slice(tail),
                Mutation::Pad if b.len() < MIN_FRAME_LEN => b.resize(MIN_FRAME_LEN, 0),
                _ => {}
            }
        }
        b
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

        #[test]
        fn arbitrary_bytes(data in prop::collection::vec(any::<u8>(), 0..10000)) {
            check(&data);
        }

        #[test]
        fn mutated_valid_bytes(b in valid_bytes(), ms in prop::collection::vec(mutation(), 0..8)) {
            // Unmutated (the round trips on accepted input), then mutated.
            check(&b);
            check(&apply(b, &ms));
        }

        #[test]
        fn region_info_round_trip(r in region_info()) {
            prop_assert_eq!(RegionInfo::parse(&r.to_bytes()), Ok(r));
        }

        #[test]
        fn context_addr_round_trip(a in context_addr()) {
            prop_assert_eq!(ContextAddr::parse(&a.to_bytes()), Ok(a));
        }

        #[test]
        fn sq_desc_round_trip(d in sq_desc()) {
            prop_assert_eq!(SqDesc::decode(&d.encode()), Some(d));
        }
    }

    /// The fuzzer's seed frames (`fuzz/seeds/frame/`: a WRITE, an ACK, a NACK, a PAUSE) are
    /// exactly what this emits, so they cannot silently go stale when the format changes.
    /// `UZURA_WRITE_SEEDS=1 cargo test -p uzura-uapi --test parse_arbitrary fuzz_seeds` writes
    /// them anew.
    #[test]
    fn fuzz_seeds_are_valid() {
        let fuzz = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
        assert!(
            fuzz.join("Cargo.toml").exists(),
            "{} is missing: the fuzz crate is part of the repository",
            fuzz.display()
        );
        let dir = fuzz.join("seeds/frame");
        let src = MacAddr([0x02, 0x55, 0x5a, 0, 0, 1]);
        let dst = MacAddr([0x02, 0x55, 0x5a, 0, 0, 2]);
        let common = |kind| Repr { dst_ctx: 3, src_ctx: 5, dst_tag: 0x1234_5678, psn: Psn(100), kind };
        let write = common(Kind::Write(WriteRepr {
            last: true,
            ack_req: true,
            key: 0x0123_4567_89ab_cdef,
            region: 2,
            offset: 4096,
            len: 16,
        }));
        let mut ranges = NackRanges::default();
        ranges.push(PsnRange { start: Psn(102), count: 3 });
        ranges.push(PsnRange { start: Psn(110), count: 1 });
        let seeds: [(&str, Repr); 3] =
            [("write", write), ("ack", common(Kind::Ack)), ("nack", common(Kind::Nack(ranges)))];
        let mut files = Vec::new();
        for (name, repr) in seeds {
            let mut buf = vec![0u8; ethernet::HEADER_LEN + repr.buffer_len()];
            let payload: Vec<u8> = (0..repr.payload_len() as u8).collect();
            wire::emit_frame(src, dst, &repr, if name == "write" { &payload } else { &[] }, &mut buf);
            assert_eq!(wire::parse_frame(&buf).unwrap().1, repr);
            files.push((name, buf));
        }
        let mut pause = vec![0u8; MIN_FRAME_LEN];
        wire::EthernetRepr { dst: pause::PAUSE_DST, src, ethertype: pause::ETHERTYPE_MAC_CONTROL }
            .emit(&mut wire::EthernetFrame::new_unchecked(&mut pause[..]));
        PauseRepr { quanta: 0xffff }.emit(&mut PausePacket::new_unchecked(&mut pause[ethernet::HEADER_LEN..]));
        files.push(("pause", pause));

        let rewrite = std::env::var_os("UZURA_WRITE_SEEDS").is_some_and(|v| v == "1");
        for (name, bytes) in files {
            check(&bytes);
            let path = dir.join(name);
            if rewrite {
                std::fs::create_dir_all(&dir).unwrap();
                std::fs::write(&path, &bytes).unwrap();
            }
            assert_eq!(
                std::fs::read(&path).unwrap(),
                bytes,
                "{} is stale: rerun with UZURA_WRITE_SEEDS=1",
                path.display()
            );
        }
    }
}
