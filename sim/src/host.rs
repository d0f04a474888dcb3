//! Host physical memory as a NIC sees it: a sparse 64-bit bus address space, with pages
//! allocated on first write, and a trap on the NIC's placement writes.
//!
//! Two allocators mimic what a kernel driver gets: [`HostMemory::alloc`] is contiguous, like
//! `dma_alloc_coherent`; [`HostMemory::alloc_scattered_pages`] gives distinct pages that are
//! never neighbours, in random order, like a pinned user buffer. Nothing is ever freed: bus
//! addresses are never reused, so a stale address cannot alias a newer buffer.

use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};

use uzura_uapi::proto::{PAGE_SHIFT, PAGE_SIZE};

use super::rng::Rng;

type Page = Box<[u8; PAGE_SIZE]>;

/// The first bus address handed out: above 4 GiB, so that every `_HI` address register is
/// exercised.
const FIRST_BUS_ADDR: u64 = 1 << 32;
const PAGE_MASK: u64 = PAGE_SIZE as u64 - 1;

/// Page numbers are already well spread; one multiply mixes them enough for the table, and is
/// much cheaper than SipHash on the placement path.
#[derive(Default)]
struct PageNumberHasher(u64);

impl Hasher for PageNumberHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ b as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9E37_79B9_7F4A_7C15);
    }
}

#[derive(Clone)]
pub struct HostMemory {
    pages: HashMap<u64, Page, BuildHasherDefault<PageNumberHasher>>,
    next_free: u64,
    guard: bool,
    /// Allowed ranges for the NIC's placement writes: start -> end (exclusive), disjoint and
    /// never touching (touching ranges are merged), so one range covers any allowed write.
    allowed: BTreeMap<u64, u64>,
    violations: Vec<(u64, usize)>,
    /// Placement writes since the last `take_placements`, while recording is on: how a
    /// userspace device mirrors NIC placements into application memory.
    placements: Option<Vec<(u64, usize)>>,
}

impl Default for HostMemory {
    fn default() -> Self {
        HostMemory::new()
    }
}

impl HostMemory {
    pub fn new() -> HostMemory {
        HostMemory {
            pages: HashMap::default(),
            next_free: FIRST_BUS_ADDR,
            guard: false,
            allowed: BTreeMap::new(),
            violations: Vec::new(),
            placements: None,
        }
    }

    /// `len` contiguous, zero-filled bytes aligned to `align` (a power of two).
    pub fn alloc(&mut self, len: usize, align: usize) -> u64 {
        assert!(align.is_power_of_two(), "alignment {align} is not a power of two");
        let addr = self.next_free.next_multiple_of(align as u64);
        self.next_free = addr + len.max(1) as u64;
        addr
    }

    /// `n` distinct zero-filled pages, no two of them adjacent, in random order.
    pub fn alloc_scattered_pages(&mut self, n: usize, rng: &mut Rng) -> Vec<u64> {
        let page = PAGE_SIZE as u64;
        let base = self.next_free.next_multiple_of(page) + rng.gen_range(0..16) * page;
        // Every other page of a block of 2n, so that no two are neighbours whatever the order.
        let mut pages: Vec<u64> = (0..n as u64).map(|i| base + 2 * i * page).collect();
        rng.shuffle(&mut pages);
        self.next_free = base + 2 * n as u64 * page;
        pages
    }

    /// Reads `buf.len()` bytes at `addr`; memory never written reads as zeros.
    pub fn read(&self, addr: u64, buf: &mut [u8]) {
        let mut done = 0;
        while done < buf.len() {
            let at = addr + done as u64;
            let in_page = (at & PAGE_MASK) as usize;
            let n = (PAGE_SIZE - in_page).min(buf.len() - done);
            let out = &mut buf[done..done + n];
            match self.pages.get(&(at >> PAGE_SHIFT)) {
                Some(p) => out.copy_from_slice(&p[in_page..in_page + n]),
                None => out.fill(0),
            }
            done += n;
        }
    }

    pub fn read_u64(&self, addr: u64) -> u64 {
        let mut b = [0u8; 8];
        self.read(addr, &mut b);
        u64::from_le_bytes(b)
    }

