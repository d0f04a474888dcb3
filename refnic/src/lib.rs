//! The reference model of the uzura NIC: the golden model the FPGA gateware is checked
//! against, the device the simulator and the userspace soft device run the driver on, and,
//! wired to itself ([`loopback`]), the kernel module's loopback device.
//!
//! It implements the register map of `uapi::regs`, the rings of `uapi::ring` and the receive
//! and transmit behaviour of the protocol brief, at frame granularity: DMA is instant, so a
//! received frame is placed (or dropped) the moment it arrives, and a frame leaves at the
//! moment `transmit` returns it, occupying the transmitter for its wire time.
//!
//! Host memory access: region data and page lists, descriptors and TXQ frames are read with
//! [`Memory::read`]; WRITE payloads are placed with [`Memory::dma_write`], the path a guard
//! can watch; events and received host frames go to the driver's own coherent area with
//! [`Memory::write`].
//!
//! Flow control: the model has no receive buffer of its own (placement is instant), so it
//! never needs to send XOFF and never does; `PAUSE_QUANTA`, `RXBUF_XOFF`, `RXBUF_XON` and
//! `CONTROL_PAUSE_TX` are kept readable and writable for the driver, and `STATUS_XOFF_SENT`
//! stays clear. Received PAUSE is honoured.
//!
//! `no_std`, no allocation, no `unsafe`, so that the kernel module compiles these files as
//! its own module (`kmod/uzura_main.rs`).
#![no_std]
#![forbid(unsafe_code)]

#[cfg(not(uzura_kmod))]
use uzura_uapi as uapi;
// In the kernel module, uapi is a sibling module of this one.
#[cfg(uzura_kmod)]
use super::uapi;

use uapi::proto::{self, wire_time_ps, Psn, MAX_CONTEXTS, MAX_MTU, MAX_REGIONS, PAGE_SHIFT, PAGE_SIZE, RX_WINDOW};
use uapi::regs::{self, Counter};
use uapi::ring::{self, BufDesc, Event, SqDesc, SqError};
use uapi::wire::pause::{PausePacket, PauseRepr, ETHERTYPE_MAC_CONTROL, PAUSE_DST};
use uapi::wire::uzura::MAX_WRITE_LEN;
use uapi::wire::{
    self, ethernet, sealed_len, EthernetFrame, EthernetRepr, Kind, MacAddr, Packet, Repr, WriteRepr, FCS_LEN,
    MIN_FRAME_LEN,
};

pub mod loopback;

/// Host memory by bus address, as the NIC's DMA engines reach it.
pub trait Memory {
    fn read(&self, addr: u64, buf: &mut [u8]);
    /// A write to the driver's coherent area (events, received host frames).
    fn write(&mut self, addr: u64, data: &[u8]);
    /// A WRITE payload placed into a registered region.
    fn dma_write(&mut self, addr: u64, data: &[u8]);
    fn read_u64(&self, addr: u64) -> u64 {
        let mut b = [0u8; 8];
        self.read(addr, &mut b);
        u64::from_le_bytes(b)
    }
}

/// Longest frame `transmit` can put on the wire, padding and FCS included: a TXQ descriptor's
/// 16-bit length, sealed.
pub const MAX_TX_FRAME_LEN: usize = u16::MAX as usize + FCS_LEN;

/// 64-bit words of one arrival bitmap.
const BITMAP_WORDS: usize = RX_WINDOW as usize / 64;
/// A page list holds one little-endian u64 bus address per page.
const PAGE_LIST_ENTRY_LEN: u64 = core::mem::size_of::<u64>() as u64;
/// Shortest and longest frame the MAC accepts, FCS included (the longest: MTU + 18).
const MIN_FRAME_WITH_FCS: usize = MIN_FRAME_LEN + FCS_LEN;
pub const MAX_FRAME_WITH_FCS: usize = MAX_MTU + ethernet::HEADER_LEN + FCS_LEN;
/// Reset values.
const DEFAULT_MAX_PAYLOAD: u32 = proto::max_payload(1500) as u32;
const DEFAULT_ACK_COALESCE: u32 = 64;
const DEFAULT_PAUSE_QUANTA: u32 = 0xffff;
/// Defined bits of registers with reserved bits (written 0, read 0).
pub const CONTROL_BITS: u32 = regs::CONTROL_ENABLE
    | regs::CONTROL_RESET
    | regs::CONTROL_PAUSE_RX
    | regs::CONTROL_PAUSE_TX
    | regs::CONTROL_PROMISC;
pub const IRQ_BITS: u32 = regs::IRQ_EVENT | regs::IRQ_LINK | regs::IRQ_EQ_OVERFLOW;
pub const RT_FLAG_BITS: u32 = regs::RT_FLAG_VALID | regs::RT_FLAG_REMOTE_WRITE | regs::RT_FLAG_LOCAL_READ;
pub const CT_FLAG_BITS: u32 = regs::CT_FLAG_VALID;
pub const CT_SELECT_BITS: u32 = MAX_CONTEXTS as u32 - 1;
const MAC_HI_BITS: u32 = 0xffff;
const PAUSE_QUANTA_BITS: u32 = 0xffff;
pub const ACK_COALESCE_BITS: u32 = 0xffff;
const MAX_RING_SIZE_LOG2: u32 = 16;

