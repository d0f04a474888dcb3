//! The MAC's receive half: XGMII in, host frames without FCS out, MAC Control frames consumed.
//!
//! Stages, one word per cycle:
//! - W registers the wire and notes a start character in lane 0 or lane 4.
//! - W -> A aligns: a frame that starts in lane 4 (IEEE 802.3 clause 46 allows starts in lanes
//!   0 and 4, and a standard transmitter keeping its average gap with a deficit idle count uses
//!   both) is passed on half a word later, as words made of the high half of one wire word and
//!   the low half of the next, so that from A on every frame starts in lane 0. The choice holds
//!   from one start to the next. Leaving the shift for a lane-0 start, the low half of the
//!   start's word would be passed twice: the first time it goes out as idle, ending whatever
//!   came before (a frame without its terminate ends with `error`).
//! - A -> B decodes each word into flags (start, first control lane, terminate or not, PAUSE
//!   header matches), so the frame logic works on registered flags only.
//! - B runs the frame: it folds every word into the FCS block, the terminate's word too, counts
//!   bytes, and holds one word back, because a frame's last four bytes (the FCS, stripped) may
//!   begin in the word before the terminate. A word goes out when the next one shows it is not
//!   the last.
//! - The cycle after the terminate ("tail") the FCS register covers the frame with its FCS; the
//!   final word goes out with `last` and `error`. The length checks were registered with the
//!   terminate, and the counters and the PAUSE report follow a cycle after the tail from
//!   registered flags, which keeps the FCS comparison the only logic of the tail.
//!
//! The FCS check needs no partial words: the decode zeroes the lanes from the first control
//! character on, and the FCS block always folds whole words. Folding a frame with its intact
//! FCS gives a fixed value, and the 8 - k zero bytes after the frame's k bytes in the
//! terminate's word turn it into one of eight fixed values, chosen by k. So the receive FCS is
//! the 64-bit equations only (synthesis drops the rest of the block), a third of the size.
//!
//! A control character other than terminate inside a frame ends the frame with `error`.
//!
//! A MAC Control frame (EtherType 0x8808, to PAUSE_DST or to the station's own address, as IEEE
//! 802.3 Annex 31B has a receiver accept both) is never forwarded: that is known from its first
//! two words, before its first word would go out. With a good FCS and length, a PAUSE (opcode
//! 0x0001) gives a `pause_load` pulse with its quanta, and any other opcode is counted in
//! `rx_unsupported` (clause 31 discards it).

use rust_hdl::prelude::*;
use uzura_uapi::wire::FCS_LEN;

use crate::crc::{after_zeros, Crc64};
use crate::{fcs_residue, pause_dst_lanes, pause_type_lanes, xgmii, MAX_FRAME_WITH_FCS, MIN_FRAME_WITH_FCS};

