//! The driver proper: bring-up, rings, the event loop, the paper's calls.

use super::context::{fence_passed, Context, State, Transfer, QUEUE_DEPTH};
use super::region::{RegionSpec, RegionTable};
use super::uapi::info::{ContextAddr, RegionInfo, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use super::uapi::proto::{self, Psn, ETHERTYPE, MAX_CONTEXTS, MAX_NACK_RANGES, RX_WINDOW};
use super::uapi::regs::{self, ring_reg};
use super::uapi::ring::{self, BufDesc, Event, SqDesc};
use super::uapi::wire::{self, ethernet, Kind, MacAddr, NackRanges, PsnRange, Repr};
use super::{Device, Error, Owner, Result};

const SQ_LOG2: u32 = 10;
const TXQ_LOG2: u32 = 6;
const RXQ_LOG2: u32 = 7;
/// Larger than every event that can be outstanding at once (one EV_RX per context, one per
/// RXQ, TXQ and SQ entry), so the event ring cannot overflow.
const EQ_LOG2: u32 = 11;
const SQ_ENTRIES: u32 = 1 << SQ_LOG2;
const TXQ_ENTRIES: u32 = 1 << TXQ_LOG2;
const RXQ_ENTRIES: u32 = 1 << RXQ_LOG2;
const EQ_ENTRIES: u32 = 1 << EQ_LOG2;
const _: () = assert!(EQ_ENTRIES > MAX_CONTEXTS as u32 + SQ_ENTRIES + TXQ_ENTRIES + RXQ_ENTRIES);
/// One buffer per TXQ and RXQ entry, large enough for a jumbo frame without FCS.
pub const BUF_LEN: usize = 9728;
/// Frames re-sent when a context's retransmission timer expires.
const TIMEOUT_BURST: u32 = 16;
/// First transmissions are cut into descriptors of at most this many bytes, and a context
/// keeps at most `MAX_PENDING_DESCRIPTORS` of them queued in the NIC: enough to keep the
/// wire busy between two driver runs, little enough that a retransmission is not queued
/// behind megabytes of first transmissions.
const CHUNK_BYTES: u64 = 128 << 10;
const MAX_PENDING_DESCRIPTORS: u32 = 8;
/// Longest ACK or NACK frame.
const CONTROL_FRAME_MAX: usize =
    ethernet::HEADER_LEN + proto::HEADER_LEN + MAX_NACK_RANGES * wire::uzura::NACK_RANGE_LEN;

/// Where the rings and buffers sit in the coherent DMA area the OS gives the driver.
#[derive(Clone, Copy, Debug, Default)]
pub struct DmaLayout {
    pub sq: u64,
    pub txq: u64,
    pub rxq: u64,
    pub eq: u64,
    pub tx_bufs: u64,
    pub rx_bufs: u64,
}

impl DmaLayout {
    /// Bytes the DMA area must have.
    pub const LEN: usize = SQ_ENTRIES as usize * SqDesc::LEN
        + TXQ_ENTRIES as usize * BufDesc::LEN
        + RXQ_ENTRIES as usize * BufDesc::LEN
        + EQ_ENTRIES as usize * Event::LEN
        + (TXQ_ENTRIES + RXQ_ENTRIES) as usize * BUF_LEN;

    /// The layout of an area starting at `base` (4 KiB aligned).
    pub const fn at(base: u64) -> DmaLayout {
        let sq = base;
        let txq = sq + SQ_ENTRIES as u64 * SqDesc::LEN as u64;
        let rxq = txq + TXQ_ENTRIES as u64 * BufDesc::LEN as u64;
        let eq = rxq + RXQ_ENTRIES as u64 * BufDesc::LEN as u64;
        let tx_bufs = eq + EQ_ENTRIES as u64 * Event::LEN as u64;
        let rx_bufs = tx_bufs + TXQ_ENTRIES as u64 * BUF_LEN as u64;
        DmaLayout { sq, txq, rxq, eq, tx_bufs, rx_bufs }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct Config {
    /// Link MTU: sets the payload of each WRITE (`proto::max_payload`).
    pub mtu: usize,
    /// Retransmission timeout before backoff, and its ceiling.
    pub rto_initial_ns: u64,
    pub rto_max_ns: u64,
    /// Consecutive timeouts without progress after which a context fails.
    pub max_timeouts: u32,
    /// Bytes received in order per ACK when nothing else asks for one (sets
    /// `regs::ACK_COALESCE` in frames).
    pub ack_interval_bytes: u32,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            mtu: 1500,
            rto_initial_ns: 200_000,
            rto_max_ns: 50_000_000,
            max_timeouts: 12,
            ack_interval_bytes: 64 << 10,
        }
    }
}

/// What the driver did, for tests and benchmarks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stats {
    pub transfers_started: u64,
    pub transfers_completed: u64,
    pub descriptors: u64,
    /// Frames handed to the NIC for the first time, and again.
    pub frames_sent: u64,
    pub frames_retransmitted: u64,
    pub timeouts: u64,
    pub acks_sent: u64,
    pub nacks_sent: u64,
    pub acks_received: u64,
    pub nacks_received: u64,
    /// ACKs or NACKs not from the context's peer, for a closed context, or malformed.
    pub control_dropped: u64,
    /// ACKs or NACKs not sent because the transmit queue was full (the peer recovers by
    /// timeout).
    pub control_unsent: u64,
    pub sq_errors: u64,
    /// Ordinary frames delivered to the host.
    pub host_frames: u64,
}

