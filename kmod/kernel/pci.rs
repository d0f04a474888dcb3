// SPDX-License-Identifier: GPL-2.0
//! A PCI driver: registration, probe and remove as a safe trait, and what a probe sets up
//! (enabling, regions, BAR mappings, MSI/MSI-X vectors with threaded handlers, streaming DMA
//! mappings), each undone when its value is dropped.
//!
//! Stands in for upstream's `kernel::pci` (Linux 6.14: `pci::Driver`, `pci::Device`,
//! `pci::Bar`; IRQ vectors and `irq::ThreadedRegistration` in 6.18) and `kernel::scatterlist`
//! (6.18) for the streaming mappings, and follows their shape: the driver is a trait whose name
//! and ID are associated constants, from which the C driver struct and ID table are built per
//! type (as `phy::Driver` impls are in `drivers/net/phy/ax88796b_rust.rs`), and whose `probe`
//! returns the device's data, dropped on remove; there is no `Devres` revocation on unbind.
//! Delete this file when the module moves to such a kernel. It knows nothing of uzura: the
//! device IDs, BAR layout and handlers come from its users.

use core::ffi::{c_int, c_void, CStr};
use core::marker::PhantomData;
use core::mem::{offset_of, MaybeUninit};
use core::ptr::NonNull;

use kernel::alloc::KVVec;
use kernel::error::code::ENOMEM;
use kernel::error::to_result;
use kernel::prelude::*;
use kernel::sync::{Arc, ArcBorrow};
use kernel::types::Opaque;
use kernel::ThisModule;

use super::dma::DmaDevice;
use super::pages::{PinnedPages, PAGE_SIZE};
use super::raw;

/// A PCI driver: `Self` is what it keeps per bound device.
pub(crate) trait Driver: Sized + Send + 'static {
    /// What the registration holds and every probe is given.
    type Context: Send + Sync + 'static;
    /// The driver's name (and the module's, for the PCI core).
    const NAME: &'static CStr;
    /// The one vendor:device ID the driver binds (any subsystem IDs).
    const VENDOR: u16;
    /// See [`Driver::VENDOR`].
    const DEVICE: u16;

    /// Binds `dev`; the returned value is dropped when the device is removed (or the driver
    /// unregistered).
    fn probe(dev: &Device, ctx: &Self::Context) -> Result<KBox<Self>>;
}

/// A PCI function, referenced (`pci_dev_get`).
///
/// # Invariants
///
/// `0` is a valid `struct pci_dev` on which this value holds a reference.
pub(crate) struct Device(NonNull<raw::pci_dev>);

// SAFETY: a referenced `pci_dev` may be used and released from any thread.
unsafe impl Send for Device {}
// SAFETY: the PCI functions called through `&Device` may run concurrently.
unsafe impl Sync for Device {}

impl Device {
    /// Takes a reference to `pdev`.
    ///
    /// # Safety
    ///
    /// `pdev` is a valid `pci_dev` whose reference count cannot drop to zero during the call.
    unsafe fn get(pdev: NonNull<raw::pci_dev>) -> Device {
        // SAFETY: as required above.
        unsafe { raw::pci_dev_get(pdev.as_ptr()) };
        // INVARIANT: referenced just above.
        Device(pdev)
    }

    fn as_raw(&self) -> *mut raw::pci_dev {
        self.0.as_ptr()
    }

    /// Enables the device (`pci_enable_device`) until the result is dropped.
    pub(crate) fn enable(&self) -> Result<Enabled> {
        // SAFETY: the device is valid (type invariant).
        to_result(unsafe { raw::pci_enable_device(self.as_raw()) })?;
        Ok(Enabled(self.clone()))
    }

    /// Claims all of the device's BARs for `name` (`pci_request_regions`) until the result is
    /// dropped.
    pub(crate) fn request_regions(&self, name: &'static CStr) -> Result<Regions> {
        // SAFETY: the device is valid (type invariant); `name` is static.
        to_result(unsafe { raw::pci_request_regions(self.as_raw(), name.as_ptr()) })?;
        Ok(Regions(self.clone()))
    }

