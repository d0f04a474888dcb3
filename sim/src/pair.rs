//! Two simulated hosts, each a NIC in its host memory under the real driver core, joined by a
//! duplex link: the whole system in one deterministic discrete-event loop, in picoseconds.

use uzura_core::{Config, Device, DmaLayout, Driver, Owner, RegionSpec, StartArgs};
use uzura_uapi::info::{ContextAddr, RegionInfo, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto::PAGE_SIZE;
use uzura_uapi::MacAddr;

use super::host::HostMemory;
use super::link::{serialization_ps, Link, LinkConfig};
use super::pcap::PcapWriter;
use super::refnic::RefNic;
use super::rng::Rng;

/// What the harness needs of a simulated NIC: the reference model (below) and the gateware
/// under Verilator (crate uzura-verilated) both provide it.
pub trait NicModel {
    fn read_reg(&mut self, mem: &mut HostMemory, offset: u32) -> u32;
    fn write_reg(&mut self, mem: &mut HostMemory, offset: u32, value: u32);
    /// A frame (with FCS) arriving from the wire at `now_ps`.
    fn receive(&mut self, mem: &mut HostMemory, frame: &[u8], now_ps: u64);
    /// The next frame (with FCS) the NIC began on the wire by `now_ps`, if any, with the time
    /// it began (its preamble's first bit), by the NIC's clock: the wire's time.
    fn transmit(&mut self, mem: &mut HostMemory, now_ps: u64) -> Option<(u64, Vec<u8>)>;
    /// When `transmit` should next be asked.
    fn next_transmit_time(&self, mem: &HostMemory, now_ps: u64) -> Option<u64>;
    fn irq_pending(&self) -> bool;
    /// The driver's coherent area, allocated at attach.
    fn set_coherent(&mut self, _base: u64, _len: u64) {}
    /// How far the NIC's own clock has run. Register accesses move a clocked NIC on while the
    /// host waits for them, so it may be ahead of the harness; 0 for a NIC without a clock.
    fn clock_ps(&self) -> u64 {
        0
    }
}

impl NicModel for RefNic {
    fn read_reg(&mut self, _mem: &mut HostMemory, offset: u32) -> u32 {
        RefNic::read_reg(self, offset)
    }
    fn write_reg(&mut self, mem: &mut HostMemory, offset: u32, value: u32) {
        RefNic::write_reg(self, mem, offset, value)
    }
    fn receive(&mut self, mem: &mut HostMemory, frame: &[u8], now_ps: u64) {
        RefNic::receive(self, mem, frame, now_ps)
    }
    fn transmit(&mut self, mem: &mut HostMemory, now_ps: u64) -> Option<(u64, Vec<u8>)> {
        let mut frame = Vec::new();
        RefNic::transmit(self, mem, now_ps, |len| {
            frame.resize(len, 0);
            &mut frame[..]
        })?;
        Some((now_ps, frame))
    }
    fn next_transmit_time(&self, _mem: &HostMemory, now_ps: u64) -> Option<u64> {
        RefNic::next_transmit_time(self, now_ps)
    }
    fn irq_pending(&self) -> bool {
        RefNic::irq_pending(self)
    }
}

/// A host as the driver sees it: the NIC's registers, coherent memory, a clock, randomness.
pub struct SimHost<N: NicModel = RefNic> {
    pub nic: N,
    pub mem: HostMemory,
    pub now_ps: u64,
    rng: Rng,
}

impl<N: NicModel> Device for SimHost<N> {
    fn read_reg(&mut self, offset: u32) -> u32 {
        self.nic.read_reg(&mut self.mem, offset)
    }
    fn write_reg(&mut self, offset: u32, value: u32) {
        self.nic.write_reg(&mut self.mem, offset, value)
    }
    fn mem_read(&mut self, bus_addr: u64, buf: &mut [u8]) {
        self.mem.read(bus_addr, buf)
    }
    fn mem_write(&mut self, bus_addr: u64, data: &[u8]) {
        self.mem.write(bus_addr, data)
    }
    fn now_ns(&mut self) -> u64 {
        self.now_ps / 1000
    }
    fn random_u64(&mut self) -> u64 {
        self.rng.next_u64()
    }
}

/// Registered memory in a simulated host: scattered pages, like a pinned user buffer.
#[derive(Clone, Debug)]
pub struct Buffer {
    pub info: RegionInfo,
    pub pages: Vec<u64>,
    pub first_offset: usize,
    pub len: u64,
}

impl Buffer {
    /// Bus address and length of each piece of `[offset, offset + len)` that lies in one page.
    pub fn pieces(&self, offset: u64, len: u64) -> impl Iterator<Item = (u64, usize)> + '_ {
        let mut pos = self.first_offset as u64 + offset;
        let end = pos + len;
        std::iter::from_fn(move || {
            if pos >= end {
                return None;
            }
            let in_page = pos % PAGE_SIZE as u64;
            let n = (PAGE_SIZE as u64 - in_page).min(end - pos);
            let piece = (self.pages[(pos / PAGE_SIZE as u64) as usize] + in_page, n as usize);
            pos += n;
            Some(piece)
        })
    }
}