/// One rdmastart's arguments (paper Table 4: sinfo, dinfo, size) plus offsets into both.
#[derive(Clone, Copy, Debug)]
pub struct StartArgs {
    pub src: RegionInfo,
    pub src_offset: u64,
    pub dst: RegionInfo,
    pub dst_offset: u64,
    pub len: u64,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PollResult {
    /// Sending side: nothing in flight. Receiving side: an incoming transfer completed (and
    /// was consumed by this call).
    pub complete: bool,
    /// Transfers completed on this context so far, in this direction.
    pub count: u32,
}

pub struct Driver {
    cfg: Config,
    mac: MacAddr,
    payload: u32,
    dma: DmaLayout,
    regions: RegionTable,
    contexts: [Context; MAX_CONTEXTS],
    sq_tail: u32,
    sq_head: u32,
    txq_tail: u32,
    txq_head: u32,
    rxq_tail: u32,
    eq_head: u32,
    /// SQ head when passed fences were last re-stamped (see `refresh_fences`).
    fences_refreshed: u32,
    stats: Stats,
    rx_frame: [u8; BUF_LEN],
}

/// The parts of `ranges` at or after `from`.
fn unreported(ranges: &NackRanges, from: Psn) -> NackRanges {
    let mut out = NackRanges::default();
    for r in ranges.as_slice() {
        let end = r.start.add(r.count);
        if end.since(from) <= 0 {
            continue;
        }
        let start = if r.start.before(from) { from } else { r.start };
        out.push(PsnRange { start, count: end.since(start) as u32 });
    }
    out
}

fn check_range(offset: u64, len: u64, region_len: u64) -> Result<()> {
    let end = offset.checked_add(len).ok_or(Error::Overflow)?;
    if end > region_len {
        return Err(Error::Range);
    }
    Ok(())
}

impl Driver {
    /// A driver for a NIC not yet attached. Large (the tables are inline): the kernel
    /// allocates it on the heap.
    pub fn new(cfg: Config) -> Driver {
        Driver {
            cfg,
            mac: MacAddr::default(),
            payload: proto::max_payload(cfg.mtu) as u32,
            dma: DmaLayout::default(),
            regions: RegionTable::new(),
            contexts: [Context::default(); MAX_CONTEXTS],
            sq_tail: 0,
            sq_head: 0,
            txq_tail: 0,
            txq_head: 0,
            rxq_tail: 0,
            eq_head: 0,
            fences_refreshed: 0,
            stats: Stats::default(),
            rx_frame: [0; BUF_LEN],
        }
    }

    /// Resets and brings up the NIC (`docs/registers.md` §7) with rings and buffers in the
    /// coherent area at `dma_base`, [`DmaLayout::LEN`] bytes, 4 KiB aligned.
    pub fn attach<D: Device>(&mut self, dev: &mut D, dma_base: u64) -> Result<()> {
        if !(proto::MIN_MTU..=proto::MAX_MTU).contains(&self.cfg.mtu)
            || !dma_base.is_multiple_of(proto::PAGE_SIZE as u64)
        {
            return Err(Error::Invalid);
        }
        if dev.read_reg(regs::ID) != regs::ID_VALUE
            || dev.read_reg(regs::VERSION) >> 16 != regs::VERSION_VALUE >> 16
            || dev.read_reg(regs::CAPS) != regs::caps_value()
            || dev.read_reg(regs::CAPS_REGIONS) != proto::MAX_REGIONS as u32
        {
            return Err(Error::NoDevice);
        }
        dev.write_reg(regs::CONTROL, regs::CONTROL_RESET);
        let mac = (dev.read_reg(regs::MAC_HI) as u64) << 32 | dev.read_reg(regs::MAC_LO) as u64;
        self.mac = MacAddr::from_u64(mac);
        dev.write_reg(regs::MAX_PAYLOAD, self.payload);
        dev.write_reg(regs::ACK_COALESCE, (self.cfg.ack_interval_bytes / self.payload).max(1));
        self.dma = DmaLayout::at(dma_base);
        let d = self.dma;
        for (ring, base, log2) in [
            (regs::SQ, d.sq, SQ_LOG2),
            (regs::TXQ, d.txq, TXQ_LOG2),
            (regs::RXQ, d.rxq, RXQ_LOG2),
            (regs::EQ, d.eq, EQ_LOG2),
        ] {
            dev.write_reg(ring_reg(ring, regs::RING_BASE_LO), base as u32);
            dev.write_reg(ring_reg(ring, regs::RING_BASE_HI), (base >> 32) as u32);
            dev.write_reg(ring_reg(ring, regs::RING_SIZE_LOG2), log2);
        }
        // A fresh event ring: every entry's phase bit 0, so the first pass (phase 1) is new.
        for i in 0..EQ_ENTRIES as u64 {
            dev.mem_write(d.eq + i * Event::LEN as u64, &[0; Event::LEN]);
        }
        (self.sq_tail, self.sq_head, self.txq_tail, self.txq_head, self.rxq_tail, self.eq_head) = (0, 0, 0, 0, 0, 0);
        for _ in 0..RXQ_ENTRIES {
            self.post_rx_buffer(dev);
        }
        dev.write_reg(ring_reg(regs::RXQ, regs::RING_TAIL), self.rxq_tail);
        dev.write_reg(regs::IRQ_MASK, regs::IRQ_EVENT | regs::IRQ_EQ_OVERFLOW);
        dev.write_reg(regs::CONTROL, regs::CONTROL_ENABLE | regs::CONTROL_PAUSE_RX | regs::CONTROL_PAUSE_TX);
        Ok(())
    }

