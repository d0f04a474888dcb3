//! The 10 GbE MAC's transmit half: host frames (without FCS) to XGMII, one 64-bit word per
//! 156.25 MHz cycle, with padding, FCS, inter-frame gap and 802.3x PAUSE (honouring received
//! ones and sending XOFF/XON on request), as in docs/protocol.md §12 and registers.md §6.2.
//!
//! Pipeline: a word is *fetched* (from the host, the padding generator or the PAUSE generator)
//! into stage S1; the FCS block folds S1 (a register, so the fetch muxes and the CRC's XOR trees
//! are in different cycles) while S2 takes it; the output register is built from S2. When S2
//! holds the last word, the CRC register holds the complete FCS. The XGMII start word (preamble
//! and SFD fill a whole word) goes out just before word 0, so frame byte 0 lands in lane 0 and
//! data words pass unshifted; only the final word needs lane muxing. Every output is a register
//! except `ready`, which depends on registers only.
//!
//! Timeline of one frame as built: start, data words, tail (the last data bytes, the FCS, /T/
//! and idles), tail overflow (the FCS bytes that did not fit, /T/, idles), and an idle word
//! when the gap needs it; word 0 of the next frame is fetched in the tail overflow or the idle
//! word. The output stage then sends a frame's words either as built (start in lane 0) or half
//! a word later (start in lane 4, lanes 0-3 from the previous word's lanes 4-7): moving from
//! lane 0 to lane 4 repeats the idle half before the start, moving back drops the idle half of
//! the word before it. At the end of each frame the deficit idle count (IEEE 802.3 clause
//! 46.3.1.4) picks the next start: with n = 1..=8 bytes in the last word, the nominal gap (/T/
//! and 11 idles) leaves the next start r = n mod 4 lanes past a lane 0 or 4; it is moved back
//! r lanes while the count, plus r, stays at most 3, else on 4 - r lanes (the count dropping by
//! as much). Back-to-back frames so average the 12-byte gap, none shorter than 9 bytes.

use crate::crc::Crc64;
use crate::xgmii;
use rust_hdl::prelude::*;
use uzura_uapi::wire::MIN_FRAME_LEN;

/// The padded frame ends in word `MIN_FRAME_LEN / 8` with `MIN_FRAME_LEN % 8` bytes; the padding
/// logic below relies on that word being partial.
const _: () = assert!(!MIN_FRAME_LEN.is_multiple_of(8) && MIN_FRAME_LEN / 8 < 15);

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum TxState {
    /// Sending idles; a frame may start (by fetching word 0).
    Idle,
    /// Sending /S/, fetching word 1.
    Start,
    /// Sending S2's word and fetching the next until the last is fetched.
    Data,
    /// Sending the last data bytes with the FCS (the CRC register now holds it).
    Last,
    /// Sending what did not fit into the last word.
    TailHi,
}

