//! The soft device: the reference NIC model and the driver core running in this process on a
//! real Ethernet interface. Frames go out and come in through an AF_PACKET socket bound to the
//! interface, so two hosts without the FPGA (or two network namespaces joined by a veth pair)
//! transfer with real uzura frames on a real link, while the kernel's own stack keeps the
//! interface's other traffic (the control channel's TCP).
//!
//! The socket sees every frame on the interface before the kernel's VLAN handling (a tap), and
//! a filter in the kernel keeps those the NIC would act on: uzura's EtherType, MAC Control
//! (PAUSE), and any VLAN-tagged frame. Linux takes a VLAN tag out of the frame before any socket
//! sees it; the tag is put back from the packet's auxiliary data, so the model gets the frame as
//! it was on the wire and, by protocol.md §1.1, does not take a tagged WRITE for an uzura frame.
//! The receive buffer is one byte longer than the longest frame the NIC accepts, so that the
//! model counts a frame the kernel had to cut as `RxOversize`.
//!
//! A service thread plays the NIC and its interrupt handler: it feeds received frames to the
//! model, sends what the model transmits (paced at 10 Gb/s in real time, like the model on
//! its simulated wire, and held while a received PAUSE says so), and runs the driver's service
//! on interrupts and timers.

use std::ffi::CString;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use uzura_core::{Config, Owner};
use uzura_refnic::MAX_FRAME_WITH_FCS;
use uzura_sim::pair::{NicModel, Node};
use uzura_sim::refnic::RefNic;
use uzura_uapi::proto::ETHERTYPE;
use uzura_uapi::wire::pause::ETHERTYPE_MAC_CONTROL;
use uzura_uapi::wire::{ethernet, sealed_len, FCS_LEN};
use uzura_uapi::MacAddr;

use super::emulated::{EmulatedNic, Mirror};
use super::{Device, Error, Result};

/// Frames received or sent per system call.
const BATCH: usize = 32;
/// Waits shorter than this are spun rather than slept (a sleep takes tens of microseconds).
const SPIN_LIMIT: Duration = Duration::from_micros(40);

struct State {
    node: Node,
    mirror: Mirror,
    next_owner: Owner,
    /// The service thread has ended: waiting would never finish.
    stopped: bool,
}

struct Shared {
    state: Mutex<State>,
    /// Signalled after every driver service, for waiters in poll.
    serviced: Condvar,
    sock: OwnedFd,
    wake: OwnedFd,
    stop: AtomicBool,
    epoch: Instant,
    ifname: String,
}

/// A soft device on one interface; [`SoftDevice::handle`] gives owners of it.
pub struct SoftDevice {
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

fn os_err(what: impl Into<String>) -> Error {
    Error::io(what, std::io::Error::last_os_error())
}

/// The interface's MAC address and index (asked of the kernel through a socket, so that it is
/// the calling thread's network namespace that counts).
fn interface(ifname: &str) -> Result<(MacAddr, i32)> {
    let c = CString::new(ifname).map_err(|_| Error::NoDevice(format!("bad interface name {ifname:?}")))?;
    if c.as_bytes().len() >= libc::IFNAMSIZ {
        return Err(Error::NoDevice(format!("interface name {ifname:?} is too long")));
    }
    // SAFETY: a valid C string.
    let index = unsafe { libc::if_nametoindex(c.as_ptr()) };
    if index == 0 {
        return Err(Error::NoDevice(format!("no network interface {ifname:?} in this network namespace")));
    }
    // SAFETY: a throwaway socket for the ioctl; `ifreq` is zeroed, then named.
    unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_DGRAM | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            return Err(os_err("socket for SIOCGIFHWADDR"));
        }
        let fd = OwnedFd::from_raw_fd(fd);
        let mut req: libc::ifreq = std::mem::zeroed();
        for (d, s) in req.ifr_name.iter_mut().zip(c.as_bytes()) {
            *d = *s as libc::c_char;
        }
        if libc::ioctl(fd.as_raw_fd(), libc::SIOCGIFHWADDR, &mut req) < 0 {
            return Err(os_err(format!("reading {ifname}'s MAC address")));
        }
        let sa = req.ifr_ifru.ifru_hwaddr;
        if sa.sa_family != libc::ARPHRD_ETHER {
            return Err(Error::NoDevice(format!("{ifname} is not an Ethernet interface")));
        }
        let mut mac = [0u8; 6];
        for (d, s) in mac.iter_mut().zip(sa.sa_data.iter()) {
            *d = *s as u8;
        }
        Ok((MacAddr(mac), index as i32))
    }
}

