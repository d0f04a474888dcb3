//! What the simulated pair and the soft device share: a NIC model under the driver core in
//! this process (`uzura_sim::pair::Node`), whose host memory is simulated, mirrored to and
//! from the application's memory at the moments a NIC would DMA: a source range when its
//! rdmastart is called (the application must leave it unchanged until completion anyway),
//! a placement the moment the NIC places it.

use std::collections::HashMap;

use uzura_core::{Owner, PollResult, RegionSpec, StartArgs, Stats};
use uzura_sim::pair::{NicModel, Node};
use uzura_uapi::info::{ContextAddr, RegionInfo, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto::{PAGE_SHIFT, PAGE_SIZE};

use super::{Backend, Counter, Error, Result};

/// A registered application buffer and the simulated pages behind it.
struct UserRegion {
    info: RegionInfo,
    owner: Owner,
    addr: usize,
    pages: Vec<u64>,
    page_list: (u64, usize),
}

/// The application memory behind one node's registered regions.
#[derive(Default)]
pub(crate) struct Mirror {
    regions: HashMap<u16, UserRegion>,
    /// Simulated page number -> application address of that page's first byte, for pages of
    /// regions the peer may write.
    placed_to: HashMap<u64, usize>,
    /// Simulated pages and page lists of released regions, reused: the simulated memory never
    /// frees, and a long migration registers gigabytes over its life.
    free_pages: Vec<u64>,
    free_page_lists: Vec<(u64, usize)>,
    /// Sources of started transfers not yet copied to the simulated pages: (region, offset,
    /// length).
    to_fetch: Vec<(RegionInfo, usize, usize)>,
}

// SAFETY: the raw addresses are application memory that `Backend::register`'s caller keeps
// valid until release; the mirror is only used under its device's lock.
unsafe impl Send for Mirror {}

impl Mirror {
    /// getreginfo of `[addr, addr + len)`.
    ///
    /// # Safety
    /// As `Backend::register`.
    pub unsafe fn register<N: NicModel>(
        &mut self,
        node: &mut Node<N>,
        owner: Owner,
        addr: *mut u8,
        len: usize,
        access: u8,
    ) -> Result<RegionInfo> {
        let addr = addr as usize;
        let first_offset = addr % PAGE_SIZE;
        let n = RegionSpec::pages_needed(first_offset, len as u64) as usize;
        let mut pages = Vec::with_capacity(n);
        while pages.len() < n {
            match self.free_pages.pop() {
                Some(p) => pages.push(p),
                None => {
                    let more = n - pages.len();
                    let base = node.host.mem.alloc(more * PAGE_SIZE, PAGE_SIZE);
                    pages.extend((0..more as u64).map(|i| base + i * PAGE_SIZE as u64));
                }
            }
        }
        let page_list = match self.free_page_lists.iter().position(|&(_, cap)| cap >= n) {
            Some(i) => self.free_page_lists.swap_remove(i),
            None => (node.host.mem.alloc(n.max(1) * 8, 8), n),
        };
        let spec = RegionSpec { pages: &pages, first_offset, len: len as u64, access, page_list_bus: page_list.0 };
        let info = match node.drv.register_region(&mut node.host, owner, &spec) {
            Ok(info) => info,
            Err(e) => {
                self.free_pages.extend(pages);
                self.free_page_lists.push(page_list);
                return Err(Error::driver("getreginfo")(e));
            }
        };
        if access & ACCESS_REMOTE_WRITE != 0 {
            for (i, &p) in pages.iter().enumerate() {
                self.placed_to.insert(p >> PAGE_SHIFT, addr - first_offset + i * PAGE_SIZE);
            }
        }
        self.regions.insert(info.index, UserRegion { info, owner, addr, pages, page_list });
        Ok(info)
    }

    /// Asks the driver to release a region; on success lets go of its memory.
    pub fn release<N: NicModel>(&mut self, node: &mut Node<N>, owner: Owner, info: &RegionInfo) -> Result<()> {
        self.fetch_sources(node);
        self.mirror_placements(node);
        node.drv.release_region(&mut node.host, owner, info).map_err(Error::driver("region release"))?;
        self.abandon(owner, info, true);
        Ok(())
    }

    /// Lets go of a region's memory without the driver's release (which failed): its
    /// simulated pages are never reused, and placements into them are no longer mirrored.
    pub fn abandon(&mut self, owner: Owner, info: &RegionInfo, reuse: bool) {
        if self.regions.get(&info.index).is_some_and(|r| r.info == *info && r.owner == owner) {
            let r = self.regions.remove(&info.index).expect("checked above");
            self.forget(r, reuse);
        }
    }

    /// Drops every region of `owner` (its device handle closed; the driver released them).
    pub fn release_owner<N: NicModel>(&mut self, node: &mut Node<N>, owner: Owner) {
        self.fetch_sources(node);
        self.mirror_placements(node);
        let gone: Vec<u16> = self.regions.iter().filter(|(_, r)| r.owner == owner).map(|(&i, _)| i).collect();
        node.drv.release_owner(&mut node.host, owner);
        for i in gone {
            let r = self.regions.remove(&i).expect("listed above");
            self.forget(r, true);
        }
    }

    /// `reuse`: the driver released the region, so no transfer will read its pages again
    /// (a queued duplicate may; its receiver drops it by PSN). Otherwise they are leaked.
    fn forget(&mut self, r: UserRegion, reuse: bool) {
        for p in &r.pages {
            self.placed_to.remove(&(p >> PAGE_SHIFT));
        }
        if reuse {
            self.free_pages.extend(r.pages);
            self.free_page_lists.push(r.page_list);
        }
    }

    /// rdmastart: the driver queues the transfer, and the source bytes are due in the
    /// simulated pages before the NIC reads them ([`Mirror::fetch_sources`]).
    pub fn rdmastart<N: NicModel>(
        &mut self,
        node: &mut Node<N>,
        owner: Owner,
        cid: u16,
        args: &StartArgs,
    ) -> Result<u32> {
        let seq = node.drv.rdmastart(&mut node.host, owner, cid, args).map_err(Error::driver("rdmastart"))?;
        // The driver checked region, access and range.
        self.to_fetch.push((args.src, args.src_offset as usize, args.len as usize));
        Ok(seq)
    }

    /// The NIC's DMA reads of the sources of transfers started since last time: call before
    /// the model transmits (the device's thread, not the caller of rdmastart, does the work,
    /// as a NIC's DMA engine would).
    pub fn fetch_sources<N: NicModel>(&mut self, node: &mut Node<N>) {
        for (info, start, len) in std::mem::take(&mut self.to_fetch) {
            // A region released since (its transfer failed) has nothing to send any more.
            let Some(r) = self.regions.get(&info.index).filter(|r| r.info == info) else { continue };
            // SAFETY: inside the registered range (checked by the driver), valid until release.
            let src = unsafe { std::slice::from_raw_parts((r.addr + start) as *const u8, len) };
            let first_offset = r.addr % PAGE_SIZE;
            let mut done = 0;
            while done < src.len() {
                let pos = first_offset + start + done;
                let in_page = pos % PAGE_SIZE;
                let n = (PAGE_SIZE - in_page).min(src.len() - done);
                node.host.mem.write(r.pages[pos / PAGE_SIZE] + in_page as u64, &src[done..done + n]);
                done += n;
            }
        }
    }

    /// Copies what the NIC placed since last time into the application's memory.
    pub fn mirror_placements<N: NicModel>(&mut self, node: &mut Node<N>) {
        for (addr, len) in node.host.mem.take_placements() {
            if let Some(&user_page) = self.placed_to.get(&(addr >> PAGE_SHIFT)) {
                let at = user_page + (addr as usize % PAGE_SIZE);
                // SAFETY: a placement lies inside its region (the NIC checks bounds), whose
                // memory is valid until release, which mirrors placements first.
                let out = unsafe { std::slice::from_raw_parts_mut(at as *mut u8, len) };
                node.host.mem.read(addr, out);
            }
        }
    }
}

/// One owner of a NIC model in this process: how to reach its node, and how time passes.
pub(crate) trait EmulatedNic: Send + Sync {
    /// The NIC model under the node's driver core.
    type Nic: NicModel;
    fn describe(&self) -> String;
    /// Runs `f` on the node, its mirror and this owner, under the device's lock.
    fn with<T>(&self, f: impl FnOnce(&mut Node<Self::Nic>, &mut Mirror, Owner) -> Result<T>) -> Result<T>;
    /// Lets the NIC run until `check` returns a value.
    fn wait_until<T>(&self, check: impl FnMut(&mut Node<Self::Nic>, Owner) -> Result<Option<T>>) -> Result<T>;
    /// Lets the NIC run a little (between two polls that do not wait).
    fn advance(&self);
}

impl<E: EmulatedNic> Backend for E {
    fn describe(&self) -> String {
        EmulatedNic::describe(self)
    }

    fn ctx_open(&self) -> Result<ContextAddr> {
        self.with(|n, _, o| n.drv.ctx_open(&mut n.host, o).map_err(Error::driver("context open")))
    }

    fn ctx_connect(&self, cid: u16, peer: ContextAddr) -> Result<()> {
        self.with(|n, _, o| n.drv.ctx_connect(&mut n.host, o, cid, peer).map_err(Error::driver("context connect")))
    }

    fn ctx_close(&self, cid: u16) -> Result<()> {
        self.with(|n, _, o| n.drv.ctx_close(&mut n.host, o, cid).map_err(Error::driver("context close")))
    }

    /// The NIC model copies through this process's mapping, foreign or not.
    unsafe fn register(&self, addr: *mut u8, len: usize, access: u8, _: Option<u16>) -> Result<RegionInfo> {
        // SAFETY: forwarded from the caller.
        self.with(|n, m, o| unsafe { m.register(n, o, addr, len, access) })
    }

    fn release(&self, info: &RegionInfo) -> Result<()> {
        let r = super::retry_busy(|| self.with(|n, m, o| m.release(n, o, info)), || self.advance());
        if r.is_err() {
            let _ = self.with(|_, m, o| {
                m.abandon(o, info, false);
                Ok(())
            });
        }
        r
    }

    fn rdmastart(&self, cid: u16, args: &StartArgs, wait: bool) -> Result<u32> {
        let seq = self.with(|n, m, o| m.rdmastart(n, o, cid, args))?;
        if wait {
            self.wait_until(|n, o| {
                let r = n.drv.poll(&mut n.host, o, cid, false).map_err(Error::driver("rdmastart"))?;
                Ok((r.count.wrapping_sub(seq) as i32 > 0).then_some(()))
            })?;
        }
        Ok(seq)
    }

    fn poll(&self, cid: u16, incoming: bool, wait: bool) -> Result<PollResult> {
        let once = |n: &mut Node<E::Nic>, o| n.drv.poll(&mut n.host, o, cid, incoming).map_err(Error::driver("poll"));
        if !wait {
            self.advance();
            return self.with(|n, _, o| once(n, o));
        }
        self.wait_until(|n, o| once(n, o).map(|r| r.complete.then_some(r)))
    }

    fn stats(&self) -> Option<Stats> {
        self.with(|n, _, _| Ok(*n.drv.stats())).ok()
    }

    /// Read from the model's counter registers, as a driver would.
    fn counter(&self, c: Counter) -> Option<u32> {
        self.with(|n, _, _| Ok(n.host.nic.read_reg(&mut n.host.mem, c.reg()))).ok()
    }
}
