//! The loopback NIC: a CPU model of the uzura NIC whose port is wired to itself, behind the
//! same register interface (`uapi::regs`, `uapi::ring`) as the hardware. The kernel module
//! uses it when loaded with `loopback=1`, so that the unchanged driver core (contexts,
//! ACK/NACK, retransmission, completion) and the whole ioctl path run on a host without the
//! NIC: two contexts of one device connected to each other carry transfers between pinned
//! regions, copied by the CPU.
//!
//! It follows the reference model (`sim/src/refnic.rs`) where the driver can tell, and is
//! smaller where it cannot:
//! * No wire format for WRITEs: a WRITE frame of the SQ is checked by the receive rules of
//!   `docs/protocol.md` §7 (context, peer, tag, key, protection domain, bounds, window,
//!   duplicates) and placed by copying from the source region's pages to the destination's.
//!   Frames from the TXQ (ACKs, NACKs, anything else) go to the receive queue as they are.
//! * The wire is lossless and in order, so the model keeps no arrival bitmap: a WRITE beyond
//!   CUM (possible only after the NIC rejected a descriptor half-way, its owner gone) is
//!   dropped like a lost frame (`RxDropWindow`), and the sender's timer recovers it.
//! * No PAUSE, no timing: `run` does the DMA work when the OS layer calls it.
//!
//! `no_std`, no allocation, no `unsafe`. Every field is an integer, a bool or an array of
//! them, so all-zero memory is a valid (disabled) NIC: the kernel allocates it zeroed and
//! calls [`LoopNic::reset`], never building the 50 KiB value on its small stack.
#![no_std]
#![forbid(unsafe_code)]

#[cfg(not(uzura_kmod))]
use uzura_uapi as uapi;
// In the kernel module, uapi is a sibling module of this one.
#[cfg(uzura_kmod)]
use super::uapi;

use uapi::proto::{self, Psn, MAX_CONTEXTS, MAX_REGIONS, PAGE_SHIFT, PAGE_SIZE};
use uapi::regs::{self, Counter};
use uapi::ring::{self, BufDesc, Event, SqDesc, SqError};
use uapi::wire::{ethernet, uzura::MAX_WRITE_LEN, MacAddr};

/// The host memory the NIC reaches by bus address (DMA).
pub trait Memory {
    fn read(&mut self, bus_addr: u64, buf: &mut [u8]);
    fn write(&mut self, bus_addr: u64, data: &[u8]);
    /// Copies `len` bytes from `src` to `dst`; neither range crosses a 4 KiB page.
    fn copy(&mut self, dst: u64, src: u64, len: usize);
}

/// Longest frame the transmit queue may hold (the driver's buffers are 9728 bytes).
const MAX_FRAME: usize = 9728;
const DEFAULT_ACK_COALESCE: u32 = 64;
const SQ: usize = regs::SQ as usize;
const TXQ: usize = regs::TXQ as usize;
const RXQ: usize = regs::RXQ as usize;
const EQ: usize = regs::EQ as usize;

#[derive(Clone, Copy, Default)]
struct Region {
    key: u64,
    len: u64,
    page_list: u64,
    first: u32,
    pd: u16,
    flags: u32,
}

impl Region {
    fn grants(&self, access: u32, pd: u16) -> bool {
        self.flags & regs::RT_FLAG_VALID != 0 && self.flags & access != 0 && self.pd == pd
    }

    fn contains(&self, offset: u64, len: u64) -> bool {
        offset.checked_add(len).is_some_and(|end| end <= self.len)
    }

    /// Bus address of byte `offset` (read through the page list) and the bytes left in its page.
    fn translate<M: Memory>(&self, mem: &mut M, offset: u64) -> (u64, usize) {
        let pos = self.first as u64 + offset;
        let mut entry = [0u8; 8];
        mem.read(self.page_list + 8 * (pos >> PAGE_SHIFT), &mut entry);
        let in_page = (pos % PAGE_SIZE as u64) as usize;
        (u64::from_le_bytes(entry) + in_page as u64, PAGE_SIZE - in_page)
    }
}

