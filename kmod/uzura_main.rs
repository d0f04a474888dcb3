// SPDX-License-Identifier: GPL-2.0
//! uzura: the Linux driver of the uzura RDMA NIC (Linux 6.12, Rust).
//!
//! Each NIC is a character device `/dev/uzuraN` whose ioctls are the paper's calls
//! (`docs/registers.md` §8). The driver core (`kmod/core`), the ioctl ABI (`uapi`) and the
//! reference NIC model (`refnic`) are compiled into this module as its own modules; this file
//! adds what only a kernel has: locking, sleeping, the timer, pinned user memory, the misc
//! device and the PCI driver. Module parameter `loopback=N` creates N loopback devices: the
//! reference model on the CPU with its port wired to itself, so that everything above the
//! registers runs without hardware.
//!
//! This file is safe Rust only: it reaches the C side through the kernel crate and the small
//! abstractions in `kernel/` (module `sys`).

use core::mem::size_of;
use core::sync::atomic::{AtomicU32, Ordering};

use kernel::error::code::{EBUSY, EINTR, EINVAL, EIO, ENODEV, ENOMEM, ENOSPC, ENOTTY};
use kernel::fmt;
use kernel::prelude::*;
use kernel::str::CString;
use kernel::sync::{Arc, ArcBorrow, CondVar, Mutex};
use kernel::uaccess::UserSlice;
use kernel::workqueue::{Work, WorkItem};
use kernel::{impl_has_work, new_condvar, new_mutex, new_work};

#[allow(
    dead_code,
    missing_docs,
    unreachable_pub,
    unused_attributes,
    unused_imports,
    elided_lifetimes_in_paths,
    clippy::all
)]
#[path = "../uapi/src/lib.rs"]
mod uapi;
#[allow(
    dead_code,
    missing_docs,
    unreachable_pub,
    unused_attributes,
    unused_imports,
    elided_lifetimes_in_paths,
    clippy::all
)]
#[path = "core/src/lib.rs"]
mod uzura_core;
#[allow(
    dead_code,
    missing_docs,
    unreachable_pub,
    unused_attributes,
    unused_imports,
    elided_lifetimes_in_paths,
    clippy::all
)]
#[path = "../refnic/src/lib.rs"]
mod uzura_refnic;

#[path = "kernel/mod.rs"]
mod sys;

use sys::dma::{Coherent, DmaDevice};
use sys::miscdev::{self, MiscDevice};
use sys::pages::{PhysMem, PinnedPages, PAGE_SIZE};
use sys::pci;
use sys::procfs::{ProcEntry, ProcShow, SeqFile};
use sys::timer::{impl_has_timer, Timer, TimerCallback};
use sys::workqueue::OwnedQueue;
use sys::xen::ForeignFrames;
use uapi::abi::{self, RegMemory};
use uapi::info::{ContextAddr, RegionInfo, ACCESS_ALL, ACCESS_REMOTE_WRITE};
use uapi::proto::{MAX_REGIONS, MAX_REGION_LEN};
use uapi::regs;
use uapi::MacAddr;
use uzura_core::{Config, Device, DmaLayout, Driver, Owner, RegionSpec, StartArgs};
use uzura_refnic::loopback::Loopback;
use uzura_refnic::Memory;

module! {
    type: Uzura,
    name: "uzura",
    author: "uzura developers",
    description: "uzura RDMA NIC: /dev/uzuraN with getreginfo, rdmastart and poll",
    license: "GPL",
}

/// How long a closing file waits for a PCI NIC to consume the descriptors that may name its
/// regions before the NIC is reset.
const DRAIN_TIMEOUT_NS: u64 = 5_000_000_000;

/// Bytes the loopback NIC puts on its wire per run of its engine before the lock is released.
const LOOPBACK_BUDGET: u64 = 256 << 10;

fn core_err(e: uzura_core::Error) -> Error {
    Error::from_errno(-e.errno())
}

// --- one NIC ---------------------------------------------------------------------------------

/// How the driver reaches the NIC's registers.
pub(crate) enum Nic {
    Loopback(KVBox<Loopback>),
    Pci(pci::Bar),
    /// The PCI NIC was removed, or reset out of service: its registers read all ones, as a
    /// vanished PCI device's do, and writes go nowhere.
    Gone,
}