    /// Sets the configuration of a driver not yet attached. For the kernel module, which
    /// builds the driver in zeroed memory rather than on its small stack: every field of
    /// `Driver::new(cfg)` but these two is zero.
    pub fn set_config(&mut self, cfg: Config) {
        self.cfg = cfg;
        self.payload = proto::max_payload(cfg.mtu) as u32;
    }

    pub fn mac(&self) -> MacAddr {
        self.mac
    }
    pub fn stats(&self) -> &Stats {
        &self.stats
    }
    /// Payload bytes per WRITE frame.
    pub fn payload(&self) -> u32 {
        self.payload
    }

    // --- contexts ------------------------------------------------------------------------

    fn ctx_mut(&mut self, owner: Owner, cid: u16) -> Result<&mut Context> {
        let ctx = self.contexts.get_mut(cid as usize).ok_or(Error::Invalid)?;
        if ctx.state == State::Free {
            return Err(Error::NotFound);
        }
        if ctx.owner != owner {
            return Err(Error::Permission);
        }
        Ok(ctx)
    }

    /// Opens a context; returns the address to give the peer.
    /// `Again` if free slots exist but the NIC has yet to consume descriptors naming them.
    pub fn ctx_open<D: Device>(&mut self, dev: &mut D, owner: Owner) -> Result<ContextAddr> {
        let sq_head = self.read_sq_head(dev);
        let free = |c: &Context| c.state == State::Free;
        let cid = match self.contexts.iter().position(|c| free(c) && fence_passed(c.sq_fence, sq_head)) {
            Some(cid) => cid,
            None if self.contexts.iter().any(free) => return Err(Error::Again),
            None => return Err(Error::NoSpace),
        };
        let tag = dev.random_u64() as u32;
        let sq_fence = self.contexts[cid].sq_fence;
        self.contexts[cid] = Context {
            state: State::Open,
            owner,
            local_tag: tag,
            rto_ns: self.cfg.rto_initial_ns,
            sq_fence,
            ..Context::default()
        };
        Ok(ContextAddr { mac: self.mac, ctx: cid as u16, tag })
    }

    /// Binds an open context to its peer; from now on the NIC accepts the peer's WRITEs on it.
    pub fn ctx_connect<D: Device>(&mut self, dev: &mut D, owner: Owner, cid: u16, peer: ContextAddr) -> Result<()> {
        let ctx = self.ctx_mut(owner, cid)?;
        if ctx.state != State::Open || peer.mac.is_multicast() || peer.ctx as usize >= MAX_CONTEXTS {
            return Err(Error::Invalid);
        }
        ctx.peer = peer;
        ctx.state = State::Connected;
        let (pd, tag) = (ctx.owner, ctx.local_tag);
        dev.write_reg(regs::CT_PEER_MAC_LO, peer.mac.to_u64() as u32);
        dev.write_reg(regs::CT_PEER_MAC_HI, (peer.mac.to_u64() >> 32) as u32);
        dev.write_reg(regs::CT_PEER_CTX, peer.ctx as u32);
        dev.write_reg(regs::CT_PEER_TAG, peer.tag);
        dev.write_reg(regs::CT_LOCAL_TAG, tag);
        dev.write_reg(regs::CT_PD, pd as u32);
        dev.write_reg(regs::CT_RX_START, 0);
        dev.write_reg(regs::CT_FLAGS, regs::CT_FLAG_VALID);
        dev.write_reg(regs::CT_COMMIT, cid as u32);
        Ok(())
    }

    /// Closes a context with nothing in flight (a failed one may always be closed).
    pub fn ctx_close<D: Device>(&mut self, dev: &mut D, owner: Owner, cid: u16) -> Result<()> {
        let ctx = self.ctx_mut(owner, cid)?;
        if ctx.state != State::Failed && ctx.in_flight() != 0 {
            return Err(Error::Busy);
        }
        self.abandon(dev, cid as usize);
        Ok(())
    }

