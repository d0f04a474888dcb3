//! uzura's userspace library: the paper's three calls (Table 4) as a safe API.
//!
//! - [`Device`]: an open uzura device. [`Device::register`] is `getreginfo`: it registers
//!   memory as a [`Region`] (released on drop) whose [`RegionInfo`] can be sent to the peer.
//! - [`Context`]: a communication context, connected to the peer's. [`Context::start`] is the
//!   asynchronous `rdmastart`, [`Context::write`] the synchronous one, [`Context::poll`] and
//!   [`Context::poll_incoming`] are `poll` with and without waiting.
//! - [`control`]: the TCP channel beside RDMA: region infos before a transfer, the completion
//!   notice after it, in a versioned message format.
//!
//! Backends, chosen at run time behind the [`Backend`] trait, each but the kernel's behind a
//! cargo feature:
//! - [`kernel`]: `/dev/uzuraN` through the ioctls of `uapi::abi` (always built);
//! - `sim` (features `model`, `gateware`): a simulated NIC pair under the driver core in
//!   simulated time, each NIC the reference model (`sim::pair`, feature `model`) or the
//!   gateware's Verilog under Verilator (`sim::gateware_pair`, feature `gateware`, which needs
//!   Verilator to build);
//! - `soft` (feature `soft`): the reference model and driver core on a real Ethernet interface
//!   through an AF_PACKET socket, so that hosts without the FPGA exchange real uzura frames.
//!
//! The default features are `model` and `soft`, both pure Rust.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, Instant};

pub use uzura_core::{PollResult, Stats};
pub use uzura_uapi::info::{ContextAddr, InfoError, RegionInfo, ACCESS_ALL, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
pub use uzura_uapi::regs::Counter;
pub use uzura_uapi::MacAddr;

pub mod control;
#[cfg(any(feature = "model", feature = "soft"))]
mod emulated;
pub mod kernel;
pub mod pagebuf;
#[cfg(feature = "model")]
pub mod sim;
#[cfg(feature = "soft")]
pub mod soft;

pub use pagebuf::PageBuf;

/// What went wrong, typed so that callers can react and say it plainly.
#[derive(Debug)]
pub enum Error {
    /// The device refused `op`; `err` carries the driver's reason and its errno.
    Driver { op: &'static str, err: uzura_core::Error },
    /// A system call failed.
    Io { what: String, err: std::io::Error },
    /// Bytes that should be a region info or context address are not one.
    BadInfo(InfoError),
    /// The control channel's peer sent something this side does not understand.
    Protocol(String),
    /// The control channel's peer closed the connection.
    PeerClosed,
    /// The peer reported an error and gave up.
    PeerAborted(String),
    /// No such device, or not usable here.
    NoDevice(String),
}

pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    pub(crate) fn io(what: impl Into<String>, err: std::io::Error) -> Error {
        Error::Io { what: what.into(), err }
    }
    // The kernel backend gets errnos, not driver errors: only the emulated backends map these.
    #[cfg(any(feature = "model", feature = "soft"))]
    pub(crate) fn driver(op: &'static str) -> impl FnOnce(uzura_core::Error) -> Error {
        move |err| Error::Driver { op, err }
    }
}

/// Words for the driver's errors, with the errno the kernel device returns for each.
fn driver_error_text(err: uzura_core::Error) -> &'static str {
    use uzura_core::Error as E;
    match err {
        E::Invalid => "invalid argument (EINVAL)",
        E::NoSpace => "region or context table full (ENOSPC)",
        E::NotFound => "no such region or context (ENOENT)",
        E::NotConnected => "context not connected (ENOTCONN)",
        E::Busy => "in use by a transfer in flight (EBUSY)",
        E::Permission => "not permitted: another owner's object or missing access (EPERM)",
        E::Range => "offset and size reach outside the region (ERANGE)",
        E::Overflow => "offset plus size overflows (EOVERFLOW)",
        E::Again => "queue full, try again (EAGAIN)",
        E::NoDevice => "no uzura NIC (ENODEV)",
        E::TimedOut => "the peer stopped acknowledging; the context failed (ETIMEDOUT)",
        E::Interrupted => "interrupted (EINTR)",
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Driver { op, err } => write!(f, "{op}: {}", driver_error_text(*err)),
            Error::Io { what, err } => write!(f, "{what}: {err}"),
            Error::BadInfo(e) => write!(f, "bad region info or context address: {e:?}"),
            Error::Protocol(m) => write!(f, "control channel: {m}"),
            Error::PeerClosed => write!(f, "control channel: the peer closed the connection"),
            Error::PeerAborted(m) => write!(f, "the peer aborted: {m}"),
            Error::NoDevice(m) => write!(f, "no device: {m}"),
        }
    }
}