/// One host: its simulated hardware and the driver core attached to it.
pub struct Node<N: NicModel = RefNic> {
    pub host: SimHost<N>,
    pub drv: Box<Driver>,
    /// When the NIC last raised its interrupt line without the driver having run since.
    irq_raised_ps: Option<u64>,
}

impl Node {
    pub fn new(mac: MacAddr, cfg: Config, seed: u64) -> Node {
        Node::with_nic(RefNic::new(mac), cfg, seed)
    }
}

impl<N: NicModel> Node<N> {
    /// The driver core attached to `nic` in a fresh host.
    pub fn with_nic(nic: N, cfg: Config, seed: u64) -> Node<N> {
        let mut host = SimHost { nic, mem: HostMemory::new(), now_ps: 0, rng: Rng::new(seed) };
        let base = host.mem.alloc(DmaLayout::LEN, PAGE_SIZE);
        host.nic.set_coherent(base, DmaLayout::LEN as u64);
        let mut drv = Box::new(Driver::new(cfg));
        drv.attach(&mut host, base).expect("the NIC attaches");
        Node { host, drv, irq_raised_ps: None }
    }

    /// Pins `len` bytes of fresh scattered pages starting `first_offset` into the first page,
    /// and registers them.
    pub fn register(
        &mut self,
        owner: Owner,
        len: u64,
        first_offset: usize,
        access: u8,
    ) -> Result<Buffer, uzura_core::Error> {
        let n = RegionSpec::pages_needed(first_offset, len) as usize;
        let pages = self.host.mem.alloc_scattered_pages(n, &mut self.host.rng);
        let page_list_bus = self.host.mem.alloc(n * 8, 8);
        let spec = RegionSpec { pages: &pages, first_offset, len, access, page_list_bus };
        let info = self.drv.register_region(&mut self.host, owner, &spec)?;
        Ok(Buffer { info, pages, first_offset, len })
    }

    pub fn write_buffer(&mut self, buf: &Buffer, offset: u64, data: &[u8]) {
        let mut done = 0;
        for (addr, n) in buf.pieces(offset, data.len() as u64) {
            self.host.mem.write(addr, &data[done..done + n]);
            done += n;
        }
    }

    pub fn read_buffer(&self, buf: &Buffer, offset: u64, out: &mut [u8]) {
        let mut done = 0;
        for (addr, n) in buf.pieces(offset, out.len() as u64) {
            self.host.mem.read(addr, &mut out[done..done + n]);
            done += n;
        }
    }

    /// Lets NIC DMA writes land in `[offset, offset + len)` of `buf` without a violation.
    pub fn allow_writes(&mut self, buf: &Buffer, offset: u64, len: u64) {
        for (addr, n) in buf.pieces(offset, len) {
            self.host.mem.allow(addr, n);
        }
    }

    /// Runs the driver if its interrupt or timer is due, and notes a newly raised interrupt.
    fn service_if_due(&mut self, irq_latency_ps: u64, now: u64) {
        if self.next_service_ps(irq_latency_ps).is_some_and(|t| t <= now) {
            self.service();
        }
        // Also catches an interrupt raised by the driver's own register writes.
        if self.irq_raised_ps.is_none() && self.host.nic.irq_pending() {
            self.irq_raised_ps = Some(now);
        }
    }

    fn service(&mut self) {
        self.irq_raised_ps = None;
        self.drv.service(&mut self.host, &mut |_| {});
    }