/// The receive half of the MAC.
///
/// Host stream: `data`/`keep` (contiguous from byte 0, partial on the last word only), `valid`,
/// `last`; `error` on a `last` word marks a frame the consumer must drop (bad FCS, runt,
/// oversize, control character). There is no backpressure: a MAC cannot stall the wire.
///
/// Counters wrap at 32 bits. Each received frame counts once: `rx_bad_fcs` (FCS mismatch or a
/// control character inside), else `rx_runt` (under 64 bytes with FCS), else `rx_oversize`
/// (over `MAX_FRAME_WITH_FCS`), else `rx_frames`; a PAUSE frame counted in `rx_frames` also
/// counts in `rx_pause`. This is the order of `uzura_uapi::regs::Counter`'s reference model.
#[derive(LogicBlock)]
pub struct MacRx {
    pub clock: Signal<In, Clock>,
    pub rxd: Signal<In, Bits<64>>,
    pub rxc: Signal<In, Bits<8>>,
    /// The station's MAC address, first octet in bits 47:40 (`MacAddr::to_u64`).
    pub station: Signal<In, Bits<48>>,
    pub data: Signal<Out, Bits<64>>,
    pub keep: Signal<Out, Bits<8>>,
    pub valid: Signal<Out, Bit>,
    pub last: Signal<Out, Bit>,
    pub error: Signal<Out, Bit>,
    pub pause_quanta: Signal<Out, Bits<16>>,
    pub pause_load: Signal<Out, Bit>,
    pub rx_frames: Signal<Out, Bits<32>>,
    pub rx_bad_fcs: Signal<Out, Bits<32>>,
    pub rx_runt: Signal<Out, Bits<32>>,
    pub rx_oversize: Signal<Out, Bits<32>>,
    pub rx_pause: Signal<Out, Bits<32>>,
    /// Good MAC Control frames to this station with an opcode other than PAUSE (clause 31
    /// discards them; also counted in `rx_frames`).
    pub rx_unsupported: Signal<Out, Bits<32>>,
    w_d: DFF<Bits<64>>,
    w_c: DFF<Bits<8>>,
    w_start0: DFF<Bit>,
    w_start4: DFF<Bit>,
    /// Frames are passed half a word late, starting in wire lane 4.
    shifted: DFF<Bit>,
    shift_now: Signal<Local, Bit>,
    /// The word being received starts a frame in lane 0.
    in_start0: Signal<Local, Bit>,
    idle_half: Constant<Bits<32>>,
    a_d: DFF<Bits<64>>,
    a_c: DFF<Bits<8>>,
    /// The word with its lanes from the first control character on zeroed.
    b_d: DFF<Bits<64>>,
    /// Start character in lane 0, and whether lanes 1-7 are data ending in the SFD: the
    /// preamble's own bytes are not checked (IEEE 802.3 4.2.9: the MAC looks for the SFD).
    b_start: DFF<Bit>,
    b_preamble: DFF<Bit>,
    /// Any control lane; the data bytes before the first one (count and mask); whether that
    /// first control character is terminate.
    b_ctrl: DFF<Bit>,
    b_len: DFF<Bits<4>>,
    /// The length thresholds for the word's byte count `b_len` (see `short_below`), picked
    /// in the decode stage so that the terminate's checks compare `count` with registers.
    b_short: DFF<Bits<14>>,
    b_runt: DFF<Bits<14>>,
    b_over: DFF<Bits<14>>,
    b_keep: DFF<Bits<8>>,
    b_term: DFF<Bit>,
    /// Lanes 0-5 are PAUSE_DST or the station's address; lanes 4-5 are the MAC Control
    /// EtherType, lanes 6-7 the PAUSE opcode.
    b_pause_dst: DFF<Bit>,
    b_ctl_type: DFF<Bit>,
    b_pause_op: DFF<Bit>,
    in_frame: DFF<Bit>,
    /// Index of the frame's word in B, saturating at 3 (the PAUSE fields are in words 0-2).
    widx: DFF<Bits<2>>,
    /// Bytes of the frame before B's word, saturating past `max_frame`.
    count: DFF<Bits<14>>,
    bad_ctrl: DFF<Bit>,
    pause_dst: DFF<Bit>,
    /// A MAC Control frame to this station (never passed on), and whether it is a PAUSE.
    is_ctl: DFF<Bit>,
    is_pause: DFF<Bit>,
    drop: Signal<Local, Bit>,
    quanta: DFF<Bits<16>>,
    hold: DFF<Bits<64>>,
    hold_valid: DFF<Bit>,
    hold_keep: DFF<Bits<8>>,
    crc: Crc64,
    tail: DFF<Bit>,
    /// The terminate word's data bytes, and whether the frame with its FCS is shorter than the
    /// FCS, shorter than the minimum, longer than the maximum: registered with the terminate.
    tail_k: DFF<Bits<3>>,
    short_f: DFF<Bit>,
    runt_f: DFF<Bit>,
    over_f: DFF<Bit>,
    bad_fcs: Signal<Local, Bit>,
    /// The tail's verdict, one pulse the next cycle: the counter to step and the PAUSE to report.
    is_bad: DFF<Bit>,
    is_runt: DFF<Bit>,
    is_over: DFF<Bit>,
    is_good: DFF<Bit>,
    got_pause: DFF<Bit>,
    got_unsupported: DFF<Bit>,
    data_r: DFF<Bits<64>>,
    keep_r: DFF<Bits<8>>,
    valid_r: DFF<Bit>,
    last_r: DFF<Bit>,
    error_r: DFF<Bit>,
    pause_quanta_r: DFF<Bits<16>>,
    pause_load_r: DFF<Bit>,
    frames_r: DFF<Bits<32>>,
    bad_fcs_r: DFF<Bits<32>>,
    runt_r: DFF<Bits<32>>,
    oversize_r: DFF<Bits<32>>,
    pause_r: DFF<Bits<32>>,
    unsupported_r: DFF<Bits<32>>,
    start_char: Constant<Bits<8>>,
    term_char: Constant<Bits<8>>,
    sfd: Constant<Bits<8>>,
    pause_dst_lanes: Constant<Bits<48>>,
    pause_type_lanes: Constant<Bits<32>>,
    /// `station` as it appears in lanes 0-5 of a frame's first word.
    station_lanes: Signal<Local, Bits<48>>,
    /// For k = 0..8: the FCS register after a good frame whose terminate word has k data
    /// bytes, in bits 32k+31:32k.
    residues: Constant<Bits<256>>,
    /// Length checks as thresholds on `count` (a multiple of 8), one per terminate-word byte
    /// count k in bits 14k+13:14k: short if `count < short_below[k]`, runt if `count <
    /// runt_below[k]`, oversize if `count >= over_from[k]`.
    short_below: Constant<Bits<112>>,
    runt_below: Constant<Bits<112>>,
    over_from: Constant<Bits<112>>,
    /// `count` stops growing past this.
    max_frame: Constant<Bits<14>>,
}