#[derive(LogicBlock)]
pub struct MacTx {
    pub clock: Signal<In, Clock>,
    /// Host stream: a frame without FCS, byte 0 in bits 7:0 of its first word. `keep` matters
    /// on the last word only (contiguous from bit 0, not 0); the words of a frame
    /// must come back to back: a gap becomes an /E/ word on the wire (the peer drops the frame).
    pub data: Signal<In, Bits<64>>,
    pub keep: Signal<In, Bits<8>>,
    pub valid: Signal<In, Bit>,
    pub last: Signal<In, Bit>,
    /// Depends on registers only, never on `valid`.
    pub ready: Signal<Out, Bit>,
    pub txd: Signal<Out, Bits<64>>,
    pub txc: Signal<Out, Bits<8>>,
    /// A received PAUSE (`pause_load` pulse), honoured only while `pause_enable` is high.
    pub pause_quanta: Signal<In, Bits<16>>,
    pub pause_load: Signal<In, Bit>,
    pub pause_enable: Signal<In, Bit>,
    pub paused: Signal<Out, Bit>,
    /// Send a PAUSE frame with `send_pause_quanta` at the next frame boundary, even if paused.
    pub send_pause: Signal<In, Bit>,
    pub send_pause_quanta: Signal<In, Bits<16>>,
    /// This MAC's address, first octet in bits 47:40 (`MacAddr::to_u64`).
    pub station: Signal<In, Bits<48>>,
    /// The receiver's link fault (`LinkFault`): no frame starts while either is high; between
    /// frames the wire carries Remote Fault sequences for a local fault, idle for a remote one
    /// (IEEE 802.3 46.3.4).
    pub fault_local: Signal<In, Bit>,
    pub fault_remote: Signal<In, Bit>,
    crc: Crc64,
    state: DFF<TxState>,
    /// Index of the next word to fetch, saturating at 15 (only the first words matter).
    widx: DFF<Bits<4>>,
    /// The frame in progress is a generated PAUSE frame.
    from_pause: DFF<Bit>,
    /// The host frame ended short; zero words follow up to the minimum length.
    padding: DFF<Bit>,
    /// The frame's last word has been fetched.
    done: DFF<Bit>,
    /// S1: the fetched word, its byte count and keep mask; whether it is word 0 (restarts the
    /// CRC), the last, an /E/ for a host gap (not folded), or no word at all.
    s1_data: DFF<Bits<64>>,
    s1_bytes: DFF<Bits<4>>,
    s1_keep: DFF<Bits<8>>,
    s1_first: DFF<Bit>,
    s1_last: DFF<Bit>,
    s1_poison: DFF<Bit>,
    s1_valid: DFF<Bit>,
    s2_data: DFF<Bits<64>>,
    s2_bytes: DFF<Bits<4>>,
    s2_poison: DFF<Bit>,
    tail_hi: DFF<Bits<64>>,
    tail_hic: DFF<Bits<8>>,
    // Idles from power-up (rust-hdl registers start at zero; this one stores the XOR).
    out_d: DFFWithInit<Bits<64>>,
    out_c: DFFWithInit<Bits<8>>,
    pend: DFF<Bit>,
    pend_quanta: DFF<Bits<16>>,
    cur_quanta: DFF<Bits<16>>,
    quanta_left: DFF<Bits<16>>,
    /// Cycles into the current quantum: 512 bit times = 8 cycles of 64 bits.
    tick: DFF<Bits<3>>,
    paused_r: DFF<Bit>,
    /// No frame may start: a link fault (`fault_r`), or that or a received PAUSE (`hold_r`).
    /// Registered as one bit each so that `ready` stays one LUT deep.
    fault_r: DFF<Bit>,
    hold_r: DFF<Bit>,
    /// A start the deficit idle count planned did not happen (nothing to send, PAUSE, fault):
    /// the frame that comes later starts in lane 0, the count back at 0.
    late: DFF<Bit>,
    /// The deficit idle count, and what it decided at the end of the frame: the next start
    /// waits for an idle word after the tail overflow, and goes in lane 4.
    dic: DFF<Bits<2>>,
    idle_req: DFF<Bit>,
    next_lane4: DFF<Bit>,
    /// The word in `out_d` belongs to a frame (or the gap after it) sent from lane 4; the
    /// output register then takes lanes 0-3 from `carry_*`, the previous word's lanes 4-7.
    out_lane4: DFF<Bit>,
    carry_d: DFF<Bits<32>>,
    carry_c: DFF<Bits<4>>,
    wire_d: DFFWithInit<Bits<64>>,
    wire_c: DFFWithInit<Bits<8>>,
    // Combinational temporaries (rust-hdl has no `let` in hdl_gen).
    /// A frame may start this cycle (by fetching word 0).
    open: Signal<Local, Bit>,
    /// The count plus r, and whether the next start moves back (see the module docs).
    dic_sum: Signal<Local, Bits<3>>,
    dic_back: Signal<Local, Bit>,
    /// Where the next start lies in half words past the last word's tail: bit 1 an idle
    /// word, bit 0 lane 4.
    next_halves: Signal<Local, Bits<2>>,
    src_pause: Signal<Local, Bit>,
    src_gen: Signal<Local, Bit>,
    fetch: Signal<Local, Bit>,
    f_data: Signal<Local, Bits<64>>,
    f_bytes: Signal<Local, Bits<4>>,
    f_last: Signal<Local, Bit>,
    f_poison: Signal<Local, Bit>,
    f_pad: Signal<Local, Bit>,
    /// `f_bytes` as a keep mask for the FCS block.
    f_keep: Signal<Local, Bits<8>>,
    host_bytes: Signal<Local, Bits<4>>,
    host_keep: Signal<Local, Bits<8>>,
    /// Lanes the host's word fills (all but on the last word), and as a byte mask.
    host_lanes: Signal<Local, Bits<8>>,
    host_mask: Signal<Local, Bits<64>>,
    /// The index of the word fetched next cycle, and its PAUSE frame word, registered in
    /// `gen_word` so the fetch path to the FCS block starts at a register.
    gen_idx: Signal<Local, Bits<4>>,
    gen_word: DFF<Bits<64>>,
    pause_word: Signal<Local, Bits<64>>,
    t_shift: Signal<Local, Bits<7>>,
    tail: Signal<Local, Bits<128>>,
    tail_c: Signal<Local, Bits<16>>,
    // Generation-time constants (localparams in the Verilog).
    /// Lanes 0..6 of PAUSE word 0: the destination address.
    pause_w0: Constant<Bits<64>>,
    /// Lanes 4..8 of PAUSE word 1: EtherType and opcode, big-endian.
    pause_w1: Constant<Bits<64>>,
    pad_last_idx: Constant<Bits<4>>,
    pad_last_bytes: Constant<Bits<4>>,
    start_word: Constant<Bits<64>>,
    idle_word: Constant<Bits<64>>,
    remote_fault_word: Constant<Bits<64>>,
    fault_ctrl: Constant<Bits<8>>,
    error_word: Constant<Bits<64>>,
    zero64: Constant<Bits<64>>,
    byte_ones: Constant<Bits<64>>,
    pad_last_keep: Constant<Bits<8>>,
    idle128: Constant<Bits<128>>,
    term128: Constant<Bits<128>>,
    ones16: Constant<Bits<16>>,
}

