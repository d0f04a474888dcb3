//! The RDMA TX engine's assembler: WRITE frames built from the requester's records, in order.
//! For a frame it writes the header words into the frame FIFO, then the payload beats (which
//! arrive in request order into the requester's beat FIFO), realigned from bus lanes to frame
//! byte 46; once a descriptor's last frame is written it advances `HEAD` and posts
//! `EV_SQ_DONE` if asked. A failed descriptor's record becomes `EV_SQ_ERROR` in its turn, so
//! `HEAD` and events stay in descriptor order.

use rust_hdl::prelude::*;
use uzura_uapi::ring;

use crate::byte_reverse::ByteReverse;
use crate::frame_fifo::FrameFifo;
use crate::k;
use crate::ports::EventRequest;
use crate::realigner::Realigner;
use crate::records::{header, sq_record};

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum AsState {
    Idle,
    Header,
    Body,
    Event,
}

block! {
/// `rec*`, `beat*`: the heads of the requester's record and beat FIFOs and their pops;
/// `word_taken`: a word left the frame FIFO (the requester's reservation shrinks); `tx_*` the
/// stream to the MAC.
pub struct SqAssembler {
    pub clock: Signal<In, Clock>,
    /// Return to the reset state (the NIC's reset, with the engine idle).
    pub reset: Signal<In, Bit>,
    pub rec: Signal<In, Bits<{ sq_record::BITS }>>,
    pub rec_empty: Signal<In, Bit>,
    pub rec_read: Signal<Out, Bit>,
    pub beat: Signal<In, Bits<64>>,
    pub beat_empty: Signal<In, Bit>,
    pub beat_read: Signal<Out, Bit>,
    pub word_taken: Signal<Out, Bit>,
    pub event: EventRequest,
    pub tx_data: Signal<Out, Bits<64>>,
    pub tx_keep: Signal<Out, Bits<8>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_last: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    pub tx_sent: Signal<Out, Bit>,
    pub sq_head: Signal<Out, Bits<32>>,
    pub c_sq_errors: Signal<Out, Bits<32>>,
    /// Between frames, the frame FIFO empty.
    pub idle: Signal<Out, Bit>,

    out: FrameFifo,
    align: Realigner,
    reverse: ByteReverse,
    /// The header's last bytes, byte-reversed into lanes: the realigner's prefix, ready from
    /// the record so that the payload starts with the last header word.
    reverse_last: ByteReverse,
    asm: DFF<AsState>,
    head: DFF<Bits<32>>,
    cur: DFF<Bits<{ sq_record::BITS }>>,
    widx: DFF<Bits<3>>,
    errors: DFF<Bits<32>>,
    chunk: Signal<Local, Bits<64>>,
    rev: Signal<Local, Bits<64>>,
    last_chunk: Signal<Local, Bits<64>>,

    k_ones8: Constant<Bits<8>> = k(0xFF),
    k_ev_done: Constant<Bits<8>> = k(ring::EV_SQ_DONE as u64),
    k_ev_error: Constant<Bits<8>> = k(ring::EV_SQ_ERROR as u64),
    /// The bit of a frame word at which the headers' last bytes start, and their lanes once
    /// byte-reversed.
    k_last_bytes_lane: Constant<Bits<7>> = k((64 - header::LAST_BYTES.width) as u64),
    k_last_bytes_n: Constant<Bits<4>> = k((header::LAST_BYTES.width / 8) as u64),
    k_last_bytes: Constant<Bits<64>> = k(u64::MAX >> (64 - header::LAST_BYTES.width)),
    at_header: header::At,
    at_sq_record: sq_record::At,
}
}