const SQ: usize = regs::SQ as usize;
const TXQ: usize = regs::TXQ as usize;
const RXQ: usize = regs::RXQ as usize;
const EQ: usize = regs::EQ as usize;

fn set_lo(v: &mut u64, lo: u32) {
    *v = (*v & !0xffff_ffff) | lo as u64;
}
fn set_hi(v: &mut u64, hi: u32) {
    *v = (*v & 0xffff_ffff) | (hi as u64) << 32;
}
fn bump(counters: &mut [u32; Counter::COUNT], c: Counter, by: u32) {
    counters[c as usize] = counters[c as usize].wrapping_add(by);
}

#[derive(Clone, Copy, Debug, Default)]
struct Region {
    key: u64,
    len: u64,
    page_list: u64,
    first: u32,
    pd: u16,
    flags: u32,
}

impl Region {
    /// Valid and granting `access` (an `RT_FLAG_*`) to protection domain `pd`.
    fn grants(&self, access: u32, pd: u16) -> bool {
        self.flags & regs::RT_FLAG_VALID != 0 && self.flags & access != 0 && self.pd == pd
    }

    /// Whether `[offset, offset + len)` lies inside the region (no overflow possible).
    fn contains(&self, offset: u64, len: u64) -> bool {
        offset.checked_add(len).is_some_and(|end| end <= self.len)
    }

    /// Bus address of byte `offset`, read through the page list, and how many bytes from
    /// there stay inside its page.
    fn translate(&self, mem: &impl Memory, offset: u64) -> (u64, usize) {
        let pos = self.first as u64 + offset;
        let page = mem.read_u64(self.page_list + PAGE_LIST_ENTRY_LEN * (pos >> PAGE_SHIFT));
        let in_page = (pos % PAGE_SIZE as u64) as usize;
        (page + in_page as u64, PAGE_SIZE - in_page)
    }

    fn place(&self, mem: &mut impl Memory, offset: u64, data: &[u8]) {
        let mut done = 0;
        while done < data.len() {
            let (addr, room) = self.translate(mem, offset + done as u64);
            let n = room.min(data.len() - done);
            mem.dma_write(addr, &data[done..done + n]);
            done += n;
        }
    }

