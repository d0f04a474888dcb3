//! The translation cache of an engine: region page index to bus page, from the region's page
//! list in host memory (registers.md §3.1). A miss reads up to 32 consecutive entries with one
//! DMA read, so that a transfer pays one read latency per 128 KiB instead of one per page.
//! The read stays inside one 4 KiB page of the list and never goes past the region's last
//! page. Entries shift in from the top: entry `i` of a fill of `n` sits in slot `32 - n + i`.

use rust_hdl::prelude::*;

use crate::k;

block! {
/// `lookup` asks for `page` of region `region` (page list at `pl`, `pages` pages long); `hit`
/// and `frame` (the bus page, address bits 63:12) answer in the same cycle from registers.
/// On a miss while `lookup` is high the block reads the list through `r_*` and answers a few
/// cycles after the data. `invalidate` (a region commit) forgets everything.
pub struct PageCache {
    pub clock: Signal<In, Clock>,
    pub lookup: Signal<In, Bit>,
    pub region: Signal<In, Bits<10>>,
    pub page: Signal<In, Bits<37>>,
    pub pl: Signal<In, Bits<64>>,
    pub pages: Signal<In, Bits<38>>,
    pub invalidate: Signal<In, Bit>,
    pub hit: Signal<Out, Bit>,
    pub frame: Signal<Out, Bits<52>>,
    pub r_req: Signal<Out, Bit>,
    pub r_ready: Signal<In, Bit>,
    pub r_addr: Signal<Out, Bits<64>>,
    pub r_len: Signal<Out, Bits<13>>,
    pub r_beat: Signal<In, Bit>,
    /// Page-list entries, bits 63:12 (a page address's low bits are zero).
    pub r_data: Signal<In, Bits<52>>,
    valid: DFF<Bit>,
    filling: DFF<Bit>,
    /// Invalidated during a fill: the fill is taken but not used.
    stale: DFF<Bit>,
    tag_region: DFF<Bits<10>>,
    base: DFF<Bits<37>>,
    n: DFF<Bits<6>>,
    got: DFF<Bits<6>>,
    tab: DFF<Bits<1664>>,
    idx: Signal<Local, Bits<37>>,
    slot: Signal<Local, Bits<6>>,
    room: Signal<Local, Bits<10>>,
    left: Signal<Local, Bits<38>>,
    want: Signal<Local, Bits<6>>,
    k_page: Constant<Bits<13>> = k(uzura_uapi::proto::PAGE_SIZE as u64),
}
}

impl Logic for PageCache {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, valid, filling, stale, tag_region, base, n, got, tab);
        self.idx.next = self.page.val() - self.base.q.val();
        self.hit.next = self.valid.q.val() && (self.tag_region.q.val() == self.region.val()) && (self.idx.val() < bit_cast::<37, 6>(self.n.q.val()));
        self.slot.next = bit_cast::<6, 37>(self.idx.val()) + 32 - self.n.q.val();
        self.frame.next = self.tab.q.val().get_bits::<52>(self.slot.val().index() * 52);
        self.r_addr.next = self.pl.val() + (bit_cast::<64, 37>(self.page.val()) << 3);
        self.room.next = bit_cast::<10, 13>((self.k_page.val() - bit_cast::<13, 12>(self.r_addr.val().get_bits::<12>(0))) >> 3);
        self.left.next = self.pages.val() - bit_cast::<38, 37>(self.page.val());
        self.want.next = 32.into();
        if self.room.val() < 32 {
            self.want.next = bit_cast::<6, 10>(self.room.val());
        }
        if self.left.val() < bit_cast::<38, 6>(self.want.val()) {
            self.want.next = bit_cast::<6, 38>(self.left.val());
        }
        self.r_len.next = bit_cast::<13, 6>(self.want.val()) << 3;
        self.r_req.next = self.lookup.val() && !self.hit.val() && !self.filling.q.val();
        if self.r_req.val() && self.r_ready.val() {
            self.valid.d.next = false;
            self.filling.d.next = true;
            self.stale.d.next = false;
            self.got.d.next = 0.into();
            self.n.d.next = self.want.val();
            self.base.d.next = self.page.val();
            self.tag_region.d.next = self.region.val();
        }
        if self.r_beat.val() {
            self.tab.d.next = (self.tab.q.val() >> 52) | (bit_cast::<1664, 52>(self.r_data.val()) << 1612);
            self.got.d.next = self.got.q.val() + 1;
            if self.got.q.val() + 1 == self.n.q.val() {
                self.valid.d.next = !self.stale.q.val();
                self.filling.d.next = false;
            }
        }
        // A fill in flight still completes (its beats must be taken), but is not trusted.
        if self.invalidate.val() {
            self.valid.d.next = false;
            self.stale.d.next = true;
        }
    }
}
