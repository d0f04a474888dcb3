//! The gateware's NIC (`uzura_nic.v`) under Verilator, behind a model of the host bus, with the
//! same calls as the reference model, so that the driver core and the two-host harness run on
//! it unchanged.
//!
//! One model cycle is 6.4 ns (156.25 MHz). The NIC runs cycle by cycle up to the time it is
//! asked about; register accesses take the cycles the gateware takes to answer them, so its
//! clock may run ahead of the harness's (a CPU waiting for a PCIe read).
//!
//! The host bus ([`Bus`]) serves the gateware's DMA ports (registers.md §9) with a bandwidth
//! and a read latency: [`Bus::PCIE_GEN3_X8`] and [`Bus::PCI_X`], the paper's 1,067 MB/s bus.
//! Its memory is any [`Memory`]: the harness's [`HostMemory`], or a device's DMA into its
//! host. Writes outside the driver's coherent area (rings, receive buffers), which the NIC is
//! meant to write, go through [`Memory::dma_write`], where `HostMemory`'s guard traps any
//! write outside a registered region.
//!
//! A VCD trace of every signal of the gateware: [`VNic::trace`], or from the environment for
//! any test or bench: `UZURA_VCD=PREFIX` writes `PREFIX-<board MAC>.vcd` for each NIC, and
//! `UZURA_VCD_CYCLES=FROM..TO` keeps it to those cycles (a whole run makes gigabytes).

use std::collections::VecDeque;
use std::ops::Range;
use std::path::PathBuf;

use uzura_refnic::Memory;
use uzura_uapi::regs::Counter;
use uzura_uapi::MacAddr;

use uzura_sim::host::HostMemory;
use uzura_sim::link::PS_PER_BYTE;
use uzura_sim::pair::NicModel;
use uzura_sim::xgmii::{Decoder, Encoder, Word};

use super::verilated::{uzura_nic, Model, PortId};

/// Picoseconds per cycle at 156.25 MHz: the XGMII's eight lanes, a byte time each.
pub const CYCLE_PS: u64 = 8 * PS_PER_BYTE;

/// A host bus as the NIC's DMA sees it.
#[derive(Clone, Copy, Debug)]
pub struct Bus {
    pub name: &'static str,
    /// Payload bytes per second in each direction.
    pub bytes_per_sec: u64,
    /// Whether reads and writes share that bandwidth (a PCI-X bus) or each has its own (PCIe).
    pub half_duplex: bool,
    /// From a read request to its first data.
    pub read_latency_ps: u64,
}

impl Bus {
    /// PCIe Gen3 x8: 8 GT/s x 8 lanes x 128/130, less TLP overhead at 256-byte payloads
    /// (~86 %): about 6.8 GB/s each way; a read round trip of about 800 ns.
    pub const PCIE_GEN3_X8: Bus =
        Bus { name: "PCIe Gen3 x8", bytes_per_sec: 6_800_000_000, half_duplex: false, read_latency_ps: 800_000 };
    /// The paper's bus: 64-bit PCI-X at 133 MHz, 1,067 MB/s shared by both directions; a read
    /// takes about 1 us to its first data.
    pub const PCI_X: Bus =
        Bus { name: "PCI-X 133", bytes_per_sec: 1_067_000_000, half_duplex: true, read_latency_ps: 1_000_000 };
}

struct Ports {
    clock: PortId,
    board_mac: PortId,
    reg_addr: PortId,
    reg_wr_en: PortId,
    reg_wr_data: PortId,
    reg_wr_strb: PortId,
    reg_wr_ready: PortId,
    reg_rd_en: PortId,
    reg_rd_valid: PortId,
    reg_rd_data: PortId,
    dmar_valid: PortId,
    dmar_ready: PortId,
    dmar_addr: PortId,
    dmar_len: PortId,
    dmar_tag: PortId,
    dmar_beat_valid: PortId,
    dmar_beat_tag: PortId,
    dmar_beat_data: PortId,
    dmar_beat_last: PortId,
    dmaw_valid: PortId,
    dmaw_ready: PortId,
    dmaw_addr: PortId,
    dmaw_data: PortId,
    dmaw_strb: PortId,
    dmaw_first: PortId,
    msi_req: PortId,
    xgmii_txd: PortId,
    xgmii_txc: PortId,
    xgmii_rxd: PortId,
    xgmii_rxc: PortId,
}

