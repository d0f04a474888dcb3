//! The receive side of the NIC behind the MAC: the receive buffer, the RDMA RX engine and the
//! host receive path, and, because it owns the DMA write port, the event writer.
//!
//! **Ingress** (at wire speed, no backpressure): each word the MAC passes goes into the data
//! FIFO (the receive buffer, `RXBUF`, 64 KiB). While a frame streams by, its first six words
//! are kept byte-reversed, so that every big-endian header field is a plain bit range of one
//! vector, and a NACK's range counts are checked word by word. At the frame's end one *info*
//! record (header, byte and word counts, MAC error, NACK check) goes into the info FIFO. A
//! frame that finds either FIFO full is cut off and dropped whole (`RxDropNoBuf`).
//!
//! **Engine** (store and forward, one frame at a time): it pops an info record, classifies the
//! frame as docs/protocol.md §7 and registers.md §6.1 order it, and for a WRITE looks up the
//! context, the region and the arrival state (three RAM reads in one cycle), checks them, reads
//! the arrival bits of its PSN, and places the payload: region offset to bus address through
//! the region's page list in host memory (a [`crate::page_cache::PageCache`]: 32 entries per
//! read, the next 32 read ahead), cut at 4 KiB pages, realigned from the frame's byte 46 to the bus address by a 16-byte
//! accumulator, one 64-bit beat per cycle. While a piece is written, the next page is looked up,
//! so that the next piece follows without a cycle of its own. Then it marks the PSN, advances CUM a bitmap word
//! per step, and posts `EV_RX` if armed. Host frames go the same way into the next RXQ buffer.
//!
//! Between frames it serves the register file's commands (context commit with the bitmap
//! clear, arm, arrival-state reads, reset) and posts the TX engine's events, so that one
//! block orders every DMA write: an event is always issued after the writes it reports.

use rust_hdl::prelude::*;
use uzura_uapi::proto::{self, MAX_CONTEXTS, MAX_NACK_RANGES, MAX_REGIONS, RX_WINDOW, VERSION};
use uzura_uapi::ring;
use uzura_uapi::wire::uzura::{FLAG_ACK_REQ, FLAG_LAST, MAX_WRITE_LEN, NACK_RANGE_LEN, OP_ACK, OP_NACK, OP_WRITE};

use crate::k;
use crate::page_cache::PageCache;
use crate::page_step::PageStep;
use crate::popcount::Popcount32;
use crate::ports::{DmaRead, DmaWrite, EventRequestIn};
use crate::records::{arrival, buf_desc, context, event, header, header_words, info, nack, region};
use crate::skid_fifo::SkidFifo;

const _: () = assert!(MAX_CONTEXTS == 64 && MAX_REGIONS == 1024 && RX_WINDOW == 4096);
const _: () = assert!(header::BYTES == 46 && header::WORDS == 6, "the payload starts in lane 6 of word 5");

#[derive(Copy, Clone, PartialEq, Debug, LogicState)]
pub enum RxState {
    Idle,
    Classify,
    Check,
    Xlate,
    WrRun,
    Mark,
    AdvRun,
    AdvRead,
    AdvWait,
    Notify,
    EvPost,
    EvBeat1,
    Discard,
    HDesc,
    HDescWait,
    HPiece,
    HDone,
    CmdCommit,
    CmdClear,
    CmdArmWait,
    CmdQueryWait,
    CmdQueryAck,
    ResetSweep,
}

/// The realigner reads the FIFO's head from registers, and `Idle` and `Classify` the info
/// FIFO's (its fields address the context table and are compared for the frame's class).
type DataFifo = SkidFifo<Bits<64>, 13, 14, 1>;
/// The data FIFO's depth, 2^13 words (its block RAM's; the skid's two registers are not counted).
const RXBUF_WORDS: u64 = 1 << 13;
type InfoFifo = SkidFifo<Bits<{ info::BITS }>, 8, 9, 1>;

