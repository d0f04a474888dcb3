//! The safe API over the simulated pair: transfers land byte for byte in application
//! memory, the NICs' counters can be read, errors are typed, regions are released on drop.

use userlib::{Counter, Device, Error, PageBuf, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_core::Config;
use uzura_sim::link::LinkConfig;

fn connected() -> (Device, Device, userlib::Context, userlib::Context) {
    let (a, b) = userlib::sim::pair(Config::default(), LinkConfig::lossy(0.01, 7), 3);
    let mut ca = a.context().unwrap();
    let mut cb = b.context().unwrap();
    ca.connect(cb.addr()).unwrap();
    cb.connect(ca.addr()).unwrap();
    (a, b, ca, cb)
}

fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len).map(|i| (i as u32).wrapping_mul(2654435761).rotate_left(seed as u32) as u8 ^ seed).collect()
}

#[test]
fn sync_and_async_transfers_land_in_application_memory_over_a_lossy_link() {
    let (a, b, ca, cb) = connected();
    let len = 1 << 20;
    let data = pattern(len, 5);
    let src = a.register(data.clone(), ACCESS_LOCAL_READ).unwrap();
    let dst = b.register(PageBuf::new(len + 8192).unwrap(), ACCESS_REMOTE_WRITE).unwrap();
    // Synchronous: half, at an unaligned destination offset.
    ca.write(&src, 0, &dst.info(), 4099, (len / 2) as u64).unwrap();
    assert!(cb.poll_incoming(false).unwrap().complete);
    // Asynchronous: the other half, then wait.
    let seq = ca.start(&src, (len / 2) as u64, &dst.info(), 4099 + (len / 2) as u64, (len / 2) as u64).unwrap();
    ca.wait(seq).unwrap();
    assert!(ca.poll(false).unwrap().complete);
    assert_eq!(cb.poll_incoming(true).unwrap().count, 2);
    let (mem, r) = dst.release();
    r.unwrap();
    assert_eq!(&mem[4099..4099 + len], &data[..]);
    assert!(
        mem[..4099].iter().all(|&x| x == 0) && mem[4099 + len..].iter().all(|&x| x == 0),
        "nothing outside the range"
    );
    assert!(a.stats().unwrap().frames_retransmitted > 0, "the lossy link made the driver retransmit");
    // The NICs' counters: each byte placed once, duplicates dropped, and more WRITEs sent
    // than placed.
    let counter = |d: &Device, c| d.counter(c).expect("the simulated pair reads its NICs' counters");
    assert_eq!(counter(&b, Counter::RxPlacedBytes), len as u32);
    assert!(counter(&a, Counter::TxWrites) > counter(&b, Counter::RxPlaced), "retransmissions");
}

#[test]
fn errors_are_typed_and_regions_are_released_on_drop() {
    let (a, b, ca, _cb) = connected();
    let src = a.register(vec![1u8; 8192], ACCESS_LOCAL_READ).unwrap();
    let dst = b.register(vec![0u8; 4096], ACCESS_REMOTE_WRITE).unwrap();
    let e = ca.write(&src, 0, &dst.info(), 0, 8192).unwrap_err();
    assert!(matches!(e, Error::Driver { op: "rdmastart", err: uzura_core::Error::Range }), "{e}");
    assert!(e.to_string().contains("outside the region"), "{e}");
    // A region info that names the wrong NIC.
    let mut wrong = dst.info();
    wrong.mac.0[5] ^= 1;
    assert!(matches!(ca.start(&src, 0, &wrong, 0, 16), Err(Error::Driver { err: uzura_core::Error::Invalid, .. })));
    // Writing into a source-only region of the peer is refused.
    let ro = b.register(vec![0u8; 4096], ACCESS_LOCAL_READ).unwrap();
    assert!(matches!(
        ca.start(&src, 0, &ro.info(), 0, 16),
        Err(Error::Driver { err: uzura_core::Error::Permission, .. })
    ));
    // Once dropped, the destination's key is dead: the peer's NIC drops the frames and the
    // transfer never completes, so the sender's context times out.
    let info = dst.info();
    drop(dst);
    let e = ca.write(&src, 0, &info, 0, 4096).unwrap_err();
    assert!(matches!(e, Error::Driver { err: uzura_core::Error::TimedOut, .. }), "{e}");
}
