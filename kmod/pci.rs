// SPDX-License-Identifier: GPL-2.0
//! The PCI side of a hardware NIC (`docs/registers.md`): BAR0, one MSI/MSI-X vector, a 64-bit
//! DMA mask, coherent memory for the rings and page lists, and streaming mappings of pinned
//! pages. Linux 6.12 has no Rust PCI abstraction, so this is written against bindgen's
//! declarations, each call wrapped where it is made.

use core::ffi::{c_int, c_uint, c_void};
use core::ptr;
use core::sync::atomic::{AtomicPtr, Ordering};

use kernel::error::code::{EIO, ENODEV, ENOMEM};
use kernel::prelude::*;
use kernel::sync::{Arc, ArcBorrow};

use super::sys::dma::Coherent;
use super::sys::pages::PAGE_SIZE;
use super::sys::raw;
use super::uapi::regs;
use super::uzura_core::{Config, DmaLayout};
use super::{DevNode, Nic, UzuraDev, WorkQueue};

/// BAR0, mapped.
pub(crate) struct Bar {
    base: *mut c_void,
    pdev: *mut raw::pci_dev,
}

// SAFETY: MMIO may be accessed from any thread; accesses are serialised by the device lock.
unsafe impl Send for Bar {}

impl Bar {
    pub(crate) fn read(&self, offset: u32) -> u32 {
        if offset as usize + 4 > regs::BAR0_LEN {
            return 0;
        }
        // SAFETY: inside the mapped BAR0, 4-byte aligned (register offsets are).
        unsafe { raw::ioread32(self.base.add(offset as usize)) }
    }

    pub(crate) fn write(&self, offset: u32, value: u32) {
        if offset as usize + 4 > regs::BAR0_LEN {
            return;
        }
        // SAFETY: as in `read`.
        unsafe { raw::iowrite32(value, self.base.add(offset as usize)) }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        // SAFETY: mapped by pci_iomap in `probe`.
        unsafe { raw::pci_iounmap(self.pdev, self.base) };
    }
}

/// Streaming DMA mappings of a region's pinned pages.
pub(crate) struct PageMapping {
    dev: *mut raw::device,
}

// SAFETY: the DMA API may be called from any thread.
unsafe impl Send for PageMapping {}

impl PageMapping {
    /// Maps every page for DMA in both directions, appending the bus addresses to `bus`.
    pub(crate) fn map(dev: *mut raw::device, pages: &[*mut raw::page], bus: &mut KVVec<u64>) -> Result<PageMapping> {
        let mapping = PageMapping { dev };
        for &page in pages {
            // SAFETY: `page` is pinned; `dev` is a bound device with a DMA mask.
            let addr =
                unsafe { raw::dma_map_page_attrs(dev, page, 0, PAGE_SIZE, raw::UZURA_DMA_BIDIRECTIONAL as _, 0) };
            // DMA_MAPPING_ERROR is all ones.
            if addr == u64::MAX {
                mapping.unmap(bus);
                return Err(ENOMEM);
            }
            if let Err(e) = bus.push(addr, GFP_KERNEL) {
                // SAFETY: just mapped above.
                unsafe { raw::dma_unmap_page_attrs(dev, addr, PAGE_SIZE, raw::UZURA_DMA_BIDIRECTIONAL as _, 0) };
                mapping.unmap(bus);
                return Err(e.into());
            }
        }
        Ok(mapping)
    }

    pub(crate) fn unmap(&self, bus: &[u64]) {
        for &addr in bus {
            // SAFETY: each address was mapped by `map` on this device.
            unsafe { raw::dma_unmap_page_attrs(self.dev, addr, PAGE_SIZE, raw::UZURA_DMA_BIDIRECTIONAL as _, 0) };
        }
    }
}

/// The module's workqueue, for devices probed after init.
static WQ: AtomicPtr<raw::workqueue_struct> = AtomicPtr::new(ptr::null_mut());

/// A probed NIC: undone in reverse order on removal.
struct PciNic {
    pdev: *mut raw::pci_dev,
    enabled: bool,
    regions: bool,
    vectors: bool,
    irq: Option<c_uint>,
    dev: Option<Arc<UzuraDev>>,
    misc: Option<DevNode>,
}

impl Drop for PciNic {
    fn drop(&mut self) {
        // No new opens, then no interrupts, then no timer or bottom half.
        self.misc = None;
        if let (Some(irq), Some(dev)) = (self.irq, &self.dev) {
            // SAFETY: requested in `probe` with this cookie.
            unsafe { raw::free_irq(irq, super::sys::as_void(&**dev)) };
        }
        if let Some(dev) = self.dev.take() {
            dev.stop();
            // SAFETY: the module's queue; waits for a bottom half still running.
            unsafe { raw::__flush_workqueue(WQ.load(Ordering::Relaxed)) };
        }
        // SAFETY: each step below was done in `probe`.
        unsafe {
            if self.vectors {
                raw::pci_free_irq_vectors(self.pdev);
            }
            if self.regions {
                raw::pci_release_regions(self.pdev);
            }
            if self.enabled {
                raw::pci_disable_device(self.pdev);
            }
        }
    }
}

unsafe extern "C" fn irq_thread(_irq: c_int, data: *mut c_void) -> raw::irqreturn_t {
    // SAFETY: `data` is the device given to request_threaded_irq, alive until free_irq.
    let dev = unsafe { ArcBorrow::from_raw(data as *const UzuraDev) };
    let mut st = dev.state.lock();
    st.step();
    UzuraDev::arm_timer(dev, &st);
    drop(st);
    dev.wake.notify_all();
    raw::UZURA_IRQ_HANDLED as raw::irqreturn_t
}