/// `byte` in every lane, as 128 bits.
fn lanes128(byte: u8) -> Bits<128> {
    let w: Bits<128> = bit_cast(Bits::<64>::from(u64::from_le_bytes([byte; 8])));
    w | (w << 64)
}

impl Default for MacTx {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            data: Default::default(),
            keep: Default::default(),
            valid: Default::default(),
            last: Default::default(),
            ready: Default::default(),
            txd: Default::default(),
            txc: Default::default(),
            pause_quanta: Default::default(),
            pause_load: Default::default(),
            pause_enable: Default::default(),
            paused: Default::default(),
            send_pause: Default::default(),
            send_pause_quanta: Default::default(),
            station: Default::default(),
            fault_local: Default::default(),
            fault_remote: Default::default(),
            crc: Default::default(),
            state: Default::default(),
            widx: Default::default(),
            from_pause: Default::default(),
            padding: Default::default(),
            done: Default::default(),
            s1_data: Default::default(),
            s1_bytes: Default::default(),
            s1_keep: Default::default(),
            s1_first: Default::default(),
            s1_last: Default::default(),
            s1_poison: Default::default(),
            s1_valid: Default::default(),
            s2_data: Default::default(),
            s2_bytes: Default::default(),
            s2_poison: Default::default(),
            tail_hi: Default::default(),
            tail_hic: Default::default(),
            out_d: DFFWithInit::new(xgmii::IDLE_WORD.into()),
            out_c: DFFWithInit::new(0xFF.into()),
            pend: Default::default(),
            pend_quanta: Default::default(),
            cur_quanta: Default::default(),
            quanta_left: Default::default(),
            tick: Default::default(),
            paused_r: Default::default(),
            fault_r: Default::default(),
            hold_r: Default::default(),
            late: Default::default(),
            dic: Default::default(),
            idle_req: Default::default(),
            next_lane4: Default::default(),
            out_lane4: Default::default(),
            carry_d: Default::default(),
            carry_c: Default::default(),
            wire_d: DFFWithInit::new(xgmii::IDLE_WORD.into()),
            wire_c: DFFWithInit::new(0xFF.into()),
            open: Default::default(),
            dic_sum: Default::default(),
            dic_back: Default::default(),
            next_halves: Default::default(),
            src_pause: Default::default(),
            src_gen: Default::default(),
            fetch: Default::default(),
            f_data: Default::default(),
            f_bytes: Default::default(),
            f_last: Default::default(),
            f_poison: Default::default(),
            f_pad: Default::default(),
            f_keep: Default::default(),
            host_bytes: Default::default(),
            host_keep: Default::default(),
            host_lanes: Default::default(),
            gen_idx: Default::default(),
            gen_word: Default::default(),
            host_mask: Default::default(),
            pause_word: Default::default(),
            t_shift: Default::default(),
            tail: Default::default(),
            tail_c: Default::default(),
            pause_w0: Constant::new(crate::pause_dst_lanes().into()),
            pause_w1: Constant::new((crate::pause_type_lanes() << 32).into()),
            pad_last_idx: Constant::new(((MIN_FRAME_LEN / 8) as u64).into()),
            pad_last_bytes: Constant::new(((MIN_FRAME_LEN % 8) as u64).into()),
            start_word: Constant::new(xgmii::START_WORD.into()),
            idle_word: Constant::new(xgmii::IDLE_WORD.into()),
            remote_fault_word: Constant::new(xgmii::fault_word(xgmii::REMOTE_FAULT).into()),
            fault_ctrl: Constant::new((xgmii::FAULT_WORD_CTRL as u64).into()),
            error_word: Constant::new(u64::from_le_bytes([xgmii::ERROR; 8]).into()),
            zero64: Constant::new(0.into()),
            byte_ones: Constant::new(0xFF.into()),
            pad_last_keep: Constant::new(((1u64 << (MIN_FRAME_LEN % 8)) - 1).into()),
            idle128: Constant::new(lanes128(xgmii::IDLE)),
            term128: Constant::new(bit_cast(Bits::<8>::from(xgmii::TERMINATE as u64))),
            ones16: Constant::new(0xFFFF.into()),
        }
    }
}

