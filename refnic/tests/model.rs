//! The reference model driven only the way a driver drives it (registers, rings and buffers in
//! sim's host memory): register defaults and reserved bits, WRITE placement across scattered
//! pages, hostile frames, arrival tracking, events, SQ descriptors, PAUSE, host frames, and a
//! transfer between two models.

use proptest::prelude::*;
use uzura_refnic::RefNic;
use uzura_refnic::{
    ACK_COALESCE_BITS, CONTROL_BITS, CT_FLAG_BITS, CT_SELECT_BITS, IRQ_BITS, MAX_FRAME_WITH_FCS, RT_FLAG_BITS,
};
use uzura_sim::host::HostMemory;
use uzura_sim::link::{finish_frame, pause_frame, wire_time_ps, Link, LinkConfig, LinkStats, SwitchConfig};
use uzura_sim::pair::NicModel;
use uzura_sim::rng::{pattern, Rng};
use uzura_uapi::info::ContextAddr;
use uzura_uapi::proto::{self, Psn, MAX_CONTEXTS, MAX_REGIONS, PAGE_SIZE, RX_WINDOW};
use uzura_uapi::regs::{self, ring_reg, Counter};
use uzura_uapi::ring::{self, BufDesc, Event, SqDesc, SqError};
use uzura_uapi::wire::uzura::{MAX_WRITE_LEN, OP_WRITE};
use uzura_uapi::wire::{emit_frame, fcs, fcs_ok, parse_frame, NackRanges, Packet, PsnRange};
use uzura_uapi::wire::{ethernet, EthernetFrame, Kind, MacAddr, Repr, WriteRepr, FCS_LEN, MIN_FRAME_LEN};

const MAC_A: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0x52, 0x41, 0x0a]);
const MAC_B: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0x52, 0x41, 0x0b]);
const SQ_LOG2: u32 = 5;
const TXQ_LOG2: u32 = 4;
const RXQ_LOG2: u32 = 3;
const EQ_LOG2: u32 = 4;
const EQ_ENTRIES: u32 = 1 << EQ_LOG2;
const RX_BUF_LEN: u16 = 2048;

// One connection: A's context 9 sends to B's context 3.
const CTX_A: u16 = 9;
const CTX_B: u16 = 3;
const TAG_A: u32 = 0xa1a1_0a0a;
const TAG_B: u32 = 0xb2b2_0b0b;
const PD: u16 = 7;
const KEY: u64 = 0x0123_4567_89ab_cdef;
const DST_REGION: u16 = 5;
const DST_LEN: u64 = 20_000;
const SRC_REGION: u16 = 2;
const SRC_LEN: u64 = 40_000;
const RW: u32 = regs::RT_FLAG_VALID | regs::RT_FLAG_REMOTE_WRITE;
const RO: u32 = regs::RT_FLAG_VALID | regs::RT_FLAG_LOCAL_READ;

/// A region as the test registered it: its scattered pages and its first byte's offset.
struct TestRegion {
    pages: Vec<u64>,
    first: usize,
    len: u64,
}

impl TestRegion {
    /// Bus address and length of each piece of `[offset, offset + len)` inside one page.
    fn pieces(&self, offset: u64, len: usize) -> Vec<(u64, usize)> {
        assert!(offset + len as u64 <= self.len, "outside the test region");
        let mut out = Vec::new();
        let mut pos = self.first as u64 + offset;
        let end = pos + len as u64;
        while pos < end {
            let in_page = pos % PAGE_SIZE as u64;
            let n = (PAGE_SIZE as u64 - in_page).min(end - pos);
            out.push((self.pages[(pos / PAGE_SIZE as u64) as usize] + in_page, n as usize));
            pos += n;
        }
        out
    }
}

/// A NIC in its host's memory, driven only the way a driver drives it: registers, rings
/// and buffers in host memory.
struct Bench {
    nic: RefNic,
    mem: HostMemory,
    rng: Rng,
    ring_base: [u64; regs::RING_COUNT as usize],
    eq_head: u32,
    sq_tail: u32,
    txq_tail: u32,
    rxq_tail: u32,
    now: u64,
}

impl Bench {
    fn new(mac: MacAddr) -> Bench {
        let mut b = Bench {
            nic: RefNic::new(mac),
            mem: HostMemory::new(),
            rng: Rng::new(mac.to_u64()),
            ring_base: [0; regs::RING_COUNT as usize],
            eq_head: 0,
            sq_tail: 0,
            txq_tail: 0,
            rxq_tail: 0,
            now: 0,
        };
        b.w(regs::CONTROL, regs::CONTROL_RESET);
        for (ring, log2, entry) in [
            (regs::SQ, SQ_LOG2, SqDesc::LEN),
            (regs::TXQ, TXQ_LOG2, BufDesc::LEN),
            (regs::RXQ, RXQ_LOG2, BufDesc::LEN),
            (regs::EQ, EQ_LOG2, Event::LEN),
        ] {
            let base = b.mem.alloc(entry << log2, PAGE_SIZE);
            b.w(ring_reg(ring, regs::RING_BASE_LO), base as u32);
            b.w(ring_reg(ring, regs::RING_BASE_HI), (base >> 32) as u32);
            b.w(ring_reg(ring, regs::RING_SIZE_LOG2), log2);
            b.ring_base[ring as usize] = base;
        }
        for _ in 0..1 << RXQ_LOG2 {
            b.post_rx_buffer(RX_BUF_LEN);
        }
        b.w(regs::IRQ_MASK, regs::IRQ_EVENT | regs::IRQ_EQ_OVERFLOW);
        b.w(regs::CONTROL, regs::CONTROL_ENABLE | regs::CONTROL_PAUSE_RX);
        b
    }

    fn w(&mut self, reg: u32, value: u32) {
        self.nic.write_reg(&mut self.mem, reg, value)
    }
    fn r(&mut self, reg: u32) -> u32 {
        self.nic.read_reg(reg)
    }
    fn slot(&self, ring: u32, log2: u32, index: u32, entry: usize) -> u64 {
        self.ring_base[ring as usize] + (index % (1 << log2)) as u64 * entry as u64
    }

    fn post_rx_buffer(&mut self, len: u16) {
        let addr = self.mem.alloc(len as usize, 64);
        let slot = self.slot(regs::RXQ, RXQ_LOG2, self.rxq_tail, BufDesc::LEN);
        self.mem.write(slot, &BufDesc { addr, len }.encode());
        self.rxq_tail += 1;
        self.w(ring_reg(regs::RXQ, regs::RING_TAIL), self.rxq_tail);
    }

    fn rx_buffer(&self, index: u32) -> BufDesc {
        let mut raw = [0u8; BufDesc::LEN];
        self.mem.read(self.slot(regs::RXQ, RXQ_LOG2, index, BufDesc::LEN), &mut raw);
        BufDesc::decode(&raw)
    }