/// EtherTypes of the VLAN tags a frame can carry: 802.1Q and 802.1ad.
const TPID_8021Q: u16 = libc::ETH_P_8021Q as u16;
const TPID_8021AD: u16 = libc::ETH_P_8021AD as u16;
/// What a VLAN tag adds to a frame.
const VLAN_TAG_LEN: usize = 4;

/// The classic BPF program that keeps the frames the NIC would act on (see the module's
/// documentation): any with a VLAN tag taken out by the kernel, and those whose EtherType is
/// uzura's, MAC Control or a VLAN tag left in the frame.
fn frame_filter() -> Vec<libc::sock_filter> {
    const KEPT: [u16; 4] = [ETHERTYPE, ETHERTYPE_MAC_CONTROL, TPID_8021Q, TPID_8021AD];
    let op = |code: u32, k: u32, jt: usize, jf: usize| libc::sock_filter {
        code: code as u16,
        jt: jt as u8,
        jf: jf as u8,
        k,
    };
    let mut prog = vec![
        op(libc::BPF_LD | libc::BPF_W | libc::BPF_ABS, (libc::SKF_AD_OFF + libc::SKF_AD_VLAN_TAG_PRESENT) as u32, 0, 0),
        // A tag present jumps over the EtherType tests to the accept at the end.
        op(libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K, 0, 0, 2 + KEPT.len()),
        op(libc::BPF_LD | libc::BPF_H | libc::BPF_ABS, ethernet::field::ETHERTYPE.start as u32, 0, 0),
    ];
    for (i, t) in KEPT.iter().enumerate() {
        prog.push(op(libc::BPF_JMP | libc::BPF_JEQ | libc::BPF_K, *t as u32, KEPT.len() - i, 0));
    }
    prog.push(op(libc::BPF_RET | libc::BPF_K, 0, 0, 0));
    prog.push(op(libc::BPF_RET | libc::BPF_K, u32::MAX, 0, 0));
    prog
}

/// Sets socket option `opt` at `level` to `value`.
///
/// # Safety
/// `T` must be the type the option takes.
unsafe fn set_option<T>(fd: &OwnedFd, level: libc::c_int, opt: libc::c_int, value: &T, what: &str) -> Result<()> {
    // SAFETY: `value` is valid for its size, as the caller says the option expects.
    let r = unsafe {
        libc::setsockopt(
            fd.as_raw_fd(),
            level,
            opt,
            value as *const T as *const libc::c_void,
            std::mem::size_of::<T>() as libc::socklen_t,
        )
    };
    if r < 0 {
        return Err(os_err(format!("setting {what} on the AF_PACKET socket")));
    }
    Ok(())
}

