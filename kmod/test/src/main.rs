//! The in-kernel test of uzura.ko, run by scripts/kmod-test.sh inside a QEMU guest whose
//! module was loaded with `loopback=1`: the paper's calls through `/dev/uzura0`, every byte
//! checked, then the abuse the driver must survive, each with its errno, then the same calls
//! through userlib's kernel backend (`userlib_checks`). Prints one line per check and a
//! closing `kmod-test: N passed; M failed`.
//!
//! `uzura-kmod-test bench` prints the CPU time per page of rdmastart+poll instead;
//! `uzura-kmod-test xen CONFIG` runs the foreign-region checks in a Xen PV dom0 (`xen`);
//! `uzura-kmod-test pci listen|connect ADDR [all|none|SECTION [MAX_BYTES]]` runs the checks
//! between two hosts with PCI NICs (`two_hosts`), then the sections below (all by default) on
//! this host's NIC, whose wire hairpins frames to its own address back to it;
//! `uzura-kmod-test device-gone` what follows a vanished device, and `uzura-kmod-test
//! stalled-sq` a NIC that stops consuming its send queue.

mod two_hosts;
mod userlib_checks;
mod xen;

use std::ffi::CString;
use std::time::{Duration, Instant};

use uzura_uapi::abi::{self, CtxClose, CtxConnect, CtxOpen, GetRegInfo, Poll, RdmaStart, RegionRelease};
use uzura_uapi::info::{RegionInfo, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};

const DEV: &str = "/dev/uzura0";
const PAGE: usize = 4096;
/// The paper's CPU cost of rdmastart+poll per page, in microseconds.
const PAPER_US_PER_PAGE: f64 = 0.054;

type Errno = i32;

fn errno() -> Errno {
    std::io::Error::last_os_error().raw_os_error().unwrap_or(0)
}

/// One open file of the device: one protection domain.
struct Dev {
    fd: i32,
}

impl Drop for Dev {
    fn drop(&mut self) {
        // SAFETY: our descriptor.
        unsafe { libc::close(self.fd) };
    }
}

impl Dev {
    fn open() -> Dev {
        let path = CString::new(DEV).unwrap();
        // SAFETY: valid C string.
        let fd = unsafe { libc::open(path.as_ptr(), libc::O_RDWR) };
        assert!(fd >= 0, "cannot open {DEV}: errno {}", errno());
        Dev { fd }
    }

    fn ioctl<T>(&self, cmd: u32, arg: &mut T) -> Result<(), Errno> {
        // SAFETY: `arg` is a live struct of the size `cmd` encodes.
        let r = unsafe { libc::ioctl(self.fd, cmd as _, arg as *mut T) };
        if r == 0 {
            Ok(())
        } else {
            Err(errno())
        }
    }

    fn ctx_open(&self) -> Result<[u8; 12], Errno> {
        let mut a = CtxOpen::default();
        self.ioctl(abi::IOC_CTX_OPEN, &mut a).map(|_| a.local)
    }

    fn connect(&self, cid: u16, peer: [u8; 12]) -> Result<(), Errno> {
        self.ioctl(abi::IOC_CTX_CONNECT, &mut CtxConnect { cid, reserved: 0, peer })
    }

    fn close_ctx(&self, cid: u16) -> Result<(), Errno> {
        self.ioctl(abi::IOC_CTX_CLOSE, &mut CtxClose { cid, reserved: [0; 3] })
    }

    fn reg(&self, addr: u64, size: u64, access: u8) -> Result<[u8; 32], Errno> {
        self.reg_flags(addr, size, access, 0)
    }

    /// getreginfo with `flags` (`GetRegInfo::xen_foreign` for a Xen domain's frames).
    fn reg_flags(&self, addr: u64, size: u64, access: u8, flags: u32) -> Result<[u8; 32], Errno> {
        let mut a = GetRegInfo { addr, size, access: access as u32, flags, ..Default::default() };
        self.ioctl(abi::IOC_GETREGINFO, &mut a).map(|_| a.info)
    }

    fn release(&self, info: [u8; 32]) -> Result<(), Errno> {
        self.ioctl(abi::IOC_REGION_RELEASE, &mut RegionRelease { info })
    }

    #[allow(clippy::too_many_arguments)]
    fn start(
        &self,
        sinfo: [u8; 32],
        soff: u64,
        dinfo: [u8; 32],
        doff: u64,
        size: u64,
        cid: u16,
        flags: u16,
    ) -> Result<u32, Errno> {
        let mut a = RdmaStart { sinfo, dinfo, soff, doff, size, cid, flags, seq: u32::MAX };
        self.ioctl(abi::IOC_RDMASTART, &mut a).map(|_| a.seq)
    }