    /// Frees the context whatever it carries: in-flight transfers are dropped.
    fn abandon<D: Device>(&mut self, dev: &mut D, cid: usize) {
        let ctx = self.contexts[cid];
        for i in 0..ctx.in_flight() {
            let src = ctx.transfer(ctx.completed.wrapping_add(i)).src_region;
            self.regions.get_mut(src as usize).readers -= 1;
        }
        self.contexts[cid] = Context { sq_fence: ctx.sq_fence, ..Context::default() };
        dev.write_reg(regs::CT_FLAGS, 0);
        dev.write_reg(regs::CT_COMMIT, cid as u32);
    }

    /// Everything `owner` holds is released (the file was closed, the process died). Returns
    /// the regions released. The NIC may still read their pages until it has consumed the
    /// descriptors queued so far; the OS unpins them once [`Driver::sq_drained`] holds.
    pub fn release_owner<D: Device>(&mut self, dev: &mut D, owner: Owner) -> usize {
        for cid in 0..MAX_CONTEXTS {
            if self.contexts[cid].state != State::Free && self.contexts[cid].owner == owner {
                self.abandon(dev, cid);
            }
        }
        self.regions.release_owner(dev, owner)
    }

    /// Whether the NIC has consumed every SQ descriptor posted so far.
    pub fn sq_drained<D: Device>(&mut self, dev: &mut D) -> bool {
        self.read_sq_head(dev) == self.sq_tail
    }

    /// Fences are compared in serial arithmetic, so one the SQ head passed long ago would
    /// look unpassed again 2^31 descriptors later. Every 2^30 descriptors, passed fences are
    /// moved up to the current head, which keeps them passed.
    fn refresh_fences(&mut self) {
        let head = self.sq_head;
        for c in self.contexts.iter_mut().filter(|c| fence_passed(c.sq_fence, head)) {
            c.sq_fence = head;
        }
        self.regions.refresh_fences(head);
        self.fences_refreshed = head;
    }

    fn read_sq_head<D: Device>(&mut self, dev: &mut D) -> u32 {
        self.sq_head = dev.read_reg(ring_reg(regs::SQ, regs::RING_HEAD));
        self.sq_head
    }

    // --- regions -------------------------------------------------------------------------

    /// getreginfo: registers pinned pages under a fresh random key.
    pub fn register_region<D: Device>(&mut self, dev: &mut D, owner: Owner, spec: &RegionSpec) -> Result<RegionInfo> {
        let sq_head = self.read_sq_head(dev);
        self.regions.register(dev, self.mac, owner, spec, sq_head)
    }

    pub fn release_region<D: Device>(&mut self, dev: &mut D, owner: Owner, info: &RegionInfo) -> Result<()> {
        let sq_head = self.read_sq_head(dev);
        self.regions.release(dev, self.mac, owner, info, sq_head)
    }

    // --- transfers -----------------------------------------------------------------------

    /// rdmastart, asynchronous: queues the transfer and returns its sequence number on the
    /// context. It is complete when `poll(..).count` passes that number.
    pub fn rdmastart<D: Device>(&mut self, dev: &mut D, owner: Owner, cid: u16, args: &StartArgs) -> Result<u32> {
        let payload = self.payload as u64;
        let mac = self.mac;
        let ctx = self.ctx_mut(owner, cid)?;
        match ctx.state {
            State::Connected => {}
            State::Failed => return Err(Error::TimedOut),
            _ => return Err(Error::NotConnected),
        }
        let peer_mac = ctx.peer.mac;
        if ctx.in_flight() as usize == QUEUE_DEPTH {
            return Err(Error::Again);
        }
        if args.len == 0 || args.dst.mac != peer_mac {
            return Err(Error::Invalid);
        }
        if args.dst.access & ACCESS_REMOTE_WRITE == 0 {
            return Err(Error::Permission);
        }
        check_range(args.dst_offset, args.len, args.dst.len)?;
        let frames = args.len.div_ceil(payload);
        // Keeps every live PSN within 2^31 of the others (serial arithmetic).
        if frames > 1 << 30 {
            return Err(Error::Invalid);
        }
        let (src_index, src) = self.regions.lookup(mac, owner, &args.src, ACCESS_LOCAL_READ)?;
        check_range(args.src_offset, args.len, src.len)?;
        src.readers += 1;
        let ctx = &mut self.contexts[cid as usize];
        let seq = ctx.started;
        let first = ctx.next_psn;
        ctx.queue[seq as usize % QUEUE_DEPTH] = Transfer {
            first,
            end: first.add(frames as u32),
            len: args.len,
            src_region: src_index as u16,
            src_offset: args.src_offset,
            dst_region: args.dst.index,
            dst_key: args.dst.key,
            dst_offset: args.dst_offset,
        };
        ctx.next_psn = first.add(frames as u32);
        ctx.started = seq.wrapping_add(1);
        if ctx.deadline_ns.is_none() {
            ctx.deadline_ns = Some(dev.now_ns() + ctx.rto_ns);
        }
        self.stats.transfers_started += 1;
        self.post(dev, cid as usize);
        Ok(seq)
    }