/// A context-table entry and its arrival state.
#[derive(Clone, Copy, Default)]
struct Context {
    peer_mac: u64,
    peer_ctx: u16,
    peer_tag: u32,
    local_tag: u32,
    pd: u16,
    flags: u32,
    rx_start: u32,
    /// Next PSN expected; every PSN before it was placed (CUM = HIGH: nothing out of order).
    cum: u32,
    done: u32,
    pending: u8,
    armed: bool,
    in_order: u32,
}

impl Context {
    fn valid(&self) -> bool {
        self.flags & regs::CT_FLAG_VALID != 0
    }
}

#[derive(Clone, Copy, Default)]
struct Ring {
    base: u64,
    base_lo: u32,
    size_log2: u32,
    head: u32,
    tail: u32,
}

impl Ring {
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

/// The SQ descriptor being cut into frames (`active` false: none).
#[derive(Clone, Copy, Default)]
struct SqJob {
    active: bool,
    index: u32,
    desc: SqDesc,
    payload: u32,
    frames: u32,
    sent: u32,
}

/// One frame's WRITE header, as the receiving side checks it.
struct Write {
    src_ctx: u16,
    dst_tag: u32,
    psn: Psn,
    last: bool,
    ack_req: bool,
    region: u16,
    key: u64,
    offset: u64,
}

pub struct LoopNic {
    board_mac: MacAddr,
    mac: MacAddr,
    mac_lo: u32,
    control: u32,
    max_payload: u32,
    irq_cause: u32,
    irq_mask: u32,
    ack_coalesce: u32,
    rings: [Ring; regs::RING_COUNT as usize],
    regions: [Region; MAX_REGIONS],
    rt_stage: Region,
    contexts: [Context; MAX_CONTEXTS],
    ct_stage: Context,
    ct_select: u32,
    counters: [u32; Counter::COUNT],
    job: SqJob,
    frame: [u8; MAX_FRAME],
}

impl LoopNic {
    /// A NIC in power-on state, by value (50 KiB: for hosted use; the kernel resets zeroed
    /// memory instead).
    pub fn new(mac: MacAddr) -> LoopNic {
        let mut nic = LoopNic {
            board_mac: mac,
            mac,
            mac_lo: 0,
            control: 0,
            max_payload: 0,
            irq_cause: 0,
            irq_mask: 0,
            ack_coalesce: 0,
            rings: [Ring::default(); regs::RING_COUNT as usize],
            regions: [Region::default(); MAX_REGIONS],
            rt_stage: Region::default(),
            contexts: [Context::default(); MAX_CONTEXTS],
            ct_stage: Context::default(),
            ct_select: 0,
            counters: [0; Counter::COUNT],
            job: SqJob::default(),
            frame: [0; MAX_FRAME],
        };
        nic.reset(mac);
        nic
    }

    /// Power-on state with the board address `mac`, in place.
    pub fn reset(&mut self, mac: MacAddr) {
        self.board_mac = mac;
        self.reset_registers();
    }

    /// `CONTROL_RESET`: every table, ring, counter and arrival state back to reset values.
    fn reset_registers(&mut self) {
        self.mac = self.board_mac;
        self.mac_lo = self.mac.to_u64() as u32;
        self.control = 0;
        self.max_payload = proto::max_payload(1500) as u32;
        self.irq_cause = 0;
        self.irq_mask = 0;
        self.ack_coalesce = DEFAULT_ACK_COALESCE;
        self.rings = [Ring::default(); regs::RING_COUNT as usize];
        self.regions.fill(Region::default());
        self.rt_stage = Region::default();
        self.contexts.fill(Context::default());
        self.ct_stage = Context::default();
        self.ct_select = 0;
        self.counters = [0; Counter::COUNT];
        self.job = SqJob::default();
    }

    pub fn counter(&self, c: Counter) -> u32 {
        self.counters[c as usize]
    }