    fn poll(&self, cid: u16, flags: u16) -> Result<(bool, u32), Errno> {
        let mut a = Poll { cid, flags, ..Default::default() };
        self.ioctl(abi::IOC_POLL, &mut a).map(|_| (a.complete != 0, a.count))
    }

    /// Two contexts of this file connected to each other (the loopback wire): (sender, receiver).
    fn pair(&self) -> (u16, u16) {
        let a = self.ctx_open().expect("ctx_open");
        let b = self.ctx_open().expect("ctx_open");
        self.connect(cid(&a), b).expect("connect");
        self.connect(cid(&b), a).expect("connect");
        (cid(&a), cid(&b))
    }

    /// Waits (spinning on poll without WAIT) until every transfer on `cid` is acknowledged.
    fn spin(&self, cid: u16) -> Result<(), Errno> {
        let deadline = Instant::now() + Duration::from_secs(60);
        while !self.poll(cid, 0)?.0 {
            assert!(Instant::now() < deadline, "transfer on context {cid} never completed");
            std::thread::yield_now();
        }
        Ok(())
    }
}

fn cid(addr: &[u8; 12]) -> u16 {
    u16::from_be_bytes([addr[6], addr[7]])
}

/// Anonymous memory, page aligned, unmapped on drop.
struct Buf {
    ptr: *mut u8,
    len: usize,
}

impl Buf {
    fn new(len: usize, prot: i32) -> Buf {
        // SAFETY: a fresh anonymous mapping.
        let ptr = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len,
                prot,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_POPULATE,
                -1,
                0,
            )
        };
        assert_ne!(ptr, libc::MAP_FAILED, "mmap {len}");
        Buf { ptr: ptr.cast(), len }
    }
    fn rw(len: usize) -> Buf {
        Buf::new(len, libc::PROT_READ | libc::PROT_WRITE)
    }
    fn addr(&self, off: usize) -> u64 {
        self.ptr as u64 + off as u64
    }
    fn bytes(&mut self) -> &mut [u8] {
        // SAFETY: our mapping.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, self.len) }
    }
}

impl Drop for Buf {
    fn drop(&mut self) {
        // SAFETY: our mapping.
        unsafe { libc::munmap(self.ptr.cast(), self.len) };
    }
}

fn pattern(seed: u64, len: usize) -> Vec<u8> {
    let mut x = seed | 1;
    (0..len)
        .map(|_| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x as u8
        })
        .collect()
}

/// `pinned_pages` of /proc/uzura.
fn module_pins() -> i64 {
    proc_uzura("pinned_pages")
}

/// Value `key` of /proc/uzura (-1 if missing).
fn proc_uzura(key: &str) -> i64 {
    let s = std::fs::read_to_string("/proc/uzura").unwrap_or_default();
    s.lines().find_map(|l| l.strip_prefix(key)?.strip_prefix(' ')).and_then(|v| v.trim().parse().ok()).unwrap_or(-1)
}

struct Report {
    passed: u32,
    failed: u32,
}

impl Report {
    fn check(&mut self, name: &str, ok: bool, detail: impl std::fmt::Display) {
        if ok {
            self.passed += 1;
            println!("ok - {name}");
        } else {
            self.failed += 1;
            println!("not ok - {name}: {detail}");
        }
    }

    /// The closing line, and the exit status: 0 only if every check passed.
    fn finish(self) -> ! {
        println!("kmod-test: {} passed; {} failed", self.passed, self.failed);
        std::process::exit(if self.failed == 0 { 0 } else { 1 });
    }

    fn errno<T: std::fmt::Debug>(&mut self, name: &str, r: Result<T, Errno>, want: Errno) {
        let ok = matches!(r, Err(e) if e == want);
        self.check(name, ok, format!("got {r:?}, want errno {want}"));
    }
}