    fn region(&mut self, index: u16, len: u64, first: usize, key: u64, pd: u16, flags: u32) -> TestRegion {
        let n = (first as u64 + len).div_ceil(PAGE_SIZE as u64) as usize;
        let pages = self.mem.alloc_scattered_pages(n, &mut self.rng);
        let list = self.mem.alloc(n * 8, 8);
        for (i, p) in pages.iter().enumerate() {
            self.mem.write(list + 8 * i as u64, &p.to_le_bytes());
        }
        for (reg, v) in [
            (regs::RT_KEY_LO, key as u32),
            (regs::RT_KEY_HI, (key >> 32) as u32),
            (regs::RT_LEN_LO, len as u32),
            (regs::RT_LEN_HI, (len >> 32) as u32),
            (regs::RT_PL_LO, list as u32),
            (regs::RT_PL_HI, (list >> 32) as u32),
            (regs::RT_FIRST, first as u32),
            (regs::RT_PD, pd as u32),
            (regs::RT_FLAGS, flags),
            (regs::RT_COMMIT, index as u32),
        ] {
            self.w(reg, v);
        }
        TestRegion { pages, first, len }
    }

    /// As a driver releases a region: the other staged fields stay as they were.
    fn release_region(&mut self, index: u16) {
        self.w(regs::RT_FLAGS, 0);
        self.w(regs::RT_COMMIT, index as u32);
    }

    fn connect(&mut self, ctx: u16, peer: ContextAddr, local_tag: u32, pd: u16, rx_start: u32) {
        let mac = peer.mac.to_u64();
        for (reg, v) in [
            (regs::CT_PEER_MAC_LO, mac as u32),
            (regs::CT_PEER_MAC_HI, (mac >> 32) as u32),
            (regs::CT_PEER_CTX, peer.ctx as u32),
            (regs::CT_PEER_TAG, peer.tag),
            (regs::CT_LOCAL_TAG, local_tag),
            (regs::CT_PD, pd as u32),
            (regs::CT_RX_START, rx_start),
            (regs::CT_FLAGS, regs::CT_FLAG_VALID),
            (regs::CT_COMMIT, ctx as u32),
        ] {
            self.w(reg, v);
        }
    }

    fn write_region(&mut self, region: &TestRegion, offset: u64, bytes: &[u8]) {
        let mut done = 0;
        for (addr, n) in region.pieces(offset, bytes.len()) {
            self.mem.write(addr, &bytes[done..done + n]);
            done += n;
        }
    }

    fn read_region(&self, region: &TestRegion, offset: u64, len: usize) -> Vec<u8> {
        let mut out = vec![0u8; len];
        let mut done = 0;
        for (addr, n) in region.pieces(offset, len) {
            self.mem.read(addr, &mut out[done..done + n]);
            done += n;
        }
        out
    }

    /// New events, as the driver finds them by their phase bit; then moves EQ HEAD.
    fn events(&mut self) -> Vec<Event> {
        let mut out = Vec::new();
        loop {
            let mut raw = [0u8; Event::LEN];
            self.mem.read(self.slot(regs::EQ, EQ_LOG2, self.eq_head, Event::LEN), &mut raw);
            let ev = Event::decode(&raw);
            if ev.phase != (self.eq_head / EQ_ENTRIES).is_multiple_of(2) {
                break;
            }
            out.push(ev);
            self.eq_head += 1;
        }
        self.w(ring_reg(regs::EQ, regs::RING_HEAD), self.eq_head);
        out
    }

    /// (CUM, HIGH, DONE, RX_MAP) of a context, read through the registers.
    fn arrival(&mut self, ctx: u16) -> (u32, u32, u32, Vec<u32>) {
        self.w(regs::CT_SELECT, ctx as u32);
        let map = (0..regs::RX_MAP_WORDS).map(|i| self.r(regs::RX_MAP + 4 * i)).collect();
        (self.r(regs::CT_RX_CUM), self.r(regs::CT_RX_HIGH), self.r(regs::CT_RX_DONE), map)
    }

    fn counters(&self) -> Vec<u32> {
        Counter::ALL.iter().map(|&c| self.nic.counter(c)).collect()
    }

    fn post_sq(&mut self, raw: [u8; SqDesc::LEN]) {
        let slot = self.slot(regs::SQ, SQ_LOG2, self.sq_tail, SqDesc::LEN);
        self.mem.write(slot, &raw);
        self.sq_tail += 1;
        self.w(ring_reg(regs::SQ, regs::RING_TAIL), self.sq_tail);
    }

    fn post_txq(&mut self, frame: &[u8]) {
        let addr = self.mem.alloc(frame.len(), 64);
        self.mem.write(addr, frame);
        let slot = self.slot(regs::TXQ, TXQ_LOG2, self.txq_tail, BufDesc::LEN);
        self.mem.write(slot, &BufDesc { addr, len: frame.len() as u16 }.encode());
        self.txq_tail += 1;
        self.w(ring_reg(regs::TXQ, regs::RING_TAIL), self.txq_tail);
    }

    fn rx(&mut self, frame: &[u8]) {
        self.nic.receive(&mut self.mem, frame, self.now);
    }

    /// Every frame the NIC sends from now on, with its start time, back to back.
    fn transmit_all(&mut self) -> Vec<(u64, Vec<u8>)> {
        let mut out = Vec::new();
        while let Some(t) = self.nic.next_transmit_time(self.now) {
            self.now = t;
            out.extend(NicModel::transmit(&mut self.nic, &mut self.mem, t));
        }
        out
    }
}

/// B, ready to receive from A: region DST_REGION and context CTX_B, plus regions that
/// must refuse A's WRITEs although A knows KEY: 6 released, 7 without REMOTE_WRITE, 8 of
/// another protection domain.
fn receiver() -> (Bench, TestRegion) {
    let mut b = Bench::new(MAC_B);
    let region = b.region(DST_REGION, DST_LEN, 0x123, KEY, PD, RW);
    b.region(6, DST_LEN, 0, KEY, PD, RW);
    b.release_region(6);
    b.region(7, DST_LEN, 0, KEY, PD, RO);
    b.region(8, DST_LEN, 0, KEY, PD + 1, RW);
    b.connect(CTX_B, ContextAddr { mac: MAC_A, ctx: CTX_A, tag: TAG_A }, TAG_B, PD, 0);
    (b, region)
}

/// A, ready to send to B: a source region full of known bytes and context CTX_A, plus
/// regions an SQ descriptor must not read: 3 without LOCAL_READ, 4 of another protection
/// domain, 6 released.
fn sender() -> (Bench, Vec<u8>) {
    let mut a = Bench::new(MAC_A);
    let src = a.region(SRC_REGION, SRC_LEN, 0x321, 0x5151, PD, RO);
    let bytes = pattern(77, SRC_LEN as usize);
    a.write_region(&src, 0, &bytes);
    a.region(3, SRC_LEN, 0, 0x5151, PD, RW);
    a.region(4, SRC_LEN, 0, 0x5151, PD + 1, RO);
    a.region(6, SRC_LEN, 0, 0x5151, PD, RO);
    a.release_region(6);
    a.connect(CTX_A, ContextAddr { mac: MAC_B, ctx: CTX_B, tag: TAG_B }, TAG_A, PD, 0);
    (a, bytes)
}

fn write_repr(psn: u32, offset: u64, len: usize, last: bool, ack_req: bool) -> Repr {
    Repr {
        dst_ctx: CTX_B,
        src_ctx: CTX_A,
        dst_tag: TAG_B,
        psn: Psn(psn),
        kind: Kind::Write(WriteRepr { last, ack_req, key: KEY, region: DST_REGION, offset, len: len as u16 }),
    }
}

