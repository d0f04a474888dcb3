// SPDX-License-Identifier: GPL-2.0
//! A read-only file in /proc whose contents one function prints (`proc_create_single_data`).
//!
//! No upstream Rust abstraction for procfs exists yet; [`SeqFile`] stands in for upstream's
//! `kernel::seq_file::SeqFile` (Linux 6.13, with `seq_print!`). Delete [`SeqFile`] when the
//! module moves to 6.13 or later, and this file when procfs gains a wrapper.

use core::ffi::{c_int, c_void, CStr};
use core::ptr;

use kernel::error::to_result;
use kernel::prelude::*;
use kernel::types::Opaque;

use super::raw;

/// What a /proc file shows.
pub(crate) trait ProcShow {
    /// Writes the file's whole contents to `m`; runs on every read of the file, in process
    /// context.
    fn show(m: &mut SeqFile) -> Result;
}

/// The `struct seq_file` a show function writes to.
#[repr(transparent)]
pub(crate) struct SeqFile(Opaque<raw::seq_file>);

impl SeqFile {
    /// Appends `data`. Fails (with the C function's -1) when it does not fit the buffer.
    pub(crate) fn write(&mut self, data: &[u8]) -> Result {
        // SAFETY: `self` is the seq_file of a running show call (see `show`); `data` is valid for
        // reads of its length.
        to_result(unsafe { raw::seq_write(self.0.get(), data.as_ptr().cast(), data.len()) })
    }
}

/// A /proc entry, removed on drop.
///
/// # Invariants
///
/// `name` names an entry directly in /proc created by [`ProcEntry::create`], not yet removed.
pub(crate) struct ProcEntry {
    name: &'static CStr,
}

impl ProcEntry {
    /// Creates `/proc/<name>` with permissions `mode`, showing `T`'s output; `None` when it
    /// could not be created (the name exists, or no memory).
    pub(crate) fn create<T: ProcShow>(name: &'static CStr, mode: u16) -> Option<ProcEntry> {
        // SAFETY: `name` is static; `show::<T>` fits `proc_create_single_data`'s show function and
        // ignores its (null) data.
        let entry = unsafe {
            raw::proc_create_single_data(name.as_ptr(), mode, ptr::null_mut(), Some(show::<T>), ptr::null_mut())
        };
        // INVARIANT: created directly in /proc (null parent).
        (!entry.is_null()).then_some(ProcEntry { name })
    }
}

impl Drop for ProcEntry {
    fn drop(&mut self) {
        // SAFETY: created in /proc by `create` and not removed since (type invariant); removing
        // waits for readers still in `show`.
        unsafe { raw::remove_proc_entry(self.name.as_ptr(), ptr::null_mut()) }
    }
}

/// The show function of a [`ProcEntry`] showing `T`.
///
/// # Safety
///
/// `m` is the seq_file of a read of the entry, valid and used by nobody else during the call.
unsafe extern "C" fn show<T: ProcShow>(m: *mut raw::seq_file, _data: *mut c_void) -> c_int {
    // SAFETY: `SeqFile` is a transparent wrapper of the C struct; the caller guarantees `m` is
    // valid and exclusive for this call, which the reference does not outlive.
    let m = unsafe { &mut *m.cast::<SeqFile>() };
    match T::show(m) {
        Ok(()) => 0,
        Err(e) => e.to_errno(),
    }
}