/// One transfer of `size` bytes between fresh regions at unaligned addresses and offsets,
/// every byte of the destination checked (and the bytes around it untouched).
fn transfer(r: &mut Report, dev: &Dev, pair: (u16, u16), size: usize, mode: &str, seed: u64) {
    let (src_in_page, dst_in_page) = ((seed as usize * 7) % PAGE, (seed as usize * 13 + 5) % PAGE);
    let (soff, doff) = (seed as usize % 3, 11 + seed as usize % 5);
    let mut src = Buf::rw(src_in_page + soff + size + PAGE);
    let mut dst = Buf::rw(dst_in_page + doff + size + 16 + PAGE);
    let data = pattern(seed, size);
    src.bytes()[src_in_page + soff..src_in_page + soff + size].copy_from_slice(&data);
    dst.bytes().fill(0xEE);
    let sinfo = dev.reg(src.addr(src_in_page), (soff + size) as u64, ACCESS_LOCAL_READ).expect("register source");
    let dinfo =
        dev.reg(dst.addr(dst_in_page), (doff + size + 16) as u64, ACCESS_REMOTE_WRITE).expect("register destination");
    let name =
        format!("rdma {size} B ({mode}, region offsets {src_in_page}/{dst_in_page}, transfer offsets {soff}/{doff})");
    let (tx, rx) = pair;
    let done = match mode {
        "sync" => dev.start(sinfo, soff as u64, dinfo, doff as u64, size as u64, tx, abi::START_WAIT).map(|_| ()),
        "poll-wait" => dev
            .start(sinfo, soff as u64, dinfo, doff as u64, size as u64, tx, 0)
            .and_then(|_| dev.poll(tx, abi::POLL_WAIT).map(|_| ())),
        _ => dev.start(sinfo, soff as u64, dinfo, doff as u64, size as u64, tx, 0).and_then(|_| dev.spin(tx)),
    };
    let got = &dst.bytes()[dst_in_page..dst_in_page + doff + size + 16];
    let intact = got[doff..doff + size] == data[..];
    let around = got[..doff].iter().chain(&got[doff + size..]).all(|&b| b == 0xEE);
    let first_bad = got[doff..doff + size].iter().zip(&data).position(|(a, b)| a != b);
    r.check(
        &name,
        done.is_ok() && intact && around,
        format!("result {done:?}, first differing byte {first_bad:?}, surroundings untouched {around}"),
    );
    let incoming = dev.poll(rx, abi::POLL_RX);
    r.check(
        &format!("{name}: receiver's poll(RX) sees it"),
        matches!(incoming, Ok((true, _))),
        format!("{incoming:?}"),
    );
    dev.release(sinfo).expect("release source");
    dev.release(dinfo).expect("release destination");
}

fn transfers(r: &mut Report) {
    let dev = Dev::open();
    let pairs: Vec<(u16, u16)> = (0..4).map(|_| dev.pair()).collect();
    let sizes = [1usize, 7, 4095, 4096, 4097, 65536 + 13, (1 << 20) + 3, 9 << 20, 64 << 20];
    for (i, &size) in sizes.iter().enumerate() {
        let mode = ["sync", "poll-wait", "poll-spin"][i % 3];
        transfer(r, &dev, pairs[i % pairs.len()], size, mode, i as u64 + 1);
    }
    // Several transfers in flight on several contexts at once, completing in order.
    let mut src = Buf::rw(4 << 20);
    let mut dst = Buf::rw(4 << 20);
    let data = pattern(99, 4 << 20);
    src.bytes().copy_from_slice(&data);
    let sinfo = dev.reg(src.addr(0), 4 << 20, ACCESS_LOCAL_READ).unwrap();
    let dinfo = dev.reg(dst.addr(0), 4 << 20, ACCESS_REMOTE_WRITE).unwrap();
    let mut seqs = Vec::new();
    for k in 0..16u64 {
        let (tx, _) = pairs[k as usize % 4];
        let off = k * (256 << 10);
        seqs.push((tx, dev.start(sinfo, off, dinfo, off, 256 << 10, tx, 0)));
    }
    let all_started = seqs.iter().all(|(_, s)| s.is_ok());
    // Each context numbers its transfers consecutively (its earlier ones included).
    let seq_order = (0..4).all(|p| {
        let mine: Vec<u32> =
            seqs.iter().filter(|(tx, _)| *tx == pairs[p].0).map(|(_, s)| *s.as_ref().unwrap_or(&u32::MAX)).collect();
        mine.windows(2).all(|w| w[1] == w[0].wrapping_add(1))
    });
    for p in &pairs {
        dev.poll(p.0, abi::POLL_WAIT).unwrap();
    }
    let counts: Vec<u32> = pairs.iter().map(|p| dev.poll(p.0, 0).unwrap().1).collect();
    r.check(
        "16 async transfers on 4 contexts: all started, consecutive seq per context",
        all_started && seq_order,
        format!("{seqs:?}"),
    );
    r.check("16 async transfers on 4 contexts: every byte arrived", dst.bytes()[..] == data[..], "data differs");
    r.check("poll count = transfers completed per context", counts.iter().all(|&c| c >= 4), format!("{counts:?}"));
}

