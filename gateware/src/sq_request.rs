//! The RDMA TX engine's requester side: SQ descriptors fetched and checked, frames sized and
//! their payload asked for (registers.md §4.2, docs/protocol.md §4).
//!
//! The [`SqPrefetch`] reads descriptors ahead; the **requester** takes and validates descriptors, re-checks context and source region
//!   before every frame (against its copies of the context and region tables), translates
//!   source pages through its [`PageCache`], reserves room in the assembler's frame FIFO and in
//!   the beat FIFO and issues the frame's payload reads without waiting for their data, and
//!   pushes one record (records.rs `sq_record`) per frame or per failed descriptor for the
//!   assembler ([`crate::sq_assemble`]).
//!
//! Descriptor fields are taken beat by beat (`DescWait`, records.rs `sq_desc`).

use rust_hdl::prelude::*;
use uzura_uapi::proto::{self, MAX_CONTEXTS, MAX_REGIONS};
use uzura_uapi::regs;
use uzura_uapi::ring::{self, SqError};
use uzura_uapi::wire::uzura::{FLAG_ACK_REQ, FLAG_LAST, OP_WRITE};

use crate::frame_fifo::{FRAME_FIFO_BITS, FRAME_FIFO_WORDS};
use crate::k;
use crate::page_cache::PageCache;
use crate::ports::DmaRead;
use crate::records::{context, header, region_tx, sq_desc, sq_record};
use crate::skid_fifo::SkidFifo;
use crate::sq_prefetch::SqPrefetch;

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum RqState {
    Idle,
    DescWait,
    Validate,
    Size,
    Frame,
    Step,
    Piece,
    Record,
}

type RecFifo = SynchronousFIFO<Bits<{ sq_record::BITS }>, 4, 5, 1>;
/// Payload beats in flight or waiting: 2,048 words (and two in the output registers). The
/// realigner reads its head from registers.
type BeatFifo = SkidFifo<Bits<64>, 11, 12, 1>;
const BEAT_FIFO_WORDS: u64 = 2047;

