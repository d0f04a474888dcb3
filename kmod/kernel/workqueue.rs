// SPDX-License-Identifier: GPL-2.0
//! A workqueue of the module's own: allocated at load, drained and destroyed at unload, so that
//! no work item runs once the module's code is gone.
//!
//! Stands in for an owned queue, which the kernel crate lacks: 6.12's `kernel::workqueue`
//! (Linux 6.7) has work items (`Work`, `WorkItem`, `impl_has_work!`, used directly by the
//! module) and `Queue`, which only wraps queues that already exist (`system()`, ...) and cannot
//! allocate one. Delete this file when the kernel crate can allocate and destroy a queue.

use core::ffi::CStr;
use core::ops::Deref;
use core::ptr::NonNull;

use kernel::error::code::ENOMEM;
use kernel::prelude::*;
use kernel::sync::Arc;
use kernel::workqueue::Queue;

use super::raw;

/// An unbound workqueue, destroyed (after running every queued item) when the last reference
/// goes.
///
/// Destroying waits for the queue's work: the last reference must not be dropped by one of the
/// queue's own work items. The module [`drain`](OwnedQueue::drain)s the queue before dropping
/// its own reference, the last one once every device is gone.
///
/// # Invariants
///
/// `0` is a queue from `alloc_workqueue`, not yet destroyed, owned by this value.
pub(crate) struct OwnedQueue(NonNull<raw::workqueue_struct>);

// SAFETY: a workqueue may be used and destroyed from any thread.
unsafe impl Send for OwnedQueue {}
// SAFETY: every operation on a workqueue may run concurrently with the others.
unsafe impl Sync for OwnedQueue {}

impl OwnedQueue {
    /// Allocates an unbound queue (`WQ_UNBOUND`, default concurrency).
    pub(crate) fn new_unbound(name: &'static CStr) -> Result<Arc<OwnedQueue>> {
        // SAFETY: `name` is a static NUL-terminated string without format directives (it is the
        // format of the queue's name); the flags are valid.
        let wq = unsafe { raw::alloc_workqueue(name.as_ptr(), raw::UZURA_WQ_UNBOUND, 0) };
        // INVARIANT: a fresh queue, owned by the value.
        let wq = OwnedQueue(NonNull::new(wq).ok_or(ENOMEM)?);
        Ok(Arc::new(wq, GFP_KERNEL)?)
    }

    /// Waits for every item queued so far to finish.
    pub(crate) fn flush(&self) {
        // SAFETY: the queue is alive (type invariant).
        unsafe { raw::__flush_workqueue(self.0.as_ptr()) }
    }

    /// Waits until the queue is empty, including items queued meanwhile by its own items.
    pub(crate) fn drain(&self) {
        // SAFETY: the queue is alive (type invariant).
        unsafe { raw::drain_workqueue(self.0.as_ptr()) }
    }
}

impl Deref for OwnedQueue {
    type Target = Queue;

    fn deref(&self) -> &Queue {
        // SAFETY: the queue lives as long as `self` (type invariant); the kernel crate's bindings
        // and ours name the same C type.
        unsafe { Queue::from_raw(self.0.as_ptr().cast::<kernel::bindings::workqueue_struct>()) }
    }
}

impl Drop for OwnedQueue {
    fn drop(&mut self) {
        // SAFETY: the queue is alive and owned by `self` (type invariant); this drains it first.
        unsafe { raw::destroy_workqueue(self.0.as_ptr()) }
    }
}
