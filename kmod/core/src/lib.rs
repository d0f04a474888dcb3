//! uzura's driver core: contexts, regions, rdmastart and poll, ACK/NACK generation from the
//! NIC's arrival state, retransmission on NACK and on timeout, completion.
//!
//! It is plain `no_std` Rust without allocation so that the same code runs in userspace over
//! the simulated NICs and inside the kernel module, which compiles these files as one of its
//! own modules. Hence two conventions: items here name each other with `super::` paths, never
//! `crate::`, and uapi is reached only through the `uapi` name bound below.
//!
//! The core never blocks and never allocates: the OS layer owns memory (one coherent DMA area
//! for rings and buffers, one page list per region), locking and waiting. It reaches the NIC
//! through the small [`Device`] trait.
#![no_std]
#![forbid(unsafe_code)]

#[cfg(not(uzura_kmod))]
use uzura_uapi as uapi;
// In the kernel module, uapi is a sibling module of this one.
#[cfg(uzura_kmod)]
use super::uapi;

mod context;
mod driver;
mod region;

pub use driver::{Config, DmaLayout, Driver, PollResult, StartArgs, Stats};
pub use region::RegionSpec;

/// What the driver core needs from its NIC and host: the NIC's BAR0 registers, the coherent
/// host memory it shares with the NIC, a clock and a source of randomness. Implemented by the
/// kernel module over real hardware or its loopback device, and by `uzura-sim` over the
/// reference model or the Verilator model.
pub trait Device {
    fn read_reg(&mut self, offset: u32) -> u32;
    fn write_reg(&mut self, offset: u32, value: u32);
    /// Read coherent host memory (rings, buffers) by bus address.
    fn mem_read(&mut self, bus_addr: u64, buf: &mut [u8]);
    fn mem_write(&mut self, bus_addr: u64, data: &[u8]);
    /// Orders coherent-memory reads: none after it is satisfied before one before it (the
    /// kernel's `dma_rmb`). The default is the CPU's acquire fence, which is enough where
    /// coherent memory is ordinary cacheable memory (x86, and every simulation here).
    fn read_barrier(&mut self) {
        core::sync::atomic::fence(core::sync::atomic::Ordering::Acquire);
    }
    /// Monotonic time in nanoseconds.
    fn now_ns(&mut self) -> u64;
    /// Unpredictable 64 bits (region keys, connection tags).
    fn random_u64(&mut self) -> u64;
}

/// Who owns a region or context (the kernel uses one per open file): operations on a
/// region or context of another owner fail with [`Error::Permission`], and the owner is the
/// protection domain the NIC checks on every WRITE.
pub type Owner = u16;

/// Errors, each with the errno the kernel module returns for it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// A malformed argument: zero size, reserved bits set, a bad region info.
    Invalid,
    /// The region or context table is full.
    NoSpace,
    /// No such region or context (never existed, or released).
    NotFound,
    /// The context is not connected to a peer.
    NotConnected,
    /// In use: a region read by a transfer in flight, a context with transfers in flight.
    Busy,
    /// The region or context belongs to another owner, or lacks the access asked for.
    Permission,
    /// Offset and size reach outside the region.
    Range,
    /// Offset plus size overflows.
    Overflow,
    /// Try again later: the context's transfer queue is full, or the only free context or
    /// region slots are still named by descriptors the NIC has not consumed yet.
    Again,
    /// The NIC is absent or not an uzura NIC of a version this driver knows.
    NoDevice,
    /// The peer stopped acknowledging: the context failed and must be closed.
    TimedOut,
    /// A wait was interrupted (by a signal, in the kernel).
    Interrupted,
}

impl Error {
    /// The Linux errno (positive) for this error.
    pub const fn errno(self) -> i32 {
        match self {
            Error::Invalid => 22,       // EINVAL
            Error::NoSpace => 28,       // ENOSPC
            Error::NotFound => 2,       // ENOENT
            Error::NotConnected => 107, // ENOTCONN
            Error::Busy => 16,          // EBUSY
            Error::Permission => 1,     // EPERM
            Error::Range => 34,         // ERANGE
            Error::Overflow => 75,      // EOVERFLOW
            Error::Again => 11,         // EAGAIN
            Error::NoDevice => 19,      // ENODEV
            Error::TimedOut => 110,     // ETIMEDOUT
            Error::Interrupted => 4,    // EINTR
        }
    }
}

pub type Result<T> = core::result::Result<T, Error>;
