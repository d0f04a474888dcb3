//! One NIC as its host sees it: a model behind [`NicBackend`], its config space, its host's memory
//! for DMA, the interrupt state and the counters of the exit summary.

use std::cell::Cell;
use std::fmt;

use uzura_refnic::{Memory, RefNic};
use uzura_sim::link::wire_time_ps;
use uzura_uapi::regs;
use uzura_uapi::wire::MacAddr;
use vm_memory::{Bytes, GuestAddress, GuestAddressSpace, GuestMemoryAtomic, GuestMemoryMmap};
use vmm_sys_util::eventfd::EventFd;

use crate::config::ConfigSpace;

pub type GuestMem = GuestMemoryAtomic<GuestMemoryMmap>;

/// What the device needs of a NIC model: the reference model, or the gateware under Verilator
/// (`GatewareBackend`, with the crate feature `gateware`). Every call gets the host's memory:
/// a clocked model runs while it answers, and its DMA goes on meanwhile.
pub trait NicBackend: Send {
    fn read_reg(&mut self, dma: &mut Dma, offset: u32) -> u32;
    fn write_reg(&mut self, dma: &mut Dma, offset: u32, value: u32);
    /// A frame (with FCS) arriving from the wire at `now_ps`.
    fn receive(&mut self, dma: &mut Dma, frame: &[u8], now_ps: u64);
    /// The next frame (with FCS) the NIC began on the wire by `now_ps`, if any, with the time
    /// it began.
    fn transmit(&mut self, dma: &mut Dma, now_ps: u64) -> Option<(u64, Vec<u8>)>;
    /// When `transmit` should next be asked; None when idle.
    fn next_transmit_time(&self, now_ps: u64) -> Option<u64>;
    fn irq_pending(&self) -> bool;
    /// Back to power-on state (the host went away).
    fn power_on(&mut self);
}

pub struct RefNicBackend {
    nic: Box<RefNic>,
    mac: MacAddr,
}

impl RefNicBackend {
    pub fn new(mac: MacAddr) -> RefNicBackend {
        RefNicBackend { nic: Box::new(RefNic::new(mac)), mac }
    }
}

impl NicBackend for RefNicBackend {
    fn read_reg(&mut self, _dma: &mut Dma, offset: u32) -> u32 {
        self.nic.read_reg(offset)
    }
    fn write_reg(&mut self, dma: &mut Dma, offset: u32, value: u32) {
        self.nic.write_reg(dma, offset, value)
    }
    fn receive(&mut self, dma: &mut Dma, frame: &[u8], now_ps: u64) {
        self.nic.receive(dma, frame, now_ps)
    }
    fn transmit(&mut self, dma: &mut Dma, now_ps: u64) -> Option<(u64, Vec<u8>)> {
        let mut frame = Vec::new();
        self.nic.transmit(dma, now_ps, |len| {
            frame.resize(len, 0);
            &mut frame[..]
        })?;
        Some((now_ps, frame))
    }
    fn next_transmit_time(&self, now_ps: u64) -> Option<u64> {
        self.nic.next_transmit_time(now_ps)
    }
    fn irq_pending(&self) -> bool {
        self.nic.irq_pending()
    }
    fn power_on(&mut self) {
        self.nic.power_on(self.mac)
    }
}

/// The host's memory as the NIC's DMA engines reach it: bus address = UML physical address =
/// guest address of the SET_MEM_TABLE regions. Accesses outside them (or with bus mastering off)
/// are counted and dropped; reads return all ones, as a master abort does.
pub struct Dma<'a> {
    mem: Option<&'a GuestMemoryMmap>,
    read: Cell<u64>,
    written: u64,
    faults: Cell<u64>,
}

