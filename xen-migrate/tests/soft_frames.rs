//! The soft device on a veth pair against frames a NIC must not take as they come: oversized
//! WRITEs, VLAN-tagged WRITEs, PAUSE and other MAC Control frames, injected from the other
//! network namespace through a raw AF_PACKET socket. The device's verdict is read from the
//! model's counters through userlib, and each dropped WRITE is followed by the same WRITE as it
//! should be, which is placed: what stopped the first one was what it was tested for.
//! Needs root and iproute2 (`./uzura test` installs it); says so and fails otherwise.

use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use userlib::{ContextAddr, Counter, Device, RegionInfo, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_sim::link::pause_frame;
use uzura_uapi::proto::{Psn, HEADER_LEN, MAX_MTU};
use uzura_uapi::wire::pause::{PausePacket, QUANTUM_PS};
use uzura_uapi::wire::{emit_frame, ethernet, Kind, MacAddr, Repr, WriteRepr, FCS_LEN, MIN_FRAME_LEN};
use xen_migrate::netns::VethPair;

/// The interfaces' MTU: room for frames longer than the NIC accepts.
const LINK_MTU: usize = 9600;
/// The largest WRITE payload: header and payload fill `MAX_MTU`, the longest frame the NIC takes.
const MAX_PAYLOAD: usize = MAX_MTU - HEADER_LEN;
/// The peer the device's context is connected to; only injected frames come from it.
const PEER: ContextAddr = ContextAddr { mac: MacAddr([0x02, 0x75, 0x7a, 0x00, 0x00, 0xb0]), ctx: 3, tag: 0x5eed };
/// How long the model may take to see an injected frame.
const PATIENCE: Duration = Duration::from_secs(5);

/// A soft device in namespace A with a context connected to [`PEER`] and a region it may write,
/// and a raw socket on the other end of the link.
struct Rig {
    dev: Device,
    local: ContextAddr,
    region: userlib::Region<Vec<u8>>,
    inject: OwnedFd,
    ctx: userlib::Context,
    // Last: the namespaces go when everything in them is closed.
    _pair: VethPair,
}

impl Rig {
    fn new() -> Rig {
        let pair = VethPair::new("uzsf", LINK_MTU)
            .unwrap_or_else(|e| panic!("cannot set up two network namespaces joined by a veth pair: {e}"));
        pair.enter(1).unwrap();
        let inject = raw_socket(&pair.ifname[1]);
        // The device's service thread starts in the namespace of the thread that opens it.
        pair.enter(0).unwrap();
        let dev = Device::open(&format!("soft:{}:9000", pair.ifname[0])).expect("the soft device opens");
        let mut ctx = dev.context().unwrap();
        ctx.connect(PEER).unwrap();
        let region = dev.register(vec![0u8; 2 * MAX_PAYLOAD], ACCESS_REMOTE_WRITE).unwrap();
        Rig { local: ctx.addr(), dev, region, inject, ctx, _pair: pair }
    }

    fn counter(&self, c: Counter) -> u32 {
        self.dev.counter(c).expect("the soft device reads its model's counters")
    }

    /// Sends `frame` (without FCS: the link has none) from the peer's end.
    fn inject(&self, frame: &[u8]) {
        // SAFETY: sends from a valid buffer on our bound socket.
        let sent =
            unsafe { libc::send(self.inject.as_raw_fd(), frame.as_ptr() as *const libc::c_void, frame.len(), 0) };
        assert_eq!(sent, frame.len() as isize, "injecting {} bytes: {}", frame.len(), std::io::Error::last_os_error());
    }

    /// Waits until counter `c` reaches `at_least`; its value then.
    fn wait_for(&self, c: Counter, at_least: u32) -> u32 {
        let deadline = Instant::now() + PATIENCE;
        loop {
            let v = self.counter(c);
            if v >= at_least {
                return v;
            }
            assert!(Instant::now() < deadline, "{c:?} stayed at {v}, short of {at_least}");
            std::thread::sleep(Duration::from_millis(1));
        }
    }

    /// A WRITE from [`PEER`] to the region: PSN 0, `payload` at `offset`, padded to the
    /// minimum frame length.
    fn write_frame(&self, offset: u64, payload: &[u8]) -> Vec<u8> {
        let info: RegionInfo = self.region.info();
        let repr = Repr {
            dst_ctx: self.local.ctx,
            src_ctx: PEER.ctx,
            dst_tag: self.local.tag,
            psn: Psn(0),
            kind: Kind::Write(WriteRepr {
                last: true,
                ack_req: false,
                key: info.key,
                region: info.index,
                offset,
                len: payload.len() as u16,
            }),
        };
        let mut frame = vec![0u8; (ethernet::HEADER_LEN + repr.buffer_len()).max(MIN_FRAME_LEN)];
        emit_frame(PEER.mac, self.local.mac, &repr, payload, &mut frame);
        frame
    }

    /// Injects the well-formed `frame` and checks that the model placed it (the control for a
    /// WRITE dropped before).
    fn expect_placed(&self, frame: &[u8]) {
        let placed = self.counter(Counter::RxPlaced);
        self.inject(frame);
        self.wait_for(Counter::RxPlaced, placed + 1);
    }

    /// Releases the region and returns what the peer wrote into it.
    fn memory(self) -> Vec<u8> {
        let (mem, r) = self.region.release();
        r.expect("the region is released");
        mem
    }
}

/// An AF_PACKET socket that sends raw frames out of `ifname` (in this thread's namespace).
fn raw_socket(ifname: &str) -> OwnedFd {
    let name = std::ffi::CString::new(ifname).unwrap();
    // SAFETY: plain system calls with valid arguments; the descriptor is owned at once.
    unsafe {
        let index = libc::if_nametoindex(name.as_ptr());
        assert_ne!(index, 0, "no interface {ifname}");
        let fd = libc::socket(libc::AF_PACKET, libc::SOCK_RAW | libc::SOCK_CLOEXEC, 0);
        assert!(fd >= 0, "AF_PACKET socket: {}", std::io::Error::last_os_error());
        let fd = OwnedFd::from_raw_fd(fd);
        let mut sll: libc::sockaddr_ll = std::mem::zeroed();
        sll.sll_family = libc::AF_PACKET as u16;
        sll.sll_ifindex = index as i32;
        let r = libc::bind(
            fd.as_raw_fd(),
            &sll as *const _ as *const libc::sockaddr,
            std::mem::size_of::<libc::sockaddr_ll>() as u32,
        );
        assert_eq!(r, 0, "binding to {ifname}: {}", std::io::Error::last_os_error());
        fd
    }
}

/// `frame` with a VLAN tag (`tpid`, `tci`) after its addresses.
fn tagged(frame: &[u8], tpid: u16, tci: u16) -> Vec<u8> {
    let at = ethernet::field::ETHERTYPE.start;
    [&frame[..at], &tpid.to_be_bytes()[..], &tci.to_be_bytes()[..], &frame[at..]].concat()
}

/// A PAUSE frame from [`PEER`] to `dst`, without FCS.
fn pause_to(dst: MacAddr, quanta: u16) -> Vec<u8> {
    let mut f = pause_frame(PEER.mac, quanta);
    f.truncate(f.len() - FCS_LEN);
    ethernet::EthernetFrame::new_unchecked(&mut f[..]).set_dst_addr(dst);
    f
}

#[test]
fn oversized_write_is_dropped_and_counted() {
    let rig = Rig::new();
    let frame = rig.write_frame(0, &[0xee; MAX_PAYLOAD]);
    assert_eq!(frame.len(), ethernet::HEADER_LEN + MAX_MTU, "the longest frame the NIC takes");
    // One byte too long, and the longest the link carries.
    for junk in [1, ethernet::HEADER_LEN + LINK_MTU - frame.len()] {
        let oversize = rig.counter(Counter::RxOversize);
        let good = rig.counter(Counter::RxFrames);
        rig.inject(&[&frame[..], &vec![0x55; junk]].concat());
        rig.wait_for(Counter::RxOversize, oversize + 1);
        assert_eq!(rig.counter(Counter::RxFrames), good, "a frame of {} bytes is not a good frame", frame.len() + junk);
        assert_eq!(rig.counter(Counter::RxPlaced), 0);
    }
    let control = rig.write_frame(MAX_PAYLOAD as u64, &[0xab; MAX_PAYLOAD]);
    rig.expect_placed(&control);
    let mem = rig.memory();
    assert!(mem[..MAX_PAYLOAD].iter().all(|&b| b == 0), "an oversized frame's payload was placed");
    assert!(mem[MAX_PAYLOAD..].iter().all(|&b| b == 0xab));
}

/// A tagged WRITE is not an uzura frame (protocol.md §1.1): the model takes it for host
/// traffic, as the NIC would, and places nothing.
fn tagged_write_is_not_placed(tpid: u16, tci: u16) {
    let rig = Rig::new();
    let write = rig.write_frame(0, &[0xee; 100]);
    let good = rig.counter(Counter::RxFrames);
    let host = rig.counter(Counter::RxHost) + rig.counter(Counter::RxDropNoBuf);
    rig.inject(&tagged(&write, tpid, tci));
    rig.wait_for(Counter::RxFrames, good + 1);
    assert_eq!(rig.counter(Counter::RxHost) + rig.counter(Counter::RxDropNoBuf), host + 1, "host traffic");
    assert_eq!(rig.counter(Counter::RxPlaced), 0, "a tagged WRITE was placed");
    let control = rig.write_frame(200, &[0xab; 100]);
    rig.expect_placed(&control);
    let mem = rig.memory();
    assert!(mem[..100].iter().all(|&b| b == 0), "a tagged WRITE's payload was placed");
    assert!(mem[200..300].iter().all(|&b| b == 0xab));
}

#[test]
fn write_tagged_vlan_5_is_not_placed() {
    tagged_write_is_not_placed(0x8100, 5);
}

#[test]
fn write_priority_tagged_vlan_0_is_not_placed() {
    // Priority 3, VLAN 0: Linux drops such a tag before any socket bound to a protocol sees it.
    tagged_write_is_not_placed(0x8100, 3 << 13);
}

#[test]
fn write_tagged_8021ad_is_not_placed() {
    tagged_write_is_not_placed(0x88a8, 7);
}

#[test]
fn pause_to_the_reserved_or_own_address_is_counted() {
    let rig = Rig::new();
    for (i, dst) in [uzura_uapi::wire::pause::PAUSE_DST, rig.local.mac].into_iter().enumerate() {
        rig.inject(&pause_to(dst, 0));
        rig.wait_for(Counter::RxPause, i as u32 + 1);
    }
    // To another station, a PAUSE is an ordinary frame (protocol.md §12).
    let good = rig.counter(Counter::RxFrames);
    rig.inject(&pause_to(PEER.mac, 0));
    rig.wait_for(Counter::RxFrames, good + 1);
    assert_eq!(rig.counter(Counter::RxPause), 2);
}

#[test]
fn other_mac_control_opcodes_are_discarded_and_counted() {
    let rig = Rig::new();
    // Priority-based flow control (802.1Qbb), which uzura's MAC does not implement.
    let mut pfc = pause_to(uzura_uapi::wire::pause::PAUSE_DST, 0xffff);
    PausePacket::new_unchecked(&mut pfc[ethernet::HEADER_LEN..]).set_opcode(0x0101);
    let good = rig.counter(Counter::RxFrames);
    rig.inject(&pfc);
    rig.wait_for(Counter::RxFrames, good + 1);
    assert_eq!(rig.counter(Counter::RxPause), 0);
    assert_eq!(rig.counter(Counter::RxPlaced), 0);
    // IEEE 802.3 clause 31: an opcode the MAC does not support is discarded, not passed on.
    assert_eq!(rig.counter(Counter::RxUnsupportedOpcode), 1);
    assert_eq!(rig.counter(Counter::RxHost), 0);
}

/// Puts the calling thread under SCHED_FIFO.
fn realtime() -> std::io::Result<()> {
    let param = libc::sched_param { sched_priority: 10 };
    // SAFETY: sets this thread's policy from a valid `sched_param`.
    match unsafe { libc::pthread_setschedparam(libc::pthread_self(), libc::SCHED_FIFO, &param) } {
        0 => Ok(()),
        e => Err(std::io::Error::from_raw_os_error(e)),
    }
}

/// A PAUSE with the longest time (65535 quanta: 3.36 ms) stops the transmitter. A stream of them,
/// one every 200 µs from another thread, holds a transfer started meanwhile for 50 ms: the
/// model's `TxFrames` must not move. The stream only holds if no gap between two PAUSEs comes
/// near their time, so the sender runs under SCHED_FIFO, out of the way of other jobs; a round
/// with such a gap all the same proves nothing and is run again.
#[test]
fn pause_holds_transmission() {
    const QUANTA: u16 = u16::MAX;
    if let Err(e) = std::thread::spawn(realtime).join().unwrap() {
        panic!("the PAUSE sender needs SCHED_FIFO (root, and a real-time share of the CPU): {e}");
    }
    let rig = Rig::new();
    let pause_time = Duration::from_nanos(QUANTA as u64 * QUANTUM_PS / 1000);
    let src = rig.dev.register(vec![7u8; 4096], ACCESS_LOCAL_READ).unwrap();
    // The peer's region: the device sends to it, nobody answers.
    let dst = RegionInfo { mac: PEER.mac, index: 1, access: ACCESS_REMOTE_WRITE, key: 99, len: 1 << 20 };
    let pause = pause_to(uzura_uapi::wire::pause::PAUSE_DST, QUANTA);
    for round in 0..5 {
        let stop = AtomicBool::new(false);
        let (mut sends, sent, held, window) = std::thread::scope(|s| {
            let sender = s.spawn(|| {
                realtime().expect("checked above");
                let mut sends = Vec::new();
                // Bounded, so that a failing check below does not leave the scope waiting.
                let end = Instant::now() + PATIENCE;
                while !stop.load(Ordering::Relaxed) && Instant::now() < end {
                    let before = Instant::now();
                    rig.inject(&pause);
                    sends.push((before, Instant::now()));
                    std::thread::sleep(Duration::from_micros(200));
                }
                sends
            });
            let pauses = rig.counter(Counter::RxPause);
            rig.wait_for(Counter::RxPause, pauses + 1);
            // From here on the transmitter starts nothing while the stream holds.
            let from = Instant::now();
            let sent = rig.counter(Counter::TxFrames);
            rig.ctx.start(&src, 0, &dst, 0, 4096).expect("a transfer is queued");
            std::thread::sleep(Duration::from_millis(50));
            let held = rig.counter(Counter::TxFrames) == sent;
            let to = Instant::now();
            stop.store(true, Ordering::Relaxed);
            (sender.join().unwrap(), sent, held, (from, to))
        });
        // The longest time, around the window, between starting one PAUSE and having sent the
        // next (or the window's end, if the sender stalled till then). Half a PAUSE's time
        // leaves room for the kernel to deliver it late.
        sends.push((window.1, window.1));
        let gap = sends
            .windows(2)
            .filter(|w| w[1].1 >= window.0 && w[0].0 <= window.1)
            .map(|w| w[1].1.saturating_duration_since(w[0].0))
            .max()
            .unwrap_or(Duration::MAX);
        if gap >= pause_time / 2 {
            eprintln!("round {round}: a gap of {gap:?} between PAUSEs; the stream did not hold, again");
            continue;
        }
        assert!(held, "the transmitter sent while PAUSEd ({} PAUSEs received)", rig.counter(Counter::RxPause));
        // Once the stream stops, the held frames go.
        rig.wait_for(Counter::TxFrames, sent + 1);
        return;
    }
    panic!("in 5 rounds, the PAUSE stream never held for 50 ms: this machine is too busy to tell");
}
