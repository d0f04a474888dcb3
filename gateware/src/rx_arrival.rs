//! The RX engine's arrival tracking (docs/protocol.md §7 step 10, §10): per context CUM, HIGH,
//! DONE, the `EV_RX_*` reasons pending, armed and the in-order count (records.rs `arrival`, one
//! RAM word per context), and two bitmaps of `RX_WINDOW` bits per context, placed and LAST
//! (one RAM each, word `{ctx, psn[11:5]}`, bit `psn[4:0]`).
//!
//! The engine loads a context's state in `Check` (and `CmdArmWait`), and for a frame the
//! `Mark` state sets its PSN's bits and notes its reasons; `AdvRun` moves CUM over the run of
//! placed PSNs in CUM's bitmap word, clearing their bits and counting the LAST frames passed,
//! `AdvRead` and `AdvWait` fetch the next word when the run reaches the word's end; `Notify`
//! stores the state back (and the engine reports it if armed). Between frames the engine's
//! commands commit a context (its bitmaps cleared in `CmdClear`), arm it, read its state, or
//! clear every context (`ResetSweep`).

use rust_hdl::prelude::*;
use uzura_uapi::ring;
use uzura_uapi::wire::uzura::{FLAG_ACK_REQ, FLAG_LAST};

use crate::k;
use crate::popcount::Popcount32;
use crate::records::{arrival, event};
use crate::rx::RxState;