    /// When this node next needs the CPU: its interrupt (after `irq_latency_ps`) or a timer.
    fn next_service_ps(&self, irq_latency_ps: u64) -> Option<u64> {
        let irq = self.irq_raised_ps.map(|t| t + irq_latency_ps);
        let timer = self.drv.next_deadline_ns().map(|ns| ns * 1000);
        [irq, timer].into_iter().flatten().min()
    }
}

/// Which of the two nodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    A,
    B,
}

pub struct Pair<A: NicModel = RefNic, B: NicModel = RefNic> {
    pub a: Node<A>,
    pub b: Node<B>,
    /// Frames from `a` to `b`, and back.
    pub ab: Link,
    pub ba: Link,
    pub now_ps: u64,
    /// Delay from an interrupt to the driver running (interrupt moderation).
    pub irq_latency_ps: u64,
    /// Where every frame either NIC transmits is recorded, if anywhere, at the time its last
    /// bit left the NIC.
    pub capture: Option<PcapWriter>,
}

pub const MAC_A: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0x52, 0x41, 0x0a]);
pub const MAC_B: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0x52, 0x41, 0x0b]);

impl Pair {
    pub fn new(cfg: Config, link_ab: LinkConfig, link_ba: LinkConfig, seed: u64) -> Pair {
        Pair::of(RefNic::new, cfg, link_ab, link_ba, seed)
    }
}

impl<N: NicModel> Pair<N, N> {
    /// Two NICs of one model, made by `nic` from their MAC addresses.
    pub fn of(
        nic: impl Fn(MacAddr) -> N,
        cfg: Config,
        link_ab: LinkConfig,
        link_ba: LinkConfig,
        seed: u64,
    ) -> Pair<N, N> {
        Pair::with_nodes(
            Node::with_nic(nic(MAC_A), cfg, seed ^ 0xa),
            Node::with_nic(nic(MAC_B), cfg, seed ^ 0xb),
            link_ab,
            link_ba,
        )
    }

    pub fn node(&mut self, side: Side) -> &mut Node<N> {
        match side {
            Side::A => &mut self.a,
            Side::B => &mut self.b,
        }
    }
}

impl<A: NicModel, B: NicModel> Pair<A, B> {
    /// Two given nodes (`a` with `MAC_A`, `b` with `MAC_B`) joined by links.
    pub fn with_nodes(a: Node<A>, b: Node<B>, link_ab: LinkConfig, link_ba: LinkConfig) -> Pair<A, B> {
        Pair {
            a,
            b,
            ab: Link::new(link_ab),
            ba: Link::new(link_ba),
            now_ps: 0,
            irq_latency_ps: 2_000_000,
            capture: None,
        }
    }

    /// Opens a context on each side for `owner` and connects them to each other, as two
    /// applications do after exchanging `ContextAddr`s. Returns (context on A, context on B).
    pub fn connect(&mut self, owner: Owner) -> Result<(ContextAddr, ContextAddr), uzura_core::Error> {
        let addr_a = self.a.drv.ctx_open(&mut self.a.host, owner)?;
        let addr_b = self.b.drv.ctx_open(&mut self.b.host, owner)?;
        self.a.drv.ctx_connect(&mut self.a.host, owner, addr_a.ctx, addr_b)?;
        self.b.drv.ctx_connect(&mut self.b.host, owner, addr_b.ctx, addr_a)?;
        Ok((addr_a, addr_b))
    }