impl<'a> Dma<'a> {
    pub fn new(mem: Option<&'a GuestMemoryMmap>) -> Dma<'a> {
        Dma { mem, read: Cell::new(0), written: 0, faults: Cell::new(0) }
    }
}

impl Memory for Dma<'_> {
    fn read(&self, addr: u64, buf: &mut [u8]) {
        match self.mem.map(|m| m.read_slice(buf, GuestAddress(addr))) {
            Some(Ok(())) => self.read.set(self.read.get() + buf.len() as u64),
            _ => {
                buf.fill(0xff);
                self.faults.set(self.faults.get() + 1);
            }
        }
    }
    fn write(&mut self, addr: u64, data: &[u8]) {
        match self.mem.map(|m| m.write_slice(data, GuestAddress(addr))) {
            Some(Ok(())) => self.written += data.len() as u64,
            _ => self.faults.set(self.faults.get() + 1),
        }
    }
    fn dma_write(&mut self, addr: u64, data: &[u8]) {
        self.write(addr, data)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub mmio_reads: u64,
    pub mmio_writes: u64,
    /// Accesses that were not a register access: odd sizes or alignment, other BARs, memory
    /// space disabled, unknown ops.
    pub mmio_rejected: u64,
    pub memsets_ignored: u64,
    pub msis: u64,
    pub dma_read: u64,
    pub dma_written: u64,
    pub dma_faults: u64,
    pub frames_sent: u64,
    pub frames_received: u64,
    pub connections: u64,
    /// Send-queue doorbells dropped by `--stall-sq`.
    pub sq_doorbells_ignored: u64,
}

pub struct Nic {
    pub mac: MacAddr,
    backend: Box<dyn NicBackend>,
    pub config: ConfigSpace,
    pub mem: Option<GuestMem>,
    pub stats: Stats,
    /// The interrupt line as last seen, for edge detection.
    irq_line: bool,
    /// An MSI is due and not yet on the irq queue.
    msi_owed: bool,
    /// Tells the vhost-user worker that an MSI is owed (it owns the irq queue).
    msi_event: EventFd,
    /// When the line is free after the last frame this NIC put on it. A reset NIC forgets its
    /// transmitter state, but the link still holds it to the line rate (and would panic).
    tx_free_ps: u64,
    /// Fault injection: the NIC ignores its send queue's doorbell, as a hung NIC would.
    pub stall_sq: bool,
}

impl Nic {
    pub fn new(mac: MacAddr, backend: Box<dyn NicBackend>) -> std::io::Result<Nic> {
        Ok(Nic {
            mac,
            backend,
            config: ConfigSpace::new(),
            mem: None,
            stats: Stats::default(),
            irq_line: false,
            msi_owed: false,
            msi_event: EventFd::new(libc::EFD_NONBLOCK)?,
            tx_free_ps: 0,
            stall_sq: false,
        })
    }

    pub fn msi_event(&self) -> &EventFd {
        &self.msi_event
    }

    /// Runs `f` on the model with the host's memory, if the NIC may master the bus.
    fn with_dma<R>(&mut self, f: impl FnOnce(&mut dyn NicBackend, &mut Dma) -> R) -> R {
        let guard = self.mem.as_ref().filter(|_| self.config.bus_master()).map(GuestAddressSpace::memory);
        let mut dma = Dma::new(guard.as_deref());
        let r = f(self.backend.as_mut(), &mut dma);
        self.stats.dma_read += dma.read.get();
        self.stats.dma_written += dma.written;
        self.stats.dma_faults += dma.faults.get();
        r
    }

    /// Owes an MSI on each rising edge of the line, and after an acknowledgement (a write to
    /// `IRQ_CAUSE`) that left it high: the interrupt is level-like, and an MSI is an edge, so a
    /// cause that arrived while the driver handled the previous one must signal again.
    fn update_irq(&mut self, acked: bool) {
        let line = self.backend.irq_pending();
        if line && (!self.irq_line || acked) {
            self.owe_msi();
        }
        self.irq_line = line;
    }

    fn owe_msi(&mut self) {
        if !self.msi_owed {
            self.msi_owed = true;
            // A full eventfd counter is still readable: the worker wakes either way.
            let _ = self.msi_event.write(1);
        }
    }

    /// The MSI data to send, if one is owed and MSI is enabled; an MSI owed while disabled is
    /// dropped (enabling MSI with the line high owes a new one).
    pub fn owed_msi(&mut self) -> Option<u16> {
        if !self.msi_owed {
            return None;
        }
        let data = self.config.msi_data();
        if data.is_none() {
            self.msi_owed = false;
        }
        data
    }

    pub fn msi_sent(&mut self) {
        self.msi_owed = false;
        self.stats.msis += 1;
    }

    pub fn cfg_write(&mut self, offset: u64, data: &[u8]) {
        let could = self.config.msi_data().is_some();
        self.config.write(offset, data);
        if !could && self.config.msi_data().is_some() && self.irq_line {
            self.owe_msi();
        }
    }

