//! The host transmit path: frames the driver puts in the TXQ (ACK/NACK and ordinary traffic)
//! go to the MAC.
//!
//! For each `BufDesc` it reads the frame from host memory by DMA, in reads that never cross a
//! 4 KiB page, realigns the beats (lane = bus address mod 8) to frame byte 0 in lane 0, and
//! stores the whole frame in the transmit FIFO before the MAC may start it: the MAC needs a
//! frame's words back to back, and DMA cannot promise that. Then `HEAD` advances and
//! `EV_TX_DONE` is posted (the buffer may be reused: the frame is on chip).
//!
//! Not here yet: the RDMA TX engine (SQ descriptors). The SQ ring registers exist, but this
//! gateware does not consume SQ descriptors.

use rust_hdl::prelude::*;
use uzura_uapi::ring;

use crate::frame_fifo::{FrameFifo, FRAME_FIFO_BITS, FRAME_FIFO_WORDS};
use crate::k;
use crate::page_step::PageStep;
use crate::ports::{DmaRead, EventRequest};
use crate::realigner::Realigner;
use crate::records::buf_desc;

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum TxqState {
    Idle,
    Desc,
    DescWait,
    Size,
    Piece,
    Data,
    Done,
    Event,
}

block! {
/// See the module documentation. `rd` reads descriptors and frames, `event` asks the RX
/// engine (which writes every event) for `EV_TX_DONE`, `tx_` is the stream to the MAC.
pub struct TxqEngine {
    pub clock: Signal<In, Clock>,
    pub enable: Signal<In, Bit>,
    pub txq_base: Signal<In, Bits<64>>,
    pub txq_log2: Signal<In, Bits<5>>,
    pub txq_tail: Signal<In, Bits<32>>,
    pub txq_head: Signal<Out, Bits<32>>,
    pub rd: DmaRead<Bits<64>>,
    pub event: EventRequest,
    pub tx_data: Signal<Out, Bits<64>>,
    pub tx_keep: Signal<Out, Bits<8>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_last: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    /// Pulses when the MAC takes a frame's last word.
    pub tx_sent: Signal<Out, Bit>,
    /// Between frames (the commit fence waits for it).
    pub idle: Signal<Out, Bit>,
    fifo: FrameFifo,
    align: Realigner,
    state: DFF<TxqState>,
    head: DFF<Bits<32>>,
    desc_beat: DFF<Bit>,
    addr: DFF<Bits<64>>,
    len: DFF<Bits<14>>,
    req_rem: DFF<Bits<14>>,
    /// Words in the FIFO or reserved for the frame being read; a word taken counts a cycle
    /// late (`took_word`: it only understates the room), so that the MAC's decision does not
    /// run on into this engine's.
    used: DFF<Bits<FRAME_FIFO_BITS>>,
    took_word: DFF<Bit>,
    /// The ring's index mask (size - 1; 0 while the ring is off), registered so that the
    /// descriptor address does not run on from a shifter and a decrement.
    ring_mask: DFF<Bits<32>>,
    /// The head descriptor's bus address, registered off `head` (so that no 64-bit add runs
    /// on into `addr`), and `Idle` has held a cycle, so that it has caught up with a head that
    /// moved in `Event`.
    desc_addr: DFF<Bits<64>>,
    idle_held: DFF<Bit>,
    room: Signal<Local, Bits<13>>,
    /// `addr` moved on by a read, which never crosses a page.
    addr_step: PageStep,
    /// The next read, up to the end of its page, registered off `addr` and `req_rem` (`Size`,
    /// and the `Data` state between pieces, let them settle).
    piece: DFF<Bits<13>>,
    /// The frame's words, registered with `len` (off the descriptor's beat), so that `fits`
    /// adds and compares from registers.
    frame_words: DFF<Bits<FRAME_FIFO_BITS>>,
    /// The frame fits in the FIFO's room, registered (in `Size`, off `frame_words`), so that
    /// the DMA read request, which the other engines' grants depend on, leaves from a
    /// register. `used` only falls meanwhile, save by this engine's own reservation.
    fits: DFF<Bit>,
    k_one32: Constant<Bits<32>> = k(1),
    k_page: Constant<Bits<13>> = k(uzura_uapi::proto::PAGE_SIZE as u64),
    k_fifo_words: Constant<Bits<FRAME_FIFO_BITS>> = k(FRAME_FIFO_WORDS),
    k_ev_tx_done: Constant<Bits<8>> = k(ring::EV_TX_DONE as u64),
    k_desc_len: Constant<Bits<13>> = k(ring::BufDesc::LEN as u64),
    at_buf_desc: buf_desc::At,
}
}

