//! Foreign regions in a Xen PV dom0 (`uzura-kmod-test xen CONFIG`). A domain is created paused
//! from CONFIG (it never runs, so its memory may be overwritten), a few of its frames mapped
//! with privcmd as xen-migrate maps them (`IOCTL_PRIVCMD_MMAPBATCH_V2`), registered, written and
//! read over the loopback device, every byte checked through privcmd mappings; then the errors
//! for what is not such a mapping; then a killed process's region, which must hold the frames
//! of the destroyed domain until the process is gone, and nothing after.

use std::process::Command;
use std::time::{Duration, Instant};

use uzura_uapi::abi::{self, GetRegInfo};
use uzura_uapi::info::{ACCESS_ALL, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};

use super::{errno, in_child, module_pins, pattern, proc_uzura, reap, Buf, Dev, Errno, Report, PAGE};

/// `IOCTL_PRIVCMD_MMAPBATCH_V2` (include/uapi/xen/privcmd.h):
/// `_IOC(_IOC_NONE, 'P', 4, sizeof(struct privcmd_mmapbatch_v2))`.
const IOCTL_PRIVCMD_MMAPBATCH_V2: u32 = ((size_of::<MmapBatchV2>() as u32) << 16) | ((b'P' as u32) << 8) | 4;

/// `struct privcmd_mmapbatch_v2`.
#[repr(C)]
struct MmapBatchV2 {
    num: u32,
    dom: u16,
    addr: u64,
    arr: *const u64,
    err: *mut i32,
}
const _: () = assert!(size_of::<MmapBatchV2>() == 32);

/// The domain's frames the checks use (RAM of any PVH guest: above 1 MiB), and one it has not.
const GFNS: [u64; 4] = [0x100, 0x101, 0x102, 0x103];
const NO_GFN: u64 = 0x30_0000;
/// A domain id no domain has (below Xen's reserved ones).
const NO_DOMAIN: u16 = 0x7fe0;

/// Frames of a domain mapped into this process by privcmd, unmapped on drop.
struct Foreign {
    fd: i32,
    ptr: *mut u8,
    len: usize,
}

impl Foreign {
    /// Maps `gfns` of `domid` (writable if `writable`); returns Xen's error for each frame too.
    fn map(domid: u16, gfns: &[u64], writable: bool) -> (Foreign, Vec<i32>) {
        // SAFETY: a valid C string.
        let fd = unsafe { libc::open(c"/dev/xen/privcmd".as_ptr(), libc::O_RDWR | libc::O_CLOEXEC) };
        assert!(fd >= 0, "cannot open /dev/xen/privcmd: errno {}", errno());
        let len = gfns.len() * PAGE;
        let prot = libc::PROT_READ | if writable { libc::PROT_WRITE } else { 0 };
        // SAFETY: a fresh mapping of privcmd, which privcmd fills below.
        let ptr = unsafe { libc::mmap(std::ptr::null_mut(), len, prot, libc::MAP_SHARED, fd, 0) };
        assert_ne!(ptr, libc::MAP_FAILED, "mmap of privcmd: errno {}", errno());
        let mut errs = vec![0i32; gfns.len()];
        let mut batch = MmapBatchV2 {
            num: gfns.len() as u32,
            dom: domid,
            addr: ptr as u64,
            arr: gfns.as_ptr(),
            err: errs.as_mut_ptr(),
        };
        // SAFETY: `batch` names our mapping and arrays of `num` entries. It fails (ENOENT) when
        // a frame fails, and `errs` says which.
        unsafe { libc::ioctl(fd, IOCTL_PRIVCMD_MMAPBATCH_V2 as _, &mut batch) };
        (Foreign { fd, ptr: ptr.cast(), len }, errs)
    }

    fn addr(&self, off: usize) -> u64 {
        self.ptr as u64 + off as u64
    }

    /// The first `len` bytes: only frames Xen mapped may be touched.
    fn bytes(&mut self, len: usize) -> &mut [u8] {
        assert!(len <= self.len);
        // SAFETY: our mapping; the caller keeps to the frames that are mapped.
        unsafe { std::slice::from_raw_parts_mut(self.ptr, len) }
    }
}

impl Drop for Foreign {
    fn drop(&mut self) {
        // SAFETY: our mapping and descriptor.
        unsafe {
            libc::munmap(self.ptr.cast(), self.len);
            libc::close(self.fd);
        }
    }
}