/// An uzura frame as the MAC would send it: padded, with FCS.
fn frame_from(src: MacAddr, dst: MacAddr, repr: &Repr, payload: &[u8]) -> Vec<u8> {
    let mut f = unfinished(src, dst, repr, payload);
    finish_frame(&mut f);
    f
}

fn unfinished(src: MacAddr, dst: MacAddr, repr: &Repr, payload: &[u8]) -> Vec<u8> {
    let mut f = vec![0u8; ethernet::HEADER_LEN + repr.buffer_len()];
    let n = emit_frame(src, dst, repr, payload, &mut f);
    f.truncate(n);
    f
}

fn write_frame(psn: u32, offset: u64, payload: &[u8], last: bool, ack_req: bool) -> Vec<u8> {
    frame_from(MAC_A, MAC_B, &write_repr(psn, offset, payload.len(), last, ack_req), payload)
}

fn ev_rx(reason: u8, cum: u32, high: u32, done: u16) -> Event {
    Event { kind: ring::EV_RX, reason, ctx: CTX_B, a: cum, b: high, c: done, phase: true }
}

/// Events compared without their phase bit, which `Bench::events` already checked.
fn kinds(evs: &[Event]) -> Vec<Event> {
    evs.iter().map(|e| Event { phase: true, ..*e }).collect()
}

#[test]
fn identity_defaults_and_reset() {
    let mut b = Bench::new(MAC_B);
    assert_eq!(b.r(regs::ID), regs::ID_VALUE);
    assert_eq!(b.r(regs::VERSION), regs::VERSION_VALUE);
    assert_eq!(b.r(regs::CAPS), regs::caps_value());
    assert_eq!(b.r(regs::CAPS_REGIONS), MAX_REGIONS as u32);
    assert_eq!((b.r(regs::MAC_HI) as u64) << 32 | b.r(regs::MAC_LO) as u64, MAC_B.to_u64());
    assert_eq!(b.r(regs::MAX_PAYLOAD), 1464);
    assert_eq!(b.r(regs::ACK_COALESCE), 64);
    assert_eq!(b.r(regs::PAUSE_QUANTA), 0xffff);
    assert_eq!(b.r(regs::STATUS), regs::STATUS_LINK_UP);
    assert_eq!(b.r(regs::CONTROL), regs::CONTROL_ENABLE | regs::CONTROL_PAUSE_RX);
    b.rx(&write_frame(0, 0, &[1; 8], false, false));
    b.region(1, 100, 0, 1, PD, RW);
    assert_eq!(b.nic.counter(Counter::RxDropCtx), 1);
    assert_eq!(b.r(Counter::RxDropCtx.reg()), 1);
    // MAX_PAYLOAD takes multiples of 8 up to the largest MTU's payload, nothing else.
    for bad in [0, 4, 1466, MAX_WRITE_LEN as u32 + 8] {
        b.w(regs::MAX_PAYLOAD, bad);
        assert_eq!(b.r(regs::MAX_PAYLOAD), 1464);
    }
    b.w(regs::MAX_PAYLOAD, 8968);
    assert_eq!(b.r(regs::MAX_PAYLOAD), 8968);
    // The station address can be changed, low half first.
    b.w(regs::MAC_LO, MAC_A.to_u64() as u32);
    assert_eq!(b.nic.mac(), MAC_B, "takes effect on the write of MAC_HI");
    b.w(regs::MAC_HI, (MAC_A.to_u64() >> 32) as u32);
    assert_eq!(b.nic.mac(), MAC_A);
    for (reg, v) in
        [(regs::PAUSE_QUANTA, 0x1234), (regs::RXBUF_XOFF, 5000), (regs::RXBUF_XON, 2000), (regs::ACK_COALESCE, 3)]
    {
        b.w(reg, v);
        assert_eq!(b.r(reg), v);
    }
    // Reserved bits read 0.
    for (reg, bits) in [
        (regs::CONTROL, CONTROL_BITS & !regs::CONTROL_RESET),
        (regs::IRQ_MASK, IRQ_BITS),
        (regs::ACK_COALESCE, ACK_COALESCE_BITS),
        (regs::CT_SELECT, CT_SELECT_BITS),
        (regs::RT_FLAGS, RT_FLAG_BITS),
        (regs::CT_FLAGS, CT_FLAG_BITS),
        (regs::RT_FIRST, PAGE_SIZE as u32 - 1),
        (regs::RT_PD, 0xffff),
    ] {
        let old = b.r(reg);
        let all = if reg == regs::CONTROL { !regs::CONTROL_RESET } else { !0 };
        b.w(reg, all);
        assert_eq!(b.r(reg), bits, "{reg:#x}");
        b.w(reg, old);
    }
    // The host cannot move the NIC's own ring indices.
    b.w(ring_reg(regs::SQ, regs::RING_HEAD), 5);
    b.w(ring_reg(regs::EQ, regs::RING_TAIL), 5);
    assert_eq!(b.r(ring_reg(regs::SQ, regs::RING_HEAD)), 0);
    assert_eq!(b.r(ring_reg(regs::EQ, regs::RING_TAIL)), 0);
    assert_eq!(b.r(ring_reg(regs::RXQ, regs::RING_TAIL)), 1 << RXQ_LOG2);
    assert_eq!(b.r(ring_reg(regs::EQ, regs::RING_BASE_HI)), (b.ring_base[regs::EQ as usize] >> 32) as u32);
    assert_eq!(b.r(0x7fc), 0, "unknown registers read 0");
    b.w(regs::CONTROL, regs::CONTROL_RESET);
    assert_eq!(b.r(regs::CONTROL), 0, "RESET clears itself");
    assert_eq!(b.nic.mac(), MAC_B, "the board's address comes back");
    assert_eq!(b.r(regs::MAX_PAYLOAD), 1464);
    assert_eq!(b.r(regs::ACK_COALESCE), 64);
    assert_eq!(b.r(regs::PAUSE_QUANTA), 0xffff);
    assert_eq!(b.r(regs::IRQ_MASK), 0);
    assert!(Counter::ALL.iter().all(|c| b.nic.counter(*c) == 0));
    for ring in 0..regs::RING_COUNT {
        for reg in [regs::RING_BASE_LO, regs::RING_BASE_HI, regs::RING_SIZE_LOG2, regs::RING_HEAD, regs::RING_TAIL] {
            assert_eq!(b.r(ring_reg(ring, reg)), 0);
        }
    }
    assert_eq!(b.nic.valid_regions(), 0);
}

#[test]
fn a_write_lands_at_its_bytes_across_scattered_pages() {
    let (mut b, region) = receiver();
    let before = pattern(1, DST_LEN as usize);
    b.write_region(&region, 0, &before);
    // Unaligned, and spanning three scattered pages.
    let offset = 2 * PAGE_SIZE as u64 - 0x123 - 1000 + 5;
    let payload = pattern(2, 8968);
    assert_eq!(region.pieces(offset, payload.len()).len(), 3);
    for (addr, n) in region.pieces(offset, payload.len()) {
        b.mem.allow(addr, n);
    }
    b.rx(&write_frame(0, offset, &payload, false, false));
    let mut expected = before;
    expected[offset as usize..offset as usize + payload.len()].copy_from_slice(&payload);
    assert_eq!(b.read_region(&region, 0, DST_LEN as usize), expected);
    assert!(b.mem.violations().is_empty(), "{:?}", b.mem.violations());
    assert_eq!(b.nic.counter(Counter::RxFrames), 1);
    assert_eq!(b.nic.counter(Counter::RxPlaced), 1);
    assert_eq!(b.nic.counter(Counter::RxPlacedBytes), 8968);
    // A small one right at the region's end.
    let tail = pattern(3, 13);
    b.rx(&write_frame(1, DST_LEN - 13, &tail, false, false));
    assert_eq!(b.read_region(&region, DST_LEN - 13, 13), tail);
    assert_eq!(b.arrival(CTX_B).0, 2);
    assert_eq!(b.mem.violations().len(), 1, "outside the allowed ranges, so the guard saw it");
}