    /// Lets the device master the bus (DMA).
    pub(crate) fn set_master(&self) {
        // SAFETY: the device is valid (type invariant).
        unsafe { raw::pci_set_master(self.as_raw()) }
    }

    /// The device as the DMA API sees it.
    pub(crate) fn dma_device(&self) -> DmaDevice {
        // SAFETY: the embedded `struct device` of a valid, referenced `pci_dev`.
        unsafe { DmaDevice::get(raw::uzura_pci_device(self.as_raw())) }
    }

    /// Maps the first `len` bytes of BAR `bar` (`pci_iomap`), or the whole BAR if it is
    /// shorter; `None` if it cannot be mapped.
    pub(crate) fn iomap(&self, bar: c_int, len: usize) -> Option<Bar> {
        // SAFETY: the device is valid (type invariant); the mapping is undone by `Bar`'s drop.
        let base = NonNull::new(unsafe { raw::pci_iomap(self.as_raw(), bar, len as _) })?;
        // pci_iomap maps no more than the BAR has.
        // SAFETY: the device is valid (type invariant).
        let len = len.min(unsafe { raw::uzura_pci_resource_len(self.as_raw(), bar) } as usize);
        // INVARIANT: `len` bytes mapped at `base` on this device.
        Some(Bar { base, len, dev: self.clone() })
    }

    /// Allocates between `min` and `max` interrupt vectors, MSI-X or else MSI
    /// (`pci_alloc_irq_vectors`), until the result is dropped.
    pub(crate) fn alloc_msi_vectors(&self, min: u32, max: u32) -> Result<IrqVectors> {
        // SAFETY: the device is valid (type invariant).
        let r = unsafe { raw::pci_alloc_irq_vectors(self.as_raw(), min, max, raw::UZURA_PCI_IRQ_MSI_MSIX) };
        to_result(r)?;
        Ok(IrqVectors(self.clone()))
    }

    /// The Linux IRQ number of vector `index` (`pci_irq_vector`).
    pub(crate) fn irq_vector(&self, index: u32) -> Result<u32> {
        // SAFETY: the device is valid (type invariant).
        let irq = unsafe { raw::pci_irq_vector(self.as_raw(), index) };
        to_result(irq)?;
        Ok(irq as u32)
    }
}

impl Clone for Device {
    fn clone(&self) -> Device {
        // SAFETY: `self` holds a reference, so the count is not zero.
        unsafe { Device::get(self.0) }
    }
}

impl Drop for Device {
    fn drop(&mut self) {
        // SAFETY: gives back the reference this value holds (type invariant).
        unsafe { raw::pci_dev_put(self.as_raw()) }
    }
}

/// An enabled device; dropping it disables the device (`pci_disable_device`).
pub(crate) struct Enabled(Device);

impl Drop for Enabled {
    fn drop(&mut self) {
        // SAFETY: enabled by `Device::enable`, once per `Enabled`.
        unsafe { raw::pci_disable_device(self.0.as_raw()) }
    }
}

/// Claimed BARs; dropping releases them (`pci_release_regions`).
pub(crate) struct Regions(Device);

impl Drop for Regions {
    fn drop(&mut self) {
        // SAFETY: requested by `Device::request_regions`, once per `Regions`.
        unsafe { raw::pci_release_regions(self.0.as_raw()) }
    }
}

/// A mapped BAR, with 32-bit register accesses; unmapped on drop.
///
/// # Invariants
///
/// `len` bytes are mapped at `base` by `pci_iomap` on `dev`, unmapped only by `drop`.
pub(crate) struct Bar {
    base: NonNull<c_void>,
    len: usize,
    dev: Device,
}

// SAFETY: MMIO may be accessed from any thread; the mapping may be undone from any thread.
unsafe impl Send for Bar {}

