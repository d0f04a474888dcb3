//! The packed records the blocks pass between them and keep in their RAMs and FIFOs, one
//! definition each: every field a named [`Field`] (offset and width), fields packed from bit 0
//! up in the order listed. Host-visible layouts (ring entries, counters, the frame headers) are
//! derived from `uzura_uapi`, not retyped.
//!
//! Inside `#[hdl_gen]` code a field is read as `x.get_bits::<{ rec::F.width }>(self.at_rec.f.val().index())`
//! and packed as `bit_cast::<{ rec::BITS }, { rec::F.width }>(v) << self.at_rec.f.val()`: a
//! block that touches record `rec` holds its offsets as `at_rec: rec::At`, `localparam`s in the
//! Verilog (a plain Rust `const` there would become an undeclared net). [`Field::get`] and
//! [`Field::put`] do the same in Rust, for tests and generation-time constants.

use core::ops::Range;

use rust_hdl::prelude::*;
use uzura_uapi::regs::{self, Counter};
use uzura_uapi::ring;
use uzura_uapi::wire::{ethernet, uzura};

/// Width of an offset `localparam`: records are shorter than 1,024 bits.
pub const OFFSET_BITS: usize = 10;

/// Bits `offset .. offset + width` of a packed record.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Field {
    pub offset: usize,
    pub width: usize,
}

impl Field {
    /// A record's first field, at bit 0.
    pub const fn first(width: usize) -> Field {
        Field { offset: 0, width }
    }
    /// The field right above `self`.
    pub const fn then(self, width: usize) -> Field {
        Field { offset: self.end(), width }
    }
    pub const fn end(self) -> usize {
        self.offset + self.width
    }
    /// The field in a copy of its record that leaves out the record's lowest `bits`.
    pub const fn less(self, bits: usize) -> Field {
        assert!(self.offset >= bits);
        Field { offset: self.offset - bits, width: self.width }
    }
    /// The little-endian field at `bytes` of a 64-bit bus beat, given as bytes of a whole
    /// ring entry (the beat is `bytes.start / 8`, see [`beat`]).
    pub const fn le(bytes: Range<usize>) -> Field {
        assert!(bytes.start / 8 == (bytes.end - 1) / 8, "a field inside one beat");
        Field { offset: 8 * (bytes.start % 8), width: 8 * (bytes.end - bytes.start) }
    }
    /// The field's value in `record` (at most 64 bits wide).
    pub fn get<const N: usize>(self, record: Bits<N>) -> u64 {
        assert!(self.width <= 64 && self.end() <= N);
        (0..self.width).fold(0, |v, i| v | (record.get_bit(self.offset + i) as u64) << i)
    }
    /// `record` with the field set to `value`'s low bits.
    pub fn put<const N: usize>(self, mut record: Bits<N>, value: u64) -> Bits<N> {
        assert!(self.width <= 64 && self.end() <= N);
        for i in 0..self.width {
            record = record.replace_bit(self.offset + i, value >> i & 1 != 0);
        }
        record
    }
}

/// The 64-bit bus beat of a ring entry that holds `bytes`.
pub const fn beat(bytes: Range<usize>) -> usize {
    bytes.start / 8
}

/// A single byte as a range, for [`Field::le`].
const fn byte(at: usize) -> Range<usize> {
    at..at + 1
}

fn offset(field: Field) -> Constant<Bits<OFFSET_BITS>> {
    Constant::new(bit_cast::<OFFSET_BITS, 64>((field.offset as u64).into()))
}

/// Declares `At`, a record's field offsets as `Constant`s (one `localparam` each, named
/// `at_<record>$<field>`), for a block to hold as `at_<record>`.
macro_rules! offsets {
    ($($f:ident: $field:expr),* $(,)?) => {
        /// The record's field offsets, `localparam`s for `#[hdl_gen]` code.
        pub struct At {
            $(pub $f: Constant<Bits<{ super::OFFSET_BITS }>>),*
        }
        impl Default for At {
            fn default() -> Self {
                At { $($f: super::offset($field)),* }
            }
        }
        impl Logic for At {
            fn update(&mut self) {}
        }
        impl Block for At {
            fn connect_all(&mut self) {}
            fn update_all(&mut self) {}
            fn has_changed(&self) -> bool {
                false
            }
            fn accept(&self, name: &str, probe: &mut dyn Probe) {
                probe.visit_start_namespace(name, self);
                $(self.$f.accept(stringify!($f), probe);)*
                probe.visit_end_namespace(name, self);
            }
        }
    };
}