/// The loopback NIC's DMA: host memory by physical address.
impl Memory for PhysMem {
    fn read(&self, addr: u64, buf: &mut [u8]) {
        self.copy_from(addr, buf);
    }
    fn write(&mut self, addr: u64, data: &[u8]) {
        self.copy_to(addr, data);
    }
    // No guard watches placements here (sim's host memory has one): a plain copy.
    fn dma_write(&mut self, addr: u64, data: &[u8]) {
        self.copy_to(addr, data);
    }
}

/// A region's pinned pages (or held frames) as the NIC addresses them.
enum RegionPages {
    /// Physical addresses of the pages (the loopback NIC's bus addresses).
    Phys { bus: KVVec<u64>, _pages: PinnedPages },
    /// Streaming DMA mappings of the pages (unmapped, then unpinned, on drop).
    Dma(pci::PageMapping),
    /// A Xen domain's frames held by a kernel mapping (`sys::xen`), unmapped on drop. The
    /// loopback NIC gets the mapping's kernel addresses (the frames have no physical address
    /// in this domain, so no place in the direct map; see `PhysMem`); a PCI NIC gets their
    /// machine addresses (`docs/kernel-module.md`, "Foreign regions").
    Foreign { bus: KVVec<u64>, _frames: ForeignFrames },
}

impl RegionPages {
    fn bus(&self) -> &[u64] {
        match self {
            RegionPages::Phys { bus, .. } | RegionPages::Foreign { bus, .. } => bus,
            RegionPages::Dma(m) => m.bus(),
        }
    }
}

/// A registered region: the pinned pages, their bus addresses and the NIC's page list.
struct Region {
    owner: Owner,
    page_list: Coherent,
    pages: RegionPages,
}

pub(crate) struct State {
    driver: KBox<Driver>,
    nic: Nic,
    rings: Coherent,
    /// Indexed like the NIC's region table.
    regions: KVec<Option<Region>>,
    /// Protection domains in use (one per open file), a bit each.
    owners: KVec<u64>,
    stopping: bool,
}

/// The driver core's view of the NIC: registers, the coherent memory it writes (rings and,
/// while a region is registered, its page list), time and randomness.
struct Port<'a> {
    nic: &'a mut Nic,
    rings: &'a Coherent,
    page_list: Option<&'a Coherent>,
}

impl Device for Port<'_> {
    fn read_reg(&mut self, offset: u32) -> u32 {
        match self.nic {
            Nic::Loopback(n) => n.read_reg(offset),
            Nic::Pci(bar) => bar.read(offset),
            Nic::Gone => u32::MAX,
        }
    }
    fn write_reg(&mut self, offset: u32, value: u32) {
        match self.nic {
            Nic::Loopback(n) => n.write_reg(&mut PhysMem, offset, value),
            Nic::Pci(bar) => bar.write(offset, value),
            Nic::Gone => {}
        }
    }
    fn mem_read(&mut self, bus: u64, buf: &mut [u8]) {
        if !self.rings.read(bus, buf) && !self.page_list.is_some_and(|p| p.read(bus, buf)) {
            pr_err!("driver read outside its coherent memory at {:#x}\n", bus);
            buf.fill(0);
        }
    }
    fn mem_write(&mut self, bus: u64, data: &[u8]) {
        if !self.rings.write(bus, data) && !self.page_list.is_some_and(|p| p.write(bus, data)) {
            pr_err!("driver write outside its coherent memory at {:#x}\n", bus);
        }
    }
    fn read_barrier(&mut self) {
        sys::dma_rmb();
    }
    fn now_ns(&mut self) -> u64 {
        sys::now_ns()
    }
    fn random_u64(&mut self) -> u64 {
        sys::random_u64()
    }
}

impl State {
    fn new(nic: Nic, rings: Coherent, cfg: Config) -> Result<State> {
        let mut driver = KBox::init(kernel::init::zeroed::<Driver>(), GFP_KERNEL)?;
        driver.set_config(cfg);
        let mut regions = KVec::with_capacity(MAX_REGIONS, GFP_KERNEL)?;
        for _ in 0..MAX_REGIONS {
            regions.push(None, GFP_KERNEL)?;
        }
        let mut owners = KVec::with_capacity(1024, GFP_KERNEL)?;
        for _ in 0..1024 {
            owners.push(0u64, GFP_KERNEL)?;
        }
        // Owner 0 is never handed out.
        owners[0] = 1;
        let mut st = State { driver, nic, rings, regions, owners, stopping: false };
        let base = st.rings.bus();
        let (drv, mut port) = st.split(None);
        drv.attach(&mut port, base).map_err(core_err)?;
        Ok(st)
    }

