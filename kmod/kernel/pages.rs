// SPDX-License-Identifier: GPL-2.0
//! A process's pages pinned for a device, and physical memory as the loopback NIC reaches it.

use core::ptr;
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

/// Host memory by physical address, as the loopback NIC's DMA engines see it.
///
/// The loopback NIC only uses addresses the driver gave it: its rings, buffers and page lists
/// (in [`Coherent`] memory of the loopback device, physically contiguous, whose bus addresses
/// are physical) and the physical addresses of pinned pages, which stay pinned while a region
/// names them (the driver core unpins only after the NIC has consumed every descriptor naming
/// them). Every access stays within one page or one coherent allocation, and on x86_64 all RAM
/// is in the kernel's direct map.
pub(crate) struct PhysMem;

impl PhysMem {
    fn virt(addr: u64) -> *mut u8 {
        // SAFETY: see the type's documentation.
        unsafe { raw::uzura_phys_to_virt(addr) as *mut u8 }
    }
}

impl crate::uzura_refnic::Memory for PhysMem {
    fn read(&self, addr: u64, buf: &mut [u8]) {
        // SAFETY: see the type's documentation.
        unsafe { ptr::copy_nonoverlapping(Self::virt(addr), buf.as_mut_ptr(), buf.len()) };
    }
    fn write(&mut self, addr: u64, data: &[u8]) {
        // SAFETY: see the type's documentation.
        unsafe { ptr::copy_nonoverlapping(data.as_ptr(), Self::virt(addr), data.len()) };
    }
    // No guard watches placements here (sim's host memory has one): a plain copy.
    fn dma_write(&mut self, addr: u64, data: &[u8]) {
        self.write(addr, data)
    }
}

/// Pages of a process pinned for the NIC (`FOLL_LONGTERM`), charged to its RLIMIT_MEMLOCK in
/// `mm->pinned_vm` as RDMA drivers do. Dropping unpins them (dirtying the ones the NIC may
/// have written) and refunds the charge, even when the process is already gone.
pub(crate) struct PinnedPages {
    pages: KVVec<*mut raw::page>,
    mm: *mut raw::mm_struct,
    charged: i64,
    writable: bool,
}

// SAFETY: page pointers and the grabbed mm are valid from any thread.
unsafe impl Send for PinnedPages {}

/// Pages pinned per call of pin_user_pages_fast: bounds the stack buffer, and an unmapped
/// range fails before a huge page array is allocated.
const PIN_BATCH: usize = 64;

impl PinnedPages {
    /// Pins `npages` pages from user address `start` (page aligned) of the current process,
    /// for writing if `writable`. EFAULT if any is not mapped (or not writable), ENOMEM over
    /// RLIMIT_MEMLOCK (without CAP_IPC_LOCK) or without memory.
    pub(crate) fn pin(start: usize, npages: usize, writable: bool) -> Result<PinnedPages> {
        // SAFETY: reads `current->mm`.
        let mm = unsafe { raw::uzura_current_mm() };
        if mm.is_null() {
            return Err(EFAULT);
        }
        // SAFETY: `mm` is the current task's, alive; the reference is dropped in Drop.
        unsafe { raw::uzura_mmgrab(mm) };
        let charged = i64::try_from(npages).map_err(|_| ENOMEM)?;
        // SAFETY: `mm` is grabbed.
        let total = unsafe { raw::uzura_pinned_vm_add(mm, charged) };
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
            // SAFETY: `batch` has room for `want` pointers; the kernel checks `addr`.
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

    pub(crate) fn pages(&self) -> &[*mut raw::page] {
        &self.pages
    }
}

impl Drop for PinnedPages {
    fn drop(&mut self) {
        let n = self.pages.len();
        if n != 0 {
            // SAFETY: every pointer was returned by pin_user_pages_fast and is unpinned once.
            unsafe { raw::unpin_user_pages_dirty_lock(self.pages.as_mut_ptr(), n as _, self.writable) };
            PINNED_PAGES.fetch_sub(n as i64, Ordering::Relaxed);
        }
        // SAFETY: `mm` was grabbed in `pin`; the charge was added there.
        unsafe {
            raw::uzura_pinned_vm_add(self.mm, -self.charged);
            raw::uzura_mmdrop(self.mm);
        }
    }
}

/// Physical address of a page (the loopback device's bus address).
pub(crate) fn page_phys(page: *mut raw::page) -> u64 {
    // SAFETY: `page` is a pinned page.
    unsafe { raw::uzura_page_to_phys(page) }
}