impl Bar {
    /// The 32-bit register at `offset`; 0 if it is not inside the mapping.
    pub(crate) fn read(&self, offset: u32) -> u32 {
        if offset as usize + 4 > self.len {
            return 0;
        }
        // SAFETY: the 4 bytes are inside the mapping (checked above, type invariant).
        unsafe { raw::ioread32(self.base.as_ptr().add(offset as usize)) }
    }

    /// Writes the 32-bit register at `offset`; ignored if it is not inside the mapping.
    pub(crate) fn write(&self, offset: u32, value: u32) {
        if offset as usize + 4 > self.len {
            return;
        }
        // SAFETY: as in `read`.
        unsafe { raw::iowrite32(value, self.base.as_ptr().add(offset as usize)) }
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        // SAFETY: mapped by `pci_iomap` on this device and unmapped once, here (type invariant).
        unsafe { raw::pci_iounmap(self.dev.as_raw(), self.base.as_ptr()) }
    }
}

/// Allocated interrupt vectors; dropping frees them (`pci_free_irq_vectors`). As in C, every
/// [`ThreadedIrq`] on them must be freed first.
pub(crate) struct IrqVectors(Device);

impl Drop for IrqVectors {
    fn drop(&mut self) {
        // SAFETY: allocated by `Device::alloc_msi_vectors`, once per `IrqVectors`.
        unsafe { raw::pci_free_irq_vectors(self.0.as_raw()) }
    }
}

/// The thread half of an interrupt handler (the kernel's default primary half wakes it). It
/// runs in process context, one at a time per interrupt (`IRQF_ONESHOT`). MSI and MSI-X vectors
/// are not shared, so every interrupt is the device's: it is reported handled.
pub(crate) trait ThreadedHandler: Send + Sync + Sized + 'static {
    /// Handles an interrupt.
    fn handle_threaded(this: ArcBorrow<'_, Self>);
}

/// A threaded handler requested on an interrupt (`request_threaded_irq` with `IRQF_ONESHOT`);
/// freed on drop, which waits for a running handler.
///
/// # Invariants
///
/// The handler is requested on `irq` with `cookie` as its `dev_id`, a reference to the handler's
/// data from [`Arc::into_raw`], owned by this value and given back after `free_irq`.
pub(crate) struct ThreadedIrq<T: ThreadedHandler> {
    irq: u32,
    cookie: *const T,
}

// SAFETY: `free_irq` may be called from any process context; the data is `Send + Sync`.
unsafe impl<T: ThreadedHandler> Send for ThreadedIrq<T> {}

impl<T: ThreadedHandler> ThreadedIrq<T> {
    /// Requests `irq` (named `name` in /proc/interrupts) for `data`'s handler.
    pub(crate) fn request(irq: u32, name: &'static CStr, data: Arc<T>) -> Result<Self> {
        let cookie = Arc::into_raw(data);
        // SAFETY: `name` is static; the cookie stays valid until `free_irq` (the reference is
        // given back only after it), and `thread_fn::<T>` expects exactly such a cookie.
        let r = unsafe {
            raw::request_threaded_irq(
                irq,
                None,
                Some(Self::thread_fn),
                raw::UZURA_IRQF_ONESHOT as _,
                name.as_ptr(),
                cookie.cast_mut().cast(),
            )
        };
        if let Err(e) = to_result(r) {
            // SAFETY: from `Arc::into_raw` above, not requested: given back once.
            drop(unsafe { Arc::from_raw(cookie) });
            return Err(e);
        }
        // INVARIANT: requested with `cookie`, which this value now owns.
        Ok(ThreadedIrq { irq, cookie })
    }

    /// # Safety
    ///
    /// `cookie` is the `dev_id` of a live `ThreadedIrq<T>`: a reference to a `T` that is given
    /// back only after `free_irq`, which waits for this call to return.
    unsafe extern "C" fn thread_fn(_irq: c_int, cookie: *mut c_void) -> raw::irqreturn_t {
        // SAFETY: as required above, the reference outlives this call.
        let this = unsafe { ArcBorrow::from_raw(cookie.cast_const().cast::<T>()) };
        T::handle_threaded(this);
        raw::UZURA_IRQ_HANDLED as raw::irqreturn_t
    }
}

