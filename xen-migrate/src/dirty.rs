//! Dirty-page tracking without soft-dirty bits: userfaultfd write-protect in asynchronous
//! mode (Linux >= 6.7), read and re-armed with the `PAGEMAP_SCAN` ioctl of `/proc/PID/pagemap`.
//!
//! The guest process arms userfaultfd on its own RAM mapping ([`arm`]); from then on the
//! kernel marks each page written on its first write after a write-protect, without a fault
//! reaching anybody. The migration process scans the guest's mapping from outside
//! ([`Scanner::take`]): one ioctl returns the pages written since the previous scan and
//! write-protects them again, atomically.

use std::fs::File;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};

use super::error::{os_error, Error, Result};

/// `linux/userfaultfd.h` (values of Linux 6.7+, absent from older headers).
const UFFD_API: u64 = 0xAA;
const UFFD_FEATURE_WP_HUGETLBFS_SHMEM: u64 = 1 << 12;
const UFFD_FEATURE_WP_UNPOPULATED: u64 = 1 << 13;
const UFFD_FEATURE_WP_ASYNC: u64 = 1 << 15;
const UFFDIO_API: u64 = 0xc018_aa3f;
const UFFDIO_REGISTER: u64 = 0xc020_aa00;
const UFFDIO_WRITEPROTECT: u64 = 0xc018_aa06;
const UFFDIO_REGISTER_MODE_WP: u64 = 1 << 1;
const UFFDIO_WRITEPROTECT_MODE_WP: u64 = 1 << 0;
const UFFD_USER_MODE_ONLY: libc::c_int = 1;

/// `linux/fs.h`: `PAGEMAP_SCAN` = `_IOWR('f', 16, struct pm_scan_arg)`.
const PAGEMAP_SCAN: u64 = 0xc060_6610;
const PM_SCAN_WP_MATCHING: u64 = 1 << 0;
const PM_SCAN_CHECK_WPASYNC: u64 = 1 << 1;
const PAGE_IS_WRITTEN: u64 = 1 << 1;

#[repr(C)]
struct UffdioApi {
    api: u64,
    features: u64,
    ioctls: u64,
}

#[repr(C)]
struct UffdioRange {
    start: u64,
    len: u64,
}

#[repr(C)]
struct UffdioRegister {
    range: UffdioRange,
    mode: u64,
    ioctls: u64,
}

#[repr(C)]
struct UffdioWriteprotect {
    range: UffdioRange,
    mode: u64,
}

#[repr(C)]
#[derive(Default)]
struct PmScanArg {
    size: u64,
    flags: u64,
    start: u64,
    end: u64,
    walk_end: u64,
    vec: u64,
    vec_len: u64,
    max_pages: u64,
    category_inverted: u64,
    category_mask: u64,
    category_anyof_mask: u64,
    return_mask: u64,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct PageRegion {
    start: u64,
    end: u64,
    categories: u64,
}

/// Arms asynchronous write-protect tracking on `[addr, addr + len)` of this process. The
/// returned descriptor must stay open for as long as tracking is wanted.
pub fn arm(addr: *mut u8, len: usize) -> Result<OwnedFd> {
    // SAFETY: plain system calls; every argument struct is valid for its ioctl's size.
    unsafe {
        let fd = libc::syscall(libc::SYS_userfaultfd, libc::O_CLOEXEC | libc::O_NONBLOCK | UFFD_USER_MODE_ONLY);
        if fd < 0 {
            return Err(os_error(
                "userfaultfd (needs Linux >= 6.7 for asynchronous write-protect; vm.unprivileged_userfaultfd or root)",
            ));
        }
        let fd = OwnedFd::from_raw_fd(fd as i32);
        let mut api = UffdioApi {
            api: UFFD_API,
            features: UFFD_FEATURE_WP_ASYNC | UFFD_FEATURE_WP_UNPOPULATED | UFFD_FEATURE_WP_HUGETLBFS_SHMEM,
            ioctls: 0,
        };
        if libc::ioctl(fd.as_raw_fd(), UFFDIO_API as _, &mut api) < 0 {
            return Err(os_error("UFFDIO_API with asynchronous write-protect on shared memory (needs Linux >= 6.7)"));
        }
        let mut reg = UffdioRegister {
            range: UffdioRange { start: addr as u64, len: len as u64 },
            mode: UFFDIO_REGISTER_MODE_WP,
            ioctls: 0,
        };
        if libc::ioctl(fd.as_raw_fd(), UFFDIO_REGISTER as _, &mut reg) < 0 {
            return Err(os_error("UFFDIO_REGISTER (write-protect mode)"));
        }
        let mut wp = UffdioWriteprotect {
            range: UffdioRange { start: addr as u64, len: len as u64 },
            mode: UFFDIO_WRITEPROTECT_MODE_WP,
        };
        if libc::ioctl(fd.as_raw_fd(), UFFDIO_WRITEPROTECT as _, &mut wp) < 0 {
            return Err(os_error("UFFDIO_WRITEPROTECT"));
        }
        Ok(fd)
    }
}

/// Whether this kernel has userfaultfd at all. Some have none to offer: User-Mode Linux has
/// neither userfaultfd write-protect nor soft-dirty bits (both need architecture support that
/// `um` lacks). There, a process guest runs untracked and [`Scanner`] reports every page as
/// written in every round: each live round resends the whole guest until the stop policy
/// pauses it, which is slow but never misses a write.
pub fn kernel_has_userfaultfd() -> bool {
    // SAFETY: a plain system call; the descriptor, if any, is closed at once.
    let fd = unsafe { libc::syscall(libc::SYS_userfaultfd, libc::O_CLOEXEC | UFFD_USER_MODE_ONLY) };
    if fd >= 0 {
        // SAFETY: ours, just created.
        unsafe { libc::close(fd as i32) };
        return true;
    }
    // Any other error (no permission, say) is for `arm` to report.
    std::io::Error::last_os_error().raw_os_error() != Some(libc::ENOSYS)
}

/// Reads and re-arms the written-page state of a range of another (or this) process.
pub struct Scanner {
    pagemap: File,
    start: u64,
    end: u64,
    regions: Vec<PageRegion>,
    /// No userfaultfd in this kernel: every page counts as written ([`kernel_has_userfaultfd`]).
    untracked: bool,
}

impl Scanner {
    /// Scans `[start, end)` of process `pid`'s address space.
    pub fn new(pid: u32, start: u64, end: u64) -> Result<Scanner> {
        let path = format!("/proc/{pid}/pagemap");
        let pagemap = File::open(&path).map_err(|e| Error::new(format!("opening {path}: {e}")))?;
        let untracked = !kernel_has_userfaultfd();
        Ok(Scanner { pagemap, start, end, regions: vec![PageRegion::default(); 4096], untracked })
    }

