//! The translation cache of an engine: region page index to bus page, from the region's page
//! list in host memory (registers.md §3.1). A read fetches up to 32 consecutive entries, staying
//! inside one 4 KiB page of the list and never going past the region's last page.
//!
//! Two batches: the one in use and the next. Fills always land in the next; a lookup that hits
//! only the next makes it the one in use. While a lookup hits a whole batch in use, the batch
//! after it is read ahead, so a transfer running through a region does not wait for its page
//! list (a read's latency, 125 cycles on PCIe, used to stall the engine every 128 KiB).
//! Entries shift in from the top: entry `i` of a fill of `n` sits in slot `32 - n + i`. Slots
//! are 64 bits wide (52 used; synthesis drops the constant rest), so that picking one is a
//! 32-way multiplexer rather than a shift by a multiple of 52.

use rust_hdl::prelude::*;

use crate::k;
use crate::ports::DmaRead;

block! {
/// `lookup` asks for `page` of region `region` (page list at `pl`, `pages` pages long); the
/// answer comes in the same cycle from registers, per batch: `hit_cur` (the batch in use holds
/// the page) with `frame_cur` (its entry, the bus page, address bits 63:12), `hit_next` with
/// `frame_next`; the entry is `frame_cur` on `hit_cur`, else `frame_next`. A user that
/// registers the answer picks the entry after its registers, so that the compares steer no
/// multiplexer in the lookup's cycle. On a miss while `lookup` is high the block reads the
/// list through `rd` (its own DMA tag) and answers a few cycles after the data. `invalidate`
/// (a region commit) forgets everything.
pub struct PageCache {
    pub clock: Signal<In, Clock>,
    pub lookup: Signal<In, Bit>,
    pub region: Signal<In, Bits<10>>,
    pub page: Signal<In, Bits<37>>,
    pub pl: Signal<In, Bits<64>>,
    pub pages: Signal<In, Bits<38>>,
    pub invalidate: Signal<In, Bit>,
    pub hit_cur: Signal<Out, Bit>,
    pub hit_next: Signal<Out, Bit>,
    pub frame_cur: Signal<Out, Bits<52>>,
    pub frame_next: Signal<Out, Bits<52>>,
    /// Page-list entries, bits 63:12 (a page address's low bits are zero).
    pub rd: DmaRead<Bits<52>>,
    // The batch in use: region, first page, entries, table.
    valid: DFF<Bit>,
    tag_region: DFF<Bits<10>>,
    base: DFF<Bits<37>>,
    n: DFF<Bits<6>>,
    tab: DFF<Bits<2048>>,
    /// `base + n`, and the slot of `page` less `page`'s low six bits (`32 - n - base`, mod
    /// 64): kept beside `base` and `n` so that a lookup compares and adds only.
    limit: DFF<Bits<38>>,
    sel: DFF<Bits<6>>,
    /// `base + 32`, the next batch's first page when reading ahead, kept beside `base` too.
    after: DFF<Bits<37>>,
    // The next batch, which fills land in.
    next_valid: DFF<Bit>,
    next_region: DFF<Bits<10>>,
    next_base: DFF<Bits<37>>,
    next_n: DFF<Bits<6>>,
    next_tab: DFF<Bits<2048>>,
    next_limit: DFF<Bits<38>>,
    next_sel: DFF<Bits<6>>,
    /// A lookup registers its outcome with what a read needs (`look_*`): looked up (`look_asked`),
    /// with no fill under way (`look_idle`), hit the batch in use (`look_cur`) or the next
    /// (`look_next`), hit a whole batch with the next to read ahead (`look_ahead`). Whether it
    /// wants a read (`look_want`) and whether the next batch becomes the one in use (`promote`)
    /// are decided from those registers a cycle later, so that no lookup's compares run on
    /// into the fill's state or the 2,048-bit table's enables. A fill under way or ending
    /// masks the want; lookups meanwhile still hit the next batch as the next.
    look_asked: DFF<Bit>,
    look_idle: DFF<Bit>,
    look_cur: DFF<Bit>,
    look_next: DFF<Bit>,
    look_want: Signal<Local, Bit>,
    /// The looked-up page, the batch after the one in use, and which of them the read is
    /// for (a read ahead): picked at the start, not before the register.
    look_page: DFF<Bits<37>>,
    look_after: DFF<Bits<37>>,
    look_ahead: DFF<Bit>,
    look_region: DFF<Bits<10>>,
    look_pl: DFF<Bits<64>>,
    look_pages: DFF<Bits<38>>,
    /// A read decided on, being sized (`sizing`, then `sized`), asked for or under way. The
    /// start sets `next_base` and registers the entries' address and the pages left (`size_left`),
    /// the room in the list's page follows from the address, the length from the room and the
    /// pages left, and the request leaves from registers: each step's arithmetic ends in a
    /// register, as a lookup's does.
    filling: DFF<Bit>,
    sizing: DFF<Bit>,
    sized: DFF<Bit>,
    size_left: DFF<Bits<38>>,
    asking: DFF<Bit>,
    ask_addr: DFF<Bits<64>>,
    ask_len: DFF<Bits<13>>,
    promote: Signal<Local, Bit>,
    /// Invalidated during a fill: the fill is taken but not used.
    stale: DFF<Bit>,
    got: DFF<Bits<6>>,
    low: Signal<Local, Bits<6>>,
    /// The lookup's region above its page, against a batch's region above its first page
    /// (`key`) and above its limit (`key_end`, a bit wider).
    key: Signal<Local, Bits<47>>,
    key_end: Signal<Local, Bits<48>>,
    slot: Signal<Local, Bits<5>>,
    next_slot: Signal<Local, Bits<5>>,
    ahead: Signal<Local, Bit>,
    /// The page the read is for: the looked-up one on a miss, the next batch's first ahead.
    start_page: Signal<Local, Bits<37>>,
    /// Entries the read may take up to the end of the list's 4 KiB page, at most 32.
    room: DFF<Bits<6>>,
    want: Signal<Local, Bits<6>>,
    /// A batch's bytes of page list, and the list page's offset after which fewer fit.
    k_batch_bytes: Constant<Bits<9>> = k(32 * 8),
    /// A batch's entries.
    k_batch: Constant<Bits<6>> = k(32),
    k_last_batch: Constant<Bits<12>> = k(uzura_uapi::proto::PAGE_SIZE as u64 - 32 * 8),
}
}