/// 64-bit values that the register map splits into `_LO`/`_HI` registers (registers.md: write
/// `_LO` first), and the 48-bit MAC addresses held the same way (`MacAddr::to_u64`).
pub mod halves {
    use super::*;

    pub const LO: Field = Field::first(32);
    pub const HI: Field = LO.then(32);
    pub const BITS: usize = HI.end();
    /// A MAC address's two octets in `_HI`.
    pub const MAC_HI: Field = Field { offset: HI.offset, width: 16 };
    offsets!(lo: LO, hi: HI, mac_hi: MAC_HI);
}

/// A region-table entry as the RX engine keeps it (registers.md §3).
pub mod region {
    use super::*;
    use uzura_uapi::proto::MAX_REGION_LEN;

    pub const KEY: Field = Field::first(64);
    /// Up to `MAX_REGION_LEN`, which it can hold.
    pub const LEN: Field = KEY.then(49);
    /// The page list's bus address.
    pub const PL: Field = LEN.then(64);
    pub const FIRST: Field = PL.then(12);
    pub const PD: Field = FIRST.then(16);
    /// `RT_FLAG_*`.
    pub const FLAGS: Field = PD.then(3);
    pub const BITS: usize = FLAGS.end();
    const _: () = assert!(MAX_REGION_LEN == 1 << (LEN.width - 1));
    const _: () = assert!(regs::RT_FLAG_LOCAL_READ >> FLAGS.width == 0);
    offsets!(key: KEY, len: LEN, pl: PL, first: FIRST, pd: PD, flags: FLAGS);
}

/// The region entry without its key: the RDMA TX engine's copy (it sends from regions, and
/// the key guards them against writes only).
pub mod region_tx {
    use super::*;

    pub const LEN: Field = region::LEN.less(region::KEY.width);
    pub const PL: Field = region::PL.less(region::KEY.width);
    pub const FIRST: Field = region::FIRST.less(region::KEY.width);
    pub const PD: Field = region::PD.less(region::KEY.width);
    pub const FLAGS: Field = region::FLAGS.less(region::KEY.width);
    pub const BITS: usize = region::BITS - region::KEY.width;
    offsets!(len: LEN, pl: PL, first: FIRST, pd: PD, flags: FLAGS);
}

/// A context-table entry (registers.md §3): the RX engine's copy holds the local tag (which
/// arriving frames must carry), the RDMA TX engine's the peer's tag (which it sends).
pub mod context {
    use super::*;

    pub const PEER_MAC: Field = Field::first(48);
    pub const PEER_CTX: Field = PEER_MAC.then(16);
    pub const TAG: Field = PEER_CTX.then(32);
    pub const PD: Field = TAG.then(16);
    /// `CT_FLAG_VALID`.
    pub const VALID: Field = PD.then(1);
    pub const BITS: usize = VALID.end();
    const _: () = assert!(regs::CT_FLAG_VALID == 1);
    offsets!(peer_mac: PEER_MAC, peer_ctx: PEER_CTX, tag: TAG, pd: PD, valid: VALID);
}

/// The Ethernet and uzura headers of a frame, byte-reversed (frame byte `b` at bits
/// `BITS - 8 (b + 1)`), so that every big-endian header field is a plain bit range.
pub mod header {
    use super::*;
    use uzura_uapi::proto;

    /// Bytes of the headers: a WRITE's payload starts at this frame byte.
    pub const BYTES: usize = ethernet::HEADER_LEN + proto::HEADER_LEN;
    pub const BITS: usize = 8 * BYTES;
    /// Frame words (of 8 bytes) that hold the headers.
    pub const WORDS: usize = BYTES.div_ceil(8);