    /// poll: services the NIC, then reports on context `cid` (see [`PollResult`]).
    pub fn poll<D: Device>(&mut self, dev: &mut D, owner: Owner, cid: u16, incoming: bool) -> Result<PollResult> {
        self.service(dev, &mut |_| {});
        let ctx = self.ctx_mut(owner, cid)?;
        match ctx.state {
            State::Failed => return Err(Error::TimedOut),
            State::Open => return Err(Error::NotConnected),
            _ => {}
        }
        if incoming {
            let complete = ctx.rx_done != ctx.rx_consumed;
            if complete {
                ctx.rx_consumed = ctx.rx_consumed.wrapping_add(1);
            }
            return Ok(PollResult { complete, count: ctx.rx_done });
        }
        Ok(PollResult { complete: ctx.in_flight() == 0, count: ctx.completed })
    }

    /// Calls `poll` until it reports completion, calling `wait` in between: the OS's way to
    /// sleep until an interrupt or timer (or, in simulation, to advance time).
    pub fn poll_wait<D: Device>(
        &mut self,
        dev: &mut D,
        owner: Owner,
        cid: u16,
        incoming: bool,
        wait: &mut dyn FnMut(&mut Self, &mut D) -> Result<()>,
    ) -> Result<PollResult> {
        loop {
            let r = self.poll(dev, owner, cid, incoming)?;
            if r.complete {
                return Ok(r);
            }
            wait(self, dev)?;
        }
    }

    /// rdmastart with `wait`: returns once this transfer is acknowledged. (The kernel uses
    /// `rdmastart` and `wait_for` so that it can report `seq` when a wait is interrupted.)
    pub fn rdmastart_sync<D: Device>(
        &mut self,
        dev: &mut D,
        owner: Owner,
        cid: u16,
        args: &StartArgs,
        wait: &mut dyn FnMut(&mut Self, &mut D) -> Result<()>,
    ) -> Result<u32> {
        let seq = self.rdmastart(dev, owner, cid, args)?;
        self.wait_for(dev, owner, cid, seq, wait)?;
        Ok(seq)
    }

    /// Returns once transfer `seq` of context `cid` is acknowledged, calling `wait` in between.
    pub fn wait_for<D: Device>(
        &mut self,
        dev: &mut D,
        owner: Owner,
        cid: u16,
        seq: u32,
        wait: &mut dyn FnMut(&mut Self, &mut D) -> Result<()>,
    ) -> Result<()> {
        loop {
            let r = self.poll(dev, owner, cid, false)?;
            if r.count.wrapping_sub(seq) as i32 > 0 {
                return Ok(());
            }
            wait(self, dev)?;
        }
    }

    /// Hands the NIC every frame of `cid`'s queued transfers that the window admits.
    fn post<D: Device>(&mut self, dev: &mut D, cid: usize) {
        let chunk_frames = (CHUNK_BYTES / self.payload as u64).max(1) as u32;
        loop {
            let ctx = &self.contexts[cid];
            if ctx.posted == ctx.next_psn || ctx.window_space() == 0 || ctx.sq_pending >= MAX_PENDING_DESCRIPTORS {
                return;
            }
            let Some(seq) = ctx.seq_of(ctx.posted) else { return };
            let t = *ctx.transfer(seq);
            let space = ctx.window_space();
            let from = ctx.posted;
            let frames = (t.end.since(from) as u32).min(space).min(chunk_frames);
            let to = from.add(frames);
            // Ask for an ACK where the window closes, so that it reopens promptly.
            let window_closes = frames == space;
            if !self.post_frames(dev, cid, &t, from, to, window_closes) {
                return;
            }
            self.contexts[cid].posted = to;
            self.stats.frames_sent += to.since(from) as u64;
        }
    }

    /// Posts one SQ descriptor for frames `[from, to)` of transfer `t`; false if the SQ is full.
    fn post_frames<D: Device>(
        &mut self,
        dev: &mut D,
        cid: usize,
        t: &Transfer,
        from: Psn,
        to: Psn,
        ack_req: bool,
    ) -> bool {
        if self.sq_tail.wrapping_sub(self.sq_head) == SQ_ENTRIES {
            self.sq_head = dev.read_reg(ring_reg(regs::SQ, regs::RING_HEAD));
            if self.sq_tail.wrapping_sub(self.sq_head) == SQ_ENTRIES {
                return false;
            }
        }
        let payload = self.payload as u64;
        let skip = from.since(t.first) as u64 * payload;
        let len = (to.since(from) as u64 * payload).min(t.len - skip);
        let last = to == t.end;
        let flags =
            ring::SQ_EVENT | if last { ring::SQ_LAST } else { 0 } | if ack_req || last { ring::SQ_ACK_REQ } else { 0 };
        let desc = SqDesc {
            ctx: cid as u16,
            flags,
            first_psn: from.0,
            len: len as u32,
            src_region: t.src_region,
            dst_region: t.dst_region,
            src_offset: t.src_offset + skip,
            dst_offset: t.dst_offset + skip,
            dst_key: t.dst_key,
        };
        let slot = (self.sq_tail % SQ_ENTRIES) as u64;
        dev.mem_write(self.dma.sq + slot * SqDesc::LEN as u64, &desc.encode());
        self.sq_tail = self.sq_tail.wrapping_add(1);
        dev.write_reg(ring_reg(regs::SQ, regs::RING_TAIL), self.sq_tail);
        self.regions.get_mut(t.src_region as usize).sq_fence = self.sq_tail;
        self.contexts[cid].sq_pending += 1;
        self.contexts[cid].sq_fence = self.sq_tail;
        self.stats.descriptors += 1;
        true
    }