impl std::error::Error for Error {}

impl From<InfoError> for Error {
    fn from(e: InfoError) -> Error {
        Error::BadInfo(e)
    }
}

/// One transfer's arguments: `len` bytes from offset `src_offset` of a local region to
/// `dst_offset` of the peer's region.
pub use uzura_core::StartArgs;

/// What a device offers: the driver's calls for one owner (one open file, in kernel terms).
/// Implemented by the kernel device, the simulated pair and the soft device.
pub trait Backend: Send + Sync {
    /// For messages: which device this is.
    fn describe(&self) -> String;
    fn ctx_open(&self) -> Result<ContextAddr>;
    fn ctx_connect(&self, cid: u16, peer: ContextAddr) -> Result<()>;
    fn ctx_close(&self, cid: u16) -> Result<()>;
    /// getreginfo of `[addr, addr + len)`; `xen_domain`: the range is a foreign mapping of that
    /// Xen domain's frames ([`RegionMemory::xen_domain`]). Backends that copy through the
    /// process's own mapping (the simulated and soft ones) ignore it.
    ///
    /// # Safety
    /// The memory must stay valid, and not be freed or remapped, until `release` of the
    /// returned info has been called (whatever it returns).
    unsafe fn register(&self, addr: *mut u8, len: usize, access: u8, xen_domain: Option<u16>) -> Result<RegionInfo>;
    /// Releases a region, waiting a while (see [`retry_busy`]) if the NIC still uses it. The
    /// device stops touching its memory even when this fails.
    fn release(&self, info: &RegionInfo) -> Result<()>;
    /// rdmastart; `wait`: return once the transfer is acknowledged. Returns its number on the
    /// context.
    fn rdmastart(&self, cid: u16, args: &StartArgs, wait: bool) -> Result<u32>;
    /// poll; `incoming`: about transfers arriving rather than those started here.
    fn poll(&self, cid: u16, incoming: bool, wait: bool) -> Result<PollResult>;
    /// The driver's counters, where the backend can see them.
    fn stats(&self) -> Option<Stats>;
    /// The NIC's counter `c` (registers.md §6.1), where the backend can read it.
    fn counter(&self, c: Counter) -> Option<u32>;
}

/// How long a release waits for the NIC to finish with a region before giving up: a region
/// is busy until every descriptor that reads it has been consumed, which may be a moment
/// after its transfer was acknowledged (a retransmission still queued).
pub const RELEASE_PATIENCE: Duration = Duration::from_secs(2);

/// Calls `attempt` until it succeeds, fails otherwise than busy, or [`RELEASE_PATIENCE`]
/// passes; `wait` in between.
pub fn retry_busy(mut attempt: impl FnMut() -> Result<()>, mut wait: impl FnMut()) -> Result<()> {
    let deadline = Instant::now() + RELEASE_PATIENCE;
    loop {
        match attempt() {
            Err(Error::Driver { err: uzura_core::Error::Busy, .. }) if Instant::now() < deadline => wait(),
            r => return r,
        }
    }
}

/// An open uzura device (cheap to clone: clones share the owner).
#[derive(Clone)]
pub struct Device {
    backend: Arc<dyn Backend>,
}

impl fmt::Debug for Device {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Device({})", self.backend.describe())
    }
}

impl Device {
    pub fn from_backend(backend: Arc<dyn Backend>) -> Device {
        Device { backend }
    }

