// SPDX-License-Identifier: GPL-2.0
//! A process's pages pinned for a device, and physical memory as the loopback NIC reaches it.
//!
//! No upstream Rust abstraction pins user pages (`pin_user_pages_fast`) yet: the kernel crate's
//! `page::Page` (already in 6.12) owns pages the kernel allocates, not a process's. Delete
//! [`PinnedPages`] when the kernel crate can pin user memory. [`PhysMem`] is the loopback NIC's
//! DMA engine and has no upstream counterpart.

use core::ptr::{self, NonNull};
use core::sync::atomic::{AtomicI64, Ordering};

use kernel::alloc::KVVec;
use kernel::error::code::{EFAULT, ENOMEM};
use kernel::prelude::*;

use super::raw;

/// 4 KiB: the page size of uzura's page lists and of x86_64.
pub(crate) const PAGE_SIZE: usize = 4096;

/// Pages pinned by all devices right now.
static PINNED_PAGES: AtomicI64 = AtomicI64::new(0);

/// How many pages [`PinnedPages`] hold right now, over all devices.
pub(crate) fn pinned_total() -> i64 {
    PINNED_PAGES.load(Ordering::Relaxed)
}

/// Pages of a process pinned for the NIC (`FOLL_LONGTERM`), charged to its RLIMIT_MEMLOCK in
/// `mm->pinned_vm` as RDMA drivers do. Dropping unpins them (dirtying them if they were pinned
/// writable) and refunds the charge, even when the process is already gone.
///
/// # Invariants
///
/// Every pointer in `pages` was pinned by `pin_user_pages_fast` and is unpinned only by `drop`.
/// `mm` was grabbed (`mmgrab`) by `pin` and `charged` pages were added to its `pinned_vm` there;
/// both are undone only by `drop`.
pub(crate) struct PinnedPages {
    pages: KVVec<*mut raw::page>,
    mm: NonNull<raw::mm_struct>,
    charged: i64,
    writable: bool,
}

// SAFETY: pinned pages and a grabbed mm may be used and released from any thread.
unsafe impl Send for PinnedPages {}

/// Pages pinned per call of pin_user_pages_fast: bounds the stack buffer, and an unmapped
/// range fails before a huge page array is allocated.
const PIN_BATCH: usize = 64;

impl PinnedPages {
    /// Pins `npages` pages from user address `start` (page aligned) of the current process,
    /// for writing if `writable`. EFAULT if any is not mapped (or not writable), ENOMEM over
    /// RLIMIT_MEMLOCK (without CAP_IPC_LOCK) or without memory.
    pub(crate) fn pin(start: usize, npages: usize, writable: bool) -> Result<PinnedPages> {
        // SAFETY: reads `current->mm` of the calling task.
        let mm = NonNull::new(unsafe { raw::uzura_current_mm() }).ok_or(EFAULT)?;
        // SAFETY: `mm` is the current task's, alive while it runs; the reference is dropped in
        // `drop`.
        unsafe { raw::uzura_mmgrab(mm.as_ptr()) };
        let charged = i64::try_from(npages).map_err(|_| ENOMEM)?;
        // SAFETY: `mm` is grabbed.
        let total = unsafe { raw::uzura_pinned_vm_add(mm.as_ptr(), charged) };
        // INVARIANT: grabbed and charged above; no page yet. From here `drop` undoes both.
        let mut this = PinnedPages { pages: KVVec::new(), mm, charged, writable };
        // SAFETY: plain queries of the current task.
        let over = total as u64 > unsafe { raw::uzura_memlock_limit_pages() }
            && !unsafe { raw::capable(raw::UZURA_CAP_IPC_LOCK) };
        if over {
            return Err(ENOMEM);
        }
        let flags = raw::UZURA_FOLL_LONGTERM | if writable { raw::UZURA_FOLL_WRITE } else { 0 };
        let mut batch = [ptr::null_mut::<raw::page>(); PIN_BATCH];
        while this.pages.len() < npages {
            let want = (npages - this.pages.len()).min(PIN_BATCH);
            let addr = start + this.pages.len() * PAGE_SIZE;
            // SAFETY: `batch` has room for `want` pointers; the kernel checks the user range.
            let got = unsafe { raw::pin_user_pages_fast(addr as _, want as _, flags, batch.as_mut_ptr()) };
            if got <= 0 {
                return Err(if got == 0 { EFAULT } else { Error::from_errno(got) });
            }
            let got = got as usize;
            if this.pages.extend_from_slice(&batch[..got], GFP_KERNEL).is_err() {
                // SAFETY: these `got` pages were just pinned and are not in `this.pages`.
                unsafe { raw::unpin_user_pages(batch.as_mut_ptr(), got as _) };
                return Err(ENOMEM);
            }
            PINNED_PAGES.fetch_add(got as i64, Ordering::Relaxed);
        }
        Ok(this)
    }