    fn gather(&self, mem: &impl Memory, offset: u64, out: &mut [u8]) {
        let mut done = 0;
        while done < out.len() {
            let (addr, room) = self.translate(mem, offset + done as u64);
            let n = room.min(out.len() - done);
            mem.read(addr, &mut out[done..done + n]);
            done += n;
        }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct ContextEntry {
    /// As `MacAddr::to_u64`, so that the two register halves can be staged separately.
    peer_mac: u64,
    peer_ctx: u16,
    peer_tag: u32,
    local_tag: u32,
    pd: u16,
    flags: u32,
    rx_start: u32,
}

impl ContextEntry {
    fn valid(&self) -> bool {
        self.flags & regs::CT_FLAG_VALID != 0
    }
    fn peer_mac(&self) -> MacAddr {
        MacAddr::from_u64(self.peer_mac)
    }
}

/// Per-context receive tracking. Bit `p % RX_WINDOW` of `placed` is set while PSN `p` has
/// been placed and CUM has not passed it; `last` marks which of those were LAST frames.
#[derive(Clone, Copy, Debug)]
struct Arrival {
    cum: Psn,
    high: Psn,
    placed: [u64; BITMAP_WORDS],
    last: [u64; BITMAP_WORDS],
    done: u32,
    pending: u8,
    armed: bool,
    /// In-order placements since the last event or coalesce note.
    in_order: u32,
}

impl Arrival {
    fn new(start: Psn) -> Arrival {
        Arrival {
            cum: start,
            high: start,
            placed: [0; BITMAP_WORDS],
            last: [0; BITMAP_WORDS],
            done: 0,
            pending: 0,
            armed: true,
            in_order: 0,
        }
    }

    fn slot(psn: Psn) -> (usize, u64) {
        let bit = (psn.0 % RX_WINDOW) as usize;
        (bit / 64, 1 << (bit % 64))
    }

    fn is_placed(&self, psn: Psn) -> bool {
        let (w, m) = Self::slot(psn);
        self.placed[w] & m != 0
    }

    fn mark(&mut self, psn: Psn, last: bool) {
        let (w, m) = Self::slot(psn);
        self.placed[w] |= m;
        if last {
            self.last[w] |= m;
        }
    }

    /// Moves CUM over the run of placed PSNs that starts at it, a word at a time, clearing
    /// their bits and counting the LAST frames passed.
    fn advance_cum(&mut self) {
        loop {
            let bit = (self.cum.0 % RX_WINDOW) as usize;
            let (w, b) = (bit / 64, bit % 64);
            // Shifting brings zeros in from the top, so the run stops at the word's end.
            let run = (!(self.placed[w] >> b)).trailing_zeros() as usize;
            if run == 0 {
                return;
            }
            let mask = if run == 64 { !0 } else { ((1u64 << run) - 1) << b };
            self.placed[w] &= !mask;
            let passed_last = (self.last[w] & mask).count_ones();
            self.last[w] &= !mask;
            if passed_last != 0 {
                self.done = self.done.wrapping_add(passed_last);
                self.pending |= ring::EV_RX_COMPLETE;
            }
            self.cum = self.cum.add(run as u32);
            if b + run < 64 {
                return;
            }
        }
    }

    /// Word `w` of `RX_MAP`.
    fn map_word(&self, w: usize) -> u32 {
        (self.placed[w / 2] >> (32 * (w % 2))) as u32
    }
}

#[derive(Clone, Copy, Debug)]
struct Context {
    entry: ContextEntry,
    rx: Arrival,
}

impl Context {
    /// The reset value of a context-table entry.
    fn idle() -> Context {
        Context { entry: ContextEntry::default(), rx: Arrival::new(Psn(0)) }
    }
}

#[derive(Clone, Copy, Debug, Default)]
struct Ring {
    base: u64,
    /// `RING_BASE_LO` as written, until `RING_BASE_HI` makes the pair take effect.
    base_lo: u32,
    size_log2: u32,
    head: u32,
    tail: u32,
}

impl Ring {
    /// Entries; 0 when the ring is disabled.
    fn size(&self) -> u32 {
        if self.size_log2 == 0 {
            0
        } else {
            1 << self.size_log2
        }
    }
    fn has_work(&self) -> bool {
        self.size() != 0 && self.head != self.tail
    }
    fn entry_addr(&self, index: u32, entry_len: usize) -> u64 {
        self.base + (index & (self.size() - 1)) as u64 * entry_len as u64
    }
}

/// The SQ descriptor being cut into frames (`active` false: none). Its context's peer fields
/// and its source region are read from the tables frame by frame, as the gateware does
/// (registers.md §3.2): the driver commits neither while a descriptor using them is
/// outstanding.
#[derive(Clone, Copy, Debug, Default)]
struct SqJob {
    active: bool,
    index: u32,
    desc: SqDesc,
    /// `MAX_PAYLOAD` when the descriptor was taken.
    payload: u32,
    sent: u32,
}

/// The NIC: its registers, tables, rings and engines. Host memory is passed to every call
/// that may touch it, as DMA would.
///
/// Every field is an integer, a bool or an array or plain struct of them, so that all-zero
/// memory is a valid value (a NIC before [`RefNic::power_on`]): the kernel module allocates
/// it zeroed and powers it on in place, because the value (about 110 KiB) does not fit on a
/// kernel stack. Keep it so: no `Option` with a payload, no references, no enum without a
/// zero variant.
#[derive(Clone)]
pub struct RefNic {
    board_mac: MacAddr,
    mac: MacAddr,
    mac_lo: u32,
    control: u32,
    max_payload: u32,
    pause_quanta: u32,
    rxbuf_xoff: u32,
    rxbuf_xon: u32,
    irq_cause: u32,
    irq_mask: u32,
    ack_coalesce: u32,
    rings: [Ring; regs::RING_COUNT as usize],
    regions: [Region; MAX_REGIONS],
    rt_stage: Region,
    contexts: [Context; MAX_CONTEXTS],
    ct_stage: ContextEntry,
    ct_select: u32,
    /// HIGH and DONE as latched by the last `CT_RX_CUM` read.
    rx_snapshot: (u32, u32),
    counters: [u32; Counter::COUNT],
    tx_busy_until: u64,
    paused_until: u64,
    /// The latest time the NIC has been told of; `STATUS_TX_PAUSED` is relative to it,
    /// because register reads carry no time.
    now_ps: u64,
    /// Round-robin between the queues: whether TXQ goes next when both have work.
    txq_turn: bool,
    sq_job: SqJob,
}

impl RefNic {
    /// A NIC in power-on state, by value (for hosted use; see the type's documentation).
    pub fn new(mac: MacAddr) -> RefNic {
        let mut nic = RefNic {
            board_mac: MacAddr::default(),
            mac: MacAddr::default(),
            mac_lo: 0,
            control: 0,
            max_payload: 0,
            pause_quanta: 0,
            rxbuf_xoff: regs::RXBUF_XOFF_RESET,
            rxbuf_xon: regs::RXBUF_XON_RESET,
            irq_cause: 0,
            irq_mask: 0,
            ack_coalesce: 0,
            rings: [Ring::default(); regs::RING_COUNT as usize],
            regions: [Region::default(); MAX_REGIONS],
            rt_stage: Region::default(),
            contexts: [Context::idle(); MAX_CONTEXTS],
            ct_stage: ContextEntry::default(),
            ct_select: 0,
            rx_snapshot: (0, 0),
            counters: [0; Counter::COUNT],
            tx_busy_until: 0,
            paused_until: 0,
            now_ps: 0,
            txq_turn: false,
            sq_job: SqJob::default(),
        };
        nic.power_on(mac);
        nic
    }

    /// Power-on state with the board address `mac`, in place: the reset values, an idle
    /// transmitter and time 0.
    pub fn power_on(&mut self, mac: MacAddr) {
        self.board_mac = mac;
        self.tx_busy_until = 0;
        self.now_ps = 0;
        self.reset();
    }

    /// The station address in force (`MAC_LO`/`MAC_HI`).
    pub fn mac(&self) -> MacAddr {
        self.mac
    }

    /// Entries of the region table marked valid (the table is not readable by the driver).
    pub fn valid_regions(&self) -> usize {
        self.regions.iter().filter(|r| r.flags & regs::RT_FLAG_VALID != 0).count()
    }

    /// `CONTROL_RESET`: back to the reset values, the board's MAC included. A frame already on
    /// the wire still finishes. In place, field by field (see the type's documentation).
    fn reset(&mut self) {
        self.mac = self.board_mac;
        self.mac_lo = self.board_mac.to_u64() as u32;
        self.control = 0;
        self.max_payload = DEFAULT_MAX_PAYLOAD;
        self.pause_quanta = DEFAULT_PAUSE_QUANTA;
        self.rxbuf_xoff = regs::RXBUF_XOFF_RESET;
        self.rxbuf_xon = regs::RXBUF_XON_RESET;
        self.irq_cause = 0;
        self.irq_mask = 0;
        self.ack_coalesce = DEFAULT_ACK_COALESCE;
        self.rings.fill(Ring::default());
        self.regions.fill(Region::default());
        self.rt_stage = Region::default();
        self.contexts.fill(Context::idle());
        self.ct_stage = ContextEntry::default();
        self.ct_select = 0;
        self.rx_snapshot = (0, 0);
        self.counters.fill(0);
        self.paused_until = 0;
        self.txq_turn = true;
        self.sq_job = SqJob::default();
    }

    fn note_time(&mut self, now_ps: u64) {
        self.now_ps = self.now_ps.max(now_ps);
    }

    fn count(&mut self, c: Counter) {
        bump(&mut self.counters, c, 1);
    }

    pub fn counter(&self, c: Counter) -> u32 {
        self.counters[c as usize]
    }

    /// `(IRQ_CAUSE & IRQ_MASK) != 0`: the interrupt line.
    pub fn irq_pending(&self) -> bool {
        self.irq_cause & self.irq_mask != 0
    }

    fn selected(&self) -> Option<&Context> {
        self.contexts.get(self.ct_select as usize)
    }

    // --- registers ---------------------------------------------------------------------------

    /// A 32-bit register read. Reads have no side effects; unknown offsets read 0.
    pub fn read_reg(&mut self, offset: u32) -> u32 {
        let lo = |v: u64| v as u32;
        let hi = |v: u64| (v >> 32) as u32;
        match offset {
            regs::ID => regs::ID_VALUE,
            regs::VERSION => regs::VERSION_VALUE,
            regs::CAPS => regs::caps_value(),
            regs::CAPS_REGIONS => MAX_REGIONS as u32,
            regs::MAC_LO => lo(self.mac.to_u64()),
            regs::MAC_HI => hi(self.mac.to_u64()),
            regs::CONTROL => self.control,
            regs::STATUS => {
                let paused = if self.paused_until > self.now_ps { regs::STATUS_TX_PAUSED } else { 0 };
                regs::STATUS_LINK_UP | paused
            }
            regs::MAX_PAYLOAD => self.max_payload,
            regs::PAUSE_QUANTA => self.pause_quanta,
            regs::RXBUF_XOFF => self.rxbuf_xoff,
            regs::RXBUF_XON => self.rxbuf_xon,
            regs::IRQ_CAUSE => self.irq_cause,
            regs::IRQ_MASK => self.irq_mask,
            regs::ACK_COALESCE => self.ack_coalesce,
            regs::RT_KEY_LO => lo(self.rt_stage.key),
            regs::RT_KEY_HI => hi(self.rt_stage.key),
            regs::RT_LEN_LO => lo(self.rt_stage.len),
            regs::RT_LEN_HI => hi(self.rt_stage.len),
            regs::RT_PL_LO => lo(self.rt_stage.page_list),
            regs::RT_PL_HI => hi(self.rt_stage.page_list),
            regs::RT_FIRST => self.rt_stage.first,
            regs::RT_PD => self.rt_stage.pd as u32,
            regs::RT_FLAGS => self.rt_stage.flags,
            regs::CT_PEER_MAC_LO => lo(self.ct_stage.peer_mac),
            regs::CT_PEER_MAC_HI => hi(self.ct_stage.peer_mac),
            regs::CT_PEER_CTX => self.ct_stage.peer_ctx as u32,
            regs::CT_PEER_TAG => self.ct_stage.peer_tag,
            regs::CT_LOCAL_TAG => self.ct_stage.local_tag,
            regs::CT_PD => self.ct_stage.pd as u32,
            regs::CT_FLAGS => self.ct_stage.flags,
            regs::CT_RX_START => self.ct_stage.rx_start,
            regs::CT_SELECT => self.ct_select,
            regs::CT_RX_CUM => {
                // HIGH and DONE are latched with CUM, so the three describe one instant.
                let (cum, high, done) = self.selected().map_or((0, 0, 0), |c| (c.rx.cum.0, c.rx.high.0, c.rx.done));
                self.rx_snapshot = (high, done);
                cum
            }
            regs::CT_RX_HIGH => self.rx_snapshot.0,
            regs::CT_RX_DONE => self.rx_snapshot.1,
            o if o % 4 != 0 => 0,
            o if (regs::RING_BASE..regs::ring_reg(regs::RING_COUNT, 0)).contains(&o) => {
                let ring = &self.rings[((o - regs::RING_BASE) / regs::RING_STRIDE) as usize];
                match (o - regs::RING_BASE) % regs::RING_STRIDE {
                    regs::RING_BASE_LO => lo(ring.base),
                    regs::RING_BASE_HI => hi(ring.base),
                    regs::RING_SIZE_LOG2 => ring.size_log2,
                    regs::RING_HEAD => ring.head,
                    regs::RING_TAIL => ring.tail,
                    _ => 0,
                }
            }
            o if (regs::CNT_BASE..regs::CNT_BASE + 4 * Counter::COUNT as u32).contains(&o) => {
                self.counters[((o - regs::CNT_BASE) / 4) as usize]
            }
            o if (regs::RX_MAP..regs::RX_MAP + 4 * regs::RX_MAP_WORDS).contains(&o) => {
                self.selected().map_or(0, |c| c.rx.map_word(((o - regs::RX_MAP) / 4) as usize))
            }
            _ => 0,
        }
    }

    /// A 32-bit register write. Writes to read-only or unknown offsets are ignored.
    pub fn write_reg(&mut self, mem: &mut impl Memory, offset: u32, value: u32) {
        match offset {
            regs::MAC_LO => self.mac_lo = value,
            regs::MAC_HI => self.mac = MacAddr::from_u64(((value & MAC_HI_BITS) as u64) << 32 | self.mac_lo as u64),
            regs::CONTROL => {
                // Reset is instant in the model: RESET already reads 0 again afterwards.
                if value & regs::CONTROL_RESET != 0 {
                    self.reset();
                }
                self.control = value & CONTROL_BITS & !regs::CONTROL_RESET;
            }
            // Out-of-range values are ignored rather than clamped, so a read shows what the
            // NIC really uses.
            regs::MAX_PAYLOAD if value.is_multiple_of(8) && (8..=MAX_WRITE_LEN as u32).contains(&value) => {
                self.max_payload = value
            }
            regs::PAUSE_QUANTA => self.pause_quanta = value & PAUSE_QUANTA_BITS,
            regs::RXBUF_XOFF => self.rxbuf_xoff = value,
            regs::RXBUF_XON => self.rxbuf_xon = value,
            regs::IRQ_CAUSE => self.irq_cause &= !value,
            regs::IRQ_MASK => self.irq_mask = value & IRQ_BITS,
            regs::ACK_COALESCE => self.ack_coalesce = value & ACK_COALESCE_BITS,
            regs::RT_KEY_LO => set_lo(&mut self.rt_stage.key, value),
            regs::RT_KEY_HI => set_hi(&mut self.rt_stage.key, value),
            regs::RT_LEN_LO => set_lo(&mut self.rt_stage.len, value),
            regs::RT_LEN_HI => set_hi(&mut self.rt_stage.len, value),
            regs::RT_PL_LO => set_lo(&mut self.rt_stage.page_list, value),
            regs::RT_PL_HI => set_hi(&mut self.rt_stage.page_list, value),
            regs::RT_FIRST => self.rt_stage.first = value % PAGE_SIZE as u32,
            regs::RT_PD => self.rt_stage.pd = value as u16,
            regs::RT_FLAGS => self.rt_stage.flags = value & RT_FLAG_BITS,
            regs::RT_COMMIT => {
                if let Some(r) = self.regions.get_mut(value as usize) {
                    *r = self.rt_stage;
                }
            }
            regs::CT_PEER_MAC_LO => set_lo(&mut self.ct_stage.peer_mac, value),
            regs::CT_PEER_MAC_HI => set_hi(&mut self.ct_stage.peer_mac, value & MAC_HI_BITS),
            regs::CT_PEER_CTX => self.ct_stage.peer_ctx = value as u16,
            regs::CT_PEER_TAG => self.ct_stage.peer_tag = value,
            regs::CT_LOCAL_TAG => self.ct_stage.local_tag = value,
            regs::CT_PD => self.ct_stage.pd = value as u16,
            regs::CT_FLAGS => self.ct_stage.flags = value & CT_FLAG_BITS,
            regs::CT_RX_START => self.ct_stage.rx_start = value,
            regs::CT_COMMIT => {
                if let Some(c) = self.contexts.get_mut(value as usize) {
                    c.entry = self.ct_stage;
                    c.rx = Arrival::new(Psn(self.ct_stage.rx_start));
                }
            }
            regs::CT_SELECT => self.ct_select = value & CT_SELECT_BITS,
            regs::CT_ARM => {
                if let Some(c) = self.contexts.get_mut(value as usize) {
                    c.rx.armed = true;
                    self.notify(mem, value as usize);
                }
            }
            o if o % 4 == 0 && (regs::RING_BASE..regs::ring_reg(regs::RING_COUNT, 0)).contains(&o) => {
                let which = (o - regs::RING_BASE) / regs::RING_STRIDE;
                let ring = &mut self.rings[which as usize];
                match (o - regs::RING_BASE) % regs::RING_STRIDE {
                    regs::RING_BASE_LO => ring.base_lo = value,
                    regs::RING_BASE_HI => ring.base = (value as u64) << 32 | ring.base_lo as u64,
                    regs::RING_SIZE_LOG2 if value <= MAX_RING_SIZE_LOG2 => ring.size_log2 = value,
                    // The host produces on SQ, TXQ and RXQ and consumes on EQ.
                    regs::RING_TAIL if which != regs::EQ => ring.tail = value,
                    regs::RING_HEAD if which == regs::EQ => ring.head = value,
                    _ => {}
                }
            }
            _ => {}
        }
    }

    // --- events ------------------------------------------------------------------------------

    fn post(&mut self, mem: &mut impl Memory, mut ev: Event) {
        let eq = &mut self.rings[EQ];
        let size = eq.size();
        // `>=` also treats a disabled ring and a head written past the tail as full.
        if eq.tail.wrapping_sub(eq.head) >= size {
            self.count(Counter::EqOverflow);
            self.irq_cause |= regs::IRQ_EQ_OVERFLOW;
            return;
        }
        ev.phase = (eq.tail / size) & 1 == 0;
        mem.write(eq.entry_addr(eq.tail, Event::LEN), &ev.encode());
        eq.tail = eq.tail.wrapping_add(1);
        self.irq_cause |= regs::IRQ_EVENT;
    }

    /// Posts the context's `EV_RX` if it is armed and has reasons pending, and disarms it.
    fn notify(&mut self, mem: &mut impl Memory, ctx: usize) {
        let rx = &mut self.contexts[ctx].rx;
        if !rx.armed || rx.pending == 0 {
            return;
        }
        let ev = Event {
            kind: ring::EV_RX,
            reason: rx.pending,
            ctx: ctx as u16,
            a: rx.cum.0,
            b: rx.high.0,
            c: rx.done as u16,
            phase: false,
        };
        rx.pending = 0;
        rx.armed = false;
        rx.in_order = 0;
        self.post(mem, ev);
    }

    // --- receive -----------------------------------------------------------------------------

    /// A frame arriving from the wire (with FCS), at `now_ps`, handled by the steps of
    /// `docs/protocol.md` §7 in order. A disabled NIC drops it after the MAC counters.
    pub fn receive(&mut self, mem: &mut impl Memory, frame: &[u8], now_ps: u64) {
        self.note_time(now_ps);
        if !wire::fcs_ok(frame) {
            return self.count(Counter::RxBadFcs);
        }
        if frame.len() < MIN_FRAME_WITH_FCS {
            return self.count(Counter::RxRunt);
        }
        if frame.len() > MAX_FRAME_WITH_FCS {
            return self.count(Counter::RxOversize);
        }
        self.count(Counter::RxFrames);
        let body = &frame[..frame.len() - FCS_LEN];
        let eth_frame = EthernetFrame::new_checked(body).expect("a frame of minimum length holds an Ethernet header");
        let eth = EthernetRepr::parse(&eth_frame).expect("a frame of minimum length holds an Ethernet header");
        // MAC Control is the MAC's, below the engines and `ENABLE`: to the reserved address or
        // to this station, as IEEE 802.3 Annex 31B has a receiver accept both. Clause 31 knows
        // one opcode, PAUSE; it discards the others.
        if eth.ethertype == ETHERTYPE_MAC_CONTROL && (eth.dst == PAUSE_DST || eth.dst == self.mac) {
            match PausePacket::new_checked(eth_frame.payload()).and_then(|p| PauseRepr::parse(&p)) {
                Ok(pause) => {
                    self.count(Counter::RxPause);
                    if self.control & regs::CONTROL_PAUSE_RX != 0 {
                        // A new PAUSE replaces what is left of the previous one.
                        self.paused_until = now_ps + pause.duration_ps();
                    }
                }
                Err(_) => self.count(Counter::RxUnsupportedOpcode),
            }
            return;
        }
        if self.control & regs::CONTROL_ENABLE == 0 {
            return;
        }
        let for_us = eth.dst == self.mac || eth.dst.is_multicast() || self.control & regs::CONTROL_PROMISC != 0;
        if !for_us {
            return;
        }
        // Only uzura frames to our own unicast address reach the RDMA engine; group-addressed
        // ones and other stations' (seen in promiscuous mode) are host traffic.
        if eth.ethertype != proto::ETHERTYPE || eth.dst != self.mac {
            return self.deliver_to_host(mem, body);
        }
        match wire::parse_frame(body) {
            Err(_) => self.count(Counter::RxDropMalformed),
            Ok((eth, repr, payload)) => match repr.kind {
                Kind::Write(w) => self.receive_write(mem, eth.src, &repr, &w, payload),
                Kind::Ack | Kind::Nack(_) => self.deliver_to_host(mem, body),
            },
        }
    }

    /// The WRITE checks in order (the first failing one decides the counter), then
    /// placement, arrival tracking and the event.
    fn receive_write(&mut self, mem: &mut impl Memory, src: MacAddr, repr: &Repr, w: &WriteRepr, payload: &[u8]) {
        let ci = repr.dst_ctx as usize;
        let Some(entry) = self.contexts.get(ci).map(|c| c.entry).filter(ContextEntry::valid) else {
            return self.count(Counter::RxDropCtx);
        };
        if src != entry.peer_mac() || repr.src_ctx != entry.peer_ctx {
            return self.count(Counter::RxDropPeer);
        }
        if repr.dst_tag != entry.local_tag {
            return self.count(Counter::RxDropTag);
        }
        let region = match self.regions.get(w.region as usize) {
            Some(r) if r.grants(regs::RT_FLAG_REMOTE_WRITE, entry.pd) && r.key == w.key => *r,
            _ => return self.count(Counter::RxDropKey),
        };
        if !region.contains(w.offset, w.len as u64) {
            return self.count(Counter::RxDropBounds);
        }
        let rx = &mut self.contexts[ci].rx;
        let d = repr.psn.since(rx.cum);
        if d >= 0 && d as u32 >= RX_WINDOW {
            return self.count(Counter::RxDropWindow);
        }
        if d < 0 || rx.is_placed(repr.psn) {
            rx.pending |= ring::EV_RX_DUP;
            self.count(Counter::RxDropDup);
            return self.notify(mem, ci);
        }

        region.place(mem, w.offset, payload);
        bump(&mut self.counters, Counter::RxPlaced, 1);
        bump(&mut self.counters, Counter::RxPlacedBytes, payload.len() as u32);

        let rx = &mut self.contexts[ci].rx;
        rx.mark(repr.psn, w.last);
        let next = repr.psn.add(1);
        if next.since(rx.high) > 0 {
            rx.high = next;
        }
        if d != 0 {
            rx.pending |= ring::EV_RX_GAP;
        }
        rx.advance_cum();
        if w.ack_req {
            rx.pending |= ring::EV_RX_ACK_REQ;
        }
        if d == 0 {
            rx.in_order += 1;
            if self.ack_coalesce != 0 && rx.in_order >= self.ack_coalesce {
                rx.pending |= ring::EV_RX_COALESCE;
                rx.in_order = 0;
            }
        }
        self.notify(mem, ci);
    }

    /// A frame for the host stack (without FCS) into the next RXQ buffer.
    fn deliver_to_host(&mut self, mem: &mut impl Memory, frame: &[u8]) {
        let rxq = self.rings[RXQ];
        if !rxq.has_work() {
            return self.count(Counter::RxDropNoBuf);
        }
        let mut raw = [0u8; BufDesc::LEN];
        mem.read(rxq.entry_addr(rxq.head, BufDesc::LEN), &mut raw);
        let buf = BufDesc::decode(&raw);
        if (buf.len as usize) < frame.len() {
            // The buffer stays at the head for a frame that fits.
            return self.count(Counter::RxDropNoBuf);
        }
        mem.write(buf.addr, frame);
        self.rings[RXQ].head = rxq.head.wrapping_add(1);
        self.count(Counter::RxHost);
        let ev = Event { kind: ring::EV_RX_FRAME, a: rxq.head, b: frame.len() as u32, ..Event::default() };
        self.post(mem, ev);
    }

    // --- transmit ----------------------------------------------------------------------------

    /// If the transmitter is free at `now_ps`, not paused, and has something to send: puts
    /// the next frame on the wire, marking the transmitter busy for its wire time, and returns
    /// its length. The frame, with padding and FCS, is written to the buffer `frame_buf`
    /// returns when given that length (at most [`MAX_TX_FRAME_LEN`]). TXQ and SQ take turns
    /// frame by frame when both have work. SQ descriptors that fail validation are consumed
    /// on the way (with `EV_SQ_ERROR`).
    pub fn transmit<'b>(
        &mut self,
        mem: &mut impl Memory,
        now_ps: u64,
        frame_buf: impl FnOnce(usize) -> &'b mut [u8],
    ) -> Option<usize> {
        self.note_time(now_ps);
        if self.control & regs::CONTROL_ENABLE == 0 || now_ps < self.tx_busy_until || now_ps < self.paused_until {
            return None;
        }
        let txq_ready = self.rings[TXQ].has_work();
        let len = if self.txq_turn && txq_ready {
            self.txq_turn = false;
            self.txq_frame(mem, frame_buf)
        } else if self.take_sq_job(mem) {
            self.txq_turn = true;
            self.sq_frame(mem, frame_buf)
        } else if txq_ready {
            self.txq_turn = false;
            self.txq_frame(mem, frame_buf)
        } else {
            return None;
        };
        self.tx_busy_until = now_ps + wire_time_ps(len);
        self.count(Counter::TxFrames);
        Some(len)
    }

    /// Earliest time (>= now) at which `transmit` could return a frame, None if idle
    /// (nothing queued). Rejected SQ descriptors count as queued: `transmit` consumes them.
    pub fn next_transmit_time(&self, now_ps: u64) -> Option<u64> {
        let queued = self.rings[TXQ].has_work() || self.sq_job.active || self.rings[SQ].has_work();
        (self.control & regs::CONTROL_ENABLE != 0 && queued)
            .then(|| now_ps.max(self.tx_busy_until).max(self.paused_until))
    }

    /// Sends the frame at the TXQ head; returns its sealed length.
    fn txq_frame<'b>(&mut self, mem: &mut impl Memory, frame_buf: impl FnOnce(usize) -> &'b mut [u8]) -> usize {
        let txq = self.rings[TXQ];
        let mut raw = [0u8; BufDesc::LEN];
        mem.read(txq.entry_addr(txq.head, BufDesc::LEN), &mut raw);
        let buf = BufDesc::decode(&raw);
        let len = buf.len as usize;
        let frame = frame_buf(sealed_len(len));
        mem.read(buf.addr, &mut frame[..len]);
        self.rings[TXQ].head = txq.head.wrapping_add(1);
        self.post(mem, Event { kind: ring::EV_TX_DONE, a: txq.head, ..Event::default() });
        wire::seal(frame, len)
    }