/// Each hostile frame, by the counter that must catch it.
fn hostile_frames() -> Vec<(&'static str, Counter, Vec<u8>)> {
    let payload = pattern(3, 64);
    let good_psn = 4;
    let edited = |edit: &dyn Fn(&mut Repr, &mut WriteRepr)| {
        let mut r = write_repr(good_psn, 100, payload.len(), false, false);
        let Kind::Write(mut w) = r.kind else { unreachable!() };
        edit(&mut r, &mut w);
        r.kind = Kind::Write(w);
        frame_from(MAC_A, MAC_B, &r, &payload)
    };
    let raw = |edit: &dyn Fn(&mut Vec<u8>)| {
        let mut f = unfinished(MAC_A, MAC_B, &write_repr(good_psn, 100, payload.len(), false, false), &payload);
        edit(&mut f);
        finish_frame(&mut f);
        f
    };
    fn header(f: &mut [u8]) -> Packet<&mut [u8]> {
        Packet::new_unchecked(&mut f[ethernet::HEADER_LEN..])
    }
    let mut bad_fcs = write_frame(good_psn, 100, &payload, false, false);
    bad_fcs[ethernet::HEADER_LEN + 40] ^= 0x04;
    let mut runt = unfinished(MAC_A, MAC_B, &write_repr(good_psn, 100, payload.len(), false, false), &payload);
    runt.truncate(MIN_FRAME_LEN - 1);
    runt.extend_from_slice(&fcs(&runt).to_le_bytes());
    let mut oversize = unfinished(MAC_A, MAC_B, &write_repr(good_psn, 100, payload.len(), false, false), &payload);
    oversize.resize(MAX_FRAME_WITH_FCS - FCS_LEN + 1, 0);
    finish_frame(&mut oversize);
    vec![
        ("bad FCS", Counter::RxBadFcs, bad_fcs),
        ("runt", Counter::RxRunt, runt),
        ("oversize", Counter::RxOversize, oversize),
        ("truncated header", Counter::RxDropMalformed, raw(&|f| header(f).set_length(payload.len() as u16 + 1))),
        ("zero length", Counter::RxDropMalformed, raw(&|f| header(f).set_length(0))),
        ("wrong version", Counter::RxDropMalformed, raw(&|f| header(f).set_ver_op(proto::VERSION + 1, OP_WRITE))),
        ("unknown opcode", Counter::RxDropMalformed, raw(&|f| header(f).set_ver_op(proto::VERSION, 0xf))),
        ("reserved flag bits", Counter::RxDropMalformed, raw(&|f| header(f).set_flags(0x80))),
        ("context out of range", Counter::RxDropCtx, edited(&|r, _| r.dst_ctx = MAX_CONTEXTS as u16)),
        ("context not valid", Counter::RxDropCtx, edited(&|r, _| r.dst_ctx = CTX_B + 1)),
        (
            "wrong source MAC",
            Counter::RxDropPeer,
            raw(&|f| EthernetFrame::new_unchecked(&mut f[..]).set_src_addr(MacAddr([2, 0, 0, 0, 0, 0x66]))),
        ),
        ("wrong src_ctx", Counter::RxDropPeer, edited(&|r, _| r.src_ctx = CTX_A + 1)),
        ("wrong tag", Counter::RxDropTag, edited(&|r, _| r.dst_tag ^= 1)),
        ("wrong key", Counter::RxDropKey, edited(&|_, w| w.key ^= 1 << 40)),
        ("region out of range", Counter::RxDropKey, edited(&|_, w| w.region = MAX_REGIONS as u16)),
        ("released region", Counter::RxDropKey, edited(&|_, w| w.region = 6)),
        ("region without REMOTE_WRITE", Counter::RxDropKey, edited(&|_, w| w.region = 7)),
        ("region of another domain", Counter::RxDropKey, edited(&|_, w| w.region = 8)),
        ("offset out of range", Counter::RxDropBounds, edited(&|_, w| w.offset = DST_LEN)),
        ("length past the end", Counter::RxDropBounds, edited(&|_, w| w.offset = DST_LEN - 63)),
        ("offset + len past 2^48", Counter::RxDropBounds, edited(&|_, w| w.offset = (1 << 48) - 1)),
        ("duplicate behind CUM", Counter::RxDropDup, edited(&|r, _| r.psn = Psn(0))),
        ("duplicate in the bitmap", Counter::RxDropDup, edited(&|r, _| r.psn = Psn(2))),
        ("PSN beyond the window", Counter::RxDropWindow, edited(&|r, _| r.psn = Psn(1 + RX_WINDOW))),
    ]
}

#[test]
fn hostile_frames_are_dropped_counted_once_and_change_nothing() {
    for (name, counter, frame) in hostile_frames() {
        let (mut b, region) = receiver();
        b.write_region(&region, 0, &pattern(5, DST_LEN as usize));
        // Some arrival state to preserve: CUM = 1, HIGH = 3, PSN 2 in the bitmap.
        b.rx(&write_frame(0, 0, &pattern(6, 64), false, false));
        b.rx(&write_frame(2, 200, &pattern(7, 64), false, false));
        assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_GAP, 1, 3, 0)]);
        b.w(regs::IRQ_CAUSE, !0);
        let mem = b.mem.clone();
        let arrival = b.arrival(CTX_B);
        let mut expected = b.counters();
        expected[counter as usize] += 1;
        if !matches!(counter, Counter::RxBadFcs | Counter::RxRunt | Counter::RxOversize) {
            expected[Counter::RxFrames as usize] += 1;
        }

        b.rx(&frame);
        assert_eq!(b.counters(), expected, "{name}: counters");
        assert!(b.mem.contents_eq(&mem), "{name}: host memory changed");
        assert_eq!(b.arrival(CTX_B), arrival, "{name}: arrival state changed");
        assert!(!b.nic.irq_pending(), "{name}: interrupt");
        // Re-arming shows what the drop left pending: DUP for a duplicate, else nothing.
        b.w(regs::CT_ARM, CTX_B as u32);
        let evs = kinds(&b.events());
        if counter == Counter::RxDropDup {
            assert_eq!(evs, [ev_rx(ring::EV_RX_DUP, 1, 3, 0)], "{name}");
        } else {
            assert!(evs.is_empty(), "{name}: {evs:?}");
        }
    }
}