    /// Opens a device by name: `kernel[:/dev/uzuraN]` or `soft:IFNAME[:mtu]`. (The simulated
    /// pair is made with `sim::pair`, both ends in one process.) `soft` needs the `soft` feature.
    pub fn open(spec: &str) -> Result<Device> {
        let (kind, rest) = spec.split_once(':').unwrap_or((spec, ""));
        let dev = match kind {
            "kernel" => kernel::KernelDevice::open(if rest.is_empty() { "/dev/uzura0" } else { rest })
                .map(|d| Device::from_backend(Arc::new(d))),
            #[cfg(feature = "soft")]
            "soft" => {
                let (ifname, mtu) = match rest.split_once(':') {
                    Some((i, m)) => {
                        (i, m.parse().map_err(|_| Error::NoDevice(format!("soft device MTU {m:?} is not a number")))?)
                    }
                    None => (rest, 1500),
                };
                if ifname.is_empty() {
                    return Err(Error::NoDevice("soft device needs an interface: soft:IFNAME".into()));
                }
                soft::SoftDevice::open(ifname, mtu).map(|d| d.handle())
            }
            #[cfg(not(feature = "soft"))]
            "soft" => Err(Error::NoDevice(
                "soft device: this userlib was built without its `soft` feature, which runs the NIC's reference model"
                    .into(),
            )),
            "sim" => Err(Error::NoDevice("the simulated pair lives inside one process: use `xen-migrate demo`".into())),
            _ => Err(Error::NoDevice(format!("unknown device {spec:?}: kernel[:/dev/uzuraN] or soft:IFNAME[:MTU]"))),
        }?;
        log::info!("opened {spec}: {}", dev.describe());
        Ok(dev)
    }

    pub fn describe(&self) -> String {
        self.backend.describe()
    }

    pub fn stats(&self) -> Option<Stats> {
        self.backend.stats()
    }

    /// The NIC's counter `c`: what it dropped and why, PAUSE frames received, frames sent.
    /// None where the backend cannot read the NIC's registers (the kernel device).
    pub fn counter(&self, c: Counter) -> Option<u32> {
        self.backend.counter(c)
    }

    /// Opens a communication context; connect it with [`Context::connect`].
    pub fn context(&self) -> Result<Context> {
        let local = self.backend.ctx_open()?;
        Ok(Context { dev: self.clone(), local, connected: false })
    }

    /// getreginfo: registers `mem` for `access` (`ACCESS_*` bits). The region owns the memory
    /// until it is released (on drop, or by [`Region::release`], which gives it back).
    pub fn register<M: RegionMemory>(&self, mut mem: M, access: u8) -> Result<Region<M>> {
        let (ptr, len) = (mem.as_mut_ptr(), mem.len());
        // SAFETY: the region owns `mem` (whose bytes do not move with it, by `RegionMemory`'s
        // contract) until after `release`.
        let info = unsafe { self.backend.register(ptr, len, access, mem.xen_domain())? };
        Ok(Region { dev: self.clone(), info, mem: Some(mem) })
    }
}

/// Memory that can be registered: its bytes stay at one address while the value is moved.
///
/// # Safety
/// `as_mut_ptr` must return the same pointer, valid for `len` bytes, for as long as the value
/// lives, wherever the value is moved.
pub unsafe trait RegionMemory: Send {
    fn as_mut_ptr(&mut self) -> *mut u8;
    fn len(&self) -> usize;
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// The Xen domain whose frames these bytes are, when they are a foreign mapping of them
    /// (privcmd, `xenforeignmemory_map`): the kernel device cannot pin such a mapping and holds
    /// the frames through Xen instead (`docs/kernel-module.md`). `None`: the process's own memory.
    fn xen_domain(&self) -> Option<u16> {
        None
    }
}

unsafe impl RegionMemory for Vec<u8> {
    fn as_mut_ptr(&mut self) -> *mut u8 {
        self.as_mut_slice().as_mut_ptr()
    }
    fn len(&self) -> usize {
        Vec::len(self)
    }
}

unsafe impl RegionMemory for Box<[u8]> {
    fn as_mut_ptr(&mut self) -> *mut u8 {
        <[u8]>::as_mut_ptr(self)
    }
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
}