    fn count(&mut self, c: Counter) {
        self.counters[c as usize] = self.counters[c as usize].wrapping_add(1);
    }

    /// The interrupt line: `IRQ_CAUSE & IRQ_MASK`.
    pub fn irq_pending(&self) -> bool {
        self.irq_cause & self.irq_mask != 0
    }

    /// Whether `run` has anything to do.
    pub fn has_work(&self) -> bool {
        self.control & regs::CONTROL_ENABLE != 0 && (self.rings[TXQ].has_work() || self.job.active || self.rings[SQ].has_work())
    }

    fn selected(&self) -> &Context {
        &self.contexts[self.ct_select as usize % MAX_CONTEXTS]
    }

    pub fn read_reg(&self, offset: u32) -> u32 {
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
            regs::STATUS => regs::STATUS_LINK_UP,
            regs::MAX_PAYLOAD => self.max_payload,
            regs::IRQ_CAUSE => self.irq_cause,
            regs::IRQ_MASK => self.irq_mask,
            regs::ACK_COALESCE => self.ack_coalesce,
            regs::CT_SELECT => self.ct_select,
            regs::CT_RX_CUM | regs::CT_RX_HIGH => self.selected().cum,
            regs::CT_RX_DONE => self.selected().done,
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
            o if (regs::CNT_BASE..regs::CNT_BASE + 4 * Counter::COUNT as u32).contains(&o) => self.counters[((o - regs::CNT_BASE) / 4) as usize],
            // RX_MAP: nothing is ever held beyond CUM.
            _ => 0,
        }
    }

    pub fn write_reg<M: Memory>(&mut self, mem: &mut M, offset: u32, value: u32) {
        let set_lo = |v: &mut u64, lo: u32| *v = (*v & !0xffff_ffff) | lo as u64;
        let set_hi = |v: &mut u64, hi: u32| *v = (*v & 0xffff_ffff) | (hi as u64) << 32;
        match offset {
            regs::MAC_LO => self.mac_lo = value,
            regs::MAC_HI => self.mac = MacAddr::from_u64(((value & 0xffff) as u64) << 32 | self.mac_lo as u64),
            regs::CONTROL => {
                if value & regs::CONTROL_RESET != 0 {
                    self.reset_registers();
                }
                self.control = value & !regs::CONTROL_RESET;
            }
            regs::MAX_PAYLOAD if value % 8 == 0 && (8..=MAX_WRITE_LEN as u32).contains(&value) => self.max_payload = value,
            regs::IRQ_CAUSE => self.irq_cause &= !value,
            regs::IRQ_MASK => self.irq_mask = value & (regs::IRQ_EVENT | regs::IRQ_LINK | regs::IRQ_EQ_OVERFLOW),
            regs::ACK_COALESCE => self.ack_coalesce = value & 0xffff,
            regs::RT_KEY_LO => set_lo(&mut self.rt_stage.key, value),
            regs::RT_KEY_HI => set_hi(&mut self.rt_stage.key, value),
            regs::RT_LEN_LO => set_lo(&mut self.rt_stage.len, value),
            regs::RT_LEN_HI => set_hi(&mut self.rt_stage.len, value),
            regs::RT_PL_LO => set_lo(&mut self.rt_stage.page_list, value),
            regs::RT_PL_HI => set_hi(&mut self.rt_stage.page_list, value),
            regs::RT_FIRST => self.rt_stage.first = value % PAGE_SIZE as u32,
            regs::RT_PD => self.rt_stage.pd = value as u16,
            regs::RT_FLAGS => self.rt_stage.flags = value & (regs::RT_FLAG_VALID | regs::RT_FLAG_REMOTE_WRITE | regs::RT_FLAG_LOCAL_READ),
            regs::RT_COMMIT => {
                if let Some(r) = self.regions.get_mut(value as usize) {
                    *r = self.rt_stage;
                }
            }
            regs::CT_PEER_MAC_LO => set_lo(&mut self.ct_stage.peer_mac, value),
            regs::CT_PEER_MAC_HI => set_hi(&mut self.ct_stage.peer_mac, value & 0xffff),
            regs::CT_PEER_CTX => self.ct_stage.peer_ctx = value as u16,
            regs::CT_PEER_TAG => self.ct_stage.peer_tag = value,
            regs::CT_LOCAL_TAG => self.ct_stage.local_tag = value,
            regs::CT_PD => self.ct_stage.pd = value as u16,
            regs::CT_FLAGS => self.ct_stage.flags = value & regs::CT_FLAG_VALID,
            regs::CT_RX_START => self.ct_stage.rx_start = value,
            regs::CT_COMMIT => {
                if let Some(c) = self.contexts.get_mut(value as usize) {
                    let s = self.ct_stage;
                    *c = Context { cum: s.rx_start, armed: true, ..s };
                }
            }
            regs::CT_SELECT => self.ct_select = value % MAX_CONTEXTS as u32,
            regs::CT_ARM => {
                if let Some(c) = self.contexts.get_mut(value as usize) {
                    c.armed = true;
                    self.notify(mem, value as usize);
                }
            }
            o if o % 4 == 0 && (regs::RING_BASE..regs::ring_reg(regs::RING_COUNT, 0)).contains(&o) => {
                let which = (o - regs::RING_BASE) / regs::RING_STRIDE;
                let ring = &mut self.rings[which as usize];
                match (o - regs::RING_BASE) % regs::RING_STRIDE {
                    regs::RING_BASE_LO => ring.base_lo = value,
                    regs::RING_BASE_HI => ring.base = (value as u64) << 32 | ring.base_lo as u64,
                    regs::RING_SIZE_LOG2 if value <= 16 => ring.size_log2 = value,
                    regs::RING_TAIL if which != regs::EQ => ring.tail = value,
                    regs::RING_HEAD if which == regs::EQ => ring.head = value,
                    _ => {}
                }
            }
            _ => {}
        }
    }