/// The least multiple of 8 that is at least `n` (0 for n <= 0).
fn round_up8(n: isize) -> usize {
    (n.max(0) as usize).div_ceil(8) * 8
}

/// A table of eight 14-bit `count` thresholds, one per k = 0..8.
fn thresholds(f: impl Fn(isize) -> usize) -> Bits<112> {
    (0..8).fold(Bits::<112>::default(), |t, k| t | (bit_cast::<112, 14>((f(k) as u64).into()) << (14 * k as u64)))
}

impl Default for MacRx {
    fn default() -> Self {
        const _: () = assert!(MAX_FRAME_WITH_FCS + 8 < 1 << 14, "count is 14 bits");
        Self {
            clock: Default::default(),
            rxd: Default::default(),
            rxc: Default::default(),
            station: Default::default(),
            station_lanes: Default::default(),
            data: Default::default(),
            keep: Default::default(),
            valid: Default::default(),
            last: Default::default(),
            error: Default::default(),
            pause_quanta: Default::default(),
            pause_load: Default::default(),
            rx_frames: Default::default(),
            rx_bad_fcs: Default::default(),
            rx_runt: Default::default(),
            rx_oversize: Default::default(),
            rx_pause: Default::default(),
            rx_unsupported: Default::default(),
            w_d: Default::default(),
            w_c: Default::default(),
            w_start0: Default::default(),
            w_start4: Default::default(),
            shifted: Default::default(),
            shift_now: Default::default(),
            in_start0: Default::default(),
            idle_half: Constant::new((xgmii::IDLE_WORD & 0xFFFF_FFFF).into()),
            a_d: Default::default(),
            a_c: Default::default(),
            b_d: Default::default(),
            b_start: Default::default(),
            b_preamble: Default::default(),
            b_ctrl: Default::default(),
            b_len: Default::default(),
            b_short: Default::default(),
            b_runt: Default::default(),
            b_over: Default::default(),
            b_keep: Default::default(),
            b_term: Default::default(),
            b_pause_dst: Default::default(),
            b_ctl_type: Default::default(),
            b_pause_op: Default::default(),
            in_frame: Default::default(),
            widx: Default::default(),
            count: Default::default(),
            bad_ctrl: Default::default(),
            pause_dst: Default::default(),
            is_ctl: Default::default(),
            is_pause: Default::default(),
            drop: Default::default(),
            quanta: Default::default(),
            hold: Default::default(),
            hold_valid: Default::default(),
            hold_keep: Default::default(),
            crc: Default::default(),
            tail: Default::default(),
            tail_k: Default::default(),
            short_f: Default::default(),
            runt_f: Default::default(),
            over_f: Default::default(),
            bad_fcs: Default::default(),
            is_bad: Default::default(),
            is_runt: Default::default(),
            is_over: Default::default(),
            is_good: Default::default(),
            got_pause: Default::default(),
            got_unsupported: Default::default(),
            data_r: Default::default(),
            keep_r: Default::default(),
            valid_r: Default::default(),
            last_r: Default::default(),
            error_r: Default::default(),
            pause_quanta_r: Default::default(),
            pause_load_r: Default::default(),
            frames_r: Default::default(),
            bad_fcs_r: Default::default(),
            runt_r: Default::default(),
            oversize_r: Default::default(),
            pause_r: Default::default(),
            unsupported_r: Default::default(),
            start_char: Constant::new((xgmii::START as u64).into()),
            term_char: Constant::new((xgmii::TERMINATE as u64).into()),
            sfd: Constant::new((xgmii::SFD as u64).into()),
            pause_dst_lanes: Constant::new(pause_dst_lanes().into()),
            pause_type_lanes: Constant::new(pause_type_lanes().into()),
            residues: Constant::new((0..8).fold(Bits::<256>::default(), |r, k| {
                r | (bit_cast::<256, 32>((after_zeros(fcs_residue(), 8 - k) as u64).into()) << (32 * k as u64))
            })),
            // count + k < FCS_LEN, count + k < MIN_FRAME_WITH_FCS, count + k > MAX_FRAME_WITH_FCS.
            short_below: Constant::new(thresholds(|k| round_up8(FCS_LEN as isize - k))),
            runt_below: Constant::new(thresholds(|k| round_up8(MIN_FRAME_WITH_FCS as isize - k))),
            over_from: Constant::new(thresholds(|k| round_up8(MAX_FRAME_WITH_FCS as isize + 1 - k))),
            max_frame: Constant::new((MAX_FRAME_WITH_FCS as u64).into()),
        }
    }
}