    fn split<'a>(&'a mut self, page_list: Option<&'a Coherent>) -> (&'a mut Driver, Port<'a>) {
        (&mut self.driver, Port { nic: &mut self.nic, rings: &self.rings, page_list })
    }

    /// One round of the bottom half: the loopback NIC's DMA engine, then the driver's event
    /// loop. Returns whether more work is pending.
    fn step(&mut self) -> bool {
        if let Nic::Loopback(n) = &mut self.nic {
            n.run(&mut PhysMem, LOOPBACK_BUDGET);
        }
        let (drv, mut port) = self.split(None);
        drv.service(&mut port, &mut |_| {});
        self.nic_busy()
    }

    /// The loopback NIC has DMA to do or an interrupt pending (hardware works on its own).
    fn nic_busy(&self) -> bool {
        match &self.nic {
            Nic::Loopback(n) => n.has_work() || n.irq_pending(),
            Nic::Pci(_) | Nic::Gone => false,
        }
    }

    fn gone(&self) -> bool {
        matches!(self.nic, Nic::Gone)
    }

    /// Takes a PCI NIC out of service for good: resets it, which stops all its DMA
    /// (`docs/registers.md` §7), unmaps its registers and releases every region, the open files'
    /// included: nothing can reach those pages any more. Their calls fail with ENODEV from now.
    fn shut_down(&mut self) {
        if let Nic::Pci(bar) = &self.nic {
            bar.write(regs::CONTROL, regs::CONTROL_RESET);
            // A vanished device reads all ones, RESET included: no point waiting for it.
            for _ in 0..10 {
                let control = bar.read(regs::CONTROL);
                if control & regs::CONTROL_RESET == 0 || control == u32::MAX {
                    break;
                }
                sys::msleep(1);
            }
        }
        self.nic = Nic::Gone;
        self.stopping = true;
        for slot in self.regions.iter_mut() {
            *slot = None;
        }
    }

    fn alloc_owner(&mut self) -> Result<Owner> {
        for (w, word) in self.owners.iter_mut().enumerate() {
            if *word != u64::MAX {
                let bit = (!*word).trailing_zeros() as usize;
                *word |= 1 << bit;
                return Ok((w * 64 + bit) as Owner);
            }
        }
        Err(ENOSPC)
    }

    fn free_owner(&mut self, owner: Owner) {
        self.owners[owner as usize / 64] &= !(1 << (owner % 64));
    }
}

#[pin_data]
pub(crate) struct UzuraDev {
    #[pin]
    state: Mutex<State>,
    /// Notified whenever the driver handled events: waiters re-check their condition.
    #[pin]
    wake: CondVar,
    #[pin]
    work: Work<UzuraDev>,
    /// The retransmission timer; it only queues `work`.
    #[pin]
    timer: Timer<UzuraDev>,
    /// The module's workqueue, which runs `work`.
    wq: Arc<OwnedQueue>,
    /// The device that does the DMA (`None`: loopback).
    dma_dev: Option<DmaDevice>,
}

impl_has_work! {
    impl HasWork<Self> for UzuraDev { self.work }
}

impl_has_timer! {
    impl HasTimer for UzuraDev { self.timer }
}

impl WorkItem for UzuraDev {
    type Pointer = Arc<UzuraDev>;

    /// The bottom half: runs the loopback engine and the driver's event loop until idle,
    /// releasing the lock between rounds so that ioctls (and closes) interleave.
    fn run(this: Arc<UzuraDev>) {
        loop {
            let mut st = this.state.lock();
            if st.stopping {
                return;
            }
            let more = st.step();
            UzuraDev::arm_timer(this.as_arc_borrow(), &st);
            drop(st);
            this.wake.notify_all();
            if !more {
                return;
            }
            sys::cond_resched();
        }
    }
}

/// The retransmission timer: it only queues the bottom half.
impl TimerCallback for UzuraDev {
    fn run(this: Arc<UzuraDev>) {
        UzuraDev::kick(this.as_arc_borrow());
    }
}