    /// The field at frame bytes `r`.
    const fn at(r: Range<usize>) -> Field {
        Field { offset: BITS - 8 * r.end, width: 8 * (r.end - r.start) }
    }
    /// The field at uzura header bytes `r`.
    const fn uzura(r: Range<usize>) -> Field {
        at(ethernet::HEADER_LEN + r.start..ethernet::HEADER_LEN + r.end)
    }
    pub const DST: Field = at(ethernet::field::DST);
    pub const SRC: Field = at(ethernet::field::SRC);
    pub const ETHERTYPE: Field = at(ethernet::field::ETHERTYPE);
    /// The version and the opcode share a byte: version in its high nibble.
    pub const VER_OP: Field = uzura(byte(uzura::field::VER_OP));
    pub const OP: Field = Field { offset: VER_OP.offset, width: 4 };
    pub const VERSION: Field = OP.then(4);
    pub const FLAGS: Field = uzura(byte(uzura::field::FLAGS));
    pub const LENGTH: Field = uzura(uzura::field::LENGTH);
    pub const DST_CTX: Field = uzura(uzura::field::DST_CTX);
    pub const SRC_CTX: Field = uzura(uzura::field::SRC_CTX);
    pub const DST_TAG: Field = uzura(uzura::field::DST_TAG);
    pub const PSN: Field = uzura(uzura::field::PSN);
    pub const KEY: Field = uzura(uzura::field::KEY);
    pub const REGION: Field = uzura(uzura::field::REGION);
    pub const OFFSET: Field = uzura(uzura::field::OFFSET);
    /// The destination's group bit: bit 0 of its first byte.
    pub const GROUP: Field = Field { offset: DST.end() - 8, width: 1 };
    /// The headers' first frame word (word `i` lies `64 i` bits below it), and the bytes of
    /// the last, which the payload's first bytes share.
    pub const FIRST_WORD: Field = Field { offset: BITS - 64, width: 64 };
    pub const LAST_BYTES: Field = Field::first(BITS % 64);
    const _: () = assert!(OFFSET.offset == 0 && VERSION.end() == VER_OP.end());
    offsets!(
        dst: DST,
        group: GROUP,
        src: SRC,
        ethertype: ETHERTYPE,
        ver_op: VER_OP,
        op: OP,
        version: VERSION,
        flags: FLAGS,
        length: LENGTH,
        dst_ctx: DST_CTX,
        src_ctx: SRC_CTX,
        dst_tag: DST_TAG,
        psn: PSN,
        key: KEY,
        region: REGION,
        offset: OFFSET,
        first_word: FIRST_WORD,
    );
}

/// The frame words that hold the headers, shifted in byte-reversed (the first word at the top):
/// the headers end the last word's lanes early, leaving its low bits.
pub mod header_words {
    use super::*;

    pub const BITS: usize = 64 * header::WORDS;
    pub const HEADER: Field = Field { offset: BITS - header::BITS, width: header::BITS };
    offsets!(header: HEADER);
}

/// A NACK range's count in its frame word, byte-reversed (frame byte `b` of the word at bits
/// `64 - 8 (b + 1)`): NACK ranges follow the headers, one a word.
pub mod nack {
    use super::*;
    use uzura::nack_range;

    const LANE: usize = (header::BYTES + nack_range::COUNT.start) % 8;
    const LEN: usize = nack_range::COUNT.end - nack_range::COUNT.start;
    pub const COUNT: Field = Field { offset: 64 - 8 * (LANE + LEN), width: 8 * LEN };
    const _: () = assert!(uzura::NACK_RANGE_LEN == 8 && LANE + LEN <= 8);
    offsets!(count: COUNT);
}

/// What the RX engine's ingress records of each frame for the engine: its headers, the NACK
/// range check, whether it is bad (a MAC error, or cut off for want of room), its words in the
/// data FIFO and its bytes.
pub mod info {
    use super::*;

    pub const HEADER: Field = Field::first(header::BITS);
    pub const NACK_BAD: Field = HEADER.then(1);
    pub const BAD: Field = NACK_BAD.then(1);
    pub const WORDS: Field = BAD.then(11);
    pub const BYTES: Field = WORDS.then(14);
    pub const BITS: usize = BYTES.end();
    offsets!(header: HEADER, nack_bad: NACK_BAD, bad: BAD, words: WORDS, bytes: BYTES);
}