    /// Whether an SQ descriptor is ready to send a frame, taking and validating descriptors
    /// as needed.
    fn take_sq_job(&mut self, mem: &mut impl Memory) -> bool {
        loop {
            if self.sq_job.active {
                match self.check_source(&self.sq_job.desc) {
                    Ok(()) => return true,
                    Err(error) => {
                        let (index, ctx) = (self.sq_job.index, self.sq_job.desc.ctx);
                        self.sq_job.active = false;
                        self.reject_descriptor(mem, index, ctx, error);
                        continue;
                    }
                }
            }
            let sq = self.rings[SQ];
            if !sq.has_work() {
                return false;
            }
            let mut raw = [0u8; SqDesc::LEN];
            mem.read(sq.entry_addr(sq.head, SqDesc::LEN), &mut raw);
            match self.take_descriptor(sq.head, &raw) {
                Ok(job) => self.sq_job = job,
                Err((ctx, error)) => self.reject_descriptor(mem, sq.head, ctx, error),
            }
        }
    }

    /// Sends the next WRITE frame of the SQ descriptor taken; returns its sealed length.
    fn sq_frame<'b>(&mut self, mem: &mut impl Memory, frame_buf: impl FnOnce(usize) -> &'b mut [u8]) -> usize {
        let job = self.sq_job;
        let peer = self.contexts[job.desc.ctx as usize].entry;
        let src = self.regions[job.desc.src_region as usize];
        let start = job.sent as u64 * job.payload as u64;
        let len = (job.desc.len as u64 - start).min(job.payload as u64) as usize;
        let final_frame = start + len as u64 == job.desc.len as u64;
        let repr = Repr {
            dst_ctx: peer.peer_ctx,
            src_ctx: job.desc.ctx,
            dst_tag: peer.peer_tag,
            psn: Psn(job.desc.first_psn).add(job.sent),
            kind: Kind::Write(WriteRepr {
                last: final_frame && job.desc.flags & ring::SQ_LAST != 0,
                ack_req: final_frame && job.desc.flags & ring::SQ_ACK_REQ != 0,
                key: job.desc.dst_key,
                region: job.desc.dst_region,
                offset: job.desc.dst_offset.wrapping_add(start),
                len: len as u16,
            }),
        };
        let frame = frame_buf(sealed_len(ethernet::HEADER_LEN + repr.buffer_len()));
        let n = wire::emit_frame_headers(self.mac, peer.peer_mac(), &repr, frame);
        src.gather(
            mem,
            job.desc.src_offset + start,
            Packet::new_unchecked(&mut frame[ethernet::HEADER_LEN..n]).payload_mut(),
        );
        let sealed = wire::seal(frame, n);
        self.sq_job.sent += 1;
        self.count(Counter::TxWrites);
        if final_frame {
            self.sq_job.active = false;
            self.rings[SQ].head = job.index.wrapping_add(1);
            if job.desc.flags & ring::SQ_EVENT != 0 {
                self.post(mem, Event { kind: ring::EV_SQ_DONE, ctx: job.desc.ctx, a: job.index, ..Event::default() });
            }
        }
        sealed
    }

    /// Consumes the SQ descriptor at `index` without sending (the rest of) it.
    fn reject_descriptor(&mut self, mem: &mut impl Memory, index: u32, ctx: u16, error: SqError) {
        self.rings[SQ].head = index.wrapping_add(1);
        self.count(Counter::SqErrors);
        self.post(mem, Event { kind: ring::EV_SQ_ERROR, ctx, a: index, b: error as u32, ..Event::default() });
    }

    /// Whether `desc`'s context is valid and its source range readable by it. Checked when a
    /// descriptor is taken and again before each of its frames, so that a context or region
    /// invalidated meanwhile (its owner died) stops the descriptor at the next frame.
    fn check_source(&self, desc: &SqDesc) -> Result<(), SqError> {
        let entry =
            self.contexts.get(desc.ctx as usize).map(|c| c.entry).filter(ContextEntry::valid).ok_or(SqError::Ctx)?;
        let src = self
            .regions
            .get(desc.src_region as usize)
            .filter(|r| r.grants(regs::RT_FLAG_LOCAL_READ, entry.pd))
            .ok_or(SqError::Region)?;
        if !src.contains(desc.src_offset, desc.len as u64) {
            return Err(SqError::Bounds);
        }
        Ok(())
    }

    /// Validates the descriptor at SQ index `index`; on failure, its context and the error.
    fn take_descriptor(&self, index: u32, raw: &[u8; SqDesc::LEN]) -> Result<SqJob, (u16, SqError)> {
        let desc = SqDesc::decode(raw).ok_or((SqDesc::ctx_of(raw), SqError::Malformed))?;
        if desc.len == 0 {
            return Err((desc.ctx, SqError::Malformed));
        }
        self.check_source(&desc).map_err(|e| (desc.ctx, e))?;
        Ok(SqJob { active: true, index, desc, payload: self.max_payload, sent: 0 })
    }
}