    /// The benchmarks' workload: `batches` transfers of `batch` bytes from A to B on one
    /// context, `in_flight` of them started ahead of the completions, as a pipelined sender
    /// keeps them. Returns the simulated picoseconds from the first start to the last
    /// completion; panics if the system goes idle before.
    pub fn stream(&mut self, owner: Owner, batch: u64, batches: u64, in_flight: u64) -> Result<u64, uzura_core::Error> {
        let ctx = self.connect(owner)?.0.ctx;
        let src = self.a.register(owner, batch, 0, ACCESS_LOCAL_READ)?;
        let dst = self.b.register(owner, batch, 0, ACCESS_REMOTE_WRITE)?;
        self.a.write_buffer(&src, 0, &vec![0x5a; batch as usize]);
        let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: 0, len: batch };
        // The first start is no earlier than bring-up ended.
        self.catch_up();
        let start_ps = self.now_ps;
        let (mut started, mut completed) = (0, 0);
        while completed < batches {
            while started < batches && started - completed < in_flight {
                self.a.drv.rdmastart(&mut self.a.host, owner, ctx, &args)?;
                started += 1;
            }
            let target = completed + 1;
            let ok = self.run_until(u64::MAX, |p| {
                p.a.drv.poll(&mut p.a.host, owner, ctx, false).is_ok_and(|s| s.count as u64 >= target)
            });
            assert!(ok, "transfer {target} of {batches} did not complete");
            completed = self.a.drv.poll(&mut self.a.host, owner, ctx, false)?.count as u64;
        }
        Ok(self.now_ps - start_ps)
    }

    /// Moves the harness's clock on to the NICs': register accesses run a clocked NIC while
    /// the host waits for them, so after many (bring-up) it is ahead of the harness.
    pub fn catch_up(&mut self) {
        self.now_ps = self.now_ps.max(self.a.host.nic.clock_ps()).max(self.b.host.nic.clock_ps());
        self.a.host.now_ps = self.now_ps;
        self.b.host.now_ps = self.now_ps;
    }

    /// Advances to the next event and handles everything due then. False when nothing at all
    /// is pending (the system is idle).
    pub fn step(&mut self) -> bool {
        // The host's register accesses since the last step (the driver's, or a poll's between
        // steps) took the NICs' time.
        self.catch_up();
        let now = self.now_ps;
        let next = [
            self.a.host.nic.next_transmit_time(&self.a.host.mem, now),
            self.b.host.nic.next_transmit_time(&self.b.host.mem, now),
            self.ab.next_event_time(),
            self.ba.next_event_time(),
            self.a.next_service_ps(self.irq_latency_ps),
            self.b.next_service_ps(self.irq_latency_ps),
        ]
        .into_iter()
        .flatten()
        .min();
        let Some(t) = next else { return false };
        self.now_ps = t.max(now);
        self.a.host.now_ps = self.now_ps;
        self.b.host.now_ps = self.now_ps;
        let now = self.now_ps;
        send_all(&mut self.a, &mut self.ab, &mut self.capture, now);
        send_all(&mut self.b, &mut self.ba, &mut self.capture, now);
        if let Some(pcap) = self.capture.as_mut() {
            // A NIC tells of a frame by its end at the latest, so none told of later ends sooner.
            pcap.write_until(now).expect("writing the capture");
        }
        deliver_all(&mut self.ab, &mut self.b, &mut self.a, now);
        deliver_all(&mut self.ba, &mut self.a, &mut self.b, now);
        self.a.service_if_due(self.irq_latency_ps, now);
        self.b.service_if_due(self.irq_latency_ps, now);
        true
    }

    /// Steps until `done` holds (true) or simulated time passes `limit_ps` (false).
    pub fn run_until(&mut self, limit_ps: u64, mut done: impl FnMut(&mut Pair<A, B>) -> bool) -> bool {
        loop {
            if done(self) {
                return true;
            }
            if self.now_ps > limit_ps || !self.step() {
                return done(self);
            }
        }
    }
}

/// Puts every frame `node` began by `now` on `link` at the time it began (and into the
/// capture at the time it ended).
fn send_all<N: NicModel>(node: &mut Node<N>, link: &mut Link, capture: &mut Option<PcapWriter>, now: u64) {
    while let Some((start, frame)) = node.host.nic.transmit(&mut node.host.mem, now) {
        if let Some(pcap) = capture.as_mut() {
            pcap.record(&frame, start + serialization_ps(frame.len()));
        }
        link.send(frame, start);
    }
}

/// Hands `to` the frames `link` delivers by `now`, and `from` the PAUSE frames the link's
/// congested switch sends back.
fn deliver_all<T: NicModel, F: NicModel>(link: &mut Link, to: &mut Node<T>, from: &mut Node<F>, now: u64) {
    while let Some(frame) = link.deliver(now) {
        to.host.nic.receive(&mut to.host.mem, &frame, now);
    }
    while let Some(pause) = link.pause_back(now) {
        from.host.nic.receive(&mut from.host.mem, &pause, now);
    }
}