    /// Re-sends frames `[from, to)` (inside `[acked, posted)`) of context `cid`.
    fn retransmit<D: Device>(&mut self, dev: &mut D, cid: usize, from: Psn, to: Psn) {
        let mut p = from;
        while p.before(to) {
            let ctx = &self.contexts[cid];
            let Some(seq) = ctx.seq_of(p) else { return };
            let t = *ctx.transfer(seq);
            let end = if t.end.before(to) { t.end } else { to };
            if !self.post_frames(dev, cid, &t, p, end, end == to) {
                return;
            }
            self.stats.frames_retransmitted += end.since(p) as u64;
            let ctx = &mut self.contexts[cid];
            if ctx.recovered.before(end) {
                ctx.recovered = end;
            }
            p = end;
        }
    }

    // --- the event loop ------------------------------------------------------------------

    /// Earliest retransmission deadline, for the OS's timer.
    pub fn next_deadline_ns(&self) -> Option<u64> {
        self.contexts.iter().filter(|c| c.state == State::Connected).filter_map(|c| c.deadline_ns).min()
    }

    /// Handles everything the NIC reported and every expired timer. Ordinary received frames
    /// go to `host_frame`. Call it from the interrupt handler (or its bottom half), the
    /// retransmission timer, and before answering poll. Returns the events handled.
    pub fn service<D: Device>(&mut self, dev: &mut D, host_frame: &mut dyn FnMut(&[u8])) -> u32 {
        dev.write_reg(regs::IRQ_CAUSE, regs::IRQ_EVENT | regs::IRQ_EQ_OVERFLOW);
        // The write is posted: read it back so that the clear has landed before the drain
        // starts; otherwise it may clear the cause of an event the drain has already missed,
        // and no interrupt would come for it (`docs/registers.md` §5.2).
        dev.read_reg(regs::IRQ_CAUSE);
        let mut handled = 0;
        let mut rx_reposted = false;
        loop {
            let entry = self.dma.eq + u64::from(self.eq_head % EQ_ENTRIES) * Event::LEN as u64;
            let phase = (self.eq_head / EQ_ENTRIES).is_multiple_of(2);
            // The phase byte alone first: the entry is ours only once it says so, and no byte
            // of it may be read before that (a CPU may reorder loads from coherent memory), so
            // the rest is read after it, behind a read barrier (`docs/registers.md` §4.4).
            let mut phase_byte = [0u8; 1];
            dev.mem_read(entry + ring::event::PHASE as u64, &mut phase_byte);
            if (phase_byte[0] & 1 != 0) != phase {
                break;
            }
            dev.read_barrier();
            let mut bytes = [0u8; Event::LEN];
            dev.mem_read(entry, &mut bytes);
            let ev = Event::decode(&bytes);
            self.eq_head = self.eq_head.wrapping_add(1);
            handled += 1;
            match ev.kind {
                ring::EV_RX => self.acknowledge(dev, ev.ctx as usize, ev.reason),
                ring::EV_RX_FRAME => {
                    self.receive_host_frame(dev, ev.a, ev.b as usize, host_frame);
                    rx_reposted = true;
                }
                ring::EV_TX_DONE => self.txq_head = ev.a.wrapping_add(1),
                ring::EV_SQ_DONE | ring::EV_SQ_ERROR => {
                    self.sq_head = ev.a.wrapping_add(1);
                    if ev.kind == ring::EV_SQ_ERROR {
                        self.stats.sq_errors += 1;
                    }
                    self.descriptor_done(dev, ev.ctx as usize);
                }
                _ => {}
            }
        }
        if handled != 0 {
            dev.write_reg(ring_reg(regs::EQ, regs::RING_HEAD), self.eq_head);
        }
        if rx_reposted {
            dev.write_reg(ring_reg(regs::RXQ, regs::RING_TAIL), self.rxq_tail);
        }
        if self.sq_head.wrapping_sub(self.fences_refreshed) >= 1 << 30 {
            self.refresh_fences();
        }
        let now = dev.now_ns();
        for cid in 0..MAX_CONTEXTS {
            let c = &self.contexts[cid];
            if c.state == State::Connected && c.deadline_ns.is_some_and(|d| d <= now) {
                self.timeout(dev, cid, now);
            }
        }
        handled
    }

    fn post_rx_buffer<D: Device>(&mut self, dev: &mut D) {
        let slot = (self.rxq_tail % RXQ_ENTRIES) as u64;
        let desc = BufDesc { addr: self.dma.rx_bufs + slot * BUF_LEN as u64, len: BUF_LEN as u16 };
        dev.mem_write(self.dma.rxq + slot * BufDesc::LEN as u64, &desc.encode());
        self.rxq_tail = self.rxq_tail.wrapping_add(1);
    }