#[test]
fn the_largest_frame_is_accepted_and_one_byte_more_is_not() {
    let (mut b, _) = receiver();
    let mut f = vec![0u8; MAX_FRAME_WITH_FCS - FCS_LEN];
    EthernetFrame::new_unchecked(&mut f[..]).set_dst_addr(MAC_B);
    finish_frame(&mut f);
    b.rx(&f);
    assert_eq!(b.nic.counter(Counter::RxFrames), 1);
    assert_eq!(b.nic.counter(Counter::RxOversize), 0);
    assert_eq!(b.nic.counter(Counter::RxDropNoBuf), 1, "larger than the RXQ buffers");
}

#[test]
fn out_of_order_arrivals_set_high_bitmap_and_gap_until_the_hole_fills() {
    let (mut b, _) = receiver();
    for psn in [0, 1] {
        b.rx(&write_frame(psn, 0, &[1; 8], false, false));
    }
    assert_eq!(b.arrival(CTX_B), (2, 2, 0, vec![0; regs::RX_MAP_WORDS as usize]));
    assert!(b.events().is_empty(), "in order and nothing asked for");
    b.rx(&write_frame(3, 0, &[1; 8], false, false));
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_GAP, 2, 4, 0)]);
    b.rx(&write_frame(5, 0, &[1; 8], false, false));
    b.rx(&write_frame(40, 0, &[1; 8], false, false));
    let (cum, high, _, map) = b.arrival(CTX_B);
    assert_eq!((cum, high), (2, 41));
    assert_eq!(map[0], 1 << 3 | 1 << 5);
    assert_eq!(map[1], 1 << (40 - 32));
    assert!(map[2..].iter().all(|&w| w == 0));
    assert!(b.events().is_empty(), "disarmed since the last event");
    b.w(regs::CT_ARM, CTX_B as u32);
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_GAP, 2, 41, 0)]);
    // The hole at 2 fills: CUM runs over 3 and stops at the hole at 4.
    b.rx(&write_frame(2, 0, &[1; 8], false, false));
    let (cum, high, _, map) = b.arrival(CTX_B);
    assert_eq!((cum, high), (4, 41));
    assert_eq!(map[0], 1 << 5);
    assert!(b.events().is_empty(), "filling a hole is in order: no GAP");
    for psn in (4..40).rev().filter(|&p| p != 5) {
        b.rx(&write_frame(psn, 0, &[1; 8], false, false));
    }
    assert_eq!(b.arrival(CTX_B), (41, 41, 0, vec![0; regs::RX_MAP_WORDS as usize]));
    assert_eq!(b.nic.counter(Counter::RxPlaced), 41);
}

#[test]
fn done_counts_last_frames_once_cum_passes_them() {
    let (mut b, _) = receiver();
    let last = |p| p == 2 || p == 5;
    for psn in [0, 1, 3, 4, 5] {
        b.rx(&write_frame(psn, 0, &[1; 8], last(psn), false));
    }
    assert_eq!(b.arrival(CTX_B).2, 0, "CUM has passed no LAST frame yet");
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_GAP, 2, 4, 0)], "on the arrival of 3");
    b.w(regs::CT_ARM, CTX_B as u32);
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_GAP, 2, 6, 0)], "4 and 5 while disarmed");
    b.w(regs::CT_ARM, CTX_B as u32);
    b.rx(&write_frame(2, 0, &[1; 8], true, false));
    assert_eq!(b.arrival(CTX_B).2, 2);
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_COMPLETE, 6, 6, 2)]);
    b.w(regs::CT_ARM, CTX_B as u32);
    b.rx(&write_frame(6, 0, &[1; 8], true, true));
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_COMPLETE | ring::EV_RX_ACK_REQ, 7, 7, 3)]);
}

#[test]
fn events_carry_the_phase_of_their_pass_and_follow_the_arm_rule() {
    let (mut b, _) = receiver();
    // Every frame asks for an ACK; the host consumes and re-arms each time. 40 events go
    // two and a half times around the 16-entry ring.
    for psn in 0..40u32 {
        b.rx(&write_frame(psn, 0, &[1; 8], false, true));
        let mut raw = [0u8; Event::LEN];
        b.mem.read(b.slot(regs::EQ, EQ_LOG2, psn, Event::LEN), &mut raw);
        assert_eq!(Event::decode(&raw).phase, (psn / EQ_ENTRIES).is_multiple_of(2), "entry {psn}");
        assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_ACK_REQ, psn + 1, psn + 1, 0)]);
        assert!(b.nic.irq_pending());
        b.w(regs::IRQ_CAUSE, regs::IRQ_EVENT);
        assert!(!b.nic.irq_pending(), "IRQ_CAUSE is write-1-to-clear");
        b.w(regs::CT_ARM, CTX_B as u32);
    }
    // Disarmed after an event: reasons accumulate silently...
    b.rx(&write_frame(40, 0, &[1; 8], false, true));
    assert_eq!(b.events().len(), 1);
    b.rx(&write_frame(42, 0, &[1; 8], false, true));
    b.rx(&write_frame(40, 0, &[1; 8], false, false));
    assert!(b.events().is_empty());
    assert_eq!(b.r(regs::IRQ_CAUSE), regs::IRQ_EVENT, "only the event already reported");
    // ...and arming posts them at once, as one event.
    b.w(regs::CT_ARM, CTX_B as u32);
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_GAP | ring::EV_RX_ACK_REQ | ring::EV_RX_DUP, 41, 43, 0)]);
    // Arming with nothing pending posts nothing; the next reason does.
    b.w(regs::CT_ARM, CTX_B as u32);
    assert!(b.events().is_empty());
    b.rx(&write_frame(41, 0, &[1; 8], false, false));
    assert!(b.events().is_empty(), "an in-order frame asking nothing");
    b.rx(&write_frame(43, 0, &[1; 8], true, false));
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_COMPLETE, 44, 44, 1)]);
    // The interrupt line follows the mask.
    b.w(regs::IRQ_MASK, 0);
    assert!(!b.nic.irq_pending());
    assert_ne!(b.r(regs::IRQ_CAUSE), 0);
    b.w(regs::IRQ_MASK, regs::IRQ_EVENT);
    assert!(b.nic.irq_pending());
}

#[test]
fn a_full_event_ring_loses_events_and_says_so() {
    let (mut b, _) = receiver();
    for psn in 0..EQ_ENTRIES + 1 {
        b.rx(&write_frame(psn, 0, &[1; 8], false, true));
        b.w(regs::CT_ARM, CTX_B as u32);
    }
    assert_eq!(b.nic.counter(Counter::EqOverflow), 1);
    assert_ne!(b.r(regs::IRQ_CAUSE) & regs::IRQ_EQ_OVERFLOW, 0);
    let evs = b.events();
    assert_eq!(evs.len(), EQ_ENTRIES as usize);
    assert_eq!(evs.last().unwrap().a, EQ_ENTRIES);
    b.rx(&write_frame(EQ_ENTRIES + 1, 0, &[1; 8], false, true));
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_ACK_REQ, EQ_ENTRIES + 2, EQ_ENTRIES + 2, 0)]);
}

#[test]
fn in_order_frames_are_coalesced_into_one_event_per_ack_coalesce() {
    let (mut b, _) = receiver();
    b.w(regs::ACK_COALESCE, 4);
    let mut cums = Vec::new();
    for psn in 0..10 {
        b.rx(&write_frame(psn, 0, &[1; 8], false, false));
        for ev in b.events() {
            assert_eq!(ev.reason, ring::EV_RX_COALESCE);
            cums.push(ev.a);
            b.w(regs::CT_ARM, CTX_B as u32);
        }
    }
    assert_eq!(cums, [4, 8]);
    b.w(regs::ACK_COALESCE, 0);
    for psn in 10..200 {
        b.rx(&write_frame(psn, 0, &[1; 8], false, false));
    }
    assert!(b.events().is_empty(), "0: never");
}

