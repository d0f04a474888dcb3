// SPDX-License-Identifier: GPL-2.0
//! Memory shared with the NIC, by bus address: DMA-coherent memory of a PCI device, or
//! physically contiguous pages for the loopback device (whose bus addresses are physical).
//!
//! Stands in for upstream's `kernel::dma` (Linux 6.15: `CoherentAllocation`, later also the DMA
//! masks), which allocates for a bound device only; the loopback half has no upstream
//! counterpart. Delete the PCI half when the module moves to such a kernel.

use core::ptr::{self, NonNull};

use kernel::device::Device;
use kernel::error::code::ENOMEM;
use kernel::error::to_result;
use kernel::prelude::*;
use kernel::types::ARef;

use super::pages::PAGE_SIZE;
use super::raw;

/// A device that does DMA, referenced (`get_device`): its `struct device` stays allocated while
/// memory or mappings of it exist.
#[derive(Clone)]
pub(crate) struct DmaDevice(ARef<Device>);

impl DmaDevice {
    /// Takes a reference to `dev`.
    ///
    /// # Safety
    ///
    /// `dev` points to a valid `struct device` whose reference count cannot drop to zero during
    /// the call.
    pub(super) unsafe fn get(dev: *mut raw::device) -> DmaDevice {
        // SAFETY: as required above; the kernel crate's bindings and ours name the same C type.
        DmaDevice(unsafe { Device::get_device(dev.cast()) })
    }

    /// The `struct device`, valid while `self` lives.
    pub(super) fn as_raw(&self) -> *mut raw::device {
        // `Device` is a transparent wrapper of the C struct.
        ptr::from_ref::<Device>(&self.0).cast_mut().cast()
    }

    /// Sets the streaming and then the coherent DMA mask; stops at the first failure.
    pub(crate) fn set_mask(&self, mask: u64) -> Result {
        // SAFETY: the device is valid (referenced by `self`).
        to_result(unsafe { raw::dma_set_mask(self.as_raw(), mask) })?;
        // SAFETY: as above.
        to_result(unsafe { raw::dma_set_coherent_mask(self.as_raw(), mask) })
    }
}

/// Zeroed, page-aligned, physically contiguous memory shared with the NIC: from the DMA API
/// for a PCI device, from the page allocator for the loopback device.
///
/// # Invariants
///
/// `virt` is the start of `len` bytes allocated by [`Coherent::alloc`] (`dma_alloc_attrs` on
/// `dev`, at bus address `bus`; or `alloc_pages_exact` when `dev` is `None`, at physical
/// address `bus`), owned by this value and freed only by `drop`.
pub(crate) struct Coherent {
    virt: NonNull<u8>,
    bus: u64,
    len: usize,
    dev: Option<DmaDevice>,
}

// SAFETY: the memory is owned by this value; the allocators may free it from any thread.
unsafe impl Send for Coherent {}

impl Coherent {
    /// `len` zeroed bytes, page aligned: of `dev`, or of the loopback device when `None`.
    pub(crate) fn alloc(dev: Option<&DmaDevice>, len: usize) -> Result<Coherent> {
        let len = len.next_multiple_of(PAGE_SIZE);
        let (virt, bus) = match dev {
            None => {
                // SAFETY: a plain allocation, freed in `drop` with the same length.
                let virt = unsafe { raw::alloc_pages_exact_noprof(len, raw::UZURA_GFP_KERNEL) };
                let virt = NonNull::new(virt.cast::<u8>()).ok_or(ENOMEM)?;
                // SAFETY: `virt` is a fresh allocation of `len` bytes.
                unsafe { ptr::write_bytes(virt.as_ptr(), 0, len) };
                // SAFETY: page-allocator memory is in the kernel's direct map.
                (virt, unsafe { raw::uzura_virt_to_phys(virt.as_ptr().cast()) })
            }
            Some(dev) => {
                let mut bus: raw::dma_addr_t = 0;
                // SAFETY: `dev` is referenced by `dev`; the memory is freed in `drop` with the
                // same device and length. dma_alloc_attrs returns zeroed memory.
                let virt = unsafe { raw::dma_alloc_attrs(dev.as_raw(), len, &mut bus, raw::UZURA_GFP_KERNEL, 0) };
                (NonNull::new(virt.cast::<u8>()).ok_or(ENOMEM)?, bus)
            }
        };
        // INVARIANT: allocated above as described.
        Ok(Coherent { virt, bus, len, dev: dev.cloned() })
    }

    /// The bus address of the first byte.
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
        // SAFETY: the range is inside the allocation (checked above, type invariant).
        unsafe { ptr::copy_nonoverlapping(self.virt.as_ptr().add(off), buf.as_mut_ptr(), buf.len()) };
        true
    }

    /// Copies into `[bus, bus + data.len())`; false if that is not inside this memory.
    pub(crate) fn write(&self, bus: u64, data: &[u8]) -> bool {
        let Some(off) = self.offset_of(bus, data.len()) else { return false };
        // SAFETY: the range is inside the allocation (checked above, type invariant). `Coherent`
        // is not `Sync`: no other thread accesses it meanwhile (the NIC may, as with any DMA).
        unsafe { ptr::copy_nonoverlapping(data.as_ptr(), self.virt.as_ptr().add(off), data.len()) };
        true
    }
}

impl Drop for Coherent {
    fn drop(&mut self) {
        match &self.dev {
            // SAFETY: allocated by alloc_pages_exact with this length (type invariant).
            None => unsafe { raw::free_pages_exact(self.virt.as_ptr().cast(), self.len) },
            // SAFETY: allocated by dma_alloc_attrs on this device with this length (type
            // invariant); the device is still referenced.
            Some(dev) => unsafe { raw::dma_free_attrs(dev.as_raw(), self.len, self.virt.as_ptr().cast(), self.bus, 0) },
        }
    }
}