/// A non-blocking AF_PACKET socket that taps interface `index` for the frames of
/// [`frame_filter`], with their VLAN tags in the auxiliary data.
fn packet_socket(index: i32) -> Result<OwnedFd> {
    // SAFETY: plain system calls on a descriptor we own; arguments are valid for their sizes.
    unsafe {
        // Protocol 0: no frame arrives before the filter is in place and the bind names one.
        let fd = libc::socket(libc::AF_PACKET, libc::SOCK_RAW | libc::SOCK_NONBLOCK | libc::SOCK_CLOEXEC, 0);
        if fd < 0 {
            let e = std::io::Error::last_os_error();
            return Err(if e.raw_os_error() == Some(libc::EPERM) {
                Error::NoDevice("an AF_PACKET socket needs CAP_NET_RAW (run as root)".into())
            } else {
                Error::io("AF_PACKET socket", e)
            });
        }
        let fd = OwnedFd::from_raw_fd(fd);
        let mut prog = frame_filter();
        let fprog = libc::sock_fprog { len: prog.len() as u16, filter: prog.as_mut_ptr() };
        set_option(&fd, libc::SOL_SOCKET, libc::SO_ATTACH_FILTER, &fprog, "the frame filter")?;
        let one: libc::c_int = 1;
        set_option(&fd, libc::SOL_PACKET, libc::PACKET_AUXDATA, &one, "PACKET_AUXDATA")?;
        // A tap would otherwise hand our own transmissions back to us (Linux >= 4.20).
        set_option(&fd, libc::SOL_PACKET, libc::PACKET_IGNORE_OUTGOING, &one, "PACKET_IGNORE_OUTGOING")?;
        // Room for a burst: what is dropped here is recovered by retransmission, slowly.
        let size: libc::c_int = 32 << 20;
        for opt in [libc::SO_RCVBUFFORCE, libc::SO_SNDBUFFORCE] {
            libc::setsockopt(fd.as_raw_fd(), libc::SOL_SOCKET, opt, &size as *const _ as *const libc::c_void, 4);
        }
        let mut sll: libc::sockaddr_ll = std::mem::zeroed();
        sll.sll_family = libc::AF_PACKET as u16;
        sll.sll_protocol = (libc::ETH_P_ALL as u16).to_be();
        sll.sll_ifindex = index;
        if libc::bind(
            fd.as_raw_fd(),
            &sll as *const _ as *const libc::sockaddr,
            std::mem::size_of::<libc::sockaddr_ll>() as u32,
        ) < 0
        {
            return Err(os_err("binding the AF_PACKET socket"));
        }
        Ok(fd)
    }
}

impl SoftDevice {
    /// Brings up a soft NIC on `ifname` with frames of `mtu` (the interface's MTU must allow
    /// them).
    pub fn open(ifname: &str, mtu: usize) -> Result<SoftDevice> {
        let (mac, index) = interface(ifname)?;
        let sock = packet_socket(index)?;
        // SAFETY: a fresh eventfd, owned below.
        let wake = unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) };
        if wake < 0 {
            return Err(os_err("eventfd"));
        }
        // SAFETY: just created, owned from here on.
        let wake = unsafe { OwnedFd::from_raw_fd(wake) };
        // A NIC played by a thread on a shared host can be descheduled for a while: allow
        // longer silences (about 1.6 s) than hardware needs before a context fails.
        let cfg = Config { mtu, rto_max_ns: 200_000_000, max_timeouts: 16, ..Config::default() };
        let seed = Instant::now().elapsed().as_nanos() as u64 ^ std::process::id() as u64 ^ mac.to_u64();
        let mut node = Node::new(mac, cfg, seed);
        node.host.mem.record_placements(true);
        let shared = Arc::new(Shared {
            state: Mutex::new(State { node, mirror: Mirror::default(), next_owner: 1, stopped: false }),
            serviced: Condvar::new(),
            sock,
            wake,
            stop: AtomicBool::new(false),
            epoch: Instant::now(),
            ifname: ifname.to_string(),
        });
        let s = shared.clone();
        let thread = std::thread::Builder::new()
            .name(format!("uzura-soft-{ifname}"))
            .spawn(move || s.run())
            .map_err(|e| Error::io("starting the soft device's thread", e))?;
        Ok(SoftDevice { shared, thread: Some(thread) })
    }

    /// A new owner on this device (like one more open of `/dev/uzuraN`).
    pub fn handle(self) -> Device {
        let dev = Arc::new(self);
        let owner = {
            let mut st = dev.shared.lock();
            st.next_owner += 1;
            st.next_owner
        };
        Device::from_backend(Arc::new(SoftHandle { dev, owner }))
    }
}

impl Drop for SoftDevice {
    fn drop(&mut self) {
        self.shared.stop.store(true, Ordering::Release);
        self.shared.kick();
        if let Some(t) = self.thread.take() {
            if t.join().is_err() {
                log::error!("the soft device's service thread on {} panicked", self.shared.ifname);
            }
        }
    }
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn now_ps(&self) -> u64 {
        self.epoch.elapsed().as_nanos() as u64 * 1000
    }

