// SPDX-License-Identifier: GPL-2.0
//! The C side of the module: `raw` is bindgen's output for what Linux 6.12's `kernel` crate
//! does not wrap (generated at build time from uzura_bindings.h), and the rest are the small
//! wrappers that hold almost all of the module's `unsafe`: coherent memory, physical memory
//! for the loopback device, pinned user pages, time and randomness.

use core::ffi::c_void;
use core::ptr;
use core::sync::atomic::{AtomicI64, Ordering};

use kernel::alloc::KVVec;
use kernel::error::code::{EFAULT, ENOMEM};
use kernel::prelude::*;

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
    clippy::all
)]
pub(crate) mod raw {
    include!("uzura_bindings_generated.rs");
}

/// 4 KiB: the page size of uzura's page lists and of x86_64.
pub(crate) const PAGE_SIZE: usize = 4096;

/// Pages pinned by all uzura devices right now (shown in /proc/uzura, reported at unload).
pub(crate) static PINNED_PAGES: AtomicI64 = AtomicI64::new(0);

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

pub(crate) fn jiffies_after_ns(ns: u64) -> core::ffi::c_ulong {
    // SAFETY: `jiffies` is a kernel global, read once.
    let now = unsafe { ptr::read_volatile(ptr::addr_of!(raw::jiffies)) };
    // SAFETY: nsecs_to_jiffies has no preconditions.
    now.wrapping_add(unsafe { raw::nsecs_to_jiffies(ns) }).wrapping_add(1)
}

/// Physically contiguous memory shared with the NIC, by bus address: from the DMA API for a
/// PCI device, from the page allocator for the loopback device (whose "bus" addresses are
/// physical addresses).
pub(crate) struct Coherent {
    virt: *mut u8,
    bus: u64,
    len: usize,
    /// The PCI device's `struct device`; null for the loopback device.
    dev: *mut raw::device,
}

// SAFETY: the memory is owned by this value; accesses are serialised by the device lock.
unsafe impl Send for Coherent {}

impl Coherent {
    /// `len` zeroed bytes, page aligned.
    pub(crate) fn alloc(dev: *mut raw::device, len: usize) -> Result<Coherent> {
        let len = len.next_multiple_of(PAGE_SIZE);
        let (virt, bus) = if dev.is_null() {
            // SAFETY: plain allocation; freed in Drop with the same length.
            let virt = unsafe { raw::alloc_pages_exact_noprof(len, raw::UZURA_GFP_KERNEL) } as *mut u8;
            if virt.is_null() {
                return Err(ENOMEM);
            }
            // SAFETY: `virt` is a fresh allocation of `len` bytes.
            unsafe { ptr::write_bytes(virt, 0, len) };
            // SAFETY: page-allocator memory is in the kernel's direct map.
            (virt, unsafe { raw::uzura_virt_to_phys(virt.cast()) })
        } else {
            let mut bus: raw::dma_addr_t = 0;
            // SAFETY: `dev` is a bound PCI device with a DMA mask; freed in Drop.
            let virt = unsafe { raw::dma_alloc_attrs(dev, len, &mut bus, raw::UZURA_GFP_KERNEL, 0) } as *mut u8;
            if virt.is_null() {
                return Err(ENOMEM);
            }
            (virt, bus)
        };
        Ok(Coherent { virt, bus, len, dev })
    }

    pub(crate) fn bus(&self) -> u64 {
        self.bus
    }

    fn offset_of(&self, bus: u64, len: usize) -> Option<usize> {
        let off = bus.checked_sub(self.bus)? as usize;
        (off.checked_add(len)? <= self.len).then_some(off)
    }

    /// Copies out of `[bus, bus + buf.len())`; false if that is not inside this memory.
    pub(crate) fn read(&self, bus: u64, buf: &mut [u8]) -> bool {
        let Some(off) = self.offset_of(bus, buf.len()) else { return false };
        // SAFETY: the range is inside the allocation (checked above).
        unsafe { ptr::copy_nonoverlapping(self.virt.add(off), buf.as_mut_ptr(), buf.len()) };
        true
    }

    /// Copies into `[bus, bus + data.len())`; false if that is not inside this memory.
    pub(crate) fn write(&self, bus: u64, data: &[u8]) -> bool {
        let Some(off) = self.offset_of(bus, data.len()) else { return false };
        // SAFETY: the range is inside the allocation (checked above).
        unsafe { ptr::copy_nonoverlapping(data.as_ptr(), self.virt.add(off), data.len()) };
        true
    }
}

impl Drop for Coherent {
    fn drop(&mut self) {
        if self.dev.is_null() {
            // SAFETY: allocated by alloc_pages_exact with this length.
            unsafe { raw::free_pages_exact(self.virt.cast(), self.len) };
        } else {
            // SAFETY: allocated by dma_alloc_attrs on this device with this length.
            unsafe { raw::dma_free_attrs(self.dev, self.len, self.virt.cast(), self.bus, 0) };
        }
    }
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

impl super::uzura_refnic::Memory for PhysMem {
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

/// The `*mut c_void` of a shared reference, for C callbacks' private data.
pub(crate) fn as_void<T>(r: &T) -> *mut c_void {
    r as *const T as *mut c_void
}
