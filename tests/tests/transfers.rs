//! Property: for random transfers (1 byte to 16 MiB, unaligned, several contexts in both
//! directions at once) over a link that drops, corrupts, duplicates, reorders and is paused
//! by a congested switch, every transfer completes, the destination bytes equal the source
//! bytes, nothing outside the destination ranges changes, completion is never reported
//! before the last byte landed, and retransmissions stay bounded.

use proptest::prelude::*;
use uzura_core::Config;
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Buffer, Pair, Side};
use uzura_sim::rng::pattern;
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto::PAGE_SIZE;

const OWNER: u16 = 1;

#[derive(Clone, Debug)]
struct Spec {
    from: Side,
    len: u64,
    src_offset: u64,
    dst_offset: u64,
    src_first: usize,
    dst_first: usize,
}

struct Transfer {
    spec: Spec,
    ctx: usize,
    src: Buffer,
    dst: Buffer,
    /// The destination region's bytes before the transfer.
    dst_before: Vec<u8>,
    expected: Vec<u8>,
    seq: u32,
    done_tx: bool,
    done_rx: bool,
}

fn spec() -> impl Strategy<Value = Spec> {
    // Log-uniform sizes so that small and large transfers are both common.
    let len = (0u32..=24).prop_flat_map(|bits| 1u64..=(1u64 << bits));
    (any::<bool>(), len, 0u64..5000, 0u64..5000, 0usize..PAGE_SIZE, 0usize..PAGE_SIZE).prop_map(
        |(a_to_b, len, src_offset, dst_offset, src_first, dst_first)| Spec {
            from: if a_to_b { Side::A } else { Side::B },
            len,
            src_offset,
            dst_offset,
            src_first,
            dst_first,
        },
    )
}

fn other(side: Side) -> Side {
    match side {
        Side::A => Side::B,
        Side::B => Side::A,
    }
}

fn lossy(p: f64, seed: u64) -> LinkConfig {
    LinkConfig::lossy(p, seed)
}

