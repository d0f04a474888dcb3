// SPDX-License-Identifier: GPL-2.0
//! Which of the module's own types are plain data, for the kernel crate's unsafe marker traits:
//! `Zeroable` (built in place from zeroed memory) and `FromBytes`/`AsBytes` (copied from and to
//! user memory).
//!
//! Not a stand-in: the types live in crates shared with userspace (uapi, the driver core,
//! refnic), which cannot depend on the kernel crate or derive its traits, so the claims are made
//! here, next to the module's other `unsafe`. A field added to one of these types must keep the
//! claim true; the comments say what it rests on.

use kernel::init::Zeroable;
use kernel::types::{AsBytes, FromBytes};

use crate::uapi::abi;
use crate::uzura_core::Driver;
use crate::uzura_refnic::loopback::Loopback;

// SAFETY: every field of `Driver` is an integer, a bool, an array of them, a fieldless enum whose
// first (default) variant is discriminant 0, or an `Option<u64>` (zero is `None`, checked
// below): all-zero memory is `Driver::new` with a zero configuration, which `set_config` then
// completes (see its documentation). This keeps the 170 KiB value off the kernel stack.
unsafe impl Zeroable for Driver {}
// SAFETY: `Loopback` holds the model, an integer and a byte array; the model holds only
// integers, bools and arrays and plain structs of them (see `RefNic`'s documentation).
unsafe impl Zeroable for Loopback {}
// All-zero memory is `None` as an `Option<u64>` with this compiler (the `Driver` claim above
// relies on it): checked at build time.
const _: () = {
    // SAFETY: the sizes match, and const evaluation fails the build if zero bytes are not a valid
    // `Option<u64>`.
    let zero = unsafe { core::mem::transmute::<[u64; 2], Option<u64>>([0, 0]) };
    assert!(zero.is_none());
};

/// The ABI structs are `repr(C)` integers and byte arrays with explicit padding: every byte
/// pattern is valid and none has uninitialised bytes.
macro_rules! abi_bytes {
    ($($t:ty),*) => {$(
        // SAFETY: see above.
        unsafe impl FromBytes for $t {}
        // SAFETY: see above.
        unsafe impl AsBytes for $t {}
    )*};
}
abi_bytes!(
    abi::CtxOpen,
    abi::CtxConnect,
    abi::CtxClose,
    abi::GetRegInfo,
    abi::RegionRelease,
    abi::RdmaStart,
    abi::Poll
);