impl<T: ThreadedHandler> Drop for ThreadedIrq<T> {
    fn drop(&mut self) {
        // SAFETY: requested with this cookie (type invariant); free_irq waits for a running
        // handler, after which none runs.
        unsafe { raw::free_irq(self.irq, self.cookie.cast_mut().cast()) };
        // SAFETY: the reference owned by this value (type invariant), given back once.
        drop(unsafe { Arc::from_raw(self.cookie) });
    }
}

/// Pinned pages mapped for DMA in both directions (`dma_map_page_attrs`, one mapping per page);
/// dropping unmaps them, then unpins them.
///
/// # Invariants
///
/// `bus[i]` is the mapping of page `i` of `pages` on `dev`, unmapped only by `drop`.
pub(crate) struct PageMapping {
    bus: KVVec<u64>,
    dev: DmaDevice,
    pages: PinnedPages,
}

impl PageMapping {
    /// Maps every page of `pages` for `dev`. ENOMEM if a page cannot be mapped (the ones mapped
    /// so far are unmapped, and the pages unpinned).
    pub(crate) fn map(dev: &DmaDevice, pages: PinnedPages) -> Result<PageMapping> {
        let bus = KVVec::with_capacity(pages.len(), GFP_KERNEL)?;
        // INVARIANT: no page mapped yet.
        let mut this = PageMapping { bus, dev: dev.clone(), pages };
        for &page in this.pages.raw_pages() {
            // SAFETY: `page` is pinned by `this.pages`; the device is referenced by `this.dev`.
            let addr = unsafe {
                raw::dma_map_page_attrs(this.dev.as_raw(), page, 0, PAGE_SIZE, raw::UZURA_DMA_BIDIRECTIONAL as _, 0)
            };
            // DMA_MAPPING_ERROR is all ones.
            if addr == u64::MAX {
                return Err(ENOMEM);
            }
            if let Err(e) = this.bus.push(addr, GFP_KERNEL) {
                // SAFETY: mapped just above, and not in `bus`, so unmapped only here.
                unsafe { Self::unmap_one(&this.dev, addr) };
                return Err(e.into());
            }
        }
        Ok(this)
    }

    /// The bus address of every page, in order.
    pub(crate) fn bus(&self) -> &[u64] {
        &self.bus
    }

    /// # Safety
    ///
    /// `addr` is a page mapped by `map` on `dev`, not unmapped since, and not used afterwards.
    unsafe fn unmap_one(dev: &DmaDevice, addr: u64) {
        // SAFETY: as required above.
        unsafe { raw::dma_unmap_page_attrs(dev.as_raw(), addr, PAGE_SIZE, raw::UZURA_DMA_BIDIRECTIONAL as _, 0) }
    }
}

impl Drop for PageMapping {
    fn drop(&mut self) {
        for &addr in self.bus.iter() {
            // SAFETY: each address is a mapping of ours (type invariant), unmapped once, here.
            unsafe { Self::unmap_one(&self.dev, addr) };
        }
        // `pages` is unpinned after this, when the fields are dropped.
    }
}

/// A registered PCI driver; unregistering it (on drop) removes every bound device first.
pub(crate) struct Registration<T: Driver>(Pin<KBox<Inner<T>>>);

/// # Invariants
///
/// Once registered, `driver` is a registered `pci_driver` whose probe and remove are
/// `probe_callback::<T>` and `remove_callback::<T>`.
struct Inner<T: Driver> {
    driver: Opaque<raw::pci_driver>,
    ctx: T::Context,
}

// SAFETY: `pci_unregister_driver` may be called from any thread; the context is `Send`.
unsafe impl<T: Driver> Send for Registration<T> {}
// SAFETY: no method reads through `&Registration`; the context is `Sync`.
unsafe impl<T: Driver> Sync for Registration<T> {}