/// Runs `xl ARGS` (bounded, in case Xen or the tools hang): its output, or why it failed.
fn xl(args: &[&str]) -> Result<String, String> {
    let out = Command::new("timeout").arg("120").arg("xl").args(args).output().map_err(|e| format!("xl: {e}"))?;
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(format!("xl {}: {} {}", args.join(" "), out.status, String::from_utf8_lossy(&out.stderr).trim()))
    }
}

/// Whether Xen still has domain `domid` (dying ones included).
fn domain_exists(domid: u16) -> bool {
    xl(&["list", &domid.to_string()]).is_ok()
}

fn foreign_frames() -> i64 {
    proc_uzura("foreign_frames")
}

/// The `name = "..."` of an xl configuration.
fn config_name(config: &str) -> Option<String> {
    let text = std::fs::read_to_string(config).ok()?;
    text.lines().find_map(|l| {
        let (key, value) = l.split_once('=')?;
        (key.trim() == "name").then(|| value.trim().trim_matches('"').to_string())
    })
}

/// How long a destroyed domain with nothing held by us may take to go, and how long one whose
/// frames a region holds must stay.
const DESTROY_WAIT: Duration = Duration::from_secs(5);

/// Waits up to `wait` for domain `domid` to be gone completely.
fn gone_within(domid: u16, wait: Duration) -> bool {
    let deadline = Instant::now() + wait;
    while domain_exists(domid) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(250));
    }
    !domain_exists(domid)
}

/// Creates the domain of `config`, paused; its id.
fn create(r: &mut Report, config: &str, name: &str) -> Option<u16> {
    let created = xl(&["create", "-p", config]);
    r.check("xen: a domain created paused", created.is_ok(), format!("{created:?}"));
    let domid = xl(&["domid", name]).map(|s| s.trim().parse::<u16>());
    r.check("xen: ... it has an id", matches!(domid, Ok(Ok(_))), format!("{domid:?}"));
    domid.ok()?.ok()
}

pub fn run(r: &mut Report, config: &str) {
    let Some(name) = config_name(config) else {
        return r.check("xen: the configuration names its domain", false, config);
    };
    // The control for the last check: with nothing held, a destroyed domain goes at once.
    let Some(domid) = create(r, config, &name) else { return };
    let destroyed = xl(&["destroy", &name]);
    let gone = destroyed.is_ok() && gone_within(domid, DESTROY_WAIT);
    r.check("xen: with nothing held, a destroyed domain is gone at once (the control)", gone, format!("{destroyed:?}"));
    let Some(domid) = create(r, config, &name) else { return };
    refusals(r, domid);
    transfers(r, domid);
    cost(r, domid);
    held_by_killed_process(r, domid, &name);
}

/// What a foreign registration costs beside pinning: getreginfo and release of 8 MiB, timed.
fn cost(r: &mut Report, domid: u16) {
    const FRAMES: u64 = 2048;
    let dev = Dev::open();
    // 16 to 24 MiB of the guest: RAM of any guest of 32 MiB or more.
    let gfns: Vec<u64> = (0x1000..0x1000 + FRAMES).collect();
    let (fm, errs) = Foreign::map(domid, &gfns, true);
    let n = FRAMES * PAGE as u64;
    let anon = Buf::rw(n as usize);
    let timed = |addr, flags| {
        let t0 = Instant::now();
        let info = dev.reg_flags(addr, n, ACCESS_ALL, flags)?;
        let registered = t0.elapsed();
        dev.release(info)?;
        Ok::<_, Errno>((registered, t0.elapsed() - registered))
    };
    let foreign = timed(fm.addr(0), GetRegInfo::xen_foreign(domid));
    let pinned = timed(anon.addr(0), 0);
    r.check(
        "xen: 2048 foreign frames and 2048 pinned pages registered and released",
        errs.iter().all(|&e| e == 0) && foreign.is_ok() && pinned.is_ok(),
        format!("{foreign:?} {pinned:?}"),
    );
    if let (Ok((fr, ff)), Ok((pr, pf))) = (foreign, pinned) {
        println!(
            "xen: cost of 8 MiB: foreign getreginfo {} us, release {} us; pinned getreginfo {} us, release {} us",
            fr.as_micros(),
            ff.as_micros(),
            pr.as_micros(),
            pf.as_micros()
        );
    }
}