    /// The DMA engines: sends every queued TXQ frame, then SQ frames until `budget` payload
    /// bytes were moved. Returns whether work is left (call again, after letting the driver
    /// run).
    pub fn run<M: Memory>(&mut self, mem: &mut M, budget: u64) -> bool {
        if self.control & regs::CONTROL_ENABLE == 0 {
            return false;
        }
        while self.rings[TXQ].has_work() {
            self.txq_frame(mem);
        }
        let mut moved = 0u64;
        while moved < budget {
            match self.sq_frame(mem) {
                // A frame costs at least a header's worth, so empty budgets still end.
                Some(len) => moved += (len as u64).max(64),
                None => break,
            }
        }
        self.has_work()
    }

    fn post<M: Memory>(&mut self, mem: &mut M, mut ev: Event) {
        let eq = &mut self.rings[EQ];
        let size = eq.size();
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

    fn notify<M: Memory>(&mut self, mem: &mut M, ctx: usize) {
        let c = &mut self.contexts[ctx];
        if !c.armed || c.pending == 0 {
            return;
        }
        let ev = Event { kind: ring::EV_RX, reason: c.pending, ctx: ctx as u16, a: c.cum, b: c.cum, c: c.done as u16, phase: false };
        c.pending = 0;
        c.armed = false;
        c.in_order = 0;
        self.post(mem, ev);
    }

    /// Sends the frame at the TXQ head, which the wire brings straight back.
    fn txq_frame<M: Memory>(&mut self, mem: &mut M) {
        let txq = self.rings[TXQ];
        let mut raw = [0u8; BufDesc::LEN];
        mem.read(txq.entry_addr(txq.head, BufDesc::LEN), &mut raw);
        let buf = BufDesc::decode(&raw);
        let len = (buf.len as usize).min(MAX_FRAME);
        mem.read(buf.addr, &mut self.frame[..len]);
        self.rings[TXQ].head = txq.head.wrapping_add(1);
        self.count(Counter::TxFrames);
        self.post(mem, Event { kind: ring::EV_TX_DONE, a: txq.head, ..Event::default() });
        if len < ethernet::HEADER_LEN {
            return self.count(Counter::RxRunt);
        }
        self.count(Counter::RxFrames);
        let dst = MacAddr(self.frame[..6].try_into().unwrap_or_default());
        if dst == self.mac || dst.is_multicast() || self.control & regs::CONTROL_PROMISC != 0 {
            self.deliver_to_host(mem, len);
        }
    }

    /// `self.frame[..len]` into the next RXQ buffer.
    fn deliver_to_host<M: Memory>(&mut self, mem: &mut M, len: usize) {
        let rxq = self.rings[RXQ];
        if !rxq.has_work() {
            return self.count(Counter::RxDropNoBuf);
        }
        let mut raw = [0u8; BufDesc::LEN];
        mem.read(rxq.entry_addr(rxq.head, BufDesc::LEN), &mut raw);
        let buf = BufDesc::decode(&raw);
        if (buf.len as usize) < len {
            return self.count(Counter::RxDropNoBuf);
        }
        mem.write(buf.addr, &self.frame[..len]);
        self.rings[RXQ].head = rxq.head.wrapping_add(1);
        self.count(Counter::RxHost);
        self.post(mem, Event { kind: ring::EV_RX_FRAME, a: rxq.head, b: len as u32, ..Event::default() });
    }

    /// Sends the next WRITE frame of the SQ, taking and validating descriptors as needed.
    /// Returns its payload length; None when the SQ has no valid descriptor.
    fn sq_frame<M: Memory>(&mut self, mem: &mut M) -> Option<usize> {
        loop {
            if self.job.active {
                match self.check_source(&self.job.desc) {
                    Ok(()) => break,
                    Err(error) => {
                        self.job.active = false;
                        self.reject_descriptor(mem, self.job.index, self.job.desc.ctx, error);
                        continue;
                    }
                }
            }
            let sq = self.rings[SQ];
            if !sq.has_work() {
                return None;
            }
            let mut raw = [0u8; SqDesc::LEN];
            mem.read(sq.entry_addr(sq.head, SqDesc::LEN), &mut raw);
            match SqDesc::decode(&raw).filter(|d| d.len != 0) {
                None => self.reject_descriptor(mem, sq.head, SqDesc::ctx_of(&raw), SqError::Malformed),
                Some(desc) => match self.check_source(&desc) {
                    Err(error) => self.reject_descriptor(mem, sq.head, desc.ctx, error),
                    Ok(()) => {
                        let frames = proto::frames_for(desc.len as u64, self.max_payload as usize) as u32;
                        self.job = SqJob { active: true, index: sq.head, desc, payload: self.max_payload, frames, sent: 0 };
                    }
                },
            }
        }
        let job = self.job;
        let sender = self.contexts[job.desc.ctx as usize];
        let start = job.sent as u64 * job.payload as u64;
        let len = (job.desc.len as u64 - start).min(job.payload as u64) as usize;
        let final_frame = job.sent + 1 == job.frames;
        self.count(Counter::TxFrames);
        self.count(Counter::TxWrites);
        // A peer on another station is beyond this NIC's wire: the frame is lost.
        if sender.peer_mac == self.mac.to_u64() {
            let write = Write {
                src_ctx: job.desc.ctx,
                dst_tag: sender.peer_tag,
                psn: Psn(job.desc.first_psn).add(job.sent),
                last: final_frame && job.desc.flags & ring::SQ_LAST != 0,
                ack_req: final_frame && job.desc.flags & ring::SQ_ACK_REQ != 0,
                region: job.desc.dst_region,
                key: job.desc.dst_key,
                offset: job.desc.dst_offset.wrapping_add(start),
            };
            let src = self.regions[job.desc.src_region as usize];
            self.receive_write(mem, sender.peer_ctx as usize, &write, &src, job.desc.src_offset + start, len);
        }
        self.job.sent += 1;
        if final_frame {
            self.job.active = false;
            self.rings[SQ].head = job.index.wrapping_add(1);
            if job.desc.flags & ring::SQ_EVENT != 0 {
                self.post(mem, Event { kind: ring::EV_SQ_DONE, ctx: job.desc.ctx, a: job.index, ..Event::default() });
            }
        }
        Some(len)
    }

    fn reject_descriptor<M: Memory>(&mut self, mem: &mut M, index: u32, ctx: u16, error: SqError) {
        self.rings[SQ].head = index.wrapping_add(1);
        self.count(Counter::SqErrors);
        self.post(mem, Event { kind: ring::EV_SQ_ERROR, ctx, a: index, b: error as u32, ..Event::default() });
    }

    /// The descriptor's context is valid and its source range readable by it; checked before
    /// each frame, so that a region or context invalidated meanwhile stops the descriptor.
    fn check_source(&self, desc: &SqDesc) -> Result<(), SqError> {
        let ctx = self.contexts.get(desc.ctx as usize).filter(|c| c.valid()).ok_or(SqError::Ctx)?;
        let src = self.regions.get(desc.src_region as usize).filter(|r| r.grants(regs::RT_FLAG_LOCAL_READ, ctx.pd)).ok_or(SqError::Region)?;
        if !src.contains(desc.src_offset, desc.len as u64) {
            return Err(SqError::Bounds);
        }
        Ok(())
    }

    /// A WRITE of `len` bytes arriving on context `ci`, whose payload is at `src_offset` of
    /// region `src`: the receive checks in protocol order, then placement and the event.
    fn receive_write<M: Memory>(&mut self, mem: &mut M, ci: usize, w: &Write, src: &Region, src_offset: u64, len: usize) {
        self.count(Counter::RxFrames);
        let Some(rx) = self.contexts.get(ci).copied().filter(Context::valid) else {
            return self.count(Counter::RxDropCtx);
        };
        if rx.peer_mac != self.mac.to_u64() || rx.peer_ctx != w.src_ctx {
            return self.count(Counter::RxDropPeer);
        }
        if w.dst_tag != rx.local_tag {
            return self.count(Counter::RxDropTag);
        }
        let dst = match self.regions.get(w.region as usize) {
            Some(r) if r.grants(regs::RT_FLAG_REMOTE_WRITE, rx.pd) && r.key == w.key => *r,
            _ => return self.count(Counter::RxDropKey),
        };
        if !dst.contains(w.offset, len as u64) {
            return self.count(Counter::RxDropBounds);
        }
        let d = w.psn.since(Psn(rx.cum));
        if d < 0 {
            self.contexts[ci].pending |= ring::EV_RX_DUP;
            self.count(Counter::RxDropDup);
            return self.notify(mem, ci);
        }
        if d != 0 {
            // Beyond CUM (or the window): this model holds nothing out of order.
            return self.count(Counter::RxDropWindow);
        }
        let mut done = 0;
        while done < len {
            let (from, from_room) = src.translate(mem, src_offset + done as u64);
            let (to, to_room) = dst.translate(mem, w.offset + done as u64);
            let n = from_room.min(to_room).min(len - done);
            mem.copy(to, from, n);
            done += n;
        }
        self.count(Counter::RxPlaced);
        self.counters[Counter::RxPlacedBytes as usize] = self.counters[Counter::RxPlacedBytes as usize].wrapping_add(len as u32);
        let coalesce = self.ack_coalesce;
        let c = &mut self.contexts[ci];
        c.cum = c.cum.wrapping_add(1);
        if w.last {
            c.done = c.done.wrapping_add(1);
            c.pending |= ring::EV_RX_COMPLETE;
        }
        if w.ack_req {
            c.pending |= ring::EV_RX_ACK_REQ;
        }
        c.in_order += 1;
        if coalesce != 0 && c.in_order >= coalesce {
            c.pending |= ring::EV_RX_COALESCE;
            c.in_order = 0;
        }
        self.notify(mem, ci);
    }
}

#[cfg(test)]
mod tests;