/// A context's arrival state apart from its bitmaps (docs/protocol.md §10): CUM, HIGH, DONE,
/// the `EV_RX_*` reasons pending, armed, and the WRITEs placed in order since the last event.
pub mod arrival {
    use super::*;

    pub const CUM: Field = Field::first(32);
    pub const HIGH: Field = CUM.then(32);
    pub const DONE: Field = HIGH.then(32);
    pub const PENDING: Field = DONE.then(5);
    pub const ARMED: Field = PENDING.then(1);
    pub const IN_ORDER: Field = ARMED.then(16);
    pub const BITS: usize = IN_ORDER.end();
    const _: () = assert!(ring::EV_RX_COALESCE >> PENDING.width == 0);
    offsets!(cum: CUM, high: HIGH, done: DONE, pending: PENDING, armed: ARMED, in_order: IN_ORDER);
}

/// What the RDMA TX engine's requester passes its assembler, one per frame or failed
/// descriptor: the frame's headers, payload length and first bus lane, the `SqError` (0: a
/// frame), whether it is its descriptor's last frame and `EV_SQ_DONE` is asked for, the
/// descriptor's SQ index and context.
pub mod sq_record {
    use super::*;

    pub const HEADER: Field = Field::first(header::BITS);
    pub const PAYLOAD: Field = HEADER.then(14);
    pub const LANE: Field = PAYLOAD.then(3);
    pub const ERROR: Field = LANE.then(3);
    pub const LAST: Field = ERROR.then(1);
    pub const EVENT: Field = LAST.then(1);
    pub const INDEX: Field = EVENT.then(32);
    pub const CTX: Field = INDEX.then(16);
    pub const BITS: usize = CTX.end();
    const _: () = assert!(ring::SqError::Bounds as u32 >> ERROR.width == 0);
    offsets!(
        header: HEADER,
        payload: PAYLOAD,
        lane: LANE,
        error: ERROR,
        last: LAST,
        event: EVENT,
        index: INDEX,
        ctx: CTX,
    );
}

/// A word of a frame FIFO: data, byte enables, the frame's last word.
pub mod frame_word {
    use super::*;

    pub const DATA: Field = Field::first(64);
    pub const KEEP: Field = DATA.then(8);
    pub const LAST: Field = KEEP.then(1);
    pub const BITS: usize = LAST.end();
    offsets!(data: DATA, keep: KEEP, last: LAST);
}

/// The counters of registers.md §7, 32 bits each in `Counter` order, as one vector that the
/// register file picks a read from.
pub mod counters {
    use super::*;

    pub const fn of(c: Counter) -> Field {
        Field { offset: 32 * c as usize, width: 32 }
    }
    pub const BITS: usize = 32 * Counter::COUNT;
    offsets!(
        rx_frames: of(Counter::RxFrames),
        rx_bad_fcs: of(Counter::RxBadFcs),
        rx_runt: of(Counter::RxRunt),
        rx_oversize: of(Counter::RxOversize),
        rx_pause: of(Counter::RxPause),
        rx_placed: of(Counter::RxPlaced),
        rx_placed_bytes: of(Counter::RxPlacedBytes),
        rx_drop_malformed: of(Counter::RxDropMalformed),
        rx_drop_ctx: of(Counter::RxDropCtx),
        rx_drop_peer: of(Counter::RxDropPeer),
        rx_drop_tag: of(Counter::RxDropTag),
        rx_drop_key: of(Counter::RxDropKey),
        rx_drop_bounds: of(Counter::RxDropBounds),
        rx_drop_dup: of(Counter::RxDropDup),
        rx_drop_window: of(Counter::RxDropWindow),
        rx_drop_no_buf: of(Counter::RxDropNoBuf),
        rx_host: of(Counter::RxHost),
        tx_frames: of(Counter::TxFrames),
        tx_writes: of(Counter::TxWrites),
        tx_pause: of(Counter::TxPause),
        sq_errors: of(Counter::SqErrors),
        eq_overflow: of(Counter::EqOverflow),
        rx_unsupported_opcode: of(Counter::RxUnsupportedOpcode),
        link_local_faults: of(Counter::LinkLocalFaults),
        link_remote_faults: of(Counter::LinkRemoteFaults),
    );
}