/// The NIC's interrupt (PCI): one round of the bottom half, in the IRQ thread.
impl pci::ThreadedHandler for UzuraDev {
    fn handle_threaded(this: ArcBorrow<'_, UzuraDev>) {
        let mut st = this.state.lock();
        st.step();
        UzuraDev::arm_timer(this, &st);
        drop(st);
        this.wake.notify_all();
    }
}

impl UzuraDev {
    fn new(
        nic: Nic,
        rings: Coherent,
        cfg: Config,
        wq: Arc<OwnedQueue>,
        dma_dev: Option<DmaDevice>,
    ) -> Result<Arc<UzuraDev>> {
        let state = State::new(nic, rings, cfg)?;
        Arc::pin_init(
            pin_init!(UzuraDev {
                state <- new_mutex!(state, "uzura::state"),
                wake <- new_condvar!("uzura::wake"),
                work <- new_work!("uzura::work"),
                timer <- Timer::new(),
                wq,
                dma_dev,
            }),
            GFP_KERNEL,
        )
    }

    /// Queues the bottom half.
    fn kick(this: ArcBorrow<'_, UzuraDev>) {
        let arc: Arc<UzuraDev> = this.into();
        let _ = this.wq.enqueue(arc);
    }

    /// (Re-)arms the retransmission timer for the driver's earliest deadline.
    fn arm_timer(this: ArcBorrow<'_, UzuraDev>, st: &State) {
        if st.stopping {
            return;
        }
        if let Some(deadline) = st.driver.next_deadline_ns() {
            Timer::arm_in_ns(this, deadline.saturating_sub(sys::now_ns()));
        }
    }

    /// Stops the timer and the bottom half for good (before the device is dropped).
    fn stop(&self) {
        self.state.lock().stopping = true;
        // Nothing re-arms it once `stopping` is set.
        Timer::cancel(self);
    }

    /// The PCI device is being unbound (driver unloaded, sysfs unbind, or the bus lost it, as
    /// when UML's device process dies) while files may still be open: the NIC is shut down
    /// ([`State::shut_down`]) and sleepers are woken to fail with ENODEV.
    fn remove(&self) {
        self.state.lock().shut_down();
        Timer::cancel(self);
        self.wake.notify_all();
    }

    /// Everything of a closed file goes: contexts, regions, then (once the NIC has consumed
    /// every descriptor that may still name them) the pins.
    fn release_owner(this: ArcBorrow<'_, UzuraDev>, owner: Owner) {
        let mut st = this.state.lock();
        let (drv, mut port) = st.split(None);
        drv.release_owner(&mut port, owner);
        // Time, not tries: msleep(1) sleeps a jiffy or more (10 ms at HZ=100).
        let deadline = sys::now_ns() + DRAIN_TIMEOUT_NS;
        loop {
            let (drv, mut port) = st.split(None);
            if drv.sq_drained(&mut port) {
                break;
            }
            match st.nic {
                // The loopback NIC consumes them (rejecting those of dead regions) right here.
                Nic::Loopback(_) => {
                    st.step();
                }
                Nic::Gone => break,
                Nic::Pci(_) => {
                    if sys::now_ns() > deadline {
                        // The NIC may still DMA from these pages: only a reset makes it stop.
                        pr_err!("NIC did not drain its send queue in 5 s: reset it; out of service until rebound\n");
                        st.shut_down();
                        break;
                    }
                    drop(st);
                    sys::msleep(1);
                    st = this.state.lock();
                }
            }
        }
        for slot in st.regions.iter_mut() {
            if slot.as_ref().is_some_and(|r| r.owner == owner) {
                *slot = None;
            }
        }
        st.free_owner(owner);
        let busy = st.nic_busy();
        Self::arm_timer(this, &st);
        drop(st);
        // Draining may have completed other files' transfers.
        this.wake.notify_all();
        if busy {
            Self::kick(this);
        }
    }
}

// --- the character device --------------------------------------------------------------------

/// One open file: a protection domain of one device.
struct OpenFile {
    dev: Arc<UzuraDev>,
    owner: Owner,
}