    /// How many pages are pinned.
    pub(crate) fn len(&self) -> usize {
        self.pages.len()
    }

    /// The pinned pages, for mapping them (they stay pinned while `self` lives).
    pub(super) fn raw_pages(&self) -> &[*mut raw::page] {
        &self.pages
    }

    /// The physical address of every page, in order: the loopback NIC's bus addresses.
    pub(crate) fn phys_addrs(&self) -> Result<KVVec<u64>> {
        let mut addrs = KVVec::with_capacity(self.pages.len(), GFP_KERNEL)?;
        for &page in self.pages.iter() {
            // SAFETY: `page` is pinned (type invariant).
            addrs.push(unsafe { raw::uzura_page_to_phys(page) }, GFP_KERNEL)?;
        }
        Ok(addrs)
    }
}

impl Drop for PinnedPages {
    fn drop(&mut self) {
        let n = self.pages.len();
        if n != 0 {
            // SAFETY: every pointer was pinned by pin_user_pages_fast and is unpinned once, here
            // (type invariant).
            unsafe { raw::unpin_user_pages_dirty_lock(self.pages.as_mut_ptr(), n as _, self.writable) };
            PINNED_PAGES.fetch_sub(n as i64, Ordering::Relaxed);
        }
        // SAFETY: `mm` was grabbed and charged in `pin` (type invariant); both are undone once.
        unsafe {
            raw::uzura_pinned_vm_add(self.mm.as_ptr(), -self.charged);
            raw::uzura_mmdrop(self.mm.as_ptr());
        }
    }
}

/// Host memory by physical address, as the loopback NIC's DMA engines see it.
///
/// What a bus is to a hardware NIC: the NIC reads and writes whatever addresses the driver gave
/// it, and no type system checks them. The loopback NIC only uses addresses the driver gave it:
/// its rings, buffers and page lists (in [`Coherent`](super::dma::Coherent) memory of the
/// loopback device, physically contiguous, whose bus addresses are physical), the physical
/// addresses of [`PinnedPages`], which stay pinned while a region names them (the driver core
/// unpins only after the NIC has consumed every descriptor naming them), and the kernel
/// addresses of [`ForeignFrames`](super::xen::ForeignFrames), mapped while a region names them
/// (by the same rule). The last are in the upper half of the address space, where no physical
/// address is (x86_64 has at most 52 physical address bits): a Xen domain's frames have no
/// physical address in this domain, hence no place in the direct map, and their kernel mapping
/// is what holds them. Every access stays within one page or one coherent allocation, and on
/// x86_64 all RAM is in the kernel's direct map. That argument, not the compiler, keeps the
/// copies below in bounds, as the IOMMU (or its absence) does for a real NIC's DMA.
pub(crate) struct PhysMem;

impl PhysMem {
    fn virt(addr: u64) -> *mut u8 {
        if addr >> 63 != 0 {
            // A foreign frame's kernel address; see the type's documentation.
            return addr as *mut u8;
        }
        // SAFETY: a computation on the direct map; see the type's documentation for its use.
        unsafe { raw::uzura_phys_to_virt(addr).cast() }
    }

    /// Copies `buf.len()` bytes from physical address `addr`.
    pub(crate) fn copy_from(&self, addr: u64, buf: &mut [u8]) {
        // SAFETY: see the type's documentation.
        unsafe { ptr::copy_nonoverlapping(Self::virt(addr), buf.as_mut_ptr(), buf.len()) };
    }

    /// Copies `data` to physical address `addr`.
    pub(crate) fn copy_to(&mut self, addr: u64, data: &[u8]) {
        // SAFETY: see the type's documentation.
        unsafe { ptr::copy_nonoverlapping(data.as_ptr(), Self::virt(addr), data.len()) };
    }
}