    /// Wakes the service thread (new work was queued).
    fn kick(&self) {
        let one = 1u64;
        // SAFETY: writes 8 bytes from a valid u64 to our eventfd.
        unsafe { libc::write(self.wake.as_raw_fd(), &one as *const u64 as *const libc::c_void, 8) };
    }

    fn run(&self) {
        let mut rx = RxBatch::new();
        loop {
            if self.stop.load(Ordering::Acquire) {
                self.lock().stopped = true;
                self.serviced.notify_all();
                return;
            }
            let next = {
                let mut st = self.lock();
                let now = self.now_ps();
                st.node.host.now_ps = now;
                let received = self.receive(&mut st, &mut rx, now);
                self.transmit(&mut st, now);
                let st = &mut *st;
                let due = st.node.drv.next_deadline_ns().is_some_and(|d| d * 1000 <= now);
                if received || due || st.node.host.nic.irq_pending() {
                    let handled = st.node.drv.service(&mut st.node.host, &mut |_| {});
                    st.mirror.mirror_placements(&mut st.node);
                    if handled != 0 {
                        self.serviced.notify_all();
                    }
                    // Servicing may have queued frames (ACKs, retransmissions).
                    self.transmit(st, now);
                }
                let tx = st.node.host.nic.next_transmit_time(now);
                let timer = st.node.drv.next_deadline_ns().map(|ns| ns * 1000);
                [tx, timer].into_iter().flatten().min()
            };
            let now = self.now_ps();
            let wait = next.map(|t| Duration::from_nanos(t.saturating_sub(now) / 1000));
            match wait {
                Some(w) if w < SPIN_LIMIT => std::thread::yield_now(),
                _ => self.sleep(wait.unwrap_or(Duration::from_millis(100))),
            }
        }
    }

    /// Sleeps until a frame arrives, work is queued, or `max` passes.
    fn sleep(&self, max: Duration) {
        let mut fds = [
            libc::pollfd { fd: self.sock.as_raw_fd(), events: libc::POLLIN, revents: 0 },
            libc::pollfd { fd: self.wake.as_raw_fd(), events: libc::POLLIN, revents: 0 },
        ];
        let ts = libc::timespec { tv_sec: max.as_secs() as _, tv_nsec: max.subsec_nanos() as _ };
        // SAFETY: valid pollfd array and timespec.
        unsafe { libc::ppoll(fds.as_mut_ptr(), 2, &ts, std::ptr::null()) };
        if fds[1].revents != 0 {
            let mut v = 0u64;
            // SAFETY: reads 8 bytes into a valid u64 (clears the eventfd).
            unsafe { libc::read(self.wake.as_raw_fd(), &mut v as *mut u64 as *mut libc::c_void, 8) };
        }
    }

    /// Feeds every frame waiting on the socket to the model. True if any arrived.
    fn receive(&self, st: &mut State, rx: &mut RxBatch, now: u64) -> bool {
        let mut any = false;
        loop {
            rx.rearm();
            // SAFETY: BATCH headers, each pointing at its own buffers (see `RxBatch`).
            let n = unsafe {
                libc::recvmmsg(
                    self.sock.as_raw_fd(),
                    rx.msgs.as_mut_ptr(),
                    BATCH as u32,
                    libc::MSG_DONTWAIT,
                    std::ptr::null_mut(),
                )
            };
            if n <= 0 {
                return any;
            }
            for i in 0..n as usize {
                let frame = rx.frame(i);
                st.node.host.nic.receive(&mut st.node.host.mem, frame, now);
                any = true;
            }
            st.mirror.mirror_placements(&mut st.node);
            if (n as usize) < BATCH {
                return any;
            }
        }
    }

