//! The driver's copy of the NIC's region table.

use super::context::fence_passed;
use super::uapi::info::{RegionInfo, ACCESS_ALL, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use super::uapi::proto::{MAX_REGIONS, MAX_REGION_LEN, PAGE_SHIFT, PAGE_SIZE};
use super::uapi::regs;
use super::uapi::MacAddr;
use super::{Device, Error, Owner, Result};

/// A pinned memory range to register, as the OS layer prepared it.
pub struct RegionSpec<'a> {
    /// Bus address of each 4 KiB page, in order.
    pub pages: &'a [u64],
    /// Offset of the region's first byte inside `pages[0]`.
    pub first_offset: usize,
    pub len: u64,
    /// `info::ACCESS_*` bits.
    pub access: u8,
    /// Coherent memory of `pages.len() * 8` bytes for the NIC's page list.
    pub page_list_bus: u64,
}

impl RegionSpec<'_> {
    /// Pages that `[first_offset, first_offset + len)` touches.
    pub fn pages_needed(first_offset: usize, len: u64) -> u64 {
        (first_offset as u64 + len).div_ceil(PAGE_SIZE as u64)
    }
}

#[derive(Clone, Copy, Default)]
pub(super) struct Region {
    pub valid: bool,
    pub owner: Owner,
    pub access: u8,
    pub key: u64,
    pub len: u64,
    /// Transfers in flight that read this region.
    pub readers: u32,
    /// SQ index after the last descriptor that reads this region: the NIC may still read it
    /// until its SQ head passes this.
    pub sq_fence: u32,
}

pub(super) struct RegionTable {
    entries: [Region; MAX_REGIONS],
}

impl RegionTable {
    pub const fn new() -> Self {
        RegionTable {
            entries: [Region { valid: false, owner: 0, access: 0, key: 0, len: 0, readers: 0, sq_fence: 0 };
                MAX_REGIONS],
        }
    }

    /// Registers `spec` in a free entry that no queued SQ descriptor still names (the NIC's
    /// SQ head is `sq_head`): `Again` if free entries exist but all are still named.
    pub fn register<D: Device>(
        &mut self,
        dev: &mut D,
        mac: MacAddr,
        owner: Owner,
        spec: &RegionSpec,
        sq_head: u32,
    ) -> Result<RegionInfo> {
        if spec.len == 0
            || spec.len > MAX_REGION_LEN
            || spec.first_offset >= PAGE_SIZE
            || spec.access & !ACCESS_ALL != 0
            || spec.access == 0
        {
            return Err(Error::Invalid);
        }
        if spec.pages.len() as u64 != RegionSpec::pages_needed(spec.first_offset, spec.len) {
            return Err(Error::Invalid);
        }
        if spec.pages.iter().any(|p| p & ((1 << PAGE_SHIFT) - 1) != 0) {
            return Err(Error::Invalid);
        }
        let index = match self.entries.iter().position(|r| !r.valid && fence_passed(r.sq_fence, sq_head)) {
            Some(i) => i,
            None if self.entries.iter().any(|r| !r.valid) => return Err(Error::Again),
            None => return Err(Error::NoSpace),
        };
        for (i, page) in spec.pages.iter().enumerate() {
            dev.mem_write(spec.page_list_bus + 8 * i as u64, &page.to_le_bytes());
        }
        let key = dev.random_u64();
        let mut flags = regs::RT_FLAG_VALID;
        if spec.access & ACCESS_REMOTE_WRITE != 0 {
            flags |= regs::RT_FLAG_REMOTE_WRITE;
        }
        if spec.access & ACCESS_LOCAL_READ != 0 {
            flags |= regs::RT_FLAG_LOCAL_READ;
        }
        dev.write_reg(regs::RT_KEY_LO, key as u32);
        dev.write_reg(regs::RT_KEY_HI, (key >> 32) as u32);
        dev.write_reg(regs::RT_LEN_LO, spec.len as u32);
        dev.write_reg(regs::RT_LEN_HI, (spec.len >> 32) as u32);
        dev.write_reg(regs::RT_PL_LO, spec.page_list_bus as u32);
        dev.write_reg(regs::RT_PL_HI, (spec.page_list_bus >> 32) as u32);
        dev.write_reg(regs::RT_FIRST, spec.first_offset as u32);
        dev.write_reg(regs::RT_PD, owner as u32);
        dev.write_reg(regs::RT_FLAGS, flags);
        dev.write_reg(regs::RT_COMMIT, index as u32);
        self.entries[index] =
            Region { valid: true, owner, access: spec.access, key, len: spec.len, readers: 0, sq_fence: 0 };
        Ok(RegionInfo { mac, index: index as u16, access: spec.access, key, len: spec.len })
    }

    /// The entry `info` names, if it is this NIC's, valid, of `owner`, with `access`.
    pub fn lookup(
        &mut self,
        mac: MacAddr,
        owner: Owner,
        info: &RegionInfo,
        access: u8,
    ) -> Result<(usize, &mut Region)> {
        let index = info.index as usize;
        let r = self.entries.get_mut(index).ok_or(Error::NotFound)?;
        if info.mac != mac || !r.valid || r.key != info.key {
            return Err(Error::NotFound);
        }
        if r.owner != owner || r.access & access != access {
            return Err(Error::Permission);
        }
        Ok((index, r))
    }

    /// Moves every fence the SQ head has passed up to `head` (`Driver::refresh_fences`).
    pub fn refresh_fences(&mut self, head: u32) {
        for r in self.entries.iter_mut().filter(|r| fence_passed(r.sq_fence, head)) {
            r.sq_fence = head;
        }
    }

    pub fn get_mut(&mut self, index: usize) -> &mut Region {
        &mut self.entries[index]
    }

    /// Invalidates the entry; `sq_head` is the NIC's current SQ head.
    pub fn release<D: Device>(
        &mut self,
        dev: &mut D,
        mac: MacAddr,
        owner: Owner,
        info: &RegionInfo,
        sq_head: u32,
    ) -> Result<()> {
        let (index, r) = self.lookup(mac, owner, info, 0)?;
        if r.readers != 0 || !fence_passed(r.sq_fence, sq_head) {
            return Err(Error::Busy);
        }
        *r = Region { sq_fence: r.sq_fence, ..Region::default() };
        invalidate(dev, index);
        Ok(())
    }

    /// Invalidates every entry of `owner` whatever its state (the owner is gone); returns how
    /// many. The caller must have closed the owner's contexts first. The entries are reused
    /// only once the SQ has passed their fences.
    pub fn release_owner<D: Device>(&mut self, dev: &mut D, owner: Owner) -> usize {
        let mut n = 0;
        for (index, r) in self.entries.iter_mut().enumerate() {
            if r.valid && r.owner == owner {
                *r = Region { sq_fence: r.sq_fence, ..Region::default() };
                invalidate(dev, index);
                n += 1;
            }
        }
        n
    }
}

fn invalidate<D: Device>(dev: &mut D, index: usize) {
    dev.write_reg(regs::RT_FLAGS, 0);
    dev.write_reg(regs::RT_COMMIT, index as u32);
}