block! {
/// See the module documentation. Ports are grouped by prefix: `m_` the MAC's receive stream,
/// `cfg_` settings from the register file, `eq_`/`rxq_` ring state, `rt_` region table writes,
/// `ct_`/`arm_`/`q_`/`rst_` commands, `tx_event` the TX engines' events, `dmaw` the DMA write
/// port, `desc_rd` and `list_rd` the engine's DMA reads, `c_` counters.
pub struct RxEngine {
    pub clock: Signal<In, Clock>,
    pub m_data: Signal<In, Bits<64>>,
    pub m_keep: Signal<In, Bits<8>>,
    pub m_valid: Signal<In, Bit>,
    pub m_last: Signal<In, Bit>,
    pub m_error: Signal<In, Bit>,
    pub cfg_mac: Signal<In, Bits<48>>,
    pub cfg_enable: Signal<In, Bit>,
    pub cfg_promisc: Signal<In, Bit>,
    pub cfg_coalesce: Signal<In, Bits<16>>,
    pub eq_base: Signal<In, Bits<64>>,
    pub eq_log2: Signal<In, Bits<5>>,
    pub eq_head: Signal<In, Bits<32>>,
    pub eq_tail: Signal<Out, Bits<32>>,
    pub rxq_base: Signal<In, Bits<64>>,
    pub rxq_log2: Signal<In, Bits<5>>,
    pub rxq_tail: Signal<In, Bits<32>>,
    pub rxq_head: Signal<Out, Bits<32>>,
    pub rt_we: Signal<In, Bit>,
    pub rt_waddr: Signal<In, Bits<10>>,
    pub rt_wdata: Signal<In, Bits<{ region::BITS }>>,
    /// Commit context `ct_idx` with `ct_data` and first PSN `ct_start`: held until `ct_ack`.
    pub ct_req: Signal<In, Bit>,
    pub ct_idx: Signal<In, Bits<6>>,
    pub ct_data: Signal<In, Bits<{ context::BITS }>>,
    pub ct_start: Signal<In, Bits<32>>,
    pub ct_ack: Signal<Out, Bit>,
    pub arm_req: Signal<In, Bit>,
    pub arm_idx: Signal<In, Bits<6>>,
    pub arm_ack: Signal<Out, Bit>,
    /// Read the arrival state of `q_ctx`: kind 0 CUM (with HIGH and DONE), 3 `RX_MAP` word
    /// `q_word`.
    pub q_req: Signal<In, Bit>,
    pub q_kind: Signal<In, Bits<2>>,
    pub q_ctx: Signal<In, Bits<6>>,
    pub q_word: Signal<In, Bits<7>>,
    pub q_ack: Signal<Out, Bit>,
    pub q_data: Signal<Out, Bits<32>>,
    /// With a CUM answer: HIGH and DONE of the same instant.
    pub q_high: Signal<Out, Bits<32>>,
    pub q_done: Signal<Out, Bits<32>>,
    pub rst_req: Signal<In, Bit>,
    pub rst_ack: Signal<Out, Bit>,
    pub tx_event: EventRequestIn,
    pub dmaw: DmaWrite,
    /// RXQ descriptor reads.
    pub desc_rd: DmaRead<Bits<64>>,
    /// The page cache's reads of page lists, under their own tag: entries, bits 63:12.
    pub list_rd: DmaRead<Bits<52>>,
    /// Pulses: an event was written; an event was lost (EQ full).
    pub irq_event: Signal<Out, Bit>,
    pub irq_overflow: Signal<Out, Bit>,
    /// Receive buffer fill in 64-bit words (for XOFF/XON; registered, a cycle behind the FIFO's
    /// pointers, so that the thresholds' compares start from a register), and whether the
    /// engine is between frames with no command pending (the commit fence).
    pub fill: Signal<Out, Bits<14>>,
    pub idle: Signal<Out, Bit>,
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
    pub c_nobuf: Signal<Out, Bits<32>>,
    pub c_host: Signal<Out, Bits<32>>,
    pub c_eq_overflow: Signal<Out, Bits<32>>,

    data_fifo: DataFifo,
    info_fifo: InfoFifo,
    ct_ram: RAM<Bits<{ context::BITS }>, 6>,
    rt_ram: RAM<Bits<{ region::BITS }>, 10>,
    arr_ram: RAM<Bits<{ arrival::BITS }>, 6>,
    /// Arrival bitmaps: word `{ctx, psn[11:5]}`, bit `psn[4:0]`.
    placed_ram: RAM<Bits<32>, 13>,
    last_ram: RAM<Bits<32>, 13>,

    // Ingress.
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

    // The frame being handled.
    state: DFF<RxState>,
    ev_ret: DFF<RxState>,
    info: DFF<Bits<{ info::BITS }>>,
    rd_words: DFF<Bits<11>>,
    f_ctx: Signal<Local, Bits<16>>,
    f_region: Signal<Local, Bits<16>>,
    f_len: Signal<Local, Bits<16>>,
    f_psn: Signal<Local, Bits<32>>,
    f_offset: Signal<Local, Bits<48>>,
    f_flags: Signal<Local, Bits<8>>,
    f_op: Signal<Local, Bits<4>>,
    f_bytes: Signal<Local, Bits<14>>,
    f_words: Signal<Local, Bits<11>>,
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

    // Checks and arrival state of a WRITE.
    ct: Signal<Local, Bits<{ context::BITS }>>,
    rt: Signal<Local, Bits<{ region::BITS }>>,
    /// The protection checks of docs/protocol.md §7 (context, peer, tag), failed: decided in
    /// `Classify` (the context and region tables are read ahead, off the info FIFO's head and
    /// `region.d`, for this) and used in `Check`, so that the tables' slow outputs and the
    /// wide compares do not run on into the checks' outcome.
    bad_ctx: DFF<Bit>,
    bad_peer: DFF<Bit>,
    bad_tag: DFF<Bit>,
    /// The key check, a stage later: the region table's block RAM answers late in the cycle,
    /// so its key, owner and flags are registered in `Classify` (`rt_key`, `rt_owner`,
    /// `rt_flags`), compared in `Check` and acted on first in `Mark`, which keeps §7's order.
    /// Three registers (region and flags, owner, key), so that no compare runs on into another.
    rt_key: DFF<Bits<64>>,
    rt_owner: DFF<Bits<16>>,
    rt_flags: DFF<Bits<3>>,
    bad_region: DFF<Bit>,
    bad_owner: DFF<Bit>,
    bad_key: DFF<Bit>,
    /// The bounds, window and duplicate checks, decided in `Mark` off registers: the region's
    /// length (`rt_len`, latched in `Classify`) against the frame's end in the region
    /// (`f_end`), compared in `Check` (`bad_bounds`); the PSN's distance from CUM
    /// (`cum_dist`) and its arrival bit (`psn_placed`), latched in `Check` off the arrival
    /// RAMs' outputs. A frame that fails one of them is dropped in `Mark` before it writes
    /// anything.
    rt_len: DFF<Bits<49>>,
    f_end: DFF<Bits<50>>,
    cum_dist: DFF<Bits<32>>,
    psn_placed: DFF<Bit>,
    /// The frame's word of the placed bitmap, read from `Idle` (off the info FIFO's head) and
    /// registered in `Classify`, so that its PSN's bit is picked from a register in `Check`.
    placed_word: DFF<Bits<32>>,
    bad_bounds: DFF<Bit>,
    psn_far: Signal<Local, Bit>,
    psn_dup: Signal<Local, Bit>,
    arr: Signal<Local, Bits<{ arrival::BITS }>>,
    psn_dist: Signal<Local, Bits<32>>,
    /// A frame placed in `Mark` moves HIGH on in the next cycle (`AdvRun` or `Xlate`, which
    /// leave it alone; `Notify`, which stores it, comes later), off the PSN's distance from
    /// HIGH registered in `Mark` (`high_gap`): the subtraction does not drive HIGH's enables.
    high_gap: DFF<Bits<32>>,
    high_ahead: Signal<Local, Bit>,
    high_placed: DFF<Bit>,
    a_cum: DFF<Bits<32>>,
    a_high: DFF<Bits<32>>,
    a_done: DFF<Bits<32>>,
    a_pend: DFF<Bits<5>>,
    a_armed: DFF<Bits<1>>,
    a_inord: DFF<Bits<16>>,
    in_order: DFF<Bit>,
    ctx: DFF<Bits<6>>,
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
    /// The run reaches the word's end: every bit from CUM on is placed (an AND of `run_fill`,
    /// not the end of the increment's carry chain).
    run_whole: Signal<Local, Bit>,
    /// `AdvRun` writes the bitmap words it clears back a cycle later (`wb_pending`, at word
    /// `wb_word`, from `bm_placed` and `bm_last`, which hold them by then), so that the run's
    /// 32-bit increment ends at registers, not at the block RAMs' data inputs. The cycle after
    /// `AdvRun` (`AdvRead` or `Xlate`) writes nothing else, and the word is not read again
    /// before the next frame's `Idle`.
    wb_pending: DFF<Bit>,
    wb_word: DFF<Bits<7>>,
    /// A run that stays inside its bitmap word, counted (`run_lo`, `run_hi`: each half of
    /// the word) a cycle after `AdvRun` and added to CUM in the next, and the LAST frames it
    /// passed, counted (`passed_lo`, `passed_hi`) and added to DONE in the same cycles: neither of those cycles reads or writes CUM, DONE or the
    /// pending reasons (the earliest that does, `Notify`, comes three cycles after `AdvRun`),
    /// and the counts' adders stay off the run's path and off each other's.
    run_step: DFF<Bits<32>>,
    passed_bits: DFF<Bits<32>>,
    run_lo: DFF<Bits<5>>,
    run_hi: DFF<Bits<5>>,
    passed_lo: DFF<Bits<5>>,
    passed_hi: DFF<Bits<5>>,
    run_count: Popcount32,
    passed_count: Popcount32,
    new_high: Signal<Local, Bits<32>>,

    // Placement: the source bytes still to feed, the region or buffer position, the piece.
    pl: DFF<Bits<64>>,
    first: DFF<Bits<12>>,
    region: DFF<Bits<10>>,
    cur_off: DFF<Bits<49>>,
    xfer_rem: DFF<Bits<14>>,
    feed_rem: DFF<Bits<14>>,
    drop: DFF<Bits<3>>,
    first_piece: DFF<Bit>,
    host: DFF<Bit>,
    /// `first + cur_off`, registered (moved on by a piece itself, like `cur_off`), so that the
    /// page cache's compares start from a register.
    pos: DFF<Bits<49>>,
    room: Signal<Local, Bits<13>>,
    /// Page-list translations of the region being written.
    xl: PageCache,
    rt_pages: DFF<Bits<38>>,
    pop_hdr: Signal<Local, Bit>,
    new_placed: Signal<Local, Bits<32>>,
    new_last: Signal<Local, Bits<32>>,
    p_addr: DFF<Bits<64>>,
    p_len: DFF<Bits<13>>,
    /// The next piece of a WRITE, prepared while this one is written: it starts on the next
    /// page, at `nx_page`, and is `nx_len` long; `nx_hit` once its bus page (`nx_frame`) is
    /// known. `nx_fresh`: `xl_page` and `nx_len` were computed from this piece (not during its
    /// first cycle). Page and length are registered first so that the lookup starts from
    /// registers.
    nx_fresh: DFF<Bit>,
    nx_page: Signal<Local, Bits<37>>,
    /// The page the cache looks up: in `WrRun` the next piece's (`nx_page` a cycle before),
    /// elsewhere `pos`'s (`pos_sum` a cycle before; a piece that ends in `WrRun` for `Xlate`
    /// ends at a page boundary, where `pos` moves on to `nx_page`). Chosen off the state a
    /// cycle before, so that the lookup starts from a register, not from the state's decode.
    xl_page: DFF<Bits<37>>,
    pos_sum: Signal<Local, Bits<49>>,
    nx_len: DFF<Bits<13>>,
    /// min(8, `nx_len`), registered beside it.
    nx_out_n: DFF<Bits<4>>,
    /// The transfer's bytes after this piece.
    rest_after: Signal<Local, Bits<14>>,
    nx_hit: DFF<Bit>,
    nx_frame: DFF<Bits<52>>,
    nx_want: Signal<Local, Bit>,
    /// The cache's answer for `xl_page`, registered: `Xlate` and the look-ahead act on it, so
    /// that the cache's compares do not run on into the piece's registers. `Xlate` trusts it
    /// only from the states in which `xl_page` already holds the piece's page (`AdvRun`,
    /// `AdvRead`, `AdvWait`, `Xlate`: `xl_was_settled`); entered from elsewhere it waits a
    /// cycle. The look-ahead's own lookups are marked by `nx_asked`.
    xl_settled: Signal<Local, Bit>,
    xl_hit: DFF<Bit>,
    xl_frame: DFF<Bits<52>>,
    xl_was_settled: DFF<Bit>,
    nx_asked: DFF<Bit>,
    piece_end: Signal<Local, Bit>,
    out_rem: DFF<Bits<14>>,
    beat_lead: DFF<Bits<3>>,
    beat_first: DFF<Bit>,
    acc: DFF<Bits<128>>,
    acc_n: DFF<Bits<5>>,
    out_fire: Signal<Local, Bit>,
    /// The next beat's bytes, min(8, `out_rem`), registered beside `out_rem` (each place that
    /// sets `out_rem` works it out from registers) so that the write and read decisions start
    /// from a 5-bit compare.
    out_n: DFF<Bits<4>>,
    /// `acc_n - out_n` (signed), kept beside them from registered candidates, so that whether
    /// a beat can go out and where a word comes in after it need no subtraction.
    spare: DFF<Bits<6>>,
    /// `out_n` after this beat: min(8, what `out_rem` leaves), or the look-ahead's piece's
    /// first beat (`nx_next`).
    next_out_n: Signal<Local, Bits<4>>,
    /// `next_out_n` is 8 (`out_rem` from 16 on) or `out_rem`'s low three bits (from 8 on):
    /// registered wherever `out_rem` is set, each from registers (after a beat, `out_rem`
    /// less 8 is from 16 on when `out_rem` is from 24 on; its low bits stay).
    rem_big: DFF<Bit>,
    rem_mid: DFF<Bit>,
    /// This beat, if it goes out, ends the piece (`out_rem` at most 8), from registers.
    rem_end: Signal<Local, Bit>,
    /// The piece is the transfer's last, registered as it starts; the look-ahead's piece
    /// would be (the bytes after this piece fit in a page).
    piece_last: DFF<Bit>,
    nx_last: DFF<Bit>,
    /// This beat, if it goes out, ends the piece and the look-ahead's piece follows.
    nx_next: Signal<Local, Bit>,
    /// `spare`'s candidates, from registers: after a beat out and a word in, after the beat
    /// alone, after the word alone.
    spare_out_in: Signal<Local, Bits<6>>,
    spare_out: Signal<Local, Bits<6>>,
    spare_in: Signal<Local, Bits<6>>,
    /// Which candidate `spare` takes in `WrRun`, one bit each.
    spare_pick: Signal<Local, Bits<4>>,
    /// A piece's bytes from the first lane on (`xfer_rem` plus the lead), for its `out_n`: the
    /// piece ends no nearer than 8 bytes from its start lane unless the transfer ends first.
    lead_rem: Signal<Local, Bits<14>>,
    /// The room to the page's end from the lead's lane, `room` plus the lead: `out_rem` when
    /// the piece runs to the page's end, without an adder after the choice.
    room_lead: Signal<Local, Bits<14>>,
    /// A new piece's length, `out_rem` (its bytes from the first lane on) and `out_n`,
    /// registered off the position, the bytes left and `host`: a piece starts (`Xlate`,
    /// `HPiece`) only after those have held for a cycle (`xl_was_settled`, `h_settled`), so
    /// that the page-end compare does not run on into the piece's registers.
    piece_len: DFF<Bits<13>>,
    piece_out_rem: DFF<Bits<14>>,
    piece_out_n: DFF<Bits<4>>,
    h_settled: DFF<Bit>,
    /// The piece's first byte's offset in its page (region or host buffer), whether the rest
    /// of the transfer fits in that page, and its last lane's sum for `piece_out_n`.
    start_off: Signal<Local, Bits<12>>,
    /// Pages past the piece's own that offset + rest reaches (its sum's bits 14:12).
    pages_past: Signal<Local, Bits<3>>,
    piece_fits: Signal<Local, Bit>,
    lead_low: Signal<Local, Bits<4>>,
    in_fire: Signal<Local, Bit>,
    /// The next word's bytes, min(8 - `drop`, `feed_rem`), registered beside them (each place
    /// that sets them works it out), so that the write path's byte shifts start from registers.
    in_n: DFF<Bits<5>>,
    fed: Signal<Local, Bits<14>>,
    /// `feed_rem` is not zero, registered beside it.
    feed_any: DFF<Bit>,
    in_bits: Signal<Local, Bits<64>>,
    left: Signal<Local, Bits<5>>,
    /// After a beat out the accumulator has room for a word: `acc_n <= out_n + 8`, without
    /// the adder.
    room_after_beat: Signal<Local, Bit>,
    /// The accumulator holds 8 bytes or fewer: a word comes in without a beat going out.
    acc_low: Signal<Local, Bit>,

    // Host buffer.
    buf_addr: DFF<Bits<64>>,
    /// `buf_addr` moved on by a piece, which is cut at the buffer's pages.
    buf_step: PageStep,
    /// The buffer is smaller than the frame, registered off the descriptor's beat and acted
    /// on in `HPiece`, so that the compare does not run on into the state.
    buf_small: DFF<Bit>,
    desc_beat: DFF<Bit>,

    // Events.
    ev_kind: DFF<Bits<8>>,
    ev_reason: DFF<Bits<8>>,
    ev_ctx: DFF<Bits<16>>,
    ev_a: DFF<Bits<32>>,
    ev_b: DFF<Bits<32>>,
    ev_c: DFF<Bits<16>>,
    eq_tail_r: DFF<Bits<32>>,
    rxq_head_r: DFF<Bits<32>>,
    /// The bus addresses of the EQ's tail entry and the RXQ's head descriptor, registered off
    /// the indices (each moves at least two cycles before its next use), so that the DMA
    /// requests leave from registers.
    eq_addr: DFF<Bits<64>>,
    rxq_addr: DFF<Bits<64>>,
    /// The RXQ has no buffer, registered as `eq_full` is (the head moves at `HDone`, cycles
    /// before the next `HDesc`; a tail a cycle old is one the host wrote a cycle later), so
    /// that the descriptor request, which the other engines' DMA grants follow, leaves from
    /// a register rather than a 32-bit compare.
    rxq_empty: DFF<Bit>,
    eq_size: Signal<Local, Bits<32>>,
    /// The rings' index masks (size - 1), registered so that the entries' addresses do not
    /// run on from a shifter and a decrement.
    eq_mask: DFF<Bits<32>>,
    rxq_mask: DFF<Bits<32>>,
    /// The EQ is full, two registers off the tail and the head: the entries in use, then the
    /// test of their bits above the mask (a head two cycles old is one the host wrote two
    /// cycles later). `EvPost` waits while a tail move is on its way (`eq_moved`).
    eq_used: DFF<Bits<32>>,
    eq_full: DFF<Bit>,
    /// The tail moved one (bit 0) or two (bit 1) cycles ago.
    eq_moved: DFF<Bits<2>>,
    rxq_size: Signal<Local, Bits<32>>,

    // Commands.
    sweep: DFF<Bits<13>>,
    q_kind_r: DFF<Bits<2>>,
    /// A query's answer, registered off the RAMs (whose outputs come late in the cycle) a
    /// cycle before it is acknowledged, so that it reaches the register file's read data from
    /// registers.
    ans_data: DFF<Bits<32>>,
    ans_high: DFF<Bits<32>>,
    ans_done: DFF<Bits<32>>,

    // Counters.
    n_placed: DFF<Bits<32>>,
    n_placed_bytes: DFF<Bits<32>>,
    n_malformed: DFF<Bits<32>>,
    n_ctx: DFF<Bits<32>>,
    n_peer: DFF<Bits<32>>,
    n_tag: DFF<Bits<32>>,
    n_key: DFF<Bits<32>>,
    n_bounds: DFF<Bits<32>>,
    n_dup: DFF<Bits<32>>,
    n_window: DFF<Bits<32>>,
    n_nobuf: DFF<Bits<32>>,
    n_host: DFF<Bits<32>>,
    n_eq_overflow: DFF<Bits<32>>,
    /// A frame cut at the input for want of room, counted a cycle later: the FIFO's fill level
    /// does not run on into the counter's adder.
    nobuf_cut: DFF<Bit>,
    /// A host frame dropped for want of a buffer (`HDesc`, `HDescWait`), counted a cycle later
    /// too: the counter has one adder, of the two pulses' sum, outside the state machine.
    nobuf_host: DFF<Bit>,
    nobuf_new: Signal<Local, Bits<2>>,

    // Constants.
    k_word_bits: Constant<Bits<32>> = k(31),
    k_one32: Constant<Bits<32>> = k(1),
    k_ones32: Constant<Bits<32>> = k(u32::MAX as u64),
    k_ones8: Constant<Bits<8>> = k(0xFF),
    k_zero6: Constant<Bits<6>> = k(0),
    k_ones64: Constant<Bits<64>> = k(u64::MAX),
    k_ethertype: Constant<Bits<16>> = k(proto::ETHERTYPE as u64),
    k_version: Constant<Bits<4>> = k(VERSION as u64),
    k_op_write: Constant<Bits<4>> = k(OP_WRITE as u64),
    k_op_ack: Constant<Bits<4>> = k(OP_ACK as u64),
    k_op_nack: Constant<Bits<4>> = k(OP_NACK as u64),
    k_flag_last: Constant<Bits<8>> = k(FLAG_LAST as u64),
    k_flag_ack_req: Constant<Bits<8>> = k(FLAG_ACK_REQ as u64),
    k_flags_unknown: Constant<Bits<8>> = k(!(FLAG_LAST | FLAG_ACK_REQ) as u64),
    k_max_write: Constant<Bits<16>> = k(MAX_WRITE_LEN as u64),
    k_max_nack_len: Constant<Bits<16>> = k((MAX_NACK_RANGES * NACK_RANGE_LEN) as u64),
    k_window: Constant<Bits<32>> = k(RX_WINDOW as u64),
    k_buf_last: Constant<Bits<14>> = k(RXBUF_WORDS - 1),
    k_headers: Constant<Bits<16>> = k(header::BYTES as u64),
    k_contexts: Constant<Bits<16>> = k(MAX_CONTEXTS as u64),
    k_regions: Constant<Bits<16>> = k(MAX_REGIONS as u64),
    k_page: Constant<Bits<13>> = k(proto::PAGE_SIZE as u64),
    k_page_mask: Constant<Bits<49>> = k(proto::PAGE_SIZE as u64 - 1),
    k_ev_rx: Constant<Bits<8>> = k(ring::EV_RX as u64),
    k_ev_rx_frame: Constant<Bits<8>> = k(ring::EV_RX_FRAME as u64),
    k_desc_len: Constant<Bits<13>> = k(ring::BufDesc::LEN as u64),
    k_event_len: Constant<Bits<13>> = k(ring::Event::LEN as u64),
    k_r_complete: Constant<Bits<5>> = k(ring::EV_RX_COMPLETE as u64),
    k_r_ack_req: Constant<Bits<5>> = k(ring::EV_RX_ACK_REQ as u64),
    k_r_gap: Constant<Bits<5>> = k(ring::EV_RX_GAP as u64),
    k_r_dup: Constant<Bits<5>> = k(ring::EV_RX_DUP as u64),
    k_r_coalesce: Constant<Bits<5>> = k(ring::EV_RX_COALESCE as u64),
    k_rt_valid: Constant<Bits<3>> = k(uzura_uapi::regs::RT_FLAG_VALID as u64),
    k_rt_remote: Constant<Bits<3>> = k(uzura_uapi::regs::RT_FLAG_REMOTE_WRITE as u64),
    /// NACK range `i` is in word `header::WORDS + i`.
    k_hdr_words: Constant<Bits<11>> = k(header::WORDS as u64),
    k_range_shift: Constant<Bits<3>> = k((NACK_RANGE_LEN as u64).trailing_zeros() as u64),
    at_header: header::At,
    at_header_words: header_words::At,
    at_nack: nack::At,
    at_info: info::At,
    at_context: context::At,
    at_region: region::At,
    at_arrival: arrival::At,
    at_event: event::At,
    at_buf_desc: buf_desc::At,
}
}