block! {
/// `ct_*`/`rt_*` write this engine's copies of the context table (with the peer's tag) and of
/// the region table (without keys); `desc_rd` reads descriptors, `list_rd` page lists (the
/// page cache's), `payload_rd` payload into the beat FIFO. `rec*` and `beat*` are the heads of
/// the record and beat FIFOs and their pops; `word_taken` a word leaving the frame FIFO.
pub struct SqRequester {
    pub clock: Signal<In, Clock>,
    pub enable: Signal<In, Bit>,
    /// Return to the reset state (the NIC's reset, with the engine idle).
    pub reset: Signal<In, Bit>,
    pub max_payload: Signal<In, Bits<14>>,
    pub station: Signal<In, Bits<48>>,
    pub sq_base: Signal<In, Bits<64>>,
    pub sq_log2: Signal<In, Bits<5>>,
    pub sq_tail: Signal<In, Bits<32>>,
    pub rt_we: Signal<In, Bit>,
    pub rt_waddr: Signal<In, Bits<10>>,
    pub rt_wdata: Signal<In, Bits<{ region_tx::BITS }>>,
    pub ct_we: Signal<In, Bit>,
    pub ct_waddr: Signal<In, Bits<6>>,
    pub ct_wdata: Signal<In, Bits<{ context::BITS }>>,
    pub desc_rd: DmaRead<Bits<64>>,
    /// Page-list entries, bits 63:12.
    pub list_rd: DmaRead<Bits<52>>,
    pub payload_rd: DmaRead<Bits<64>>,
    pub rec: Signal<Out, Bits<{ sq_record::BITS }>>,
    pub rec_empty: Signal<Out, Bit>,
    pub rec_read: Signal<In, Bit>,
    pub beat: Signal<Out, Bits<64>>,
    pub beat_empty: Signal<Out, Bit>,
    pub beat_read: Signal<In, Bit>,
    pub word_taken: Signal<In, Bit>,
    /// No descriptor under way, asked for or held, no record waiting.
    pub idle: Signal<Out, Bit>,

    ct_ram: RAM<Bits<{ context::BITS }>, 6>,
    rt_ram: RAM<Bits<{ region_tx::BITS }>, 10>,
    xl: PageCache,
    rec_fifo: RecFifo,
    beat_fifo: BeatFifo,
    prefetch: SqPrefetch,

    // Requester.
    rq: DFF<RqState>,
    fetch: DFF<Bits<32>>,
    desc_beat: DFF<Bits<3>>,
    d_ctx: DFF<Bits<16>>,
    d_flags: DFF<Bits<8>>,
    d_bad: DFF<Bit>,
    d_psn: DFF<Bits<32>>,
    d_len: DFF<Bits<32>>,
    d_src_region: DFF<Bits<16>>,
    d_dst_region: DFF<Bits<16>>,
    d_src_off: DFF<Bits<64>>,
    d_dst_off: DFF<Bits<64>>,
    d_key: DFF<Bits<64>>,
    d_index: DFF<Bits<32>>,
    payload: DFF<Bits<14>>,
    rem: DFF<Bits<32>>,
    /// The descriptor's end in its source region (`SRC_OFF + LEN`), summed in `Validate`: at
    /// every frame's checks `d_src_off + rem` equals it again, so the bounds check compares only.
    src_end: DFF<Bits<65>>,
    plen: DFF<Bits<14>>,
    piece_rem: DFF<Bits<14>>,
    rec_data: DFF<Bits<{ sq_record::BITS }>>,
    /// The record pushed (a local: rust-hdl's simulator reads a child's input as it was
    /// before this update).
    rec_in: Signal<Local, Bits<{ sq_record::BITS }>>,
    /// The next frame's checks and size, registered every cycle off settled inputs (the
    /// `Size` state lets them settle after `rem` changed).
    /// The checks, each its own register (in the order of registers.md §4.2) so that none
    /// runs on into another's; `err` encodes the first that failed where it is used.
    bad_ctx: DFF<Bit>,
    bad_region: DFF<Bit>,
    bad_bounds: DFF<Bit>,
    err: Signal<Local, Bits<3>>,
    /// The frame's FIFO words if it carries a whole payload, and if it carries the rest
    /// (`rem` is then below the payload): the smaller is the frame's, picked by the compare
    /// that picks `frame_len`, after the adders rather than before.
    payload_words: DFF<Bits<FRAME_FIFO_BITS>>,
    rem_words: Signal<Local, Bits<FRAME_FIFO_BITS>>,
    frame_len: DFF<Bits<14>>,
    frame_words: DFF<Bits<FRAME_FIFO_BITS>>,
    last: DFF<Bit>,
    /// The descriptor's context and source region entries, registered off the tables' RAMs,
    /// whose reads arrive late in the cycle: the checks, the page arithmetic and the headers
    /// start from these registers.
    ct: DFF<Bits<{ context::BITS }>>,
    rt: DFF<Bits<{ region_tx::BITS }>>,
    /// The source byte's position in the region's pages (first + offset), and the region's page
    /// count: registered off the region table RAM, whose read is slow.
    pos: DFF<Bits<49>>,
    xl_hit: DFF<Bit>,
    /// The cache's entry for the page: the batch in use's on its hit, else the next's.
    xl_frame: Signal<Local, Bits<52>>,
    pages: DFF<Bits<38>>,
    /// Cycles until a table commit has reached `rt`/`ct` and what is registered off them; the
    /// requester waits meanwhile.
    settle: DFF<Bits<2>>,
    room: Signal<Local, Bits<13>>,
    /// The next piece (the payload up to the end of its source page) and its bus beats,
    /// registered like `frame_len` (the `Step` state lets them settle).
    piece: DFF<Bits<13>>,
    piece_beats: DFF<Bits<12>>,
    page_beats: Signal<Local, Bits<12>>,
    rem_beats: Signal<Local, Bits<12>>,
    hdr: Signal<Local, Bits<{ header::BITS }>>,
    flags: Signal<Local, Bits<8>>,
    /// Words of the frame FIFO and beats of the beat FIFO reserved. Their frees count a cycle
    /// late (`took_*`), which only ever understates the room, so that the assembler's and the
    /// MAC's decisions do not run on into the requester's.
    out_used: DFF<Bits<FRAME_FIFO_BITS>>,
    frame_room: DFF<Bit>,
    beats_used: DFF<Bits<12>>,
    /// `out_used` and `beats_used` less the frees counted this cycle (locals: rust-hdl's
    /// simulator reads a flip-flop's input as it was before this update).
    out_left: Signal<Local, Bits<FRAME_FIFO_BITS>>,
    beats_left: Signal<Local, Bits<12>>,
    /// Room for the piece's beats, registered in `Piece` and acted on in its next cycle, as
    /// `frame_room` is, so that the add and compare do not run on into the request.
    beat_room: DFF<Bit>,
    took_word: DFF<Bit>,
    took_beat: DFF<Bit>,


    k_page: Constant<Bits<13>> = k(proto::PAGE_SIZE as u64),
    k_page_words: Constant<Bits<12>> = k(proto::PAGE_SIZE as u64 / 8),
    k_fifo_words: Constant<Bits<FRAME_FIFO_BITS>> = k(FRAME_FIFO_WORDS),
    k_beat_words: Constant<Bits<12>> = k(BEAT_FIFO_WORDS),
    k_contexts: Constant<Bits<16>> = k(MAX_CONTEXTS as u64),
    k_regions: Constant<Bits<16>> = k(MAX_REGIONS as u64),
    k_flags_known: Constant<Bits<8>> = k((ring::SQ_LAST | ring::SQ_ACK_REQ | ring::SQ_EVENT) as u64),
    k_sq_last: Constant<Bits<8>> = k(ring::SQ_LAST as u64),
    k_sq_ack_req: Constant<Bits<8>> = k(ring::SQ_ACK_REQ as u64),
    k_sq_event: Constant<Bits<8>> = k(ring::SQ_EVENT as u64),
    k_flag_last: Constant<Bits<8>> = k(FLAG_LAST as u64),
    k_flag_ack_req: Constant<Bits<8>> = k(FLAG_ACK_REQ as u64),
    k_rt_valid: Constant<Bits<3>> = k(regs::RT_FLAG_VALID as u64),
    k_rt_local: Constant<Bits<3>> = k(regs::RT_FLAG_LOCAL_READ as u64),
    k_err_malformed: Constant<Bits<3>> = k(SqError::Malformed as u64),
    k_err_ctx: Constant<Bits<3>> = k(SqError::Ctx as u64),
    k_err_region: Constant<Bits<3>> = k(SqError::Region as u64),
    k_err_bounds: Constant<Bits<3>> = k(SqError::Bounds as u64),
    k_ethertype: Constant<Bits<16>> = k(proto::ETHERTYPE as u64),
    k_ver_op: Constant<Bits<8>> = k(((proto::VERSION << 4) | OP_WRITE) as u64),
    k_headers: Constant<Bits<14>> = k(header::BYTES as u64),
    k_rec_last: Constant<Bits<{ sq_record::BITS }>> = Constant::new(sq_record::LAST.put(Bits::default(), 1)),
    k_rec_event: Constant<Bits<{ sq_record::BITS }>> = Constant::new(sq_record::EVENT.put(Bits::default(), 1)),
    at_context: context::At,
    at_region_tx: region_tx::At,
    at_header: header::At,
    at_sq_record: sq_record::At,
    at_sq_desc: sq_desc::At,
}
}