/// A DMA read in flight: its tag, its beats, the time the first may be delivered. The bus
/// answers reads in the order they were made.
struct Read {
    tag: u64,
    beats: VecDeque<u64>,
    ready_ps: u64,
}

pub struct VNic {
    model: Model,
    p: Ports,
    bus: Bus,
    /// The model's clock: cycles run so far.
    cycle: u64,
    /// The wire into the NIC: a standard transmitter's words (lanes 0 and 4, deficit idle
    /// count), as a 10GBASE-R peer sends them.
    rx: Encoder,
    /// Frames still to start on the wire into the NIC, with their arrival times.
    rx_waiting: VecDeque<(u64, Vec<u8>)>,
    tx: Decoder,
    /// Frames the NIC sent (with FCS), each with the time it began on the wire.
    sent: VecDeque<(u64, Vec<u8>)>,
    reads: VecDeque<Read>,
    /// Bus bytes available now (a token bucket, in bytes x 10^12 / s units of picoseconds).
    credit_read: f64,
    credit_write: f64,
    /// The DMA write in progress: bus address of its next beat.
    write_at: u64,
    coherent: (u64, u64),
    irq: bool,
    /// The last cycle with activity at the NIC's ports (see [`VNic::idle_cycles`]).
    active_cycle: u64,
    /// Cycles simulated so far (for the model's speed).
    pub cycles_run: u64,
    /// A VCD trace wanted: its file and the cycles it covers.
    trace: Option<(PathBuf, Range<u64>)>,
}

impl VNic {
    pub fn new(board_mac: MacAddr, bus: Bus) -> VNic {
        let mut model = uzura_nic::new();
        let id = |m: &Model, n: &str| m.port(n);
        let p = Ports {
            clock: id(&model, "clock"),
            board_mac: id(&model, "board_mac"),
            reg_addr: id(&model, "reg_addr"),
            reg_wr_en: id(&model, "reg_wr_en"),
            reg_wr_data: id(&model, "reg_wr_data"),
            reg_wr_strb: id(&model, "reg_wr_strb"),
            reg_wr_ready: id(&model, "reg_wr_ready"),
            reg_rd_en: id(&model, "reg_rd_en"),
            reg_rd_valid: id(&model, "reg_rd_valid"),
            reg_rd_data: id(&model, "reg_rd_data"),
            dmar_valid: id(&model, "dmar_valid"),
            dmar_ready: id(&model, "dmar_ready"),
            dmar_addr: id(&model, "dmar_addr"),
            dmar_len: id(&model, "dmar_len"),
            dmar_tag: id(&model, "dmar_tag"),
            dmar_beat_valid: id(&model, "dmar_beat_valid"),
            dmar_beat_tag: id(&model, "dmar_beat_tag"),
            dmar_beat_data: id(&model, "dmar_beat_data"),
            dmar_beat_last: id(&model, "dmar_beat_last"),
            dmaw_valid: id(&model, "dmaw_valid"),
            dmaw_ready: id(&model, "dmaw_ready"),
            dmaw_addr: id(&model, "dmaw_addr"),
            dmaw_data: id(&model, "dmaw_data"),
            dmaw_strb: id(&model, "dmaw_strb"),
            dmaw_first: id(&model, "dmaw_first"),
            msi_req: id(&model, "msi_req"),
            xgmii_txd: id(&model, "xgmii_txd"),
            xgmii_txc: id(&model, "xgmii_txc"),
            xgmii_rxd: id(&model, "xgmii_rxd"),
            xgmii_rxc: id(&model, "xgmii_rxc"),
        };
        model.set(p.board_mac, board_mac.to_u64());
        model.set(p.reg_wr_strb, 0xF);
        let mut nic = VNic {
            model,
            p,
            bus,
            cycle: 0,
            rx: Encoder::deficit_idle(),
            rx_waiting: VecDeque::new(),
            tx: Decoder::default(),
            sent: VecDeque::new(),
            reads: VecDeque::new(),
            credit_read: 0.0,
            credit_write: 0.0,
            write_at: 0,
            coherent: (0, 0),
            irq: false,
            active_cycle: 0,
            cycles_run: 0,
            trace: None,
        };
        if let Some(prefix) = std::env::var_os("UZURA_VCD") {
            let mut path = prefix;
            path.push(format!("-{:012x}.vcd", board_mac.to_u64()));
            let cycles = match std::env::var("UZURA_VCD_CYCLES") {
                Ok(r) => {
                    let parsed = r.split_once("..").and_then(|(a, b)| Some(a.parse().ok()?..b.parse().ok()?));
                    parsed.unwrap_or_else(|| panic!("UZURA_VCD_CYCLES={r}: expected FROM..TO, in cycles"))
                }
                Err(_) => 0..u64::MAX,
            };
            nic.trace(path.into(), cycles);
        }
        // Registers start from their reset values only after a reset (rust-hdl has no reset).
        nic.write_reg_raw(&mut HostMemory::new(), uzura_uapi::regs::CONTROL, uzura_uapi::regs::CONTROL_RESET);
        nic
    }