    /// A write by the host CPU (or a ring write by the NIC): never trapped.
    pub fn write(&mut self, addr: u64, data: &[u8]) {
        let mut done = 0;
        while done < data.len() {
            let at = addr + done as u64;
            let in_page = (at & PAGE_MASK) as usize;
            let n = (PAGE_SIZE - in_page).min(data.len() - done);
            let page = self.pages.entry(at >> PAGE_SHIFT).or_insert_with(|| Box::new([0; PAGE_SIZE]));
            page[in_page..in_page + n].copy_from_slice(&data[done..done + n]);
            done += n;
        }
    }

    /// A placement write by the NIC: while the guard is on, a write not inside one allowed
    /// range is recorded as a violation. It is performed either way, so that a test sees the
    /// damage as well as the report.
    pub fn dma_write(&mut self, addr: u64, data: &[u8]) {
        if self.guard && !data.is_empty() && !self.is_allowed(addr, data.len()) {
            self.violations.push((addr, data.len()));
        }
        if let Some(log) = self.placements.as_mut() {
            log.push((addr, data.len()));
        }
        self.write(addr, data);
    }

    fn is_allowed(&self, addr: u64, len: usize) -> bool {
        let end = addr.saturating_add(len as u64);
        self.allowed.range(..=addr).next_back().is_some_and(|(_, &e)| e >= end)
    }

    /// Turns the guard on or off. [`HostMemory::allow`] turns it on by itself: allowing a
    /// range only makes sense if everything else is forbidden.
    pub fn set_guard(&mut self, on: bool) {
        self.guard = on;
    }

    /// Lets placement writes land in `[addr, addr + len)`, and turns the guard on.
    pub fn allow(&mut self, addr: u64, len: usize) {
        self.guard = true;
        let mut start = addr;
        let mut end = addr.saturating_add(len as u64);
        if start == end {
            return;
        }
        // Absorb every range that overlaps or touches [start, end).
        let touching: Vec<(u64, u64)> =
            self.allowed.range(..=end).rev().take_while(|&(_, &e)| e >= start).map(|(&s, &e)| (s, e)).collect();
        for (s, e) in touching {
            self.allowed.remove(&s);
            start = start.min(s);
            end = end.max(e);
        }
        self.allowed.insert(start, end);
    }

    /// Forbids `[addr, addr + len)` again, splitting allowed ranges that straddle it.
    pub fn disallow(&mut self, addr: u64, len: usize) {
        let end = addr.saturating_add(len as u64);
        let overlapping: Vec<(u64, u64)> =
            self.allowed.range(..end).rev().take_while(|&(_, &e)| e > addr).map(|(&s, &e)| (s, e)).collect();
        for (s, e) in overlapping {
            self.allowed.remove(&s);
            if s < addr {
                self.allowed.insert(s, addr);
            }
            if e > end {
                self.allowed.insert(end, e);
            }
        }
    }

    /// Placement writes that fell outside the allowed ranges: (address, length).
    pub fn violations(&self) -> &[(u64, usize)] {
        &self.violations
    }

    /// Starts (or stops and forgets) recording where placement writes land.
    pub fn record_placements(&mut self, on: bool) {
        self.placements = on.then(Vec::new);
    }

    /// The placement writes (address, length) since the previous call, oldest first.
    pub fn take_placements(&mut self) -> Vec<(u64, usize)> {
        self.placements.as_mut().map(std::mem::take).unwrap_or_default()
    }

    pub fn clear_violations(&mut self) {
        self.violations.clear();
    }