impl OpenFile {
    fn dev(&self) -> ArcBorrow<'_, UzuraDev> {
        self.dev.as_arc_borrow()
    }

    /// Releases the lock, re-arms the timer and queues the bottom half if the NIC has work.
    fn done(&self, st: kernel::sync::lock::Guard<'_, State, kernel::sync::lock::mutex::MutexBackend>) {
        let busy = st.nic_busy();
        UzuraDev::arm_timer(self.dev(), &st);
        drop(st);
        if busy {
            UzuraDev::kick(self.dev());
        }
    }

    /// The device's state, locked; ENODEV once the NIC is gone (removed, or reset out of
    /// service), so that no call reaches it.
    fn state(&self) -> Result<kernel::sync::lock::Guard<'_, State, kernel::sync::lock::mutex::MutexBackend>> {
        let st = self.dev.state.lock();
        if st.gone() {
            return Err(ENODEV);
        }
        Ok(st)
    }

    fn dispatch(&self, cmd: u32, arg: usize) -> Result<()> {
        match cmd {
            abi::IOC_CTX_OPEN => with_arg(arg, |a| self.ctx_open(a)),
            abi::IOC_CTX_CONNECT => with_arg(arg, |a| self.ctx_connect(a)),
            abi::IOC_CTX_CLOSE => with_arg(arg, |a| self.ctx_close(a)),
            abi::IOC_GETREGINFO => with_arg(arg, |a| self.getreginfo(a)),
            abi::IOC_REGION_RELEASE => with_arg(arg, |a| self.region_release(a)),
            abi::IOC_RDMASTART => with_arg(arg, |a| self.rdmastart(a)),
            abi::IOC_POLL => with_arg(arg, |a| self.poll(a)),
            _ => Err(ENOTTY),
        }
    }

    fn ctx_open(&self, a: &mut abi::CtxOpen) -> Result<()> {
        if a.reserved != 0 {
            return Err(EINVAL);
        }
        let mut st = self.state()?;
        let (drv, mut port) = st.split(None);
        let addr = drv.ctx_open(&mut port, self.owner).map_err(core_err)?;
        a.local = addr.to_bytes();
        Ok(())
    }

    fn ctx_connect(&self, a: &mut abi::CtxConnect) -> Result<()> {
        if a.reserved != 0 {
            return Err(EINVAL);
        }
        let peer = ContextAddr::parse(&a.peer).map_err(|_| EINVAL)?;
        let mut st = self.state()?;
        let (drv, mut port) = st.split(None);
        drv.ctx_connect(&mut port, self.owner, a.cid, peer).map_err(core_err)
    }

    fn ctx_close(&self, a: &mut abi::CtxClose) -> Result<()> {
        if a.reserved != [0; 3] {
            return Err(EINVAL);
        }
        let mut st = self.state()?;
        let (drv, mut port) = st.split(None);
        let r = drv.ctx_close(&mut port, self.owner, a.cid).map_err(core_err);
        self.done(st);
        r
    }

    fn getreginfo(&self, a: &mut abi::GetRegInfo) -> Result<()> {
        let memory = a.memory().ok_or(EINVAL)?;
        if a.size == 0 || a.size > MAX_REGION_LEN || a.access == 0 || a.access & !(ACCESS_ALL as u32) != 0 {
            return Err(EINVAL);
        }
        a.addr.checked_add(a.size).ok_or(core_err(uzura_core::Error::Overflow))?;
        let first = (a.addr % PAGE_SIZE as u64) as usize;
        let npages = RegionSpec::pages_needed(first, a.size) as usize;
        let access = a.access as u8;
        let (start, writable) = (a.addr as usize - first, access & ACCESS_REMOTE_WRITE != 0);
        // Pinning (or holding) sleeps and may fault: done before taking the device lock.
        let pages = match (memory, &self.dev.dma_dev) {
            (RegMemory::XenForeign(domid), dma) => {
                let frames = ForeignFrames::hold(start, npages, domid, writable)?;
                let bus = if dma.is_some() { frames.machine_addrs()? } else { frames.kernel_addrs()? };
                RegionPages::Foreign { bus, _frames: frames }
            }
            (RegMemory::Own, None) => {
                let pages = PinnedPages::pin(start, npages, writable)?;
                RegionPages::Phys { bus: pages.phys_addrs()?, _pages: pages }
            }
            (RegMemory::Own, Some(dma)) => {
                RegionPages::Dma(pci::PageMapping::map(dma, PinnedPages::pin(start, npages, writable)?)?)
            }
        };
        let page_list = Coherent::alloc(self.dev.dma_dev.as_ref(), npages * size_of::<u64>())?;
        let region = Region { owner: self.owner, page_list, pages };
        // ENODEV if removed while pinning: the region would outlive the device.
        let mut st = self.state()?;
        let spec = RegionSpec {
            pages: region.pages.bus(),
            first_offset: first,
            len: a.size,
            access,
            page_list_bus: region.page_list.bus(),
        };
        let st_ref = &mut *st;
        let (drv, mut port) = st_ref.split(Some(&region.page_list));
        let info = drv.register_region(&mut port, self.owner, &spec).map_err(core_err)?;
        // Moving the region keeps its heap buffers (page array, page list) where they are.
        st.regions[info.index as usize] = Some(region);
        drop(st);
        a.info = info.to_bytes();
        Ok(())
    }

    fn region_release(&self, a: &mut abi::RegionRelease) -> Result<()> {
        let info = RegionInfo::parse(&a.info).map_err(|_| EINVAL)?;
        let mut st = self.state()?;
        let (drv, mut port) = st.split(None);
        drv.release_region(&mut port, self.owner, &info).map_err(core_err)?;
        // Invalidated and no descriptor names it any more: unpin.
        let region = st.regions[info.index as usize].take();
        drop(st);
        drop(region);
        Ok(())
    }

    fn rdmastart(&self, a: &mut abi::RdmaStart) -> Result<()> {
        if a.flags & !abi::START_WAIT != 0 {
            return Err(EINVAL);
        }
        let src = RegionInfo::parse(&a.sinfo).map_err(|_| EINVAL)?;
        let dst = RegionInfo::parse(&a.dinfo).map_err(|_| EINVAL)?;
        let args = StartArgs { src, src_offset: a.soff, dst, dst_offset: a.doff, len: a.size };
        let mut st = self.state()?;
        let (drv, mut port) = st.split(None);
        let seq = drv.rdmastart(&mut port, self.owner, a.cid, &args).map_err(core_err)?;
        a.seq = seq;
        if a.flags & abi::START_WAIT == 0 {
            self.done(st);
            return Ok(());
        }
        self.wait(st, |drv, port, owner| {
            Ok(drv.poll(port, owner, a.cid, false).map_err(core_err)?.count.wrapping_sub(seq) as i32 > 0)
        })
    }

    fn poll(&self, a: &mut abi::Poll) -> Result<()> {
        if a.flags & !(abi::POLL_WAIT | abi::POLL_RX) != 0 || a.reserved != 0 {
            return Err(EINVAL);
        }
        let incoming = a.flags & abi::POLL_RX != 0;
        let st = self.state()?;
        let (cid, wait) = (a.cid, a.flags & abi::POLL_WAIT != 0);
        let mut result = None;
        let r = self.wait(st, |drv, port, owner| {
            let r = drv.poll(port, owner, cid, incoming).map_err(core_err)?;
            result = Some(r);
            Ok(r.complete || !wait)
        });
        if let Some(p) = result {
            a.complete = p.complete as u32;
            a.count = p.count;
        }
        r
    }

    /// Sleeps (interruptibly) until `done` holds, re-checking whenever the bottom half ran.
    fn wait<'a>(
        &'a self,
        mut st: kernel::sync::lock::Guard<'a, State, kernel::sync::lock::mutex::MutexBackend>,
        mut done: impl FnMut(&mut Driver, &mut Port<'_>, Owner) -> Result<bool>,
    ) -> Result<()> {
        loop {
            let (drv, mut port) = st.split(None);
            match done(drv, &mut port, self.owner) {
                Ok(false) => {}
                r => {
                    self.done(st);
                    return r.map(|_| ());
                }
            }
            if kernel::current!().signal_pending() {
                self.done(st);
                return Err(EINTR);
            }
            if st.gone() {
                return Err(ENODEV);
            }
            // The loopback NIC's work is done by the waiting caller itself, a round at a
            // time with the lock released in between: no hand-off to the bottom half and back.
            if st.nic_busy() {
                st.step();
                drop(st);
                self.dev.wake.notify_all();
                sys::cond_resched();
                st = self.dev.state.lock();
                continue;
            }
            UzuraDev::arm_timer(self.dev(), &st);
            if self.dev.wake.wait_interruptible(&mut st) {
                return Err(EINTR);
            }
        }
    }
}