impl Logic for RxEngine {
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
            state,
            ev_ret,
            info,
            rd_words,
            a_cum,
            a_high,
            a_done,
            a_pend,
            a_armed,
            a_inord,
            in_order,
            ctx,
            bm_placed,
            bm_last,
            bm_run,
            cum_therm,
            psn_bit,
            high_gap,
            high_placed,
            run_fill,
            run_step,
            passed_bits,
            run_lo,
            run_hi,
            passed_lo,
            passed_hi,
            bad_ctx,
            bad_peer,
            bad_tag,
            rt_key,
            rt_owner,
            rt_flags,
            bad_region,
            bad_owner,
            bad_key,
            bad_bounds,
            malformed_len,
            malformed_fields,
            malformed_write,
            malformed_ctl,
            malformed_ctl_len,
            rt_len,
            f_end,
            cum_dist,
            psn_placed,
            placed_word,
            pl,
            first,
            region,
            cur_off,
            pos,
            xfer_rem,
            feed_rem,
            drop,
            first_piece,
            host,
            rt_pages,
            feed_any,
            p_addr,
            p_len,
            nx_fresh,
            xl_page,
            nx_len,
            nx_out_n,
            nx_hit,
            nx_frame,
            xl_hit,
            xl_frame,
            xl_was_settled,
            nx_asked,
            piece_len,
            piece_out_rem,
            piece_out_n,
            h_settled,
            wb_pending,
            wb_word,
            head_for_me,
            head_uzura,
            head_write,
            out_rem,
            out_n,
            spare,
            rem_big,
            rem_mid,
            piece_last,
            nx_last,
            in_n,
            beat_lead,
            beat_first,
            acc,
            acc_n,
            buf_addr,
            buf_small,
            desc_beat,
            ev_kind,
            ev_reason,
            ev_ctx,
            ev_a,
            ev_b,
            ev_c,
            eq_tail_r,
            rxq_head_r,
            rxq_empty,
            sweep,
            q_kind_r,
            ans_data,
            ans_high,
            ans_done,
            n_placed,
            n_placed_bytes,
            n_malformed,
            n_ctx,
            n_peer,
            n_tag,
            n_key,
            n_bounds,
            n_dup,
            n_window,
            n_nobuf,
            n_host,
            n_eq_overflow,
            nobuf_cut,
            nobuf_host,
            eq_addr,
            rxq_addr,
            eq_mask,
            rxq_mask,
            eq_used,
            eq_full,
            eq_moved
        );
        clock!(self, clock, data_fifo, info_fifo, xl, buf_step);
        self.ct_ram.read_clock.next = self.clock.val();
        self.ct_ram.write_clock.next = self.clock.val();
        self.rt_ram.read_clock.next = self.clock.val();
        self.rt_ram.write_clock.next = self.clock.val();
        self.arr_ram.read_clock.next = self.clock.val();
        self.arr_ram.write_clock.next = self.clock.val();
        self.placed_ram.read_clock.next = self.clock.val();
        self.placed_ram.write_clock.next = self.clock.val();
        self.last_ram.read_clock.next = self.clock.val();
        self.last_ram.write_clock.next = self.clock.val();

        // ---- ingress ------------------------------------------------------------------------
        self.rev.next = (bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(0)) << 56)
            | (bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(8)) << 48)
            | (bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(16)) << 40)
            | (bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(24)) << 32)
            | (bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(32)) << 24)
            | (bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(40)) << 16)
            | (bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(48)) << 8)
            | bit_cast::<64, 8>(self.m_data.val().get_bits::<8>(56));
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
        if self.data_fifo.write.val() {
            self.fifo_in.d.next = self.fifo_in.q.val() + 1;
        }
        if self.data_fifo.read.val() {
            self.fifo_out.d.next = self.fifo_out.q.val() + 1;
        }
        self.fill_words.d.next = self.fifo_in.q.val() - self.fifo_out.q.val();
        self.buf_full.d.next = self.fill_words.d.val() >= self.k_buf_last.val();
        self.fill.next = self.fill_words.q.val();
        self.nobuf_cut.d.next = self.m_valid.val()
            && self.m_last.val()
            && (self.in_cut.q.val() || self.cut_now.val() || !self.in_take.val());
        self.nobuf_host.d.next = false;
        self.nobuf_new.next =
            bit_cast::<2, 1>(self.nobuf_cut.q.val().into()) + bit_cast::<2, 1>(self.nobuf_host.q.val().into());

        // ---- frame fields -------------------------------------------------------------------
        self.f_group.next = self.info.q.val().get_bit(self.at_header.group.val().index());
        self.head_for_me.d.next =
            self.info_fifo.data_out.val().get_bits::<{ header::DST.width }>(self.at_header.dst.val().index())
                == self.cfg_mac.val();
        self.head_uzura.d.next = self
            .info_fifo
            .data_out
            .val()
            .get_bits::<{ header::ETHERTYPE.width }>(self.at_header.ethertype.val().index())
            == self.k_ethertype.val();
        self.head_write.d.next =
            self.info_fifo.data_out.val().get_bits::<{ header::OP.width }>(self.at_header.op.val().index())
                == self.k_op_write.val();
        self.f_op.next = self.info.q.val().get_bits::<{ header::OP.width }>(self.at_header.op.val().index());
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
        // docs/protocol.md §3: Repr::parse's checks.
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

        self.pos_sum.next = bit_cast::<49, 12>(self.first.q.val()) + self.cur_off.q.val();
        self.pos.d.next = self.pos_sum.val();
        // ---- defaults -----------------------------------------------------------------------
        self.data_fifo.read.next = false;
        self.info_fifo.read.next = false;
        self.arr_ram.read_address.next = self.ctx.q.val();
        self.placed_ram.read_address.next = bit_cast::<13, 6>(self.ctx.q.val()) << 7;
        self.last_ram.read_address.next = bit_cast::<13, 6>(self.ctx.q.val()) << 7;
        self.ct_ram.write_enable.next = false;
        self.ct_ram.write_address.next = self.ctx.q.val();
        self.ct_ram.write_data.next = self.ct_data.val();
        self.rt_ram.write_enable.next = self.rt_we.val();
        self.rt_ram.write_address.next = self.rt_waddr.val();
        self.rt_ram.write_data.next = self.rt_wdata.val();
        self.arr_ram.write_enable.next = false;
        self.arr_ram.write_address.next = self.ctx.q.val();
        self.arr_ram.write_data.next = (bit_cast::<{ arrival::BITS }, 32>(self.a_cum.q.val())
            << self.at_arrival.cum.val())
            | (bit_cast::<{ arrival::BITS }, 32>(self.a_high.q.val()) << self.at_arrival.high.val())
            | (bit_cast::<{ arrival::BITS }, 32>(self.a_done.q.val()) << self.at_arrival.done.val())
            | (bit_cast::<{ arrival::BITS }, 5>(self.a_pend.q.val()) << self.at_arrival.pending.val())
            | (bit_cast::<{ arrival::BITS }, 1>(self.a_armed.q.val()) << self.at_arrival.armed.val())
            | (bit_cast::<{ arrival::BITS }, 16>(self.a_inord.q.val()) << self.at_arrival.in_order.val());
        self.placed_ram.write_enable.next = false;
        self.placed_ram.write_address.next =
            (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.a_cum.q.val().get_bits::<7>(5));
        self.placed_ram.write_data.next = self.bm_placed.q.val();
        self.last_ram.write_enable.next = false;
        self.last_ram.write_address.next =
            (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.a_cum.q.val().get_bits::<7>(5));
        self.last_ram.write_data.next = self.bm_last.q.val();
        self.ct_ack.next = false;
        self.arm_ack.next = false;
        self.q_ack.next = false;
        self.q_data.next = 0.into();
        self.rst_ack.next = false;
        self.tx_event.ack.next = false;
        self.dmaw.valid.next = false;
        self.dmaw.addr.next = self.p_addr.q.val();
        self.dmaw.len.next = self.p_len.q.val();
        self.dmaw.data.next = self.acc.q.val().get_bits::<64>(0);
        self.dmaw.strb.next = 0.into();
        self.dmaw.first.next = self.beat_first.q.val();
        self.dmaw.last.next = false;
        self.desc_rd.req.next = false;
        self.desc_rd.addr.next = 0.into();
        self.irq_event.next = false;
        self.irq_overflow.next = false;
        self.idle.next = false;
        self.eq_tail.next = self.eq_tail_r.q.val();
        self.rxq_head.next = self.rxq_head_r.q.val();
        self.eq_size.next = self.k_one32.val() << self.eq_log2.val();
        if self.eq_log2.val() == 0 {
            self.eq_size.next = 0.into();
        }
        self.rxq_size.next = self.k_one32.val() << self.rxq_log2.val();
        if self.rxq_log2.val() == 0 {
            self.rxq_size.next = 0.into();
        }
        self.eq_mask.d.next = self.eq_size.val() - 1;
        self.rxq_mask.d.next = self.rxq_size.val() - 1;
        self.eq_addr.d.next =
            self.eq_base.val() + (bit_cast::<64, 32>(self.eq_tail_r.q.val() & self.eq_mask.q.val()) << 4);
        self.rxq_addr.d.next =
            self.rxq_base.val() + (bit_cast::<64, 32>(self.rxq_head_r.q.val() & self.rxq_mask.q.val()) << 4);
        self.rxq_empty.d.next = (self.rxq_head_r.q.val() == self.rxq_tail.val()) || (self.rxq_size.val() == 0);
        // Entries in use at or past the ring's size: any of them above the mask's bits (no
        // compare after the subtraction). The mask's top bit is set only with the ring off
        // (size 0), which is always full.
        self.eq_used.d.next = self.eq_tail_r.q.val() - self.eq_head.val();
        self.eq_full.d.next = self.eq_mask.q.val().get_bit(31) || (self.eq_used.q.val() & !self.eq_mask.q.val()).any();
        self.eq_moved.d.next = self.eq_moved.q.val() << 1;
        self.ct.next = self.ct_ram.read_data.val();
        self.rt.next = self.rt_ram.read_data.val();
        self.placed_word.d.next = self.placed_ram.read_data.val();
        self.arr.next = self.arr_ram.read_data.val();
        self.q_high.next = self.ans_high.q.val();
        self.q_done.next = self.ans_done.q.val();
        self.psn_dist.next =
            self.f_psn.val() - self.arr.val().get_bits::<{ arrival::CUM.width }>(self.at_arrival.cum.val().index());
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
        // At or beyond the window (4,096, asserted above) and not behind CUM: an OR of bits
        // 30:12, not a compare's carry chain, as `Mark`'s decision follows it.
        self.psn_far.next = !self.cum_dist.q.val().get_bit(31) && self.cum_dist.q.val().get_bits::<19>(12).any();
        self.psn_dup.next = self.cum_dist.q.val().get_bit(31) || self.psn_placed.q.val();
        self.new_high.next = self.f_psn.val() + 1;
        // HIGH moves forward when 0 < PSN + 1 - HIGH < 2^31 (serial order), that is when
        // PSN - HIGH < 2^31 - 1: no adder before the compare.
        self.high_gap.d.next = self.f_psn.val() - self.a_high.q.val();
        self.high_ahead.next = !self.high_gap.q.val().get_bit(31) && !self.high_gap.q.val().get_bits::<31>(0).all();
        self.high_placed.d.next = false;
        if self.high_placed.q.val() && self.high_ahead.val() {
            self.a_high.d.next = self.new_high.val();
        }
        self.start_off.next = self.pos.q.val().get_bits::<12>(0);
        if self.host.q.val() {
            self.start_off.next = self.buf_addr.q.val().get_bits::<12>(0);
        }
        self.room.next = self.k_page.val() - bit_cast::<13, 12>(self.start_off.val());
        self.nx_page.next = self.pos.q.val().get_bits::<37>(12) + 1;
        self.xl_page.d.next = self.pos_sum.val().get_bits::<37>(12);
        if self.state.q.val() == RxState::WrRun {
            self.xl_page.d.next = self.nx_page.val();
        }
        self.rest_after.next = self.xfer_rem.q.val() - bit_cast::<14, 13>(self.p_len.q.val());
        self.nx_len.d.next = self.k_page.val();
        if self.rest_after.val() < bit_cast::<14, 13>(self.k_page.val()) {
            self.nx_len.d.next = bit_cast::<13, 14>(self.rest_after.val());
        }
        self.nx_last.d.next = self.rest_after.val() <= bit_cast::<14, 13>(self.k_page.val());
        self.nx_out_n.d.next = 8.into();
        if self.rest_after.val() < 8 {
            self.nx_out_n.d.next = bit_cast::<4, 14>(self.rest_after.val());
        }
        self.nx_want.next = (self.state.q.val() == RxState::WrRun)
            && self.nx_fresh.q.val()
            && !self.nx_hit.q.val()
            && (self.xfer_rem.q.val() > bit_cast::<14, 13>(self.p_len.q.val()));
        self.xl_settled.next = (self.state.q.val() == RxState::AdvRun)
            || (self.state.q.val() == RxState::AdvRead)
            || (self.state.q.val() == RxState::AdvWait)
            || (self.state.q.val() == RxState::Xlate);
        self.xl.lookup.next = self.xl_settled.val() || self.nx_want.val();
        self.xl_hit.d.next = self.xl.hit.val();
        self.xl_was_settled.d.next = self.xl_settled.val();
        self.h_settled.d.next = self.state.q.val() == RxState::HPiece;
        self.xl_frame.d.next = self.xl.frame.val();
        self.xl.region.next = self.region.q.val();
        self.xl.page.next = self.xl_page.q.val();
        // The look-ahead's answer a cycle later, off the registered answer; `nx_fresh` says
        // the piece (and its next page) is still the one asked about.
        self.nx_asked.d.next = self.nx_want.val() && !self.rt_we.val();
        if self.nx_asked.q.val() && self.xl_hit.q.val() && self.nx_fresh.q.val() {
            self.nx_hit.d.next = true;
            self.nx_frame.d.next = self.xl_frame.q.val();
        }
        self.xl.pl.next = self.pl.q.val();
        self.xl.pages.next = self.rt_pages.q.val();
        self.xl.invalidate.next = self.rt_we.val();
        DmaRead::<Bits<52>>::link(&mut self.list_rd, &mut self.xl.rd);
        self.desc_rd.len.next = 0.into();
        self.lead_rem.next = self.xfer_rem.q.val() + bit_cast::<14, 3>(self.start_off.val().get_bits::<3>(0));
        self.room_lead.next =
            bit_cast::<14, 13>(self.k_page.val() - (bit_cast::<13, 9>(self.start_off.val().get_bits::<9>(3)) << 3));
        // The rest fits before the page's end (`room` > `xfer_rem`) when offset + rest stays
        // below the page: one adder and a test of its high bits, not a subtraction and then a
        // compare.
        self.pages_past.next = bit_cast::<3, 15>(
            (bit_cast::<15, 12>(self.start_off.val()) + bit_cast::<15, 14>(self.xfer_rem.q.val())) >> 12,
        );
        self.piece_fits.next = !self.pages_past.val().any();
        self.piece_out_rem.d.next = self.room_lead.val();
        self.piece_len.d.next = self.room.val();
        if self.piece_fits.val() {
            self.piece_out_rem.d.next = self.lead_rem.val();
            self.piece_len.d.next = bit_cast::<13, 14>(self.xfer_rem.q.val());
        }
        // min(8, `lead_rem`): below 8 only if the rest is, so a 4-bit sum decides.
        self.lead_low.next = bit_cast::<4, 3>(self.xfer_rem.q.val().get_bits::<3>(0))
            + bit_cast::<4, 3>(self.start_off.val().get_bits::<3>(0));
        self.piece_out_n.d.next = 8.into();
        if !self.xfer_rem.q.val().get_bits::<11>(3).any() && !self.lead_low.val().get_bit(3) {
            self.piece_out_n.d.next = self.lead_low.val();
        }
        // The run from CUM on in its bitmap word (its bits in place), the LAST frames it passes.
        self.cum_therm.d.next = self.k_ones32.val() << self.a_cum.q.val().get_bits::<5>(0);
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

        // ---- the write datapath ---------------------------------------------------------------
        // A beat goes out when the accumulator holds it whole; a word comes in when the
        // accumulator will have room for it.
        self.out_fire.next = false;
        // `acc_n <= out_n + 8`: `spare` (-8 to 16) is negative or below 9.
        self.room_after_beat.next = self.spare.q.val().get_bit(5)
            || !(self.spare.q.val().get_bit(4)
                || (self.spare.q.val().get_bit(3) && self.spare.q.val().get_bits::<3>(0).any()));
        // min(8, `out_rem - out_n`) from `out_rem` alone, as `out_n` is min(8, `out_rem`): 8
        // from 16 on, `out_rem - 8` from 8 on, else none.
        self.rem_end.next =
            !self.rem_big.q.val() && !(self.rem_mid.q.val() && self.out_rem.q.val().get_bits::<3>(0).any());
        self.nx_next.next = self.rem_end.val() && !self.piece_last.q.val() && !self.host.q.val() && self.nx_hit.q.val();
        self.next_out_n.next = 0.into();
        if self.nx_next.val() {
            self.next_out_n.next = self.nx_out_n.q.val();
        } else if self.rem_big.q.val() {
            self.next_out_n.next = 8.into();
        } else if self.rem_mid.q.val() {
            self.next_out_n.next = bit_cast::<4, 3>(self.out_rem.q.val().get_bits::<3>(0));
        }
        self.spare_in.next = self.spare.q.val() + bit_cast::<6, 5>(self.in_n.q.val());
        self.spare_out.next = self.spare.q.val() - bit_cast::<6, 4>(self.next_out_n.val());
        self.spare_out_in.next = self.spare_in.val() - bit_cast::<6, 4>(self.next_out_n.val());
        self.piece_end.next = false;
        // `acc_n <= 8` (16 at most) on its bits, one LUT rather than a compare.
        self.acc_low.next = !self.acc_n.q.val().get_bit(4)
            && !(self.acc_n.q.val().get_bit(3) && self.acc_n.q.val().get_bits::<3>(0).any());
        self.spare_pick.next = 0.into();
        self.in_fire.next = false;
        self.left.next = self.acc_n.q.val();
        self.fed.next = self.feed_rem.q.val() - bit_cast::<14, 5>(self.in_n.q.val());
        self.buf_step.addr.next = self.buf_addr.q.val();
        self.buf_step.step.next = self.p_len.q.val();
        self.in_bits.next = (self.data_fifo.data_out.val() >> (bit_cast::<6, 3>(self.drop.q.val()) << 3))
            & !(self.k_ones64.val() << (bit_cast::<7, 5>(self.in_n.q.val()) << 3));

        // ---- counters out -----------------------------------------------------------------------
        self.c_placed.next = self.n_placed.q.val();
        self.c_placed_bytes.next = self.n_placed_bytes.q.val();
        self.c_malformed.next = self.n_malformed.q.val();
        self.c_ctx.next = self.n_ctx.q.val();
        self.c_peer.next = self.n_peer.q.val();
        self.c_tag.next = self.n_tag.q.val();
        self.c_key.next = self.n_key.q.val();
        self.c_bounds.next = self.n_bounds.q.val();
        self.c_dup.next = self.n_dup.q.val();
        self.c_window.next = self.n_window.q.val();
        self.c_nobuf.next = self.n_nobuf.q.val();
        self.c_host.next = self.n_host.q.val();
        self.c_eq_overflow.next = self.n_eq_overflow.q.val();
        if self.nobuf_new.val().any() {
            self.n_nobuf.d.next = self.n_nobuf.q.val() + bit_cast::<32, 2>(self.nobuf_new.val());
        }

        self.pop_hdr.next = false;
        // A placed frame's bitmap words (see `Mark`).
        self.new_placed.next = self.bm_placed.q.val() | self.psn_bit.q.val();
        self.new_last.next = self.bm_last.q.val();
        if (self.f_flags.val() & self.k_flag_last.val()).any() {
            self.new_last.next = self.bm_last.q.val() | self.psn_bit.q.val();
        }
        match self.state.q.val() {
            RxState::Idle => {
                self.idle.next =
                    !self.ct_req.val() && !self.arm_req.val() && !self.rst_req.val() && !self.tx_event.req.val();
                if self.rst_req.val() {
                    self.sweep.d.next = 0.into();
                    self.state.d.next = RxState::ResetSweep;
                } else if self.ct_req.val() {
                    self.ctx.d.next = self.ct_idx.val();
                    self.a_cum.d.next = self.ct_start.val();
                    self.a_high.d.next = self.ct_start.val();
                    self.a_done.d.next = 0.into();
                    self.a_pend.d.next = 0.into();
                    self.a_armed.d.next = 1.into();
                    self.a_inord.d.next = 0.into();
                    self.state.d.next = RxState::CmdCommit;
                } else if self.arm_req.val() {
                    self.arm_ack.next = true;
                    self.ctx.d.next = self.arm_idx.val();
                    self.arr_ram.read_address.next = self.arm_idx.val();
                    self.state.d.next = RxState::CmdArmWait;
                } else if self.q_req.val() {
                    self.q_kind_r.d.next = self.q_kind.val();
                    self.arr_ram.read_address.next = self.q_ctx.val();
                    self.placed_ram.read_address.next =
                        (bit_cast::<13, 6>(self.q_ctx.val()) << 7) | bit_cast::<13, 7>(self.q_word.val());
                    self.state.d.next = RxState::CmdQueryWait;
                } else if self.tx_event.req.val() {
                    self.tx_event.ack.next = true;
                    self.ev_kind.d.next = self.tx_event.kind.val();
                    self.ev_reason.d.next = 0.into();
                    self.ev_ctx.d.next = self.tx_event.ctx.val();
                    self.ev_a.d.next = self.tx_event.a.val();
                    self.ev_b.d.next = self.tx_event.b.val();
                    self.ev_c.d.next = 0.into();
                    self.ev_ret.d.next = RxState::Idle;
                    self.state.d.next = RxState::EvPost;
                } else if !self.info_fifo.empty.val() {
                    self.info_fifo.read.next = true;
                    self.info.d.next = self.info_fifo.data_out.val();
                    self.ctx.d.next = self.info_fifo.data_out.val().get_bits::<6>(self.at_header.dst_ctx.val().index());
                    self.region.d.next =
                        self.info_fifo.data_out.val().get_bits::<10>(self.at_header.region.val().index());
                    self.placed_ram.read_address.next = (bit_cast::<13, 6>(
                        self.info_fifo.data_out.val().get_bits::<6>(self.at_header.dst_ctx.val().index()),
                    ) << 7)
                        | bit_cast::<13, 7>(
                            self.info_fifo.data_out.val().get_bits::<7>(self.at_header.psn.val().index() + 5),
                        );
                    self.rd_words.d.next = 0.into();
                    self.state.d.next = RxState::Classify;
                }
            }
            RxState::Classify => {
                // The arrival RAM answers for `ctx` in Check, and the bitmaps for the frame's
                // PSN. The context and region tables answer here: the checks are decided now, and
                // the region's placement fields are taken from the same read.
                self.pl.d.next = self.rt.val().get_bits::<{ region::PL.width }>(self.at_region.pl.val().index());
                self.first.d.next =
                    self.rt.val().get_bits::<{ region::FIRST.width }>(self.at_region.first.val().index());
                self.rt_len.d.next = self.rt.val().get_bits::<{ region::LEN.width }>(self.at_region.len.val().index());
                self.placed_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
                self.last_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
                self.state.d.next = RxState::Discard;
                // A WRITE's first header word leaves now. The malformed check waits for `Check`
                // (a malformed WRITE is discarded, its words read anyway), so that neither the
                // FIFO's read nor the state waits for its adder.
                if !self.info.q.val().get_bit(self.at_info.bad.val().index())
                    && self.cfg_enable.val()
                    && self.head_for_me.q.val()
                    && self.head_uzura.q.val()
                    && self.head_write.q.val()
                {
                    self.pop_hdr.next = true;
                }
                if !self.info.q.val().get_bit(self.at_info.bad.val().index()) && self.cfg_enable.val() {
                    if self.head_for_me.q.val() || self.f_group.val() || self.cfg_promisc.val() {
                        if self.head_uzura.q.val() && self.head_for_me.q.val() {
                            self.state.d.next = RxState::Check;
                        } else {
                            self.state.d.next = RxState::HDesc;
                        }
                    }
                }
            }
            RxState::Check => {
                // Every uzura frame for this NIC comes here: a malformed one is counted and
                // dropped, an ACK or NACK goes to the host ring whole, and a WRITE is checked.
                self.a_cum.d.next =
                    self.arr.val().get_bits::<{ arrival::CUM.width }>(self.at_arrival.cum.val().index());
                self.a_high.d.next =
                    self.arr.val().get_bits::<{ arrival::HIGH.width }>(self.at_arrival.high.val().index());
                self.a_done.d.next =
                    self.arr.val().get_bits::<{ arrival::DONE.width }>(self.at_arrival.done.val().index());
                self.a_pend.d.next =
                    self.arr.val().get_bits::<{ arrival::PENDING.width }>(self.at_arrival.pending.val().index());
                self.a_armed.d.next =
                    self.arr.val().get_bits::<{ arrival::ARMED.width }>(self.at_arrival.armed.val().index());
                self.a_inord.d.next =
                    self.arr.val().get_bits::<{ arrival::IN_ORDER.width }>(self.at_arrival.in_order.val().index());
                self.in_order.d.next = self.psn_dist.val() == 0;
                self.cum_dist.d.next = self.psn_dist.val();
                self.psn_placed.d.next = (self.placed_word.q.val() & self.psn_bit.q.val()).any();
                self.rt_pages.d.next = bit_cast::<38, 49>(
                    (self.rt_len.q.val() + bit_cast::<49, 12>(self.first.q.val()) + self.k_page_mask.val()) >> 12,
                );
                self.cur_off.d.next = bit_cast::<49, 48>(self.f_offset.val());
                self.xfer_rem.d.next = bit_cast::<14, 16>(self.f_len.val());
                self.feed_rem.d.next = bit_cast::<14, 16>(self.f_len.val());
                // The payload starts in lane 6.
                self.in_n.d.next = 2.into();
                if self.f_len.val() < 2 {
                    self.in_n.d.next = bit_cast::<5, 16>(self.f_len.val());
                }
                self.host.d.next = false;
                self.bm_placed.d.next = self.placed_ram.read_data.val();
                self.bm_last.d.next = self.last_ram.read_data.val();
                self.first_piece.d.next = true;
                // The accumulator starts empty (zeroed here, a state before the first piece,
                // rather than on the piece's late lookup decision).
                self.acc.d.next = 0.into();
                self.drop.d.next = 6.into();
                self.pop_hdr.next = self.f_op.val() == self.k_op_write.val();
                self.state.d.next = RxState::Discard;
                if self.malformed_len.q.val()
                    || self.malformed_fields.q.val()
                    || self.malformed_write.q.val()
                    || self.malformed_ctl.q.val()
                    || self.malformed_ctl_len.q.val()
                {
                    self.n_malformed.d.next = self.n_malformed.q.val() + 1;
                } else if self.f_op.val() != self.k_op_write.val() {
                    self.state.d.next = RxState::HDesc;
                } else if self.bad_ctx.q.val() {
                    self.n_ctx.d.next = self.n_ctx.q.val() + 1;
                } else if self.bad_peer.q.val() {
                    self.n_peer.d.next = self.n_peer.q.val() + 1;
                } else if self.bad_tag.q.val() {
                    self.n_tag.d.next = self.n_tag.q.val() + 1;
                } else {
                    self.state.d.next = RxState::Mark;
                }
            }
            RxState::Xlate => {
                // Words 0..5 hold the headers (the payload starts in lane 6 of word 5): the
                // ones still in the FIFO go now.
                self.pop_hdr.next = true;
                if self.xl_hit.q.val() && self.xl_was_settled.q.val() {
                    if (self.rd_words.q.val() >= 5) || ((self.rd_words.q.val() == 4) && !self.data_fifo.empty.val()) {
                        self.p_addr.d.next = (bit_cast::<64, 52>(self.xl_frame.q.val()) << 12)
                            | bit_cast::<64, 12>(self.pos.q.val().get_bits::<12>(0));
                        self.p_len.d.next = self.piece_len.q.val();
                        self.out_rem.d.next = self.piece_out_rem.q.val();
                        self.out_n.d.next = self.piece_out_n.q.val();
                        self.rem_big.d.next = self.piece_out_rem.q.val().get_bits::<10>(4).any();
                        self.rem_mid.d.next = !self.piece_out_rem.q.val().get_bits::<10>(4).any()
                            && self.piece_out_rem.q.val().get_bit(3);
                        self.piece_last.d.next = bit_cast::<14, 13>(self.piece_len.q.val()) == self.xfer_rem.q.val();
                        self.beat_lead.d.next = self.pos.q.val().get_bits::<3>(0);
                        self.beat_first.d.next = true;
                        if self.first_piece.q.val() {
                            self.acc_n.d.next = bit_cast::<5, 3>(self.pos.q.val().get_bits::<3>(0));
                        }
                        self.spare.d.next =
                            bit_cast::<6, 5>(self.acc_n.d.val()) - bit_cast::<6, 4>(self.piece_out_n.q.val());
                        self.first_piece.d.next = false;
                        self.state.d.next = RxState::WrRun;
                    }
                }
            }
            RxState::HPiece => {
                if self.buf_small.q.val() {
                    // Too small: the buffer stays at the head for a frame that fits. Only the
                    // first piece can see it set; nothing has been read or written yet.
                    self.buf_small.d.next = false;
                    self.nobuf_host.d.next = true;
                    self.state.d.next = RxState::Discard;
                } else if self.h_settled.q.val() {
                    self.p_addr.d.next = self.buf_addr.q.val();
                    self.p_len.d.next = self.piece_len.q.val();
                    self.out_rem.d.next = self.piece_out_rem.q.val();
                    self.out_n.d.next = self.piece_out_n.q.val();
                    self.rem_big.d.next = self.piece_out_rem.q.val().get_bits::<10>(4).any();
                    self.rem_mid.d.next =
                        !self.piece_out_rem.q.val().get_bits::<10>(4).any() && self.piece_out_rem.q.val().get_bit(3);
                    self.piece_last.d.next = bit_cast::<14, 13>(self.piece_len.q.val()) == self.xfer_rem.q.val();
                    self.beat_lead.d.next = self.buf_addr.q.val().get_bits::<3>(0);
                    self.beat_first.d.next = true;
                    if self.first_piece.q.val() {
                        self.acc_n.d.next = bit_cast::<5, 3>(self.buf_addr.q.val().get_bits::<3>(0));
                    }
                    self.spare.d.next =
                        bit_cast::<6, 5>(self.acc_n.d.val()) - bit_cast::<6, 4>(self.piece_out_n.q.val());
                    self.first_piece.d.next = false;
                    self.state.d.next = RxState::WrRun;
                }
            }
            RxState::WrRun => {
                self.dmaw.strb.next =
                    (self.k_ones8.val() << self.beat_lead.q.val()) & !(self.k_ones8.val() << self.out_n.q.val());
                self.dmaw.last.next = self.rem_end.val();
                if !self.spare.q.val().get_bit(5) {
                    self.dmaw.valid.next = true;
                    self.out_fire.next = self.dmaw.ready.val();
                }
                if self.out_fire.val() {
                    self.left.next = bit_cast::<5, 6>(self.spare.q.val());
                }
                // `out_n` (4 bits) and `left` (when a word comes in) are 8 at most: the
                // accumulator's shifts take four bits, a multiplexer level fewer than five.
                // A word comes in if what stays after the beat (`left`) leaves it room.
                if !self.data_fifo.empty.val()
                    && self.feed_any.q.val()
                    && (self.acc_low.val() || (self.out_fire.val() && self.room_after_beat.val()))
                {
                    self.in_fire.next = true;
                }
                if self.out_fire.val() || self.in_fire.val() {
                    self.acc.d.next = self.acc.q.val();
                    if self.out_fire.val() {
                        self.acc.d.next = self.acc.q.val() >> (bit_cast::<7, 4>(self.out_n.q.val()) << 3);
                        self.beat_first.d.next = false;
                        self.beat_lead.d.next = 0.into();
                        self.out_rem.d.next = self.out_rem.q.val() - bit_cast::<14, 4>(self.out_n.q.val());
                        self.out_n.d.next = self.next_out_n.val();
                        self.rem_big.d.next = self.out_rem.q.val().get_bits::<9>(5).any()
                            || (self.out_rem.q.val().get_bit(4) && self.out_rem.q.val().get_bit(3));
                        self.rem_mid.d.next = !self.out_rem.q.val().get_bits::<9>(5).any()
                            && self.out_rem.q.val().get_bit(4)
                            && !self.out_rem.q.val().get_bit(3);
                    }
                    if self.in_fire.val() {
                        self.acc.d.next = self.acc.d.val()
                            | (bit_cast::<128, 64>(self.in_bits.val())
                                << (bit_cast::<7, 4>(self.left.val().get_bits::<4>(0)) << 3));
                        self.data_fifo.read.next = true;
                        self.rd_words.d.next = self.rd_words.q.val() + 1;
                        self.feed_rem.d.next = self.fed.val();
                        self.in_n.d.next = 8.into();
                        if self.fed.val() < 8 {
                            self.in_n.d.next = bit_cast::<5, 14>(self.fed.val());
                        }
                        self.drop.d.next = 0.into();
                        self.acc_n.d.next = self.left.val() + self.in_n.q.val();
                    } else {
                        self.acc_n.d.next = self.left.val();
                    }
                }
                self.piece_end.next = self.out_fire.val() && self.rem_end.val();
                if self.piece_end.val() {
                    self.xfer_rem.d.next = self.xfer_rem.q.val() - bit_cast::<14, 13>(self.p_len.q.val());
                    self.cur_off.d.next = self.cur_off.q.val() + bit_cast::<49, 13>(self.p_len.q.val());
                    self.pos.d.next = self.pos.q.val() + bit_cast::<49, 13>(self.p_len.q.val());
                    self.buf_addr.d.next = self.buf_step.sum.val();
                    if self.piece_last.q.val() {
                        if self.host.q.val() {
                            self.state.d.next = RxState::HDone;
                        } else {
                            self.state.d.next = RxState::Notify;
                        }
                    } else if self.host.q.val() {
                        self.state.d.next = RxState::HPiece;
                    } else if self.nx_hit.q.val() {
                        // The next piece, at the start of the next page, straight away (its
                        // first `out_n` is `next_out_n`'s).
                        self.p_addr.d.next = bit_cast::<64, 52>(self.nx_frame.q.val()) << 12;
                        self.p_len.d.next = self.nx_len.q.val();
                        self.out_rem.d.next = bit_cast::<14, 13>(self.nx_len.q.val());
                        self.piece_last.d.next = self.nx_last.q.val();
                        self.rem_big.d.next = self.nx_len.q.val().get_bits::<9>(4).any();
                        self.rem_mid.d.next =
                            !self.nx_len.q.val().get_bits::<9>(4).any() && self.nx_len.q.val().get_bit(3);
                        self.beat_lead.d.next = 0.into();
                        self.beat_first.d.next = true;
                    } else {
                        self.state.d.next = RxState::Xlate;
                    }
                }
                // `spare` takes its candidate through ANDs and ORs, not a multiplexer, so that
                // yosys' `share` does not put one adder behind the late `out_fire` and `in_fire`.
                self.spare_pick.next = bit_cast::<4, 1>((!self.out_fire.val() && !self.in_fire.val()).into())
                    | (bit_cast::<4, 1>((self.out_fire.val() && !self.in_fire.val()).into()) << 1)
                    | (bit_cast::<4, 1>((!self.out_fire.val() && self.in_fire.val()).into()) << 2)
                    | (bit_cast::<4, 1>((self.out_fire.val() && self.in_fire.val()).into()) << 3);
                self.spare.d.next = (self.spare.q.val()
                    & (self.k_zero6.val() - bit_cast::<6, 1>(self.spare_pick.val().get_bits::<1>(0))))
                    | (self.spare_out.val()
                        & (self.k_zero6.val() - bit_cast::<6, 1>(self.spare_pick.val().get_bits::<1>(1))))
                    | (self.spare_in.val()
                        & (self.k_zero6.val() - bit_cast::<6, 1>(self.spare_pick.val().get_bits::<1>(2))))
                    | (self.spare_out_in.val()
                        & (self.k_zero6.val() - bit_cast::<6, 1>(self.spare_pick.val().get_bits::<1>(3))));
            }
            RxState::Mark => {
                self.pop_hdr.next = true;
                // The bitmaps' words as placing the frame makes them, written only if it is
                // placed: address and data do not wait for the decision.
                self.placed_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
                self.placed_ram.write_data.next = self.new_placed.val();
                self.last_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.f_psn.val().get_bits::<7>(5));
                self.last_ram.write_data.next = self.new_last.val();
                if self.bad_region.q.val() || self.bad_owner.q.val() || self.bad_key.q.val() {
                    self.n_key.d.next = self.n_key.q.val() + 1;
                    self.state.d.next = RxState::Discard;
                } else if self.bad_bounds.q.val() {
                    self.n_bounds.d.next = self.n_bounds.q.val() + 1;
                    self.state.d.next = RxState::Discard;
                } else if self.psn_far.val() {
                    self.n_window.d.next = self.n_window.q.val() + 1;
                    self.state.d.next = RxState::Discard;
                } else if self.psn_dup.val() {
                    self.n_dup.d.next = self.n_dup.q.val() + 1;
                    self.a_pend.d.next = self.a_pend.q.val() | self.k_r_dup.val();
                    self.state.d.next = RxState::Notify;
                } else {
                    self.n_placed.d.next = self.n_placed.q.val() + 1;
                    self.n_placed_bytes.d.next = self.n_placed_bytes.q.val() + bit_cast::<32, 16>(self.f_len.val());
                    self.bm_placed.d.next = self.new_placed.val();
                    self.bm_run.d.next = self.new_placed.val();
                    self.bm_last.d.next = self.new_last.val();
                    self.placed_ram.write_enable.next = true;
                    self.last_ram.write_enable.next = true;
                    self.high_placed.d.next = true;
                    self.a_pend.d.next = self.a_pend.q.val();
                    if !self.in_order.q.val() {
                        self.a_pend.d.next = self.a_pend.d.val() | self.k_r_gap.val();
                    }
                    if (self.f_flags.val() & self.k_flag_ack_req.val()).any() {
                        self.a_pend.d.next = self.a_pend.d.val() | self.k_r_ack_req.val();
                    }
                    if self.in_order.q.val() {
                        self.a_inord.d.next = self.a_inord.q.val() + 1;
                        if self.cfg_coalesce.val().any() && (self.a_inord.q.val() + 1 >= self.cfg_coalesce.val()) {
                            self.a_pend.d.next = self.a_pend.d.val() | self.k_r_coalesce.val();
                            self.a_inord.d.next = 0.into();
                        }
                        self.state.d.next = RxState::AdvRun;
                    } else {
                        self.state.d.next = RxState::Xlate;
                    }
                }
            }
            RxState::AdvRun => {
                self.pop_hdr.next = true;
                self.bm_placed.d.next = self.bm_placed.q.val() & !self.run_mask.val();
                self.bm_last.d.next = self.bm_last.q.val() & !self.run_mask.val();
                self.wb_pending.d.next = true;
                self.wb_word.d.next = self.a_cum.q.val().get_bits::<7>(5);
                self.passed_bits.d.next = self.bm_last.q.val() & self.run_mask.val();
                if self.run_whole.val() {
                    // The run reaches the word's end: CUM moves to the next word's start.
                    self.a_cum.d.next = (self.a_cum.q.val() | 31) + 1;
                    self.state.d.next = RxState::AdvRead;
                } else {
                    self.run_step.d.next = self.run_mask.val();
                    self.state.d.next = RxState::Xlate;
                }
            }
            RxState::AdvRead => {
                self.placed_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.a_cum.q.val().get_bits::<7>(5));
                self.last_ram.read_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.a_cum.q.val().get_bits::<7>(5));
                self.state.d.next = RxState::AdvWait;
            }
            RxState::AdvWait => {
                // CUM is at a word boundary: the run starts at bit 0 (`run_fill` takes the
                // word straight from the RAM; `bm_run` is read only after `Mark`).
                self.bm_placed.d.next = self.placed_ram.read_data.val();
                self.bm_last.d.next = self.last_ram.read_data.val();
                self.state.d.next = RxState::AdvRun;
            }
            RxState::Notify => {
                self.state.d.next = RxState::Discard;
                if self.rd_words.q.val() == self.f_words.val() {
                    self.state.d.next = RxState::Idle;
                }
                if self.a_armed.q.val().any() && self.a_pend.q.val().any() {
                    self.ev_kind.d.next = self.k_ev_rx.val();
                    self.ev_reason.d.next = bit_cast::<8, 5>(self.a_pend.q.val());
                    self.ev_ctx.d.next = bit_cast::<16, 6>(self.ctx.q.val());
                    self.ev_a.d.next = self.a_cum.q.val();
                    self.ev_b.d.next = self.a_high.q.val();
                    self.ev_c.d.next = self.a_done.q.val().get_bits::<16>(0);
                    self.a_pend.d.next = 0.into();
                    self.a_armed.d.next = 0.into();
                    self.a_inord.d.next = 0.into();
                    self.ev_ret.d.next = RxState::Discard;
                    self.state.d.next = RxState::EvPost;
                }
                self.arr_ram.write_enable.next = true;
                self.arr_ram.write_data.next = (bit_cast::<{ arrival::BITS }, 32>(self.a_cum.q.val())
                    << self.at_arrival.cum.val())
                    | (bit_cast::<{ arrival::BITS }, 32>(self.a_high.q.val()) << self.at_arrival.high.val())
                    | (bit_cast::<{ arrival::BITS }, 32>(self.a_done.q.val()) << self.at_arrival.done.val())
                    | (bit_cast::<{ arrival::BITS }, 5>(self.a_pend.d.val()) << self.at_arrival.pending.val())
                    | (bit_cast::<{ arrival::BITS }, 1>(self.a_armed.d.val()) << self.at_arrival.armed.val())
                    | (bit_cast::<{ arrival::BITS }, 16>(self.a_inord.d.val()) << self.at_arrival.in_order.val());
            }
            RxState::EvPost => {
                self.dmaw.addr.next = self.eq_addr.q.val();
                self.dmaw.len.next = self.k_event_len.val();
                self.dmaw.first.next = true;
                self.dmaw.strb.next = 0xFF.into();
                self.dmaw.data.next = (bit_cast::<64, 8>(self.ev_kind.q.val()) << self.at_event.kind.val())
                    | (bit_cast::<64, 8>(self.ev_reason.q.val()) << self.at_event.reason.val())
                    | (bit_cast::<64, 16>(self.ev_ctx.q.val()) << self.at_event.ctx.val())
                    | (bit_cast::<64, 32>(self.ev_a.q.val()) << self.at_event.a.val());
                if self.eq_moved.q.val().any() {
                    // `eq_full` and `eq_addr` still see the old tail.
                } else if self.eq_full.q.val() {
                    self.n_eq_overflow.d.next = self.n_eq_overflow.q.val() + 1;
                    self.irq_overflow.next = true;
                    self.state.d.next = self.ev_ret.q.val();
                } else {
                    self.dmaw.valid.next = true;
                    if self.dmaw.ready.val() {
                        self.state.d.next = RxState::EvBeat1;
                    }
                }
            }
            RxState::EvBeat1 => {
                self.dmaw.addr.next = self.eq_addr.q.val();
                self.dmaw.len.next = self.k_event_len.val();
                self.dmaw.first.next = false;
                self.dmaw.last.next = true;
                self.dmaw.strb.next = 0xFF.into();
                // Phase 1 on even passes around the ring.
                self.dmaw.data.next = (bit_cast::<64, 32>(self.ev_b.q.val()) << self.at_event.b.val())
                    | (bit_cast::<64, 16>(self.ev_c.q.val()) << self.at_event.c.val());
                if !(self.eq_tail_r.q.val() & self.eq_size.val()).any() {
                    self.dmaw.data.next = (bit_cast::<64, 32>(self.ev_b.q.val()) << self.at_event.b.val())
                        | (bit_cast::<64, 16>(self.ev_c.q.val()) << self.at_event.c.val())
                        | (bit_cast::<64, 1>(true.into()) << self.at_event.phase.val());
                }
                self.dmaw.valid.next = true;
                if self.dmaw.ready.val() {
                    self.eq_tail_r.d.next = self.eq_tail_r.q.val() + 1;
                    self.eq_moved.d.next = 1.into();
                    self.irq_event.next = true;
                    self.state.d.next = self.ev_ret.q.val();
                }
            }
            RxState::Discard => {
                if self.rd_words.q.val() == self.f_words.val() {
                    self.state.d.next = RxState::Idle;
                } else if !self.data_fifo.empty.val() {
                    self.data_fifo.read.next = true;
                    self.rd_words.d.next = self.rd_words.q.val() + 1;
                }
            }
            RxState::HDesc => {
                self.state.d.next = RxState::Discard;
                if self.rxq_empty.q.val() {
                    self.nobuf_host.d.next = true;
                } else {
                    self.desc_rd.req.next = true;
                    self.desc_rd.addr.next = self.rxq_addr.q.val();
                    self.desc_rd.len.next = self.k_desc_len.val();
                    self.state.d.next = RxState::HDesc;
                    if self.desc_rd.ready.val() {
                        self.desc_beat.d.next = false;
                        self.state.d.next = RxState::HDescWait;
                    }
                }
            }
            RxState::HDescWait => {
                if self.desc_rd.beat.val() {
                    self.desc_beat.d.next = true;
                    if !self.desc_beat.q.val() {
                        self.buf_addr.d.next = self.desc_rd.data.val();
                    } else {
                        self.buf_small.d.next = self
                            .desc_rd
                            .data
                            .val()
                            .get_bits::<{ buf_desc::LEN.width }>(self.at_buf_desc.len.val().index())
                            < bit_cast::<16, 14>(self.f_bytes.val());
                        self.xfer_rem.d.next = self.f_bytes.val();
                        self.feed_rem.d.next = self.f_bytes.val();
                        self.in_n.d.next = 8.into();
                        if self.f_bytes.val() < 8 {
                            self.in_n.d.next = bit_cast::<5, 14>(self.f_bytes.val());
                        }
                        self.drop.d.next = 0.into();
                        self.host.d.next = true;
                        self.first_piece.d.next = true;
                        // As in `Check`.
                        self.acc.d.next = 0.into();
                        self.state.d.next = RxState::HPiece;
                    }
                }
            }
            RxState::HDone => {
                self.n_host.d.next = self.n_host.q.val() + 1;
                self.rxq_head_r.d.next = self.rxq_head_r.q.val() + 1;
                self.ev_kind.d.next = self.k_ev_rx_frame.val();
                self.ev_reason.d.next = 0.into();
                self.ev_ctx.d.next = 0.into();
                self.ev_a.d.next = self.rxq_head_r.q.val();
                self.ev_b.d.next = bit_cast::<32, 14>(self.f_bytes.val());
                self.ev_c.d.next = 0.into();
                self.ev_ret.d.next = RxState::Discard;
                self.state.d.next = RxState::EvPost;
            }
            RxState::CmdCommit => {
                self.ct_ram.write_enable.next = true;
                self.arr_ram.write_enable.next = true;
                self.sweep.d.next = 0.into();
                self.state.d.next = RxState::CmdClear;
            }
            RxState::CmdClear => {
                self.placed_ram.write_enable.next = true;
                self.placed_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.sweep.q.val().get_bits::<7>(0));
                self.placed_ram.write_data.next = 0.into();
                self.last_ram.write_enable.next = true;
                self.last_ram.write_address.next =
                    (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.sweep.q.val().get_bits::<7>(0));
                self.last_ram.write_data.next = 0.into();
                self.sweep.d.next = self.sweep.q.val() + 1;
                if self.sweep.q.val() == 127 {
                    self.ct_ack.next = true;
                    self.state.d.next = RxState::Idle;
                }
            }
            RxState::CmdArmWait => {
                self.a_cum.d.next =
                    self.arr.val().get_bits::<{ arrival::CUM.width }>(self.at_arrival.cum.val().index());
                self.a_high.d.next =
                    self.arr.val().get_bits::<{ arrival::HIGH.width }>(self.at_arrival.high.val().index());
                self.a_done.d.next =
                    self.arr.val().get_bits::<{ arrival::DONE.width }>(self.at_arrival.done.val().index());
                self.a_pend.d.next =
                    self.arr.val().get_bits::<{ arrival::PENDING.width }>(self.at_arrival.pending.val().index());
                self.a_armed.d.next = 1.into();
                self.a_inord.d.next =
                    self.arr.val().get_bits::<{ arrival::IN_ORDER.width }>(self.at_arrival.in_order.val().index());
                self.rd_words.d.next = self.f_words.val();
                self.state.d.next = RxState::Notify;
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
                self.state.d.next = RxState::CmdQueryAck;
            }
            RxState::CmdQueryAck => {
                self.q_ack.next = true;
                self.q_data.next = self.ans_data.q.val();
                self.state.d.next = RxState::Idle;
            }
            RxState::ResetSweep => {
                self.placed_ram.write_enable.next = true;
                self.placed_ram.write_address.next = self.sweep.q.val();
                self.placed_ram.write_data.next = 0.into();
                self.last_ram.write_enable.next = true;
                self.last_ram.write_address.next = self.sweep.q.val();
                self.last_ram.write_data.next = 0.into();
                self.ct_ram.write_enable.next = true;
                self.ct_ram.write_address.next = self.sweep.q.val().get_bits::<6>(0);
                self.ct_ram.write_data.next = 0.into();
                self.arr_ram.write_enable.next = true;
                self.arr_ram.write_address.next = self.sweep.q.val().get_bits::<6>(0);
                self.arr_ram.write_data.next = 0.into();
                self.sweep.d.next = self.sweep.q.val() + 1;
                if self.sweep.q.val().all() {
                    self.n_placed.d.next = 0.into();
                    self.n_placed_bytes.d.next = 0.into();
                    self.n_malformed.d.next = 0.into();
                    self.n_ctx.d.next = 0.into();
                    self.n_peer.d.next = 0.into();
                    self.n_tag.d.next = 0.into();
                    self.n_key.d.next = 0.into();
                    self.n_bounds.d.next = 0.into();
                    self.n_dup.d.next = 0.into();
                    self.n_window.d.next = 0.into();
                    self.n_nobuf.d.next = 0.into();
                    self.n_host.d.next = 0.into();
                    self.n_eq_overflow.d.next = 0.into();
                    self.eq_tail_r.d.next = 0.into();
                    self.eq_moved.d.next = 1.into();
                    self.rxq_head_r.d.next = 0.into();
                    self.rst_ack.next = true;
                    self.state.d.next = RxState::Idle;
                }
            }
            _ => {
                self.state.d.next = RxState::Idle;
            }
        }
        self.nx_fresh.d.next = (self.state.q.val() == RxState::WrRun) && !self.piece_end.val();
        // A commit may change the translation looked up ahead (as it empties the cache).
        if self.piece_end.val() || self.rt_we.val() || (self.state.q.val() != RxState::WrRun) {
            self.nx_hit.d.next = false;
        }
        // The tables answer for the context and region of the next cycle (see `bad_ctx`): the
        // context table, in `Idle`, for the info FIFO's head whichever request `Idle` takes
        // (only a frame's checks read it), so that its address does not wait for that choice.
        self.ct_ram.read_address.next = self.ctx.q.val();
        if self.state.q.val() == RxState::Idle {
            self.ct_ram.read_address.next =
                self.info_fifo.data_out.val().get_bits::<6>(self.at_header.dst_ctx.val().index());
        }
        self.rt_ram.read_address.next = self.region.d.val();
        if self.run_lo.q.val().any() || self.run_hi.q.val().any() {
            // The run stays in CUM's word: only CUM's bit index moves.
            self.a_cum.d.next = (self.a_cum.q.val() & !self.k_word_bits.val())
                | bit_cast::<32, 6>(
                    bit_cast::<6, 5>(self.a_cum.q.val().get_bits::<5>(0))
                        + bit_cast::<6, 5>(self.run_lo.q.val())
                        + bit_cast::<6, 5>(self.run_hi.q.val()),
                );
        }
        if self.passed_lo.q.val().any() || self.passed_hi.q.val().any() {
            self.a_done.d.next = self.a_done.q.val()
                + bit_cast::<32, 6>(
                    bit_cast::<6, 5>(self.passed_lo.q.val()) + bit_cast::<6, 5>(self.passed_hi.q.val()),
                );
            self.a_pend.d.next = self.a_pend.q.val() | self.k_r_complete.val();
        }
        if self.wb_pending.q.val() {
            self.placed_ram.write_enable.next = true;
            self.placed_ram.write_address.next =
                (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.wb_word.q.val());
            self.placed_ram.write_data.next = self.bm_placed.q.val();
            self.last_ram.write_enable.next = true;
            self.last_ram.write_address.next =
                (bit_cast::<13, 6>(self.ctx.q.val()) << 7) | bit_cast::<13, 7>(self.wb_word.q.val());
            self.last_ram.write_data.next = self.bm_last.q.val();
        }
        // A WRITE's header words leave the FIFO while its checks and marking run.
        if self.pop_hdr.val() && (self.rd_words.q.val() < 5) && !self.data_fifo.empty.val() {
            self.data_fifo.read.next = true;
            self.rd_words.d.next = self.rd_words.q.val() + 1;
        }
        self.run_fill.d.next = self.bm_run.d.val() | !self.cum_therm.d.val();
        if self.info_fifo.write.val() && !self.info_fifo.read.val() {
            self.info_held.d.next = self.info_held.q.val() + 1;
        } else if self.info_fifo.read.val() && !self.info_fifo.write.val() {
            self.info_held.d.next = self.info_held.q.val() - 1;
        }
        self.info_room.d.next = !self.info_held.d.val().get_bit(8);
        self.feed_any.d.next = self.feed_rem.d.val().any();
        if self.state.q.val() == RxState::AdvWait {
            // CUM is at the word's start (no bits below it): the placed RAM's late output
            // passes one multiplexer only.
            self.run_fill.d.next = self.placed_ram.read_data.val();
        }
    }
}