impl Logic for MacTx {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            state,
            widx,
            from_pause,
            padding,
            done,
            s1_data,
            s1_bytes,
            s1_keep,
            s1_first,
            s1_last,
            s1_poison,
            s1_valid,
            s2_data,
            s2_bytes,
            s2_poison,
            tail_hi,
            tail_hic,
            out_d,
            out_c,
            pend,
            gen_word,
            pend_quanta,
            cur_quanta,
            quanta_left,
            tick,
            paused_r,
            fault_r,
            hold_r,
            late,
            dic,
            idle_req,
            next_lane4,
            out_lane4,
            carry_d,
            carry_c,
            wire_d,
            wire_c
        );
        clock!(self, clock, crc);
        self.txd.next = self.wire_d.q.val();
        self.txc.next = self.wire_c.q.val();
        self.paused.next = self.paused_r.q.val();

        // Receive-side PAUSE: a new request replaces the time left; quanta 0 resumes.
        if !self.pause_enable.val() {
            self.quanta_left.d.next = 0.into();
            self.paused_r.d.next = false;
        } else if self.pause_load.val() {
            self.quanta_left.d.next = self.pause_quanta.val();
            self.tick.d.next = 0.into();
            self.paused_r.d.next = self.pause_quanta.val().any();
        } else if self.quanta_left.q.val().any() {
            self.tick.d.next = self.tick.q.val() + 1;
            if self.tick.q.val().all() {
                self.quanta_left.d.next = self.quanta_left.q.val() - 1;
                if self.quanta_left.q.val() == 1 {
                    self.paused_r.d.next = false;
                }
            }
        }
        self.fault_r.d.next = self.fault_local.val() | self.fault_remote.val();
        self.hold_r.d.next = self.paused_r.d.val() | self.fault_local.val() | self.fault_remote.val();

        // Bytes in the host's word: 8 unless it is the last, where `keep` says.
        self.host_bytes.next = 8.into();
        self.host_keep.next = 0xFF.into();
        if self.last.val() {
            if self.keep.val().get_bit(7) {
                self.host_bytes.next = 8.into();
                self.host_keep.next = 0xFF.into();
            } else if self.keep.val().get_bit(6) {
                self.host_bytes.next = 7.into();
                self.host_keep.next = 0x7F.into();
            } else if self.keep.val().get_bit(5) {
                self.host_bytes.next = 6.into();
                self.host_keep.next = 0x3F.into();
            } else if self.keep.val().get_bit(4) {
                self.host_bytes.next = 5.into();
                self.host_keep.next = 0x1F.into();
            } else if self.keep.val().get_bit(3) {
                self.host_bytes.next = 4.into();
                self.host_keep.next = 0x0F.into();
            } else if self.keep.val().get_bit(2) {
                self.host_bytes.next = 3.into();
                self.host_keep.next = 0x07.into();
            } else if self.keep.val().get_bit(1) {
                self.host_bytes.next = 2.into();
                self.host_keep.next = 0x03.into();
            } else if self.keep.val().get_bit(0) {
                self.host_bytes.next = 1.into();
                self.host_keep.next = 0x01.into();
            }
        }
        // Bytes past the end are zeroed: they become padding or make room for the FCS. A
        // lane's mask bit depends on its keep bit and `last` only (one LUT level).
        self.host_lanes.next = 0xFF.into();
        if self.last.val() {
            self.host_lanes.next = self.keep.val();
        }
        self.host_mask.next = (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(0)))
            & self.byte_ones.val())
            << 0)
            | (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(1)))
                & self.byte_ones.val())
                << 8)
            | (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(2)))
                & self.byte_ones.val())
                << 16)
            | (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(3)))
                & self.byte_ones.val())
                << 24)
            | (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(4)))
                & self.byte_ones.val())
                << 32)
            | (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(5)))
                & self.byte_ones.val())
                << 40)
            | (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(6)))
                & self.byte_ones.val())
                << 48)
            | (((self.zero64.val() - bit_cast::<64, 1>(self.host_lanes.val().get_bits::<1>(7)))
                & self.byte_ones.val())
                << 56);

        // Where the next word comes from: a PAUSE frame goes ahead of host frames, paused or not.
        self.open.next =
            (self.state.q.val() == TxState::Idle) | ((self.state.q.val() == TxState::TailHi) & !self.idle_req.q.val());
        self.src_pause.next = self.from_pause.q.val();
        if self.open.val() {
            self.src_pause.next = self.pend.q.val();
        }
        self.src_gen.next = self.src_pause.val() | self.padding.q.val();
        self.ready.next = false;
        self.fetch.next = false;
        self.f_poison.next = false;
        if self.open.val() {
            self.ready.next = !self.pend.q.val() & !self.hold_r.q.val();
            self.fetch.next = (self.pend.q.val() & !self.fault_r.q.val()) | (self.valid.val() & !self.hold_r.q.val());
        } else if (self.state.q.val() == TxState::Start) | (self.state.q.val() == TxState::Data) {
            self.ready.next = !self.src_gen.val() & !self.done.q.val();
            self.fetch.next = !self.done.q.val();
            self.f_poison.next = !self.src_gen.val() & !self.done.q.val() & !self.valid.val();
        }

        // The fetched word, its byte count, and whether it ends the (padded) frame.
        self.f_pad.next = false;
        if self.src_gen.val() {
            self.f_data.next = 0.into();
            if self.src_pause.val() {
                self.f_data.next = self.gen_word.q.val();
            }
            self.f_bytes.next = 8.into();
            self.f_keep.next = 0xFF.into();
            self.f_last.next = false;
            if self.widx.q.val() == self.pad_last_idx.val() {
                self.f_bytes.next = self.pad_last_bytes.val();
                self.f_keep.next = self.pad_last_keep.val();
                self.f_last.next = true;
            }
        } else {
            self.f_data.next = self.data.val() & self.host_mask.val();
            self.f_bytes.next = 8.into();
            self.f_keep.next = 0xFF.into();
            self.f_last.next = false;
            if self.last.val() & !self.f_poison.val() {
                if (self.widx.q.val() > self.pad_last_idx.val())
                    | ((self.widx.q.val() == self.pad_last_idx.val())
                        & (self.host_bytes.val() >= self.pad_last_bytes.val()))
                {
                    self.f_bytes.next = self.host_bytes.val();
                    self.f_keep.next = self.host_keep.val();
                    self.f_last.next = true;
                } else if self.widx.q.val() == self.pad_last_idx.val() {
                    self.f_bytes.next = self.pad_last_bytes.val();
                    self.f_keep.next = self.pad_last_keep.val();
                    self.f_last.next = true;
                } else {
                    self.f_pad.next = true;
                }
            }
        }
        // S1 -> FCS block and S2.
        self.crc.start.next = self.s1_first.q.val();
        self.crc.valid.next = self.s1_valid.q.val() & !self.s1_poison.q.val();
        self.crc.data.next = self.s1_data.q.val();
        self.crc.keep.next = self.s1_keep.q.val();
        self.s2_data.d.next = self.s1_data.q.val();
        self.s2_bytes.d.next = self.s1_bytes.q.val();
        self.s2_poison.d.next = self.s1_poison.q.val();
        self.s1_valid.d.next = self.fetch.val();
        self.s1_first.d.next = self.open.val();
        self.s1_last.d.next = self.fetch.val() & self.f_last.val();
        // The FCS block reads `keep` only with `valid`: loaded every cycle, so that the
        // transmit arbiter's choice does not run on into its enable.
        self.s1_keep.d.next = self.f_keep.val();
        if self.fetch.val() {
            self.s1_data.d.next = self.f_data.val();
            self.s1_bytes.d.next = self.f_bytes.val();
            self.s1_poison.d.next = self.f_poison.val();
            if !self.widx.q.val().all() {
                self.widx.d.next = self.widx.q.val() + 1;
            }
            if self.f_pad.val() {
                self.padding.d.next = true;
            }
            if self.f_last.val() {
                self.done.d.next = true;
            }
        }

        // The next fetch's index, as `widx` will be.
        self.gen_idx.next = self.widx.q.val();
        if self.state.q.val() == TxState::Last {
            self.gen_idx.next = 0.into();
        } else if self.fetch.val() & !self.widx.q.val().all() {
            self.gen_idx.next = self.widx.q.val() + 1;
        }
        // PAUSE frame words 0..=2 (the rest is zero padding), for the next fetch.
        self.pause_word.next = 0.into();
        if self.gen_idx.val() == 0 {
            self.pause_word.next = self.pause_w0.val()
                | (bit_cast::<64, 8>(self.station.val().get_bits::<8>(40)) << 48)
                | (bit_cast::<64, 8>(self.station.val().get_bits::<8>(32)) << 56);
        } else if self.gen_idx.val() == 1 {
            self.pause_word.next = self.pause_w1.val()
                | bit_cast::<64, 8>(self.station.val().get_bits::<8>(24))
                | (bit_cast::<64, 8>(self.station.val().get_bits::<8>(16)) << 8)
                | (bit_cast::<64, 8>(self.station.val().get_bits::<8>(8)) << 16)
                | (bit_cast::<64, 8>(self.station.val().get_bits::<8>(0)) << 24);
        } else if self.gen_idx.val() == 2 {
            self.pause_word.next = bit_cast::<64, 8>(self.cur_quanta.q.val().get_bits::<8>(8))
                | (bit_cast::<64, 8>(self.cur_quanta.q.val().get_bits::<8>(0)) << 8);
        }

        self.gen_word.d.next = self.pause_word.val();

        // The last word: data bytes, FCS (LSB first), /T/, idles, over two words.
        self.t_shift.next = bit_cast::<7, 4>(self.s2_bytes.q.val()) << 3;
        self.tail.next = bit_cast::<128, 64>(self.s2_data.q.val())
            | (bit_cast::<128, 32>(self.crc.fcs.val()) << self.t_shift.val())
            | (self.term128.val() << (self.t_shift.val() + 32))
            | (self.idle128.val() << (self.t_shift.val() + 40));
        self.tail_c.next = self.ones16.val() << (bit_cast::<5, 4>(self.s2_bytes.q.val()) + 4);

        // The deficit idle count's choice for the next start, from the last word's byte count.
        self.dic_sum.next =
            bit_cast::<3, 2>(self.dic.q.val()) + bit_cast::<3, 2>(self.s2_bytes.q.val().get_bits::<2>(0));
        self.dic_back.next = !self.s2_bytes.q.val().get_bits::<2>(0).any() | !self.dic_sum.val().get_bit(2);
        self.next_halves.next = self.s2_bytes.q.val().get_bits::<2>(2);
        if self.out_lane4.q.val() & !self.dic_back.val() {
            self.next_halves.next = self.s2_bytes.q.val().get_bits::<2>(2) + 2;
        } else if self.out_lane4.q.val() | !self.dic_back.val() {
            self.next_halves.next = self.s2_bytes.q.val().get_bits::<2>(2) + 1;
        }

        match self.state.q.val() {
            TxState::Idle => {
                self.out_d.d.next = self.idle_word.val();
                self.out_c.d.next = 0xFF.into();
                if self.fault_local.val() {
                    self.out_d.d.next = self.remote_fault_word.val();
                    self.out_c.d.next = self.fault_ctrl.val();
                }
            }
            TxState::Start => {
                self.out_d.d.next = self.start_word.val();
                self.out_c.d.next = 0x01.into();
                self.out_lane4.d.next = self.next_lane4.q.val();
                self.state.d.next = TxState::Data;
            }
            TxState::Data => {
                self.out_d.d.next = self.s2_data.q.val();
                self.out_c.d.next = 0.into();
                if self.s2_poison.q.val() {
                    self.out_d.d.next = self.error_word.val();
                    self.out_c.d.next = 0xFF.into();
                }
                // S2 takes the last word now; it goes out with the FCS next cycle.
                if self.s1_last.q.val() {
                    self.state.d.next = TxState::Last;
                }
            }
            TxState::Last => {
                self.out_d.d.next = self.tail.val().get_bits::<64>(0);
                self.out_c.d.next = self.tail_c.val().get_bits::<8>(0);
                self.tail_hi.d.next = self.tail.val().get_bits::<64>(64);
                self.tail_hic.d.next = self.tail_c.val().get_bits::<8>(8);
                self.state.d.next = TxState::TailHi;
                // Moving back r lanes adds r to the count, on 4 - r takes 4 - r off: either
                // way the count becomes the sum's low bits.
                self.dic.d.next = self.dic_sum.val().get_bits::<2>(0);
                self.idle_req.d.next = self.next_halves.val().get_bit(1);
                self.next_lane4.d.next = self.next_halves.val().get_bit(0);
                self.widx.d.next = 0.into();
                self.padding.d.next = false;
                self.from_pause.d.next = false;
                self.done.d.next = false;
            }
            _ => {
                self.out_d.d.next = self.tail_hi.q.val();
                self.out_c.d.next = self.tail_hic.q.val();
                self.state.d.next = TxState::Idle;
            }
        }
        if self.open.val() & !self.fetch.val() {
            self.late.d.next = true;
        }
        if self.open.val() & self.fetch.val() {
            self.late.d.next = false;
            if self.late.q.val() {
                self.next_lane4.d.next = false;
                self.dic.d.next = 0.into();
            }
            self.state.d.next = TxState::Start;
            self.from_pause.d.next = self.pend.q.val();
            if self.pend.q.val() {
                self.pend.d.next = false;
                self.cur_quanta.d.next = self.pend_quanta.q.val();
            }
        }
        // The output stage: a lane-4 frame's words half a word late.
        self.carry_d.d.next = self.out_d.q.val().get_bits::<32>(32);
        self.carry_c.d.next = self.out_c.q.val().get_bits::<4>(4);
        self.wire_d.d.next = self.out_d.q.val();
        self.wire_c.d.next = self.out_c.q.val();
        if self.out_lane4.q.val() {
            self.wire_d.d.next = bit_cast::<64, 32>(self.carry_d.q.val())
                | (bit_cast::<64, 32>(self.out_d.q.val().get_bits::<32>(0)) << 32);
            self.wire_c.d.next =
                bit_cast::<8, 4>(self.carry_c.q.val()) | (bit_cast::<8, 4>(self.out_c.q.val().get_bits::<4>(0)) << 4);
        }
        // After the start's clear above, so a request in the cycle a PAUSE frame starts is kept.
        if self.send_pause.val() {
            self.pend.d.next = true;
            self.pend_quanta.d.next = self.send_pause_quanta.val();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{decode, mac_control, sealed, OnWire, Word};
    use uzura_uapi::wire::pause::OPCODE_PAUSE;
    use uzura_uapi::wire::xgmii::MIN_IFG;
    use uzura_uapi::wire::MacAddr;

    const STATION: u64 = 0x0200_5e10_0001;

    /// Offers `frames` to a fresh MacTx back to back (the first after `delay` cycles), calling
    /// `poke(cycle, block)` each cycle for the PAUSE inputs. Returns the XGMII words and, per
    /// cycle, `paused`.
    fn run(frames: &[Vec<u8>], delay: u64, cycles: u64, poke: fn(u64, &mut MacTx)) -> (Vec<Word>, Vec<bool>) {
        // Words with garbage past `keep`: it must not reach the wire.
        let mut words: Vec<(u64, u64, bool)> = Vec::new();
        for f in frames {
            let n = f.len().div_ceil(8);
            for (i, c) in f.chunks(8).enumerate() {
                let mut w = [0xAAu8; 8];
                w[..c.len()].copy_from_slice(c);
                words.push((u64::from_le_bytes(w), (1u64 << c.len()) - 1, i + 1 == n));
            }
        }
        let seen = std::sync::Arc::new(std::sync::Mutex::new((Vec::new(), Vec::new())));
        let out = seen.clone();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<MacTx>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut ep: Sim<MacTx>| {
            let mut x = ep.init()?;
            x.station.next = STATION.into();
            let mut next = 0;
            for cycle in 0..cycles {
                poke(cycle, &mut x);
                let offer = words.get(next).filter(|_| cycle >= delay);
                x.valid.next = offer.is_some();
                if let Some(&(d, k, l)) = offer {
                    x.data.next = d.into();
                    x.keep.next = k.into();
                    x.last.next = l;
                }
                // `ready` depends on registers only, so its value now holds for this edge.
                let took = offer.is_some() && x.ready.val();
                wait_clock_cycle!(ep, clock, x);
                next += took as usize;
                let mut o = out.lock().unwrap();
                o.0.push((x.txd.val().to_u64(), x.txc.val().to_u64() as u8));
                o.1.push(x.paused.val());
            }
            ep.done(x)
        });
        let mut uut = MacTx::default();
        uut.connect_all();
        sim.run(Box::new(uut), cycles * 10 + 20).unwrap();
        let seen = seen.lock().unwrap();
        (seen.0.clone(), seen.1.clone())
    }

    #[test]
    fn pads_appends_the_fcs_and_keeps_the_gap() {
        let frames: Vec<Vec<u8>> =
            [1usize, 59, 60, 61, 63, 64, 67, 68, 71].iter().map(|&n| crate::testing::bytes(n as u64, n)).collect();
        let (words, _) = run(&frames, 0, 150, |_, _| {});
        let wire = decode(&words);
        assert_eq!(wire.len(), frames.len(), "{wire:?}");
        for (got, f) in wire.iter().zip(&frames) {
            assert_eq!(got.bytes, sealed(f), "frame of {} bytes", f.len());
            assert!(!got.error);
        }
        assert_deficit_idle(&wire);
    }

    /// Back-to-back frames keep the deficit idle count's rule: no gap shorter than
    /// `MIN_IFG - 3`, and the bytes taken off the gaps so far, less those added, between 0 and 3
    /// after every frame (so the average gap is `MIN_IFG`).
    fn assert_deficit_idle(wire: &[OnWire]) {
        let gaps: Vec<usize> = wire.iter().filter_map(|f| f.gap).collect();
        let mut deficit = 0isize;
        for (i, &g) in gaps.iter().enumerate() {
            deficit += MIN_IFG as isize - g as isize;
            assert!(g >= MIN_IFG - 3 && (0..=3).contains(&deficit), "gap {i} of {gaps:?}");
        }
    }

    /// Frames of every length mod 8 back to back, long enough for the count to cycle: lanes 0
    /// and 4 both start frames, and the gaps average 12 bytes (line rate).
    #[test]
    fn starts_in_lanes_0_and_4_with_a_deficit_idle_count() {
        let frames: Vec<Vec<u8>> = (0..24).map(|i| crate::testing::bytes(i, 64 + (i as usize * 5) % 17)).collect();
        let (words, _) = run(&frames, 0, 400, |_, _| {});
        let wire = decode(&words);
        assert_eq!(
            wire.iter().map(|f| f.bytes.clone()).collect::<Vec<_>>(),
            frames.iter().map(|f| sealed(f)).collect::<Vec<_>>()
        );
        assert_deficit_idle(&wire);
        let lanes: Vec<usize> = start_lanes(&words);
        assert!(lanes.contains(&0) && lanes.contains(&4), "{lanes:?}");
    }

    /// The lane (0 or 4) of each start character, in order.
    fn start_lanes(words: &[Word]) -> Vec<usize> {
        words
            .iter()
            .flat_map(|&(d, c)| (0..8).filter(move |&i| c >> i & 1 != 0 && (d >> (8 * i)) as u8 == xgmii::START))
            .collect()
    }

    #[test]
    fn honours_pause_and_sends_pause_frames_ahead_of_data() {
        // A received PAUSE of 2 quanta (16 cycles) at cycle 1 holds the host frame back; the
        // XOFF requested at cycle 3 goes out at once all the same.
        let frames = vec![vec![0x42; 20]];
        let (words, paused) = run(&frames, 2, 70, |c, x| {
            x.pause_enable.next = true;
            x.pause_load.next = c == 1;
            x.pause_quanta.next = 2.into();
            x.send_pause.next = c == 3;
            x.send_pause_quanta.next = 0xABCD.into();
        });
        let wire = decode(&words);
        assert_eq!(wire.len(), 2, "{wire:?}");
        assert_eq!(wire[0].bytes, sealed(&mac_control(MacAddr::from_u64(STATION), OPCODE_PAUSE, 0xABCD)));
        assert_eq!(wire[1].bytes, sealed(&frames[0]));
        assert_eq!(paused.iter().filter(|&&p| p).count(), 16);
        let starts: Vec<usize> = (0..words.len()).filter(|&c| !start_lanes(&words[c..=c]).is_empty()).collect();
        let first_data_start = starts[1];
        assert!(first_data_start > 16, "the host frame started at cycle {first_data_start}, while paused");
    }
}