/// The register file's ring settings of all four rings (registers.md §4), indexed by
/// `regs::SQ` .. `regs::EQ`: the base addresses, and the sizes' log2, one byte each.
pub mod rings {
    use super::*;

    pub const fn base(ring: u32) -> Field {
        Field { offset: 64 * ring as usize, width: 64 }
    }
    pub const BASE_BITS: usize = 64 * regs::RING_COUNT as usize;
    /// `RING_BASE_LO` as written, until `RING_BASE_HI` makes the pair take effect.
    pub const BASE_LO_BITS: usize = 32 * regs::RING_COUNT as usize;
    pub const fn size_log2(ring: u32) -> Field {
        Field { offset: 8 * ring as usize, width: 5 }
    }
    pub const LOG2_BITS: usize = 8 * regs::RING_COUNT as usize;
    offsets!(
        sq_base: base(regs::SQ),
        txq_base: base(regs::TXQ),
        rxq_base: base(regs::RXQ),
        eq_base: base(regs::EQ),
        sq_log2: size_log2(regs::SQ),
        txq_log2: size_log2(regs::TXQ),
        rxq_log2: size_log2(regs::RXQ),
        eq_log2: size_log2(regs::EQ),
    );
}

/// `ring::SqDesc` in the 64-bit beats it arrives in: beat 0 holds the context, flags and first
/// PSN, beat 1 the length and regions, beats 2, 3, 4 the offsets and key, 5 .. 7 zeros.
pub mod sq_desc {
    use super::*;
    use uzura_uapi::ring::sq_desc as b;

    pub const CTX: Field = Field::le(b::CTX);
    pub const FLAGS: Field = Field::le(byte(b::FLAGS));
    pub const RESERVED: Field = Field::le(byte(b::RESERVED));
    pub const FIRST_PSN: Field = Field::le(b::FIRST_PSN);
    pub const LEN: Field = Field::le(b::LEN);
    pub const SRC_REGION: Field = Field::le(b::SRC_REGION);
    pub const DST_REGION: Field = Field::le(b::DST_REGION);
    pub const BEATS: usize = ring::SqDesc::LEN / 8;
    const _: () = assert!(
        beat(b::CTX) == 0 && beat(byte(b::FLAGS)) == 0 && beat(byte(b::RESERVED)) == 0 && beat(b::FIRST_PSN) == 0
    );
    const _: () = assert!(beat(b::LEN) == 1 && beat(b::SRC_REGION) == 1 && beat(b::DST_REGION) == 1);
    const _: () = assert!(beat(b::SRC_OFFSET) == 2 && beat(b::DST_OFFSET) == 3 && beat(b::DST_KEY) == 4);
    const _: () = assert!(b::DST_KEY.end == 8 * 5 && b::RESERVED_TAIL.end == 8 * BEATS);
    offsets!(
        ctx: CTX,
        flags: FLAGS,
        reserved: RESERVED,
        first_psn: FIRST_PSN,
        len: LEN,
        src_region: SRC_REGION,
        dst_region: DST_REGION,
    );
}

/// `ring::BufDesc` in its two beats: the address fills beat 0, the length starts beat 1.
pub mod buf_desc {
    use super::*;
    use uzura_uapi::ring::buf_desc as b;

    pub const LEN: Field = Field::le(b::LEN);
    const _: () = assert!(b::ADDR.start == 0 && b::ADDR.end == 8 && beat(b::LEN) == 1);
    offsets!(len: LEN);
}

/// `ring::Event` in its two beats: kind, reason, context and `a` in beat 0; `b`, `c` and the
/// phase in beat 1.
pub mod event {
    use super::*;
    use uzura_uapi::ring::event as b;