    /// Calls `f(first_page, count)` for each run of pages written since the previous call
    /// (pages counted from `start`), and write-protects them again.
    pub fn take(&mut self, mut f: impl FnMut(u64, u64)) -> Result<()> {
        if self.untracked {
            f(0, (self.end - self.start) / 4096);
            return Ok(());
        }
        let mut at = self.start;
        while at < self.end {
            let mut arg = PmScanArg {
                size: std::mem::size_of::<PmScanArg>() as u64,
                flags: PM_SCAN_WP_MATCHING | PM_SCAN_CHECK_WPASYNC,
                start: at,
                end: self.end,
                vec: self.regions.as_mut_ptr() as u64,
                vec_len: self.regions.len() as u64,
                category_mask: PAGE_IS_WRITTEN,
                return_mask: PAGE_IS_WRITTEN,
                ..Default::default()
            };
            // SAFETY: `arg` and the region vector it points at are valid for the ioctl.
            let n = unsafe { libc::ioctl(self.pagemap.as_raw_fd(), PAGEMAP_SCAN as _, &mut arg) };
            if n < 0 {
                return Err(os_error("PAGEMAP_SCAN (needs Linux >= 6.7)"));
            }
            for r in &self.regions[..n as usize] {
                f((r.start - self.start) / 4096, (r.end - r.start) / 4096);
            }
            if arg.walk_end <= at {
                return Err(Error::new("PAGEMAP_SCAN made no progress".into()));
            }
            at = arg.walk_end;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn written_pages_are_reported_exactly_once() {
        let pages = 256usize;
        let len = pages * 4096;
        // SAFETY: a fresh memfd, sized and mapped shared like a process guest's RAM.
        let mem = unsafe {
            let name = std::ffi::CString::new("dirty-test").unwrap();
            let fd = libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC);
            assert!(fd >= 0);
            assert_eq!(libc::ftruncate(fd, len as libc::off_t), 0);
            let p = libc::mmap(std::ptr::null_mut(), len, libc::PROT_READ | libc::PROT_WRITE, libc::MAP_SHARED, fd, 0);
            assert_ne!(p, libc::MAP_FAILED);
            libc::close(fd);
            std::slice::from_raw_parts_mut(p as *mut u8, len)
        };
        // Half the pages populated before arming, half never touched.
        mem[..len / 2].fill(1);
        let _uffd = arm(mem.as_mut_ptr(), len).expect("userfaultfd asynchronous write-protect");
        let start = mem.as_ptr() as u64;
        let mut scan = Scanner::new(std::process::id(), start, start + len as u64).unwrap();
        let take = |scan: &mut Scanner| {
            let mut v = Vec::new();
            scan.take(|first, n| v.extend(first..first + n)).unwrap();
            v
        };
        assert_eq!(take(&mut scan), Vec::<u64>::new(), "nothing written since arming");
        for p in [3usize, 4, 100, 200, 255] {
            mem[p * 4096 + 17] = 9;
        }
        assert_eq!(take(&mut scan), vec![3, 4, 100, 200, 255]);
        assert_eq!(take(&mut scan), Vec::<u64>::new(), "a scan re-arms what it reports");
        mem[7 * 4096] = 1;
        mem[7 * 4096 + 4095] = 2;
        let _ = mem[9 * 4096]; // a read dirties nothing
        assert_eq!(take(&mut scan), vec![7]);
    }
}
