//! Hostile frames injected at the wire into a NIC whose context and region the real driver
//! programmed: each is dropped, increments exactly its counter, and changes no byte of host
//! memory and no arrival state.

use uzura_core::{Config, StartArgs};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Buffer, Pair, MAC_A, MAC_B};
use uzura_uapi::info::{ContextAddr, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto::{Psn, MAX_REGIONS, RX_WINDOW};
use uzura_uapi::regs::{self, Counter};
use uzura_uapi::wire::{self, Kind, MacAddr, Repr, WriteRepr};

const OWNER: u16 = 1;
const REGION_LEN: u64 = 3 * 4096 + 100;

/// Counters a hostile frame may move: all but those of ordinary traffic (the driver may
/// answer a duplicate with an ACK).
fn drop_counters() -> Vec<Counter> {
    use Counter::*;
    Counter::ALL
        .into_iter()
        .filter(|c| !matches!(c, RxFrames | RxHost | TxFrames | TxWrites | TxPause | SqErrors | EqOverflow))
        .collect()
}

struct Setup {
    pair: Pair,
    a: ContextAddr,
    b: ContextAddr,
    dst: Buffer,
    released: Buffer,
    /// PSNs B has already placed from A.
    placed: u32,
}

fn setup() -> Setup {
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 5);
    let (a, b) = pair.connect(OWNER).unwrap();
    let dst = pair.b.register(OWNER, REGION_LEN, 123, ACCESS_REMOTE_WRITE).unwrap();
    let released = pair.b.register(OWNER, REGION_LEN, 0, ACCESS_REMOTE_WRITE).unwrap();
    pair.b.drv.release_region(&mut pair.b.host, OWNER, &released.info).unwrap();
    // One real transfer first, so that stale PSNs exist.
    let src = pair.a.register(OWNER, 5000, 0, ACCESS_LOCAL_READ).unwrap();
    pair.a.write_buffer(&src, 0, &[7u8; 5000]);
    pair.b.allow_writes(&dst, 0, 5000);
    let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: 0, len: 5000 };
    let seq = pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a.ctx, &args).unwrap();
    assert!(pair.run_until(1_000_000_000, |p| p.a.drv.poll(&mut p.a.host, OWNER, a.ctx, false).unwrap().count > seq));
    let placed = 5000u32.div_ceil(pair.a.drv.payload());
    assert_eq!(pair.b.host.mem.violations(), &[]);
    Setup { pair, a, b, dst, released, placed }
}

fn valid_write(s: &Setup) -> Repr {
    Repr {
        dst_ctx: s.b.ctx,
        src_ctx: s.a.ctx,
        dst_tag: s.b.tag,
        psn: Psn(s.placed),
        kind: Kind::Write(WriteRepr {
            last: true,
            ack_req: false,
            key: s.dst.info.key,
            region: s.dst.info.index,
            offset: 6000,
            len: 64,
        }),
    }
}

fn frame(src: MacAddr, repr: &Repr) -> Vec<u8> {
    let mut buf = vec![0u8; 128 + repr.buffer_len()];
    let len = wire::emit_frame(src, MAC_B, repr, &[0xee; 64][..repr.payload_len().min(64)], &mut buf);
    let sealed = wire::seal(&mut buf, len);
    buf.truncate(sealed);
    buf
}

fn with_write(s: &Setup, f: impl FnOnce(&mut Repr, &mut WriteRepr)) -> Vec<u8> {
    let mut r = valid_write(s);
    let Kind::Write(mut w) = r.kind else { unreachable!() };
    f(&mut r, &mut w);
    r.kind = Kind::Write(w);
    frame(MAC_A, &r)
}

fn reseal(mut bytes: Vec<u8>, edit: impl FnOnce(&mut Vec<u8>)) -> Vec<u8> {
    bytes.truncate(bytes.len() - wire::FCS_LEN);
    edit(&mut bytes);
    let len = bytes.len();
    bytes.resize(len.max(wire::MIN_FRAME_LEN) + wire::FCS_LEN, 0);
    let sealed = wire::seal(&mut bytes, len);
    bytes.truncate(sealed);
    bytes
}

fn arrival_state(p: &mut Pair, ctx: u16) -> (u32, u32, u32) {
    use uzura_core::Device;
    p.b.host.write_reg(regs::CT_SELECT, ctx as u32);
    (p.b.host.read_reg(regs::CT_RX_CUM), p.b.host.read_reg(regs::CT_RX_HIGH), p.b.host.read_reg(regs::CT_RX_DONE))
}

/// Injects `frame` into B and checks that exactly `counter` moved and nothing else changed.
fn expect_dropped(name: &str, build: impl FnOnce(&Setup) -> Vec<u8>, counter: Counter) {
    let mut s = setup();
    let bytes = build(&s);
    let mut before = vec![0u8; REGION_LEN as usize];
    s.pair.b.read_buffer(&s.dst, 0, &mut before);
    let state_before = arrival_state(&mut s.pair, s.b.ctx);
    let counters = drop_counters();
    let counts_before: Vec<u32> = counters.iter().map(|&c| s.pair.b.host.nic.counter(c)).collect();
    let now = s.pair.now_ps;
    s.pair.b.host.nic.receive(&mut s.pair.b.host.mem, &bytes, now);
    s.pair.run_until(now + 100_000_000, |_| false);
    for (c, was) in counters.iter().zip(&counts_before) {
        let expected = if *c == counter { was + 1 } else { *was };
        assert_eq!(s.pair.b.host.nic.counter(*c), expected, "{name}: counter {c:?}");
    }
    let mut after = vec![0u8; REGION_LEN as usize];
    s.pair.b.read_buffer(&s.dst, 0, &mut after);
    assert!(before == after, "{name}: destination bytes changed");
    assert_eq!(s.pair.b.host.mem.violations(), &[], "{name}: NIC wrote outside registered ranges");
    assert_eq!(arrival_state(&mut s.pair, s.b.ctx), state_before, "{name}: arrival state changed");
}