fn abuse(r: &mut Report) {
    let dev = Dev::open();
    let (tx, _) = dev.pair();
    let mut src = Buf::rw(64 << 10);
    src.bytes().fill(1);
    let dst = Buf::rw(64 << 10);
    let sinfo = dev.reg(src.addr(0), 64 << 10, ACCESS_LOCAL_READ).unwrap();
    let dinfo = dev.reg(dst.addr(0), 64 << 10, ACCESS_REMOTE_WRITE).unwrap();

    // getreginfo: bad memory.
    r.errno("getreginfo: null pointer", dev.reg(0, 4096, ACCESS_LOCAL_READ), libc::EFAULT);
    let gone = Buf::rw(8192);
    let gone_addr = gone.addr(0);
    drop(gone);
    r.errno("getreginfo: unmapped range", dev.reg(gone_addr, 8192, ACCESS_REMOTE_WRITE), libc::EFAULT);
    let ro = Buf::new(8192, libc::PROT_READ);
    r.errno(
        "getreginfo: read-only memory for REMOTE_WRITE",
        dev.reg(ro.addr(0), 8192, ACCESS_REMOTE_WRITE),
        libc::EFAULT,
    );
    let ro_info = dev.reg(ro.addr(0), 8192, ACCESS_LOCAL_READ);
    r.check("getreginfo: read-only memory for LOCAL_READ only is fine", ro_info.is_ok(), format!("{ro_info:?}"));
    r.errno("getreginfo: kernel pointer", dev.reg(0xffff_8880_0000_0000, 4096, ACCESS_LOCAL_READ), libc::EFAULT);
    r.errno(
        "getreginfo: range running into unmapped memory",
        dev.reg(src.addr(0), 1 << 40, ACCESS_LOCAL_READ),
        libc::EFAULT,
    );
    // getreginfo: malformed arguments.
    r.errno("getreginfo: zero length", dev.reg(src.addr(0), 0, ACCESS_LOCAL_READ), libc::EINVAL);
    r.errno("getreginfo: length over 2^48", dev.reg(src.addr(0), (1 << 48) + 1, ACCESS_LOCAL_READ), libc::EINVAL);
    r.errno("getreginfo: addr + size overflows", dev.reg(u64::MAX - 100, 4096, ACCESS_LOCAL_READ), libc::EOVERFLOW);
    r.errno("getreginfo: no access bits", dev.reg(src.addr(0), 4096, 0), libc::EINVAL);
    r.errno("getreginfo: unknown access bits", dev.reg(src.addr(0), 4096, 0x80), libc::EINVAL);
    let (at, rd) = (src.addr(0), ACCESS_LOCAL_READ);
    r.errno("getreginfo: a domain id without the foreign flag", dev.reg_flags(at, 4096, rd, 1), libc::EINVAL);
    r.errno(
        "getreginfo: unknown flags",
        dev.reg_flags(at, 4096, rd, GetRegInfo::xen_foreign(1) | 1 << 20),
        libc::EINVAL,
    );
    let reserved = GetRegInfo::xen_foreign(abi::XEN_DOMID_FIRST_RESERVED);
    r.errno("getreginfo: a reserved Xen domain id", dev.reg_flags(at, 4096, rd, reserved), libc::EINVAL);
    // This kernel runs on bare (emulated) hardware: no Xen to hold frames through.
    let foreign = dev.reg_flags(at, 4096, rd, GetRegInfo::xen_foreign(1));
    r.errno("getreginfo: a foreign region outside a Xen PV domain", foreign, libc::EOPNOTSUPP);
    // The argument pointer itself.
    // SAFETY: deliberately bad argument pointers; the kernel must refuse them.
    let null_arg = unsafe { libc::ioctl(dev.fd, abi::IOC_GETREGINFO as _, 0usize) };
    r.check(
        "ioctl: null argument pointer -> EFAULT",
        null_arg == -1 && errno() == libc::EFAULT,
        format!("{null_arg} errno {}", errno()),
    );
    // SAFETY: as above.
    let kern_arg = unsafe { libc::ioctl(dev.fd, abi::IOC_POLL as _, 0xffff_8880_0000_0000usize) };
    r.check(
        "ioctl: kernel argument pointer -> EFAULT",
        kern_arg == -1 && errno() == libc::EFAULT,
        format!("{kern_arg} errno {}", errno()),
    );
    // SAFETY: as above.
    let unknown = unsafe { libc::ioctl(dev.fd, abi::iowr(abi::IOC_MAGIC, 0x7f, 16) as _, src.addr(0)) };
    r.check(
        "ioctl: unknown number -> ENOTTY",
        unknown == -1 && errno() == libc::ENOTTY,
        format!("{unknown} errno {}", errno()),
    );

    // rdmastart: offsets, lengths, handles.
    r.errno("rdmastart: zero length", dev.start(sinfo, 0, dinfo, 0, 0, tx, 0), libc::EINVAL);
    r.errno(
        "rdmastart: source offset overflows",
        dev.start(sinfo, u64::MAX - 10, dinfo, 0, 100, tx, 0),
        libc::EOVERFLOW,
    );
    r.errno(
        "rdmastart: destination offset overflows",
        dev.start(sinfo, 0, dinfo, u64::MAX, 100, tx, 0),
        libc::EOVERFLOW,
    );
    r.errno("rdmastart: past the source's end", dev.start(sinfo, 60 << 10, dinfo, 0, 8 << 10, tx, 0), libc::ERANGE);
    r.errno(
        "rdmastart: past the destination's end",
        dev.start(sinfo, 0, dinfo, 60 << 10, 8 << 10, tx, 0),
        libc::ERANGE,
    );
    r.errno("rdmastart: unknown flags", dev.start(sinfo, 0, dinfo, 0, 1, tx, 0x80), libc::EINVAL);
    let mut forged = RegionInfo::parse(&sinfo).unwrap();
    forged.key ^= 1;
    r.errno("rdmastart: forged source key", dev.start(forged.to_bytes(), 0, dinfo, 0, 1, tx, 0), libc::ENOENT);
    let mut garbage = sinfo;
    garbage[0] = b'X';
    r.errno("rdmastart: malformed source info", dev.start(garbage, 0, dinfo, 0, 1, tx, 0), libc::EINVAL);
    r.errno("rdmastart: source without LOCAL_READ", dev.start(dinfo, 0, dinfo, 0, 1, tx, 0), libc::EPERM);
    r.errno("rdmastart: destination without REMOTE_WRITE", dev.start(sinfo, 0, sinfo, 0, 1, tx, 0), libc::EPERM);
    r.errno("rdmastart: context id out of range", dev.start(sinfo, 0, dinfo, 0, 1, 64, 0), libc::EINVAL);
    r.errno("rdmastart: context id huge", dev.start(sinfo, 0, dinfo, 0, 1, u16::MAX, 0), libc::EINVAL);
    let lone = cid(&dev.ctx_open().unwrap());
    r.errno("rdmastart: context not connected", dev.start(sinfo, 0, dinfo, 0, 1, lone, 0), libc::ENOTCONN);
    dev.close_ctx(lone).unwrap();
    r.errno("rdmastart: closed context", dev.start(sinfo, 0, dinfo, 0, 1, lone, 0), libc::ENOENT);
    r.errno("ctx_close: twice", dev.close_ctx(lone), libc::ENOENT);
    let mut bad_peer = [0xffu8; 12];
    bad_peer[6] = 0;
    r.errno("ctx_connect: group MAC as peer", dev.connect(cid(&dev.ctx_open().unwrap()), bad_peer), libc::EINVAL);
    r.errno("ctx_connect: twice", dev.connect(tx, dev.ctx_open().unwrap()), libc::EINVAL);
    r.errno("poll: unknown flags", dev.poll(tx, 0x40), libc::EINVAL);
    r.errno("poll: context never opened", dev.poll(63, 0), libc::ENOENT);
    let mut p = Poll { cid: tx, reserved: 1, ..Default::default() };
    r.errno("poll: reserved field set", dev.ioctl(abi::IOC_POLL, &mut p), libc::EINVAL);

    // Another file's regions and contexts.
    let other = Dev::open();
    let (otx, _) = other.pair();
    r.errno("rdmastart: another file's source region", other.start(sinfo, 0, dinfo, 0, 1, otx, 0), libc::EPERM);
    r.errno("rdmastart: another file's context", other.start(sinfo, 0, dinfo, 0, 1, tx, 0), libc::EPERM);
    r.errno("region_release: another file's region", other.release(sinfo), libc::EPERM);
    r.errno("poll: another file's context", other.poll(tx, 0), libc::EPERM);
    drop(other);

    // Released regions and their keys stop working.
    let mut big_src = Buf::rw(64 << 20);
    big_src.bytes().fill(3);
    let big_dst = Buf::rw(64 << 20);
    let bs = dev.reg(big_src.addr(0), 64 << 20, ACCESS_LOCAL_READ).unwrap();
    let bd = dev.reg(big_dst.addr(0), 64 << 20, ACCESS_REMOTE_WRITE).unwrap();
    dev.start(bs, 0, bd, 0, 64 << 20, tx, abi::START_WAIT).unwrap();
    dev.release(bs).unwrap();
    r.errno("region_release: twice", dev.release(bs), libc::ENOENT);
    r.errno("rdmastart: released source region", dev.start(bs, 0, dinfo, 0, 1, tx, 0), libc::ENOENT);
    r.errno("region_release: malformed info", dev.release([0; 32]), libc::EINVAL);
    dev.release(bd).unwrap();

    // A transfer to a released destination: the NIC drops its WRITEs (stale key), so it stays
    // in flight, which makes "in use" deterministic, until the retransmission timer gives up.
    let mut stale_dst = Buf::rw(4096);
    let sd = dev.reg(stale_dst.addr(0), 4096, ACCESS_REMOTE_WRITE).unwrap();
    dev.release(sd).unwrap();
    let mut held = Buf::rw(4096);
    held.bytes().fill(7);
    let hs = dev.reg(held.addr(0), 4096, ACCESS_LOCAL_READ).unwrap();
    let (stx, _) = dev.pair();
    dev.start(hs, 0, sd, 0, 4096, stx, 0).unwrap();
    r.errno("region_release while a transfer reads it", dev.release(hs), libc::EBUSY);
    r.errno("ctx_close with a transfer in flight", dev.close_ctx(stx), libc::EBUSY);
    std::thread::sleep(Duration::from_millis(100));
    r.check(
        "rdmastart to a released destination: nothing lands",
        stale_dst.bytes().iter().all(|&b| b == 0),
        "bytes changed",
    );
    let (done, _) = dev.poll(stx, 0).unwrap();
    r.check("rdmastart to a released destination: never acknowledged", !done, "acknowledged");
    // The retransmission timer re-sends and backs off until the context fails (12 timeouts of
    // the loopback device's 20 ms..1 s RTO: about 7 s), which every call on it then reports.
    let deadline = Instant::now() + Duration::from_secs(30);
    let mut failed = dev.poll(stx, 0);
    while failed.is_ok() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(250));
        failed = dev.poll(stx, 0);
    }
    r.errno("retransmission timer: the unanswered context fails", failed, libc::ETIMEDOUT);
    r.errno("  ... rdmastart on it too", dev.start(hs, 0, dinfo, 0, 1, stx, 0), libc::ETIMEDOUT);
    r.check(
        "  ... it can be closed, and then its source released",
        dev.close_ctx(stx).is_ok() && dev.release(hs).is_ok(),
        "close or release failed",
    );

    // A wait interrupted by a signal, the first 200 ms in.
    let (_, quiet) = dev.pair();
    let t = Instant::now();
    let (interrupted, waited) =
        with_signals(Duration::from_millis(200), || (dev.poll(quiet, abi::POLL_WAIT | abi::POLL_RX), t.elapsed()));
    r.errno("poll(RX | WAIT) with nothing coming, interrupted by a signal", interrupted, libc::EINTR);
    r.check("  ... after the signal, not before", waited >= Duration::from_millis(150), format!("{waited:?}"));
}

