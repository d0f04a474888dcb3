// SPDX-License-Identifier: GPL-2.0
//! The kernel interfaces uzura needs that Linux 6.12's `kernel` crate does not wrap, each behind
//! a small safe abstraction. All of the module's `unsafe` is in this folder: every `unsafe fn`
//! has a `# Safety` section, every `unsafe` block a `SAFETY:` comment, and each type states the
//! invariants its safe methods rely on. The rest of the module is written against these types
//! and the kernel crate only.
//!
//! Each file names the upstream abstraction it stands in for and the kernel version that has it,
//! so that it can be deleted (and its users moved over) when the module moves to that kernel.
//! The crate calls this module `sys` because `kernel` is the kernel crate's name.
//!
//! `raw` is bindgen's output for the C declarations these wrappers call, generated at build time
//! from `uzura_bindings.h` (see Kbuild).

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
mod raw {
    include!("../uzura_bindings_generated.rs");
}

pub(crate) mod dma;
pub(crate) mod miscdev;
pub(crate) mod pages;
pub(crate) mod pci;
mod pod;
pub(crate) mod procfs;
pub(crate) mod timer;
pub(crate) mod workqueue;
pub(crate) mod xen;

/// Monotonic time in nanoseconds (`ktime_get`).
pub(crate) fn now_ns() -> u64 {
    // SAFETY: ktime_get has no preconditions.
    unsafe { raw::ktime_get() as u64 }
}

/// 64 random bits from the kernel's CRNG.
pub(crate) fn random_u64() -> u64 {
    // SAFETY: get_random_u64 has no preconditions.
    unsafe { raw::get_random_u64() }
}

/// Lets other tasks run (process context, no spinlock held: the only contexts that have a
/// reason to call it; in atomic context the kernel warns rather than misbehaves).
pub(crate) fn cond_resched() {
    // SAFETY: a scheduling point; the kernel checks the context it is called in.
    unsafe { raw::uzura_cond_resched() }
}

/// Orders reads of coherent DMA memory (`dma_rmb`).
pub(crate) fn dma_rmb() {
    // SAFETY: a barrier; no preconditions.
    unsafe { raw::uzura_dma_rmb() }
}

/// Sleeps for at least `ms` milliseconds (process context).
pub(crate) fn msleep(ms: u32) {
    // SAFETY: msleep has no memory-safety preconditions; sleeping in atomic context is caught
    // by the kernel (might_sleep).
    unsafe { raw::msleep(ms) }
}

/// The `loopback=N` module parameter. Declared in C (uzura_helpers.c) because 6.12's `module!`
/// has no parameters; `module!` gained them in Linux 6.19 (`kernel::module_param`).
pub(crate) fn loopback_param() -> u32 {
    // SAFETY: the parameter is read-only (mode 0444) and written only while the module loads,
    // before `init` runs.
    unsafe { raw::uzura_loopback }
}

/// The `rto_us` and `rto_max_ms` module parameters (0: not given), declared like `loopback`.
pub(crate) fn rto_params() -> (u32, u32) {
    // SAFETY: read-only parameters (mode 0444), written only while the module loads.
    unsafe { (raw::uzura_rto_us, raw::uzura_rto_max_ms) }
}