#[test]
fn a_valid_frame_is_placed() {
    // The template the hostile frames are made from is itself accepted: the checks below
    // fail for the reason they name, not for a broken template.
    let mut s = setup();
    s.pair.b.allow_writes(&s.dst, 6000, 64);
    let bytes = frame(MAC_A, &valid_write(&s));
    let now = s.pair.now_ps;
    let placed = s.pair.b.host.nic.counter(Counter::RxPlaced);
    s.pair.b.host.nic.receive(&mut s.pair.b.host.mem, &bytes, now);
    assert_eq!(s.pair.b.host.nic.counter(Counter::RxPlaced), placed + 1);
    let mut got = [0u8; 64];
    s.pair.b.read_buffer(&s.dst, 6000, &mut got);
    assert_eq!(got, [0xee; 64]);
}

#[test]
fn wrong_key() {
    expect_dropped("wrong key", |s| with_write(s, |_, w| w.key ^= 1 << 40), Counter::RxDropKey);
}

#[test]
fn region_index_out_of_range() {
    expect_dropped(
        "region out of range",
        |s| with_write(s, |_, w| w.region = MAX_REGIONS as u16 + 3),
        Counter::RxDropKey,
    );
}

#[test]
fn released_region() {
    expect_dropped(
        "released region",
        |s| {
            let (index, key) = (s.released.info.index, s.released.info.key);
            with_write(s, |_, w| {
                w.region = index;
                w.key = key;
                w.offset = 0;
            })
        },
        Counter::RxDropKey,
    );
}

#[test]
fn offset_out_of_range() {
    expect_dropped(
        "offset out of range",
        |s| with_write(s, |_, w| w.offset = REGION_LEN + 4096),
        Counter::RxDropBounds,
    );
}

#[test]
fn length_past_region_end() {
    expect_dropped("length past end", |s| with_write(s, |_, w| w.offset = REGION_LEN - 10), Counter::RxDropBounds);
}

#[test]
fn offset_plus_length_overflows() {
    expect_dropped("offset overflow", |s| with_write(s, |_, w| w.offset = (1 << 48) - 8), Counter::RxDropBounds);
}

#[test]
fn truncated_header() {
    expect_dropped(
        "truncated",
        |s| reseal(with_write(s, |_, _| {}), |b| b.truncate(14 + 20)),
        Counter::RxDropMalformed,
    );
}

#[test]
fn truncated_payload() {
    expect_dropped(
        "truncated payload",
        |s| reseal(with_write(s, |_, _| {}), |b| b.truncate(14 + 32 + 40)),
        Counter::RxDropMalformed,
    );
}

#[test]
fn wrong_version() {
    expect_dropped("version", |s| reseal(with_write(s, |_, _| {}), |b| b[14] = 0x21), Counter::RxDropMalformed);
}

#[test]
fn reserved_flag_bits() {
    expect_dropped("reserved flags", |s| reseal(with_write(s, |_, _| {}), |b| b[15] |= 0x40), Counter::RxDropMalformed);
}

#[test]
fn wrong_peer_station() {
    expect_dropped(
        "wrong peer MAC",
        |s| frame(MacAddr([0x02, 0, 0, 0, 0, 0x66]), &valid_write(s)),
        Counter::RxDropPeer,
    );
}

#[test]
fn wrong_peer_context() {
    expect_dropped("wrong peer ctx", |s| with_write(s, |r, _| r.src_ctx ^= 1), Counter::RxDropPeer);
}

#[test]
fn stale_connection_tag() {
    expect_dropped("stale tag", |s| with_write(s, |r, _| r.dst_tag = r.dst_tag.wrapping_add(1)), Counter::RxDropTag);
}

#[test]
fn context_out_of_range_or_closed() {
    expect_dropped("ctx out of range", |s| with_write(s, |r, _| r.dst_ctx = 200), Counter::RxDropCtx);
    expect_dropped("ctx not open", |s| with_write(s, |r, _| r.dst_ctx = s.b.ctx + 1), Counter::RxDropCtx);
}

#[test]
fn stale_psn() {
    expect_dropped(
        "stale psn",
        |s| {
            with_write(s, |r, w| {
                r.psn = Psn(0);
                w.offset = 0;
            })
        },
        Counter::RxDropDup,
    );
}

#[test]
fn psn_beyond_window() {
    expect_dropped("beyond window", |s| with_write(s, |r, _| r.psn = Psn(s.placed + RX_WINDOW)), Counter::RxDropWindow);
}

#[test]
fn bad_fcs() {
    expect_dropped(
        "bad fcs",
        |s| {
            let mut b = with_write(s, |_, _| {});
            b[40] ^= 0x04;
            b
        },
        Counter::RxBadFcs,
    );
}

#[test]
fn runt() {
    // 36 bytes and a correct FCS: intact, but shorter than the 64-byte minimum.
    expect_dropped(
        "runt",
        |s| {
            let mut b = with_write(s, |_, _| {})[..36].to_vec();
            let crc = wire::fcs(&b).to_le_bytes();
            b.extend_from_slice(&crc);
            b
        },
        Counter::RxRunt,
    );
}
