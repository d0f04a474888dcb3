// SPDX-License-Identifier: GPL-2.0
//! Memory shared with the NIC, by bus address.

use core::ptr;

use kernel::error::code::ENOMEM;
use kernel::prelude::*;

use super::pages::PAGE_SIZE;
use super::raw;

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