unsafe impl RegionMemory for &mut [u8] {
    fn as_mut_ptr(&mut self) -> *mut u8 {
        <[u8]>::as_mut_ptr(self)
    }
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
}

/// Registered memory. Released when dropped; [`Region::release`] releases it and gives the
/// memory back (with the bytes the peer wrote).
pub struct Region<M: RegionMemory> {
    dev: Device,
    info: RegionInfo,
    mem: Option<M>,
}

impl<M: RegionMemory> Region<M> {
    /// What the peer needs to write here (send it with [`control::Message::RegionInfos`]).
    pub fn info(&self) -> RegionInfo {
        self.info
    }

    /// Releases the region and returns its memory. The device lets go of the memory even
    /// when the driver reports an error (a transfer still reading it, say).
    pub fn release(mut self) -> (M, Result<()>) {
        let r = self.dev.backend.release(&self.info);
        (self.mem.take().expect("memory present until released"), r)
    }
}

impl<M: RegionMemory> Drop for Region<M> {
    fn drop(&mut self) {
        if self.mem.is_some() {
            // Nothing to return it to: the backend has let go of the memory either way.
            if let Err(e) = self.dev.backend.release(&self.info) {
                log::warn!("releasing region {} on drop: {e}", self.info.index);
            }
        }
    }
}

/// A communication context (closed on drop).
pub struct Context {
    dev: Device,
    local: ContextAddr,
    connected: bool,
}

impl Context {
    /// This context's address, for the peer.
    pub fn addr(&self) -> ContextAddr {
        self.local
    }

    pub fn connect(&mut self, peer: ContextAddr) -> Result<()> {
        self.dev.backend.ctx_connect(self.local.ctx, peer)?;
        self.connected = true;
        Ok(())
    }

    fn args<M: RegionMemory>(
        src: &Region<M>,
        src_offset: u64,
        dst: &RegionInfo,
        dst_offset: u64,
        len: u64,
    ) -> StartArgs {
        StartArgs { src: src.info, src_offset, dst: *dst, dst_offset, len }
    }

    /// Asynchronous rdmastart: queues the transfer and returns its number on this context
    /// ([`Context::wait`] or [`Context::poll`] tell when it is done). `src` must stay
    /// registered and unchanged until then.
    pub fn start<M: RegionMemory>(
        &self,
        src: &Region<M>,
        src_offset: u64,
        dst: &RegionInfo,
        dst_offset: u64,
        len: u64,
    ) -> Result<u32> {
        self.dev.backend.rdmastart(self.local.ctx, &Self::args(src, src_offset, dst, dst_offset, len), false)
    }

    /// Synchronous rdmastart: returns once the peer acknowledged every byte.
    pub fn write<M: RegionMemory>(
        &self,
        src: &Region<M>,
        src_offset: u64,
        dst: &RegionInfo,
        dst_offset: u64,
        len: u64,
    ) -> Result<u32> {
        self.dev.backend.rdmastart(self.local.ctx, &Self::args(src, src_offset, dst, dst_offset, len), true)
    }

    /// poll of the transfers started here: `complete` when none is in flight.
    pub fn poll(&self, wait: bool) -> Result<PollResult> {
        self.dev.backend.poll(self.local.ctx, false, wait)
    }

    /// poll of incoming transfers: `complete` when one completed since the previous call.
    pub fn poll_incoming(&self, wait: bool) -> Result<PollResult> {
        self.dev.backend.poll(self.local.ctx, true, wait)
    }

    /// Waits until transfer `seq` (from [`Context::start`]) is acknowledged.
    pub fn wait(&self, seq: u32) -> Result<()> {
        if self.poll(false)?.count.wrapping_sub(seq) as i32 <= 0 {
            // Transfers complete in order: once none is in flight, `seq` is done.
            self.poll(true)?;
        }
        Ok(())
    }
}

impl Drop for Context {
    fn drop(&mut self) {
        // A context with transfers in flight refuses (EBUSY); its owner's release on close of
        // the device frees it then.
        if let Err(e) = self.dev.backend.ctx_close(self.local.ctx) {
            log::debug!("closing context {} on drop: {e}; it is freed when the device closes", self.local.ctx);
        }
    }
}