/// What is not a foreign mapping of the domain named, each with its errno, and nothing held.
fn refusals(r: &mut Report, domid: u16) {
    let dev = Dev::open();
    let (fm, errs) = Foreign::map(domid, &[GFNS[0], GFNS[1], GFNS[2], GFNS[3], NO_GFN], true);
    let want = errs[..4] == [0; 4] && errs[4] != 0;
    r.check("xen: privcmd maps 4 frames of the domain and not one it lacks", want, format!("{errs:?}"));
    let foreign = GetRegInfo::xen_foreign(domid);
    let n = (GFNS.len() * PAGE) as u64;
    let refused = |name: &str, r: &mut Report, res: Result<[u8; 32], Errno>, want: Errno| {
        if let Ok(info) = res {
            let _ = dev.release(info);
        }
        r.errno(name, res, want);
    };
    let pinned = dev.reg(fm.addr(0), n, ACCESS_ALL);
    refused("xen: a foreign mapping without the flag (pin_user_pages refuses it)", r, pinned, libc::EFAULT);
    let anon = Buf::rw(n as usize);
    let res = dev.reg_flags(anon.addr(0), n, ACCESS_ALL, foreign);
    refused("xen: anonymous memory as a foreign region", r, res, libc::EFAULT);
    let res = dev.reg_flags(fm.addr(0), n + PAGE as u64, ACCESS_ALL, foreign);
    refused("xen: a foreign region with a page privcmd could not map", r, res, libc::EFAULT);
    let res = dev.reg_flags(fm.addr(PAGE), n + PAGE as u64, ACCESS_ALL, foreign);
    refused("xen: a foreign region running past its mapping", r, res, libc::EFAULT);
    let res = dev.reg_flags(fm.addr(0), n, ACCESS_ALL, GetRegInfo::xen_foreign(0));
    refused("xen: a foreign region naming dom0, not the frames' domain", r, res, libc::EPERM);
    let res = dev.reg_flags(fm.addr(0), n, ACCESS_ALL, GetRegInfo::xen_foreign(NO_DOMAIN));
    refused("xen: a foreign region naming a domain that does not exist", r, res, libc::EPERM);
    let (ro, _) = Foreign::map(domid, &GFNS, false);
    let res = dev.reg_flags(ro.addr(0), n, ACCESS_REMOTE_WRITE, foreign);
    refused("xen: a read-only foreign mapping for REMOTE_WRITE", r, res, libc::EFAULT);
    let res = dev.reg_flags(ro.addr(0), n, ACCESS_LOCAL_READ, foreign);
    r.check("xen: a read-only foreign mapping for LOCAL_READ", res.is_ok(), format!("{res:?}"));
    let released = res.map(|info| dev.release(info));
    r.check("xen: ... released", released == Ok(Ok(())), format!("{released:?}"));
    r.check("xen: nothing held after the refusals", foreign_frames() == 0, format!("{} held", foreign_frames()));
}