/// Runs `f` while a helper thread sends this thread SIGUSR1 every `period`, handled without
/// SA_RESTART so that the kernel's waits return EINTR. (Interval timers need
/// CONFIG_POSIX_TIMERS, which the test kernel lacks.)
fn with_signals<T>(period: Duration, f: impl FnOnce() -> T) -> T {
    extern "C" fn on_signal(_: i32) {}
    // SAFETY: a handler that does nothing, installed without SA_RESTART.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_signal as *const () as usize;
        libc::sigaction(libc::SIGUSR1, &sa, std::ptr::null_mut());
    }
    // SAFETY: plain query.
    let me = unsafe { libc::pthread_self() };
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let stopper = stop.clone();
    let signaller = std::thread::spawn(move || {
        while !stopper.load(std::sync::atomic::Ordering::Relaxed) {
            std::thread::sleep(period);
            // SAFETY: the calling thread outlives this one (joined below).
            unsafe { libc::pthread_kill(me, libc::SIGUSR1) };
        }
    });
    let out = f();
    stop.store(true, std::sync::atomic::Ordering::Relaxed);
    signaller.join().unwrap();
    out
}

/// Child processes: each a fresh open of the device. Returns whether the child exited 0.
fn in_child(f: impl FnOnce() -> bool) -> libc::pid_t {
    // SAFETY: the child only runs `f` and exits.
    let pid = unsafe { libc::fork() };
    if pid == 0 {
        let ok = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or(false);
        // SAFETY: leave the child without running the parent's destructors.
        unsafe { libc::_exit(if ok { 0 } else { 1 }) };
    }
    pid
}