block! {
/// `go_commit`, `go_arm`, `go_query`, `take`: the engine's `Idle` takes a context commit (first
/// PSN `ct_start`), an arm, a query (`q_*`) or the info FIFO's `head`. `f_psn` and `f_flags`
/// are the frame's, `ctx` the engine's context, `sweep` its sweep of the bitmaps.
pub struct RxArrival {
    pub clock: Signal<In, Clock>,
    pub state: Signal<In, RxState>,
    pub ctx: Signal<In, Bits<6>>,
    pub sweep: Signal<In, Bits<13>>,
    pub go_commit: Signal<In, Bit>,
    pub ct_start: Signal<In, Bits<32>>,
    pub go_arm: Signal<In, Bit>,
    pub arm_idx: Signal<In, Bits<6>>,
    /// Read the arrival state of `q_ctx`: kind 0 CUM (with HIGH and DONE), 3 `RX_MAP` word
    /// `q_word`.
    pub go_query: Signal<In, Bit>,
    pub q_kind: Signal<In, Bits<2>>,
    pub q_ctx: Signal<In, Bits<6>>,
    pub q_word: Signal<In, Bits<7>>,
    /// With `take`: the frame's context and the word of its PSN's arrival bits.
    pub take: Signal<In, Bit>,
    pub head_ctx: Signal<In, Bits<6>>,
    pub head_word: Signal<In, Bits<7>>,
    pub f_psn: Signal<In, Bits<32>>,
    pub f_flags: Signal<In, Bits<8>>,
    pub cfg_coalesce: Signal<In, Bits<16>>,
    /// `Mark`'s verdict: a duplicate, a frame to place.
    pub mark_dup: Signal<In, Bit>,
    pub mark_place: Signal<In, Bit>,
    /// The frame's PSN is at or beyond the window, or behind CUM or placed already (from
    /// `Check` on).
    pub psn_far: Signal<Out, Bit>,
    pub psn_dup: Signal<Out, Bit>,
    /// The PSN is CUM (from `Check` on).
    pub in_order: Signal<Out, Bit>,
    /// In `AdvRun`: the run reaches the end of CUM's bitmap word.
    pub run_whole: Signal<Out, Bit>,
    /// The context's state as `Notify` reports it: armed with reasons pending, and its
    /// CUM, HIGH, DONE and reasons.
    pub report: Signal<Out, Bit>,
    pub cum: Signal<Out, Bits<32>>,
    pub high: Signal<Out, Bits<32>>,
    /// DONE as `EV_RX` reports it: its low bits.
    pub done: Signal<Out, Bits<{ event::C.width }>>,
    pub pending: Signal<Out, Bits<5>>,
    /// A query's answer from `CmdQueryAck` on, and HIGH and DONE of the same instant.
    pub q_data: Signal<Out, Bits<32>>,
    pub q_high: Signal<Out, Bits<32>>,
    pub q_done: Signal<Out, Bits<32>>,

    arr_ram: RAM<Bits<{ arrival::BITS }>, 6>,
    placed_ram: RAM<Bits<32>, 13>,
    last_ram: RAM<Bits<32>, 13>,
    arr_cum: DFF<Bits<32>>,
    arr_high: DFF<Bits<32>>,
    arr_done: DFF<Bits<32>>,
    arr_pend: DFF<Bits<5>>,
    arr_armed: DFF<Bits<1>>,
    arr_inord: DFF<Bits<16>>,
    in_order_r: DFF<Bit>,
    arr: Signal<Local, Bits<{ arrival::BITS }>>,
    psn_dist: Signal<Local, Bits<32>>,
    /// The PSN's distance from CUM (`cum_dist`) and its arrival bit (`psn_placed`), latched
    /// in `Check` off the arrival RAMs' outputs, so that `Mark` decides the window and
    /// duplicate checks off registers.
    cum_dist: DFF<Bits<32>>,
    psn_placed: DFF<Bit>,
    /// The frame's word of the placed bitmap, read from `Idle` (off the info FIFO's head) and
    /// registered in `Classify`, so that its PSN's bit is picked from a register in `Check`.
    placed_word: DFF<Bits<32>>,
    /// A frame placed in `Mark` moves HIGH on in the next cycle (`AdvRun` or `Xlate`, which
    /// leave it alone; `Notify`, which stores it, comes later), off the PSN's distance from
    /// HIGH registered in `Mark` (`high_gap`): the subtraction does not drive HIGH's enables.
    high_gap: DFF<Bits<32>>,
    high_ahead: Signal<Local, Bit>,
    high_placed: DFF<Bit>,
    new_high: Signal<Local, Bits<32>>,
    bm_placed: DFF<Bits<32>>,
    bm_last: DFF<Bits<32>>,
    /// The placed bits of CUM's bitmap word, for the run from CUM on.
    bm_run: DFF<Bits<32>>,
    /// CUM's bit in its word and the bits above it (set one cycle after CUM moves), and the
    /// frame's PSN bit in its word (set in `Classify`, for `Check` on): registered masks
    /// rather than shifters in the states, as yosys' `share` merges shifters of exclusive
    /// states into one, with a multiplexer in front, on the slow paths of both.
    cum_therm: DFF<Bits<32>>,
    psn_bit: DFF<Bits<32>>,
    /// `bm_run` with the bits below CUM set (registered off both registers' next values, so
    /// that the run's increment starts from a register), its trailing ones, and those from
    /// CUM on: the run of placed PSNs from CUM on, in place.
    run_fill: DFF<Bits<32>>,
    run_bits: Signal<Local, Bits<32>>,
    run_mask: Signal<Local, Bits<32>>,
    /// `AdvRun` writes the bitmap words it clears back a cycle later (`wb_pending`, at word
    /// `wb_word`, from `bm_placed` and `bm_last`, which hold them by then), so that the run's
    /// 32-bit increment ends at registers, not at the block RAMs' data inputs. The cycle after
    /// `AdvRun` (`AdvRead` or `Xlate`) writes nothing else, and the word is not read again
    /// before the next frame's `Idle`.
    wb_pending: DFF<Bit>,
    wb_word: DFF<Bits<7>>,
    /// A run that stays inside its bitmap word, counted (`run_lo`, `run_hi`: each half of
    /// the word) a cycle after `AdvRun` and added to CUM in the next, and the LAST frames it
    /// passed, counted (`passed_lo`, `passed_hi`) and added to DONE in the same cycles:
    /// neither of those cycles reads or writes CUM, DONE or the pending reasons (the earliest
    /// that does, `Notify`, comes three cycles after `AdvRun`), and the counts' adders stay off
    /// the run's path and off each other's.
    run_step: DFF<Bits<32>>,
    passed_bits: DFF<Bits<32>>,
    run_lo: DFF<Bits<5>>,
    run_hi: DFF<Bits<5>>,
    passed_lo: DFF<Bits<5>>,
    passed_hi: DFF<Bits<5>>,
    run_count: Popcount32,
    passed_count: Popcount32,
    /// A placed frame's bitmap words (see `Mark`).
    new_placed: Signal<Local, Bits<32>>,
    new_last: Signal<Local, Bits<32>>,
    /// The reasons a placed frame notes (a local: rust-hdl's simulator reads a flip-flop's
    /// input as it was before this update).
    pend_mark: Signal<Local, Bits<5>>,
    /// `ACK_COALESCE` less one, registered: a WRITE placed in order reaches the count when the
    /// count before it is at least that, a compare without the increment's adder before it.
    coalesce_m1: DFF<Bits<16>>,
    q_kind_r: DFF<Bits<2>>,
    /// A query's answer, registered off the RAMs (whose outputs come late in the cycle) a
    /// cycle before it is acknowledged, so that it reaches the register file's read data from
    /// registers.
    ans_data: DFF<Bits<32>>,
    ans_high: DFF<Bits<32>>,
    ans_done: DFF<Bits<32>>,

    k_word_bits: Constant<Bits<32>> = k(31),
    k_one32: Constant<Bits<32>> = k(1),
    k_ones32: Constant<Bits<32>> = k(u32::MAX as u64),
    k_flag_last: Constant<Bits<8>> = k(FLAG_LAST as u64),
    k_flag_ack_req: Constant<Bits<8>> = k(FLAG_ACK_REQ as u64),
    k_r_complete: Constant<Bits<5>> = k(ring::EV_RX_COMPLETE as u64),
    k_r_ack_req: Constant<Bits<5>> = k(ring::EV_RX_ACK_REQ as u64),
    k_r_gap: Constant<Bits<5>> = k(ring::EV_RX_GAP as u64),
    k_r_dup: Constant<Bits<5>> = k(ring::EV_RX_DUP as u64),
    k_r_coalesce: Constant<Bits<5>> = k(ring::EV_RX_COALESCE as u64),
    at_arrival: arrival::At,
}
}