#[test]
fn sq_descriptors_are_cut_into_write_frames() {
    for payload in [proto::max_payload(1500), proto::max_payload(9000)] {
        let (mut a, bytes) = sender();
        a.w(regs::MAX_PAYLOAD, payload as u32);
        let len = 3 * payload + 100;
        let first_psn = u32::MAX - 1;
        let desc = SqDesc {
            ctx: CTX_A,
            flags: ring::SQ_LAST | ring::SQ_ACK_REQ | ring::SQ_EVENT,
            first_psn,
            len: len as u32,
            src_region: SRC_REGION,
            dst_region: DST_REGION,
            src_offset: 77,
            dst_offset: 1000,
            dst_key: KEY,
        };
        a.post_sq(desc.encode());
        let first = NicModel::transmit(&mut a.nic, &mut a.mem, 0).expect("a frame at once");
        assert_eq!(a.r(ring_reg(regs::SQ, regs::RING_HEAD)), 0, "HEAD moves after the final frame");
        assert!(NicModel::transmit(&mut a.nic, &mut a.mem, 1).is_none(), "busy");
        a.now = 0;
        let mut frames = vec![first];
        frames.extend(a.transmit_all());
        assert_eq!(frames.len(), 4);
        let mut t = 0;
        for (i, (at, f)) in frames.iter().enumerate() {
            assert_eq!(*at, t, "back to back at line rate");
            t += (f.len() - FCS_LEN + 4 + 8 + 12) as u64 * 800;
            assert!(fcs_ok(f));
            let (eth, repr, data) = parse_frame(&f[..f.len() - FCS_LEN]).unwrap();
            assert_eq!((eth.src, eth.dst), (MAC_A, MAC_B));
            assert_eq!((repr.dst_ctx, repr.src_ctx, repr.dst_tag), (CTX_B, CTX_A, TAG_B));
            assert_eq!(repr.psn, Psn(first_psn).add(i as u32), "PSNs wrap");
            let Kind::Write(w) = repr.kind else { panic!("not a WRITE") };
            let final_frame = i == 3;
            let n = if final_frame { 100 } else { payload };
            assert_eq!(
                w,
                WriteRepr {
                    last: final_frame,
                    ack_req: final_frame,
                    key: KEY,
                    region: DST_REGION,
                    offset: 1000 + (i * payload) as u64,
                    len: n as u16
                }
            );
            assert_eq!(data, &bytes[77 + i * payload..77 + i * payload + n]);
        }
        assert_eq!(a.r(ring_reg(regs::SQ, regs::RING_HEAD)), 1);
        assert_eq!(a.events(), [Event { kind: ring::EV_SQ_DONE, ctx: CTX_A, a: 0, phase: true, ..Event::default() }]);
        assert_eq!(a.nic.counter(Counter::TxWrites), 4);
        assert_eq!(a.nic.counter(Counter::TxFrames), 4);

        // A short descriptor without flags: one padded frame, no event.
        let short = SqDesc { flags: 0, len: 10, src_offset: 5, ..desc };
        a.post_sq(short.encode());
        let frames = a.transmit_all();
        assert_eq!(frames.len(), 1);
        let f = &frames[0].1;
        assert_eq!(f.len(), MIN_FRAME_LEN + FCS_LEN);
        let (_, repr, data) = parse_frame(&f[..f.len() - FCS_LEN]).unwrap();
        assert_eq!(
            repr.kind,
            Kind::Write(WriteRepr { last: false, ack_req: false, key: KEY, region: DST_REGION, offset: 1000, len: 10 })
        );
        assert_eq!(data, &bytes[5..15]);
        assert!(a.events().is_empty());
        assert_eq!(a.r(ring_reg(regs::SQ, regs::RING_HEAD)), 2);
    }
}

#[test]
fn bad_sq_descriptors_are_rejected_and_consumed() {
    let (mut a, _) = sender();
    let good = SqDesc {
        ctx: CTX_A,
        flags: 0,
        first_psn: 0,
        len: 100,
        src_region: SRC_REGION,
        dst_region: DST_REGION,
        src_offset: 0,
        dst_offset: 0,
        dst_key: KEY,
    };
    let cases = [
        (SqDesc { flags: 0x80, ..good }, CTX_A, SqError::Malformed),
        (SqDesc { len: 0, ..good }, CTX_A, SqError::Malformed),
        (SqDesc { ctx: MAX_CONTEXTS as u16, ..good }, MAX_CONTEXTS as u16, SqError::Ctx),
        (SqDesc { ctx: CTX_A + 1, ..good }, CTX_A + 1, SqError::Ctx),
        (SqDesc { src_region: MAX_REGIONS as u16, ..good }, CTX_A, SqError::Region),
        (SqDesc { src_region: 3, ..good }, CTX_A, SqError::Region),
        (SqDesc { src_region: 4, ..good }, CTX_A, SqError::Region),
        (SqDesc { src_region: 6, ..good }, CTX_A, SqError::Region),
        (SqDesc { src_offset: SRC_LEN - 99, ..good }, CTX_A, SqError::Bounds),
        (SqDesc { src_offset: u64::MAX - 10, ..good }, CTX_A, SqError::Bounds),
    ];
    for (d, _, _) in &cases {
        a.post_sq(d.encode());
    }
    a.post_sq(SqDesc { flags: ring::SQ_EVENT, ..good }.encode());
    let frames = a.transmit_all();
    assert_eq!(frames.len(), 1, "only the good descriptor is sent");
    let n = cases.len() as u32;
    let mut expected: Vec<Event> = cases
        .iter()
        .enumerate()
        .map(|(i, &(_, ctx, e))| Event {
            kind: ring::EV_SQ_ERROR,
            ctx,
            a: i as u32,
            b: e as u32,
            phase: true,
            ..Event::default()
        })
        .collect();
    expected.push(Event { kind: ring::EV_SQ_DONE, ctx: CTX_A, a: n, phase: true, ..Event::default() });
    assert_eq!(a.events(), expected);
    assert_eq!(a.nic.counter(Counter::SqErrors), n);
    assert_eq!(a.r(ring_reg(regs::SQ, regs::RING_HEAD)), n + 1);
    assert_eq!(a.nic.counter(Counter::TxWrites), 1);
    assert_eq!(a.nic.next_transmit_time(a.now), None);
}