    /// A BAR0 read of 1, 2, 4 or 8 naturally aligned bytes, assembled from the 32-bit registers
    /// (register reads have no side effects, except `CT_RX_CUM`'s latch, but a clocked model
    /// runs meanwhile). Anything else reads as all ones.
    pub fn mmio_read(&mut self, offset: u64, buf: &mut [u8]) {
        buf.fill(0xff);
        if !self.mmio_ok(offset, buf.len()) {
            self.stats.mmio_rejected += 1;
            return;
        }
        self.stats.mmio_reads += 1;
        let start = offset & !3;
        for word in (start..offset + buf.len() as u64).step_by(4) {
            let value = self.with_dma(|nic, dma| nic.read_reg(dma, word as u32)).to_le_bytes();
            self.update_irq(false);
            for (i, b) in value.iter().enumerate() {
                if let Some(pos) = (word + i as u64).checked_sub(offset).filter(|&p| p < buf.len() as u64) {
                    buf[pos as usize] = *b;
                }
            }
        }
    }

    /// A BAR0 write of 4 aligned bytes, or 8 as two writes, low register first (as `_LO`/`_HI`
    /// pairs want). Partial register writes are rejected: registers have write side effects.
    /// Returns whether the model changed (the simulation should look at it).
    pub fn mmio_write(&mut self, offset: u64, data: &[u8]) -> bool {
        if !matches!(data.len(), 4 | 8) || !self.mmio_ok(offset, data.len()) {
            self.stats.mmio_rejected += 1;
            return false;
        }
        self.stats.mmio_writes += 1;
        for (i, chunk) in data.chunks_exact(4).enumerate() {
            let reg = offset as u32 + 4 * i as u32;
            let value = u32::from_le_bytes(chunk.try_into().expect("4-byte chunk"));
            if self.stall_sq && reg == regs::ring_reg(regs::SQ, regs::RING_TAIL) {
                self.stats.sq_doorbells_ignored += 1;
                continue;
            }
            self.with_dma(|nic, dma| nic.write_reg(dma, reg, value));
            self.update_irq(reg == regs::IRQ_CAUSE);
        }
        true
    }

    fn mmio_ok(&self, offset: u64, len: usize) -> bool {
        self.config.memory_enabled()
            && matches!(len, 1 | 2 | 4 | 8)
            && offset.is_multiple_of(len as u64)
            && offset + len as u64 <= regs::BAR0_LEN as u64
    }

    pub fn receive(&mut self, frame: &[u8], now_ps: u64) {
        self.stats.frames_received += 1;
        self.with_dma(|nic, dma| nic.receive(dma, frame, now_ps));
        self.update_irq(false);
    }

    /// The next frame the NIC began by `now_ps`, with the time it began.
    pub fn transmit(&mut self, now_ps: u64) -> Option<(u64, Vec<u8>)> {
        if now_ps < self.tx_free_ps {
            return None;
        }
        let sent = self.with_dma(|nic, dma| nic.transmit(dma, now_ps));
        self.update_irq(false);
        let (start, frame) = sent?;
        self.tx_free_ps = start + wire_time_ps(frame.len());
        self.stats.frames_sent += 1;
        Some((start, frame))
    }

    pub fn next_transmit_time(&self, now_ps: u64) -> Option<u64> {
        self.backend.next_transmit_time(now_ps).map(|t| t.max(self.tx_free_ps))
    }

    /// The host went away: power-on state, no memory, nothing owed.
    pub fn disconnect(&mut self) {
        self.backend.power_on();
        self.config = ConfigSpace::new();
        self.mem = None;
        self.irq_line = false;
        self.msi_owed = false;
    }
}

/// NIC i's board address: 02:75:7a:01:00:i.
pub fn mac_of(index: usize) -> MacAddr {
    MacAddr([0x02, 0x75, 0x7a, 0x01, 0x00, index as u8])
}

impl fmt::Display for Stats {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "connections {}; MMIO {} reads, {} writes, {} rejected, {} memsets ignored; {} MSIs; \
             DMA {} B read, {} B written, {} faults; frames {} sent, {} received; \
             {} send-queue doorbells ignored",
            self.connections,
            self.mmio_reads,
            self.mmio_writes,
            self.mmio_rejected,
            self.memsets_ignored,
            self.msis,
            self.dma_read,
            self.dma_written,
            self.dma_faults,
            self.frames_sent,
            self.frames_received,
            self.sq_doorbells_ignored
        )
    }
}
