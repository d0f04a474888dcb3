//! The receive buffer's input side, at wire speed and without backpressure: each word the MAC
//! passes goes into the data FIFO (the receive buffer, `RXBUF`, 64 KiB). While a frame
//! streams by, its first six words are kept byte-reversed, so that every big-endian header
//! field is a plain bit range of one vector, and a NACK's range counts are checked word by
//! word. At the frame's end one info record (records.rs `info`) goes into the info FIFO. A
//! frame that finds either FIFO full is cut off and dropped whole (`RxDropNoBuf`, counted by
//! the host path off `cut`).

use rust_hdl::prelude::*;
use uzura_uapi::proto::RX_WINDOW;
use uzura_uapi::wire::uzura::NACK_RANGE_LEN;

use crate::byte_reverse::ByteReverse;
use crate::k;
use crate::records::{header, header_words, info, nack};
use crate::skid_fifo::SkidFifo;

/// The engine's pick and its realigner read the FIFO's head from registers, and it decides on
/// the info FIFO's head (its fields address the context table and are compared for the
/// frame's class).
type DataFifo = SkidFifo<Bits<64>, 13, 14, 1>;
/// The data FIFO's depth, 2^13 words (its block RAM's; the skid's two registers are not counted).
const RXBUF_WORDS: u64 = 1 << 13;
type InfoFifo = SkidFifo<Bits<{ info::BITS }>, 8, 9, 1>;

block! {
/// `m_*` the MAC's receive stream; `data`/`data_empty`/`data_read` and
/// `info`/`info_empty`/`info_read` the heads of the two FIFOs and their pops.
pub struct RxIngress {
    pub clock: Signal<In, Clock>,
    pub m_data: Signal<In, Bits<64>>,
    pub m_keep: Signal<In, Bits<8>>,
    pub m_valid: Signal<In, Bit>,
    pub m_last: Signal<In, Bit>,
    pub m_error: Signal<In, Bit>,
    pub data: Signal<Out, Bits<64>>,
    pub data_empty: Signal<Out, Bit>,
    pub data_read: Signal<In, Bit>,
    pub info: Signal<Out, Bits<{ info::BITS }>>,
    pub info_empty: Signal<Out, Bit>,
    pub info_read: Signal<In, Bit>,
    /// The receive buffer's fill in 64-bit words (for XOFF/XON; registered, a cycle behind the
    /// FIFO's pointers, so that the thresholds' compares start from a register).
    pub fill: Signal<Out, Bits<14>>,
    /// Pulses a cycle after a frame was cut off for want of room (so that the FIFO's fill
    /// level does not run on into the counter's adder).
    pub cut: Signal<Out, Bit>,

    data_fifo: DataFifo,
    info_fifo: InfoFifo,
    reverse: ByteReverse,
    in_frame: DFF<Bit>,
    in_keep: DFF<Bit>,
    in_cut: DFF<Bit>,
    in_words: DFF<Bits<11>>,
    in_hdr: DFF<Bits<{ header_words::BITS }>>,
    in_nack_bad: DFF<Bits<1>>,
    in_bad: Signal<Local, Bits<1>>,
    fifo_in: DFF<Bits<14>>,
    fifo_out: DFF<Bits<14>>,
    fill_words: DFF<Bits<14>>,
    /// The data FIFO may be full: its words (its pointers' distance) a cycle ago were at most
    /// one short of its depth. One word of room is given up so that the ingress decides from
    /// a register, not from the FIFO's own pointer compare (which ran on into the count of
    /// words in the info record).
    buf_full: DFF<Bit>,
    /// Info records written and not yet popped, and room for one more in the info FIFO's RAM
    /// (which holds at most those): counted here so that a frame's first word is taken on a
    /// register rather than on the RAM's pointer compare.
    info_held: DFF<Bits<9>>,
    info_room: DFF<Bit>,
    rev: Signal<Local, Bits<64>>,
    in_first: Signal<Local, Bit>,
    in_take: Signal<Local, Bit>,
    in_count: Signal<Local, Bits<32>>,
    in_len: Signal<Local, Bits<16>>,
    in_range: Signal<Local, Bits<11>>,
    cut_now: Signal<Local, Bit>,
    cut_r: DFF<Bit>,

    k_window: Constant<Bits<32>> = k(RX_WINDOW as u64),
    k_buf_last: Constant<Bits<14>> = k(RXBUF_WORDS - 1),
    /// NACK range `i` is in word `header::WORDS + i`.
    k_hdr_words: Constant<Bits<11>> = k(header::WORDS as u64),
    k_range_shift: Constant<Bits<3>> = k((NACK_RANGE_LEN as u64).trailing_zeros() as u64),
    at_header: header::At,
    at_header_words: header_words::At,
    at_nack: nack::At,
    at_info: info::At,
}
}