/// Reads the ioctl's argument struct, runs `f` on it and writes it back (also when a wait was
/// interrupted, so that RDMASTART's `seq` reaches the caller).
fn with_arg<T: kernel::types::FromBytes + kernel::types::AsBytes>(
    arg: usize,
    f: impl FnOnce(&mut T) -> Result<()>,
) -> Result<()> {
    let (mut reader, mut writer) = UserSlice::new(arg, size_of::<T>()).reader_writer();
    let mut a: T = reader.read()?;
    let r = f(&mut a);
    if r.is_ok() || r == Err(EINTR) {
        writer.write(&a)?;
    }
    r
}

/// The files of `/dev/uzuraN`: each open is a protection domain of the device.
impl MiscDevice for OpenFile {
    type Data = Arc<UzuraDev>;

    fn open(dev: &Arc<UzuraDev>) -> Result<KBox<OpenFile>> {
        let owner = dev.state.lock().alloc_owner()?;
        KBox::new(OpenFile { dev: dev.clone(), owner }, GFP_KERNEL).map_err(|_| {
            dev.state.lock().free_owner(owner);
            ENOMEM
        })
    }

    fn release(this: KBox<OpenFile>) {
        UzuraDev::release_owner(this.dev(), this.owner);
    }

    fn ioctl(&self, cmd: u32, arg: usize) -> Result<isize> {
        self.dispatch(cmd, arg).map(|()| 0)
    }
}

