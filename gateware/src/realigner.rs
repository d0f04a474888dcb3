//! Byte realignment of DMA read beats into a frame's words, shared by the TXQ engine and the
//! RDMA TX engine.
//!
//! A DMA read delivers beats in bus lanes (lane = bus address mod 8); the frame FIFO wants the
//! frame's bytes in order from lane 0, behind any bytes the engine already has (the RDMA TX
//! engine's last six header bytes). An accumulator of 16 bytes takes one beat and gives one
//! word per cycle.
//!
//! The placing of a beat is a rotation by a 3-bit amount (the accumulator's fill minus the
//! beat's first lane, mod 8) and an 8-byte window at the fill, both decided from registers, so
//! that a beat's bytes pass two levels of multiplexers on their way into the accumulator. The
//! counts that depend on the cycle's decisions (the beat's valid bytes, its mask, the word's
//! size) are registered for the next cycle.
//!
//! The output never waits (the engines reserve FIFO room for a whole frame first), so the
//! accumulator always has room for a beat: it holds at most 16 bytes, and with 8 or more a word
//! leaves in the same cycle.

use rust_hdl::prelude::*;

use crate::k;

block! {
/// `start` begins a frame: `prefix_n` bytes of `prefix` (bytes above them zero), then
/// `feed_len` input bytes from lane `lead` of the next beat on; `lead`, `feed_len` and
/// `prefix_n` must have held since the cycle before. `next_piece` begins
/// a further read of the same frame at lane `lead` (after the last beat of the one before was
/// taken). A beat on `in_data` is taken when `in_take`; `out_*` is one word of the frame
/// per `out_write`.
pub struct Realigner {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    pub prefix: Signal<In, Bits<64>>,
    pub prefix_n: Signal<In, Bits<4>>,
    pub feed_len: Signal<In, Bits<14>>,
    pub next_piece: Signal<In, Bit>,
    pub lead: Signal<In, Bits<3>>,
    pub in_data: Signal<In, Bits<64>>,
    pub in_valid: Signal<In, Bit>,
    pub in_take: Signal<Out, Bit>,
    pub out_data: Signal<Out, Bits<64>>,
    pub out_keep: Signal<Out, Bits<8>>,
    pub out_last: Signal<Out, Bit>,
    pub out_write: Signal<Out, Bit>,
    /// Every byte of the frame has left (or no frame was started).
    pub idle: Signal<Out, Bit>,
    acc: DFF<Bits<128>>,
    acc_n: DFF<Bits<5>>,
    out_rem: DFF<Bits<15>>,
    /// The next word's bytes: min(8, `out_rem`); 0 when the frame is out.
    out_n: DFF<Bits<4>>,
    feed_rem: DFF<Bits<14>>,
    /// `feed_rem` is 16 or more, registered beside it: then a beat leaves 8 or more, and
    /// below it the bytes left after a beat need only a 5-bit subtraction.
    feed_hi: DFF<Bit>,
    first_lane: DFF<Bits<3>>,
    /// The next beat's valid bytes (min(8 - `first_lane`, `feed_rem`)) and their mask.
    in_n: DFF<Bits<4>>,
    in_mask: DFF<Bits<64>>,
    out_fire: Signal<Local, Bit>,
    in_fire: Signal<Local, Bit>,
    turn: Signal<Local, Bits<3>>,
    turned: Signal<Local, Bits<128>>,
    rotated: Signal<Local, Bits<64>>,
    wide: Signal<Local, Bits<192>>,
    fed: Signal<Local, Bits<14>>,
    fed_low: Signal<Local, Bits<4>>,
    fed_n: Signal<Local, Bits<4>>,
    piece_end_lane: Signal<Local, Bits<4>>,
    start_end_lane: Signal<Local, Bits<4>>,
    piece_n: Signal<Local, Bits<4>>,
    piece_mask: Signal<Local, Bits<64>>,
    sent: Signal<Local, Bits<15>>,
    sent_n: Signal<Local, Bits<4>>,
    /// A start's counts and first mask, registered off its held inputs, so that the mask's
    /// end-lane sum and shifter do not run on into `in_mask`.
    start_n: DFF<Bits<4>>,
    start_mask: DFF<Bits<64>>,
    frame_len: DFF<Bits<15>>,
    start_out_n: DFF<Bits<4>>,
    k_ones8: Constant<Bits<8>> = k(0xFF),
    k_ones64: Constant<Bits<64>> = k(u64::MAX),
}
}