impl Logic for SqAssembler {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, asm, head, cur, widx, errors);
        clock!(self, clock, out, align);
        self.rec_read.next = false;
        self.event.req.next = false;
        self.event.kind.next = self.k_ev_done.val();
        self.event.ctx.next =
            self.cur.q.val().get_bits::<{ sq_record::CTX.width }>(self.at_sq_record.ctx.val().index());
        self.event.a.next =
            self.cur.q.val().get_bits::<{ sq_record::INDEX.width }>(self.at_sq_record.index.val().index());
        self.event.b.next = 0.into();
        if self.cur.q.val().get_bits::<{ sq_record::ERROR.width }>(self.at_sq_record.error.val().index()).any() {
            self.event.kind.next = self.k_ev_error.val();
            self.event.b.next = bit_cast::<32, { sq_record::ERROR.width }>(
                self.cur.q.val().get_bits::<{ sq_record::ERROR.width }>(self.at_sq_record.error.val().index()),
            );
        }
        // Header word `widx` (frame bytes 8 widx .. 8 widx + 8) from the big-endian header, and
        // its last six bytes, byte-reversed into lanes.
        self.chunk.next =
            self.cur.q.val().get_bits::<64>(self.at_header.first_word.val().index() - (self.widx.q.val().index() << 6));
        self.reverse.word.next = self.chunk.val();
        self.rev.next = self.reverse.reversed.val();
        self.last_chunk.next =
            bit_cast::<64, { header::LAST_BYTES.width }>(self.cur.q.val().get_bits::<{ header::LAST_BYTES.width }>(0))
                << self.k_last_bytes_lane.val();
        self.reverse_last.word.next = self.last_chunk.val();
        // Realignment of payload beats (bus lanes) behind the header's last bytes.
        self.align.start.next = false;
        self.align.next_piece.next = false;
        self.align.prefix.next = self.reverse_last.reversed.val() & self.k_last_bytes.val();
        self.align.prefix_n.next = self.k_last_bytes_n.val();
        self.align.feed_len.next =
            self.cur.q.val().get_bits::<{ sq_record::PAYLOAD.width }>(self.at_sq_record.payload.val().index());
        self.align.lead.next =
            self.cur.q.val().get_bits::<{ sq_record::LANE.width }>(self.at_sq_record.lane.val().index());
        self.align.in_data.next = self.beat.val();
        self.align.in_valid.next = (self.asm.q.val() == AsState::Body) && !self.beat_empty.val();
        self.out.in_write.next = self.align.out_write.val();
        self.out.in_data.next = self.align.out_data.val();
        self.out.in_keep.next = self.align.out_keep.val();
        self.out.in_last.next = self.align.out_last.val();

        match self.asm.q.val() {
            AsState::Idle => {
                if !self.rec_empty.val() {
                    self.rec_read.next = true;
                    self.cur.d.next = self.rec.val();
                    self.widx.d.next = 0.into();
                    if self
                        .rec
                        .val()
                        .get_bits::<{ sq_record::ERROR.width }>(self.at_sq_record.error.val().index())
                        .any()
                    {
                        self.asm.d.next = AsState::Event;
                    } else {
                        self.asm.d.next = AsState::Header;
                    }
                }
            }
            AsState::Header => {
                self.out.in_write.next = true;
                self.out.in_data.next = self.rev.val();
                self.out.in_keep.next = self.k_ones8.val();
                self.out.in_last.next = false;
                self.widx.d.next = self.widx.q.val() + 1;
                if self.widx.q.val() == 4 {
                    // Header bytes 40..46 lead the payload.
                    self.align.start.next = true;
                    self.asm.d.next = AsState::Body;
                }
            }
            AsState::Body => {
                // The frame's last word: its descriptor is done if this was its last frame (no
                // cycle of its own: the wire leaves a frame of n words n + 2.75 cycles on
                // average, and this engine takes n + 2).
                if self.align.out_write.val() && self.align.out_last.val() {
                    self.asm.d.next = AsState::Idle;
                    if self.cur.q.val().get_bit(self.at_sq_record.last.val().index()) {
                        if self.cur.q.val().get_bit(self.at_sq_record.event.val().index()) {
                            self.asm.d.next = AsState::Event;
                        } else {
                            self.head.d.next = self.head.q.val() + 1;
                        }
                    }
                }
            }
            AsState::Event => {
                self.event.req.next = true;
                if self.event.ack.val() {
                    self.head.d.next = self.head.q.val() + 1;
                    if self
                        .cur
                        .q
                        .val()
                        .get_bits::<{ sq_record::ERROR.width }>(self.at_sq_record.error.val().index())
                        .any()
                    {
                        self.errors.d.next = self.errors.q.val() + 1;
                    }
                    self.asm.d.next = AsState::Idle;
                }
            }
            _ => {
                self.asm.d.next = AsState::Idle;
            }
        }

        self.beat_read.next = self.align.in_take.val();

        self.tx_data.next = self.out.out_data.val();
        self.tx_keep.next = self.out.out_keep.val();
        self.tx_last.next = self.out.out_last.val();
        self.tx_valid.next = self.out.out_valid.val();
        self.out.out_ready.next = self.tx_ready.val();
        self.tx_sent.next = self.out.out_sent.val();
        self.word_taken.next = self.out.out_take.val();
        self.sq_head.next = self.head.q.val();
        self.c_sq_errors.next = self.errors.q.val();
        self.idle.next = (self.asm.q.val() == AsState::Idle) && self.align.idle.val() && self.out.empty.val();
        if self.reset.val() {
            self.head.d.next = 0.into();
            self.errors.d.next = 0.into();
        }
    }
}
