//! A peer that stops answering: the transfer fails with `TimedOut` after the driver's bounded
//! retries, and the context and the regions it used can then be released without leaks.

use uzura_core::{Config, Error, StartArgs};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::Pair;
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};

const OWNER: u16 = 1;

#[test]
fn a_dead_peer_fails_the_context_and_everything_can_be_released() {
    let cfg = Config { max_timeouts: 5, ..Config::default() };
    let dead = LinkConfig { drop: 1.0, ..LinkConfig::default() };
    let mut pair = Pair::new(cfg, dead, LinkConfig::default(), 3);
    let (a, _) = pair.connect(OWNER).unwrap();
    let src = pair.a.register(OWNER, 100_000, 0, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, 100_000, 0, ACCESS_REMOTE_WRITE).unwrap();
    let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: 0, len: 100_000 };
    pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a.ctx, &args).unwrap();
    assert_eq!(
        pair.a.drv.release_region(&mut pair.a.host, OWNER, &src.info),
        Err(Error::Busy),
        "the transfer reads it"
    );
    assert_eq!(pair.a.drv.ctx_close(&mut pair.a.host, OWNER, a.ctx), Err(Error::Busy), "a transfer is in flight");

    let mut outcome = None;
    pair.run_until(10_000_000_000_000, |p| match p.a.drv.poll(&mut p.a.host, OWNER, a.ctx, false) {
        Ok(r) => {
            assert!(!r.complete, "nothing can be acknowledged over a dead link");
            false
        }
        Err(e) => {
            outcome = Some((e, p.now_ps));
            true
        }
    });
    let (err, at_ps) = outcome.expect("the context failed");
    assert_eq!(err, Error::TimedOut);
    assert_eq!(err.errno(), 110);
    // 200 us doubled five times: about 12.6 ms of retries, not more than a second.
    assert!(at_ps < 1_000_000_000_000, "failed only after {at_ps} ps");
    assert_eq!(pair.a.drv.stats().timeouts, 5);
    assert_eq!(pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a.ctx, &args), Err(Error::TimedOut));

    pair.a.drv.ctx_close(&mut pair.a.host, OWNER, a.ctx).unwrap();
    assert!(pair.run_until(pair.now_ps + 1_000_000_000, |p| p.a.drv.sq_drained(&mut p.a.host)));
    pair.a.drv.release_region(&mut pair.a.host, OWNER, &src.info).unwrap();
    assert_eq!(pair.a.drv.release_region(&mut pair.a.host, OWNER, &src.info), Err(Error::NotFound), "released twice");
}

#[test]
fn releasing_an_owner_frees_its_contexts_and_regions_mid_transfer() {
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 4);
    let (a, _) = pair.connect(OWNER).unwrap();
    let src = pair.a.register(OWNER, 1 << 20, 0, ACCESS_LOCAL_READ).unwrap();
    let other = pair.a.register(OWNER + 1, 4096, 0, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, 1 << 20, 0, ACCESS_REMOTE_WRITE).unwrap();
    pair.b.allow_writes(&dst, 0, 1 << 20);
    let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: 0, len: 1 << 20 };
    pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a.ctx, &args).unwrap();
    pair.run_until(pair.now_ps + 50_000_000, |_| false);
    assert_eq!(pair.a.drv.release_owner(&mut pair.a.host, OWNER), 1);
    assert_eq!(pair.a.drv.poll(&mut pair.a.host, OWNER, a.ctx, false), Err(Error::NotFound));
    assert_eq!(pair.a.drv.release_region(&mut pair.a.host, OWNER, &src.info), Err(Error::NotFound));
    // Another owner's region is untouched.
    assert_eq!(pair.a.drv.release_region(&mut pair.a.host, OWNER, &other.info), Err(Error::Permission));
    pair.a.drv.release_region(&mut pair.a.host, OWNER + 1, &other.info).unwrap();
    // The NIC sends nothing more for the dead context once its queue drains.
    assert!(pair.run_until(pair.now_ps + 100_000_000_000, |p| p.a.drv.sq_drained(&mut p.a.host)));
    assert_eq!(pair.b.host.mem.violations(), &[]);
}