impl Logic for SqRequester {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            rq,
            fetch,
            desc_beat,
            d_ctx,
            d_flags,
            d_bad,
            d_psn,
            d_len,
            d_src_region,
            d_dst_region,
            d_src_off,
            d_dst_off,
            d_key,
            d_index,
            payload,
            rem,
            src_end,
            plen,
            piece_rem,
            rec_data,
            bad_ctx,
            bad_region,
            bad_bounds,
            payload_words,
            frame_len,
            frame_words,
            last,
            ct,
            rt,
            pos,
            xl_hit,
            pages,
            settle,
            piece,
            piece_beats,
            out_used,
            frame_room,
            beats_used,
            beat_room,
            took_word,
            took_beat
        );
        clock!(self, clock, xl, rec_fifo, beat_fifo, prefetch);
        self.prefetch.enable.next = self.enable.val();
        self.prefetch.reset.next = self.reset.val();
        self.prefetch.sq_base.next = self.sq_base.val();
        self.prefetch.sq_log2.next = self.sq_log2.val();
        self.prefetch.sq_tail.next = self.sq_tail.val();
        self.prefetch.fetch.next = self.fetch.q.val();
        self.prefetch.rq_idle.next = self.rq.q.val() == RqState::Idle;
        self.prefetch.take.next = false;
        DmaRead::<Bits<64>>::link(&mut self.desc_rd, &mut self.prefetch.desc_rd);
        self.ct_ram.read_clock.next = self.clock.val();
        self.ct_ram.write_clock.next = self.clock.val();
        self.rt_ram.read_clock.next = self.clock.val();
        self.rt_ram.write_clock.next = self.clock.val();
        self.ct_ram.write_enable.next = self.ct_we.val();
        self.ct_ram.write_address.next = self.ct_waddr.val();
        self.ct_ram.write_data.next = self.ct_wdata.val();
        self.rt_ram.write_enable.next = self.rt_we.val();
        self.rt_ram.write_address.next = self.rt_waddr.val();
        self.rt_ram.write_data.next = self.rt_wdata.val();
        self.ct_ram.read_address.next = self.d_ctx.q.val().get_bits::<6>(0);
        self.rt_ram.read_address.next = self.d_src_region.q.val().get_bits::<10>(0);
        self.ct.d.next = self.ct_ram.read_data.val();
        self.rt.d.next = self.rt_ram.read_data.val();

        // ---- requester ------------------------------------------------------------------------
        // The descriptor's checks (registers.md §4.2), in order; 0 if it may send.
        self.bad_ctx.d.next = (self.d_ctx.q.val() >= self.k_contexts.val())
            || !self.ct.q.val().get_bit(self.at_context.valid.val().index());
        self.bad_region.d.next = (self.d_src_region.q.val() >= self.k_regions.val())
            || !(self.rt.q.val().get_bits::<{ region_tx::FLAGS.width }>(self.at_region_tx.flags.val().index())
                & self.k_rt_valid.val())
            .any()
            || !(self.rt.q.val().get_bits::<{ region_tx::FLAGS.width }>(self.at_region_tx.flags.val().index())
                & self.k_rt_local.val())
            .any()
            || (self.rt.q.val().get_bits::<{ region_tx::PD.width }>(self.at_region_tx.pd.val().index())
                != self.ct.q.val().get_bits::<{ context::PD.width }>(self.at_context.pd.val().index()));
        self.bad_bounds.d.next = self.src_end.q.val()
            > bit_cast::<65, { region_tx::LEN.width }>(
                self.rt.q.val().get_bits::<{ region_tx::LEN.width }>(self.at_region_tx.len.val().index()),
            );
        self.err.next = self.k_err_bounds.val();
        if self.bad_ctx.q.val() {
            self.err.next = self.k_err_ctx.val();
        } else if self.bad_region.q.val() {
            self.err.next = self.k_err_region.val();
        }
        self.payload_words.d.next =
            bit_cast::<FRAME_FIFO_BITS, 14>((self.k_headers.val() + self.payload.q.val() + 7) >> 3);
        self.rem_words.next =
            bit_cast::<FRAME_FIFO_BITS, 14>((self.k_headers.val() + self.rem.q.val().get_bits::<14>(0) + 7) >> 3);
        self.frame_len.d.next = self.payload.q.val();
        self.frame_words.d.next = self.payload_words.q.val();
        if self.rem.q.val() < bit_cast::<32, 14>(self.payload.q.val()) {
            self.frame_len.d.next = bit_cast::<14, 32>(self.rem.q.val());
            self.frame_words.d.next = self.rem_words.val();
        }
        self.last.d.next = self.rem.q.val() <= bit_cast::<32, 14>(self.payload.q.val());
        // A piece moves `pos` on by itself (below); otherwise it follows the region table.
        self.pos.d.next = bit_cast::<49, 12>(
            self.rt.q.val().get_bits::<{ region_tx::FIRST.width }>(self.at_region_tx.first.val().index()),
        ) + bit_cast::<49, 64>(self.d_src_off.q.val());
        self.pages.d.next = bit_cast::<38, 49>(
            (self.rt.q.val().get_bits::<{ region_tx::LEN.width }>(self.at_region_tx.len.val().index())
                + bit_cast::<49, 12>(
                    self.rt.q.val().get_bits::<{ region_tx::FIRST.width }>(self.at_region_tx.first.val().index()),
                )
                + 4095)
                >> 12,
        );
        // A commit reaches the RAMs' outputs two edges later, `ct` and `rt` three, and the
        // registers off them four.
        if self.rt_we.val() || self.ct_we.val() {
            self.settle.d.next = 3.into();
        } else if self.settle.q.val().any() {
            self.settle.d.next = self.settle.q.val() - 1;
        }
        self.room.next = self.k_page.val() - bit_cast::<13, 12>(self.pos.q.val().get_bits::<12>(0));
        self.piece.d.next = self.room.val();
        if bit_cast::<14, 13>(self.room.val()) > self.piece_rem.q.val() {
            self.piece.d.next = bit_cast::<13, 14>(self.piece_rem.q.val());
        }
        // ceil((min(room, piece_rem) + pos % 8) / 8) as the smaller of the two ceilings, so the
        // adders run beside the compare rather than after it; the page end's ceiling is
        // just the words left in the page.
        self.page_beats.next = self.k_page_words.val() - bit_cast::<12, 9>(self.pos.q.val().get_bits::<9>(3));
        self.rem_beats.next = bit_cast::<12, 15>(
            (bit_cast::<15, 14>(self.piece_rem.q.val()) + bit_cast::<15, 3>(self.pos.q.val().get_bits::<3>(0)) + 7)
                >> 3,
        );
        self.piece_beats.d.next = self.page_beats.val();
        if self.page_beats.val() > self.rem_beats.val() {
            self.piece_beats.d.next = self.rem_beats.val();
        }
        self.flags.next = 0.into();
        if self.last.q.val() {
            if (self.d_flags.q.val() & self.k_sq_last.val()).any() {
                self.flags.next = self.flags.val() | self.k_flag_last.val();
            }
            if (self.d_flags.q.val() & self.k_sq_ack_req.val()).any() {
                self.flags.next = self.flags.val() | self.k_flag_ack_req.val();
            }
        }
        // The frame's headers, big-endian, byte 0 at the top (the layout of rx.rs).
        self.hdr.next =
            (bit_cast::<{ header::BITS }, { context::PEER_MAC.width }>(
                self.ct.q.val().get_bits::<{ context::PEER_MAC.width }>(self.at_context.peer_mac.val().index()),
            ) << self.at_header.dst.val())
                | (bit_cast::<{ header::BITS }, 48>(self.station.val()) << self.at_header.src.val())
                | (bit_cast::<{ header::BITS }, 16>(self.k_ethertype.val()) << self.at_header.ethertype.val())
                | (bit_cast::<{ header::BITS }, 8>(self.k_ver_op.val()) << self.at_header.ver_op.val())
                | (bit_cast::<{ header::BITS }, 8>(self.flags.val()) << self.at_header.flags.val())
                | (bit_cast::<{ header::BITS }, 14>(self.frame_len.q.val()) << self.at_header.length.val())
                | (bit_cast::<{ header::BITS }, { context::PEER_CTX.width }>(self.ct.q.val().get_bits::<{
                    context::PEER_CTX.width
                }>(
                    self.at_context.peer_ctx.val().index(),
                )) << self.at_header.dst_ctx.val())
                | (bit_cast::<{ header::BITS }, 16>(self.d_ctx.q.val()) << self.at_header.src_ctx.val())
                | (bit_cast::<{ header::BITS }, { context::TAG.width }>(
                    self.ct.q.val().get_bits::<{ context::TAG.width }>(self.at_context.tag.val().index()),
                ) << self.at_header.dst_tag.val())
                | (bit_cast::<{ header::BITS }, 32>(self.d_psn.q.val()) << self.at_header.psn.val())
                | (bit_cast::<{ header::BITS }, 64>(self.d_key.q.val()) << self.at_header.key.val())
                | (bit_cast::<{ header::BITS }, 16>(self.d_dst_region.q.val()) << self.at_header.region.val())
                | (bit_cast::<{ header::BITS }, { header::OFFSET.width }>(
                    self.d_dst_off.q.val().get_bits::<{ header::OFFSET.width }>(0),
                ) << self.at_header.offset.val());

        // The lookup starts in `Step`, and `Piece` acts on its registered answer (`xl_hit`), so
        // that the cache's compares do not run on into the request and what it updates.
        self.xl.lookup.next =
            ((self.rq.q.val() == RqState::Step) || (self.rq.q.val() == RqState::Piece)) && !self.settle.q.val().any();
        self.xl_hit.d.next = self.xl.lookup.val() && (self.xl.hit_cur.val() || self.xl.hit_next.val());
        self.xl_frame.next = self.xl.frame_next.val();
        if self.xl.hit_cur.val() {
            self.xl_frame.next = self.xl.frame_cur.val();
        }
        self.xl.region.next = self.d_src_region.q.val().get_bits::<10>(0);
        self.xl.page.next = self.pos.q.val().get_bits::<37>(12);
        self.xl.pl.next = self.rt.q.val().get_bits::<{ region_tx::PL.width }>(self.at_region_tx.pl.val().index());
        self.xl.pages.next = self.pages.q.val();
        self.xl.invalidate.next = self.rt_we.val();
        DmaRead::<Bits<52>>::link(&mut self.list_rd, &mut self.xl.rd);
        self.payload_rd.req.next = false;
        self.payload_rd.addr.next =
            (bit_cast::<64, 52>(self.xl_frame.val()) << 12) | bit_cast::<64, 12>(self.pos.q.val().get_bits::<12>(0));
        self.payload_rd.len.next = self.piece.q.val();
        self.rec_fifo.write.next = false;
        self.rec_in.next = self.rec_data.q.val();
        // Room for the frame, registered in `Frame` and acted on in its next cycle (frees since
        // only add room; nothing else reserves it).
        self.frame_room.d.next = (self.rq.q.val() == RqState::Frame)
            && ((self.out_used.q.val() + self.frame_words.q.val()) <= self.k_fifo_words.val());
        self.beat_room.d.next = (self.rq.q.val() == RqState::Piece)
            && ((self.beats_used.q.val() + self.piece_beats.q.val()) <= self.k_beat_words.val());
        self.took_word.d.next = self.word_taken.val();
        self.took_beat.d.next = self.beat_fifo.read.val();
        self.out_left.next = self.out_used.q.val();
        if self.took_word.q.val() {
            self.out_left.next = self.out_used.q.val() - 1;
        }
        self.out_used.d.next = self.out_left.val();
        self.beats_left.next = self.beats_used.q.val();
        if self.took_beat.q.val() {
            self.beats_left.next = self.beats_used.q.val() - 1;
        }
        self.beats_used.d.next = self.beats_left.val();

        match self.rq.q.val() {
            RqState::Idle => {
                // The descriptor at `fetch` has been asked for (it is below `TAIL`).
                if self.enable.val()
                    && !self.prefetch.flushing.val()
                    && self.prefetch.ahead.val()
                    && !self.rec_fifo.full.val()
                {
                    self.d_index.d.next = self.fetch.q.val();
                    self.desc_beat.d.next = 0.into();
                    self.d_bad.d.next = false;
                    self.rq.d.next = RqState::DescWait;
                }
            }
            RqState::DescWait => {
                if !self.prefetch.desc_empty.val() {
                    self.prefetch.take.next = true;
                    self.desc_beat.d.next = self.desc_beat.q.val() + 1;
                    if self.desc_beat.q.val() == 0 {
                        self.d_ctx.d.next = self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::CTX.width }>(self.at_sq_desc.ctx.val().index());
                        self.d_flags.d.next = self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::FLAGS.width }>(self.at_sq_desc.flags.val().index());
                        self.d_psn.d.next = self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::FIRST_PSN.width }>(self.at_sq_desc.first_psn.val().index());
                        if self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::RESERVED.width }>(self.at_sq_desc.reserved.val().index())
                            .any()
                            || (self
                                .prefetch
                                .desc
                                .val()
                                .get_bits::<{ sq_desc::FLAGS.width }>(self.at_sq_desc.flags.val().index())
                                & !self.k_flags_known.val())
                            .any()
                        {
                            self.d_bad.d.next = true;
                        }
                    } else if self.desc_beat.q.val() == 1 {
                        self.d_len.d.next = self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::LEN.width }>(self.at_sq_desc.len.val().index());
                        self.d_src_region.d.next = self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::SRC_REGION.width }>(self.at_sq_desc.src_region.val().index());
                        self.d_dst_region.d.next = self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::DST_REGION.width }>(self.at_sq_desc.dst_region.val().index());
                        if !self
                            .prefetch
                            .desc
                            .val()
                            .get_bits::<{ sq_desc::LEN.width }>(self.at_sq_desc.len.val().index())
                            .any()
                        {
                            self.d_bad.d.next = true;
                        }
                    } else if self.desc_beat.q.val() == 2 {
                        self.d_src_off.d.next = self.prefetch.desc.val();
                    } else if self.desc_beat.q.val() == 3 {
                        self.d_dst_off.d.next = self.prefetch.desc.val();
                    } else if self.desc_beat.q.val() == 4 {
                        self.d_key.d.next = self.prefetch.desc.val();
                    } else {
                        if self.prefetch.desc.val().any() {
                            self.d_bad.d.next = true;
                        }
                        if self.desc_beat.q.val() == 7 {
                            self.payload.d.next = self.max_payload.val();
                            self.rq.d.next = RqState::Validate;
                        }
                    }
                }
            }
            RqState::Validate => {
                // `ct` and `rt` have shown the descriptor's context and region for a few of its eight beats.
                self.rem.d.next = self.d_len.q.val();
                self.src_end.d.next =
                    bit_cast::<65, 64>(self.d_src_off.q.val()) + bit_cast::<65, 32>(self.d_len.q.val());
                self.rec_data.d.next = (bit_cast::<{ sq_record::BITS }, 32>(self.d_index.q.val())
                    << self.at_sq_record.index.val())
                    | (bit_cast::<{ sq_record::BITS }, 16>(self.d_ctx.q.val()) << self.at_sq_record.ctx.val());
                if self.d_bad.q.val() {
                    self.rec_data.d.next = (bit_cast::<{ sq_record::BITS }, 3>(self.k_err_malformed.val())
                        << self.at_sq_record.error.val())
                        | (bit_cast::<{ sq_record::BITS }, 32>(self.d_index.q.val()) << self.at_sq_record.index.val())
                        | (bit_cast::<{ sq_record::BITS }, 16>(self.d_ctx.q.val()) << self.at_sq_record.ctx.val());
                    self.rq.d.next = RqState::Record;
                } else {
                    self.rq.d.next = RqState::Size;
                }
            }
            RqState::Size => {
                self.rq.d.next = RqState::Frame;
            }
            RqState::Step => {
                self.rq.d.next = RqState::Piece;
            }
            RqState::Frame => {
                // Checks again before every frame; then room for the whole frame. The record
                // is made whether or not it is written, so that it does not wait for the room.
                self.rec_in.next = (bit_cast::<{ sq_record::BITS }, { header::BITS }>(self.hdr.val())
                    << self.at_sq_record.header.val())
                    | (bit_cast::<{ sq_record::BITS }, 14>(self.frame_len.q.val()) << self.at_sq_record.payload.val())
                    | (bit_cast::<{ sq_record::BITS }, 3>(self.pos.q.val().get_bits::<3>(0))
                        << self.at_sq_record.lane.val())
                    | (bit_cast::<{ sq_record::BITS }, 32>(self.d_index.q.val()) << self.at_sq_record.index.val())
                    | (bit_cast::<{ sq_record::BITS }, 16>(self.d_ctx.q.val()) << self.at_sq_record.ctx.val());
                if self.last.q.val() {
                    self.rec_in.next = self.rec_in.val() | self.k_rec_last.val();
                    if (self.d_flags.q.val() & self.k_sq_event.val()).any() {
                        self.rec_in.next = self.rec_in.val() | self.k_rec_event.val();
                    }
                }
                if self.settle.q.val().any() {
                    // A table commit is still on its way.
                } else if self.bad_ctx.q.val() || self.bad_region.q.val() || self.bad_bounds.q.val() {
                    self.rec_data.d.next = (bit_cast::<{ sq_record::BITS }, 3>(self.err.val())
                        << self.at_sq_record.error.val())
                        | (bit_cast::<{ sq_record::BITS }, 32>(self.d_index.q.val()) << self.at_sq_record.index.val())
                        | (bit_cast::<{ sq_record::BITS }, 16>(self.d_ctx.q.val()) << self.at_sq_record.ctx.val());
                    self.rq.d.next = RqState::Record;
                } else if !self.rec_fifo.full.val() && self.frame_room.q.val() {
                    self.rec_fifo.write.next = true;
                    self.out_used.d.next = self.out_left.val() + self.frame_words.q.val();
                    self.plen.d.next = self.frame_len.q.val();
                    self.piece_rem.d.next = self.frame_len.q.val();
                    self.rq.d.next = RqState::Step;
                }
            }
            RqState::Piece => {
                if self.xl_hit.q.val() && !self.settle.q.val().any() {
                    if self.beat_room.q.val() {
                        self.payload_rd.req.next = true;
                        if self.payload_rd.ready.val() {
                            self.beats_used.d.next = self.beats_left.val() + self.piece_beats.q.val();
                            self.piece_rem.d.next = self.piece_rem.q.val() - bit_cast::<14, 13>(self.piece.q.val());
                            self.d_src_off.d.next = self.d_src_off.q.val() + bit_cast::<64, 13>(self.piece.q.val());
                            self.pos.d.next = self.pos.q.val() + bit_cast::<49, 13>(self.piece.q.val());
                            self.rq.d.next = RqState::Step;
                            if bit_cast::<14, 13>(self.piece.q.val()) == self.piece_rem.q.val() {
                                // The frame is requested: on to the next.
                                self.rem.d.next = self.rem.q.val() - bit_cast::<32, 14>(self.plen.q.val());
                                self.d_dst_off.d.next = self.d_dst_off.q.val() + bit_cast::<64, 14>(self.plen.q.val());
                                self.d_psn.d.next = self.d_psn.q.val() + 1;
                                self.rq.d.next = RqState::Size;
                                if self.rem.q.val() == bit_cast::<32, 14>(self.plen.q.val()) {
                                    self.fetch.d.next = self.fetch.q.val() + 1;
                                    self.rq.d.next = RqState::Idle;
                                }
                            }
                        }
                    }
                }
            }
            RqState::Record => {
                if !self.rec_fifo.full.val() {
                    self.rec_fifo.write.next = true;
                    self.fetch.d.next = self.fetch.q.val() + 1;
                    self.rq.d.next = RqState::Idle;
                }
            }
            _ => {
                self.rq.d.next = RqState::Idle;
            }
        }

        self.rec_fifo.data_in.next = self.rec_in.val();
        self.beat_fifo.write.next = self.payload_rd.beat.val();
        self.beat_fifo.data_in.next = self.payload_rd.data.val();
        self.beat_fifo.read.next = self.beat_read.val();
        self.beat.next = self.beat_fifo.data_out.val();
        self.beat_empty.next = self.beat_fifo.empty.val();
        self.rec_fifo.read.next = self.rec_read.val();
        self.rec.next = self.rec_fifo.data_out.val();
        self.rec_empty.next = self.rec_fifo.empty.val();
        self.idle.next = (self.rq.q.val() == RqState::Idle) && self.rec_fifo.empty.val() && self.prefetch.idle.val();
        if self.reset.val() {
            self.rq.d.next = RqState::Idle;
            self.fetch.d.next = 0.into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::VecDeque;
    use uzura_uapi::ring::{sq_desc as bytes, SqDesc};

    use crate::records::Field;

    const STATION: u64 = 0x0211_2233_4455;
    const PEER: u64 = 0x0266_7788_99AA;
    const PD: u64 = 4;
    const PL: u64 = 0x30_0000;
    const REGION_LEN: u64 = 64 << 12;
    const SQ_BASE: u64 = 0x50_0000;
    const PAYLOAD: u64 = 1024;
    const LATENCY: u64 = 12;

    /// A descriptor, its context valid, its region's flags and PD, the error expected.
    type Case = ([u8; SqDesc::LEN], bool, u64, u64, Option<SqError>);

    fn desc() -> SqDesc {
        SqDesc {
            ctx: 2,
            flags: ring::SQ_LAST,
            first_psn: 500,
            len: 2500,
            src_region: 9,
            dst_region: 1,
            src_offset: 100,
            dst_offset: 0x7000,
            dst_key: 0xABCD,
        }
    }

    /// Each descriptor's first failing check of registers.md §4.2, in its order, decides the
    /// `SqError` its record carries (and no frame is sent for it); a good descriptor becomes
    /// frames of at most `MAX_PAYLOAD` bytes with consecutive PSNs, the last one LAST.
    #[test]
    fn checks_descriptors_in_order() {
        let valid_rt = (regs::RT_FLAG_VALID | regs::RT_FLAG_LOCAL_READ) as u64;
        let mut unknown_flag = desc().encode();
        unknown_flag[bytes::FLAGS] = 0x80;
        let mut reserved = desc().encode();
        reserved[bytes::RESERVED] = 1;
        let mut reserved_tail = desc().encode();
        reserved_tail[63] = 1;
        let d = desc();
        let cases: Vec<Case> = vec![
            (d.encode(), true, valid_rt, PD, None),
            (unknown_flag, true, valid_rt, PD, Some(SqError::Malformed)),
            (reserved, true, valid_rt, PD, Some(SqError::Malformed)),
            (reserved_tail, true, valid_rt, PD, Some(SqError::Malformed)),
            (SqDesc { len: 0, ..d }.encode(), true, valid_rt, PD, Some(SqError::Malformed)),
            (SqDesc { len: 0, ctx: 64, ..d }.encode(), true, valid_rt, PD, Some(SqError::Malformed)),
            (SqDesc { ctx: 64, ..d }.encode(), true, valid_rt, PD, Some(SqError::Ctx)),
            (d.encode(), false, valid_rt, PD, Some(SqError::Ctx)),
            (d.encode(), false, 0, PD, Some(SqError::Ctx)),
            (SqDesc { src_region: 1024, ..d }.encode(), true, valid_rt, PD, Some(SqError::Region)),
            (d.encode(), true, regs::RT_FLAG_LOCAL_READ as u64, PD, Some(SqError::Region)),
            (d.encode(), true, regs::RT_FLAG_VALID as u64, PD, Some(SqError::Region)),
            (d.encode(), true, valid_rt, PD + 1, Some(SqError::Region)),
            (SqDesc { src_offset: REGION_LEN, ..d }.encode(), true, 0, PD, Some(SqError::Region)),
            (SqDesc { src_offset: REGION_LEN - 2499, ..d }.encode(), true, valid_rt, PD, Some(SqError::Bounds)),
            (SqDesc { src_offset: REGION_LEN - 2500, first_psn: u32::MAX, ..d }.encode(), true, valid_rt, PD, None),
        ];
        let mut uut = SqRequester::default();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<SqRequester>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut sim: Sim<SqRequester>| {
            let mut x = sim.init()?;
            x.max_payload.next = PAYLOAD.into();
            x.station.next = STATION.into();
            x.sq_base.next = SQ_BASE.into();
            x.sq_log2.next = 6.into();
            let mut cycle = 0u64;
            // Reads asked for and not yet answered, and the beats of the one being answered.
            let mut desc_reads: VecDeque<(u64, usize)> = VecDeque::new();
            let mut list_reads: VecDeque<(u64, u64, u64)> = VecDeque::new();
            let mut beats: VecDeque<(bool, u64)> = VecDeque::new();
            for (index, &(raw, ct_valid, rt_flags, rt_pd, error)) in cases.iter().enumerate() {
                let d = SqDesc::decode(&raw).unwrap_or_else(|| SqDesc { ctx: SqDesc::ctx_of(&raw), ..desc() });
                // The tables: the descriptor's context and source region as registered.
                let ct = [
                    (context::PEER_MAC, PEER),
                    (context::PEER_CTX, 3),
                    (context::TAG, 0x99),
                    (context::PD, PD),
                    (context::VALID, ct_valid as u64),
                ]
                .iter()
                .fold(Bits::<{ context::BITS }>::default(), |r, &(f, v)| f.put(r, v));
                let rt = [
                    (region_tx::LEN, REGION_LEN),
                    (region_tx::PL, PL),
                    (region_tx::FIRST, 0),
                    (region_tx::PD, rt_pd),
                    (region_tx::FLAGS, rt_flags),
                ]
                .iter()
                .fold(Bits::<{ region_tx::BITS }>::default(), |r, &(f, v)| f.put(r, v));
                x.ct_we.next = true;
                x.ct_waddr.next = (d.ctx as u64 & 63).into();
                x.ct_wdata.next = ct;
                x.rt_we.next = true;
                x.rt_waddr.next = (d.src_region as u64 & 1023).into();
                x.rt_wdata.next = rt;
                // The bus takes no request meanwhile.
                x.desc_rd.ready.next = false;
                x.list_rd.ready.next = false;
                x.payload_rd.ready.next = false;
                x.desc_rd.beat.next = false;
                x.list_rd.beat.next = false;
                wait_clock_cycle!(sim, clock, x);
                x.ct_we.next = false;
                x.rt_we.next = false;
                // The host posts the descriptor.
                x.enable.next = true;
                x.sq_tail.next = (index as u64 + 1).into();
                let frames = if error.is_some() { 0 } else { (d.len as u64).div_ceil(PAYLOAD) };
                let (mut records, mut payload_reads) = (Vec::new(), 0u64);
                // Until the records are in and the requester is back between descriptors.
                let mut settled = 0;
                while ((records.len() as u64) < frames.max(1) || settled < 8) && cycle < 100_000 {
                    cycle += 1;
                    // The bus: a descriptor's eight beats, or a page list's entries, `LATENCY`
                    // cycles after the request.
                    x.desc_rd.ready.next = true;
                    x.list_rd.ready.next = true;
                    x.payload_rd.ready.next = true;
                    x.desc_rd.beat.next = false;
                    x.list_rd.beat.next = false;
                    x.payload_rd.beat.next = false;
                    if beats.is_empty() {
                        if let Some(&(due, _)) = desc_reads.front() {
                            if due <= cycle {
                                let (_, i) = desc_reads.pop_front().unwrap();
                                beats.extend(
                                    cases[i].0.chunks(8).map(|b| (true, u64::from_le_bytes(b.try_into().unwrap()))),
                                );
                            }
                        } else if let Some(&(due, first, n)) = list_reads.front() {
                            if due <= cycle {
                                list_reads.pop_front();
                                beats.extend((first..first + n).map(|i| (false, 0x700 + i)));
                            }
                        }
                    }
                    if let Some((to_desc, data)) = beats.pop_front() {
                        if to_desc {
                            x.desc_rd.beat.next = true;
                            x.desc_rd.data.next = data.into();
                        } else {
                            x.list_rd.beat.next = true;
                            x.list_rd.data.next = data.into();
                        }
                    }
                    x.rec_read.next = false;
                    x.beat_read.next = false;
                    x = sim.wait(1, x)?;
                    if x.desc_rd.req.val() {
                        let addr = x.desc_rd.addr.val().to_u64();
                        sim_assert_eq!(sim, addr, SQ_BASE + SqDesc::LEN as u64 * index as u64, x);
                        desc_reads.push_back((cycle + LATENCY, index));
                    }
                    if x.list_rd.req.val() {
                        let (addr, len) = (x.list_rd.addr.val().to_u64(), x.list_rd.len.val().index() as u64);
                        list_reads.push_back((cycle + LATENCY, (addr - PL) / 8, len / 8));
                    }
                    if x.payload_rd.req.val() {
                        // The payload's reads: at the translated bus page, inside the region.
                        let addr = x.payload_rd.addr.val().to_u64();
                        sim_assert!(sim, error.is_none(), x);
                        sim_assert_eq!(sim, addr >> 12, 0x700 + ((d.src_offset + payload_reads) >> 12), x);
                        payload_reads += x.payload_rd.len.val().index() as u64;
                    }
                    if !x.rec_empty.val() {
                        x.rec_read.next = true;
                        records.push(x.rec.val());
                    }
                    settled = if x.idle.val() { settled + 1 } else { 0 };
                    wait_clock_cycle!(sim, clock, x);
                }
                sim_assert_eq!(sim, records.len() as u64, frames.max(1), x);
                let field = |r: Bits<{ sq_record::BITS }>, f: Field| f.get(r);
                for (k, &r) in records.iter().enumerate() {
                    sim_assert_eq!(sim, field(r, sq_record::INDEX), index as u64, x);
                    sim_assert_eq!(sim, field(r, sq_record::CTX), d.ctx as u64, x);
                    sim_assert_eq!(sim, field(r, sq_record::ERROR), error.map_or(0, |e| e as u64), x);
                    if error.is_none() {
                        let len = PAYLOAD.min(d.len as u64 - PAYLOAD * k as u64);
                        let last = k as u64 + 1 == frames;
                        sim_assert_eq!(sim, field(r, sq_record::PAYLOAD), len, x);
                        sim_assert_eq!(sim, field(r, sq_record::LAST), last as u64, x);
                        sim_assert_eq!(sim, field(r, header::PSN), d.first_psn.wrapping_add(k as u32) as u64, x);
                        sim_assert_eq!(sim, field(r, header::LENGTH), len, x);
                        sim_assert_eq!(sim, field(r, header::DST), PEER, x);
                        sim_assert_eq!(sim, field(r, header::SRC), STATION, x);
                        sim_assert_eq!(sim, field(r, header::OFFSET), d.dst_offset + PAYLOAD * k as u64, x);
                        sim_assert_eq!(sim, field(r, header::FLAGS), if last { FLAG_LAST as u64 } else { 0 }, x);
                    }
                }
                sim_assert_eq!(sim, payload_reads, if error.is_none() { d.len as u64 } else { 0 }, x);
            }
            sim.done(x)
        });
        sim.run(Box::new(uut), 10_000_000).unwrap();
    }
}