    pub fn bus(&self) -> Bus {
        self.bus
    }

    /// Writes a VCD trace of every signal to `path` while the model's cycle is in `cycles`.
    pub fn trace(&mut self, path: PathBuf, cycles: Range<u64>) {
        self.trace = Some((path, cycles));
    }

    /// The driver's coherent area: the NIC's writes there are not placements.
    pub fn set_coherent(&mut self, base: u64, len: u64) {
        self.coherent = (base, base + len);
    }

    /// The NIC's clock: the cycles it has run.
    pub fn now_ps(&self) -> u64 {
        self.cycle * CYCLE_PS
    }

    /// Cycles since the NIC last showed it had work: a register write, a frame on its way in or
    /// out, a DMA request, beat or write, an MSI. Register reads do not count: they start
    /// nothing. 0 while a frame waits to arrive.
    pub fn idle_cycles(&self) -> u64 {
        if self.rx_waiting.is_empty() {
            self.cycle - self.active_cycle
        } else {
            0
        }
    }

    /// One clock cycle: drive the inputs, let the outputs settle, take what they offer, clock.
    fn cycle<M: Memory + ?Sized>(&mut self, mem: &mut M) {
        let now = self.now_ps();
        let p = &self.p;
        let per_cycle = self.bus.bytes_per_sec as f64 * CYCLE_PS as f64 / 1e12;
        // A burst of at most a few TLPs' worth of credit.
        let cap = 512.0;
        if self.bus.half_duplex {
            self.credit_read = (self.credit_read + per_cycle).min(cap);
            self.credit_write = self.credit_read;
        } else {
            self.credit_read = (self.credit_read + per_cycle).min(cap);
            self.credit_write = (self.credit_write + per_cycle).min(cap);
        }

        while self.rx_waiting.front().is_some_and(|(t, _)| *t <= now) {
            let (_, f) = self.rx_waiting.pop_front().unwrap();
            self.rx.push(&f);
        }
        let w = self.rx.next_word();
        let mut active = w != Word::IDLE || !self.reads.is_empty();
        self.model.set(p.xgmii_rxd, w.data);
        self.model.set(p.xgmii_rxc, w.ctrl as u64);

        let (beat, tag) = match self.reads.front_mut() {
            Some(r) if r.ready_ps <= now && self.credit_read >= 8.0 => (r.beats.pop_front(), r.tag),
            _ => (None, 0),
        };
        self.model.set(p.dmar_beat_tag, tag);
        let last = beat.is_some() && self.reads.front().is_some_and(|r| r.beats.is_empty());
        self.model.set(p.dmar_beat_valid, beat.is_some() as u64);
        self.model.set(p.dmar_beat_data, beat.unwrap_or(0));
        self.model.set(p.dmar_beat_last, last as u64);
        if beat.is_some() {
            self.credit_read -= 8.0;
            if self.bus.half_duplex {
                self.credit_write = self.credit_read;
            }
        }
        if last {
            self.reads.pop_front();
        }
        self.model.set(p.dmar_ready, 1);
        let write_ready = self.credit_write >= 8.0;
        self.model.set(p.dmaw_ready, write_ready as u64);
        self.model.eval();

        if self.model.get(p.dmar_valid) != 0 {
            active = true;
            let (addr, len) = (self.model.get(p.dmar_addr), self.model.get(p.dmar_len) as usize);
            let start = addr & !7;
            let n = ((addr % 8) as usize + len).div_ceil(8);
            let mut beats = VecDeque::with_capacity(n);
            let mut buf = [0u8; 8];
            for k in 0..n as u64 {
                mem.read(start + 8 * k, &mut buf);
                beats.push_back(u64::from_le_bytes(buf));
            }
            self.reads.push_back(Read {
                tag: self.model.get(p.dmar_tag),
                beats,
                ready_ps: now + self.bus.read_latency_ps,
            });
        }
        active |= self.model.get(p.dmaw_valid) != 0;
        if write_ready && self.model.get(p.dmaw_valid) != 0 {
            if self.model.get(p.dmaw_first) != 0 {
                self.write_at = self.model.get(p.dmaw_addr) & !7;
            }
            let data = self.model.get(p.dmaw_data).to_le_bytes();
            let strb = self.model.get(p.dmaw_strb) as u8;
            // Contiguous lanes (the gateware never writes holes): one write per beat.
            let lanes: Vec<usize> = (0..8).filter(|i| strb >> i & 1 != 0).collect();
            if let (Some(&lo), Some(&hi)) = (lanes.first(), lanes.last()) {
                let addr = self.write_at + lo as u64;
                if (self.coherent.0..self.coherent.1).contains(&addr) {
                    mem.write(addr, &data[lo..=hi]);
                } else {
                    mem.dma_write(addr, &data[lo..=hi]);
                }
            }
            self.write_at += 8;
            self.credit_write -= 8.0;
            if self.bus.half_duplex {
                self.credit_read = self.credit_write;
            }
        }
        if self.model.get(p.msi_req) != 0 {
            self.irq = true;
            active = true;
        }
        let tx = Word { data: self.model.get(p.xgmii_txd), ctrl: self.model.get(p.xgmii_txc) as u8 };
        active |= tx != Word::IDLE;
        self.tx.push(tx);
        if active {
            self.active_cycle = self.cycle;
        }
        while let Some(f) = self.tx.pop() {
            assert!(!f.error, "the NIC sent a malformed XGMII frame");
            // The decoder saw every word since cycle 0.
            self.sent.push_back((f.start_lane * PS_PER_BYTE, f.bytes));
        }
        if let Some((path, cycles)) = &self.trace {
            if self.cycle == cycles.start {
                let start_ps = self.now_ps();
                if let Err(e) = self.model.trace_start(path, CYCLE_PS, start_ps) {
                    panic!("{e}");
                }
                log::info!("VCD trace of every signal into {} from cycle {}", path.display(), self.cycle);
            } else if self.cycle == cycles.end {
                self.model.trace_stop();
                log::info!("VCD trace {} ends at cycle {}", path.display(), self.cycle);
                self.trace = None;
            }
        }
        self.model.tick(self.p.clock);
        self.cycle += 1;
        self.cycles_run += 1;
    }

