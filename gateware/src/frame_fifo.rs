//! A transmit FIFO that releases only whole frames: the MAC needs a frame's words back to back,
//! and the DMA that fills the FIFO cannot promise that. The TXQ engine and the RDMA TX engine
//! each fill one; the NIC top picks between them frame by frame.

use rust_hdl::prelude::*;

use crate::records::frame_word;
use crate::skid_fifo::SkidFifo;

/// 4,096 words of 64 bits (32 KiB), with keep and last: room for three MTU 9000 frames, so that
/// the next frame fills while one is sent (with two, the MAC waited for each jumbo frame's DMA
/// reads: 76 % of the wire at MTU 9000). The MAC's side reads from registers.
type Words = SkidFifo<Bits<{ frame_word::BITS }>, 12, 13, 1>;
/// Words a producer may have in the FIFO or reserved at once (a reservation counter's width
/// is `FRAME_FIFO_BITS`).
pub const FRAME_FIFO_WORDS: u64 = 4095;
pub const FRAME_FIFO_BITS: usize = 13;

block! {
/// `in_*` the producer (which reserves room itself: writes into a full FIFO are lost),
/// `out_*` the MAC side: `out_valid` only while a whole frame is in, or the frame under way.
pub struct FrameFifo {
    pub clock: Signal<In, Clock>,
    pub in_data: Signal<In, Bits<64>>,
    pub in_keep: Signal<In, Bits<8>>,
    pub in_last: Signal<In, Bit>,
    pub in_write: Signal<In, Bit>,
    pub out_data: Signal<Out, Bits<64>>,
    pub out_keep: Signal<Out, Bits<8>>,
    pub out_last: Signal<Out, Bit>,
    pub out_valid: Signal<Out, Bit>,
    pub out_ready: Signal<In, Bit>,
    /// A word left (the producer's reservation shrinks by one).
    pub out_take: Signal<Out, Bit>,
    /// A frame's last word left.
    pub out_sent: Signal<Out, Bit>,
    /// No frame in the FIFO or leaving it.
    pub empty: Signal<Out, Bit>,
    fifo: Words,
    /// Whole frames in the FIFO, and whether one is leaving.
    frames: DFF<Bits<12>>,
    sending: DFF<Bit>,
    /// `frames` is not zero, registered beside it: the transmit arbiter and the MAC decide on
    /// `out_valid` in the same cycle, which must not begin with a 12-bit reduction. It is
    /// worked out from the old count and the cycle's two events (the producer's last word
    /// comes late in the cycle) rather than from the new count.
    queued: DFF<Bit>,
    several: Signal<Local, Bit>,
    /// A frame's last word arrives, a queued frame starts leaving: both late in the cycle, so
    /// they pick among the count's neighbours (worked out from the register) rather than feed
    /// an adder.
    arrives: Signal<Local, Bit>,
    starts: Signal<Local, Bit>,
    frames_up: Signal<Local, Bits<12>>,
    frames_down: Signal<Local, Bits<12>>,
    /// The word into the RAM (a local: rust-hdl's simulator reads a child's input as it was
    /// before this update).
    word_in: Signal<Local, Bits<{ frame_word::BITS }>>,
    k_last: Constant<Bits<{ frame_word::BITS }>> = Constant::new(frame_word::LAST.put(Bits::default(), 1)),
    at_frame_word: frame_word::At,
}
}

