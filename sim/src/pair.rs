//! Two simulated hosts, each a NIC in its host memory under the real driver core, joined by a
//! duplex link: the whole system in one deterministic discrete-event loop, in picoseconds.

use uzura_core::{Config, Device, DmaLayout, Driver, Owner, RegionSpec};
use uzura_uapi::info::{ContextAddr, RegionInfo};
use uzura_uapi::proto::PAGE_SIZE;
use uzura_uapi::MacAddr;

use super::host::HostMemory;
use super::link::{Link, LinkConfig};
use super::pcap::PcapWriter;
use super::refnic::RefNic;
use super::rng::Rng;

/// A host as the driver sees it: the NIC's registers, coherent memory, a clock, randomness.
pub struct SimHost {
    pub nic: RefNic,
    pub mem: HostMemory,
    pub now_ps: u64,
    rng: Rng,
}

impl Device for SimHost {
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
pub struct Node {
    pub host: SimHost,
    pub drv: Box<Driver>,
    /// When the NIC last raised its interrupt line without the driver having run since.
    irq_raised_ps: Option<u64>,
}

impl Node {
    pub fn new(mac: MacAddr, cfg: Config, seed: u64) -> Node {
        let mut host = SimHost { nic: RefNic::new(mac), mem: HostMemory::new(), now_ps: 0, rng: Rng::new(seed) };
        let base = host.mem.alloc(DmaLayout::LEN, PAGE_SIZE);
        let mut drv = Box::new(Driver::new(cfg));
        drv.attach(&mut host, base).expect("the reference NIC attaches");
        Node { host, drv, irq_raised_ps: None }
    }

    /// Pins `len` bytes of fresh scattered pages starting `first_offset` into the first page,
    /// and registers them.
    pub fn register(&mut self, owner: Owner, len: u64, first_offset: usize, access: u8) -> Result<Buffer, uzura_core::Error> {
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

pub struct Pair {
    pub a: Node,
    pub b: Node,
    /// Frames from `a` to `b`, and back.
    pub ab: Link,
    pub ba: Link,
    pub now_ps: u64,
    /// Delay from an interrupt to the driver running (interrupt moderation).
    pub irq_latency_ps: u64,
    /// Where every frame either NIC transmits is recorded, if anywhere.
    pub capture: Option<PcapWriter>,
}

pub const MAC_A: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0x52, 0x41, 0x0a]);
pub const MAC_B: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0x52, 0x41, 0x0b]);

impl Pair {
    pub fn new(cfg: Config, link_ab: LinkConfig, link_ba: LinkConfig, seed: u64) -> Pair {
        Pair {
            a: Node::new(MAC_A, cfg, seed ^ 0xa),
            b: Node::new(MAC_B, cfg, seed ^ 0xb),
            ab: Link::new(link_ab),
            ba: Link::new(link_ba),
            now_ps: 0,
            irq_latency_ps: 2_000_000,
            capture: None,
        }
    }

    pub fn node(&mut self, side: Side) -> &mut Node {
        match side {
            Side::A => &mut self.a,
            Side::B => &mut self.b,
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

    /// Advances to the next event and handles everything due then. False when nothing at all
    /// is pending (the system is idle).
    pub fn step(&mut self) -> bool {
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
        for (node, link) in [(&mut self.a, &mut self.ab), (&mut self.b, &mut self.ba)] {
            while let Some(frame) = node.host.nic.transmit(&mut node.host.mem, now) {
                if let Some(pcap) = self.capture.as_mut() {
                    pcap.record(&frame, now).expect("writing the capture");
                }
                link.send(frame, now);
            }
        }
        for a_to_b in [true, false] {
            let (link, to, from) = if a_to_b { (&mut self.ab, &mut self.b, &mut self.a) } else { (&mut self.ba, &mut self.a, &mut self.b) };
            while let Some(frame) = link.deliver(now) {
                to.host.nic.receive(&mut to.host.mem, &frame, now);
            }
            while let Some(pause) = link.pause_back(now) {
                from.host.nic.receive(&mut from.host.mem, &pause, now);
            }
        }
        for node in [&mut self.a, &mut self.b] {
            if node.next_service_ps(self.irq_latency_ps).is_some_and(|t| t <= now) {
                node.service();
            }
            // Also catches an interrupt raised by the driver's own register writes.
            if node.irq_raised_ps.is_none() && node.host.nic.irq_pending() {
                node.irq_raised_ps = Some(now);
            }
        }
        true
    }

    /// Steps until `done` holds (true) or simulated time passes `limit_ps` (false).
    pub fn run_until(&mut self, limit_ps: u64, mut done: impl FnMut(&mut Pair) -> bool) -> bool {
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
