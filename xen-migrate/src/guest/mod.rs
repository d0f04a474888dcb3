//! Where guest memory comes from: the engine sees a guest only through these traits.
//!
//! - [`process`]: a stand-in guest that is a real running process writing to a memfd.
//! - `xen` (cargo feature `xen`): a real Xen HVM/PVH domain.

use userlib::RegionMemory;

use super::error::Result;

pub mod process;
#[cfg(feature = "xen")]
pub mod xen;

pub const PAGE_SIZE: usize = 4096;

/// `pages` pages in MiB.
pub fn mib(pages: u64) -> u64 {
    (pages * PAGE_SIZE as u64) >> 20
}

/// A set of guest page numbers (the log-dirty bitmap).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Bitmap {
    words: Vec<u64>,
    len: u64,
}

impl Bitmap {
    pub fn new(len: u64) -> Bitmap {
        Bitmap { words: vec![0; len.div_ceil(64) as usize], len }
    }
    pub fn full(len: u64) -> Bitmap {
        let mut b = Bitmap::new(len);
        b.set_range(0, len);
        b
    }
    pub fn len(&self) -> u64 {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.count() == 0
    }
    pub fn set(&mut self, pfn: u64) {
        if pfn < self.len {
            self.words[(pfn / 64) as usize] |= 1 << (pfn % 64);
        }
    }
    pub fn set_range(&mut self, first: u64, count: u64) {
        for pfn in first..(first + count).min(self.len) {
            self.set(pfn);
        }
    }
    pub fn get(&self, pfn: u64) -> bool {
        pfn < self.len && self.words[(pfn / 64) as usize] >> (pfn % 64) & 1 != 0
    }
    pub fn count(&self) -> u64 {
        self.words.iter().map(|w| w.count_ones() as u64).sum()
    }
    pub fn union(&mut self, other: &Bitmap) {
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= b;
        }
    }
    pub fn clear(&mut self) {
        self.words.fill(0);
    }
    /// The set page numbers, ascending.
    pub fn pfns(&self) -> Vec<u64> {
        let mut out = Vec::with_capacity(self.count() as usize);
        for (i, &w) in self.words.iter().enumerate() {
            let mut w = w;
            while w != 0 {
                out.push(i as u64 * 64 + w.trailing_zeros() as u64);
                w &= w - 1;
            }
        }
        out
    }
}

/// Guest pages mapped into the migration process, in batch order.
pub trait Mapped: Send {
    fn as_ptr(&self) -> *mut u8;
    /// Bytes mapped.
    fn size(&self) -> usize;
    /// The Xen domain whose frames these are, for a foreign mapping (the module must be told
    /// to register it: [`RegionMemory::xen_domain`]).
    fn xen_domain(&self) -> Option<u16> {
        None
    }
}

/// One batch of pages: their numbers and their mapping (unmapped on drop).
pub struct Batch {
    pub pfns: Vec<u64>,
    pub mem: Box<dyn Mapped>,
}

impl Batch {
    pub fn bytes(&self) -> &[u8] {
        // SAFETY: the mapping is valid for `len` bytes while `mem` lives.
        unsafe { std::slice::from_raw_parts(self.mem.as_ptr(), self.mem.size()) }
    }
    pub fn bytes_mut(&mut self) -> &mut [u8] {
        // SAFETY: as above; `&mut self` is exclusive (destination mappings are writable).
        unsafe { std::slice::from_raw_parts_mut(self.mem.as_ptr(), self.mem.size()) }
    }
}

// SAFETY: the mapping does not move with the `Batch`, and lives as long as it.
unsafe impl RegionMemory for Batch {
    fn as_mut_ptr(&mut self) -> *mut u8 {
        self.mem.as_ptr()
    }
    fn len(&self) -> usize {
        self.mem.size()
    }
    fn xen_domain(&self) -> Option<u16> {
        self.mem.xen_domain()
    }
}

/// The guest being migrated away.
pub trait SourceGuest: Send {
    fn describe(&self) -> String;
    fn pages(&self) -> u64;
    /// The guest frame number behind each page index, when the guest's memory has holes (a
    /// Xen domain's physical map); `None` when page `i` is frame `i`.
    fn frames(&self) -> Option<Vec<u64>> {
        None
    }
    /// Turns log-dirty mode on (or clears it): from now on writes are recorded.
    fn start_log_dirty(&mut self) -> Result<()>;
    /// Adds the pages written since the previous call to `dirty`, and clears their record.
    fn take_dirty(&mut self, dirty: &mut Bitmap) -> Result<()>;
    /// Maps pages for reading.
    fn map(&mut self, pfns: &[u64]) -> Result<Batch>;
    fn pause(&mut self) -> Result<()>;
    /// Undoes `pause` (a failed migration leaves the guest running).
    fn unpause(&mut self) -> Result<()>;
    /// Whether the guest exists and is not paused.
    fn is_running(&self) -> bool;
    /// The state that is not in pages (vCPU context, or the process guest's description).
    fn state(&mut self) -> Result<Vec<u8>>;
    /// One hash per page, in page order.
    fn hashes(&mut self) -> Result<Vec<u64>>;
    /// The migration succeeded: the source copy goes away.
    fn destroy(&mut self) -> Result<()>;
}

/// The guest being built at the destination.
pub trait DestGuest: Send {
    fn describe(&self) -> String;
    /// Maps pages for writing.
    fn map(&mut self, pfns: &[u64]) -> Result<Batch>;
    fn hashes(&mut self) -> Result<Vec<u64>>;
    /// Loads the non-page state and runs the guest; says where it runs.
    fn resume(&mut self, state: &[u8]) -> Result<String>;
}

/// A 64-bit hash of one page, to check the destination page by page.
pub fn page_hash(page: &[u8]) -> u64 {
    let mut h = 0x243f_6a88_85a3_08d3u64 ^ page.len() as u64;
    for w in page.chunks_exact(8) {
        let v = u64::from_le_bytes(w.try_into().unwrap());
        h = (h ^ v).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(29);
    }
    h ^ h >> 32
}

/// Hashes of every page of `mem`.
pub fn hash_pages(mem: &[u8]) -> Vec<u64> {
    mem.chunks_exact(PAGE_SIZE).map(page_hash).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bitmap_sets_counts_and_lists() {
        let mut b = Bitmap::new(200);
        b.set_range(60, 10);
        b.set(199);
        b.set(500); // outside: ignored
        assert_eq!(b.count(), 11);
        assert_eq!(b.pfns(), (60..70).chain([199]).collect::<Vec<_>>());
        let mut c = Bitmap::new(200);
        c.set(0);
        c.union(&b);
        assert_eq!(c.count(), 12);
        c.clear();
        assert!(c.is_empty());
        assert_eq!(Bitmap::full(130).count(), 130);
    }

    #[test]
    fn page_hash_sees_every_word() {
        let mut p = vec![0u8; PAGE_SIZE];
        let h0 = page_hash(&p);
        for at in [0, 8, 4000, 4088] {
            p[at] = 1;
            assert_ne!(page_hash(&p), h0);
            p[at] = 0;
        }
    }
}