impl Logic for RxIngress {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            in_frame,
            in_keep,
            in_cut,
            in_words,
            in_hdr,
            in_nack_bad,
            fifo_in,
            fifo_out,
            fill_words,
            buf_full,
            info_held,
            info_room,
            cut_r
        );
        clock!(self, clock, data_fifo, info_fifo);
        self.reverse.word.next = self.m_data.val();
        self.rev.next = self.reverse.reversed.val();
        self.in_first.next = self.m_valid.val() && !self.in_frame.q.val();
        // A frame is taken only if its info record will have room; words that find the data
        // FIFO full cut it off.
        self.in_take.next =
            (self.in_first.val() && self.info_room.q.val()) || (!self.in_first.val() && self.in_keep.q.val());
        self.cut_now.next = self.in_take.val() && self.buf_full.q.val();
        self.data_fifo.write.next = self.m_valid.val() && self.in_take.val() && !self.buf_full.q.val();
        self.data_fifo.data_in.next = self.m_data.val();
        // Byte count of the word: keep is contiguous from lane 0.
        self.in_count.next = 0.into();
        for i in 0..8 {
            if self.m_keep.val().get_bit(i) {
                self.in_count.next = (i + 1).to_bits();
            }
        }
        self.in_len.next = self.in_hdr.q.val().get_bits::<{ header::LENGTH.width }>(
            self.at_header.length.val().index() + self.at_header_words.header.val().index(),
        );
        self.in_range.next = self.in_words.q.val() - self.k_hdr_words.val();
        if self.m_valid.val() {
            self.in_frame.d.next = !self.m_last.val();
            if self.in_first.val() {
                self.in_keep.d.next = self.in_take.val();
                self.in_cut.d.next = self.cut_now.val();
                self.in_words.d.next = 0.into();
                self.in_nack_bad.d.next = 0.into();
            }
            if self.data_fifo.write.val() {
                self.in_words.d.next = self.in_words.q.val() + 1;
                if self.in_first.val() {
                    self.in_words.d.next = 1.into();
                }
            }
            if self.cut_now.val() {
                self.in_cut.d.next = true;
            }
            if self.in_words.q.val() < self.k_hdr_words.val() || self.in_first.val() {
                self.in_hdr.d.next =
                    (self.in_hdr.q.val() << 64) | bit_cast::<{ header_words::BITS }, 64>(self.rev.val());
            }
            // NACK range counts (checked on every frame; only a NACK's verdict is used).
            if !self.in_first.val()
                && self.in_words.q.val() >= self.k_hdr_words.val()
                && self.in_range.val() < bit_cast::<11, 16>(self.in_len.val() >> self.k_range_shift.val())
                && ((self.rev.val().get_bits::<{ nack::COUNT.width }>(self.at_nack.count.val().index()) == 0)
                    || (self.rev.val().get_bits::<{ nack::COUNT.width }>(self.at_nack.count.val().index())
                        > self.k_window.val()))
            {
                self.in_nack_bad.d.next = 1.into();
            }
        }
        // The info record goes in with the last word.
        // A frame of fewer than six words leaves the header half shifted in; such a frame is a
        // runt the MAC has marked bad.
        self.in_bad.next = 0.into();
        if self.m_error.val() || self.in_cut.q.val() || self.cut_now.val() {
            self.in_bad.next = 1.into();
        }
        self.info_fifo.write.next = self.m_valid.val() && self.m_last.val() && self.in_take.val();
        self.info_fifo.data_in.next =
            (bit_cast::<{ info::BITS }, { header::BITS }>(
                self.in_hdr.q.val().get_bits::<{ header::BITS }>(self.at_header_words.header.val().index()),
            ) << self.at_info.header.val())
                | (bit_cast::<{ info::BITS }, 1>(self.in_nack_bad.q.val()) << self.at_info.nack_bad.val())
                | (bit_cast::<{ info::BITS }, 1>(self.in_bad.val()) << self.at_info.bad.val())
                | (bit_cast::<{ info::BITS }, 11>(self.in_words.d.val()) << self.at_info.words.val())
                | (bit_cast::<{ info::BITS }, 14>(
                    (bit_cast::<14, 11>(self.in_words.q.val()) << 3) + bit_cast::<14, 32>(self.in_count.val()),
                ) << self.at_info.bytes.val());
        self.data_fifo.read.next = self.data_read.val();
        self.info_fifo.read.next = self.info_read.val();
        self.data.next = self.data_fifo.data_out.val();
        self.data_empty.next = self.data_fifo.empty.val();
        self.info.next = self.info_fifo.data_out.val();
        self.info_empty.next = self.info_fifo.empty.val();
        if self.data_fifo.write.val() {
            self.fifo_in.d.next = self.fifo_in.q.val() + 1;
        }
        if self.data_fifo.read.val() {
            self.fifo_out.d.next = self.fifo_out.q.val() + 1;
        }
        self.fill_words.d.next = self.fifo_in.q.val() - self.fifo_out.q.val();
        self.buf_full.d.next = self.fill_words.d.val() >= self.k_buf_last.val();
        self.fill.next = self.fill_words.q.val();
        self.cut_r.d.next = self.m_valid.val()
            && self.m_last.val()
            && (self.in_cut.q.val() || self.cut_now.val() || !self.in_take.val());
        self.cut.next = self.cut_r.q.val();
        if self.info_fifo.write.val() && !self.info_fifo.read.val() {
            self.info_held.d.next = self.info_held.q.val() + 1;
        } else if self.info_fifo.read.val() && !self.info_fifo.write.val() {
            self.info_held.d.next = self.info_held.q.val() - 1;
        }
        self.info_room.d.next = !self.info_held.d.val().get_bit(8);
    }
}