impl Logic for Realigner {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            acc,
            acc_n,
            out_rem,
            out_n,
            feed_rem,
            feed_hi,
            first_lane,
            in_n,
            in_mask,
            start_n,
            start_mask,
            frame_len,
            start_out_n
        );
        self.out_fire.next = self.out_n.q.val().any() && (bit_cast::<5, 4>(self.out_n.q.val()) <= self.acc_n.q.val());
        self.in_fire.next = self.in_valid.val() && self.in_n.q.val().any();
        self.in_take.next = self.in_fire.val();
        self.out_write.next = self.out_fire.val();
        self.out_data.next = self.acc.q.val().get_bits::<64>(0);
        self.out_keep.next = !(self.k_ones8.val() << self.out_n.q.val());
        self.out_last.next = self.out_rem.q.val() <= 8;
        self.idle.next = !self.out_n.q.val().any();

        // The beat's byte `i` goes to accumulator byte `acc_n + i - first_lane`: rotated by that
        // mod 8, then kept in the 8 bytes from `acc_n` on (its other bytes are masked off).
        self.turn.next = self.acc_n.q.val().get_bits::<3>(0) - self.first_lane.q.val();
        self.turned.next =
            bit_cast::<128, 64>(self.in_data.val() & self.in_mask.q.val()) << (bit_cast::<7, 3>(self.turn.val()) << 3);
        self.rotated.next = self.turned.val().get_bits::<64>(0) | self.turned.val().get_bits::<64>(64);
        self.wide.next = bit_cast::<192, 128>(self.acc.q.val());
        if self.in_fire.val() {
            self.wide.next = self.wide.val()
                | ((bit_cast::<192, 64>(self.rotated.val())
                    | (bit_cast::<192, 64>(self.rotated.val()) << 64)
                    | (bit_cast::<192, 64>(self.rotated.val()) << 128))
                    & (bit_cast::<192, 64>(self.k_ones64.val()) << (bit_cast::<8, 5>(self.acc_n.q.val()) << 3)));
        }
        // A word leaves whole bytes behind it; after the frame's last (shorter) word nothing is
        // left, so the shift is always 8 bytes.
        self.acc.d.next = self.wide.val().get_bits::<128>(0);
        if self.out_fire.val() {
            self.acc.d.next = self.wide.val().get_bits::<128>(64);
        }

        // The counts' next values. Each case is worked out from registers (the caller's
        // `lead`, `feed_len` and `prefix_n` are registers there too), and the cycle's late
        // decisions (a beat taken, a word out, a start) only pick one at the end.
        self.fed.next = self.feed_rem.q.val() - bit_cast::<14, 4>(self.in_n.q.val());
        self.fed_low.next = self.feed_rem.q.val().get_bits::<4>(0) - self.in_n.q.val();
        self.fed_n.next = 8.into();
        if !self.feed_hi.q.val() && !self.fed_low.val().get_bit(3) {
            self.fed_n.next = self.fed_low.val();
        }
        // A new read's bytes end at lane min(8, `lead` + its bytes): a 4-bit add of the low
        // bits and a test of the high ones, not a compare of the whole count.
        self.piece_end_lane.next =
            bit_cast::<4, 3>(self.lead.val()) + bit_cast::<4, 3>(self.feed_rem.q.val().get_bits::<3>(0));
        if self.feed_rem.q.val().get_bits::<11>(3).any() || (self.piece_end_lane.val() > 8) {
            self.piece_end_lane.next = 8.into();
        }
        self.start_end_lane.next =
            bit_cast::<4, 3>(self.lead.val()) + bit_cast::<4, 3>(self.feed_len.val().get_bits::<3>(0));
        if self.feed_len.val().get_bits::<11>(3).any() || (self.start_end_lane.val() > 8) {
            self.start_end_lane.next = 8.into();
        }
        self.piece_n.next = self.piece_end_lane.val() - bit_cast::<4, 3>(self.lead.val());
        self.start_n.d.next = self.start_end_lane.val() - bit_cast::<4, 3>(self.lead.val());
        // Bytes from `lead` up to the end lane (a 128-bit shift, so that 8 clears the word).
        self.piece_mask.next = (self.k_ones64.val() << (bit_cast::<7, 3>(self.lead.val()) << 3))
            & !bit_cast::<64, 128>(
                bit_cast::<128, 64>(self.k_ones64.val()) << (bit_cast::<8, 4>(self.piece_end_lane.val()) << 3),
            );
        self.start_mask.d.next = (self.k_ones64.val() << (bit_cast::<7, 3>(self.lead.val()) << 3))
            & !bit_cast::<64, 128>(
                bit_cast::<128, 64>(self.k_ones64.val()) << (bit_cast::<8, 4>(self.start_end_lane.val()) << 3),
            );
        // As `out_n` is min(8, `out_rem`), the next word's bytes follow from `out_rem` alone:
        // 8 from 16 on, `out_rem - 8` from 8 on, else none.
        self.sent.next = self.out_rem.q.val() - bit_cast::<15, 4>(self.out_n.q.val());
        self.sent_n.next = 8.into();
        if !self.out_rem.q.val().get_bits::<11>(4).any() {
            self.sent_n.next = 0.into();
            if self.out_rem.q.val().get_bit(3) {
                self.sent_n.next = bit_cast::<4, 3>(self.out_rem.q.val().get_bits::<3>(0));
            }
        }
        self.frame_len.d.next = bit_cast::<15, 14>(self.feed_len.val()) + bit_cast::<15, 4>(self.prefix_n.val());
        self.start_out_n.d.next = 8.into();
        if self.frame_len.d.val() < 8 {
            self.start_out_n.d.next = self.frame_len.d.val().get_bits::<4>(0);
        }

        if self.in_fire.val() {
            self.feed_rem.d.next = self.fed.val();
            self.feed_hi.d.next = self.fed.val().get_bits::<10>(4).any();
            self.first_lane.d.next = 0.into();
            self.in_n.d.next = self.fed_n.val();
            self.in_mask.d.next = !bit_cast::<64, 128>(
                bit_cast::<128, 64>(self.k_ones64.val()) << (bit_cast::<8, 4>(self.fed_n.val()) << 3),
            );
        }
        if self.next_piece.val() {
            self.first_lane.d.next = self.lead.val();
            self.in_n.d.next = self.piece_n.val();
            self.in_mask.d.next = self.piece_mask.val();
        }
        if self.out_fire.val() {
            self.out_rem.d.next = self.sent.val();
            self.out_n.d.next = self.sent_n.val();
        }
        if self.in_fire.val() && self.out_fire.val() {
            self.acc_n.d.next =
                self.acc_n.q.val() + bit_cast::<5, 4>(self.in_n.q.val()) - bit_cast::<5, 4>(self.out_n.q.val());
        } else if self.in_fire.val() {
            self.acc_n.d.next = self.acc_n.q.val() + bit_cast::<5, 4>(self.in_n.q.val());
        } else if self.out_fire.val() {
            self.acc_n.d.next = self.acc_n.q.val() - bit_cast::<5, 4>(self.out_n.q.val());
        }
        if self.start.val() {
            self.acc.d.next = bit_cast::<128, 64>(self.prefix.val());
            self.acc_n.d.next = bit_cast::<5, 4>(self.prefix_n.val());
            self.out_rem.d.next = self.frame_len.q.val();
            self.out_n.d.next = self.start_out_n.q.val();
            self.feed_rem.d.next = self.feed_len.val();
            self.feed_hi.d.next = self.feed_len.val().get_bits::<10>(4).any();
            self.first_lane.d.next = self.lead.val();
            self.in_n.d.next = self.start_n.q.val();
            self.in_mask.d.next = self.start_mask.q.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A frame as an engine feeds it: prefix bytes, and the payload read from `addr` in pieces
    /// that end at 64-byte "pages" (the engines cut at 4 KiB), each read's beats in bus lanes.
    struct Frame {
        prefix: Vec<u8>,
        addr: usize,
        payload: Vec<u8>,
    }

    fn frames() -> Vec<Frame> {
        let mut rnd = crate::testing::xorshift(0x2545_f491_4f6c_dd1d);
        let mut next = move |n: usize| rnd(n as u64) as usize;
        (0..60)
            .map(|i| {
                let len = if i < 8 { i + 1 } else { 1 + next(200) };
                Frame {
                    prefix: (0..[0, 6][i % 2]).map(|b| 0xA0 + b as u8).collect(),
                    addr: next(64),
                    payload: (0..len).map(|_| next(256) as u8).collect(),
                }
            })
            .collect()
    }

    /// Every frame comes out whole and in order, as the prefix then the payload from lane 0,
    /// with the last word's keep and flag, whatever the lanes, piece cuts and input stalls.
    #[test]
    fn frames_come_out_in_order_from_lane_0() {
        let mut uut = Realigner::default();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<Realigner>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut sim: Sim<Realigner>| {
            let mut x = sim.init()?;
            let mut stall = 0u32;
            for frame in frames() {
                // Each read: its first lane and its beats (bytes outside the read are 0xEE).
                let mut reads: Vec<(u8, Vec<u64>)> = Vec::new();
                let (mut at, end) = (frame.addr, frame.addr + frame.payload.len());
                while at < end {
                    let stop = end.min((at / 64 + 1) * 64);
                    let beats = (at / 8..stop.div_ceil(8))
                        .map(|w| {
                            (0..8).fold(0u64, |v, lane| {
                                let a = w * 8 + lane;
                                let byte = if (at..stop).contains(&a) { frame.payload[a - frame.addr] } else { 0xEE };
                                v | (byte as u64) << (8 * lane)
                            })
                        })
                        .collect();
                    reads.push(((at % 8) as u8, beats));
                    at = stop;
                }
                let expected: Vec<u8> = frame.prefix.iter().chain(&frame.payload).copied().collect();
                let mut got: Vec<u8> = Vec::new();
                let mut last_seen = false;
                // The start's inputs hold from the cycle before it, as the engines' registers do.
                x.prefix.next =
                    (frame.prefix.iter().enumerate().fold(0u64, |v, (i, b)| v | (*b as u64) << (8 * i))).into();
                x.prefix_n.next = (frame.prefix.len() as u64).into();
                x.feed_len.next = (frame.payload.len() as u64).into();
                x.lead.next = (reads[0].0 as u64).into();
                wait_clock_cycle!(sim, clock, x);
                x.start.next = true;
                wait_clock_cycle!(sim, clock, x);
                x.start.next = false;
                let (mut piece, mut beat, mut new_piece) = (0, 0, false);
                for _ in 0..400 {
                    stall = stall.wrapping_mul(1103515245).wrapping_add(12345);
                    // A read's beats come at least a cycle after its `next_piece`, as the
                    // engines' DMA reads answer.
                    let offer = piece < reads.len() && !new_piece && !(stall >> 16).is_multiple_of(4);
                    x.in_valid.next = offer;
                    if offer {
                        x.in_data.next = reads[piece].1[beat].into();
                    }
                    x = sim.wait(1, x)?;
                    sim_assert!(sim, !x.in_take.val() || offer, x);
                    if x.out_write.val() {
                        sim_assert!(sim, !last_seen, x);
                        let keep = x.out_keep.val().index();
                        let word = x.out_data.val().to_u64();
                        got.extend(
                            (0..8).filter(|lane| keep & (1 << lane) != 0).map(|lane| (word >> (8 * lane)) as u8),
                        );
                        last_seen = x.out_last.val();
                    }
                    let took = x.in_take.val();
                    wait_clock_cycle!(sim, clock, x);
                    x.next_piece.next = false;
                    new_piece = false;
                    if took {
                        beat += 1;
                        if beat == reads[piece].1.len() {
                            (piece, beat) = (piece + 1, 0);
                            if piece < reads.len() {
                                x.next_piece.next = true;
                                new_piece = true;
                                x.lead.next = (reads[piece].0 as u64).into();
                            }
                        }
                    }
                    if last_seen && piece == reads.len() {
                        break;
                    }
                }
                x.in_valid.next = false;
                sim_assert_eq!(sim, got, expected, x);
                sim_assert!(sim, last_seen && x.idle.val(), x);
            }
            sim.done(x)
        });
        sim.run(Box::new(uut), 1_000_000).unwrap();
    }
}
