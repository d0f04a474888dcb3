//! The RX engine's write path: a frame's bytes from the data FIFO to host memory, one 64-bit
//! DMA write beat per cycle. A WRITE's payload goes to its region: region offset to bus address
//! through the region's page list in host memory (a [`PageCache`]: 32 entries per read, the
//! next 32 read ahead), cut at 4 KiB pages. A host frame goes whole into its RXQ buffer, cut at
//! the buffer's pages. Either way the bytes are realigned from their lane in the frame (a
//! WRITE's payload starts at byte 46) to the bus address's by a 16-byte accumulator.
//!
//! The engine starts a WRITE's transfer in `Check` and a host frame's when its buffer's
//! length arrives (`len_beat`); `Xlate` (a WRITE, once the page is translated and the header
//! words have left the FIFO) and `HPiece` (a host frame) start each piece, and `WrRun` writes
//! it. While a piece is written, the next page is looked up, so that the next piece follows
//! without a cycle of its own.

use rust_hdl::prelude::*;
use uzura_uapi::proto;

use crate::k;
use crate::page_cache::PageCache;
use crate::page_step::PageStep;
use crate::ports::{DmaRead, DmaWrite};
use crate::rx::RxState;

block! {
/// `region*`: the frame's region (from the engine's classification); `f_len`, `f_offset`: a
/// WRITE's payload; `f_bytes`: a host frame's length. `data`, `data_empty`: the data FIFO's
/// head, popped on `in_fire`; `headers_read`: the frame's header words have left it (a
/// WRITE's payload starts in lane 6 of word 5). `addr_beat`, `len_beat` with `desc_data`: the
/// RXQ descriptor's address and length beats; `buf_small`: its buffer is too small.
pub struct RxWritePath {
    pub clock: Signal<In, Clock>,
    pub state: Signal<In, RxState>,
    pub rt_we: Signal<In, Bit>,
    pub region: Signal<In, Bits<10>>,
    pub region_pl: Signal<In, Bits<64>>,
    pub region_first: Signal<In, Bits<12>>,
    pub region_len: Signal<In, Bits<49>>,
    pub f_len: Signal<In, Bits<16>>,
    pub f_offset: Signal<In, Bits<48>>,
    pub f_bytes: Signal<In, Bits<14>>,
    pub data: Signal<In, Bits<64>>,
    pub data_empty: Signal<In, Bit>,
    pub headers_read: Signal<In, Bit>,
    pub desc_data: Signal<In, Bits<64>>,
    pub addr_beat: Signal<In, Bit>,
    pub len_beat: Signal<In, Bit>,
    pub buf_small: Signal<In, Bit>,
    /// The page cache's reads of page lists: entries, bits 63:12.
    pub list_rd: DmaRead<Bits<52>>,
    pub dmaw: DmaWrite,
    /// A word of the data FIFO is taken.
    pub in_fire: Signal<Out, Bit>,
    /// `Xlate` or `HPiece` starts a piece; `WrRun`'s piece ends, which was the transfer's last
    /// (`piece_last`), of a host frame (`host`); the next piece follows at once (`nx_hit`).
    pub piece_go: Signal<Out, Bit>,
    pub piece_end: Signal<Out, Bit>,
    pub piece_last: Signal<Out, Bit>,
    pub host: Signal<Out, Bit>,
    pub nx_hit: Signal<Out, Bit>,
    pl: DFF<Bits<64>>,
    first: DFF<Bits<12>>,
    cur_off: DFF<Bits<49>>,
    xfer_rem: DFF<Bits<14>>,
    feed_rem: DFF<Bits<14>>,
    drop: DFF<Bits<3>>,
    first_piece: DFF<Bit>,
    host_r: DFF<Bit>,
    /// `first + cur_off`, registered (moved on by a piece itself, like `cur_off`), so that the
    /// page cache's compares start from a register.
    pos: DFF<Bits<49>>,
    room: Signal<Local, Bits<13>>,
    /// Page-list translations of the region being written.
    xl: PageCache,
    rt_pages: DFF<Bits<38>>,
    dma_addr: DFF<Bits<64>>,
    dma_len: DFF<Bits<13>>,
    /// The next piece of a WRITE, prepared while this one is written: it starts on the next
    /// page, at `nx_page`, and is `nx_len` long; `nx_hit` once its bus page (`nx_frame`) is
    /// known. `nx_fresh`: `xl_page` and `nx_len` were computed from this piece (not during its
    /// first cycle). Page and length are registered first so that the lookup starts from
    /// registers.
    nx_fresh: DFF<Bit>,
    nx_page: Signal<Local, Bits<37>>,
    /// The page the cache looks up: in `WrRun` the next piece's (`nx_page` a cycle before),
    /// elsewhere `pos`'s (`pos_sum` a cycle before; a piece that ends in `WrRun` for `Xlate`
    /// ends at a page boundary, where `pos` moves on to `nx_page`). Chosen off the state a
    /// cycle before, so that the lookup starts from a register, not from the state's decode.
    xl_page: DFF<Bits<37>>,
    pos_sum: Signal<Local, Bits<49>>,
    nx_len: DFF<Bits<13>>,
    /// min(8, `nx_len`), registered beside it.
    nx_out_n: DFF<Bits<4>>,
    /// The transfer's bytes after this piece.
    rest_after: Signal<Local, Bits<14>>,
    nx_hit_r: DFF<Bit>,
    nx_frame: DFF<Bits<52>>,
    nx_want: Signal<Local, Bit>,
    /// The cache's answer for `xl_page`, registered: `Xlate` and the look-ahead act on it, so
    /// that the cache's compares do not run on into the piece's registers. `Xlate` trusts it
    /// only from the states in which `xl_page` already holds the piece's page (`AdvRun`,
    /// `AdvRead`, `AdvWait`, `Xlate`: `xl_was_settled`); entered from elsewhere it waits a
    /// cycle. The look-ahead's own lookups are marked by `nx_asked`.
    xl_settled: Signal<Local, Bit>,
    xl_hit: DFF<Bit>,
    /// The cache's answer split as it gives it (the batch in use hit, each batch's entry), so
    /// that the pick between the batches follows the registers rather than the compares.
    xl_cur: DFF<Bit>,
    xl_frame_cur: DFF<Bits<52>>,
    xl_frame_next: DFF<Bits<52>>,
    xl_frame: Signal<Local, Bits<52>>,
    xl_was_settled: DFF<Bit>,
    nx_asked: DFF<Bit>,
    piece_end_now: Signal<Local, Bit>,
    out_rem: DFF<Bits<14>>,
    beat_lead: DFF<Bits<3>>,
    beat_first: DFF<Bit>,
    acc: DFF<Bits<128>>,
    acc_n: DFF<Bits<5>>,
    out_fire: Signal<Local, Bit>,
    /// The next beat's bytes, min(8, `out_rem`), registered beside `out_rem` (each place that
    /// sets `out_rem` works it out from registers) so that the write and read decisions start
    /// from a 5-bit compare.
    out_n: DFF<Bits<4>>,
    /// `acc_n - out_n` (signed), kept beside them from registered candidates, so that whether
    /// a beat can go out and where a word comes in after it need no subtraction.
    spare: DFF<Bits<6>>,
    /// `out_n` after this beat: `after_n`, or the look-ahead's piece's first beat (`nx_next`).
    next_out_n: Signal<Local, Bits<4>>,
    /// min(8, what `out_rem` leaves after this beat): 8 from `out_rem` 16 on, `out_rem - 8`
    /// from 8 on, else none. Registered wherever `out_rem` is set, each from registers
    /// (`*_after_n`; after a beat, `out_rem` less 8 is from 16 on when `out_rem` is from 24 on,
    /// and its low bits stay).
    after_n: DFF<Bits<4>>,
    start_after_n: Signal<Local, Bits<4>>,
    beat_after_n: Signal<Local, Bits<4>>,
    nx_after_n: Signal<Local, Bits<4>>,
    /// This beat, if it goes out, ends the piece (`after_n` is none), registered beside it.
    rem_end: DFF<Bit>,
    /// The piece is the transfer's last, registered as it starts; the look-ahead's piece
    /// would be (the bytes after this piece fit in a page).
    piece_last_r: DFF<Bit>,
    nx_last: DFF<Bit>,
    /// This beat, if it goes out, ends the piece and the look-ahead's piece follows.
    nx_next: Signal<Local, Bit>,
    /// `spare`'s candidates, each one adder from registers: after the word alone; after the
    /// beat alone, and after a beat out and a word in, with `after_n` or (`_nx`) `nx_out_n` as
    /// the next beat's bytes (`next_out_n` picks one by a LUT of registers, and an adder after
    /// it ran on into the pick). The three-term sums take a carry-save step (`csa_*`: sum and
    /// carry bits of `spare`, `in_n` and the complement of the next beat's bytes) before their
    /// one adder, rather than two adders in a row.
    spare_in: Signal<Local, Bits<6>>,
    spare_out: Signal<Local, Bits<6>>,
    spare_out_nx: Signal<Local, Bits<6>>,
    spare_out_in: Signal<Local, Bits<6>>,
    spare_out_in_nx: Signal<Local, Bits<6>>,
    csa_s: Signal<Local, Bits<6>>,
    csa_c: Signal<Local, Bits<6>>,
    csa_s_nx: Signal<Local, Bits<6>>,
    csa_c_nx: Signal<Local, Bits<6>>,
    /// Which candidate `spare` takes in `WrRun`: a mask each, all ones or none, set by `if`s
    /// (a constant's difference, 0 minus a pick bit, became a carry chain after the pick).
    keep_mask: Signal<Local, Bits<6>>,
    in_mask: Signal<Local, Bits<6>>,
    out_mask: Signal<Local, Bits<6>>,
    out_nx_mask: Signal<Local, Bits<6>>,
    out_in_mask: Signal<Local, Bits<6>>,
    out_in_nx_mask: Signal<Local, Bits<6>>,
    /// A piece's bytes from the first lane on (`xfer_rem` plus the lead), for its `out_n`: the
    /// piece ends no nearer than 8 bytes from its start lane unless the transfer ends first.
    lead_rem: Signal<Local, Bits<14>>,
    /// The room to the page's end from the lead's lane, `room` plus the lead: `out_rem` when
    /// the piece runs to the page's end, without an adder after the choice.
    room_lead: Signal<Local, Bits<14>>,
    /// A new piece's length, `out_rem` (its bytes from the first lane on) and `out_n`,
    /// registered off the position, the bytes left and `host`: a piece starts (`Xlate`,
    /// `HPiece`) only after those have held for a cycle (`xl_was_settled`, `host_settled`), so
    /// that the page-end compare does not run on into the piece's registers.
    piece_len: DFF<Bits<13>>,
    piece_out_rem: DFF<Bits<14>>,
    piece_out_n: DFF<Bits<4>>,
    host_settled: DFF<Bit>,
    /// The piece's first byte's offset in its page (region or host buffer), whether the rest
    /// of the transfer fits in that page, and its last lane's sum for `piece_out_n`.
    start_off: Signal<Local, Bits<12>>,
    /// Pages past the piece's own that offset + rest reaches (its sum's bits 14:12).
    pages_past: Signal<Local, Bits<3>>,
    piece_fits: Signal<Local, Bit>,
    lead_low: Signal<Local, Bits<4>>,
    in_fire_now: Signal<Local, Bit>,
    /// The next word's bytes, min(8 - `drop`, `feed_rem`), registered beside them (each place
    /// that sets them works it out), so that the write path's byte shifts start from registers.
    in_n: DFF<Bits<5>>,
    fed: Signal<Local, Bits<14>>,
    /// `fed` is below 8, from registers rather than after the subtraction: `feed_rem` is below
    /// `in_n + 8` (`in_n` is min(8 - `drop`, `feed_rem`)).
    fed_small: Signal<Local, Bit>,
    /// `feed_rem` is not zero, registered beside it (each place that sets `feed_rem` works it
    /// out from registers: after a word, `feed_rem` is not `in_n`).
    feed_any: DFF<Bit>,
    in_bits: Signal<Local, Bits<64>>,
    left: Signal<Local, Bits<5>>,
    /// After a beat out the accumulator has room for a word: `acc_n <= out_n + 8`, without
    /// the adder.
    room_after_beat: Signal<Local, Bit>,
    /// The accumulator holds 8 bytes or fewer: a word comes in without a beat going out.
    acc_low: Signal<Local, Bit>,


    /// The host buffer's address (moved on by a piece, which is cut at the buffer's pages).
    buf_addr: DFF<Bits<64>>,
    buf_step: PageStep,

    k_ones6: Constant<Bits<6>> = k(0x3F),
    k_one6: Constant<Bits<6>> = k(1),
    k_ones8: Constant<Bits<8>> = k(0xFF),
    k_ones64: Constant<Bits<64>> = k(u64::MAX),
    k_page: Constant<Bits<13>> = k(proto::PAGE_SIZE as u64),
    k_page_mask: Constant<Bits<49>> = k(proto::PAGE_SIZE as u64 - 1),
}
}