    /// Sends what the model's transmitter releases by `now`. A frame the kernel refuses
    /// (queue full) is lost, as on a wire, and recovered by the protocol.
    fn transmit(&self, st: &mut State, now: u64) {
        st.mirror.fetch_sources(&mut st.node);
        // A real wire: the frame leaves when the kernel sends it, whatever the model's time for it.
        while let Some((_, frame)) = NicModel::transmit(&mut st.node.host.nic, &mut st.node.host.mem, now) {
            let body = &frame[..frame.len() - FCS_LEN];
            // SAFETY: sends `body` from a valid buffer on our bound socket.
            let sent = unsafe {
                libc::send(self.sock.as_raw_fd(), body.as_ptr() as *const libc::c_void, body.len(), libc::MSG_DONTWAIT)
            };
            if sent < 0 {
                log::debug!(
                    "{}: a frame of {} bytes lost: {}",
                    self.ifname,
                    body.len(),
                    std::io::Error::last_os_error()
                );
            }
        }
    }
}

/// Receive buffers, their auxiliary data and the `recvmmsg` headers that point at them, made
/// once.
struct RxBatch {
    bufs: Vec<Box<[u8; RX_BUF_LEN]>>,
    controls: Vec<[u64; CONTROL_WORDS]>,
    _iovs: Vec<libc::iovec>,
    msgs: Vec<libc::mmsghdr>,
}

/// What the kernel may write of a frame: one byte more than the NIC accepts (without FCS), so
/// that a longer frame, which the kernel cuts, still reaches the model too long.
const RX_DATA_LEN: usize = MAX_FRAME_WITH_FCS - FCS_LEN + 1;
/// A frame, room for a VLAN tag put back, and the FCS the model wants.
const RX_BUF_LEN: usize = RX_DATA_LEN + VLAN_TAG_LEN + FCS_LEN;
/// Room for one `tpacket_auxdata` message, in u64s for the alignment `cmsghdr` needs.
const CONTROL_WORDS: usize = 8;
const _: () = assert!(
    // SAFETY: CMSG_SPACE is arithmetic on its argument.
    unsafe { libc::CMSG_SPACE(std::mem::size_of::<libc::tpacket_auxdata>() as u32) } as usize <= CONTROL_WORDS * 8
);

impl RxBatch {
    fn new() -> RxBatch {
        let mut bufs: Vec<Box<[u8; RX_BUF_LEN]>> = (0..BATCH).map(|_| Box::new([0u8; RX_BUF_LEN])).collect();
        let controls = vec![[0u64; CONTROL_WORDS]; BATCH];
        let mut iovs: Vec<libc::iovec> = bufs
            .iter_mut()
            .map(|b| libc::iovec { iov_base: b.as_mut_ptr() as *mut libc::c_void, iov_len: RX_DATA_LEN })
            .collect();
        let msgs = iovs
            .iter_mut()
            .map(|iov| {
                // SAFETY: an all-zero mmsghdr is valid; it is pointed at one iovec.
                let mut m: libc::mmsghdr = unsafe { std::mem::zeroed() };
                m.msg_hdr.msg_iov = iov;
                m.msg_hdr.msg_iovlen = 1;
                m
            })
            .collect();
        RxBatch { bufs, controls, _iovs: iovs, msgs }
    }

    /// Points every header at its whole control buffer again (the kernel shrinks the length to
    /// what it wrote).
    fn rearm(&mut self) {
        for (m, c) in self.msgs.iter_mut().zip(self.controls.iter_mut()) {
            m.msg_hdr.msg_control = c.as_mut_ptr() as *mut libc::c_void;
            m.msg_hdr.msg_controllen = CONTROL_WORDS * 8;
        }
    }