    /// Runs the NIC until its clock reaches `now_ps`.
    pub fn run_to<M: Memory + ?Sized>(&mut self, mem: &mut M, now_ps: u64) {
        while self.now_ps() < now_ps {
            self.cycle(mem);
        }
    }

    fn write_reg_raw<M: Memory + ?Sized>(&mut self, mem: &mut M, offset: u32, value: u32) {
        self.model.set(self.p.reg_addr, offset as u64);
        self.model.set(self.p.reg_wr_data, value as u64);
        self.model.set(self.p.reg_wr_en, 1);
        loop {
            self.model.eval();
            let taken = self.model.get(self.p.reg_wr_ready) != 0;
            self.cycle(mem);
            if taken {
                break;
            }
        }
        self.model.set(self.p.reg_wr_en, 0);
        self.active_cycle = self.cycle;
    }

    pub fn read_reg<M: Memory + ?Sized>(&mut self, mem: &mut M, offset: u32) -> u32 {
        self.model.set(self.p.reg_addr, offset as u64);
        self.model.set(self.p.reg_rd_en, 1);
        self.cycle(mem);
        self.model.set(self.p.reg_rd_en, 0);
        loop {
            self.model.eval();
            if self.model.get(self.p.reg_rd_valid) != 0 {
                let v = self.model.get(self.p.reg_rd_data) as u32;
                self.cycle(mem);
                return v;
            }
            self.cycle(mem);
        }
    }