impl Logic for RxWritePath {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            pl,
            first,
            cur_off,
            xfer_rem,
            feed_rem,
            drop,
            first_piece,
            host_r,
            pos,
            rt_pages,
            dma_addr,
            dma_len,
            nx_fresh,
            xl_page,
            nx_len,
            nx_out_n,
            nx_hit_r,
            nx_frame,
            xl_hit,
            xl_cur,
            xl_frame_cur,
            xl_frame_next,
            xl_was_settled,
            nx_asked,
            out_rem,
            beat_lead,
            beat_first,
            acc,
            acc_n,
            out_n,
            spare,
            after_n,
            rem_end,
            piece_last_r,
            nx_last,
            piece_len,
            piece_out_rem,
            piece_out_n,
            host_settled,
            in_n,
            feed_any,
            buf_addr
        );
        clock!(self, clock, xl, buf_step);
        self.pos_sum.next = bit_cast::<49, 12>(self.first.q.val()) + self.cur_off.q.val();
        self.pos.d.next = self.pos_sum.val();
        self.dmaw.valid.next = false;
        self.dmaw.addr.next = self.dma_addr.q.val();
        self.dmaw.len.next = self.dma_len.q.val();
        self.dmaw.data.next = self.acc.q.val().get_bits::<64>(0);
        self.dmaw.strb.next = 0.into();
        self.dmaw.first.next = self.beat_first.q.val();
        self.dmaw.last.next = false;
        self.piece_go.next = false;
        self.start_off.next = self.pos.q.val().get_bits::<12>(0);
        if self.host_r.q.val() {
            self.start_off.next = self.buf_addr.q.val().get_bits::<12>(0);
        }
        self.room.next = self.k_page.val() - bit_cast::<13, 12>(self.start_off.val());
        self.nx_page.next = self.pos.q.val().get_bits::<37>(12) + 1;
        self.xl_page.d.next = self.pos_sum.val().get_bits::<37>(12);
        if self.state.val() == RxState::WrRun {
            self.xl_page.d.next = self.nx_page.val();
        }
        self.rest_after.next = self.xfer_rem.q.val() - bit_cast::<14, 13>(self.dma_len.q.val());
        self.nx_len.d.next = self.k_page.val();
        if self.rest_after.val() < bit_cast::<14, 13>(self.k_page.val()) {
            self.nx_len.d.next = bit_cast::<13, 14>(self.rest_after.val());
        }
        self.nx_last.d.next = self.rest_after.val() <= bit_cast::<14, 13>(self.k_page.val());
        self.nx_out_n.d.next = 8.into();
        if self.rest_after.val() < 8 {
            self.nx_out_n.d.next = bit_cast::<4, 14>(self.rest_after.val());
        }
        self.nx_want.next = (self.state.val() == RxState::WrRun)
            && self.nx_fresh.q.val()
            && !self.nx_hit_r.q.val()
            && (self.xfer_rem.q.val() > bit_cast::<14, 13>(self.dma_len.q.val()));
        self.xl_settled.next = (self.state.val() == RxState::AdvRun)
            || (self.state.val() == RxState::AdvRead)
            || (self.state.val() == RxState::AdvWait)
            || (self.state.val() == RxState::Xlate);
        self.xl.lookup.next = self.xl_settled.val() || self.nx_want.val();
        self.xl_hit.d.next = self.xl.hit_cur.val() || self.xl.hit_next.val();
        self.xl_cur.d.next = self.xl.hit_cur.val();
        self.xl_was_settled.d.next = self.xl_settled.val();
        self.host_settled.d.next = self.state.val() == RxState::HPiece;
        self.xl_frame_cur.d.next = self.xl.frame_cur.val();
        self.xl_frame_next.d.next = self.xl.frame_next.val();
        self.xl_frame.next = self.xl_frame_next.q.val();
        if self.xl_cur.q.val() {
            self.xl_frame.next = self.xl_frame_cur.q.val();
        }
        self.xl.region.next = self.region.val();
        self.xl.page.next = self.xl_page.q.val();
        // The look-ahead's answer a cycle later, off the registered answer; `nx_fresh` says
        // the piece (and its next page) is still the one asked about.
        self.nx_asked.d.next = self.nx_want.val() && !self.rt_we.val();
        if self.nx_asked.q.val() && self.xl_hit.q.val() && self.nx_fresh.q.val() {
            self.nx_hit_r.d.next = true;
            self.nx_frame.d.next = self.xl_frame.val();
        }
        self.xl.pl.next = self.pl.q.val();
        self.xl.pages.next = self.rt_pages.q.val();
        self.xl.invalidate.next = self.rt_we.val();
        DmaRead::<Bits<52>>::link(&mut self.list_rd, &mut self.xl.rd);
        self.lead_rem.next = self.xfer_rem.q.val() + bit_cast::<14, 3>(self.start_off.val().get_bits::<3>(0));
        self.room_lead.next =
            bit_cast::<14, 13>(self.k_page.val() - (bit_cast::<13, 9>(self.start_off.val().get_bits::<9>(3)) << 3));
        // The rest fits before the page's end (`room` > `xfer_rem`) when offset + rest stays
        // below the page: one adder and a test of its high bits, not a subtraction and then a
        // compare.
        self.pages_past.next = bit_cast::<3, 15>(
            (bit_cast::<15, 12>(self.start_off.val()) + bit_cast::<15, 14>(self.xfer_rem.q.val())) >> 12,
        );
        self.piece_fits.next = !self.pages_past.val().any();
        self.piece_out_rem.d.next = self.room_lead.val();
        self.piece_len.d.next = self.room.val();
        if self.piece_fits.val() {
            self.piece_out_rem.d.next = self.lead_rem.val();
            self.piece_len.d.next = bit_cast::<13, 14>(self.xfer_rem.q.val());
        }
        // min(8, `lead_rem`): below 8 only if the rest is, so a 4-bit sum decides.
        self.lead_low.next = bit_cast::<4, 3>(self.xfer_rem.q.val().get_bits::<3>(0))
            + bit_cast::<4, 3>(self.start_off.val().get_bits::<3>(0));
        self.piece_out_n.d.next = 8.into();
        if !self.xfer_rem.q.val().get_bits::<11>(3).any() && !self.lead_low.val().get_bit(3) {
            self.piece_out_n.d.next = self.lead_low.val();
        }
        // ---- the write datapath ---------------------------------------------------------------
        // A beat goes out when the accumulator holds it whole; a word comes in when the
        // accumulator will have room for it.
        self.out_fire.next = false;
        // `acc_n <= out_n + 8`: `spare` (-8 to 16) is negative or below 9.
        self.room_after_beat.next = self.spare.q.val().get_bit(5)
            || !(self.spare.q.val().get_bit(4)
                || (self.spare.q.val().get_bit(3) && self.spare.q.val().get_bits::<3>(0).any()));
        // `after_n` for a piece that starts with `piece_out_rem` or `nx_len` as its `out_rem`,
        // and after a beat of this one (`out_n` is min(8, `out_rem`)).
        self.start_after_n.next = 0.into();
        if self.piece_out_rem.q.val().get_bits::<10>(4).any() {
            self.start_after_n.next = 8.into();
        } else if self.piece_out_rem.q.val().get_bit(3) {
            self.start_after_n.next = bit_cast::<4, 3>(self.piece_out_rem.q.val().get_bits::<3>(0));
        }
        self.nx_after_n.next = 0.into();
        if self.nx_len.q.val().get_bits::<9>(4).any() {
            self.nx_after_n.next = 8.into();
        } else if self.nx_len.q.val().get_bit(3) {
            self.nx_after_n.next = bit_cast::<4, 3>(self.nx_len.q.val().get_bits::<3>(0));
        }
        self.beat_after_n.next = 0.into();
        if self.out_rem.q.val().get_bits::<9>(5).any()
            || (self.out_rem.q.val().get_bit(4) && self.out_rem.q.val().get_bit(3))
        {
            self.beat_after_n.next = 8.into();
        } else if self.out_rem.q.val().get_bit(4) {
            self.beat_after_n.next = bit_cast::<4, 3>(self.out_rem.q.val().get_bits::<3>(0));
        }
        self.nx_next.next =
            self.rem_end.q.val() && !self.piece_last_r.q.val() && !self.host_r.q.val() && self.nx_hit_r.q.val();
        self.next_out_n.next = self.after_n.q.val();
        if self.nx_next.val() {
            self.next_out_n.next = self.nx_out_n.q.val();
        }
        self.spare_in.next = self.spare.q.val() + bit_cast::<6, 5>(self.in_n.q.val());
        self.spare_out.next = self.spare.q.val() - bit_cast::<6, 4>(self.after_n.q.val());
        self.spare_out_nx.next = self.spare.q.val() - bit_cast::<6, 4>(self.nx_out_n.q.val());
        // spare + in_n - n = spare + in_n + !n + 1 = csa_s + 2 csa_c + 1 (mod 64).
        self.csa_s.next =
            self.spare.q.val() ^ bit_cast::<6, 5>(self.in_n.q.val()) ^ !bit_cast::<6, 4>(self.after_n.q.val());
        self.csa_c.next = (self.spare.q.val() & bit_cast::<6, 5>(self.in_n.q.val()))
            | (self.spare.q.val() & !bit_cast::<6, 4>(self.after_n.q.val()))
            | (bit_cast::<6, 5>(self.in_n.q.val()) & !bit_cast::<6, 4>(self.after_n.q.val()));
        self.spare_out_in.next = self.csa_s.val() + ((self.csa_c.val() << 1) | self.k_one6.val());
        self.csa_s_nx.next =
            self.spare.q.val() ^ bit_cast::<6, 5>(self.in_n.q.val()) ^ !bit_cast::<6, 4>(self.nx_out_n.q.val());
        self.csa_c_nx.next = (self.spare.q.val() & bit_cast::<6, 5>(self.in_n.q.val()))
            | (self.spare.q.val() & !bit_cast::<6, 4>(self.nx_out_n.q.val()))
            | (bit_cast::<6, 5>(self.in_n.q.val()) & !bit_cast::<6, 4>(self.nx_out_n.q.val()));
        self.spare_out_in_nx.next = self.csa_s_nx.val() + ((self.csa_c_nx.val() << 1) | self.k_one6.val());
        self.piece_end_now.next = false;
        // `acc_n <= 8` (16 at most) on its bits, one LUT rather than a compare.
        self.acc_low.next = !self.acc_n.q.val().get_bit(4)
            && !(self.acc_n.q.val().get_bit(3) && self.acc_n.q.val().get_bits::<3>(0).any());
        self.keep_mask.next = 0.into();
        self.in_mask.next = 0.into();
        self.out_mask.next = 0.into();
        self.out_nx_mask.next = 0.into();
        self.out_in_mask.next = 0.into();
        self.out_in_nx_mask.next = 0.into();
        self.in_fire_now.next = false;
        self.left.next = self.acc_n.q.val();
        self.fed.next = self.feed_rem.q.val() - bit_cast::<14, 5>(self.in_n.q.val());
        // `feed_rem < in_n + 8`, with `in_n` at most 8: below 16, and below 8 or its low bits
        // below `in_n`'s (or `in_n` is 8).
        self.fed_small.next = !self.feed_rem.q.val().get_bits::<10>(4).any()
            && (!self.feed_rem.q.val().get_bit(3)
                || self.in_n.q.val().get_bit(3)
                || (self.feed_rem.q.val().get_bits::<3>(0) < self.in_n.q.val().get_bits::<3>(0)));
        self.buf_step.addr.next = self.buf_addr.q.val();
        self.buf_step.step.next = self.dma_len.q.val();
        self.in_bits.next = (self.data.val() >> (bit_cast::<6, 3>(self.drop.q.val()) << 3))
            & !(self.k_ones64.val() << (bit_cast::<7, 5>(self.in_n.q.val()) << 3));

        match self.state.val() {
            RxState::Classify => {
                // The region's placement fields, from the region table's read for the checks.
                self.pl.d.next = self.region_pl.val();
                self.first.d.next = self.region_first.val();
            }
            RxState::Check => {
                self.rt_pages.d.next = bit_cast::<38, 49>(
                    (self.region_len.val() + bit_cast::<49, 12>(self.first.q.val()) + self.k_page_mask.val()) >> 12,
                );
                self.cur_off.d.next = bit_cast::<49, 48>(self.f_offset.val());
                self.xfer_rem.d.next = bit_cast::<14, 16>(self.f_len.val());
                self.feed_rem.d.next = bit_cast::<14, 16>(self.f_len.val());
                self.feed_any.d.next = self.f_len.val().get_bits::<14>(0).any();
                // The payload starts in lane 6.
                self.in_n.d.next = 2.into();
                if self.f_len.val() < 2 {
                    self.in_n.d.next = bit_cast::<5, 16>(self.f_len.val());
                }
                self.host_r.d.next = false;
                self.first_piece.d.next = true;
                // The accumulator starts empty (zeroed here, a state before the first piece,
                // rather than on the piece's late lookup decision).
                self.acc.d.next = 0.into();
                self.drop.d.next = 6.into();
            }
            RxState::Xlate => {
                if self.xl_hit.q.val() && self.xl_was_settled.q.val() {
                    if self.headers_read.val() {
                        self.piece_go.next = true;
                        self.dma_addr.d.next = (bit_cast::<64, 52>(self.xl_frame.val()) << 12)
                            | bit_cast::<64, 12>(self.pos.q.val().get_bits::<12>(0));
                        self.dma_len.d.next = self.piece_len.q.val();
                        self.out_rem.d.next = self.piece_out_rem.q.val();
                        self.out_n.d.next = self.piece_out_n.q.val();
                        self.after_n.d.next = self.start_after_n.val();
                        self.rem_end.d.next = !self.start_after_n.val().any();
                        self.piece_last_r.d.next = bit_cast::<14, 13>(self.piece_len.q.val()) == self.xfer_rem.q.val();
                        self.beat_lead.d.next = self.pos.q.val().get_bits::<3>(0);
                        self.beat_first.d.next = true;
                        if self.first_piece.q.val() {
                            self.acc_n.d.next = bit_cast::<5, 3>(self.pos.q.val().get_bits::<3>(0));
                        }
                        self.spare.d.next =
                            bit_cast::<6, 5>(self.acc_n.d.val()) - bit_cast::<6, 4>(self.piece_out_n.q.val());
                        self.first_piece.d.next = false;
                    }
                }
            }
            RxState::HPiece => {
                if !self.buf_small.val() && self.host_settled.q.val() {
                    self.piece_go.next = true;
                    self.dma_addr.d.next = self.buf_addr.q.val();
                    self.dma_len.d.next = self.piece_len.q.val();
                    self.out_rem.d.next = self.piece_out_rem.q.val();
                    self.out_n.d.next = self.piece_out_n.q.val();
                    self.after_n.d.next = self.start_after_n.val();
                    self.rem_end.d.next = !self.start_after_n.val().any();
                    self.piece_last_r.d.next = bit_cast::<14, 13>(self.piece_len.q.val()) == self.xfer_rem.q.val();
                    self.beat_lead.d.next = self.buf_addr.q.val().get_bits::<3>(0);
                    self.beat_first.d.next = true;
                    if self.first_piece.q.val() {
                        self.acc_n.d.next = bit_cast::<5, 3>(self.buf_addr.q.val().get_bits::<3>(0));
                    }
                    self.spare.d.next =
                        bit_cast::<6, 5>(self.acc_n.d.val()) - bit_cast::<6, 4>(self.piece_out_n.q.val());
                    self.first_piece.d.next = false;
                }
            }
            RxState::WrRun => {
                self.dmaw.strb.next =
                    (self.k_ones8.val() << self.beat_lead.q.val()) & !(self.k_ones8.val() << self.out_n.q.val());
                self.dmaw.last.next = self.rem_end.q.val();
                if !self.spare.q.val().get_bit(5) {
                    self.dmaw.valid.next = true;
                    self.out_fire.next = self.dmaw.ready.val();
                }
                if self.out_fire.val() {
                    self.left.next = bit_cast::<5, 6>(self.spare.q.val());
                }
                // `out_n` (4 bits) and `left` (when a word comes in) are 8 at most: the
                // accumulator's shifts take four bits, a multiplexer level fewer than five.
                // A word comes in if what stays after the beat (`left`) leaves it room.
                if !self.data_empty.val()
                    && self.feed_any.q.val()
                    && (self.acc_low.val() || (self.out_fire.val() && self.room_after_beat.val()))
                {
                    self.in_fire_now.next = true;
                }
                if self.out_fire.val() || self.in_fire_now.val() {
                    self.acc.d.next = self.acc.q.val();
                    if self.out_fire.val() {
                        self.acc.d.next = self.acc.q.val() >> (bit_cast::<7, 4>(self.out_n.q.val()) << 3);
                        self.beat_first.d.next = false;
                        self.beat_lead.d.next = 0.into();
                        self.out_rem.d.next = self.out_rem.q.val() - bit_cast::<14, 4>(self.out_n.q.val());
                        self.out_n.d.next = self.next_out_n.val();
                        self.after_n.d.next = self.beat_after_n.val();
                        self.rem_end.d.next = !self.beat_after_n.val().any();
                    }
                    if self.in_fire_now.val() {
                        self.acc.d.next = self.acc.d.val()
                            | (bit_cast::<128, 64>(self.in_bits.val())
                                << (bit_cast::<7, 4>(self.left.val().get_bits::<4>(0)) << 3));
                        self.feed_rem.d.next = self.fed.val();
                        self.feed_any.d.next = self.feed_rem.q.val() != bit_cast::<14, 5>(self.in_n.q.val());
                        self.in_n.d.next = 8.into();
                        if self.fed_small.val() {
                            self.in_n.d.next = bit_cast::<5, 3>(self.fed.val().get_bits::<3>(0));
                        }
                        self.drop.d.next = 0.into();
                        self.acc_n.d.next = self.left.val() + self.in_n.q.val();
                    } else {
                        self.acc_n.d.next = self.left.val();
                    }
                }
                self.piece_end_now.next = self.out_fire.val() && self.rem_end.q.val();
                if self.piece_end_now.val() {
                    self.xfer_rem.d.next = self.xfer_rem.q.val() - bit_cast::<14, 13>(self.dma_len.q.val());
                    self.cur_off.d.next = self.cur_off.q.val() + bit_cast::<49, 13>(self.dma_len.q.val());
                    self.pos.d.next = self.pos.q.val() + bit_cast::<49, 13>(self.dma_len.q.val());
                    self.buf_addr.d.next = self.buf_step.sum.val();
                    if !self.piece_last_r.q.val() && !self.host_r.q.val() && self.nx_hit_r.q.val() {
                        // The next piece, at the start of the next page, straight away (its
                        // first `out_n` is `next_out_n`'s).
                        self.dma_addr.d.next = bit_cast::<64, 52>(self.nx_frame.q.val()) << 12;
                        self.dma_len.d.next = self.nx_len.q.val();
                        self.out_rem.d.next = bit_cast::<14, 13>(self.nx_len.q.val());
                        self.piece_last_r.d.next = self.nx_last.q.val();
                        self.after_n.d.next = self.nx_after_n.val();
                        self.rem_end.d.next = !self.nx_after_n.val().any();
                        self.beat_lead.d.next = 0.into();
                        self.beat_first.d.next = true;
                    }
                }
                // `spare` takes its candidate through ANDs and ORs, not a multiplexer, so that
                // yosys' `share` does not put one adder behind the late `out_fire` and `in_fire`.
                if !self.out_fire.val() {
                    if self.in_fire_now.val() {
                        self.in_mask.next = self.k_ones6.val();
                    } else {
                        self.keep_mask.next = self.k_ones6.val();
                    }
                } else if self.in_fire_now.val() {
                    if self.nx_next.val() {
                        self.out_in_nx_mask.next = self.k_ones6.val();
                    } else {
                        self.out_in_mask.next = self.k_ones6.val();
                    }
                } else if self.nx_next.val() {
                    self.out_nx_mask.next = self.k_ones6.val();
                } else {
                    self.out_mask.next = self.k_ones6.val();
                }
                self.spare.d.next = (self.spare.q.val() & self.keep_mask.val())
                    | (self.spare_in.val() & self.in_mask.val())
                    | (self.spare_out.val() & self.out_mask.val())
                    | (self.spare_out_nx.val() & self.out_nx_mask.val())
                    | (self.spare_out_in.val() & self.out_in_mask.val())
                    | (self.spare_out_in_nx.val() & self.out_in_nx_mask.val());
            }
            RxState::HDescWait => {
                if self.addr_beat.val() {
                    self.buf_addr.d.next = self.desc_data.val();
                }
                if self.len_beat.val() {
                    self.xfer_rem.d.next = self.f_bytes.val();
                    self.feed_rem.d.next = self.f_bytes.val();
                    self.feed_any.d.next = self.f_bytes.val().any();
                    self.in_n.d.next = 8.into();
                    if self.f_bytes.val() < 8 {
                        self.in_n.d.next = bit_cast::<5, 14>(self.f_bytes.val());
                    }
                    self.drop.d.next = 0.into();
                    self.host_r.d.next = true;
                    self.first_piece.d.next = true;
                    // As in `Check`.
                    self.acc.d.next = 0.into();
                }
            }
            _ => {}
        }
        self.nx_fresh.d.next = (self.state.val() == RxState::WrRun) && !self.piece_end_now.val();
        // A commit may change the translation looked up ahead (as it empties the cache).
        if self.piece_end_now.val() || self.rt_we.val() || (self.state.val() != RxState::WrRun) {
            self.nx_hit_r.d.next = false;
        }
        self.in_fire.next = self.in_fire_now.val();
        self.piece_end.next = self.piece_end_now.val();
        self.piece_last.next = self.piece_last_r.q.val();
        self.host.next = self.host_r.q.val();
        self.nx_hit.next = self.nx_hit_r.q.val();
    }
}