impl Logic for MacRx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            w_d,
            w_c,
            w_start0,
            w_start4,
            shifted,
            a_d,
            a_c,
            b_d,
            b_start,
            b_preamble,
            b_ctrl,
            b_len,
            b_short,
            b_runt,
            b_over,
            b_keep,
            b_term,
            b_pause_dst,
            b_ctl_type,
            b_pause_op,
            in_frame,
            widx,
            count,
            bad_ctrl,
            pause_dst,
            is_ctl,
            is_pause,
            quanta,
            hold,
            hold_valid,
            hold_keep,
            tail,
            tail_k,
            short_f,
            runt_f,
            over_f,
            is_bad,
            is_runt,
            is_over,
            is_good,
            got_pause,
            got_unsupported,
            data_r,
            keep_r,
            valid_r,
            last_r,
            error_r,
            pause_quanta_r,
            pause_load_r,
            frames_r,
            bad_fcs_r,
            runt_r,
            oversize_r,
            pause_r,
            unsupported_r
        );
        clock!(self, clock, crc);

        // W: the wire.
        self.in_start0.next = self.rxc.val().get_bit(0) && self.rxd.val().get_bits::<8>(0) == self.start_char.val();
        self.w_d.d.next = self.rxd.val();
        self.w_c.d.next = self.rxc.val();
        self.w_start0.d.next = self.in_start0.val();
        self.w_start4.d.next = self.rxc.val().get_bit(4) && self.rxd.val().get_bits::<8>(32) == self.start_char.val();

        // W -> A: lane-4 starts moved to lane 0.
        self.shift_now.next = self.shifted.q.val();
        if self.w_start4.q.val() {
            self.shift_now.next = true;
        }
        if self.w_start0.q.val() {
            self.shift_now.next = false;
        }
        self.shifted.d.next = self.shift_now.val();
        self.a_d.d.next = self.w_d.q.val();
        self.a_c.d.next = self.w_c.q.val();
        if self.shift_now.val() {
            self.a_d.d.next = (bit_cast::<64, 32>(self.rxd.val().get_bits::<32>(0)) << 32)
                | bit_cast::<64, 32>(self.w_d.q.val().get_bits::<32>(32));
            self.a_c.d.next = (bit_cast::<8, 4>(self.rxc.val().get_bits::<4>(0)) << 4)
                | bit_cast::<8, 4>(self.w_c.q.val().get_bits::<4>(4));
            if self.in_start0.val() {
                self.a_d.d.next = (bit_cast::<64, 32>(self.idle_half.val()) << 32)
                    | bit_cast::<64, 32>(self.w_d.q.val().get_bits::<32>(32));
                self.a_c.d.next = bit_cast::<8, 4>(self.w_c.q.val().get_bits::<4>(4)) | 0xF0_u64.to_bits();
            }
        }

        // A -> B: decode.
        self.b_d.d.next = self.a_d.q.val();
        self.b_start.d.next = self.a_c.q.val().get_bit(0) && self.a_d.q.val().get_bits::<8>(0) == self.start_char.val();
        self.b_preamble.d.next =
            self.a_d.q.val().get_bits::<8>(56) == self.sfd.val() && !self.a_c.q.val().get_bits::<7>(1).any();
        self.b_ctrl.d.next = self.a_c.q.val().any();
        // The first control lane decides; scanning from lane 7 down, the lowest one is written last.
        self.b_len.d.next = 8.into();
        self.b_short.d.next = self.short_below.val().get_bits::<14>(0);
        self.b_runt.d.next = self.runt_below.val().get_bits::<14>(0);
        self.b_over.d.next = self.over_from.val().get_bits::<14>(0);
        self.b_keep.d.next = 0xFF.into();
        self.b_term.d.next = false;
        for i in 0..8 {
            if self.a_c.q.val().get_bit(7 - i) {
                self.b_d.d.next = self.a_d.q.val() & ((1_u64 << (8 * (7 - i))) - 1).to_bits();
                self.b_len.d.next = (7 - i).to_bits();
                self.b_short.d.next = self.short_below.val().get_bits::<14>(14 * (7 - i));
                self.b_runt.d.next = self.runt_below.val().get_bits::<14>(14 * (7 - i));
                self.b_over.d.next = self.over_from.val().get_bits::<14>(14 * (7 - i));
                self.b_keep.d.next = ((1_usize << (7 - i)) - 1).to_bits();
                self.b_term.d.next = self.a_d.q.val().get_bits::<8>(8 * (7 - i)) == self.term_char.val();
            }
        }
        self.station_lanes.next = bit_cast::<48, 8>(self.station.val().get_bits::<8>(40))
            | (bit_cast::<48, 8>(self.station.val().get_bits::<8>(32)) << 8)
            | (bit_cast::<48, 8>(self.station.val().get_bits::<8>(24)) << 16)
            | (bit_cast::<48, 8>(self.station.val().get_bits::<8>(16)) << 24)
            | (bit_cast::<48, 8>(self.station.val().get_bits::<8>(8)) << 32)
            | (bit_cast::<48, 8>(self.station.val().get_bits::<8>(0)) << 40);
        self.b_pause_dst.d.next = (self.a_d.q.val().get_bits::<48>(0) == self.pause_dst_lanes.val())
            || (self.a_d.q.val().get_bits::<48>(0) == self.station_lanes.val());
        self.b_ctl_type.d.next = self.a_d.q.val().get_bits::<16>(32) == self.pause_type_lanes.val().get_bits::<16>(0);
        self.b_pause_op.d.next = self.a_d.q.val().get_bits::<16>(48) == self.pause_type_lanes.val().get_bits::<16>(16);

        // B: the frame.
        self.crc.start.next = self.widx.q.val() == 0;
        self.crc.valid.next = false;
        self.crc.data.next = self.b_d.q.val();
        self.crc.keep.next = 0xFF.into();
        self.tail.d.next = false;
        self.data_r.d.next = self.hold.q.val();
        self.keep_r.d.next = 0xFF.into();
        self.valid_r.d.next = false;
        self.last_r.d.next = false;
        self.error_r.d.next = false;
        // A MAC Control frame is recognised in word 1, as word 0 would go out.
        self.drop.next =
            self.is_ctl.q.val() || (self.widx.q.val() == 1 && self.pause_dst.q.val() && self.b_ctl_type.q.val());
        if self.in_frame.q.val() {
            self.crc.valid.next = true;
            if self.widx.q.val() != 3 {
                self.widx.d.next = self.widx.q.val() + 1;
            }
            if self.widx.q.val() == 0 {
                self.pause_dst.d.next = self.b_pause_dst.q.val();
            }
            if self.widx.q.val() == 1 {
                self.is_ctl.d.next = self.drop.val();
                self.is_pause.d.next = self.drop.val() && self.b_pause_op.q.val();
            }
            if self.widx.q.val() == 2 {
                self.quanta.d.next = (bit_cast::<16, 8>(self.b_d.q.val().get_bits::<8>(0)) << 8)
                    | bit_cast::<16, 8>(self.b_d.q.val().get_bits::<8>(8));
            }
            if !self.b_ctrl.q.val() {
                if self.count.q.val() <= self.max_frame.val() {
                    self.count.d.next = self.count.q.val() + 8;
                }
                self.valid_r.d.next = self.hold_valid.q.val() && !self.drop.val();
                self.hold.d.next = self.b_d.q.val();
                self.hold_valid.d.next = true;
            } else {
                self.in_frame.d.next = false;
                self.tail.d.next = true;
                self.bad_ctrl.d.next = self.bad_ctrl.q.val() || !self.b_term.q.val();
                self.tail_k.d.next = self.b_len.q.val().get_bits::<3>(0);
                self.short_f.d.next = self.count.q.val() < self.b_short.q.val();
                self.runt_f.d.next = self.count.q.val() < self.b_runt.q.val();
                self.over_f.d.next = self.count.q.val() >= self.b_over.q.val();
                if self.b_keep.q.val().get_bit(4) {
                    // 5 to 7 bytes before the terminate: the held word is whole, and this one
                    // ends the frame with its first 1 to 3 bytes.
                    self.valid_r.d.next = self.hold_valid.q.val() && !self.drop.val();
                    self.hold.d.next = self.b_d.q.val();
                    self.hold_valid.d.next = true;
                    self.hold_keep.d.next = self.b_keep.q.val() >> 4;
                } else {
                    // 0 to 4 bytes: the FCS began in the held word, which ends the frame.
                    self.hold_keep.d.next = (self.b_keep.q.val() << 4) | 0x0F;
                }
            }
        } else if self.b_start.q.val() {
            self.in_frame.d.next = true;
            self.widx.d.next = 0.into();
            self.count.d.next = 0.into();
            self.bad_ctrl.d.next = !self.b_preamble.q.val();
            self.pause_dst.d.next = false;
            self.is_ctl.d.next = false;
            self.is_pause.d.next = false;
        }

        // Tail: the FCS register now covers the frame and its FCS.
        self.bad_fcs.next = self.bad_ctrl.q.val()
            || self.short_f.q.val()
            || self.crc.fcs.val() != self.residues.val().get_bits::<32>(self.tail_k.q.val().index() * 32);
        self.is_bad.d.next = false;
        self.is_runt.d.next = false;
        self.is_over.d.next = false;
        self.is_good.d.next = false;
        self.got_pause.d.next = false;
        self.got_unsupported.d.next = false;
        if self.tail.q.val() {
            self.valid_r.d.next = self.hold_valid.q.val() && !self.is_ctl.q.val();
            self.last_r.d.next = true;
            self.error_r.d.next = self.bad_fcs.val() || self.runt_f.q.val() || self.over_f.q.val();
            self.keep_r.d.next = self.hold_keep.q.val();
            self.hold_valid.d.next = false;
            self.is_bad.d.next = self.bad_fcs.val();
            self.is_runt.d.next = !self.bad_fcs.val() && self.runt_f.q.val();
            self.is_over.d.next = !self.bad_fcs.val() && !self.runt_f.q.val() && self.over_f.q.val();
            self.is_good.d.next = !(self.bad_fcs.val() || self.runt_f.q.val() || self.over_f.q.val());
            self.got_pause.d.next =
                !(self.bad_fcs.val() || self.runt_f.q.val() || self.over_f.q.val()) && self.is_pause.q.val();
            self.got_unsupported.d.next = !(self.bad_fcs.val() || self.runt_f.q.val() || self.over_f.q.val())
                && self.is_ctl.q.val()
                && !self.is_pause.q.val();
        }

        // The cycle after the tail: counters and the PAUSE report (`quanta` holds until word 2
        // of the next frame).
        if self.is_bad.q.val() {
            self.bad_fcs_r.d.next = self.bad_fcs_r.q.val() + 1;
        }
        if self.is_runt.q.val() {
            self.runt_r.d.next = self.runt_r.q.val() + 1;
        }
        if self.is_over.q.val() {
            self.oversize_r.d.next = self.oversize_r.q.val() + 1;
        }
        if self.is_good.q.val() {
            self.frames_r.d.next = self.frames_r.q.val() + 1;
        }
        self.pause_load_r.d.next = self.got_pause.q.val();
        if self.got_pause.q.val() {
            self.pause_r.d.next = self.pause_r.q.val() + 1;
            self.pause_quanta_r.d.next = self.quanta.q.val();
        }
        if self.got_unsupported.q.val() {
            self.unsupported_r.d.next = self.unsupported_r.q.val() + 1;
        }

        self.data.next = self.data_r.q.val();
        self.keep.next = self.keep_r.q.val();
        self.valid.next = self.valid_r.q.val();
        self.last.next = self.last_r.q.val();
        self.error.next = self.error_r.q.val();
        self.pause_quanta.next = self.pause_quanta_r.q.val();
        self.pause_load.next = self.pause_load_r.q.val();
        self.rx_frames.next = self.frames_r.q.val();
        self.rx_bad_fcs.next = self.bad_fcs_r.q.val();
        self.rx_runt.next = self.runt_r.q.val();
        self.rx_oversize.next = self.oversize_r.q.val();
        self.rx_pause.next = self.pause_r.q.val();
        self.rx_unsupported.next = self.unsupported_r.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{bytes, encode, encode_packed, mac_control, sealed, Word, IDLE_W};
    use uzura_uapi::wire::pause::OPCODE_PAUSE;
    use uzura_uapi::wire::MacAddr;

    /// What the receiver put out: frames (bytes, error) and the PAUSE quanta it reported.
    #[derive(Debug, Default)]
    struct Seen {
        frames: Vec<(Vec<u8>, bool)>,
        pauses: Vec<u16>,
        /// Frames, bad FCS, runt, oversize, PAUSE, unsupported opcodes.
        counters: [u32; 6],
    }

    fn run(words: Vec<Word>) -> Seen {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Seen::default()));
        let out = seen.clone();
        let cycles = words.len() as u64 + 8;
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<MacRx>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut ep: Sim<MacRx>| {
            let mut x = ep.init()?;
            let mut cur = Vec::new();
            for i in 0..cycles as usize {
                let (d, c) = words.get(i).copied().unwrap_or(IDLE_W);
                x.rxd.next = d.into();
                x.rxc.next = (c as u64).into();
                wait_clock_cycle!(ep, clock, x);
                let mut o = out.lock().unwrap();
                if x.valid.val() {
                    let keep = x.keep.val().to_u64();
                    // Contiguous from byte 0, never empty.
                    sim_assert!(ep, keep != 0 && (keep + 1) & keep == 0, x);
                    cur.extend_from_slice(&x.data.val().to_u64().to_le_bytes()[..keep.count_ones() as usize]);
                    if x.last.val() {
                        o.frames.push((std::mem::take(&mut cur), x.error.val()));
                    }
                }
                if x.pause_load.val() {
                    o.pauses.push(x.pause_quanta.val().to_u64() as u16);
                }
                o.counters = [&x.rx_frames, &x.rx_bad_fcs, &x.rx_runt, &x.rx_oversize, &x.rx_pause, &x.rx_unsupported]
                    .map(|c| c.val().to_u64() as u32);
            }
            ep.done(x)
        });
        let mut uut = MacRx::default();
        uut.connect_all();
        sim.run(Box::new(uut), cycles * 10 + 20).unwrap();
        let seen = std::mem::take(&mut *seen.lock().unwrap());
        seen
    }

    /// Frames on the wire with the minimum gap the word alignment allows.
    fn wire(frames: &[Vec<u8>]) -> Vec<Word> {
        frames.iter().flat_map(|f| encode(f).into_iter().chain([IDLE_W])).collect()
    }

    #[test]
    fn forwards_good_frames_without_fcs() {
        let frames: Vec<Vec<u8>> = (60..=68).chain([75, 200]).map(|n| bytes(n as u64, n)).collect();
        let seen = run(wire(&frames.iter().map(|f| sealed(f)).collect::<Vec<_>>()));
        let want: Vec<(Vec<u8>, bool)> = frames.iter().map(|f| (f.clone(), false)).collect();
        assert_eq!(seen.frames, want);
        assert_eq!(seen.counters, [frames.len() as u32, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn flags_and_counts_bad_frames_and_consumes_mac_control() {
        let src = MacAddr::from_u64(0x0200_5e10_0002);
        let good = sealed(&bytes(1, 70));
        let mut bad_fcs = good.clone();
        bad_fcs[10] ^= 1;
        let runt = {
            let mut f = bytes(2, 40);
            f.extend(uzura_uapi::wire::fcs(&f).to_le_bytes());
            f
        };
        let mut bad_runt = runt.clone();
        bad_runt[0] ^= 1;
        let oversize = sealed(&bytes(3, MAX_FRAME_WITH_FCS - FCS_LEN + 1));
        let pause = sealed(&mac_control(src, OPCODE_PAUSE, 0x1234));
        let pfc = sealed(&mac_control(src, 0x0101, 7));
        let mut words = wire(&[good.clone(), bad_fcs, runt, bad_runt, pause, pfc.clone(), oversize]);
        // A control character inside a frame: an error character in place of a data lane.
        let mut broken = encode(&good);
        broken[3].1 |= 1 << 2;
        words.extend(broken);
        let seen = run(words);
        let errs: Vec<bool> = seen.frames.iter().map(|f| f.1).collect();
        // The PAUSE and the PFC frame (an opcode clause 31 does not know) are not passed on.
        assert_eq!(
            errs,
            [false, true, true, true, true, true],
            "{:?}",
            seen.frames.iter().map(|f| f.0.len()).collect::<Vec<_>>()
        );
        assert_eq!(seen.frames[0].0, good[..good.len() - FCS_LEN]);
        assert_eq!(seen.pauses, [0x1234]);
        // frames (good, PAUSE, PFC), bad FCS (bad FCS, bad runt, control char), runt, oversize,
        // PAUSE, unsupported opcode (PFC).
        assert_eq!(seen.counters, [3, 3, 1, 1, 1, 1]);
    }

    /// The shortest gap a 10 Gb/s receiver may see (IEEE 802.3 clause 46: the terminate and four
    /// idles, after clock compensation), so that frames start in lane 0 and lane 4 in turn.
    const MIN_RX_GAP: usize = 5;

    #[test]
    fn takes_starts_in_lane_0_and_lane_4_back_to_back() {
        let frames: Vec<Vec<u8>> =
            (0..32).map(|i| 60 + (i * 4) % 17).chain([200, 1500]).map(|n| bytes(n as u64, n)).collect();
        let wire: Vec<(Vec<u8>, bool)> = frames.iter().map(|f| (sealed(f), true)).collect();
        // Every terminate lane after each start lane: the positions encode_packed gives.
        let mut at = 0;
        let mut pairs = std::collections::BTreeSet::new();
        for (f, _) in &wire {
            let end = at + 8 + f.len();
            pairs.insert((at % 8, end % 8));
            at = (end + MIN_RX_GAP).next_multiple_of(4);
        }
        assert_eq!(pairs.len(), 16, "{pairs:?}");
        let words = encode_packed(&wire, MIN_RX_GAP);
        let seen = run(words);
        let want: Vec<(Vec<u8>, bool)> = frames.iter().map(|f| (f.clone(), false)).collect();
        assert_eq!(seen.frames, want);
        assert_eq!(seen.counters, [frames.len() as u32, 0, 0, 0, 0, 0]);
    }

    #[test]
    fn flags_and_counts_bad_frames_in_either_lane_and_consumes_mac_control() {
        let src = MacAddr::from_u64(0x0200_5e10_0002);
        let good = sealed(&bytes(1, 68));
        let mut bad_fcs = sealed(&bytes(2, 68));
        bad_fcs[10] ^= 1;
        let pause = sealed(&mac_control(src, OPCODE_PAUSE, 0x4321));
        let pfc = sealed(&mac_control(src, 0x0101, 7));
        let cut = sealed(&bytes(3, 100));
        // Starting in lanes 0, 4, 0, 4, ...: good, PAUSE, PFC, bad FCS, good, a frame cut off,
        // good, good.
        let frames = [
            (good.clone(), true),
            (pause, true),
            (pfc, true),
            (bad_fcs, true),
            (good.clone(), true),
            (cut[..40].to_vec(), false),
            (good.clone(), true),
            (good.clone(), true),
        ];
        let seen = run(encode_packed(&frames, MIN_RX_GAP));
        let errs: Vec<bool> = seen.frames.iter().map(|f| f.1).collect();
        assert_eq!(
            errs,
            [false, true, false, true, false, false],
            "{:?}",
            seen.frames.iter().map(|f| f.0.len()).collect::<Vec<_>>()
        );
        for f in [0, 2, 4, 5] {
            assert_eq!(seen.frames[f].0, good[..good.len() - FCS_LEN]);
        }
        assert_eq!(seen.pauses, [0x4321]);
        // frames (4 good, PAUSE, PFC), bad FCS (bad FCS, cut off), runt, oversize, PAUSE, PFC.
        assert_eq!(seen.counters, [6, 2, 0, 0, 1, 1]);
    }

    #[test]
    fn looks_for_the_sfd_not_the_preamble() {
        let good = sealed(&bytes(4, 80));
        let mut words = wire(&[good.clone(), good.clone()]);
        // A damaged preamble byte (lane 3 of the first start word), then a damaged SFD.
        words[0].0 ^= 0x10 << 24;
        let second = encode(&good).len() + 1;
        words[second].0 ^= 0x01 << 56;
        let seen = run(words);
        assert_eq!(
            seen.frames,
            [(good[..good.len() - FCS_LEN].to_vec(), false), (good[..good.len() - FCS_LEN].to_vec(), true)]
        );
        assert_eq!(seen.counters, [1, 1, 0, 0, 0, 0]);
    }
}