/// An RDMA write from a plain buffer into 4 of the domain's frames and one back, both checked
/// through privcmd mappings (the registered one and an independent one).
fn transfers(r: &mut Report, domid: u16) {
    let dev = Dev::open();
    let (tx, _) = dev.pair();
    let (mut fm, errs) = Foreign::map(domid, &GFNS, true);
    let (mut other, other_errs) = Foreign::map(domid, &GFNS, false);
    r.check(
        "xen: two privcmd mappings of 4 frames",
        errs == [0; 4] && other_errs == [0; 4],
        format!("{errs:?} {other_errs:?}"),
    );
    let n = GFNS.len() * PAGE;
    // Unaligned, as the registered ranges of the other checks.
    let (at, len) = (100, n - 200);
    fm.bytes(n).fill(0xEE);
    let info = dev.reg_flags(fm.addr(at), len as u64, ACCESS_ALL, GetRegInfo::xen_foreign(domid));
    r.check("xen: getreginfo of 4 of the domain's frames, unaligned", info.is_ok(), format!("{info:?}"));
    let Ok(finfo) = info else { return };
    let (held, pins) = (foreign_frames(), module_pins());
    r.check(
        "xen: /proc/uzura: 4 foreign frames held, no page pinned",
        held == 4 && pins == 0,
        format!("{held} held, {pins} pinned"),
    );

    let data = pattern(21, len);
    let mut src = Buf::rw(len);
    src.bytes().copy_from_slice(&data);
    let sinfo = dev.reg(src.addr(0), len as u64, ACCESS_LOCAL_READ).expect("register the source");
    let sent = dev.start(sinfo, 0, finfo, 0, len as u64, tx, abi::START_WAIT);
    let got = fm.bytes(n);
    let intact = got[..at].iter().chain(&got[at + len..]).all(|&b| b == 0xEE);
    r.check(
        "xen: rdmastart into the foreign region: every byte in the domain's frames, none around",
        sent.is_ok() && got[at..at + len] == data[..] && intact,
        format!("{sent:?}, intact around: {intact}"),
    );
    r.check(
        "xen: ... the same bytes through another privcmd mapping",
        other.bytes(n)[at..at + len] == data[..],
        "differ",
    );

    let back = pattern(22, len);
    fm.bytes(n)[at..at + len].copy_from_slice(&back);
    let mut dst = Buf::rw(len);
    let dinfo = dev.reg(dst.addr(0), len as u64, ACCESS_REMOTE_WRITE).expect("register the destination");
    let sent = dev.start(finfo, 0, dinfo, 0, len as u64, tx, abi::START_WAIT);
    r.check(
        "xen: rdmastart from the foreign region: the domain's bytes arrived",
        sent.is_ok() && dst.bytes()[..] == back[..],
        format!("{sent:?}"),
    );
    let released = [dev.release(finfo), dev.release(sinfo), dev.release(dinfo)];
    r.check("xen: the regions are released", released.iter().all(|x| x.is_ok()), format!("{released:?}"));
    r.check("xen: released: no foreign frame held", foreign_frames() == 0, format!("{} held", foreign_frames()));
}

/// A process registers frames, unmaps them and is killed while the domain is destroyed: the
/// region holds the frames (the domain lingers, dying) until the process is gone, then nothing
/// is left and the domain goes completely.
fn held_by_killed_process(r: &mut Report, domid: u16, name: &str) {
    let mut fds = [0; 2];
    // SAFETY: a fresh pipe.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    let child = in_child(move || {
        let dev = Dev::open();
        let (fm, errs) = Foreign::map(domid, &GFNS, true);
        let n = (GFNS.len() * PAGE) as u64;
        let ok = errs == [0; 4] && dev.reg_flags(fm.addr(0), n, ACCESS_ALL, GetRegInfo::xen_foreign(domid)).is_ok();
        // The process's own mapping goes; the region's must hold the frames on its own.
        drop(fm);
        // SAFETY: one byte to the parent, then wait to be killed.
        unsafe {
            libc::write(fds[1], [ok as u8].as_ptr().cast(), 1);
            loop {
                libc::pause();
            }
        }
    });
    let mut ok = [0u8];
    // SAFETY: one byte from the child.
    let got = unsafe { libc::read(fds[0], ok.as_mut_ptr().cast(), 1) };
    r.check("xen: a child registered 4 of the domain's frames and unmapped them", got == 1 && ok[0] == 1, "failed");
    r.check("xen: ... its region holds the 4 frames", foreign_frames() == 4, format!("{} held", foreign_frames()));
    let destroyed = xl(&["destroy", name]);
    r.check("xen: xl destroy of the domain", destroyed.is_ok(), format!("{destroyed:?}"));
    let gone = gone_within(domid, DESTROY_WAIT);
    r.check("xen: ... it lingers, dying, while the region holds its frames", !gone, "gone already");
    // SAFETY: our child.
    unsafe { libc::kill(child, libc::SIGKILL) };
    let status = reap(child);
    r.check("xen: the child was killed", libc::WIFSIGNALED(status), format!("status {status}"));
    r.check("xen: ... its region went with it", foreign_frames() == 0, format!("{} held", foreign_frames()));
    let gone = gone_within(domid, Duration::from_secs(60));
    r.check("xen: ... and the domain is gone completely (xl list no longer shows it)", gone, "still there");
    // SAFETY: our descriptors.
    unsafe {
        libc::close(fds[0]);
        libc::close(fds[1]);
    }
}