    pub fn write_reg<M: Memory + ?Sized>(&mut self, mem: &mut M, offset: u32, value: u32) {
        if offset == uzura_uapi::regs::IRQ_CAUSE {
            self.irq = false;
        }
        self.write_reg_raw(mem, offset, value);
    }

    /// A frame (with FCS) arriving at `now_ps`: it enters the XGMII receive lanes then.
    pub fn receive<M: Memory + ?Sized>(&mut self, mem: &mut M, frame: &[u8], now_ps: u64) {
        self.run_to(mem, now_ps);
        self.rx_waiting.push_back((now_ps, frame.to_vec()));
    }

    /// Runs to `now_ps` and returns the next frame the NIC began on the wire by then, with the
    /// time it began; it is known once it has ended. One that began in cycles the clock ran
    /// ahead of `now_ps` (register accesses) waits for its time.
    pub fn transmit<M: Memory + ?Sized>(&mut self, mem: &mut M, now_ps: u64) -> Option<(u64, Vec<u8>)> {
        self.run_to(mem, now_ps);
        if self.sent.front().is_some_and(|(t, _)| *t <= now_ps) {
            self.sent.pop_front()
        } else {
            None
        }
    }

    /// The NIC runs all the time: its next cycle.
    pub fn next_transmit_time(&self, now_ps: u64) -> Option<u64> {
        Some(now_ps.max(self.now_ps()) + CYCLE_PS)
    }

    pub fn irq_pending(&self) -> bool {
        self.irq
    }

    /// A counter, read through the register file (this takes the cycles of a register read).
    pub fn counter<M: Memory + ?Sized>(&mut self, mem: &mut M, c: Counter) -> u32 {
        self.read_reg(mem, c.reg())
    }
}

impl NicModel for VNic {
    fn read_reg(&mut self, mem: &mut HostMemory, offset: u32) -> u32 {
        VNic::read_reg(self, mem, offset)
    }
    fn write_reg(&mut self, mem: &mut HostMemory, offset: u32, value: u32) {
        VNic::write_reg(self, mem, offset, value)
    }
    fn receive(&mut self, mem: &mut HostMemory, frame: &[u8], now_ps: u64) {
        VNic::receive(self, mem, frame, now_ps)
    }
    fn transmit(&mut self, mem: &mut HostMemory, now_ps: u64) -> Option<(u64, Vec<u8>)> {
        VNic::transmit(self, mem, now_ps)
    }
    fn next_transmit_time(&self, _mem: &HostMemory, now_ps: u64) -> Option<u64> {
        VNic::next_transmit_time(self, now_ps)
    }
    fn irq_pending(&self) -> bool {
        VNic::irq_pending(self)
    }
    fn set_coherent(&mut self, base: u64, len: u64) {
        VNic::set_coherent(self, base, len)
    }
    fn clock_ps(&self) -> u64 {
        VNic::now_ps(self)
    }
}