    fn receive_host_frame<D: Device>(
        &mut self,
        dev: &mut D,
        index: u32,
        len: usize,
        host_frame: &mut dyn FnMut(&[u8]),
    ) {
        let slot = (index % RXQ_ENTRIES) as u64;
        let len = len.min(BUF_LEN);
        dev.mem_read(self.dma.rx_bufs + slot * BUF_LEN as u64, &mut self.rx_frame[..len]);
        // Buffers are consumed in order, so the one just read is the next to re-post.
        self.post_rx_buffer(dev);
        let frame = &self.rx_frame[..len];
        if ethernet::EthernetFrame::new_checked(frame).map(|f| f.ethertype()) != Ok(ETHERTYPE) {
            self.stats.host_frames += 1;
            host_frame(frame);
            return;
        }
        match wire::parse_frame(frame) {
            Ok((eth, repr, _)) => self.on_control(dev, eth.src, &repr),
            Err(_) => self.stats.control_dropped += 1,
        }
    }

    /// An ACK or NACK arrived for one of our contexts.
    fn on_control<D: Device>(&mut self, dev: &mut D, src: MacAddr, repr: &Repr) {
        let cid = repr.dst_ctx as usize;
        let from_peer = self.contexts.get(cid).is_some_and(|c| {
            c.state == State::Connected
                && c.peer.mac == src
                && c.peer.ctx == repr.src_ctx
                && c.local_tag == repr.dst_tag
        });
        if !from_peer || matches!(repr.kind, Kind::Write(_)) {
            self.stats.control_dropped += 1;
            return;
        }
        let ctx = &self.contexts[cid];
        // A cumulative ACK before ours is stale; one beyond what we sent is bogus.
        if repr.psn.before(ctx.acked) || repr.psn.since(ctx.posted) > 0 {
            self.stats.control_dropped += 1;
            return;
        }
        let now = dev.now_ns();
        self.advance_ack(cid, repr.psn, now);
        if let Kind::Nack(ranges) = &repr.kind {
            self.stats.nacks_received += 1;
            for r in ranges.as_slice() {
                let ctx = &self.contexts[cid];
                let mut from = r.start;
                for floor in [ctx.acked, ctx.recovered] {
                    if from.before(floor) {
                        from = floor;
                    }
                }
                let mut to = r.start.add(r.count);
                if ctx.posted.before(to) {
                    to = ctx.posted;
                }
                if from.before(to) {
                    self.retransmit(dev, cid, from, to);
                }
            }
        } else {
            self.stats.acks_received += 1;
        }
        self.post(dev, cid);
    }

    fn advance_ack(&mut self, cid: usize, cum: Psn, now: u64) {
        let initial_rto = self.cfg.rto_initial_ns;
        let ctx = &mut self.contexts[cid];
        if cum != ctx.acked {
            ctx.acked = cum;
            ctx.timeouts = 0;
            ctx.rto_ns = initial_rto;
            ctx.deadline_ns = Some(now + initial_rto);
            if ctx.recovered.before(cum) {
                ctx.recovered = cum;
            }
        }
        while ctx.in_flight() != 0 && ctx.transfer(ctx.completed).end.since(ctx.acked) <= 0 {
            let src = ctx.transfer(ctx.completed).src_region;
            ctx.completed = ctx.completed.wrapping_add(1);
            self.regions.get_mut(src as usize).readers -= 1;
            self.stats.transfers_completed += 1;
        }
        if ctx.in_flight() == 0 {
            ctx.deadline_ns = None;
        }
    }

    /// The NIC finished (or rejected) one of `cid`'s descriptors: the retransmission timer
    /// runs from when frames leave, and the context may queue more.
    fn descriptor_done<D: Device>(&mut self, dev: &mut D, cid: usize) {
        let Some(ctx) = self.contexts.get_mut(cid) else { return };
        // A context closed meanwhile may have been reopened: never below zero.
        ctx.sq_pending = ctx.sq_pending.saturating_sub(1);
        if ctx.state != State::Connected {
            return;
        }
        if ctx.in_flight() != 0 {
            let restart = dev.now_ns() + ctx.rto_ns;
            if ctx.deadline_ns.is_none_or(|d| d < restart) {
                ctx.deadline_ns = Some(restart);
            }
        }
        self.post(dev, cid);
    }

    /// No acknowledgement progressed for an RTO: re-send from the first unacknowledged frame,
    /// back off, and give up after `max_timeouts` in a row.
    fn timeout<D: Device>(&mut self, dev: &mut D, cid: usize, now: u64) {
        // Frames still queued in the NIC, or held by a PAUSE, have not been lost.
        if self.contexts[cid].sq_pending != 0 || dev.read_reg(regs::STATUS) & regs::STATUS_TX_PAUSED != 0 {
            let ctx = &mut self.contexts[cid];
            ctx.deadline_ns = Some(now + ctx.rto_ns);
            return;
        }
        self.stats.timeouts += 1;
        let max_rto = self.cfg.rto_max_ns;
        let max_timeouts = self.cfg.max_timeouts;
        let ctx = &mut self.contexts[cid];
        ctx.timeouts += 1;
        if ctx.timeouts >= max_timeouts {
            ctx.state = State::Failed;
            ctx.deadline_ns = None;
            return;
        }
        ctx.rto_ns = (ctx.rto_ns * 2).min(max_rto);
        ctx.deadline_ns = Some(now + ctx.rto_ns);
        ctx.recovered = ctx.acked;
        let from = ctx.acked;
        let burst_end = from.add(TIMEOUT_BURST);
        let to = if burst_end.before(ctx.posted) { burst_end } else { ctx.posted };
        if from.before(to) {
            self.retransmit(dev, cid, from, to);
        } else {
            self.post(dev, cid);
        }
    }

