//! The loopback device under the real driver core, in userspace: the same pairing the kernel
//! module runs, over a flat memory whose bus addresses are indices.

extern crate std;
use std::boxed::Box;
use std::vec;
use std::vec::Vec;

use super::*;
use crate::uapi::info::{RegionInfo, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use crate::uapi::proto::PAGE_SIZE;
use uzura_core::{Config, Device, DmaLayout, Driver, Error, RegionSpec, StartArgs};

struct Flat {
    bytes: Vec<u8>,
    next: u64,
}

impl Flat {
    fn alloc(&mut self, len: usize) -> u64 {
        let at = self.next.next_multiple_of(PAGE_SIZE as u64);
        self.next = at + len as u64;
        assert!(self.next as usize <= self.bytes.len());
        at
    }
}

impl Memory for Flat {
    fn read(&self, a: u64, buf: &mut [u8]) {
        buf.copy_from_slice(&self.bytes[a as usize..a as usize + buf.len()]);
    }
    fn write(&mut self, a: u64, data: &[u8]) {
        self.bytes[a as usize..a as usize + data.len()].copy_from_slice(data);
    }
    fn dma_write(&mut self, a: u64, data: &[u8]) {
        // The kernel's pinned pages are contiguous only within a page.
        assert!(a % 4096 + data.len() as u64 <= 4096, "placement crosses a page");
        self.write(a, data)
    }
}

struct Host {
    nic: Box<Loopback>,
    mem: Flat,
    now: u64,
    seed: u64,
}

impl Device for Host {
    fn read_reg(&mut self, o: u32) -> u32 {
        self.nic.read_reg(o)
    }
    fn write_reg(&mut self, o: u32, v: u32) {
        self.nic.write_reg(&mut self.mem, o, v)
    }
    fn mem_read(&mut self, a: u64, buf: &mut [u8]) {
        Memory::read(&self.mem, a, buf)
    }
    fn mem_write(&mut self, a: u64, d: &[u8]) {
        Memory::write(&mut self.mem, a, d)
    }
    fn now_ns(&mut self) -> u64 {
        self.now
    }
    fn random_u64(&mut self) -> u64 {
        self.seed = self.seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        self.seed
    }
}

struct Rig {
    host: Host,
    drv: Box<Driver>,
}

impl Rig {
    fn new() -> Rig {
        let mut host = Host {
            nic: Box::new(Loopback::new(MacAddr([2, 0, 0, 0, 0, 1]))),
            mem: Flat { bytes: vec![0; 48 << 20], next: 0 },
            now: 0,
            seed: 7,
        };
        let base = host.mem.alloc(DmaLayout::LEN);
        let mut drv = Box::new(Driver::new(Config::default()));
        drv.attach(&mut host, base).unwrap();
        Rig { host, drv }
    }

    /// Pages in reverse order (scattered), `first` bytes into the first one.
    fn register(&mut self, owner: u16, len: u64, first: usize, access: u8) -> (RegionInfo, Vec<u64>) {
        let n = RegionSpec::pages_needed(first, len) as usize;
        let mut pages: Vec<u64> = (0..n).map(|_| self.host.mem.alloc(PAGE_SIZE)).collect();
        pages.reverse();
        let page_list_bus = self.host.mem.alloc(n * 8);
        let spec = RegionSpec { pages: &pages, first_offset: first, len, access, page_list_bus };
        (self.drv.register_region(&mut self.host, owner, &spec).unwrap(), pages)
    }

    fn bytes(&mut self, pages: &[u64], first: usize, offset: u64, len: usize) -> Vec<u8> {
        (0..len as u64)
            .map(|i| {
                let pos = first as u64 + offset + i;
                self.host.mem.bytes[(pages[(pos / 4096) as usize] + pos % 4096) as usize]
            })
            .collect()
    }

    fn fill(&mut self, pages: &[u64], first: usize, len: usize, seed: u8) {
        for i in 0..len as u64 {
            let pos = first as u64 + i;
            self.host.mem.bytes[(pages[(pos / 4096) as usize] + pos % 4096) as usize] =
                (i as u8).wrapping_mul(31).wrapping_add(seed);
        }
    }

    /// What the kernel's work item does: DMA, then the interrupt handler.
    fn step(&mut self) {
        self.host.nic.run(&mut self.host.mem, 256 << 10);
        if self.host.nic.irq_pending() {
            self.drv.service(&mut self.host, &mut |_| {});
        }
        self.host.now += 1000;
    }

    fn connected_pair(&mut self, owner: u16) -> (u16, u16) {
        let a = self.drv.ctx_open(&mut self.host, owner).unwrap();
        let b = self.drv.ctx_open(&mut self.host, owner).unwrap();
        self.drv.ctx_connect(&mut self.host, owner, a.ctx, b).unwrap();
        self.drv.ctx_connect(&mut self.host, owner, b.ctx, a).unwrap();
        (a.ctx, b.ctx)
    }
}

#[test]
fn transfers_arrive_intact_through_the_driver_core() {
    let mut rig = Rig::new();
    let (a, b) = rig.connected_pair(1);
    let len = (3 << 20) + 5;
    let (src, src_pages) = rig.register(1, len as u64, 123, ACCESS_LOCAL_READ);
    let (dst, dst_pages) = rig.register(1, len as u64 + 10, 4001, ACCESS_REMOTE_WRITE);
    rig.fill(&src_pages, 123, len, 9);
    let args = StartArgs { src, src_offset: 0, dst, dst_offset: 7, len: len as u64 };
    let seq = rig.drv.rdmastart(&mut rig.host, 1, a, &args).unwrap();
    assert_eq!(seq, 0);
    let mut steps = 0;
    while !rig.drv.poll(&mut rig.host, 1, a, false).unwrap().complete {
        rig.step();
        steps += 1;
        assert!(steps < 10_000, "transfer never completed");
    }
    assert_eq!(rig.bytes(&dst_pages, 4001, 7, len), rig.bytes(&src_pages, 123, 0, len));
    assert_eq!(rig.bytes(&dst_pages, 4001, 0, 7), vec![0; 7], "nothing lands before the offset");
    let rx = rig.drv.poll(&mut rig.host, 1, b, true).unwrap();
    assert_eq!(rx, uzura_core::PollResult { complete: true, count: 1 });
    assert_eq!(rig.drv.stats().frames_retransmitted, 0);
    assert_eq!(rig.host.nic.counter(Counter::RxDropKey), 0);
    // Every frame sent came back through the receive checks: the WRITEs were placed, the
    // ACKs went to the host.
    let nic = &rig.host.nic;
    assert_eq!(nic.counter(Counter::RxFrames), nic.counter(Counter::TxFrames));
    assert_eq!(nic.counter(Counter::RxPlaced), nic.counter(Counter::TxWrites));
    assert_eq!(nic.counter(Counter::RxPlacedBytes) as usize, len);
    assert_eq!(nic.counter(Counter::RxHost), nic.counter(Counter::TxFrames) - nic.counter(Counter::TxWrites));
}

#[test]
fn wrong_key_and_released_owner_stop_writes() {
    let mut rig = Rig::new();
    let (a, _b) = rig.connected_pair(1);
    let (src, _) = rig.register(1, 8192, 0, ACCESS_LOCAL_READ);
    let (dst, dst_pages) = rig.register(1, 8192, 0, ACCESS_REMOTE_WRITE);
    let forged = RegionInfo { key: dst.key ^ 1, ..dst };
    let args = StartArgs { src, src_offset: 0, dst: forged, dst_offset: 0, len: 4096 };
    rig.drv.rdmastart(&mut rig.host, 1, a, &args).unwrap();
    for _ in 0..20 {
        rig.step();
    }
    assert!(rig.host.nic.counter(Counter::RxDropKey) > 0);
    assert_eq!(rig.bytes(&dst_pages, 0, 0, 4096), vec![0; 4096]);
    // A region read by a transfer in flight cannot be released; the owner's exit can.
    assert_eq!(rig.drv.release_region(&mut rig.host, 1, &src), Err(Error::Busy));
    assert_eq!(rig.drv.release_owner(&mut rig.host, 1), 2);
    while !rig.drv.sq_drained(&mut rig.host) {
        rig.step();
    }
    assert!(!rig.host.nic.has_work());
}