/// Runs the transfers, `per_ctx[i]` on context pair i, all started at once, and checks every
/// property.
fn run(seed: u64, loss: f64, mtu: usize, per_ctx: Vec<Vec<Spec>>) -> Result<(), TestCaseError> {
    let cfg = Config { mtu, ..Config::default() };
    let mut pair = Pair::new(cfg, lossy(loss, seed ^ 0x1111), lossy(loss, seed ^ 0x2222), seed);
    let mut transfers = Vec::new();
    let mut ctxs = Vec::new();
    for (ci, specs) in per_ctx.into_iter().enumerate() {
        let (a, b) = pair.connect(OWNER).expect("contexts connect");
        ctxs.push((a.ctx, b.ctx));
        for (ti, spec) in specs.into_iter().enumerate() {
            let tseed = seed ^ (((ci as u64) << 32) | (ti as u64 + 1));
            let src_len = spec.src_offset + spec.len + 17;
            let dst_len = spec.dst_offset + spec.len + 4099;
            let src = pair.node(spec.from).register(OWNER, src_len, spec.src_first, ACCESS_LOCAL_READ).unwrap();
            let dst =
                pair.node(other(spec.from)).register(OWNER, dst_len, spec.dst_first, ACCESS_REMOTE_WRITE).unwrap();
            let src_bytes = pattern(tseed, src_len as usize);
            let dst_before = pattern(!tseed, dst_len as usize);
            pair.node(spec.from).write_buffer(&src, 0, &src_bytes);
            let receiver = pair.node(other(spec.from));
            receiver.write_buffer(&dst, 0, &dst_before);
            receiver.allow_writes(&dst, spec.dst_offset, spec.len);
            let mut expected = dst_before.clone();
            let (s, d) = (spec.src_offset as usize, spec.dst_offset as usize);
            expected[d..d + spec.len as usize].copy_from_slice(&src_bytes[s..s + spec.len as usize]);
            transfers.push(Transfer {
                spec,
                ctx: ci,
                src,
                dst,
                dst_before,
                expected,
                seq: 0,
                done_tx: false,
                done_rx: false,
            });
        }
    }
    for t in transfers.iter_mut() {
        let (ca, cb) = ctxs[t.ctx];
        let cid = if t.spec.from == Side::A { ca } else { cb };
        let args = uzura_core::StartArgs {
            src: t.src.info,
            src_offset: t.spec.src_offset,
            dst: t.dst.info,
            dst_offset: t.spec.dst_offset,
            len: t.spec.len,
        };
        let node = pair.node(t.spec.from);
        t.seq = node
            .drv
            .rdmastart(&mut node.host, OWNER, cid, &args)
            .map_err(|e| TestCaseError::fail(format!("rdmastart: {e:?}")))?;
    }

    let mut failure = None;
    let finished = pair.run_until(30_000_000_000_000, |pair| {
        for t in transfers.iter_mut() {
            let (ca, cb) = ctxs[t.ctx];
            let tx_cid = if t.spec.from == Side::A { ca } else { cb };
            let rx_side = other(t.spec.from);
            if !t.done_tx {
                let node = pair.node(t.spec.from);
                let r = node.drv.poll(&mut node.host, OWNER, tx_cid, false).expect("poll");
                if r.count.wrapping_sub(t.seq) as i32 > 0 {
                    t.done_tx = true;
                    let mut now = vec![0u8; t.expected.len()];
                    pair.node(rx_side).read_buffer(&t.dst, 0, &mut now);
                    if now != t.expected {
                        failure.get_or_insert(format!("sender saw completion of {:?} before its bytes landed", t.spec));
                    }
                }
            }
        }
        // Incoming completions are counted per context; check that every transfer the
        // receiver has been told about on a context has landed.
        for (ci, &(ca, cb)) in ctxs.iter().enumerate() {
            for (rx_side, rx_cid) in [(Side::B, cb), (Side::A, ca)] {
                while {
                    let node = pair.node(rx_side);
                    node.drv.poll(&mut node.host, OWNER, rx_cid, true).expect("poll rx").complete
                } {
                    let Some(t) =
                        transfers.iter_mut().find(|t| t.ctx == ci && other(t.spec.from) == rx_side && !t.done_rx)
                    else {
                        failure.get_or_insert("more incoming completions than transfers".into());
                        break;
                    };
                    t.done_rx = true;
                    let mut now = vec![0u8; t.expected.len()];
                    pair.node(rx_side).read_buffer(&t.dst, 0, &mut now);
                    if now != t.expected {
                        failure
                            .get_or_insert(format!("receiver saw completion of {:?} before its bytes landed", t.spec));
                    }
                }
            }
        }
        failure.is_some() || transfers.iter().all(|t| t.done_tx && t.done_rx)
    });
    if let Some(f) = failure {
        return Err(TestCaseError::fail(f));
    }
    prop_assert!(finished, "not all transfers completed by {} ps", pair.now_ps);
    for t in &transfers {
        let node = pair.node(other(t.spec.from));
        let mut now = vec![0u8; t.expected.len()];
        node.read_buffer(&t.dst, 0, &mut now);
        prop_assert!(now == t.expected, "destination of {:?} differs", t.spec);
        prop_assert!(now.len() == t.dst_before.len());
    }
    for side in [Side::A, Side::B] {
        let v = pair.node(side).host.mem.violations().to_vec();
        prop_assert!(v.is_empty(), "NIC wrote outside the destination ranges: {:?}", &v[..v.len().min(4)]);
    }
    let frames: u64 = [Side::A, Side::B].iter().map(|&s| pair.node(s).drv.stats().frames_sent).sum();
    let retx: u64 = [Side::A, Side::B].iter().map(|&s| pair.node(s).drv.stats().frames_retransmitted).sum();
    let timeouts: u64 = [Side::A, Side::B].iter().map(|&s| pair.node(s).drv.stats().timeouts).sum();
    // Each impairment costs a frame at most a few retransmissions; each timeout a burst.
    let bound = (frames as f64 * loss * 16.0) as u64 + 16 * timeouts + 64;
    prop_assert!(retx <= bound, "{retx} retransmissions of {frames} frames ({timeouts} timeouts) at loss {loss}");
    prop_assert!(
        timeouts <= (frames as f64 * loss * 8.0) as u64 + 16,
        "{timeouts} timeouts for {frames} frames at loss {loss}"
    );
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, max_shrink_iters: 64, .. ProptestConfig::default() })]

    #[test]
    fn transfers_complete_and_match_under_loss(
        seed in any::<u64>(),
        loss in prop_oneof![Just(0.0), Just(1e-4), Just(1e-3), Just(1e-2)],
        mtu in prop_oneof![Just(1500usize), Just(9000usize)],
        per_ctx in prop::collection::vec(prop::collection::vec(spec(), 1..4), 1..4),
    ) {
        run(seed, loss, mtu, per_ctx)?;
    }
}

#[test]
fn a_16_mib_transfer_at_one_percent_loss() {
    let spec = Spec { from: Side::A, len: 16 << 20, src_offset: 3, dst_offset: 4093, src_first: 100, dst_first: 7 };
    run(7, 0.01, 1500, vec![vec![spec]]).unwrap();
}