fn reap(pid: libc::pid_t) -> i32 {
    let mut status = 0;
    // SAFETY: our child.
    unsafe { libc::waitpid(pid, &mut status, 0) };
    status
}

fn processes(r: &mut Report) {
    let base = module_pins();
    // Two processes racing on one device.
    let racer = |seed: u64| {
        move || {
            let dev = Dev::open();
            let (tx, _) = dev.pair();
            let mut src = Buf::rw(1 << 20);
            let mut dst = Buf::rw(1 << 20);
            let data = pattern(seed, 1 << 20);
            src.bytes().copy_from_slice(&data);
            (0..40).all(|k| {
                let len = 1 + (k * 26_111 + seed as usize) % (1 << 20);
                let s = dev.reg(src.addr(0), 1 << 20, ACCESS_LOCAL_READ).unwrap();
                let d = dev.reg(dst.addr(0), 1 << 20, ACCESS_REMOTE_WRITE).unwrap();
                dst.bytes().fill(0);
                let ok =
                    dev.start(s, 0, d, 0, len as u64, tx, abi::START_WAIT).is_ok() && dst.bytes()[..len] == data[..len];
                dev.release(s).unwrap();
                dev.release(d).unwrap();
                ok
            })
        }
    };
    let (a, b) = (in_child(racer(1)), in_child(racer(2)));
    let (sa, sb) = (reap(a), reap(b));
    r.check(
        "two processes racing on one device, 40 checked transfers each",
        sa == 0 && sb == 0,
        format!("exit statuses {sa} {sb}"),
    );

    // A process killed in the middle of transfers.
    let mut pipe = [0i32; 2];
    // SAFETY: a pipe for the child's "started" byte.
    unsafe { libc::pipe(pipe.as_mut_ptr()) };
    let victim = in_child(move || {
        let dev = Dev::open();
        let (tx, _) = dev.pair();
        let src = Buf::rw(64 << 20);
        let dst = Buf::rw(64 << 20);
        let s = dev.reg(src.addr(0), 64 << 20, ACCESS_LOCAL_READ).unwrap();
        let d = dev.reg(dst.addr(0), 64 << 20, ACCESS_REMOTE_WRITE).unwrap();
        let mut told = false;
        loop {
            match dev.start(s, 0, d, 0, 64 << 20, tx, 0) {
                Ok(_) if !told => {
                    // SAFETY: our pipe.
                    unsafe { libc::write(pipe[1], b"x".as_ptr().cast(), 1) };
                    told = true;
                }
                Ok(_) | Err(libc::EAGAIN) => {}
                Err(_) => return false,
            }
        }
    });
    let mut byte = [0u8; 1];
    // SAFETY: our pipe.
    unsafe { libc::read(pipe[0], byte.as_mut_ptr().cast(), 1) };
    std::thread::sleep(Duration::from_millis(30));
    let pinned_while_running = module_pins();
    // SAFETY: our child.
    unsafe { libc::kill(victim, libc::SIGKILL) };
    let status = reap(victim);
    r.check("killed process: it was killed mid-transfer", libc::WIFSIGNALED(status), format!("status {status}"));
    r.check(
        "killed process: it held its pins while running",
        pinned_while_running >= base + 2 * (64 << 20) / PAGE as i64,
        format!("{pinned_while_running} pinned"),
    );
    r.check(
        "killed process: every pin released at exit",
        module_pins() == base,
        format!("{} pinned, {base} before", module_pins()),
    );

    // RLIMIT_MEMLOCK, without CAP_IPC_LOCK: the kernel's own accounting (VmPin).
    let limited = in_child(|| {
        let lim = libc::rlimit { rlim_cur: 1 << 20, rlim_max: 1 << 20 };
        // SAFETY: plain syscalls; nobody (65534) has no capabilities.
        let dropped = unsafe {
            libc::setrlimit(libc::RLIMIT_MEMLOCK, &lim) == 0 && libc::setgid(65534) == 0 && libc::setuid(65534) == 0
        };
        let dev = Dev::open();
        let buf = Buf::rw(2 << 20);
        let too_much = dev.reg(buf.addr(0), 2 << 20, ACCESS_REMOTE_WRITE);
        let fits = dev.reg(buf.addr(0), 512 << 10, ACCESS_REMOTE_WRITE);
        let vmpin = || {
            std::fs::read_to_string("/proc/self/status")
                .unwrap()
                .lines()
                .find(|l| l.starts_with("VmPin:"))
                .unwrap_or("")
                .split_whitespace()
                .nth(1)
                .unwrap_or("")
                .to_string()
        };
        let pinned = vmpin();
        let released = fits.map(|i| dev.release(i).is_ok()).unwrap_or(false);
        let after = vmpin();
        println!("  rlimit child: dropped privileges {dropped}, 2 MiB -> {too_much:?}, 512 KiB -> {fits:?}, VmPin {pinned} kB then {after} kB");
        dropped && too_much == Err(libc::ENOMEM) && fits.is_ok() && pinned == "512" && released && after == "0"
    });
    let status = reap(limited);
    r.check(
        "RLIMIT_MEMLOCK: over the limit ENOMEM, under it pinned and shown as VmPin",
        status == 0,
        format!("status {status}"),
    );
    r.check("after all processes: no page pinned", module_pins() == 0, format!("{} pinned", module_pins()));
}