impl Logic for RxArrival {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            arr_cum,
            arr_high,
            arr_done,
            arr_pend,
            arr_armed,
            arr_inord,
            in_order_r,
            cum_dist,
            psn_placed,
            placed_word,
            high_gap,
            high_placed,
            bm_placed,
            bm_last,
            bm_run,
            cum_therm,
            psn_bit,
            run_fill,
            wb_pending,
            wb_word,
            run_step,
            passed_bits,
            run_lo,
            run_hi,
            passed_lo,
            passed_hi,
            coalesce_m1,
            q_kind_r,
            ans_data,
            ans_high,
            ans_done
        );
        self.arr_ram.read_clock.next = self.clock.val();
        self.arr_ram.write_clock.next = self.clock.val();
        self.placed_ram.read_clock.next = self.clock.val();
        self.placed_ram.write_clock.next = self.clock.val();
        self.last_ram.read_clock.next = self.clock.val();
        self.last_ram.write_clock.next = self.clock.val();
        self.arr_ram.read_address.next = self.ctx.val();
        self.placed_ram.read_address.next = bit_cast::<13, 6>(self.ctx.val()) << 7;
        self.last_ram.read_address.next = bit_cast::<13, 6>(self.ctx.val()) << 7;
        self.arr_ram.write_enable.next = false;
        self.arr_ram.write_address.next = self.ctx.val();
        self.arr_ram.write_data.next = (bit_cast::<{ arrival::BITS }, 32>(self.arr_cum.q.val())
            << self.at_arrival.cum.val())
            | (bit_cast::<{ arrival::BITS }, 32>(self.arr_high.q.val()) << self.at_arrival.high.val())
            | (bit_cast::<{ arrival::BITS }, 32>(self.arr_done.q.val()) << self.at_arrival.done.val())
            | (bit_cast::<{ arrival::BITS }, 5>(self.arr_pend.q.val()) << self.at_arrival.pending.val())
            | (bit_cast::<{ arrival::BITS }, 1>(self.arr_armed.q.val()) << self.at_arrival.armed.val())
            | (bit_cast::<{ arrival::BITS }, 16>(self.arr_inord.q.val()) << self.at_arrival.in_order.val());
        self.placed_ram.write_enable.next = false;
        self.placed_ram.write_address.next =
            (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.arr_cum.q.val().get_bits::<7>(5));
        self.placed_ram.write_data.next = self.bm_placed.q.val();
        self.last_ram.write_enable.next = false;
        self.last_ram.write_address.next =
            (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.arr_cum.q.val().get_bits::<7>(5));
        self.last_ram.write_data.next = self.bm_last.q.val();
        self.placed_word.d.next = self.placed_ram.read_data.val();
        self.arr.next = self.arr_ram.read_data.val();
        self.q_data.next = self.ans_data.q.val();
        self.q_high.next = self.ans_high.q.val();
        self.q_done.next = self.ans_done.q.val();
        self.in_order.next = self.in_order_r.q.val();
        self.report.next = self.arr_armed.q.val().any() && self.arr_pend.q.val().any();
        self.cum.next = self.arr_cum.q.val();
        self.high.next = self.arr_high.q.val();
        self.done.next = self.arr_done.q.val().get_bits::<{ event::C.width }>(0);
        self.pending.next = self.arr_pend.q.val();
        self.psn_dist.next =
            self.f_psn.val() - self.arr.val().get_bits::<{ arrival::CUM.width }>(self.at_arrival.cum.val().index());
        // At or beyond the window (4,096, asserted in rx.rs) and not behind CUM: an OR of bits
        // 30:12, not a compare's carry chain, as `Mark`'s decision follows it.
        self.psn_far.next = !self.cum_dist.q.val().get_bit(31) && self.cum_dist.q.val().get_bits::<19>(12).any();
        self.psn_dup.next = self.cum_dist.q.val().get_bit(31) || self.psn_placed.q.val();
        self.new_high.next = self.f_psn.val() + 1;
        // HIGH moves forward when 0 < PSN + 1 - HIGH < 2^31 (serial order), that is when
        // PSN - HIGH < 2^31 - 1: no adder before the compare.
        self.high_gap.d.next = self.f_psn.val() - self.arr_high.q.val();
        self.high_ahead.next = !self.high_gap.q.val().get_bit(31) && !self.high_gap.q.val().get_bits::<31>(0).all();
        self.high_placed.d.next = false;
        if self.high_placed.q.val() && self.high_ahead.val() {
            self.arr_high.d.next = self.new_high.val();
        }
        // The run from CUM on in its bitmap word (its bits in place), the LAST frames it passes.
        self.cum_therm.d.next = self.k_ones32.val() << self.arr_cum.q.val().get_bits::<5>(0);
        self.psn_bit.d.next = self.k_one32.val() << self.f_psn.val().get_bits::<5>(0);
        self.run_bits.next = self.run_fill.q.val() & !(self.run_fill.q.val() + 1);
        self.run_mask.next = self.run_bits.val() & self.cum_therm.q.val();
        self.run_whole.next = self.run_fill.q.val().all();
        self.wb_pending.d.next = false;
        self.run_step.d.next = 0.into();
        self.run_count.bits.next = self.run_step.q.val();
        self.run_lo.d.next = self.run_count.count_lo.val();
        self.run_hi.d.next = self.run_count.count_hi.val();
        self.passed_bits.d.next = 0.into();
        self.passed_count.bits.next = self.passed_bits.q.val();
        self.passed_lo.d.next = self.passed_count.count_lo.val();
        self.passed_hi.d.next = self.passed_count.count_hi.val();
        self.coalesce_m1.d.next = self.cfg_coalesce.val() - 1;
        self.pend_mark.next = self.arr_pend.q.val();
        self.new_placed.next = self.bm_placed.q.val() | self.psn_bit.q.val();
        self.new_last.next = self.bm_last.q.val();
        if (self.f_flags.val() & self.k_flag_last.val()).any() {
            self.new_last.next = self.bm_last.q.val() | self.psn_bit.q.val();
        }

        // `Idle`'s choice: the RAMs answer for it in the next state.
        if self.go_commit.val() {
            self.arr_cum.d.next = self.ct_start.val();
            self.arr_high.d.next = self.ct_start.val();
            self.arr_done.d.next = 0.into();
            self.arr_pend.d.next = 0.into();
            self.arr_armed.d.next = 1.into();
            self.arr_inord.d.next = 0.into();
        }
        if self.go_arm.val() {
            self.arr_ram.read_address.next = self.arm_idx.val();
        }
        if self.go_query.val() {
            self.q_kind_r.d.next = self.q_kind.val();
            self.arr_ram.read_address.next = self.q_ctx.val();
            self.placed_ram.read_address.next =
                (bit_cast::<13, 6>(self.q_ctx.val()) << 7) | bit_cast::<13, 7>(self.q_word.val());
        }
        if self.take.val() {
            self.placed_ram.read_address.next =
                (bit_cast::<13, 6>(self.head_ctx.val()) << 7) | bit_cast::<13, 7>(self.head_word.val());
        }
        match self.state.val() {
            RxState::Classify => {
                // The arrival RAM answers for `ctx` in `Check`, and the bitmaps for the
                // frame's PSN.
                self.placed_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
                self.last_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
            }
            RxState::Check => {
                self.arr_cum.d.next =
                    self.arr.val().get_bits::<{ arrival::CUM.width }>(self.at_arrival.cum.val().index());
                self.arr_high.d.next =
                    self.arr.val().get_bits::<{ arrival::HIGH.width }>(self.at_arrival.high.val().index());
                self.arr_done.d.next =
                    self.arr.val().get_bits::<{ arrival::DONE.width }>(self.at_arrival.done.val().index());
                self.arr_pend.d.next =
                    self.arr.val().get_bits::<{ arrival::PENDING.width }>(self.at_arrival.pending.val().index());
                self.arr_armed.d.next =
                    self.arr.val().get_bits::<{ arrival::ARMED.width }>(self.at_arrival.armed.val().index());
                self.arr_inord.d.next =
                    self.arr.val().get_bits::<{ arrival::IN_ORDER.width }>(self.at_arrival.in_order.val().index());
                self.in_order_r.d.next = self.psn_dist.val() == 0;
                self.cum_dist.d.next = self.psn_dist.val();
                self.psn_placed.d.next = (self.placed_word.q.val() & self.psn_bit.q.val()).any();
                self.bm_placed.d.next = self.placed_ram.read_data.val();
                self.bm_last.d.next = self.last_ram.read_data.val();
            }
            RxState::Mark => {
                // The bitmaps' words as placing the frame makes them, written only if it is
                // placed: address and data do not wait for the decision.
                self.placed_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
                self.placed_ram.write_data.next = self.new_placed.val();
                self.last_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
                self.last_ram.write_data.next = self.new_last.val();
                if self.mark_dup.val() {
                    self.arr_pend.d.next = self.arr_pend.q.val() | self.k_r_dup.val();
                } else if self.mark_place.val() {
                    self.bm_placed.d.next = self.new_placed.val();
                    self.bm_run.d.next = self.new_placed.val();
                    self.bm_last.d.next = self.new_last.val();
                    self.placed_ram.write_enable.next = true;
                    self.last_ram.write_enable.next = true;
                    self.high_placed.d.next = true;
                    self.pend_mark.next = self.arr_pend.q.val();
                    if !self.in_order_r.q.val() {
                        self.pend_mark.next = self.pend_mark.val() | self.k_r_gap.val();
                    }
                    if (self.f_flags.val() & self.k_flag_ack_req.val()).any() {
                        self.pend_mark.next = self.pend_mark.val() | self.k_r_ack_req.val();
                    }
                    if self.in_order_r.q.val() {
                        self.arr_inord.d.next = self.arr_inord.q.val() + 1;
                        if self.cfg_coalesce.val().any() && (self.arr_inord.q.val() >= self.coalesce_m1.q.val()) {
                            self.pend_mark.next = self.pend_mark.val() | self.k_r_coalesce.val();
                            self.arr_inord.d.next = 0.into();
                        }
                    }
                    self.arr_pend.d.next = self.pend_mark.val();
                }
            }
            RxState::AdvRun => {
                self.bm_placed.d.next = self.bm_placed.q.val() & !self.run_mask.val();
                self.bm_last.d.next = self.bm_last.q.val() & !self.run_mask.val();
                self.wb_pending.d.next = true;
                self.wb_word.d.next = self.arr_cum.q.val().get_bits::<7>(5);
                self.passed_bits.d.next = self.bm_last.q.val() & self.run_mask.val();
                if self.run_whole.val() {
                    // The run reaches the word's end: CUM moves to the next word's start.
                    self.arr_cum.d.next = (self.arr_cum.q.val() | 31) + 1;
                } else {
                    self.run_step.d.next = self.run_mask.val();
                }
            }
            RxState::AdvRead => {
                self.placed_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.arr_cum.q.val().get_bits::<7>(5));
                self.last_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.arr_cum.q.val().get_bits::<7>(5));
            }
            RxState::AdvWait => {
                // CUM is at a word boundary: the run starts at bit 0 (`run_fill` takes the
                // word straight from the RAM; `bm_run` is read only after `Mark`).
                self.bm_placed.d.next = self.placed_ram.read_data.val();
                self.bm_last.d.next = self.last_ram.read_data.val();
            }
            RxState::Notify => {
                if self.arr_armed.q.val().any() && self.arr_pend.q.val().any() {
                    self.arr_pend.d.next = 0.into();
                    self.arr_armed.d.next = 0.into();
                    self.arr_inord.d.next = 0.into();
                }
                self.arr_ram.write_enable.next = true;
                self.arr_ram.write_data.next = (bit_cast::<{ arrival::BITS }, 32>(self.arr_cum.q.val())
                    << self.at_arrival.cum.val())
                    | (bit_cast::<{ arrival::BITS }, 32>(self.arr_high.q.val()) << self.at_arrival.high.val())
                    | (bit_cast::<{ arrival::BITS }, 32>(self.arr_done.q.val()) << self.at_arrival.done.val())
                    | (bit_cast::<{ arrival::BITS }, 5>(self.arr_pend.d.val()) << self.at_arrival.pending.val())
                    | (bit_cast::<{ arrival::BITS }, 1>(self.arr_armed.d.val()) << self.at_arrival.armed.val())
                    | (bit_cast::<{ arrival::BITS }, 16>(self.arr_inord.d.val()) << self.at_arrival.in_order.val());
            }
            RxState::CmdCommit => {
                self.arr_ram.write_enable.next = true;
            }
            RxState::CmdClear => {
                self.placed_ram.write_enable.next = true;
                self.placed_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.sweep.val().get_bits::<7>(0));
                self.placed_ram.write_data.next = 0.into();
                self.last_ram.write_enable.next = true;
                self.last_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.sweep.val().get_bits::<7>(0));
                self.last_ram.write_data.next = 0.into();
            }
            RxState::CmdArmWait => {
                self.arr_cum.d.next =
                    self.arr.val().get_bits::<{ arrival::CUM.width }>(self.at_arrival.cum.val().index());
                self.arr_high.d.next =
                    self.arr.val().get_bits::<{ arrival::HIGH.width }>(self.at_arrival.high.val().index());
                self.arr_done.d.next =
                    self.arr.val().get_bits::<{ arrival::DONE.width }>(self.at_arrival.done.val().index());
                self.arr_pend.d.next =
                    self.arr.val().get_bits::<{ arrival::PENDING.width }>(self.at_arrival.pending.val().index());
                self.arr_armed.d.next = 1.into();
                self.arr_inord.d.next =
                    self.arr.val().get_bits::<{ arrival::IN_ORDER.width }>(self.at_arrival.in_order.val().index());
            }
            RxState::CmdQueryWait => {
                self.ans_data.d.next = self.placed_ram.read_data.val();
                if self.q_kind_r.q.val() == 0 {
                    self.ans_data.d.next =
                        self.arr.val().get_bits::<{ arrival::CUM.width }>(self.at_arrival.cum.val().index());
                }
                self.ans_high.d.next =
                    self.arr.val().get_bits::<{ arrival::HIGH.width }>(self.at_arrival.high.val().index());
                self.ans_done.d.next =
                    self.arr.val().get_bits::<{ arrival::DONE.width }>(self.at_arrival.done.val().index());
            }
            RxState::ResetSweep => {
                self.placed_ram.write_enable.next = true;
                self.placed_ram.write_address.next = self.sweep.val();
                self.placed_ram.write_data.next = 0.into();
                self.last_ram.write_enable.next = true;
                self.last_ram.write_address.next = self.sweep.val();
                self.last_ram.write_data.next = 0.into();
                self.arr_ram.write_enable.next = true;
                self.arr_ram.write_address.next = self.sweep.val().get_bits::<6>(0);
                self.arr_ram.write_data.next = 0.into();
            }
            _ => {}
        }
        if self.run_lo.q.val().any() || self.run_hi.q.val().any() {
            // The run stays in CUM's word: only CUM's bit index moves.
            self.arr_cum.d.next = (self.arr_cum.q.val() & !self.k_word_bits.val())
                | bit_cast::<32, 6>(
                    bit_cast::<6, 5>(self.arr_cum.q.val().get_bits::<5>(0))
                        + bit_cast::<6, 5>(self.run_lo.q.val())
                        + bit_cast::<6, 5>(self.run_hi.q.val()),
                );
        }
        if self.passed_lo.q.val().any() || self.passed_hi.q.val().any() {
            self.arr_done.d.next = self.arr_done.q.val()
                + bit_cast::<32, 6>(
                    bit_cast::<6, 5>(self.passed_lo.q.val()) + bit_cast::<6, 5>(self.passed_hi.q.val()),
                );
            self.arr_pend.d.next = self.arr_pend.q.val() | self.k_r_complete.val();
        }
        if self.wb_pending.q.val() {
            self.placed_ram.write_enable.next = true;
            self.placed_ram.write_address.next =
                (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.wb_word.q.val());
            self.placed_ram.write_data.next = self.bm_placed.q.val();
            self.last_ram.write_enable.next = true;
            self.last_ram.write_address.next =
                (bit_cast::<13, 6>(self.ctx.val()) << 7) | bit_cast::<13, 7>(self.wb_word.q.val());
            self.last_ram.write_data.next = self.bm_last.q.val();
        }
        self.run_fill.d.next = self.bm_run.d.val() | !self.cum_therm.d.val();
        if self.state.val() == RxState::AdvWait {
            // CUM is at the word's start (no bits below it): the placed RAM's late output
            // passes one multiplexer only.
            self.run_fill.d.next = self.placed_ram.read_data.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;
    use uzura_refnic::{Memory, RefNic};
    use uzura_uapi::proto::{Psn, RX_WINDOW};
    use uzura_uapi::regs::{self, ring_reg};
    use uzura_uapi::ring::Event;
    use uzura_uapi::wire::uzura::{emit_frame, Kind, Repr, WriteRepr};
    use uzura_uapi::wire::MacAddr;

    use crate::testing::{sealed, xorshift};

    /// Sparse host memory for the reference model.
    #[derive(Default)]
    struct Sparse(HashMap<u64, u8>);

    impl Memory for Sparse {
        fn read(&self, addr: u64, buf: &mut [u8]) {
            for (i, b) in buf.iter_mut().enumerate() {
                *b = *self.0.get(&(addr + i as u64)).unwrap_or(&0);
            }
        }
        fn write(&mut self, addr: u64, data: &[u8]) {
            for (i, &b) in data.iter().enumerate() {
                self.0.insert(addr + i as u64, b);
            }
        }
        fn dma_write(&mut self, addr: u64, data: &[u8]) {
            self.write(addr, data);
        }
    }

    const CTX: u32 = 3;
    const START: u32 = 0xFFFF_FF80;
    const COALESCE: u32 = 5;
    const EQ_BASE: u64 = 0x40_0000;
    const EQ_LOG2: u32 = 8;

    /// The PSNs that arrive: in order, with gaps filled later, duplicates, stale ones behind
    /// CUM, some beyond the window, across the 32-bit wrap and across bitmap words; LAST on
    /// some, ACK_REQ on others.
    fn arrivals() -> Vec<(u32, bool, bool)> {
        let mut rnd = xorshift(0x9E37_79B9);
        let mut next = START;
        let mut out = Vec::new();
        let mut held: Vec<u32> = Vec::new();
        for _ in 0..160 {
            let psn = match rnd(10) {
                // A gap: this PSN is held back and sent later.
                0 | 1 => {
                    held.push(next);
                    next = next.wrapping_add(1);
                    next
                }
                2 if !held.is_empty() => held.remove(rnd(held.len() as u64) as usize),
                3 => next.wrapping_sub(1 + rnd(40) as u32),
                4 if rnd(3) == 0 => next.wrapping_add(RX_WINDOW + rnd(100) as u32),
                _ => next,
            };
            if psn == next {
                next = next.wrapping_add(1);
            }
            out.push((psn, psn % 7 == 0, psn % 11 == 0));
        }
        out.extend(held.iter().map(|&p| (p, false, true)));
        out
    }

    /// Arrival tracking as the reference model's (docs/protocol.md §7 step 9 to 11): for each
    /// WRITE the window and duplicate verdicts, then CUM, HIGH, DONE after it, and whether it
    /// is reported and with which reasons, are the model's, frame by frame; the driver re-arms
    /// after each report.
    #[test]
    fn tracks_arrivals_as_the_reference_model() {
        let (station, peer) = (MacAddr([2, 0, 0, 0, 0, 1]), MacAddr([2, 0, 0, 0, 0, 2]));
        let mut uut = RxArrival::default();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<RxArrival>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut sim: Sim<RxArrival>| {
            let mut mem = Sparse::default();
            let mut nic = RefNic::new(station);
            let w = |nic: &mut RefNic, mem: &mut Sparse, reg: u32, v: u32| nic.write_reg(mem, reg, v);
            w(&mut nic, &mut mem, regs::CONTROL, regs::CONTROL_ENABLE);
            w(&mut nic, &mut mem, regs::ACK_COALESCE, COALESCE);
            w(&mut nic, &mut mem, ring_reg(regs::EQ, regs::RING_BASE_LO), EQ_BASE as u32);
            w(&mut nic, &mut mem, ring_reg(regs::EQ, regs::RING_BASE_HI), 0);
            w(&mut nic, &mut mem, ring_reg(regs::EQ, regs::RING_SIZE_LOG2), EQ_LOG2);
            // One region of 256 pages at bus pages 0x1000.., page list at 0x10_0000.
            for i in 0..256u64 {
                mem.write(0x10_0000 + 8 * i, &((0x1000 + i) << 12).to_le_bytes());
            }
            for (reg, v) in [
                (regs::RT_KEY_LO, 0x55),
                (regs::RT_KEY_HI, 0),
                (regs::RT_LEN_LO, 256 << 12),
                (regs::RT_LEN_HI, 0),
                (regs::RT_PL_LO, 0x10_0000),
                (regs::RT_PL_HI, 0),
                (regs::RT_FIRST, 0),
                (regs::RT_PD, 1),
                (regs::RT_FLAGS, regs::RT_FLAG_VALID | regs::RT_FLAG_REMOTE_WRITE),
                (regs::RT_COMMIT, 0),
                (regs::CT_PEER_MAC_LO, peer.to_u64() as u32),
                (regs::CT_PEER_MAC_HI, (peer.to_u64() >> 32) as u32),
                (regs::CT_PEER_CTX, 7),
                (regs::CT_LOCAL_TAG, 0x7A6),
                (regs::CT_PD, 1),
                (regs::CT_FLAGS, regs::CT_FLAG_VALID),
                (regs::CT_RX_START, START),
                (regs::CT_COMMIT, CTX),
                (regs::CT_SELECT, CTX),
            ] {
                w(&mut nic, &mut mem, reg, v);
            }
            let mut x = sim.init()?;
            x.cfg_coalesce.next = (COALESCE as u64).into();
            // The commit: `Idle` takes it, `CmdCommit` stores the state, `CmdClear` sweeps
            // the bitmaps' 128 words.
            x.ctx.next = (CTX as u64).into();
            x.ct_start.next = (START as u64).into();
            x.go_commit.next = true;
            x.state.next = RxState::Idle;
            wait_clock_cycle!(sim, clock, x);
            x.go_commit.next = false;
            x.state.next = RxState::CmdCommit;
            wait_clock_cycle!(sim, clock, x);
            x.state.next = RxState::CmdClear;
            for word in 0..128u64 {
                x.sweep.next = word.into();
                wait_clock_cycle!(sim, clock, x);
            }
            let mut eq_tail = 0u32;
            let mut now = 0u64;
            for (psn, last, ack_req) in arrivals() {
                // The reference model first.
                let w = WriteRepr { last, ack_req, key: 0x55, region: 0, offset: 8 * (psn % 4096) as u64, len: 8 };
                let repr =
                    Repr { dst_ctx: CTX as u16, src_ctx: 7, dst_tag: 0x7A6, psn: Psn(psn), kind: Kind::Write(w) };
                let mut buf = vec![0u8; 128];
                let n = emit_frame(peer, station, &repr, &psn.to_le_bytes().repeat(2), &mut buf);
                let (dups, windows) = (nic.counter(regs::Counter::RxDropDup), nic.counter(regs::Counter::RxDropWindow));
                now += 1_000_000;
                nic.receive(&mut mem, &sealed(&buf[..n]), now);
                let dup = nic.counter(regs::Counter::RxDropDup) != dups;
                let far = nic.counter(regs::Counter::RxDropWindow) != windows;
                let mut event = None;
                if nic.read_reg(ring_reg(regs::EQ, regs::RING_TAIL)) != eq_tail {
                    let mut raw = [0u8; Event::LEN];
                    mem.read(EQ_BASE + Event::LEN as u64 * (eq_tail % (1 << EQ_LOG2)) as u64, &mut raw);
                    eq_tail += 1;
                    nic.write_reg(&mut mem, ring_reg(regs::EQ, regs::RING_HEAD), eq_tail);
                    event = Some(Event::decode(&raw));
                }
                // Then the block, as the engine steps it.
                x.take.next = true;
                x.head_ctx.next = (CTX as u64).into();
                x.head_word.next = ((psn >> 5) as u64 & 127).into();
                x.state.next = RxState::Idle;
                wait_clock_cycle!(sim, clock, x);
                x.take.next = false;
                x.f_psn.next = (psn as u64).into();
                x.f_flags.next = (((last as u64) * FLAG_LAST as u64) | ((ack_req as u64) * FLAG_ACK_REQ as u64)).into();
                x.state.next = RxState::Classify;
                wait_clock_cycle!(sim, clock, x);
                x.state.next = RxState::Check;
                wait_clock_cycle!(sim, clock, x);
                // `Mark`: the other checks passed; the block's own verdicts are the model's.
                x.state.next = RxState::Mark;
                x = sim.wait(1, x)?;
                sim_assert_eq!(sim, x.psn_far.val(), far, x);
                sim_assert_eq!(sim, x.psn_dup.val() && !far, dup, x);
                x.mark_dup.next = !far && dup;
                x.mark_place.next = !far && !dup;
                let in_order = x.in_order.val();
                wait_clock_cycle!(sim, clock, x);
                x.mark_dup.next = false;
                x.mark_place.next = false;
                if far {
                    x.state.next = RxState::Discard;
                    wait_clock_cycle!(sim, clock, x);
                    continue;
                }
                if !dup && in_order {
                    // CUM moves over the run, a bitmap word at a time.
                    loop {
                        x.state.next = RxState::AdvRun;
                        x = sim.wait(1, x)?;
                        let whole = x.run_whole.val();
                        wait_clock_cycle!(sim, clock, x);
                        if !whole {
                            break;
                        }
                        x.state.next = RxState::AdvRead;
                        wait_clock_cycle!(sim, clock, x);
                        x.state.next = RxState::AdvWait;
                        wait_clock_cycle!(sim, clock, x);
                    }
                }
                if !dup {
                    // The payload's translation and write.
                    x.state.next = RxState::Xlate;
                    for _ in 0..4 {
                        wait_clock_cycle!(sim, clock, x);
                    }
                }
                x.state.next = RxState::Notify;
                x = sim.wait(1, x)?;
                let cum = nic.read_reg(regs::CT_RX_CUM) as u64;
                sim_assert_eq!(sim, x.cum.val().to_u64(), cum, x);
                sim_assert_eq!(sim, x.high.val().to_u64(), nic.read_reg(regs::CT_RX_HIGH) as u64, x);
                sim_assert_eq!(sim, x.done.val().to_u64(), nic.read_reg(regs::CT_RX_DONE) as u64 & 0xFFFF, x);
                sim_assert_eq!(sim, x.report.val(), event.is_some(), x);
                if let Some(e) = event {
                    sim_assert_eq!(sim, x.pending.val().to_u64(), e.reason as u64, x);
                    sim_assert_eq!(sim, (x.cum.val().to_u64(), x.high.val().to_u64()), (e.a as u64, e.b as u64), x);
                    sim_assert_eq!(sim, x.done.val().to_u64(), e.c as u64, x);
                }
                wait_clock_cycle!(sim, clock, x);
                if event.is_some() {
                    // The driver answers and re-arms: the model at once, the block through
                    // `CmdArmWait` and `Notify`, which reports what arose meanwhile (nothing).
                    nic.write_reg(&mut mem, regs::CT_ARM, CTX);
                    x.go_arm.next = true;
                    x.arm_idx.next = (CTX as u64).into();
                    x.state.next = RxState::Idle;
                    wait_clock_cycle!(sim, clock, x);
                    x.go_arm.next = false;
                    x.state.next = RxState::CmdArmWait;
                    wait_clock_cycle!(sim, clock, x);
                    x.state.next = RxState::Notify;
                    x = sim.wait(1, x)?;
                    sim_assert!(sim, !x.report.val(), x);
                    wait_clock_cycle!(sim, clock, x);
                }
                x.state.next = RxState::Discard;
                wait_clock_cycle!(sim, clock, x);
            }
            // Whatever is still missing, CUM waits for; the bitmap word at CUM, read through a
            // query, is the model's `RX_MAP` word.
            let cum = nic.read_reg(regs::CT_RX_CUM);
            let word = (cum % RX_WINDOW) / 32;
            x.go_query.next = true;
            x.q_kind.next = 3.into();
            x.q_ctx.next = (CTX as u64).into();
            x.q_word.next = (word as u64).into();
            x.state.next = RxState::Idle;
            wait_clock_cycle!(sim, clock, x);
            x.go_query.next = false;
            x.state.next = RxState::CmdQueryWait;
            wait_clock_cycle!(sim, clock, x);
            x.state.next = RxState::CmdQueryAck;
            x = sim.wait(1, x)?;
            sim_assert_eq!(sim, x.q_data.val().to_u64(), nic.read_reg(regs::RX_MAP + 4 * word) as u64, x);
            sim.done(x)
        });
        sim.run(Box::new(uut), 1_000_000).unwrap();
    }
}