#[test]
fn received_pause_stops_transmission_for_its_quanta() {
    let (mut a, _) = sender();
    let desc = SqDesc {
        ctx: CTX_A,
        flags: 0,
        first_psn: 0,
        len: 3 * 1464,
        src_region: SRC_REGION,
        dst_region: DST_REGION,
        src_offset: 0,
        dst_offset: 0,
        dst_key: KEY,
    };
    a.post_sq(desc.encode());
    a.rx(&pause_frame(MAC_B, 100));
    assert_eq!(a.nic.counter(Counter::RxPause), 1);
    let resume = 100 * 51_200;
    assert_eq!(a.nic.next_transmit_time(0), Some(resume));
    assert_eq!(a.r(regs::STATUS), regs::STATUS_LINK_UP | regs::STATUS_TX_PAUSED);
    assert!(NicModel::transmit(&mut a.nic, &mut a.mem, resume - 1).is_none());
    let (at, f) = NicModel::transmit(&mut a.nic, &mut a.mem, resume).expect("sends when the pause ends");
    assert_eq!(at, resume);
    assert_eq!(a.r(regs::STATUS), regs::STATUS_LINK_UP);
    let busy_until = resume + wire_time_ps(f.len());
    // A PAUSE during a frame lets it finish and then holds the next.
    a.now = resume + 1;
    a.rx(&pause_frame(MAC_B, 1000));
    assert_eq!(a.nic.next_transmit_time(a.now), Some(resume + 1 + 1000 * 51_200));
    // A new PAUSE replaces the rest of the old one; quanta 0 resumes at once.
    a.rx(&pause_frame(MAC_B, 100));
    assert_eq!(a.nic.next_transmit_time(a.now), Some(resume + 1 + 100 * 51_200));
    a.rx(&pause_frame(MAC_B, 0));
    assert_eq!(a.nic.next_transmit_time(a.now), Some(busy_until));
    // Without CONTROL_PAUSE_RX, PAUSE is counted and ignored.
    a.w(regs::CONTROL, regs::CONTROL_ENABLE);
    a.rx(&pause_frame(MAC_B, 0xffff));
    assert_eq!(a.nic.counter(Counter::RxPause), 5);
    assert_eq!(a.nic.next_transmit_time(a.now), Some(busy_until));
    assert_eq!(a.nic.counter(Counter::RxHost), 0, "PAUSE is not a host frame");
}

fn host_frame(dst: MacAddr, ethertype: u16, len: usize, seed: u64) -> Vec<u8> {
    let mut f = pattern(seed, len);
    let mut e = EthernetFrame::new_unchecked(&mut f[..]);
    e.set_dst_addr(dst);
    e.set_src_addr(MAC_A);
    e.set_ethertype(ethertype);
    f
}

#[test]
fn txq_and_sq_take_turns_frame_by_frame() {
    let (mut a, _) = sender();
    let raw: Vec<Vec<u8>> = (0..3).map(|i| host_frame(MAC_B, 0x0800, 40 + 100 * i, i as u64)).collect();
    for f in &raw {
        a.post_txq(f);
    }
    let desc = SqDesc {
        ctx: CTX_A,
        flags: 0,
        first_psn: 0,
        len: 4 * 1464,
        src_region: SRC_REGION,
        dst_region: DST_REGION,
        src_offset: 0,
        dst_offset: 0,
        dst_key: KEY,
    };
    a.post_sq(desc.encode());
    let sent = a.transmit_all();
    let order: String = sent
        .iter()
        .map(|(_, f)| if EthernetFrame::new_unchecked(&f[..]).ethertype() == proto::ETHERTYPE { 'S' } else { 'T' })
        .collect();
    assert_eq!(order, "TSTSTSS");
    // Raw frames go out as given, padded to the minimum, with FCS.
    let txq: Vec<&Vec<u8>> = sent.iter().map(|(_, f)| f).filter(|f| f[12..14] == [0x08, 0x00]).collect();
    for (f, r) in txq.iter().zip(&raw) {
        assert!(fcs_ok(f));
        assert_eq!(f.len(), r.len().max(MIN_FRAME_LEN) + FCS_LEN);
        assert_eq!(&f[..r.len()], &r[..]);
        assert!(f[r.len()..f.len() - FCS_LEN].iter().all(|&b| b == 0));
    }
    let evs = a.events();
    let tx_done: Vec<u32> = evs.iter().filter(|e| e.kind == ring::EV_TX_DONE).map(|e| e.a).collect();
    assert_eq!(tx_done, [0, 1, 2]);
    assert_eq!(a.r(ring_reg(regs::TXQ, regs::RING_HEAD)), 3);
    assert_eq!(a.nic.counter(Counter::TxFrames), 7);
    assert_eq!(a.nic.counter(Counter::TxWrites), 4);
}

#[test]
fn host_frames_reach_the_receive_ring() {
    let (mut b, _) = receiver();
    let ack = Repr { dst_ctx: CTX_B, src_ctx: CTX_A, dst_tag: TAG_B, psn: Psn(12), kind: Kind::Ack };
    let mut ranges = NackRanges::default();
    ranges.push(PsnRange { start: Psn(3), count: 2 });
    let nack = Repr { kind: Kind::Nack(ranges), ..ack };
    let frames = [
        host_frame(MAC_B, 0x0800, 100, 1),
        host_frame(MacAddr::BROADCAST, 0x0806, 60, 2),
        host_frame(MacAddr([0x33, 0x33, 0, 0, 0, 1]), 0x86dd, 1514, 3),
        unfinished(MAC_A, MAC_B, &ack, &[]),
        unfinished(MAC_A, MAC_B, &nack, &[]),
    ];
    for f in &frames {
        let mut wire = f.clone();
        finish_frame(&mut wire);
        b.rx(&wire);
    }
    let evs = b.events();
    assert_eq!(evs.len(), frames.len());
    for (i, (ev, f)) in evs.iter().zip(&frames).enumerate() {
        // Written without FCS, padding included.
        let len = f.len().max(MIN_FRAME_LEN);
        assert_eq!((ev.kind, ev.a, ev.b), (ring::EV_RX_FRAME, i as u32, len as u32));
        let buf = b.rx_buffer(i as u32);
        let mut got = vec![0u8; len];
        b.mem.read(buf.addr, &mut got);
        assert_eq!(&got[..f.len()], &f[..]);
    }
    assert_eq!(b.nic.counter(Counter::RxHost), 5);
    assert_eq!(b.r(ring_reg(regs::RXQ, regs::RING_HEAD)), 5);

    // Another station's frame is ignored silently, unless promiscuous.
    let mut other = host_frame(MAC_A, 0x0800, 100, 4);
    finish_frame(&mut other);
    b.rx(&other);
    assert!(b.events().is_empty());
    assert_eq!(b.nic.counter(Counter::RxFrames), 6);
    assert_eq!(b.nic.counter(Counter::RxHost), 5);
    b.w(regs::CONTROL, regs::CONTROL_ENABLE | regs::CONTROL_PROMISC);
    b.rx(&other);
    assert_eq!(b.events().len(), 1);
    // A WRITE for another station, or to a group address, is host traffic, not placed.
    for dst in [MAC_A, MacAddr::BROADCAST] {
        let mut write = unfinished(MAC_A, dst, &write_repr(0, 0, 8, false, false), &[1; 8]);
        finish_frame(&mut write);
        b.rx(&write);
    }
    assert_eq!(b.nic.counter(Counter::RxPlaced), 0);
    assert_eq!(b.nic.counter(Counter::RxHost), 8);

    // The ring is now empty (8 buffers used): frames are dropped and counted.
    b.rx(&other);
    assert_eq!(b.nic.counter(Counter::RxDropNoBuf), 1);
    b.post_rx_buffer(64);
    b.rx(&other);
    assert_eq!(b.nic.counter(Counter::RxDropNoBuf), 2, "100 bytes do not fit in 64");
    assert_eq!(b.r(ring_reg(regs::RXQ, regs::RING_HEAD)), 8, "the short buffer stays");
    let mut small = host_frame(MAC_B, 0x0800, 50, 5);
    finish_frame(&mut small);
    b.rx(&small);
    assert_eq!(b.r(ring_reg(regs::RXQ, regs::RING_HEAD)), 9);
}