/// Busy CPU time of the whole machine so far (all CPUs, /proc/stat), in seconds.
fn busy_cpu_s() -> f64 {
    let stat = std::fs::read_to_string("/proc/stat").unwrap();
    let f: Vec<f64> = stat.lines().next().unwrap().split_whitespace().skip(1).map(|v| v.parse().unwrap()).collect();
    // user nice system idle iowait irq softirq steal
    let busy = f[0] + f[1] + f[2] + f[5] + f[6];
    // SAFETY: sysconf has no preconditions.
    busy / unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64
}

fn bench() {
    let dev = Dev::open();
    let (tx, _) = dev.pair();
    let len = 64 << 20;
    let src = Buf::rw(len);
    let dst = Buf::rw(len);
    let s = dev.reg(src.addr(0), len as u64, ACCESS_LOCAL_READ).unwrap();
    let d = dev.reg(dst.addr(0), len as u64, ACCESS_REMOTE_WRITE).unwrap();
    // What this (possibly emulated) CPU needs to copy a page: the floor of a loopback device,
    // which copies every page on the CPU where a NIC would DMA it.
    let (from, mut to) = (pattern(5, 16 << 20), vec![0u8; 16 << 20]);
    let c0 = busy_cpu_s();
    for _ in 0..32 {
        to.copy_from_slice(&from);
        std::hint::black_box(&mut to);
    }
    let copy_us = (busy_cpu_s() - c0) * 1e6 / ((512 << 20) / PAGE) as f64;
    println!("bench: plain memcpy in userspace: {copy_us:.3} us CPU per page (the loopback device's floor)");
    for size in [4096usize, 64 << 10, 1 << 20, 16 << 20] {
        let total = 512usize << 20;
        let n = total / size;
        let (t0, c0) = (Instant::now(), busy_cpu_s());
        for k in 0..n {
            let off = ((k * size) % len) as u64;
            dev.start(s, off, d, off, size as u64, tx, 0).unwrap();
            dev.poll(tx, abi::POLL_WAIT).unwrap();
        }
        let (wall, cpu) = (t0.elapsed().as_secs_f64(), busy_cpu_s() - c0);
        let pages = (total / PAGE) as f64;
        let us = cpu * 1e6 / pages;
        println!(
            "bench: rdmastart+poll(WAIT) of {size} B x {n}: {:.3} us CPU per page (all CPUs), {:.3} us wall per page, {:.0} MB/s; ratio to the paper's {PAPER_US_PER_PAGE} us/page: {:.1}",
            us,
            wall * 1e6 / pages,
            total as f64 / wall / 1e6,
            us / PAPER_US_PER_PAGE
        );
    }
}

