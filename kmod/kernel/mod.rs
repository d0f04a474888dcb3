// SPDX-License-Identifier: GPL-2.0
//! The C side of the module (`kmod/kernel/`): `raw` is bindgen's output for what Linux 6.12's
//! `kernel` crate does not wrap (generated at build time from uzura_bindings.h), and the rest
//! are the small wrappers that hold almost all of the module's `unsafe`: coherent memory
//! (`dma`), physical memory for the loopback device and pinned user pages (`pages`), time and
//! randomness. The crate calls this module `sys` because `kernel` is the kernel crate's name.

use core::ffi::c_void;

#[allow(
    dead_code,
    missing_docs,
    unreachable_pub,
    unsafe_op_in_unsafe_fn,
    unnecessary_transmutes,
    non_camel_case_types,
    non_upper_case_globals,
    non_snake_case,
    improper_ctypes,
    clippy::all,
    clippy::undocumented_unsafe_blocks
)]
pub(crate) mod raw {
    include!("../uzura_bindings_generated.rs");
}

pub(crate) mod dma;
pub(crate) mod miscdev;
pub(crate) mod pages;
pub(crate) mod procfs;
pub(crate) mod timer;

pub(crate) fn now_ns() -> u64 {
    // SAFETY: ktime_get has no preconditions.
    unsafe { raw::ktime_get() as u64 }
}

pub(crate) fn random_u64() -> u64 {
    // SAFETY: get_random_u64 has no preconditions.
    unsafe { raw::get_random_u64() }
}

pub(crate) fn cond_resched() {
    // SAFETY: called only from process context without spinlocks held.
    unsafe { raw::uzura_cond_resched() }
}

pub(crate) fn msleep(ms: u32) {
    // SAFETY: process context.
    unsafe { raw::msleep(ms) }
}

/// The `*mut c_void` of a shared reference, for C callbacks' private data.
pub(crate) fn as_void<T>(r: &T) -> *mut c_void {
    r as *const T as *mut c_void
}
