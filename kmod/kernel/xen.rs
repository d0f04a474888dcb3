// SPDX-License-Identifier: GPL-2.0
//! A Xen domain's frames, mapped into this process by privcmd, held for a device.
//!
//! In a PV dom0 a foreign mapping (`xenforeignmemory_map`, privcmd's `MMAPBATCH_V2`) is a
//! `VM_IO | VM_PFNMAP` area whose entries name another domain's machine frames: there are no
//! `struct page`s to pin. [`ForeignFrames`] reads the frames from the caller's page table and
//! maps them again at a kernel area, through Xen, which checks that each is the named domain's
//! and keeps a reference on it for as long as that mapping lasts (`uzura_xen_hold` in
//! `uzura_helpers.c`). No upstream abstraction does this, and none is planned: it stands for
//! what a Xen-aware `pin_user_pages` would be.

use core::ptr::NonNull;
use core::sync::atomic::{AtomicI64, Ordering};

use kernel::alloc::KVVec;
use kernel::error::from_err_ptr;
use kernel::prelude::*;

use super::pages::PAGE_SIZE;
use super::raw;

/// Frames held by all devices right now.
static HELD_FRAMES: AtomicI64 = AtomicI64::new(0);

/// How many frames [`ForeignFrames`] hold right now, over all devices.
pub(crate) fn held_total() -> i64 {
    HELD_FRAMES.load(Ordering::Relaxed)
}

/// Frames of a Xen domain held by a kernel mapping of them; dropping it unmaps them, which
/// lets Xen free them. Not charged to RLIMIT_MEMLOCK: they are the domain's memory, not this
/// domain's, and mapping them took privcmd, which is root's.
///
/// # Invariants
///
/// `0` was returned by `uzura_xen_hold`, and is released only by `drop`: its `area` maps its
/// `n` frames (`mfns`), in order, readable and (if held writable) writable.
pub(crate) struct ForeignFrames(NonNull<raw::uzura_xen_frames>);

// SAFETY: the mapping is a kernel one, usable and released from any thread in process context.
unsafe impl Send for ForeignFrames {}

impl ForeignFrames {
    /// Holds the `npages` frames from user address `start` (page aligned) of the current
    /// process, which must all lie in one privcmd mapping of Xen domain `domid`'s frames, mapped
    /// writable if `writable`. EOPNOTSUPP outside a Xen PV domain; EFAULT if the range is not
    /// one such mapping, or a page of it is not mapped (or not writable); EPERM if Xen refuses a
    /// frame (not `domid`'s, or no such domain).
    pub(crate) fn hold(start: usize, npages: usize, domid: u16, writable: bool) -> Result<ForeignFrames> {
        // SAFETY: reads the current process's page table under its mmap lock; the user range is
        // checked there, and nothing of ours is passed by pointer.
        let f = from_err_ptr(unsafe { raw::uzura_xen_hold(start as _, npages as _, domid, writable) })?;
        let f = NonNull::new(f).ok_or(ENOMEM)?;
        HELD_FRAMES.fetch_add(npages as i64, Ordering::Relaxed);
        // INVARIANT: just returned by `uzura_xen_hold`.
        Ok(ForeignFrames(f))
    }

    fn n(&self) -> usize {
        // SAFETY: valid until `drop` (type invariant).
        unsafe { self.0.as_ref() }.n as usize
    }

    /// The machine address of every frame, in order: a PCI NIC's bus addresses under Xen PV
    /// without an IOMMU (swiotlb-xen's bus address of a frame is its machine address).
    pub(crate) fn machine_addrs(&self) -> Result<KVVec<u64>> {
        let n = self.n();
        // SAFETY: `n` frame numbers follow the header (type invariant).
        let mfns = unsafe { self.0.as_ref().mfns.as_slice(n) };
        let mut addrs = KVVec::with_capacity(n, GFP_KERNEL)?;
        for &mfn in mfns {
            addrs.push(mfn * PAGE_SIZE as u64, GFP_KERNEL)?;
        }
        Ok(addrs)
    }

    /// The kernel virtual address of every frame, in order: where the CPU (the loopback NIC)
    /// reaches them while `self` lives.
    pub(crate) fn kernel_addrs(&self) -> Result<KVVec<u64>> {
        // SAFETY: valid until `drop` (type invariant).
        let area = unsafe { self.0.as_ref() }.area as u64;
        let mut addrs = KVVec::with_capacity(self.n(), GFP_KERNEL)?;
        for i in 0..self.n() {
            addrs.push(area + (i * PAGE_SIZE) as u64, GFP_KERNEL)?;
        }
        Ok(addrs)
    }
}

impl Drop for ForeignFrames {
    fn drop(&mut self) {
        let n = self.n();
        // SAFETY: returned by `uzura_xen_hold` and released once, here (type invariant). Drops
        // happen in process context (ioctl, file release), where vunmap may sleep.
        unsafe { raw::uzura_xen_release(self.0.as_ptr()) };
        HELD_FRAMES.fetch_sub(n as i64, Ordering::Relaxed);
    }
}