    pub const KIND: Field = Field::le(byte(b::KIND));
    pub const REASON: Field = Field::le(byte(b::REASON));
    pub const CTX: Field = Field::le(b::CTX);
    pub const A: Field = Field::le(b::A);
    pub const B: Field = Field::le(b::B);
    pub const C: Field = Field::le(b::C);
    /// Bit 0 of its byte.
    pub const PHASE: Field = Field { offset: Field::le(byte(b::PHASE)).offset, width: 1 };
    const _: () = assert!(beat(byte(b::KIND)) == 0 && beat(byte(b::REASON)) == 0 && beat(b::CTX) == 0);
    const _: () = assert!(beat(b::A) == 0 && beat(b::B) == 1 && beat(b::C) == 1 && beat(byte(b::PHASE)) == 1);
    const _: () = assert!(ring::Event::LEN == 16, "two beats");
    offsets!(kind: KIND, reason: REASON, ctx: CTX, a: A, b: B, c: C, phase: PHASE);
}

#[cfg(test)]
mod tests {
    use super::*;
    use uzura_uapi::proto::Psn;
    use uzura_uapi::ring::{Event, SqDesc};
    use uzura_uapi::wire::uzura::{emit_frame_headers, Kind, Repr, WriteRepr};
    use uzura_uapi::wire::MacAddr;

    fn beats(bytes: &[u8]) -> Vec<Bits<64>> {
        bytes.chunks(8).map(|b| Bits::<64>::from(u64::from_le_bytes(b.try_into().unwrap()))).collect()
    }

    #[test]
    fn fields_tile_their_records() {
        for fields in [
            &[region::KEY, region::LEN, region::PL, region::FIRST, region::PD, region::FLAGS][..],
            &[context::PEER_MAC, context::PEER_CTX, context::TAG, context::PD, context::VALID],
            &[info::HEADER, info::NACK_BAD, info::BAD, info::WORDS, info::BYTES],
            &[arrival::CUM, arrival::HIGH, arrival::DONE, arrival::PENDING, arrival::ARMED, arrival::IN_ORDER],
            &[
                header::OFFSET,
                header::REGION,
                header::KEY,
                header::PSN,
                header::DST_TAG,
                header::SRC_CTX,
                header::DST_CTX,
                header::LENGTH,
                header::FLAGS,
                header::VER_OP,
                header::ETHERTYPE,
                header::SRC,
                header::DST,
            ],
        ] {
            for pair in fields.windows(2) {
                assert_eq!(pair[0].end(), pair[1].offset, "{pair:?}");
            }
        }
        assert_eq!(header::DST.end(), header::BITS);
        assert_eq!(region_tx::FLAGS.end(), region_tx::BITS);
    }

    #[test]
    fn put_and_get_round_trip() {
        let r = arrival::PENDING.put(arrival::HIGH.put(Bits::<{ arrival::BITS }>::default(), 0xDEAD_BEEF), 0x1F);
        assert_eq!(arrival::HIGH.get(r), 0xDEAD_BEEF);
        assert_eq!(arrival::PENDING.get(r), 0x1F);
        assert_eq!(arrival::CUM.get(r), 0);
        assert_eq!(arrival::ARMED.get(r), 0);
    }

    /// The event's fields where uapi's encoder puts them.
    #[test]
    fn event_beats_match_uapi() {
        let e = Event { kind: 0x12, reason: 0x34, ctx: 0x5678, a: 0x9ABC_DEF0, b: 0x1357_9BDF, c: 0x2468, phase: true };
        let b = beats(&e.encode());
        assert_eq!(event::KIND.get(b[0]), e.kind as u64);
        assert_eq!(event::REASON.get(b[0]), e.reason as u64);
        assert_eq!(event::CTX.get(b[0]), e.ctx as u64);
        assert_eq!(event::A.get(b[0]), e.a as u64);
        assert_eq!(event::B.get(b[1]), e.b as u64);
        assert_eq!(event::C.get(b[1]), e.c as u64);
        assert_eq!(event::PHASE.get(b[1]), 1);
    }