#[test]
fn a_disabled_nic_neither_sends_nor_receives() {
    let (mut b, _) = receiver();
    b.post_txq(&host_frame(MAC_A, 0x0800, 100, 1));
    b.w(regs::CONTROL, 0);
    b.rx(&write_frame(0, 0, &[1; 8], false, false));
    let mut bad = write_frame(1, 0, &[1; 8], false, false);
    bad[20] ^= 1;
    b.rx(&bad);
    let counted: Vec<(Counter, u32)> =
        Counter::ALL.iter().map(|&c| (c, b.nic.counter(c))).filter(|&(_, n)| n != 0).collect();
    assert_eq!(counted, [(Counter::RxFrames, 1), (Counter::RxBadFcs, 1)], "only the MAC counters");
    assert_eq!(b.nic.next_transmit_time(0), None);
    assert!(NicModel::transmit(&mut b.nic, &mut b.mem, 0).is_none());
    b.w(regs::CONTROL, regs::CONTROL_ENABLE);
    assert_eq!(b.transmit_all().len(), 1);
}

#[test]
fn two_nics_move_a_transfer_end_to_end() {
    let (mut a, bytes) = sender();
    let (mut b, region) = receiver();
    a.w(regs::MAX_PAYLOAD, 8968);
    let len = 15_000u32;
    // Two descriptors, as a driver cuts a transfer: the second ends it.
    let first = SqDesc {
        ctx: CTX_A,
        flags: 0,
        first_psn: 0,
        len: 8968,
        src_region: SRC_REGION,
        dst_region: DST_REGION,
        src_offset: 33,
        dst_offset: 4001,
        dst_key: KEY,
    };
    let second = SqDesc {
        flags: ring::SQ_LAST | ring::SQ_ACK_REQ,
        first_psn: 1,
        len: len - 8968,
        src_offset: 33 + 8968,
        dst_offset: 4001 + 8968,
        ..first
    };
    a.post_sq(first.encode());
    a.post_sq(second.encode());
    for (t, f) in a.transmit_all() {
        b.now = t + 1_000_000;
        b.rx(&f);
    }
    assert_eq!(b.read_region(&region, 4001, len as usize), &bytes[33..33 + len as usize]);
    assert_eq!(kinds(&b.events()), [ev_rx(ring::EV_RX_COMPLETE | ring::EV_RX_ACK_REQ, 2, 2, 1)]);
    assert_eq!(b.nic.counter(Counter::RxPlacedBytes), len);
}

/// A: a long burst of WRITEs into a switch port congested to a tenth of line rate.
/// Returns the link's statistics and the frames delivered.
fn congested_burst(honour_pause: bool) -> (LinkStats, usize) {
    let (mut a, _) = sender();
    let control = regs::CONTROL_ENABLE | if honour_pause { regs::CONTROL_PAUSE_RX } else { 0 };
    a.w(regs::CONTROL, control);
    let per_desc = 27 * 1464;
    for i in 0..(1 << SQ_LOG2) - 1 {
        let desc = SqDesc {
            ctx: CTX_A,
            flags: 0,
            first_psn: i * 27,
            len: per_desc,
            src_region: SRC_REGION,
            dst_region: DST_REGION,
            src_offset: 0,
            dst_offset: 0,
            dst_key: KEY,
        };
        a.post_sq(desc.encode());
    }
    let switch = SwitchConfig {
        congestion_gap_ps: 20_000_000,
        congestion_len_ps: 2_000_000_000,
        congested_rate: 0.1,
        ..SwitchConfig::default()
    };
    let mut link = Link::new(LinkConfig { switch: Some(switch), ..LinkConfig::default() });
    let mut delivered = 0;
    let mut now = 0;
    loop {
        let next = [a.nic.next_transmit_time(now), link.next_event_time()].into_iter().flatten().min();
        let Some(t) = next else { break };
        now = t.max(now);
        while let Some((start, f)) = NicModel::transmit(&mut a.nic, &mut a.mem, now) {
            link.send(f, start);
        }
        while link.deliver(now).is_some() {
            delivered += 1;
        }
        while let Some(p) = link.pause_back(now) {
            a.nic.receive(&mut a.mem, &p, now);
        }
    }
    assert_eq!(a.nic.counter(Counter::RxPause) as u64, link.stats().pause_frames);
    (link.stats().clone(), delivered)
}

#[test]
fn honouring_the_switch_pause_avoids_congestion_drops() {
    let frames = 27 * ((1 << SQ_LOG2) - 1);
    let (stats, delivered) = congested_burst(true);
    assert!(stats.pause_frames > 0, "{stats:?}");
    assert_eq!(stats.congestion_drops, 0, "{stats:?}");
    assert_eq!(delivered, frames);
    let (stats, delivered) = congested_burst(false);
    assert!(stats.congestion_drops > 0, "{stats:?}");
    assert_eq!(delivered as u64 + stats.congestion_drops, frames as u64);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, .. ProptestConfig::default() })]

    /// Any arrival order, with duplicates, from any starting PSN (across the 2^32 wrap):
    /// CUM, HIGH, DONE and the bitmap always equal those of a plain set model.
    #[test]
    fn arrival_tracking_matches_a_set_model(
        start in prop_oneof![Just(0u32), Just(u32::MAX - 150), any::<u32>()],
        n in 1usize..300,
        seed in any::<u64>(),
    ) {
        let mut rng = Rng::new(seed);
        let mut order: Vec<u32> = (0..n as u32).collect();
        rng.shuffle(&mut order);
        for _ in 0..n / 10 {
            let again = order[rng.gen_range(0..n as u64) as usize];
            let at = rng.gen_range(0..order.len() as u64 + 1) as usize;
            order.insert(at, again);
        }
        let is_last = |k: u32| k % 7 == 3;
        let (mut b, _) = receiver();
        b.connect(CTX_B, ContextAddr { mac: MAC_A, ctx: CTX_A, tag: TAG_A }, TAG_B, PD, start);
        let mut got = std::collections::BTreeSet::new();
        let mut dups = 0;
        for &k in &order {
            b.rx(&write_frame(start.wrapping_add(k), 8 * k as u64, &k.to_le_bytes().repeat(2), is_last(k), false));
            if !got.insert(k) {
                dups += 1;
            }
            let cum = (0..).find(|i| !got.contains(i)).unwrap();
            let high = got.iter().next_back().unwrap() + 1;
            let done = (0..cum).filter(|&i| is_last(i)).count() as u32;
            let mut map = vec![0u32; regs::RX_MAP_WORDS as usize];
            for &i in got.range(cum..) {
                let bit = start.wrapping_add(i) % RX_WINDOW;
                map[(bit / 32) as usize] |= 1 << (bit % 32);
            }
            prop_assert_eq!(b.arrival(CTX_B), (start.wrapping_add(cum), start.wrapping_add(high), done, map));
        }
        prop_assert_eq!(b.nic.counter(Counter::RxPlaced), n as u32);
        prop_assert_eq!(b.nic.counter(Counter::RxDropDup), dups);
    }
}