impl Logic for TxqEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            ring_mask,
            desc_addr,
            idle_held,
            state,
            head,
            desc_beat,
            addr,
            len,
            req_rem,
            used,
            took_word,
            piece,
            frame_words,
            fits
        );
        clock!(self, clock, fifo, align, addr_step);
        self.ring_mask.d.next = (self.k_one32.val() << self.txq_log2.val()) - 1;
        self.txq_head.next = self.head.q.val();
        self.room.next = self.k_page.val() - bit_cast::<13, 12>(self.addr.q.val().get_bits::<12>(0));
        self.piece.d.next = self.room.val();
        if bit_cast::<14, 13>(self.room.val()) > self.req_rem.q.val() {
            self.piece.d.next = bit_cast::<13, 14>(self.req_rem.q.val());
        }
        self.fits.d.next = (self.used.q.val() + self.frame_words.q.val()) <= self.k_fifo_words.val();
        self.addr_step.addr.next = self.addr.q.val();
        self.addr_step.step.next = self.piece.q.val();
        self.rd.req.next = false;
        self.rd.addr.next = self.addr.q.val();
        self.rd.len.next = self.piece.q.val();
        self.event.req.next = false;
        self.event.kind.next = self.k_ev_tx_done.val();
        self.event.a.next = self.head.q.val();
        self.event.ctx.next = 0.into();
        self.event.b.next = 0.into();
        self.idle.next = (self.state.q.val() == TxqState::Idle) && self.fifo.empty.val();

        self.tx_data.next = self.fifo.out_data.val();
        self.tx_keep.next = self.fifo.out_keep.val();
        self.tx_last.next = self.fifo.out_last.val();
        self.tx_valid.next = self.fifo.out_valid.val();
        self.fifo.out_ready.next = self.tx_ready.val();
        self.tx_sent.next = self.fifo.out_sent.val();

        // Realignment: beats carry bus-address lanes; the FIFO wants frame byte 0 in lane 0.
        self.align.start.next = false;
        self.align.next_piece.next = false;
        self.align.prefix.next = 0.into();
        self.align.prefix_n.next = 0.into();
        self.align.feed_len.next = self.len.q.val();
        self.align.lead.next = self.addr.q.val().get_bits::<3>(0);
        self.align.in_data.next = self.rd.data.val();
        self.align.in_valid.next = self.rd.beat.val() && (self.state.q.val() == TxqState::Data);
        self.fifo.in_write.next = self.align.out_write.val();
        self.fifo.in_data.next = self.align.out_data.val();
        self.fifo.in_keep.next = self.align.out_keep.val();
        self.fifo.in_last.next = self.align.out_last.val();
        self.took_word.d.next = self.fifo.out_take.val();
        if self.took_word.q.val() {
            self.used.d.next = self.used.q.val() - 1;
        }

        self.desc_addr.d.next =
            self.txq_base.val() + (bit_cast::<64, 32>(self.head.q.val() & self.ring_mask.q.val()) << 4);
        self.idle_held.d.next = self.state.q.val() == TxqState::Idle;
        match self.state.q.val() {
            TxqState::Idle => {
                if self.idle_held.q.val()
                    && self.enable.val()
                    && self.txq_log2.val().any()
                    && (self.head.q.val() != self.txq_tail.val())
                {
                    self.addr.d.next = self.desc_addr.q.val();
                    self.state.d.next = TxqState::Desc;
                }
            }
            TxqState::Desc => {
                self.rd.req.next = true;
                self.rd.len.next = self.k_desc_len.val();
                if self.rd.ready.val() {
                    self.desc_beat.d.next = false;
                    self.state.d.next = TxqState::DescWait;
                }
            }
            TxqState::DescWait => {
                if self.rd.beat.val() {
                    self.desc_beat.d.next = true;
                    if !self.desc_beat.q.val() {
                        self.addr.d.next = self.rd.data.val();
                    } else {
                        self.len.d.next = self.rd.data.val().get_bits::<14>(self.at_buf_desc.len.val().index());
                        self.frame_words.d.next = bit_cast::<FRAME_FIFO_BITS, 14>(
                            (self.rd.data.val().get_bits::<14>(self.at_buf_desc.len.val().index()) + 7) >> 3,
                        );
                        self.req_rem.d.next = self.rd.data.val().get_bits::<14>(self.at_buf_desc.len.val().index());
                        self.state.d.next = TxqState::Size;
                    }
                }
            }
            TxqState::Size => {
                self.state.d.next = TxqState::Piece;
            }
            TxqState::Piece => {
                // Room for the whole frame first, so that it never waits half in the FIFO.
                if self.fits.q.val() {
                    self.rd.req.next = true;
                    if self.rd.ready.val() {
                        self.align.next_piece.next = true;
                        if self.req_rem.q.val() == self.len.q.val() {
                            self.used.d.next = self.used.d.val() + self.frame_words.q.val();
                            self.align.start.next = true;
                        }
                        self.req_rem.d.next = self.req_rem.q.val() - bit_cast::<14, 13>(self.piece.q.val());
                        self.addr.d.next = self.addr_step.sum.val();
                        self.state.d.next = TxqState::Data;
                    }
                }
            }
            TxqState::Data => {
                if self.align.in_take.val() && self.rd.last.val() {
                    if self.req_rem.q.val().any() {
                        self.state.d.next = TxqState::Piece;
                    } else {
                        self.state.d.next = TxqState::Done;
                    }
                }
            }
            TxqState::Done => {
                // Wait until the realigner has flushed the frame into the FIFO.
                if self.align.idle.val() {
                    self.state.d.next = TxqState::Event;
                }
            }
            TxqState::Event => {
                self.event.req.next = true;
                if self.event.ack.val() {
                    self.head.d.next = self.head.q.val() + 1;
                    self.state.d.next = TxqState::Idle;
                }
            }
            _ => {
                self.state.d.next = TxqState::Idle;
            }
        }
    }
}
