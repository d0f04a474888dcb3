//! The RX engine's classification: the frame it handles (its info record and header fields),
//! the context and region tables, and the checks of docs/protocol.md §7 in their order, each
//! drop counted.
//!
//! The engine asks for a verdict in three of its states: `Classify` (step 1d: for this NIC at
//! all; 3a: an uzura frame to this station, else the host's), `Check` (3b malformed, 3c a
//! WRITE or the host's ACK or NACK, 4 context, 5 peer, 6 tag) and `Mark` (7 key, 8 bounds, 9
//! window and duplicate, the last two off the arrival state's `psn_far` and `psn_dup`). Each
//! check is worked out a state or more ahead into a register of its own, so that none runs on
//! into another or into the engine's state: the tables are read ahead (the context table off
//! the info FIFO's head in `Idle`, the region table off `region`'s next value), and the key,
//! owner and flags of the region, which its block RAM answers late in the cycle, are
//! registered in `Classify`, compared in `Check` and acted on first in `Mark`, which keeps
//! §7's order.

use rust_hdl::prelude::*;
use uzura_uapi::proto::{self, MAX_CONTEXTS, MAX_NACK_RANGES, MAX_REGIONS, VERSION};
use uzura_uapi::regs;
use uzura_uapi::wire::uzura::{FLAG_ACK_REQ, FLAG_LAST, MAX_WRITE_LEN, NACK_RANGE_LEN, OP_ACK, OP_NACK, OP_WRITE};

use crate::k;
use crate::records::{context, header, info, region};
use crate::rx::RxState;