    /// The VLAN tag the kernel took out of received frame `i`, if it had one.
    fn vlan_tag(&self, i: usize) -> Option<[u8; VLAN_TAG_LEN]> {
        let hdr = &self.msgs[i].msg_hdr;
        // SAFETY: walks the control messages the kernel wrote into our buffer, within
        // `msg_controllen`; the auxiliary data is read unaligned.
        unsafe {
            let mut c = libc::CMSG_FIRSTHDR(hdr);
            while !c.is_null() {
                if (*c).cmsg_level == libc::SOL_PACKET && (*c).cmsg_type == libc::PACKET_AUXDATA {
                    let aux = std::ptr::read_unaligned(libc::CMSG_DATA(c) as *const libc::tpacket_auxdata);
                    if aux.tp_status & libc::TP_STATUS_VLAN_VALID == 0 {
                        return None;
                    }
                    let tpid = if aux.tp_status & libc::TP_STATUS_VLAN_TPID_VALID != 0 {
                        aux.tp_vlan_tpid
                    } else {
                        TPID_8021Q
                    };
                    let mut tag = [0u8; VLAN_TAG_LEN];
                    tag[..2].copy_from_slice(&tpid.to_be_bytes());
                    tag[2..].copy_from_slice(&aux.tp_vlan_tci.to_be_bytes());
                    return Some(tag);
                }
                c = libc::CMSG_NXTHDR(hdr, c);
            }
        }
        None
    }

    /// Received frame `i` as it was on the wire: its VLAN tag back in place, padded to the
    /// minimum length as the sending MAC would have (a veth carries short frames as they are),
    /// with the FCS that the kernel checked and stripped, which the model's MAC checks again.
    fn frame(&mut self, i: usize) -> &[u8] {
        let mut len = self.msgs[i].msg_len as usize;
        let tag = self.vlan_tag(i);
        let buf = &mut self.bufs[i];
        if let Some(tag) = tag {
            let at = ethernet::field::ETHERTYPE.start;
            buf.copy_within(at..len, at + VLAN_TAG_LEN);
            buf[at..at + VLAN_TAG_LEN].copy_from_slice(&tag);
            len += VLAN_TAG_LEN;
        }
        let padded = sealed_len(len) - FCS_LEN;
        buf[len..padded].fill(0);
        let f = crc32fast::hash(&buf[..padded]);
        buf[padded..padded + FCS_LEN].copy_from_slice(&f.to_le_bytes());
        &buf[..padded + FCS_LEN]
    }
}

// SAFETY: the raw pointers point into the batch's own heap buffers.
unsafe impl Send for RxBatch {}

/// One owner of a soft device.
struct SoftHandle {
    dev: Arc<SoftDevice>,
    owner: Owner,
}

impl EmulatedNic for SoftHandle {
    type Nic = RefNic;

    fn describe(&self) -> String {
        format!("soft device on {} (reference model + driver core over AF_PACKET)", self.dev.shared.ifname)
    }

    fn with<T>(&self, f: impl FnOnce(&mut Node, &mut Mirror, Owner) -> Result<T>) -> Result<T> {
        let shared = &self.dev.shared;
        let mut st = shared.lock();
        st.node.host.now_ps = shared.now_ps();
        let st = &mut *st;
        let r = f(&mut st.node, &mut st.mirror, self.owner);
        shared.kick();
        r
    }

    /// Waits for the service thread until `check` returns a value.
    fn wait_until<T>(&self, mut check: impl FnMut(&mut Node, Owner) -> Result<Option<T>>) -> Result<T> {
        let shared = &self.dev.shared;
        let mut st = shared.lock();
        loop {
            if st.stopped {
                return Err(Error::NoDevice(format!("soft device on {} stopped", shared.ifname)));
            }
            st.node.host.now_ps = shared.now_ps();
            if let Some(v) = check(&mut st.node, self.owner)? {
                return Ok(v);
            }
            st = shared.serviced.wait_timeout(st, Duration::from_millis(10)).unwrap_or_else(|e| e.into_inner()).0;
        }
    }

    /// The service thread runs by itself in real time.
    fn advance(&self) {
        std::thread::yield_now();
    }
}

impl Drop for SoftHandle {
    fn drop(&mut self) {
        let mut st = self.dev.shared.lock();
        let st = &mut *st;
        st.mirror.release_owner(&mut st.node, self.owner);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_fast_crc_is_the_ethernet_fcs() {
        let data: Vec<u8> = (0..9014u32).map(|i| (i * 7 + i / 13) as u8).collect();
        for len in [0, 1, 59, 60, 1514, 9014] {
            assert_eq!(crc32fast::hash(&data[..len]), uzura_uapi::wire::fcs(&data[..len]), "length {len}");
        }
    }
}
