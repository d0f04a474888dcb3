//! uzura's interfaces, defined once: the wire protocol (`wire`), the NIC's host interface
//! (`regs`, `ring`), the ioctl ABI (`abi`) and the values applications exchange (`info`).
//!
//! `docs/protocol.md` and `docs/registers.md` are the normative text; this crate is their
//! machine-readable form. It is `no_std`, allocates nothing and has no dependencies by default,
//! because the kernel module compiles it as one of its own modules. For that reason items in
//! this crate name each other with `super::` paths, never `crate::`.
#![no_std]
#![forbid(unsafe_code)]

pub mod abi;
pub mod info;
pub mod proto;
pub mod regs;
pub mod ring;
pub mod wire;

pub use info::{ContextAddr, RegionInfo};
pub use proto::Psn;
pub use wire::MacAddr;