block! {
/// `take` with the info FIFO's `head`: the engine takes that frame (in `Idle`). `ctx` is the
/// engine's context, `sweep` its reset sweep; `clear` zeroes the counters (the NIC's reset).
pub struct RxClassify {
    pub clock: Signal<In, Clock>,
    pub state: Signal<In, RxState>,
    pub take: Signal<In, Bit>,
    pub head: Signal<In, Bits<{ info::BITS }>>,
    pub cfg_mac: Signal<In, Bits<48>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_promisc: Signal<In, Bit>,
    pub ctx: Signal<In, Bits<6>>,
    /// The context a reset's sweep clears.
    pub sweep: Signal<In, Bits<6>>,
    pub clear: Signal<In, Bit>,
    /// The context table's entry for `ctx`, written in `CmdCommit`.
    pub ct_data: Signal<In, Bits<{ context::BITS }>>,
    pub rt_we: Signal<In, Bit>,
    pub rt_waddr: Signal<In, Bits<10>>,
    pub rt_wdata: Signal<In, Bits<{ region::BITS }>>,
    /// Step 9 from the arrival state: at or beyond the window; behind CUM or placed already.
    pub psn_far: Signal<In, Bit>,
    pub psn_dup: Signal<In, Bit>,

    /// The frame's fields.
    pub f_psn: Signal<Out, Bits<32>>,
    pub f_flags: Signal<Out, Bits<8>>,
    pub f_len: Signal<Out, Bits<16>>,
    pub f_offset: Signal<Out, Bits<48>>,
    pub f_bytes: Signal<Out, Bits<14>>,
    pub f_words: Signal<Out, Bits<11>>,
    pub f_write: Signal<Out, Bit>,
    /// The frame's region, its page list, first byte's offset and length (from `Classify` on).
    pub region: Signal<Out, Bits<10>>,
    pub region_pl: Signal<Out, Bits<64>>,
    pub region_first: Signal<Out, Bits<12>>,
    pub region_len: Signal<Out, Bits<49>>,
    /// `Classify`: the frame is for this NIC (`accept`), and then for the RDMA engine
    /// (`rdma`), not the host; `write_first`: a WRITE's first header word may leave.
    pub accept: Signal<Out, Bit>,
    pub rdma: Signal<Out, Bit>,
    pub write_first: Signal<Out, Bit>,
    /// `Check`: an ACK or NACK for the host; a WRITE that passed steps 3b to 6.
    pub check_host: Signal<Out, Bit>,
    pub check_pass: Signal<Out, Bit>,
    /// `Mark`: a duplicate (dropped, reported); a WRITE to place.
    pub mark_dup: Signal<Out, Bit>,
    pub mark_place: Signal<Out, Bit>,
    pub c_placed: Signal<Out, Bits<32>>,
    pub c_placed_bytes: Signal<Out, Bits<32>>,
    pub c_malformed: Signal<Out, Bits<32>>,
    pub c_ctx: Signal<Out, Bits<32>>,
    pub c_peer: Signal<Out, Bits<32>>,
    pub c_tag: Signal<Out, Bits<32>>,
    pub c_key: Signal<Out, Bits<32>>,
    pub c_bounds: Signal<Out, Bits<32>>,
    pub c_dup: Signal<Out, Bits<32>>,
    pub c_window: Signal<Out, Bits<32>>,

    ct_ram: RAM<Bits<{ context::BITS }>, 6>,
    rt_ram: RAM<Bits<{ region::BITS }>, 10>,
    info: DFF<Bits<{ info::BITS }>>,
    region_r: DFF<Bits<10>>,
    f_ctx: Signal<Local, Bits<16>>,
    f_region: Signal<Local, Bits<16>>,
    f_op: Signal<Local, Bits<4>>,
    /// The destination is a group address.
    f_group: Signal<Local, Bit>,
    /// The info FIFO's head is for this station, of uzura's EtherType, a WRITE: compared off
    /// the head every cycle, so in `Classify` they describe the frame `Idle` just took (and
    /// only there), and `Classify`'s decisions start from registers.
    head_for_me: DFF<Bit>,
    head_uzura: DFF<Bit>,
    head_write: DFF<Bit>,
    /// docs/protocol.md §3's checks, decided in `Classify` off `info` and used in `Check`, in
    /// parts so that none runs on into another or into the state: the length against the
    /// frame's bytes (an adder and a compare), the version, flags and opcode, a WRITE's
    /// length, and an ACK's or NACK's fields and length.
    malformed_len: DFF<Bit>,
    malformed_fields: DFF<Bit>,
    malformed_write: DFF<Bit>,
    malformed_ctl: DFF<Bit>,
    malformed_ctl_len: DFF<Bit>,
    malformed: Signal<Local, Bit>,
    ct: Signal<Local, Bits<{ context::BITS }>>,
    rt: Signal<Local, Bits<{ region::BITS }>>,
    /// The protection checks (context, peer, tag), failed: decided in `Classify` and used in
    /// `Check`.
    bad_ctx: DFF<Bit>,
    bad_peer: DFF<Bit>,
    bad_tag: DFF<Bit>,
    /// The key check, a stage later: three registers (region and flags, owner, key), so that
    /// no compare runs on into another.
    rt_key: DFF<Bits<64>>,
    rt_owner: DFF<Bits<16>>,
    rt_flags: DFF<Bits<3>>,
    bad_region: DFF<Bit>,
    bad_owner: DFF<Bit>,
    bad_key: DFF<Bit>,
    mark_key: Signal<Local, Bit>,
    /// The bounds check: the region's length (`rt_len`, latched in `Classify`) against the
    /// frame's end in the region (`f_end`), compared in `Check`.
    rt_len: DFF<Bits<49>>,
    f_end: DFF<Bits<50>>,
    bad_bounds: DFF<Bit>,
    cnt_placed: DFF<Bits<32>>,
    cnt_placed_bytes: DFF<Bits<32>>,
    cnt_malformed: DFF<Bits<32>>,
    cnt_ctx: DFF<Bits<32>>,
    cnt_peer: DFF<Bits<32>>,
    cnt_tag: DFF<Bits<32>>,
    cnt_key: DFF<Bits<32>>,
    cnt_bounds: DFF<Bits<32>>,
    cnt_dup: DFF<Bits<32>>,
    cnt_window: DFF<Bits<32>>,

    k_ethertype: Constant<Bits<16>> = k(proto::ETHERTYPE as u64),
    k_version: Constant<Bits<4>> = k(VERSION as u64),
    k_op_write: Constant<Bits<4>> = k(OP_WRITE as u64),
    k_op_ack: Constant<Bits<4>> = k(OP_ACK as u64),
    k_op_nack: Constant<Bits<4>> = k(OP_NACK as u64),
    k_flags_unknown: Constant<Bits<8>> = k(!(FLAG_LAST | FLAG_ACK_REQ) as u64),
    k_max_write: Constant<Bits<16>> = k(MAX_WRITE_LEN as u64),
    k_max_nack_len: Constant<Bits<16>> = k((MAX_NACK_RANGES * NACK_RANGE_LEN) as u64),
    k_headers: Constant<Bits<16>> = k(header::BYTES as u64),
    k_contexts: Constant<Bits<16>> = k(MAX_CONTEXTS as u64),
    k_regions: Constant<Bits<16>> = k(MAX_REGIONS as u64),
    k_rt_valid: Constant<Bits<3>> = k(regs::RT_FLAG_VALID as u64),
    k_rt_remote: Constant<Bits<3>> = k(regs::RT_FLAG_REMOTE_WRITE as u64),
    at_header: header::At,
    at_info: info::At,
    at_context: context::At,
    at_region: region::At,
}
}

