//! The ioctl ABI of `/dev/uzuraN` (`docs/registers.md` §8 describes the semantics). Argument
//! structs are `#[repr(C)]`, native-endian, with explicit padding that must be zero; their sizes
//! are asserted at compile time and `uapi/include/uzura.h` mirrors them (a test keeps the two
//! identical). Region infos and context addresses travel as their portable byte forms
//! (`info::RegionInfo::to_bytes`, `info::ContextAddr::to_bytes`).

use core::mem::size_of;

/// ioctl "type" byte of uzura (`Documentation/userspace-api/ioctl/ioctl-number.rst` lists no
/// user of 0xB5).
pub const IOC_MAGIC: u8 = 0xB5;

const IOC_NRBITS: u32 = 8;
const IOC_TYPEBITS: u32 = 8;
const IOC_SIZEBITS: u32 = 14;
const IOC_NRSHIFT: u32 = 0;
const IOC_TYPESHIFT: u32 = IOC_NRSHIFT + IOC_NRBITS;
const IOC_SIZESHIFT: u32 = IOC_TYPESHIFT + IOC_TYPEBITS;
const IOC_DIRSHIFT: u32 = IOC_SIZESHIFT + IOC_SIZEBITS;
const IOC_WRITE: u32 = 1;
const IOC_READ: u32 = 2;

/// Linux's `_IOWR(type, nr, size)` (asm-generic encoding, used by x86 and arm64).
pub const fn iowr(ty: u8, nr: u8, size: usize) -> u32 {
    assert!(size < 1 << IOC_SIZESHIFT);
    ((IOC_READ | IOC_WRITE) << IOC_DIRSHIFT)
        | ((size as u32) << IOC_SIZESHIFT)
        | ((ty as u32) << IOC_TYPESHIFT)
        | ((nr as u32) << IOC_NRSHIFT)
}

/// The size field of an ioctl number.
pub const fn ioc_size(cmd: u32) -> usize {
    ((cmd >> IOC_SIZESHIFT) & ((1 << IOC_SIZEBITS) - 1)) as usize
}