    /// Answers an EV_RX: reads the context's arrival state and sends an ACK, or a NACK of
    /// what is missing below HIGH, then re-arms the context. Unless the peer asked (ACK_REQ,
    /// a duplicate, a completion), a report that would repeat the last one is not sent, and
    /// holes already NACKed are not NACKed again: the peer's timer recovers lost
    /// retransmissions, and a NACK per arriving frame would flood it.
    fn acknowledge<D: Device>(&mut self, dev: &mut D, cid: usize, reason: u8) {
        if cid >= MAX_CONTEXTS || self.contexts[cid].state != State::Connected {
            return;
        }
        dev.write_reg(regs::CT_SELECT, cid as u32);
        let cum = Psn(dev.read_reg(regs::CT_RX_CUM));
        let high = Psn(dev.read_reg(regs::CT_RX_HIGH));
        self.contexts[cid].rx_done = dev.read_reg(regs::CT_RX_DONE);
        let mut missing = NackRanges::default();
        let span = high.since(cum).clamp(0, RX_WINDOW as i32) as u32;
        let mut word_index = u32::MAX;
        let mut word = 0u32;
        let mut run: Option<PsnRange> = None;
        for k in 0..span {
            let p = cum.add(k);
            let bit = p.0 % RX_WINDOW;
            if bit / 32 != word_index {
                word_index = bit / 32;
                word = dev.read_reg(regs::RX_MAP + 4 * word_index);
            }
            let arrived = word >> (bit % 32) & 1 != 0;
            match (&mut run, arrived) {
                (Some(r), false) => r.count += 1,
                (None, false) => run = Some(PsnRange { start: p, count: 1 }),
                (Some(r), true) => {
                    if !missing.push(*r) {
                        break;
                    }
                    run = None;
                }
                (None, true) => {}
            }
        }
        if let Some(r) = run {
            missing.push(r);
        }
        let solicited = reason & (ring::EV_RX_ACK_REQ | ring::EV_RX_DUP | ring::EV_RX_COMPLETE) != 0;
        let ctx = &mut self.contexts[cid];
        if !solicited {
            missing = unreported(&missing, ctx.nacked_to);
            if missing.is_empty() && cum == ctx.reported_cum {
                dev.write_reg(regs::CT_ARM, cid as u32);
                return;
            }
        }
        if let Some(r) = missing.as_slice().last() {
            ctx.nacked_to = r.start.add(r.count);
        }
        ctx.reported_cum = cum;
        let ctx = &self.contexts[cid];
        let kind = if missing.is_empty() { Kind::Ack } else { Kind::Nack(missing) };
        let repr = Repr { dst_ctx: ctx.peer.ctx, src_ctx: cid as u16, dst_tag: ctx.peer.tag, psn: cum, kind };
        let peer_mac = ctx.peer.mac;
        let mut frame = [0u8; CONTROL_FRAME_MAX];
        let len = wire::emit_frame(self.mac, peer_mac, &repr, &[], &mut frame);
        if self.transmit(dev, &frame[..len]).is_ok() {
            match kind {
                Kind::Ack => self.stats.acks_sent += 1,
                _ => self.stats.nacks_sent += 1,
            }
        } else {
            self.stats.control_unsent += 1;
        }
        dev.write_reg(regs::CT_ARM, cid as u32);
    }

    /// Sends an ordinary frame (without FCS) through the transmit queue: the NIC's normal
    /// path, shared with ACKs and NACKs. `Again` when the queue is full.
    pub fn transmit<D: Device>(&mut self, dev: &mut D, frame: &[u8]) -> Result<()> {
        if frame.len() < ethernet::HEADER_LEN || frame.len() > BUF_LEN {
            return Err(Error::Invalid);
        }
        if self.txq_tail.wrapping_sub(self.txq_head) == TXQ_ENTRIES {
            return Err(Error::Again);
        }
        let slot = (self.txq_tail % TXQ_ENTRIES) as u64;
        let addr = self.dma.tx_bufs + slot * BUF_LEN as u64;
        dev.mem_write(addr, frame);
        dev.mem_write(self.dma.txq + slot * BufDesc::LEN as u64, &BufDesc { addr, len: frame.len() as u16 }.encode());
        self.txq_tail = self.txq_tail.wrapping_add(1);
        dev.write_reg(ring_reg(regs::TXQ, regs::RING_TAIL), self.txq_tail);
        Ok(())
    }
}