impl Logic for RxClassify {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            info,
            region_r,
            head_for_me,
            head_uzura,
            head_write,
            malformed_len,
            malformed_fields,
            malformed_write,
            malformed_ctl,
            malformed_ctl_len,
            bad_ctx,
            bad_peer,
            bad_tag,
            rt_key,
            rt_owner,
            rt_flags,
            bad_region,
            bad_owner,
            bad_key,
            rt_len,
            f_end,
            bad_bounds,
            cnt_placed,
            cnt_placed_bytes,
            cnt_malformed,
            cnt_ctx,
            cnt_peer,
            cnt_tag,
            cnt_key,
            cnt_bounds,
            cnt_dup,
            cnt_window
        );
        self.ct_ram.read_clock.next = self.clock.val();
        self.ct_ram.write_clock.next = self.clock.val();
        self.rt_ram.read_clock.next = self.clock.val();
        self.rt_ram.write_clock.next = self.clock.val();
        if self.take.val() {
            self.info.d.next = self.head.val();
            self.region_r.d.next = self.head.val().get_bits::<10>(self.at_header.region.val().index());
        }

        // ---- the frame's fields -----------------------------------------------------------
        self.f_group.next = self.info.q.val().get_bit(self.at_header.group.val().index());
        self.head_for_me.d.next =
            self.head.val().get_bits::<{ header::DST.width }>(self.at_header.dst.val().index()) == self.cfg_mac.val();
        self.head_uzura.d.next =
            self.head.val().get_bits::<{ header::ETHERTYPE.width }>(self.at_header.ethertype.val().index())
                == self.k_ethertype.val();
        self.head_write.d.next =
            self.head.val().get_bits::<{ header::OP.width }>(self.at_header.op.val().index()) == self.k_op_write.val();
        self.f_op.next = self.info.q.val().get_bits::<{ header::OP.width }>(self.at_header.op.val().index());
        self.f_write.next = self.f_op.val() == self.k_op_write.val();
        self.f_flags.next = self.info.q.val().get_bits::<{ header::FLAGS.width }>(self.at_header.flags.val().index());
        self.f_len.next = self.info.q.val().get_bits::<{ header::LENGTH.width }>(self.at_header.length.val().index());
        self.f_ctx.next = self.info.q.val().get_bits::<{ header::DST_CTX.width }>(self.at_header.dst_ctx.val().index());
        self.f_psn.next = self.info.q.val().get_bits::<{ header::PSN.width }>(self.at_header.psn.val().index());
        self.f_region.next =
            self.info.q.val().get_bits::<{ header::REGION.width }>(self.at_header.region.val().index());
        self.f_offset.next =
            self.info.q.val().get_bits::<{ header::OFFSET.width }>(self.at_header.offset.val().index());
        self.f_bytes.next = self.info.q.val().get_bits::<{ info::BYTES.width }>(self.at_info.bytes.val().index());
        self.f_words.next = self.info.q.val().get_bits::<{ info::WORDS.width }>(self.at_info.words.val().index());
        self.region.next = self.region_r.q.val();

        // ---- step 3b: docs/protocol.md §3, Repr::parse's checks ----------------------------
        self.malformed_len.d.next = bit_cast::<16, 14>(self.f_bytes.val()) < self.k_headers.val() + self.f_len.val();
        self.malformed_fields.d.next =
            (self.info.q.val().get_bits::<{ header::VERSION.width }>(self.at_header.version.val().index())
                != self.k_version.val())
                || (self.f_flags.val() & self.k_flags_unknown.val()).any()
                || !((self.f_op.val() == self.k_op_write.val())
                    || (self.f_op.val() == self.k_op_ack.val())
                    || (self.f_op.val() == self.k_op_nack.val()));
        self.malformed_write.d.next = (self.f_op.val() == self.k_op_write.val())
            && ((self.f_len.val() == 0) || (self.f_len.val() > self.k_max_write.val()));
        self.malformed_ctl.d.next = ((self.f_op.val() == self.k_op_ack.val())
            || (self.f_op.val() == self.k_op_nack.val()))
            && (self.f_flags.val().any()
                || self.info.q.val().get_bits::<{ header::KEY.width }>(self.at_header.key.val().index()).any()
                || self.f_region.val().any()
                || self.f_offset.val().any());
        self.malformed_ctl_len.d.next = false;
        if self.f_op.val() == self.k_op_ack.val() {
            self.malformed_ctl_len.d.next = self.f_len.val().any();
        } else if self.f_op.val() == self.k_op_nack.val() {
            self.malformed_ctl_len.d.next = (self.f_len.val() == 0)
                || self.f_len.val().get_bits::<3>(0).any()
                || (self.f_len.val() > self.k_max_nack_len.val())
                || self.info.q.val().get_bit(self.at_info.nack_bad.val().index());
        }
        self.malformed.next = self.malformed_len.q.val()
            || self.malformed_fields.q.val()
            || self.malformed_write.q.val()
            || self.malformed_ctl.q.val()
            || self.malformed_ctl_len.q.val();

        // ---- the tables ------------------------------------------------------------------
        // They answer for the context and region of the next cycle: the context table, in
        // `Idle`, for the info FIFO's head whichever request `Idle` takes (only a frame's
        // checks read it), so that its address does not wait for that choice.
        self.ct_ram.write_enable.next = false;
        self.ct_ram.write_address.next = self.ctx.val();
        self.ct_ram.write_data.next = self.ct_data.val();
        if self.state.val() == RxState::CmdCommit {
            self.ct_ram.write_enable.next = true;
        }
        if self.state.val() == RxState::ResetSweep {
            self.ct_ram.write_enable.next = true;
            self.ct_ram.write_address.next = self.sweep.val();
            self.ct_ram.write_data.next = 0.into();
        }
        self.ct_ram.read_address.next = self.ctx.val();
        // `Idle` and `Notify` may take the next frame.
        if (self.state.val() == RxState::Idle) || (self.state.val() == RxState::Notify) {
            self.ct_ram.read_address.next = self.head.val().get_bits::<6>(self.at_header.dst_ctx.val().index());
        }
        self.rt_ram.write_enable.next = self.rt_we.val();
        self.rt_ram.write_address.next = self.rt_waddr.val();
        self.rt_ram.write_data.next = self.rt_wdata.val();
        self.rt_ram.read_address.next = self.region_r.d.val();
        self.ct.next = self.ct_ram.read_data.val();
        self.rt.next = self.rt_ram.read_data.val();
        self.region_pl.next = self.rt.val().get_bits::<{ region::PL.width }>(self.at_region.pl.val().index());
        self.region_first.next = self.rt.val().get_bits::<{ region::FIRST.width }>(self.at_region.first.val().index());
        self.region_len.next = self.rt_len.q.val();

        // ---- steps 4 to 8 ------------------------------------------------------------------
        self.bad_ctx.d.next =
            (self.f_ctx.val() >= self.k_contexts.val()) || !self.ct.val().get_bit(self.at_context.valid.val().index());
        self.bad_peer.d.next = (self.info.q.val().get_bits::<{ header::SRC.width }>(self.at_header.src.val().index())
            != self.ct.val().get_bits::<{ context::PEER_MAC.width }>(self.at_context.peer_mac.val().index()))
            || (self.info.q.val().get_bits::<{ header::SRC_CTX.width }>(self.at_header.src_ctx.val().index())
                != self.ct.val().get_bits::<{ context::PEER_CTX.width }>(self.at_context.peer_ctx.val().index()));
        self.bad_tag.d.next =
            self.info.q.val().get_bits::<{ header::DST_TAG.width }>(self.at_header.dst_tag.val().index())
                != self.ct.val().get_bits::<{ context::TAG.width }>(self.at_context.tag.val().index());
        self.rt_key.d.next = self.rt.val().get_bits::<{ region::KEY.width }>(self.at_region.key.val().index());
        self.rt_owner.d.next = self.rt.val().get_bits::<{ region::PD.width }>(self.at_region.pd.val().index());
        self.rt_flags.d.next = self.rt.val().get_bits::<{ region::FLAGS.width }>(self.at_region.flags.val().index());
        self.bad_region.d.next = (self.f_region.val() >= self.k_regions.val())
            || !(self.rt_flags.q.val() & self.k_rt_valid.val()).any()
            || !(self.rt_flags.q.val() & self.k_rt_remote.val()).any();
        self.bad_owner.d.next =
            self.rt_owner.q.val() != self.ct.val().get_bits::<{ context::PD.width }>(self.at_context.pd.val().index());
        self.bad_key.d.next = self.rt_key.q.val()
            != self.info.q.val().get_bits::<{ header::KEY.width }>(self.at_header.key.val().index());
        self.f_end.d.next = bit_cast::<50, 48>(self.f_offset.val()) + bit_cast::<50, 16>(self.f_len.val());
        self.bad_bounds.d.next = self.f_end.q.val() > bit_cast::<50, 49>(self.rt_len.q.val());
        if self.state.val() == RxState::Classify {
            self.rt_len.d.next = self.rt.val().get_bits::<{ region::LEN.width }>(self.at_region.len.val().index());
        }

        // ---- the verdicts, in §7's order ---------------------------------------------------
        // `Classify`: a WRITE's first header word leaves now; the malformed check waits for
        // `Check` (a malformed WRITE is discarded, its words read anyway), so that neither the
        // FIFO's read nor the state waits for its adder.
        self.write_first.next = !self.info.q.val().get_bit(self.at_info.bad.val().index())
            && self.cfg_enable.val()
            && self.head_for_me.q.val()
            && self.head_uzura.q.val()
            && self.head_write.q.val();
        self.accept.next = !self.info.q.val().get_bit(self.at_info.bad.val().index())
            && self.cfg_enable.val()
            && (self.head_for_me.q.val() || self.f_group.val() || self.cfg_promisc.val());
        self.rdma.next = self.head_uzura.q.val() && self.head_for_me.q.val();
        // `Check`: every uzura frame for this NIC comes here.
        self.check_host.next = !self.malformed.val() && !self.f_write.val();
        self.check_pass.next = !self.malformed.val()
            && self.f_write.val()
            && !self.bad_ctx.q.val()
            && !self.bad_peer.q.val()
            && !self.bad_tag.q.val();
        if self.state.val() == RxState::Check {
            if self.malformed.val() {
                self.cnt_malformed.d.next = self.cnt_malformed.q.val() + 1;
            } else if self.f_write.val() {
                if self.bad_ctx.q.val() {
                    self.cnt_ctx.d.next = self.cnt_ctx.q.val() + 1;
                } else if self.bad_peer.q.val() {
                    self.cnt_peer.d.next = self.cnt_peer.q.val() + 1;
                } else if self.bad_tag.q.val() {
                    self.cnt_tag.d.next = self.cnt_tag.q.val() + 1;
                }
            }
        }
        // `Mark`: a frame that fails one of these is dropped before it writes anything.
        self.mark_key.next = self.bad_region.q.val() || self.bad_owner.q.val() || self.bad_key.q.val();
        self.mark_dup.next =
            !self.mark_key.val() && !self.bad_bounds.q.val() && !self.psn_far.val() && self.psn_dup.val();
        self.mark_place.next =
            !self.mark_key.val() && !self.bad_bounds.q.val() && !self.psn_far.val() && !self.psn_dup.val();
        if self.state.val() == RxState::Mark {
            if self.mark_key.val() {
                self.cnt_key.d.next = self.cnt_key.q.val() + 1;
            } else if self.bad_bounds.q.val() {
                self.cnt_bounds.d.next = self.cnt_bounds.q.val() + 1;
            } else if self.psn_far.val() {
                self.cnt_window.d.next = self.cnt_window.q.val() + 1;
            } else if self.psn_dup.val() {
                self.cnt_dup.d.next = self.cnt_dup.q.val() + 1;
            } else {
                self.cnt_placed.d.next = self.cnt_placed.q.val() + 1;
                self.cnt_placed_bytes.d.next = self.cnt_placed_bytes.q.val() + bit_cast::<32, 16>(self.f_len.val());
            }
        }
        if self.clear.val() {
            self.cnt_placed.d.next = 0.into();
            self.cnt_placed_bytes.d.next = 0.into();
            self.cnt_malformed.d.next = 0.into();
            self.cnt_ctx.d.next = 0.into();
            self.cnt_peer.d.next = 0.into();
            self.cnt_tag.d.next = 0.into();
            self.cnt_key.d.next = 0.into();
            self.cnt_bounds.d.next = 0.into();
            self.cnt_dup.d.next = 0.into();
            self.cnt_window.d.next = 0.into();
        }
        self.c_placed.next = self.cnt_placed.q.val();
        self.c_placed_bytes.next = self.cnt_placed_bytes.q.val();
        self.c_malformed.next = self.cnt_malformed.q.val();
        self.c_ctx.next = self.cnt_ctx.q.val();
        self.c_peer.next = self.cnt_peer.q.val();
        self.c_tag.next = self.cnt_tag.q.val();
        self.c_key.next = self.cnt_key.q.val();
        self.c_bounds.next = self.cnt_bounds.q.val();
        self.c_dup.next = self.cnt_dup.q.val();
        self.c_window.next = self.cnt_window.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::records::Field;

    const STATION: u64 = 0x0211_2233_4455;
    const PEER: u64 = 0x0266_7788_99AA;
    const CTX: u64 = 5;
    const PEER_CTX: u64 = 9;
    const TAG: u64 = 0xC0FF_EE00;
    const PD: u64 = 7;
    const REGION: u64 = 300;
    const KEY: u64 = 0x1234_5678_9ABC_DEF0;
    const REGION_LEN: u64 = 1 << 20;

    /// What the ingress records of a frame: a WRITE of `len` bytes that passes every check
    /// unless `edit` says otherwise.
    #[derive(Clone, Copy)]
    struct Frame {
        dst: u64,
        src: u64,
        ethertype: u64,
        version: u64,
        op: u64,
        flags: u64,
        len: u64,
        bytes: u64,
        dst_ctx: u64,
        src_ctx: u64,
        tag: u64,
        key: u64,
        region: u64,
        offset: u64,
        bad: bool,
    }

    fn write() -> Frame {
        Frame {
            dst: STATION,
            src: PEER,
            ethertype: proto::ETHERTYPE as u64,
            version: VERSION as u64,
            op: OP_WRITE as u64,
            flags: FLAG_LAST as u64,
            len: 1000,
            bytes: (header::BYTES + 1000) as u64,
            dst_ctx: CTX,
            src_ctx: PEER_CTX,
            tag: TAG,
            key: KEY,
            region: REGION,
            offset: 4096,
            bad: false,
        }
    }

    fn info_of(f: &Frame) -> Bits<{ info::BITS }> {
        let fields: [(Field, u64); 17] = [
            (header::DST, f.dst),
            (header::SRC, f.src),
            (header::ETHERTYPE, f.ethertype),
            (header::VERSION, f.version),
            (header::OP, f.op),
            (header::FLAGS, f.flags),
            (header::LENGTH, f.len),
            (header::DST_CTX, f.dst_ctx),
            (header::SRC_CTX, f.src_ctx),
            (header::DST_TAG, f.tag),
            (header::PSN, 77),
            (header::KEY, f.key),
            (header::REGION, f.region),
            (header::OFFSET, f.offset),
            (info::BAD, f.bad as u64),
            (info::BYTES, f.bytes),
            (info::WORDS, f.bytes.div_ceil(8)),
        ];
        fields.iter().fold(Bits::default(), |r, &(field, v)| field.put(r, v))
    }

    /// A frame, the NIC's settings, the region's and context's entries, the arrival state's
    /// verdicts (beyond the window, a duplicate), and the fate expected.
    #[derive(Clone, Copy)]
    struct Case {
        name: &'static str,
        frame: Frame,
        promisc: bool,
        enable: bool,
        rt_flags: u32,
        rt_pd: u64,
        ct_valid: bool,
        far: bool,
        dup: bool,
        fate: Fate,
    }

    /// `frame` on an enabled NIC, into a valid writable region of the context's PD.
    fn case(name: &'static str, frame: Frame, fate: Fate) -> Case {
        let rt_flags = regs::RT_FLAG_VALID | regs::RT_FLAG_REMOTE_WRITE;
        Case {
            name,
            frame,
            promisc: false,
            enable: true,
            rt_flags,
            rt_pd: PD,
            ct_valid: true,
            far: false,
            dup: false,
            fate,
        }
    }

    /// The verdict of one check stage, and the counter that moved.
    #[derive(Debug, PartialEq, Clone, Copy)]
    enum Fate {
        /// Not for this NIC at all (step 1d): no counter.
        Ignored,
        /// To the host ring (3a, 3c).
        Host,
        /// Dropped, counted in counter `n` of `counters()`.
        Dropped(usize),
        /// A duplicate: dropped and reported.
        Dup,
        Placed,
    }

    fn counters(x: &RxClassify) -> [u64; 10] {
        [
            x.c_malformed.val().to_u64(),
            x.c_ctx.val().to_u64(),
            x.c_peer.val().to_u64(),
            x.c_tag.val().to_u64(),
            x.c_key.val().to_u64(),
            x.c_bounds.val().to_u64(),
            x.c_window.val().to_u64(),
            x.c_dup.val().to_u64(),
            x.c_placed.val().to_u64(),
            x.c_placed_bytes.val().to_u64(),
        ]
    }
    const MALFORMED: usize = 0;
    const DROP_CTX: usize = 1;
    const DROP_PEER: usize = 2;
    const DROP_TAG: usize = 3;
    const DROP_KEY: usize = 4;
    const DROP_BOUNDS: usize = 5;
    const DROP_WINDOW: usize = 6;

    /// docs/protocol.md §7 step by step: a WRITE that fails one check, or several (the first
    /// in §7's order decides), takes the fate that check gives and moves its counter only.
    #[test]
    fn checks_in_protocol_order_each_drop_counted() {
        let w = write();
        let cases = [
            case("a valid WRITE", w, Fate::Placed),
            Case { enable: false, ..case("disabled", w, Fate::Ignored) },
            case("cut off or bad FCS", Frame { bad: true, ..w }, Fate::Ignored),
            case("another station's", Frame { dst: PEER, ..w }, Fate::Ignored),
            Case { promisc: true, ..case("another station's, promiscuous", Frame { dst: PEER, ..w }, Fate::Host) },
            case("broadcast", Frame { dst: 0xFFFF_FFFF_FFFF, ..w }, Fate::Host),
            case("another EtherType", Frame { ethertype: 0x0800, ..w }, Fate::Host),
            case("wrong version", Frame { version: 2, ..w }, Fate::Dropped(MALFORMED)),
            case("unknown flag", Frame { flags: 0x80, ..w }, Fate::Dropped(MALFORMED)),
            case("truncated", Frame { bytes: 900, ..w }, Fate::Dropped(MALFORMED)),
            case(
                "an ACK",
                Frame { op: OP_ACK as u64, flags: 0, len: 0, key: 0, region: 0, offset: 0, bytes: 60, ..w },
                Fate::Host,
            ),
            case(
                "an ACK with a key",
                Frame { op: OP_ACK as u64, flags: 0, len: 0, region: 0, offset: 0, bytes: 60, ..w },
                Fate::Dropped(MALFORMED),
            ),
            case("malformed and of no context", Frame { version: 0, dst_ctx: 64, ..w }, Fate::Dropped(MALFORMED)),
            case("context out of range", Frame { dst_ctx: 64, ..w }, Fate::Dropped(DROP_CTX)),
            Case { ct_valid: false, ..case("context not valid", w, Fate::Dropped(DROP_CTX)) },
            case("another peer", Frame { src: 0x0200_0000_0001, ..w }, Fate::Dropped(DROP_PEER)),
            case("another peer context", Frame { src_ctx: 1, ..w }, Fate::Dropped(DROP_PEER)),
            case("another peer and tag", Frame { src_ctx: 1, tag: 1, ..w }, Fate::Dropped(DROP_PEER)),
            case("a stale tag", Frame { tag: 1, ..w }, Fate::Dropped(DROP_TAG)),
            case("a stale tag and the wrong key", Frame { tag: 1, key: 3, ..w }, Fate::Dropped(DROP_TAG)),
            case("the wrong key", Frame { key: 3, ..w }, Fate::Dropped(DROP_KEY)),
            case("region out of range", Frame { region: 1024, ..w }, Fate::Dropped(DROP_KEY)),
            Case { rt_flags: regs::RT_FLAG_REMOTE_WRITE, ..case("region not valid", w, Fate::Dropped(DROP_KEY)) },
            Case {
                rt_flags: regs::RT_FLAG_VALID | regs::RT_FLAG_LOCAL_READ,
                ..case("region not writable", w, Fate::Dropped(DROP_KEY))
            },
            Case { rt_pd: PD + 1, ..case("another protection domain", w, Fate::Dropped(DROP_KEY)) },
            case("the wrong key, out of bounds", Frame { key: 3, offset: REGION_LEN, ..w }, Fate::Dropped(DROP_KEY)),
            case("out of bounds", Frame { offset: REGION_LEN - 999, ..w }, Fate::Dropped(DROP_BOUNDS)),
            case("to the region's end", Frame { offset: REGION_LEN - 1000, ..w }, Fate::Placed),
            Case {
                far: true,
                ..case(
                    "out of bounds, beyond the window",
                    Frame { offset: REGION_LEN, ..w },
                    Fate::Dropped(DROP_BOUNDS),
                )
            },
            Case { far: true, ..case("beyond the window", w, Fate::Dropped(DROP_WINDOW)) },
            Case { dup: true, ..case("a duplicate", w, Fate::Dup) },
        ];
        let mut uut = RxClassify::default();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<RxClassify>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut sim: Sim<RxClassify>| {
            let mut x = sim.init()?;
            x.cfg_mac.next = STATION.into();
            for &Case { name, frame: f, promisc, enable, rt_flags, rt_pd, ct_valid, far, dup, fate } in &cases {
                // The tables: the context's entry committed (`CmdCommit`), the region's written.
                let ct = [
                    (context::PEER_MAC, PEER),
                    (context::PEER_CTX, PEER_CTX),
                    (context::TAG, TAG),
                    (context::PD, PD),
                    (context::VALID, ct_valid as u64),
                ]
                .iter()
                .fold(Bits::<{ context::BITS }>::default(), |r, &(field, v)| field.put(r, v));
                let rt = [
                    (region::KEY, KEY),
                    (region::LEN, REGION_LEN),
                    (region::PL, 0x9000),
                    (region::PD, rt_pd),
                    (region::FLAGS, rt_flags as u64),
                ]
                .iter()
                .fold(Bits::<{ region::BITS }>::default(), |r, &(field, v)| field.put(r, v));
                x.state.next = RxState::CmdCommit;
                x.ctx.next = CTX.into();
                x.ct_data.next = ct;
                x.rt_we.next = true;
                x.rt_waddr.next = REGION.into();
                x.rt_wdata.next = rt;
                wait_clock_cycle!(sim, clock, x);
                x.rt_we.next = false;
                x.cfg_promisc.next = promisc;
                x.cfg_enable.next = enable;
                x.psn_far.next = far;
                x.psn_dup.next = dup;
                let before = counters(&x);
                // `Idle` takes the frame; the engine's context follows it.
                x.state.next = RxState::Idle;
                x.head.next = info_of(&f);
                x.take.next = true;
                wait_clock_cycle!(sim, clock, x);
                x.take.next = false;
                x.ctx.next = (f.dst_ctx & 63).into();
                x.state.next = RxState::Classify;
                x = sim.wait(1, x)?;
                let mut got = if !x.accept.val() {
                    Fate::Ignored
                } else if !x.rdma.val() {
                    Fate::Host
                } else {
                    // A WRITE's first header word may leave only if it is one for this station.
                    sim_assert!(sim, x.write_first.val() == (f.op == OP_WRITE as u64), x);
                    Fate::Placed
                };
                wait_clock_cycle!(sim, clock, x);
                if got == Fate::Placed {
                    x.state.next = RxState::Check;
                    x = sim.wait(1, x)?;
                    sim_assert!(sim, !(x.check_host.val() && x.check_pass.val()), x);
                    got = if x.check_host.val() {
                        Fate::Host
                    } else if !x.check_pass.val() {
                        Fate::Dropped(usize::MAX)
                    } else {
                        Fate::Placed
                    };
                    wait_clock_cycle!(sim, clock, x);
                }
                if got == Fate::Placed {
                    x.state.next = RxState::Mark;
                    x = sim.wait(1, x)?;
                    sim_assert!(sim, !(x.mark_dup.val() && x.mark_place.val()), x);
                    got = if x.mark_dup.val() {
                        Fate::Dup
                    } else if x.mark_place.val() {
                        Fate::Placed
                    } else {
                        Fate::Dropped(usize::MAX)
                    };
                    wait_clock_cycle!(sim, clock, x);
                }
                x.state.next = RxState::Discard;
                wait_clock_cycle!(sim, clock, x);
                let after = counters(&x);
                let moved: Vec<usize> = (0..9).filter(|&i| after[i] != before[i]).collect();
                // Which counter moved names the check that dropped the frame.
                if let Fate::Dropped(_) = got {
                    sim_assert!(sim, moved.len() == 1, x);
                    got = Fate::Dropped(moved[0]);
                }
                if got != fate {
                    println!("{name}: {got:?}, expected {fate:?}");
                }
                sim_assert_eq!(sim, got, fate, x);
                match fate {
                    Fate::Placed => {
                        sim_assert_eq!(sim, moved, vec![8], x);
                        sim_assert_eq!(sim, after[9] - before[9], f.len, x);
                    }
                    Fate::Dup => sim_assert_eq!(sim, moved, vec![7], x),
                    Fate::Dropped(c) => sim_assert_eq!(sim, after[c] - before[c], 1, x),
                    Fate::Ignored | Fate::Host => sim_assert!(sim, moved.is_empty(), x),
                }
            }
            // The NIC's reset zeroes every counter.
            x.clear.next = true;
            wait_clock_cycle!(sim, clock, x);
            sim_assert_eq!(sim, counters(&x), [0; 10], x);
            sim.done(x)
        });
        sim.run(Box::new(uut), 100_000).unwrap();
    }
}