impl Logic for PageCache {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            valid,
            tag_region,
            base,
            n,
            tab,
            limit,
            sel,
            after,
            next_valid,
            next_region,
            next_base,
            next_n,
            next_tab,
            next_limit,
            next_sel,
            look_asked,
            look_idle,
            look_cur,
            look_next,
            look_page,
            look_after,
            look_ahead,
            look_region,
            look_pl,
            look_pages,
            filling,
            sizing,
            sized,
            room,
            size_left,
            asking,
            ask_addr,
            ask_len,
            stale,
            got
        );
        self.low.next = self.page.val().get_bits::<6>(0);
        // A batch holds the page when region and page, as one number, lie between its region
        // and first page and its region and limit: the region's compare rides in the carry
        // chains, so that a hit is one LUT after them.
        self.key.next = bit_cast::<47, 37>(self.page.val()) | (bit_cast::<47, 10>(self.region.val()) << 37);
        self.key_end.next = bit_cast::<48, 37>(self.page.val()) | (bit_cast::<48, 10>(self.region.val()) << 38);
        self.hit_cur.next = self.valid.q.val()
            && (self.key.val()
                >= (bit_cast::<47, 37>(self.base.q.val()) | (bit_cast::<47, 10>(self.tag_region.q.val()) << 37)))
            && (self.key_end.val()
                < (bit_cast::<48, 38>(self.limit.q.val()) | (bit_cast::<48, 10>(self.tag_region.q.val()) << 38)));
        self.hit_next.next = self.next_valid.q.val()
            && (self.key.val()
                >= (bit_cast::<47, 37>(self.next_base.q.val()) | (bit_cast::<47, 10>(self.next_region.q.val()) << 37)))
            && (self.key_end.val()
                < (bit_cast::<48, 38>(self.next_limit.q.val()) | (bit_cast::<48, 10>(self.next_region.q.val()) << 38)));
        // The slot of a page in a batch is below 32 (the sum's low five bits: its sixth is set only
        // for a page outside the batch, which does not hit).
        self.slot.next = bit_cast::<5, 6>(self.low.val() + self.sel.q.val());
        self.next_slot.next = bit_cast::<5, 6>(self.low.val() + self.next_sel.q.val());
        self.frame_cur.next = self.tab.q.val().get_bits::<52>(self.slot.val().index() * 64);
        self.frame_next.next = self.next_tab.q.val().get_bits::<52>(self.next_slot.val().index() * 64);
        // Read ahead while the lookup is in a whole batch and the next is neither held nor
        // under way, unless the region ends with this batch.
        self.ahead.next = self.hit_cur.val()
            && (self.n.q.val() == 32)
            && !(self.next_valid.q.val()
                && (self.next_region.q.val() == self.region.val())
                && (self.next_base.q.val() == self.after.q.val()))
            && (bit_cast::<38, 37>(self.after.q.val()) < self.pages.val());
        // Fewer than 32 entries are left in the page only in its last 256 bytes, where the
        // room is (256 - offset) / 8; the pages left are fewer than that only when their high
        // bits are all zero. Written out so, neither compare runs after a 12- or 38-bit chain
        // (the offset's compare is against a constant).
        self.room.d.next = 32.into();
        if self.ask_addr.q.val().get_bits::<12>(0) > self.k_last_batch.val() {
            self.room.d.next = bit_cast::<6, 9>(
                (self.k_batch_bytes.val() - bit_cast::<9, 8>(self.ask_addr.q.val().get_bits::<8>(0))) >> 3,
            );
        }
        self.want.next = self.room.q.val();
        if !self.size_left.q.val().get_bits::<32>(6).any()
            && (self.size_left.q.val().get_bits::<6>(0) < self.room.q.val())
        {
            self.want.next = self.size_left.q.val().get_bits::<6>(0);
        }
        // Follow `next_base` and `next_n` a cycle behind: the next batch is not used before its fill's
        // first beat, a cycle after its size is known at the earliest.
        self.next_limit.d.next = bit_cast::<38, 37>(self.next_base.q.val()) + bit_cast::<38, 6>(self.next_n.q.val());
        self.next_sel.d.next = self.k_batch.val() - self.next_n.q.val() - self.next_base.q.val().get_bits::<6>(0);
        self.rd.req.next = self.asking.q.val();
        self.rd.addr.next = self.ask_addr.q.val();
        self.rd.len.next = self.ask_len.q.val();
        if self.asking.q.val() && self.rd.ready.val() {
            self.asking.d.next = false;
        }
        self.look_asked.d.next = self.lookup.val();
        self.look_idle.d.next = !self.filling.q.val();
        self.look_cur.d.next = self.hit_cur.val();
        self.look_next.d.next = self.hit_next.val();
        // A lookup served by the next batch only makes it the one in use.
        self.promote.next = self.look_asked.q.val() && !self.look_cur.q.val() && self.look_next.q.val();
        if self.promote.val() && self.next_valid.q.val() {
            self.valid.d.next = true;
            self.tag_region.d.next = self.next_region.q.val();
            self.base.d.next = self.next_base.q.val();
            self.after.d.next = self.next_base.q.val() + 32;
            self.n.d.next = self.next_n.q.val();
            self.tab.d.next = self.next_tab.q.val();
            self.limit.d.next = self.next_limit.q.val();
            self.sel.d.next = self.next_sel.q.val();
            self.next_valid.d.next = false;
        }
        self.look_want.next = self.look_asked.q.val()
            && self.look_idle.q.val()
            && (!(self.look_cur.q.val() || self.look_next.q.val()) || self.look_ahead.q.val());
        self.look_page.d.next = self.page.val();
        self.look_after.d.next = self.after.q.val();
        self.look_ahead.d.next = self.ahead.val();
        self.start_page.next = self.look_page.q.val();
        if self.look_ahead.q.val() {
            self.start_page.next = self.look_after.q.val();
        }
        self.look_region.d.next = self.region.val();
        self.look_pl.d.next = self.pl.val();
        self.look_pages.d.next = self.pages.val();
        if self.look_want.val() && !self.filling.q.val() {
            self.sizing.d.next = true;
            self.next_valid.d.next = false;
            self.filling.d.next = true;
            self.stale.d.next = false;
            self.got.d.next = 0.into();
            self.next_base.d.next = self.start_page.val();
            self.next_region.d.next = self.look_region.q.val();
            self.ask_addr.d.next = self.look_pl.q.val() + (bit_cast::<64, 37>(self.start_page.val()) << 3);
            self.size_left.d.next = self.look_pages.q.val() - bit_cast::<38, 37>(self.start_page.val());
        }
        self.sized.d.next = self.sizing.q.val();
        if self.sizing.q.val() {
            self.sizing.d.next = false;
        }
        if self.sized.q.val() {
            self.asking.d.next = true;
            self.ask_len.d.next = bit_cast::<13, 6>(self.want.val()) << 3;
            self.next_n.d.next = self.want.val();
        }
        if self.rd.beat.val() {
            self.next_tab.d.next = (self.next_tab.q.val() >> 64) | (bit_cast::<2048, 52>(self.rd.data.val()) << 1984);
            self.got.d.next = self.got.q.val() + 1;
            if self.got.q.val() + 1 == self.next_n.q.val() {
                self.next_valid.d.next = !self.stale.q.val();
                self.filling.d.next = false;
            }
        }
        // A fill in flight still completes (its beats must be taken), but is not trusted.
        if self.invalidate.val() {
            self.valid.d.next = false;
            self.next_valid.d.next = false;
            self.stale.d.next = true;
            self.look_asked.d.next = false;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;

    /// The page list's entry `i` of region `region`, as the host writes it (a bus page number).
    fn entry(region: u64, i: u64, generation: u64) -> u64 {
        0x8_0000 + region * 0x1000 + i * 3 + generation * 0x10_0000
    }

    /// Lookups answer each page with its page list's entry: first a walk through a region
    /// (whose batches after the first are read ahead, so that a walk hardly waits), then pages
    /// at random in two regions, then, after an invalidate and a rewritten list, the new
    /// entries. Every read stays inside one 4 KiB page of the list and the region's pages.
    #[test]
    fn answers_every_page_from_its_page_list() {
        const PL: [u64; 2] = [0x10_0F00, 0x22_0000];
        const PAGES: [u64; 2] = [200, 40];
        const LATENCY: u64 = 20;
        // An engine writes for a while between lookups (a page's 512 beats; here 6 cycles).
        const PACE: u64 = 6;
        let mut uut = PageCache::default();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<PageCache>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut sim: Sim<PageCache>| {
            let mut x = sim.init()?;
            let mut rnd = crate::testing::xorshift(0x1234_5678);
            let mut lookups: Vec<(u64, u64, u64)> = (0..PAGES[0]).map(|p| (0, p, 0)).collect();
            lookups.extend((0..120).map(|_| {
                let r = rnd(2);
                (r, rnd(PAGES[r as usize]), 0)
            }));
            lookups.extend((0..60).map(|_| (1, rnd(PAGES[1]), 1)));
            // Reads asked for: when their data is due, the region and entry they start at, their
            // entries, the lists' generation.
            let mut reads: VecDeque<(u64, u64, u64, u64, u64)> = VecDeque::new();
            let mut beats: VecDeque<(u64, bool)> = VecDeque::new();
            let (mut generation, mut cycle, mut walk_waited) = (0u64, 0u64, 0u64);
            let (mut n, mut idle, mut waited_here) = (0usize, 0u64, 0u64);
            while n < lookups.len() && cycle < 20_000 {
                cycle += 1;
                let (region, page, gen) = lookups[n];
                x.invalidate.next = false;
                if gen != generation && idle == 0 {
                    // A commit: the lists change, and the cache forgets what it holds.
                    generation = gen;
                    x.invalidate.next = true;
                }
                x.lookup.next = idle == 0 && !x.invalidate.next;
                x.region.next = region.into();
                x.page.next = page.into();
                x.pl.next = PL[region as usize].into();
                x.pages.next = PAGES[region as usize].into();
                // The bus: requests taken at once, each read's data `LATENCY` cycles later.
                x.rd.ready.next = true;
                x.rd.beat.next = false;
                x.rd.last.next = false;
                if let Some(&(due, ..)) = reads.front() {
                    if due <= cycle && beats.is_empty() {
                        let (_, r, i0, len, g) = reads.pop_front().unwrap();
                        beats.extend((0..len).map(|k| (entry(r, i0 + k, g), k + 1 == len)));
                    }
                }
                if let Some((e, last)) = beats.pop_front() {
                    x.rd.beat.next = true;
                    x.rd.data.next = e.into();
                    x.rd.last.next = last;
                }
                x = sim.wait(1, x)?;
                if x.rd.req.val() {
                    let (addr, len) = (x.rd.addr.val().to_u64(), x.rd.len.val().index() as u64);
                    let r = (0..2).find(|&r| addr >= PL[r] && addr < PL[r] + 8 * PAGES[r]);
                    sim_assert!(sim, r.is_some() && len > 0 && len % 8 == 0, x);
                    let r = r.unwrap();
                    let first = (addr - PL[r]) / 8;
                    sim_assert!(sim, first + len / 8 <= PAGES[r], x);
                    sim_assert_eq!(sim, addr / 4096, (addr + len - 1) / 4096, x);
                    reads.push_back((cycle + LATENCY, r as u64, first, len / 8, generation));
                }
                if x.lookup.val() {
                    if x.hit_cur.val() || x.hit_next.val() {
                        let frame = if x.hit_cur.val() { x.frame_cur.val() } else { x.frame_next.val() };
                        sim_assert_eq!(sim, frame.to_u64(), entry(region, page, generation), x);
                        sim_assert!(sim, waited_here < 200, x);
                        (n, idle, waited_here) = (n + 1, PACE, 0);
                    } else {
                        waited_here += 1;
                        if n > 0 && n < PAGES[0] as usize {
                            walk_waited += 1;
                        }
                    }
                } else {
                    idle = idle.saturating_sub(1);
                }
                wait_clock_cycle!(sim, clock, x);
            }
            sim_assert_eq!(sim, n, lookups.len(), x);
            // The walk waits for its first batch only, not once per batch of 32 pages.
            sim_assert!(sim, walk_waited < LATENCY, x);
            sim.done(x)
        });
        sim.run(Box::new(uut), 1_000_000).unwrap();
    }
}
