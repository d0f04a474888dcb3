//! The ioctl argument structs with the `zerocopy` feature, as userspace uses them: viewed in
//! place from the bytes an ioctl exchanges. `./uzura test` runs this file with
//! `cargo test -p uzura-uapi --features zerocopy`; without the feature it is empty by design.
#![cfg(feature = "zerocopy")]

use uzura_uapi::abi::{Poll, RdmaStart, POLL_RX, START_WAIT};
use uzura_uapi::info::RegionInfo;
use uzura_uapi::MacAddr;
use zerocopy::{FromBytes, IntoBytes};

#[test]
fn structs_round_trip_through_their_bytes() {
    let info = RegionInfo { mac: MacAddr([2, 0, 0, 0, 0, 1]), index: 7, access: 1, key: 0xfeed, len: 4096 };
    let start = RdmaStart {
        sinfo: info.to_bytes(),
        dinfo: info.to_bytes(),
        soff: 3,
        doff: 5,
        size: 4096,
        cid: 9,
        flags: START_WAIT,
        seq: 0,
    };
    let bytes = start.as_bytes();
    assert_eq!(bytes.len(), 96);
    let back = RdmaStart::read_from_bytes(bytes).unwrap();
    assert_eq!(back, start);
    assert_eq!(RegionInfo::parse(&back.dinfo), Ok(info));
    // Native byte order, C layout: `cid` sits right after the three u64s.
    assert_eq!(&bytes[88..90], &9u16.to_ne_bytes());

    let poll = Poll { cid: 1, flags: POLL_RX, complete: 1, count: 42, reserved: 0 };
    assert_eq!(Poll::read_from_bytes(poll.as_bytes()).unwrap(), poll);
    assert!(Poll::read_from_bytes(&poll.as_bytes()[..15]).is_err());
}