    /// Whether both memories hold the same bytes at every address (an absent page equals a
    /// page of zeros). Allocation state and guard are not compared.
    pub fn contents_eq(&self, other: &HostMemory) -> bool {
        let covered = |a: &HostMemory, b: &HostMemory| {
            a.pages.iter().all(|(n, p)| match b.pages.get(n) {
                Some(q) => p == q,
                None => p.iter().all(|&x| x == 0),
            })
        };
        covered(self, other) && covered(other, self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_was_written_across_pages_and_zeros_elsewhere() {
        let mut m = HostMemory::new();
        let a = m.alloc(3 * PAGE_SIZE, PAGE_SIZE);
        assert_eq!(a % PAGE_SIZE as u64, 0);
        assert!(a >= 1 << 32);
        let data: Vec<u8> = (0..6000u32).map(|i| i as u8 ^ (i >> 8) as u8).collect();
        m.write(a + 4000, &data);
        let mut back = vec![0u8; 6000];
        m.read(a + 4000, &mut back);
        assert_eq!(back, data);
        let mut around = [0xffu8; 8];
        m.read(a + 3996, &mut around);
        assert_eq!(&around[..4], &[0; 4]);
        assert_eq!(&around[4..], &data[..4]);
        let mut far = [0xffu8; 16];
        m.read(0xdead_0000_0000, &mut far);
        assert_eq!(far, [0; 16]);
        m.write(a, &7u64.to_le_bytes());
        assert_eq!(m.read_u64(a), 7);
    }

    #[test]
    fn allocations_are_aligned_and_disjoint() {
        let mut m = HostMemory::new();
        let a = m.alloc(10, 8);
        let b = m.alloc(100, 64);
        let c = m.alloc(1, 4096);
        assert_eq!(b % 64, 0);
        assert_eq!(c % 4096, 0);
        assert!(a + 10 <= b && b + 100 <= c);
    }

    #[test]
    fn scattered_pages_are_distinct_aligned_apart_and_shuffled() {
        let mut m = HostMemory::new();
        let mut rng = Rng::new(1);
        let before = m.alloc(1, 1);
        let pages = m.alloc_scattered_pages(64, &mut rng);
        let after = m.alloc(1, 1);
        let mut sorted = pages.clone();
        sorted.sort();
        assert_ne!(sorted, pages, "pages come in random order");
        for w in sorted.windows(2) {
            assert!(w[1] - w[0] > PAGE_SIZE as u64, "no two pages are neighbours");
        }
        assert!(pages.iter().all(|&p| p % PAGE_SIZE as u64 == 0 && p > before && p + PAGE_SIZE as u64 <= after));
    }

    #[test]
    fn guard_records_writes_outside_allowed_ranges() {
        let mut m = HostMemory::new();
        let a = m.alloc(4 * PAGE_SIZE, PAGE_SIZE);
        m.dma_write(a, &[1; 8]);
        assert!(m.violations().is_empty(), "the guard is off until a range is allowed");
        m.allow(a + 100, 50);
        m.allow(a + 150, 50); // touches: merged into [100, 200)
        m.allow(a + 1000, 10);
        m.dma_write(a + 100, &[2; 100]);
        m.dma_write(a + 1000, &[2; 10]);
        assert!(m.violations().is_empty());
        m.dma_write(a + 99, &[3; 2]);
        m.dma_write(a + 190, &[3; 11]);
        m.dma_write(a + 205, &[3; 1]);
        assert_eq!(m.violations(), &[(a + 99, 2), (a + 190, 11), (a + 205, 1)]);
        // The write happens anyway.
        let mut b = [0u8; 1];
        m.read(a + 205, &mut b);
        assert_eq!(b, [3]);
        m.clear_violations();
        m.disallow(a + 120, 10);
        m.dma_write(a + 100, &[4; 20]);
        m.dma_write(a + 130, &[4; 70]);
        assert!(m.violations().is_empty());
        m.dma_write(a + 125, &[4; 1]);
        assert_eq!(m.violations(), &[(a + 125, 1)]);
        m.set_guard(false);
        m.dma_write(a + 3000, &[5; 1]);
        assert_eq!(m.violations().len(), 1);
    }

    #[test]
    fn placements_are_recorded_only_while_asked() {
        let mut m = HostMemory::new();
        let a = m.alloc(PAGE_SIZE, PAGE_SIZE);
        m.dma_write(a, &[1; 8]);
        assert!(m.take_placements().is_empty());
        m.record_placements(true);
        m.dma_write(a + 8, &[2; 16]);
        m.write(a + 100, &[3; 4]);
        m.dma_write(a + 200, &[4; 1]);
        assert_eq!(m.take_placements(), vec![(a + 8, 16), (a + 200, 1)]);
        assert!(m.take_placements().is_empty());
        m.record_placements(false);
        m.dma_write(a, &[5; 1]);
        assert!(m.take_placements().is_empty());
    }

    #[test]
    fn contents_compare_by_bytes_not_by_pages_present() {
        let mut m = HostMemory::new();
        let a = m.alloc(PAGE_SIZE, PAGE_SIZE);
        let snapshot = m.clone();
        m.write(a + 10, &[0; 4]);
        assert!(m.contents_eq(&snapshot));
        m.write(a + 10, &[1]);
        assert!(!m.contents_eq(&snapshot));
        assert!(!snapshot.contents_eq(&m));
    }
}
