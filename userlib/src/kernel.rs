//! The kernel device `/dev/uzuraN`, through the ioctls of `uzura_uapi::abi`
//! (`docs/registers.md` §8). Each open file is one owner.

use std::fs::{File, OpenOptions};
use std::os::fd::AsRawFd;

use uzura_core::{PollResult, StartArgs, Stats};
use uzura_uapi::abi;
use uzura_uapi::info::{ContextAddr, RegionInfo};

use super::{Backend, Counter, Error, Result};

pub struct KernelDevice {
    file: File,
    path: String,
}

/// The driver error an errno stands for (the inverse of `uzura_core::Error::errno`).
pub fn error_from_errno(errno: i32) -> Option<uzura_core::Error> {
    use uzura_core::Error as E;
    [
        E::Invalid,
        E::NoSpace,
        E::NotFound,
        E::NotConnected,
        E::Busy,
        E::Permission,
        E::Range,
        E::Overflow,
        E::Again,
        E::NoDevice,
        E::TimedOut,
        E::Interrupted,
    ]
    .into_iter()
    .find(|e| e.errno() == errno)
}

impl KernelDevice {
    pub fn open(path: &str) -> Result<KernelDevice> {
        let file = OpenOptions::new().read(true).write(true).open(path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => {
                Error::NoDevice(format!("{path} does not exist: is the uzura kernel module loaded?"))
            }
            _ => Error::io(format!("opening {path}"), e),
        })?;
        Ok(KernelDevice { file, path: path.to_string() })
    }

    /// Issues ioctl `cmd` on `arg` once: a wait interrupted by a signal is `Interrupted`.
    fn ioctl_once<T>(&self, op: &'static str, cmd: u32, arg: &mut T) -> Result<()> {
        // SAFETY: `cmd` encodes `size_of::<T>()` (asserted by uapi), and `arg` is a valid,
        // exclusive `T` for the call.
        let r = unsafe { libc::ioctl(self.file.as_raw_fd(), cmd as _, arg as *mut T) };
        if r >= 0 {
            return Ok(());
        }
        let e = std::io::Error::last_os_error();
        Err(match error_from_errno(e.raw_os_error().unwrap_or(0)) {
            Some(err) => Error::Driver { op, err },
            None => Error::io(format!("{op} ioctl on {}", self.path), e),
        })
    }

    /// Issues ioctl `cmd` on `arg`, again when interrupted by a signal: for calls that have
    /// changed nothing when interrupted.
    fn ioctl<T>(&self, op: &'static str, cmd: u32, arg: &mut T) -> Result<()> {
        loop {
            match self.ioctl_once(op, cmd, arg) {
                Err(Error::Driver { err: uzura_core::Error::Interrupted, .. }) => continue,
                r => return r,
            }
        }
    }
}

impl Backend for KernelDevice {
    fn describe(&self) -> String {
        format!("kernel device {}", self.path)
    }

    fn ctx_open(&self) -> Result<ContextAddr> {
        let mut a = abi::CtxOpen::default();
        self.ioctl("context open", abi::IOC_CTX_OPEN, &mut a)?;
        Ok(ContextAddr::parse(&a.local)?)
    }

    fn ctx_connect(&self, cid: u16, peer: ContextAddr) -> Result<()> {
        let mut a = abi::CtxConnect { cid, peer: peer.to_bytes(), ..Default::default() };
        self.ioctl("context connect", abi::IOC_CTX_CONNECT, &mut a)
    }

    fn ctx_close(&self, cid: u16) -> Result<()> {
        let mut a = abi::CtxClose { cid, ..Default::default() };
        self.ioctl("context close", abi::IOC_CTX_CLOSE, &mut a)
    }

    unsafe fn register(&self, addr: *mut u8, len: usize, access: u8, xen_domain: Option<u16>) -> Result<RegionInfo> {
        let mut a = abi::GetRegInfo {
            addr: addr as u64,
            size: len as u64,
            access: access as u32,
            flags: xen_domain.map_or(0, abi::GetRegInfo::xen_foreign),
            ..Default::default()
        };
        self.ioctl("getreginfo", abi::IOC_GETREGINFO, &mut a)?;
        Ok(RegionInfo::parse(&a.info)?)
    }

    fn release(&self, info: &RegionInfo) -> Result<()> {
        // A region the kernel will not release stays registered and pinned until the file closes.
        super::retry_busy(
            || self.ioctl("region release", abi::IOC_REGION_RELEASE, &mut abi::RegionRelease { info: info.to_bytes() }),
            || std::thread::sleep(std::time::Duration::from_micros(50)),
        )
    }

    fn rdmastart(&self, cid: u16, args: &StartArgs, wait: bool) -> Result<u32> {
        let mut a = abi::RdmaStart {
            sinfo: args.src.to_bytes(),
            dinfo: args.dst.to_bytes(),
            soff: args.src_offset,
            doff: args.dst_offset,
            size: args.len,
            cid,
            flags: if wait { abi::START_WAIT } else { 0 },
            seq: 0,
        };
        match self.ioctl_once("rdmastart", abi::IOC_RDMASTART, &mut a) {
            // The wait was interrupted, but the transfer is queued (the module reports its seq
            // all the same): issuing it again would send it twice. Wait for it by poll instead.
            Err(Error::Driver { err: uzura_core::Error::Interrupted, .. }) => {
                self.poll(cid, false, true).map(|_| a.seq)
            }
            r => r.map(|()| a.seq),
        }
    }

    fn poll(&self, cid: u16, incoming: bool, wait: bool) -> Result<PollResult> {
        let flags = if wait { abi::POLL_WAIT } else { 0 } | if incoming { abi::POLL_RX } else { 0 };
        let mut a = abi::Poll { cid, flags, ..Default::default() };
        self.ioctl("poll", abi::IOC_POLL, &mut a)?;
        Ok(PollResult { complete: a.complete != 0, count: a.count })
    }

    fn stats(&self) -> Option<Stats> {
        None
    }

    /// The module has no call that reads the NIC's counters.
    fn counter(&self, _: Counter) -> Option<u32> {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errnos_map_back_to_driver_errors() {
        use uzura_core::Error as E;
        for e in [E::Invalid, E::Busy, E::TimedOut, E::Again, E::Range] {
            assert_eq!(error_from_errno(e.errno()), Some(e));
        }
        assert_eq!(error_from_errno(9999), None);
    }

    #[test]
    fn a_missing_device_says_so() {
        let e = KernelDevice::open("/dev/uzura-does-not-exist").err().expect("no such device");
        assert!(e.to_string().contains("kernel module"), "{e}");
    }
}