macro_rules! abi_struct {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* pub $f:ident : $t:ty,)* } = $size:expr;) => {
        $(#[$m])*
        #[repr(C)]
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
        #[cfg_attr(feature = "zerocopy", derive(zerocopy::FromBytes, zerocopy::IntoBytes, zerocopy::Immutable, zerocopy::KnownLayout))]
        pub struct $name { $($(#[$fm])* pub $f: $t,)* }
        const _: () = assert!(size_of::<$name>() == $size);
    };
}

abi_struct! {
    /// Open a context. Out: its address, to be sent to the peer.
    pub struct CtxOpen {
        /// `ContextAddr` bytes (out).
        pub local: [u8; 12],
        pub reserved: u32,
    } = 16;
}

abi_struct! {
    /// Bind context `cid` to the peer's context address. A context sends and accepts WRITEs
    /// only once connected, and only to and from that peer.
    pub struct CtxConnect {
        pub cid: u16,
        pub reserved: u16,
        /// `ContextAddr` bytes of the peer (in).
        pub peer: [u8; 12],
    } = 16;
}

abi_struct! {
    /// Close context `cid`; fails with EBUSY while a transfer on it is in flight.
    pub struct CtxClose {
        pub cid: u16,
        pub reserved: [u16; 3],
    } = 8;
}

abi_struct! {
    /// getreginfo (`access`: `info::ACCESS_*` bits): pin `[addr, addr + size)` of the caller, register it in the region table
    /// with a fresh random key. Out: the `RegionInfo` bytes. `flags`: 0, or [`GetRegInfo::xen_foreign`]
    /// for a range the caller mapped from a Xen domain with privcmd (held through Xen, not pinned).
    pub struct GetRegInfo {
        pub addr: u64,
        pub size: u64,
        pub access: u32,
        pub flags: u32,
        pub info: [u8; 32],
    } = 56;
}

/// `GetRegInfo::flags`: the range is a foreign mapping (privcmd) of the Xen domain whose id is in
/// the low 16 bits ([`REG_DOMID_MASK`]).
pub const REG_XEN_FOREIGN: u32 = 0x0001_0000;
/// `GetRegInfo::flags`: the domain id of a [`REG_XEN_FOREIGN`] range.
pub const REG_DOMID_MASK: u32 = 0x0000_ffff;
/// Xen's first reserved domain id (`DOMID_FIRST_RESERVED`): no guest has this id or a higher one.
pub const XEN_DOMID_FIRST_RESERVED: u16 = 0x7ff0;

/// Whose memory a getreginfo range is (`GetRegInfo::flags`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RegMemory {
    /// The caller's own memory, pinned.
    Own,
    /// A foreign mapping (privcmd) of this Xen domain's frames, held through Xen.
    XenForeign(u16),
}

impl GetRegInfo {
    /// `flags` for a foreign mapping of Xen domain `domid`.
    pub const fn xen_foreign(domid: u16) -> u32 {
        REG_XEN_FOREIGN | domid as u32
    }

    /// What `flags` says; `None` for unknown bits, a domain id without [`REG_XEN_FOREIGN`], or
    /// a reserved domain id.
    pub const fn memory(&self) -> Option<RegMemory> {
        if self.flags == 0 {
            return Some(RegMemory::Own);
        }
        let domid = (self.flags & REG_DOMID_MASK) as u16;
        if self.flags & !(REG_XEN_FOREIGN | REG_DOMID_MASK) != 0
            || self.flags & REG_XEN_FOREIGN == 0
            || domid >= XEN_DOMID_FIRST_RESERVED
        {
            return None;
        }
        Some(RegMemory::XenForeign(domid))
    }
}

abi_struct! {
    /// Release a region given by its info: unpin it and invalidate its key. EBUSY while a
    /// transfer of this file reads it.
    pub struct RegionRelease {
        pub info: [u8; 32],
    } = 32;
}

/// `RdmaStart::flags`: block until the transfer is acknowledged (interruptible).
pub const START_WAIT: u16 = 0x0001;

abi_struct! {
    /// rdmastart: send `size` bytes from local region `sinfo` at `soff` to the peer's region
    /// `dinfo` at `doff` on context `cid`. Out: `seq`, the transfer's number on that context
    /// (transfers on a context complete in order).
    pub struct RdmaStart {
        pub sinfo: [u8; 32],
        pub dinfo: [u8; 32],
        pub soff: u64,
        pub doff: u64,
        pub size: u64,
        pub cid: u16,
        pub flags: u16,
        pub seq: u32,
    } = 96;
}

/// `Poll::flags`: block until complete (interruptible).
pub const POLL_WAIT: u16 = 0x0001;
/// `Poll::flags`: ask about incoming transfers instead of those this side started.
pub const POLL_RX: u16 = 0x0002;

abi_struct! {
    /// poll: without `POLL_RX`, `complete` = 1 when every transfer started on `cid` has been
    /// acknowledged; `count` = transfers completed so far (transfer `seq` is done when
    /// `count > seq`, wrapping). With `POLL_RX`, `complete` = 1 when an incoming transfer has
    /// completed since the previous `POLL_RX` call, which consumes it; `count` = incoming
    /// transfers completed so far.
    pub struct Poll {
        pub cid: u16,
        pub flags: u16,
        pub complete: u32,
        pub count: u32,
        pub reserved: u32,
    } = 16;
}

pub const IOC_CTX_OPEN: u32 = iowr(IOC_MAGIC, 0x01, size_of::<CtxOpen>());
pub const IOC_CTX_CONNECT: u32 = iowr(IOC_MAGIC, 0x02, size_of::<CtxConnect>());
pub const IOC_CTX_CLOSE: u32 = iowr(IOC_MAGIC, 0x03, size_of::<CtxClose>());
pub const IOC_GETREGINFO: u32 = iowr(IOC_MAGIC, 0x04, size_of::<GetRegInfo>());
pub const IOC_REGION_RELEASE: u32 = iowr(IOC_MAGIC, 0x05, size_of::<RegionRelease>());
pub const IOC_RDMASTART: u32 = iowr(IOC_MAGIC, 0x06, size_of::<RdmaStart>());
pub const IOC_POLL: u32 = iowr(IOC_MAGIC, 0x07, size_of::<Poll>());

/// Every ioctl, with its name as in `uzura.h`, for tools and tests.
pub const IOCTLS: [(&str, u32); 7] = [
    ("UZURA_IOC_CTX_OPEN", IOC_CTX_OPEN),
    ("UZURA_IOC_CTX_CONNECT", IOC_CTX_CONNECT),
    ("UZURA_IOC_CTX_CLOSE", IOC_CTX_CLOSE),
    ("UZURA_IOC_GETREGINFO", IOC_GETREGINFO),
    ("UZURA_IOC_REGION_RELEASE", IOC_REGION_RELEASE),
    ("UZURA_IOC_RDMASTART", IOC_RDMASTART),
    ("UZURA_IOC_POLL", IOC_POLL),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iowr_matches_linux_encoding() {
        // _IOWR('T', 1, 8) as computed by Linux's asm-generic/ioctl.h.
        assert_eq!(iowr(b'T', 1, 8), 0xC008_5401);
        assert_eq!(ioc_size(IOC_RDMASTART), 96);
        assert_eq!(IOC_POLL & 0xff, 7);
    }

    #[test]
    fn getreginfo_flags() {
        let with = |flags| GetRegInfo { flags, ..Default::default() }.memory();
        assert_eq!(with(0), Some(RegMemory::Own));
        assert_eq!(with(GetRegInfo::xen_foreign(0)), Some(RegMemory::XenForeign(0)));
        assert_eq!(with(GetRegInfo::xen_foreign(7)), Some(RegMemory::XenForeign(7)));
        assert_eq!(with(1), None);
        assert_eq!(with(GetRegInfo::xen_foreign(7) | 1 << 20), None);
        assert_eq!(with(GetRegInfo::xen_foreign(XEN_DOMID_FIRST_RESERVED)), None);
    }
}