/// Device numbers handed out so far (loopback and PCI devices share the sequence).
static NEXT_INDEX: AtomicU32 = AtomicU32::new(0);

/// A device's `/dev/uzuraN`; dropping it removes the node (no new opens), then stops the device.
struct DevNode {
    misc: Option<Pin<KBox<miscdev::Registration<OpenFile>>>>,
    dev: Arc<UzuraDev>,
}

impl DevNode {
    /// Registers `/dev/uzuraN` for `dev`.
    fn register(dev: Arc<UzuraDev>) -> Result<DevNode> {
        let index = NEXT_INDEX.fetch_add(1, Ordering::Relaxed);
        let name = CString::try_from_fmt(fmt!("uzura{}", index))?;
        let misc = match miscdev::Registration::register(name, 0o666, dev.clone()) {
            Ok(misc) => misc,
            Err(e) => {
                dev.stop();
                return Err(e);
            }
        };
        pr_info!("/dev/{} ready\n", misc.name().to_str().unwrap_or("uzura?"));
        Ok(DevNode { misc: Some(misc), dev })
    }
}

impl Drop for DevNode {
    fn drop(&mut self) {
        self.misc = None;
        self.dev.stop();
    }
}

// --- the PCI NIC -----------------------------------------------------------------------------

/// A probed NIC: undone in reverse order on removal.
struct PciNic {
    node: Option<DevNode>,
    irq: Option<pci::ThreadedIrq<UzuraDev>>,
    dev: Option<Arc<UzuraDev>>,
    // Dropped in this order, after `Drop::drop`.
    vectors: Option<pci::IrqVectors>,
    regions: Option<pci::Regions>,
    enabled: Option<pci::Enabled>,
}

impl Drop for PciNic {
    fn drop(&mut self) {
        // No new opens, then no interrupts, then no timer or bottom half.
        self.node = None;
        self.irq = None;
        if let Some(dev) = self.dev.take() {
            dev.stop();
            // Waits for a bottom half still running.
            dev.wq.flush();
            dev.remove();
        }
    }
}

impl pci::Driver for PciNic {
    type Context = Arc<OwnedQueue>;
    const NAME: &'static core::ffi::CStr = c"uzura";
    const VENDOR: u16 = regs::PCI_VENDOR_ID;
    const DEVICE: u16 = regs::PCI_DEVICE_ID;

    fn probe(pdev: &pci::Device, wq: &Arc<OwnedQueue>) -> Result<KBox<PciNic>> {
        PciNic::bring_up(pdev, wq).inspect_err(|e| pr_err!("probe failed: errno {}\n", -e.to_errno()))
    }
}