    #[test]
    fn sq_descriptor_beats_match_uapi() {
        let d = SqDesc {
            ctx: 0x0102,
            flags: 0x05,
            first_psn: 0x0A0B_0C0D,
            len: 0x1122_3344,
            src_region: 0x0304,
            dst_region: 0x0506,
            src_offset: 0x1111_2222_3333_4444,
            dst_offset: 0x5555_6666_7777_8888,
            dst_key: 0x9999_AAAA_BBBB_CCCC,
        };
        let mut bytes = d.encode();
        bytes[ring::sq_desc::RESERVED] = 0x77;
        let b = beats(&bytes);
        assert_eq!(b.len(), sq_desc::BEATS);
        assert_eq!(sq_desc::CTX.get(b[0]), d.ctx as u64);
        assert_eq!(sq_desc::FLAGS.get(b[0]), d.flags as u64);
        assert_eq!(sq_desc::RESERVED.get(b[0]), 0x77);
        assert_eq!(sq_desc::FIRST_PSN.get(b[0]), d.first_psn as u64);
        assert_eq!(sq_desc::LEN.get(b[1]), d.len as u64);
        assert_eq!(sq_desc::SRC_REGION.get(b[1]), d.src_region as u64);
        assert_eq!(sq_desc::DST_REGION.get(b[1]), d.dst_region as u64);
        let whole = Field::first(64);
        assert_eq!((whole.get(b[2]), whole.get(b[3]), whole.get(b[4])), (d.src_offset, d.dst_offset, d.dst_key));
        let r = ring::BufDesc { addr: 0x1234_5678_9ABC, len: 0x2345 };
        assert_eq!(buf_desc::LEN.get(beats(&r.encode())[1]), r.len as u64);
    }

    /// The headers uapi emits, byte-reversed as the RX engine keeps them, hold each field at
    /// its place.
    #[test]
    fn header_fields_match_the_wire() {
        let repr = Repr {
            dst_ctx: 0x0A0B,
            src_ctx: 0x0C0D,
            dst_tag: 0x1020_3040,
            psn: Psn(0x5060_7080),
            kind: Kind::Write(WriteRepr {
                region: 0x0123,
                key: 0xFEDC_BA98_7654_3210,
                offset: 0x0000_1234_5678_9ABC,
                len: 0x0456,
                last: true,
                ack_req: false,
            }),
        };
        let (src, dst) = (MacAddr([2, 0x11, 0x22, 0x33, 0x44, 0x55]), MacAddr([3, 0x66, 0x77, 0x88, 0x99, 0xAA]));
        let mut buf = vec![0u8; ethernet::HEADER_LEN + repr.buffer_len()];
        assert_eq!(emit_frame_headers(src, dst, &repr, &mut buf), header::BYTES + 0x0456);
        let mut kept = Bits::<{ header::BITS }>::default();
        for (i, &byte) in buf[..header::BYTES].iter().enumerate() {
            for bit in 0..8 {
                kept = kept.replace_bit(header::BITS - 8 * (i + 1) + bit, byte >> bit & 1 != 0);
            }
        }
        assert_eq!(header::DST.get(kept), dst.to_u64());
        assert_eq!(header::GROUP.get(kept), 1);
        assert_eq!(header::SRC.get(kept), src.to_u64());
        assert_eq!(header::ETHERTYPE.get(kept), uzura_uapi::proto::ETHERTYPE as u64);
        assert_eq!(header::VERSION.get(kept), uzura_uapi::proto::VERSION as u64);
        assert_eq!(header::OP.get(kept), uzura::OP_WRITE as u64);
        assert_eq!(header::FLAGS.get(kept), uzura::FLAG_LAST as u64);
        assert_eq!(header::LENGTH.get(kept), 0x0456);
        assert_eq!(header::DST_CTX.get(kept), 0x0A0B);
        assert_eq!(header::SRC_CTX.get(kept), 0x0C0D);
        assert_eq!(header::DST_TAG.get(kept), 0x1020_3040);
        assert_eq!(header::PSN.get(kept), 0x5060_7080);
        assert_eq!(header::KEY.get(kept), 0xFEDC_BA98_7654_3210);
        assert_eq!(header::REGION.get(kept), 0x0123);
        assert_eq!(header::OFFSET.get(kept), 0x1234_5678_9ABC);
    }
}