impl Logic for FrameFifo {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, frames, sending, queued);
        clock!(self, clock, fifo);
        self.fifo.write.next = self.in_write.val();
        self.word_in.next = (bit_cast::<{ frame_word::BITS }, 64>(self.in_data.val()) << self.at_frame_word.data.val())
            | (bit_cast::<{ frame_word::BITS }, 8>(self.in_keep.val()) << self.at_frame_word.keep.val());
        if self.in_last.val() {
            self.word_in.next = self.word_in.val() | self.k_last.val();
        }
        self.fifo.data_in.next = self.word_in.val();
        self.arrives.next = self.in_write.val() && self.in_last.val();
        self.out_data.next = self.fifo.data_out.val().get_bits::<64>(self.at_frame_word.data.val().index());
        self.out_keep.next = self.fifo.data_out.val().get_bits::<8>(self.at_frame_word.keep.val().index());
        self.out_last.next = self.fifo.data_out.val().get_bit(self.at_frame_word.last.val().index());
        self.out_valid.next = !self.fifo.empty.val() && (self.sending.q.val() || self.queued.q.val());
        self.out_take.next = self.out_valid.val() && self.out_ready.val();
        self.fifo.read.next = self.out_take.val();
        self.out_sent.next =
            self.out_take.val() && self.fifo.data_out.val().get_bit(self.at_frame_word.last.val().index());
        self.starts.next = self.out_take.val() && !self.sending.q.val();
        if self.out_take.val() {
            self.sending.d.next = !self.fifo.data_out.val().get_bit(self.at_frame_word.last.val().index());
        }
        self.frames_up.next = self.frames.q.val() + 1;
        self.frames_down.next = self.frames.q.val() - 1;
        if self.arrives.val() && !self.starts.val() {
            self.frames.d.next = self.frames_up.val();
        } else if self.starts.val() && !self.arrives.val() {
            self.frames.d.next = self.frames_down.val();
        }
        // A frame leaving takes one of the queued (`frames` counts those not yet started); a
        // last word arriving adds one.
        self.several.next = self.frames.q.val().get_bits::<11>(1).any();
        self.queued.d.next = self.arrives.val() || self.several.val() || (self.queued.q.val() && !self.starts.val());
        self.empty.next = !self.sending.q.val() && !self.queued.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Frames leave whole and in order, with their keep and last, and no frame is offered
    /// before its last word is in, however slowly the producer writes it.
    #[test]
    fn releases_whole_frames_in_order() {
        let frames: Vec<Vec<u64>> = (0..12u64).map(|f| (0..1 + (f * 7) % 9).map(|w| f << 32 | w).collect()).collect();
        let mut uut = FrameFifo::default();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<FrameFifo>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut sim: Sim<FrameFifo>| {
            let mut x = sim.init()?;
            let words: Vec<(u64, bool, u8)> = frames
                .iter()
                .flat_map(|f| {
                    f.iter()
                        .enumerate()
                        .map(move |(i, &w)| (w, i + 1 == f.len(), if i + 1 == f.len() { 0x0F } else { 0xFF }))
                })
                .collect();
            let (mut written, mut complete, mut got, mut sent, mut cycle) = (0, 0usize, Vec::new(), 0, 0u64);
            let mut leaving = false;
            while got.len() < words.len() && cycle < 2_000 {
                cycle += 1;
                // The producer writes a word every third cycle; the MAC takes whatever is offered.
                let write = written < words.len() && cycle % 3 == 0;
                x.in_write.next = write;
                if write {
                    let (w, last, keep) = words[written];
                    x.in_data.next = w.into();
                    x.in_last.next = last;
                    x.in_keep.next = (keep as u64).into();
                }
                x.out_ready.next = true;
                x = sim.wait(1, x)?;
                if x.out_valid.val() {
                    // A frame starts only when it is in whole.
                    sim_assert!(sim, leaving || complete > sent, x);
                    let (w, last, keep) = words[got.len()];
                    sim_assert_eq!(sim, x.out_data.val().to_u64(), w, x);
                    sim_assert_eq!(sim, x.out_last.val(), last, x);
                    sim_assert_eq!(sim, x.out_keep.val().index() as u8, keep, x);
                    sim_assert!(sim, x.out_take.val(), x);
                    sim_assert_eq!(sim, x.out_sent.val(), last, x);
                    got.push(w);
                    leaving = !last;
                    if last {
                        sent += 1;
                    }
                }
                if write {
                    if words[written].1 {
                        complete += 1;
                    }
                    written += 1;
                }
                wait_clock_cycle!(sim, clock, x);
            }
            sim_assert_eq!(sim, got.len(), words.len(), x);
            sim_assert_eq!(sim, sent, frames.len(), x);
            wait_clock_cycle!(sim, clock, x);
            sim_assert!(sim, x.empty.val(), x);
            sim.done(x)
        });
        sim.run(Box::new(uut), 100_000).unwrap();
    }
}