fn main() {
    if std::env::args().nth(1).as_deref() == Some("bench") {
        return bench();
    }
    if std::env::args().nth(1).as_deref() == Some("xen") {
        let Some(config) = std::env::args().nth(2) else {
            eprintln!("usage: uzura-kmod-test xen CONFIG (an xl domain configuration)");
            std::process::exit(2);
        };
        let mut r = Report { passed: 0, failed: 0 };
        xen::run(&mut r, &config);
        r.finish();
    }
    let mut r = Report { passed: 0, failed: 0 };
    let mut only = std::env::args().nth(1).filter(|a| a != "test");
    match only.as_deref() {
        Some("pci") => {
            let role = match std::env::args().nth(2).as_deref() {
                Some("listen") => two_hosts::Role::Listen,
                Some("connect") => two_hosts::Role::Connect,
                _ => {
                    eprintln!("usage: uzura-kmod-test pci listen|connect PEER_ADDRESS [all|none|SECTION [MAX_BYTES]]");
                    std::process::exit(2);
                }
            };
            // The longest transfer between the hosts (a slow NIC model gets a shorter run).
            let max_len = std::env::args().nth(5).and_then(|m| m.parse().ok()).unwrap_or(usize::MAX);
            two_hosts::run(&mut r, role, &std::env::args().nth(3).unwrap_or_default(), max_len);
            // Then this host's sections over its own NIC: all of them by default.
            only = std::env::args().nth(4).filter(|a| a != "all");
            if only.as_deref() == Some("none") {
                r.finish();
            }
        }
        Some("device-gone") => {
            two_hosts::device_gone(&mut r);
            r.finish();
        }
        Some("stalled-sq") => {
            two_hosts::stalled_sq(&mut r);
            r.finish();
        }
        _ => {}
    }
    // Sections can be picked by name (to chase one failure); all by default.
    let run = |name: &str| only.as_deref().is_none_or(|o| o == name);
    if run("transfers") {
        transfers(&mut r);
    }
    if run("abuse") {
        abuse(&mut r);
    }
    if run("userlib") {
        userlib_checks::run(&mut r);
    }
    if run("processes") {
        processes(&mut r);
    }
    r.finish();
}