fn probe(pdev: *mut raw::pci_dev) -> Result<KBox<PciNic>> {
    let mut nic = KBox::new(
        PciNic { pdev, enabled: false, regions: false, vectors: false, irq: None, dev: None, misc: None },
        GFP_KERNEL,
    )?;
    // SAFETY: `pdev` is the device being probed; each call is undone in PciNic's Drop.
    unsafe {
        let r = raw::pci_enable_device(pdev);
        if r != 0 {
            return Err(Error::from_errno(r));
        }
        nic.enabled = true;
        let r = raw::pci_request_regions(pdev, c"uzura".as_ptr());
        if r != 0 {
            return Err(Error::from_errno(r));
        }
        nic.regions = true;
        raw::pci_set_master(pdev);
    }
    // SAFETY: `pdev` is valid; its embedded device is.
    let dma_dev = unsafe { raw::uzura_pci_device(pdev) };
    // SAFETY: a bound device.
    if unsafe { raw::dma_set_mask(dma_dev, u64::MAX) != 0 || raw::dma_set_coherent_mask(dma_dev, u64::MAX) != 0 } {
        return Err(EIO);
    }
    // SAFETY: BAR0 of the enabled device; unmapped by `Bar`'s Drop.
    let base = unsafe { raw::pci_iomap(pdev, 0, regs::BAR0_LEN as _) };
    if base.is_null() {
        return Err(ENOMEM);
    }
    let bar = Bar { base, pdev };
    if bar.read(regs::ID) != regs::ID_VALUE {
        return Err(ENODEV);
    }
    // SAFETY: one vector, MSI-X or MSI.
    let r = unsafe { raw::pci_alloc_irq_vectors(pdev, 1, 1, raw::UZURA_PCI_IRQ_MSI_MSIX) };
    if r < 0 {
        return Err(Error::from_errno(r));
    }
    nic.vectors = true;
    let rings = Coherent::alloc(dma_dev, DmaLayout::LEN)?;
    let wq = WorkQueue(WQ.load(Ordering::Relaxed));
    let dev = UzuraDev::new(Nic::Pci(bar), rings, Config::default(), wq, dma_dev)?;
    // SAFETY: vector 0 was allocated above.
    let irq = unsafe { raw::pci_irq_vector(pdev, 0) };
    if irq < 0 {
        return Err(Error::from_errno(irq));
    }
    // SAFETY: the cookie is the device, which outlives the handler (freed first in Drop).
    let r = unsafe {
        raw::request_threaded_irq(
            irq as c_uint,
            None,
            Some(irq_thread),
            raw::UZURA_IRQF_ONESHOT as _,
            c"uzura".as_ptr(),
            super::sys::as_void(&*dev),
        )
    };
    nic.dev = Some(dev.clone());
    if r != 0 {
        return Err(Error::from_errno(r));
    }
    nic.irq = Some(irq as c_uint);
    nic.misc = Some(DevNode::register(dev)?);
    Ok(nic)
}

unsafe extern "C" fn pci_probe(pdev: *mut raw::pci_dev, _id: *const raw::pci_device_id) -> c_int {
    match probe(pdev) {
        Ok(nic) => {
            // SAFETY: the device is being probed; `pci_remove` takes it back.
            unsafe { raw::uzura_pci_set_drvdata(pdev, KBox::into_raw(nic).cast()) };
            0
        }
        Err(e) => e.to_errno(),
    }
}

unsafe extern "C" fn pci_remove(pdev: *mut raw::pci_dev) {
    // SAFETY: set by `pci_probe`.
    drop(unsafe { KBox::from_raw(raw::uzura_pci_get_drvdata(pdev) as *mut PciNic) });
}

/// The ID table: uzura's NIC and the terminating zero entry.
struct IdTable([raw::pci_device_id; 2]);
// SAFETY: read-only after construction.
unsafe impl Sync for IdTable {}

static IDS: IdTable = {
    // SAFETY: all-zero is a valid (terminating) entry.
    let mut ids: [raw::pci_device_id; 2] = unsafe { core::mem::zeroed() };
    ids[0].vendor = regs::PCI_VENDOR_ID as u32;
    ids[0].device = regs::PCI_DEVICE_ID as u32;
    ids[0].subvendor = raw::UZURA_PCI_ANY_ID;
    ids[0].subdevice = raw::UZURA_PCI_ANY_ID;
    IdTable(ids)
};

/// The registered PCI driver.
pub(crate) struct Registration {
    driver: Pin<KBox<raw::pci_driver>>,
}

// SAFETY: the driver struct is only touched by the PCI core after registration.
unsafe impl Send for Registration {}
// SAFETY: as above.
unsafe impl Sync for Registration {}

impl Registration {
    pub(crate) fn new(wq: WorkQueue) -> Result<Registration> {
        WQ.store(wq.0, Ordering::Relaxed);
        // SAFETY: all-zero pci_driver is valid (no callbacks).
        let mut drv: raw::pci_driver = unsafe { core::mem::zeroed() };
        drv.name = c"uzura".as_ptr();
        drv.id_table = IDS.0.as_ptr();
        drv.probe = Some(pci_probe);
        drv.remove = Some(pci_remove);
        let mut driver = KBox::pin(drv, GFP_KERNEL)?;
        // SAFETY: the struct is pinned on the heap until Drop unregisters it.
        let r = unsafe {
            raw::__pci_register_driver(driver.as_mut().get_unchecked_mut(), raw::uzura_this_module(), c"uzura".as_ptr())
        };
        if r != 0 {
            return Err(Error::from_errno(r));
        }
        Ok(Registration { driver })
    }
}

impl Drop for Registration {
    fn drop(&mut self) {
        // SAFETY: registered in `new`; removes every probed device first.
        unsafe { raw::pci_unregister_driver(self.driver.as_mut().get_unchecked_mut()) };
    }
}