impl PciNic {
    /// BAR0, one MSI/MSI-X vector, a 64-bit DMA mask, coherent memory for the rings
    /// (`docs/registers.md`).
    fn bring_up(pdev: &pci::Device, wq: &Arc<OwnedQueue>) -> Result<KBox<PciNic>> {
        let mut nic = KBox::new(
            PciNic { node: None, irq: None, dev: None, vectors: None, regions: None, enabled: None },
            GFP_KERNEL,
        )?;
        nic.enabled = Some(pdev.enable()?);
        nic.regions = Some(pdev.request_regions(c"uzura")?);
        pdev.set_master();
        let dma = pdev.dma_device();
        dma.set_mask(u64::MAX).map_err(|_| EIO)?;
        let bar = pdev.iomap(0, regs::BAR0_LEN).ok_or(ENOMEM)?;
        if bar.read(regs::ID) != regs::ID_VALUE {
            return Err(ENODEV);
        }
        nic.vectors = Some(pdev.alloc_msi_vectors(1, 1)?);
        let rings = Coherent::alloc(Some(&dma), DmaLayout::LEN)?;
        let mut cfg = Config::default();
        let (rto_us, rto_max_ms) = sys::rto_params();
        if rto_us != 0 {
            cfg.rto_initial_ns = u64::from(rto_us) * 1_000;
        }
        if rto_max_ms != 0 {
            cfg.rto_max_ns = u64::from(rto_max_ms) * 1_000_000;
        }
        let dev = UzuraDev::new(Nic::Pci(bar), rings, cfg, wq.clone(), Some(dma))?;
        let irq = pdev.irq_vector(0)?;
        nic.dev = Some(dev.clone());
        nic.irq = Some(pci::ThreadedIrq::request(irq, c"uzura", dev.clone())?);
        nic.node = Some(DevNode::register(dev)?);
        Ok(nic)
    }
}

// --- the module ------------------------------------------------------------------------------

/// /proc/uzura: what the module holds right now.
struct ProcStatus;

impl ProcShow for ProcStatus {
    fn show(m: &mut SeqFile) -> Result {
        let text = CString::try_from_fmt(fmt!(
            "pinned_pages {}\nforeign_frames {}\n",
            sys::pages::pinned_total(),
            sys::xen::held_total()
        ))
        .map_err(|_| ENOMEM)?;
        m.write(text.as_bytes())
    }
}

struct Uzura {
    proc: Option<ProcEntry>,
    pci: Option<pci::Registration<PciNic>>,
    loopbacks: KVec<DevNode>,
    wq: Option<Arc<OwnedQueue>>,
}

fn loopback_device(index: u32, wq: &Arc<OwnedQueue>) -> Result<DevNode> {
    // About 170 KiB: vmalloc rather than a high-order kmalloc.
    let mut nic = KVBox::init(kernel::init::zeroed::<Loopback>(), GFP_KERNEL)?;
    // Locally administered unicast: 02:75:7a:00:00:NN ("uz").
    nic.reset(MacAddr([0x02, 0x75, 0x7a, 0, (index >> 8) as u8, index as u8]));
    let rings = Coherent::alloc(None, DmaLayout::LEN)?;
    // A CPU copies the frames: jumbo frames, and a long retransmission timeout because a
    // busy CPU, not the wire, is what delays acknowledgements.
    let cfg = Config { mtu: 9000, rto_initial_ns: 20_000_000, rto_max_ns: 1_000_000_000, ..Config::default() };
    let dev = UzuraDev::new(Nic::Loopback(nic), rings, cfg, wq.clone(), None)?;
    DevNode::register(dev)
}

impl kernel::Module for Uzura {
    fn init(module: &'static ThisModule) -> Result<Self> {
        let wq = OwnedQueue::new_unbound(c"uzura")?;
        let mut this = Uzura { proc: None, pci: None, loopbacks: KVec::new(), wq: Some(wq.clone()) };
        for i in 0..sys::loopback_param() {
            this.loopbacks.push(loopback_device(i, &wq)?, GFP_KERNEL)?;
        }
        this.pci = Some(pci::Registration::new(module, wq)?);
        this.proc = Some(ProcEntry::create::<ProcStatus>(c"uzura", 0o444).ok_or(EBUSY)?);
        Ok(this)
    }
}

impl Drop for Uzura {
    fn drop(&mut self) {
        self.proc = None;
        self.pci = None;
        self.loopbacks = KVec::new();
        if let Some(wq) = self.wq.take() {
            // Runs what is still queued; every device is stopped, so nothing queues more and
            // no device (holding the queue) is left once this returns: the queue goes with
            // this last reference, not in one of its own work items.
            wq.drain();
        }
        pr_info!(
            "unloaded, pinned pages left: {}, foreign frames left: {}\n",
            sys::pages::pinned_total(),
            sys::xen::held_total()
        );
    }
}