impl<T: Driver> Registration<T> {
    /// Registers the driver for `module`; every probe is given `ctx`.
    pub(crate) fn new(module: &'static ThisModule, ctx: T::Context) -> Result<Self> {
        let driver = raw::pci_driver {
            name: T::NAME.as_ptr(),
            id_table: IdTable::<T>::IDS.as_ptr(),
            probe: Some(probe_callback::<T>),
            remove: Some(remove_callback::<T>),
            ..ZEROED_PCI_DRIVER
        };
        let inner = KBox::pin(Inner::<T> { driver: Opaque::new(driver), ctx }, GFP_KERNEL)?;
        // SAFETY: the driver struct is complete and pinned on the heap until `drop` unregisters
        // it; `ctx` is in place before any probe can run. On failure it is not registered and is
        // simply freed.
        to_result(unsafe { raw::__pci_register_driver(inner.driver.get(), module.as_ptr().cast(), T::NAME.as_ptr()) })?;
        Ok(Registration(inner))
    }
}

impl<T: Driver> Drop for Registration<T> {
    fn drop(&mut self) {
        // SAFETY: registered in `new`; this removes every bound device (running
        // `remove_callback`), after which no callback runs and `ctx` may go.
        unsafe { raw::pci_unregister_driver(self.0.driver.get()) }
    }
}

// SAFETY: all-zero is a valid `pci_driver` (no callbacks, null pointers, empty lists) and a valid
// `pci_device_id` (the table's terminating entry).
const ZEROED_PCI_DRIVER: raw::pci_driver = unsafe { MaybeUninit::zeroed().assume_init() };
// SAFETY: see above.
const ZEROED_ID: raw::pci_device_id = unsafe { MaybeUninit::zeroed().assume_init() };

/// The ID table of `T`, in read-only memory: its device and the terminating zero entry.
struct IdTable<T>(PhantomData<T>);

impl<T: Driver> IdTable<T> {
    const IDS: &'static [raw::pci_device_id; 2] = &{
        let mut ids = [ZEROED_ID; 2];
        ids[0].vendor = T::VENDOR as u32;
        ids[0].device = T::DEVICE as u32;
        ids[0].subvendor = raw::UZURA_PCI_ANY_ID;
        ids[0].subdevice = raw::UZURA_PCI_ANY_ID;
        ids
    };
}

/// # Safety
///
/// Called by the PCI core to bind `pdev` to a driver registered by a `Registration<T>`: `pdev`
/// is valid, and its `dev.driver` is that registration's `pci_driver`, which stays registered
/// during the call.
unsafe extern "C" fn probe_callback<T: Driver>(pdev: *mut raw::pci_dev, _id: *const raw::pci_device_id) -> c_int {
    // SAFETY: `pdev` is valid (so not null) and referenced by the PCI core during probe.
    let dev = unsafe { Device::get(NonNull::new_unchecked(pdev)) };
    // SAFETY: `uzura_pci_driver` gives the `pci_driver` that `pdev` is being bound to, the
    // `driver` field of a live `Inner<T>` (as required above).
    let inner =
        unsafe { &*raw::uzura_pci_driver(pdev).cast::<u8>().sub(offset_of!(Inner<T>, driver)).cast::<Inner<T>>() };
    match T::probe(&dev, &inner.ctx) {
        Ok(data) => {
            // SAFETY: the device is being bound; `remove_callback` takes the data back.
            unsafe { raw::uzura_pci_set_drvdata(pdev, KBox::into_raw(data).cast()) };
            0
        }
        Err(e) => e.to_errno(),
    }
}

/// # Safety
///
/// Called by the PCI core to unbind `pdev`, which `probe_callback::<T>` bound.
unsafe extern "C" fn remove_callback<T: Driver>(pdev: *mut raw::pci_dev) {
    // SAFETY: `probe_callback` stored a `KBox<T>` as the driver data of this bound device; remove
    // runs once per successful probe and takes it back.
    drop(unsafe { KBox::<T>::from_raw(raw::uzura_pci_get_drvdata(pdev).cast()) });
}
