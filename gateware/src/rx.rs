//! The receive side of the NIC behind the MAC: the receive buffer, the RDMA RX engine and the
//! host receive path, and, because it owns the DMA write port, the event writer.
//!
//! [`RxIngress`] puts each word the MAC passes into the receive buffer at wire speed and one
//! info record per frame beside it. The engine here handles the frames one at a time, store
//! and forward, by the states of [`RxState`]; each of its blocks acts on the state for its own
//! part of the work:
//! - [`RxClassify`]: the frame's fields, the context and region tables and the checks of
//!   docs/protocol.md §7 in their order, each drop counted;
//! - [`RxArrival`]: the contexts' arrival state and bitmaps: a WRITE's PSN marked, CUM moved on,
//!   the reasons to report;
//! - [`RxWritePath`]: a WRITE's payload to its region through the page lists, a host frame to
//!   its buffer, realigned, one DMA write beat per cycle;
//! - [`RxHostPath`]: the RXQ's buffers for frames to the host;
//! - [`EventWriter`]: the events into the EQ, the engine's and the transmit engines'.
//!
//! A WRITE goes `Idle` (take the info record) → `Classify` → `Check` → `Mark` → `AdvRun`
//! (in order) or `Xlate` → `WrRun` (per piece) → `Notify` (→ `EvPost` → `EvBeat1` if the context
//! reports) → `Discard` (the frame's words left in the buffer) → `Idle`, or from `Notify` straight
//! to the next frame's `Classify` when nothing is to be reported or discarded and no command
//! waits (the wire leaves a frame's payload words and 2.75 cycles at MTU 1500); a host frame goes
//! `Classify` → `HDesc` → `HDescWait` → `HPiece` → `WrRun` → `HDone` → `EvPost`. Between frames
//! the engine serves the register file's commands (context commit with the bitmap clear, arm,
//! arrival-state reads, reset) and posts the transmit engines' events, so that one block orders
//! every DMA write: an event is always issued after the writes it reports.

use rust_hdl::prelude::*;
use uzura_uapi::proto::{MAX_CONTEXTS, MAX_REGIONS, RX_WINDOW};
use uzura_uapi::ring;

use crate::event_writer::EventWriter;
use crate::k;
use crate::ports::{DmaRead, DmaWrite, EventRequestIn};
use crate::records::{context, header, region};
use crate::rx_arrival::RxArrival;
use crate::rx_classify::RxClassify;
use crate::rx_host::RxHostPath;
use crate::rx_ingress::RxIngress;
use crate::rx_write::RxWritePath;

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
    /// Receive buffer fill in 64-bit words (for XOFF/XON), and whether the engine is between
    /// frames with no command pending (the commit fence).
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

    ingress: RxIngress,
    classify: RxClassify,
    arrival: RxArrival,
    write: RxWritePath,
    host: RxHostPath,
    events: EventWriter,
    state: DFF<RxState>,
    /// The state an event's post returns to.
    ev_ret: DFF<RxState>,
    /// The frame's words read from the data FIFO.
    words_read: DFF<Bits<11>>,
    /// `words_read` equals the frame's words, worked out a cycle ahead from registers so that
    /// `Notify` takes the next frame without a compare in front of the RAM addresses.
    all_read: DFF<Bit>,
    /// The context of the frame or command at hand.
    ctx: DFF<Bits<6>>,
    /// A sweep of the bitmaps (a commit's, 128 words) or of every table (a reset's).
    sweep: DFF<Bits<13>>,
    /// A WRITE's header words leave the FIFO while its checks and marking run.
    pop_hdr: Signal<Local, Bit>,
    /// `Idle` takes the info FIFO's head, a context commit, an arm, an arrival query.
    take: Signal<Local, Bit>,
    go_commit: Signal<Local, Bit>,
    go_arm: Signal<Local, Bit>,
    go_query: Signal<Local, Bit>,
    /// The end of a reset's sweep: everything back to its reset value.
    clear: Signal<Local, Bit>,

    k_ev_rx: Constant<Bits<8>> = k(ring::EV_RX as u64),
    k_ev_rx_frame: Constant<Bits<8>> = k(ring::EV_RX_FRAME as u64),
    at_header: header::At,
}
}

impl Logic for RxEngine {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, state, ev_ret, words_read, all_read, ctx, sweep);
        clock!(self, clock, ingress, classify, arrival, write, host, events);

        // ---- the engine ---------------------------------------------------------------------
        self.ingress.data_read.next = false;
        self.ingress.info_read.next = false;
        self.pop_hdr.next = false;
        self.take.next = false;
        self.go_commit.next = false;
        self.go_arm.next = false;
        self.go_query.next = false;
        self.clear.next = false;
        self.ct_ack.next = false;
        self.arm_ack.next = false;
        self.q_ack.next = false;
        self.q_data.next = 0.into();
        self.rst_ack.next = false;
        self.tx_event.ack.next = false;
        self.idle.next = false;
        // The event an `EvPost` writes: a transmit engine's, the frame's `EV_RX_FRAME`, the
        // context's `EV_RX` (below).
        self.events.load.next = false;
        self.events.kind.next = self.tx_event.kind.val();
        self.events.reason.next = 0.into();
        self.events.ctx.next = self.tx_event.ctx.val();
        self.events.a.next = self.tx_event.a.val();
        self.events.b.next = self.tx_event.b.val();
        self.events.c.next = 0.into();

        match self.state.q.val() {
            RxState::Idle => {
                self.idle.next =
                    !self.ct_req.val() && !self.arm_req.val() && !self.rst_req.val() && !self.tx_event.req.val();
                if self.rst_req.val() {
                    self.sweep.d.next = 0.into();
                    self.state.d.next = RxState::ResetSweep;
                } else if self.ct_req.val() {
                    self.ctx.d.next = self.ct_idx.val();
                    self.go_commit.next = true;
                    self.state.d.next = RxState::CmdCommit;
                } else if self.arm_req.val() {
                    self.arm_ack.next = true;
                    self.ctx.d.next = self.arm_idx.val();
                    self.go_arm.next = true;
                    self.state.d.next = RxState::CmdArmWait;
                } else if self.q_req.val() {
                    self.go_query.next = true;
                    self.state.d.next = RxState::CmdQueryWait;
                } else if self.tx_event.req.val() {
                    self.tx_event.ack.next = true;
                    self.events.load.next = true;
                    self.ev_ret.d.next = RxState::Idle;
                    self.state.d.next = RxState::EvPost;
                } else {
                    self.take.next = !self.ingress.info_empty.val();
                }
            }
            RxState::Classify => {
                self.state.d.next = RxState::Discard;
                if self.classify.write_first.val() {
                    self.pop_hdr.next = true;
                }
                if self.classify.accept.val() {
                    if self.classify.rdma.val() {
                        self.state.d.next = RxState::Check;
                    } else {
                        self.state.d.next = RxState::HDesc;
                    }
                }
            }
            RxState::Check => {
                // A malformed frame is counted and dropped, an ACK or NACK goes to the host
                // ring whole, and a WRITE is checked.
                self.pop_hdr.next = self.classify.f_write.val();
                self.state.d.next = RxState::Discard;
                if self.classify.check_host.val() {
                    self.state.d.next = RxState::HDesc;
                } else if self.classify.check_pass.val() {
                    self.state.d.next = RxState::Mark;
                }
            }
            RxState::Xlate => {
                self.pop_hdr.next = true;
                if self.write.piece_go.val() {
                    self.state.d.next = RxState::WrRun;
                }
            }
            RxState::HPiece => {
                if self.host.buf_small.val() {
                    self.state.d.next = RxState::Discard;
                } else if self.write.piece_go.val() {
                    self.state.d.next = RxState::WrRun;
                }
            }
            RxState::WrRun => {
                if self.write.in_fire.val() {
                    self.ingress.data_read.next = true;
                    self.words_read.d.next = self.words_read.q.val() + 1;
                }
                if self.write.piece_end.val() {
                    if self.write.piece_last.val() {
                        if self.write.host.val() {
                            self.state.d.next = RxState::HDone;
                        } else {
                            self.state.d.next = RxState::Notify;
                        }
                    } else if self.write.host.val() {
                        self.state.d.next = RxState::HPiece;
                    } else if !self.write.nx_hit.val() {
                        self.state.d.next = RxState::Xlate;
                    }
                }
            }
            RxState::Mark => {
                self.pop_hdr.next = true;
                self.state.d.next = RxState::Discard;
                if self.classify.mark_dup.val() {
                    self.state.d.next = RxState::Notify;
                } else if self.classify.mark_place.val() {
                    if self.arrival.in_order.val() {
                        self.state.d.next = RxState::AdvRun;
                    } else {
                        self.state.d.next = RxState::Xlate;
                    }
                }
            }
            RxState::AdvRun => {
                self.pop_hdr.next = true;
                if self.arrival.run_whole.val() {
                    self.state.d.next = RxState::AdvRead;
                } else {
                    self.state.d.next = RxState::Xlate;
                }
            }
            RxState::AdvRead => {
                self.state.d.next = RxState::AdvWait;
            }
            RxState::AdvWait => {
                self.state.d.next = RxState::AdvRun;
            }
            RxState::Notify => {
                self.state.d.next = RxState::Discard;
                if self.words_read.q.val() == self.classify.f_words.val() {
                    self.state.d.next = RxState::Idle;
                    // With nothing to report and no command waiting, the next frame now rather
                    // than from `Idle`: the wire leaves 2.75 cycles a frame at MTU 1500.
                    self.take.next = self.all_read.q.val()
                        && !self.ingress.info_empty.val()
                        && !self.arrival.report.val()
                        && !self.ct_req.val()
                        && !self.arm_req.val()
                        && !self.rst_req.val()
                        && !self.q_req.val()
                        && !self.tx_event.req.val();
                }
                if self.arrival.report.val() {
                    self.events.load.next = true;
                    self.events.kind.next = self.k_ev_rx.val();
                    self.events.reason.next = bit_cast::<8, 5>(self.arrival.pending.val());
                    self.events.ctx.next = bit_cast::<16, 6>(self.ctx.q.val());
                    self.events.a.next = self.arrival.cum.val();
                    self.events.b.next = self.arrival.high.val();
                    self.events.c.next = self.arrival.done.val();
                    self.ev_ret.d.next = RxState::Discard;
                    self.state.d.next = RxState::EvPost;
                }
            }
            RxState::EvPost => {
                if self.events.lost.val() {
                    self.state.d.next = self.ev_ret.q.val();
                } else if self.events.beat0.val() {
                    self.state.d.next = RxState::EvBeat1;
                }
            }
            RxState::EvBeat1 => {
                if self.events.written.val() {
                    self.state.d.next = self.ev_ret.q.val();
                }
            }
            RxState::Discard => {
                if self.words_read.q.val() == self.classify.f_words.val() {
                    self.state.d.next = RxState::Idle;
                } else if !self.ingress.data_empty.val() {
                    self.ingress.data_read.next = true;
                    self.words_read.d.next = self.words_read.q.val() + 1;
                }
            }
            RxState::HDesc => {
                self.state.d.next = RxState::Discard;
                if !self.host.rxq_empty.val() {
                    self.state.d.next = RxState::HDesc;
                    if self.desc_rd.ready.val() {
                        self.state.d.next = RxState::HDescWait;
                    }
                }
            }
            RxState::HDescWait => {
                if self.host.len_beat.val() {
                    self.state.d.next = RxState::HPiece;
                }
            }
            RxState::HDone => {
                self.events.load.next = true;
                self.events.kind.next = self.k_ev_rx_frame.val();
                self.events.ctx.next = 0.into();
                self.events.a.next = self.host.rxq_head.val();
                self.events.b.next = bit_cast::<32, 14>(self.classify.f_bytes.val());
                self.ev_ret.d.next = RxState::Discard;
                self.state.d.next = RxState::EvPost;
            }
            RxState::CmdCommit => {
                self.sweep.d.next = 0.into();
                self.state.d.next = RxState::CmdClear;
            }
            RxState::CmdClear => {
                self.sweep.d.next = self.sweep.q.val() + 1;
                if self.sweep.q.val() == 127 {
                    self.ct_ack.next = true;
                    self.state.d.next = RxState::Idle;
                }
            }
            RxState::CmdArmWait => {
                self.words_read.d.next = self.classify.f_words.val();
                self.state.d.next = RxState::Notify;
            }
            RxState::CmdQueryWait => {
                self.state.d.next = RxState::CmdQueryAck;
            }
            RxState::CmdQueryAck => {
                self.q_ack.next = true;
                self.q_data.next = self.arrival.q_data.val();
                self.state.d.next = RxState::Idle;
            }
            RxState::ResetSweep => {
                self.sweep.d.next = self.sweep.q.val() + 1;
                if self.sweep.q.val().all() {
                    self.clear.next = true;
                    self.rst_ack.next = true;
                    self.state.d.next = RxState::Idle;
                }
            }
            _ => {
                self.state.d.next = RxState::Idle;
            }
        }
        if self.take.val() {
            self.ingress.info_read.next = true;
            self.ctx.d.next = self.ingress.info.val().get_bits::<6>(self.at_header.dst_ctx.val().index());
            self.words_read.d.next = 0.into();
            self.state.d.next = RxState::Classify;
        }
        if self.pop_hdr.val() && (self.words_read.q.val() < 5) && !self.ingress.data_empty.val() {
            self.ingress.data_read.next = true;
            self.words_read.d.next = self.words_read.q.val() + 1;
        }
        self.all_read.d.next = self.words_read.q.val() == self.classify.f_words.val();
        if self.ingress.data_read.val() {
            self.all_read.d.next = (self.words_read.q.val() + 1) == self.classify.f_words.val();
        }
        if self.state.q.val() == RxState::CmdArmWait {
            self.all_read.d.next = true;
        }

        // ---- the blocks -------------------------------------------------------------------
        self.ingress.m_data.next = self.m_data.val();
        self.ingress.m_keep.next = self.m_keep.val();
        self.ingress.m_valid.next = self.m_valid.val();
        self.ingress.m_last.next = self.m_last.val();
        self.ingress.m_error.next = self.m_error.val();
        self.fill.next = self.ingress.fill.val();

        self.classify.state.next = self.state.q.val();
        self.classify.take.next = self.take.val();
        self.classify.head.next = self.ingress.info.val();
        self.classify.cfg_mac.next = self.cfg_mac.val();
        self.classify.cfg_enable.next = self.cfg_enable.val();
        self.classify.cfg_promisc.next = self.cfg_promisc.val();
        self.classify.ctx.next = self.ctx.q.val();
        self.classify.sweep.next = self.sweep.q.val().get_bits::<6>(0);
        self.classify.clear.next = self.clear.val();
        self.classify.ct_data.next = self.ct_data.val();
        self.classify.rt_we.next = self.rt_we.val();
        self.classify.rt_waddr.next = self.rt_waddr.val();
        self.classify.rt_wdata.next = self.rt_wdata.val();
        self.classify.psn_far.next = self.arrival.psn_far.val();
        self.classify.psn_dup.next = self.arrival.psn_dup.val();

        self.arrival.state.next = self.state.q.val();
        self.arrival.ctx.next = self.ctx.q.val();
        self.arrival.sweep.next = self.sweep.q.val();
        self.arrival.go_commit.next = self.go_commit.val();
        self.arrival.ct_start.next = self.ct_start.val();
        self.arrival.go_arm.next = self.go_arm.val();
        self.arrival.arm_idx.next = self.arm_idx.val();
        self.arrival.go_query.next = self.go_query.val();
        self.arrival.q_kind.next = self.q_kind.val();
        self.arrival.q_ctx.next = self.q_ctx.val();
        self.arrival.q_word.next = self.q_word.val();
        self.arrival.take.next = self.take.val();
        self.arrival.head_ctx.next = self.ingress.info.val().get_bits::<6>(self.at_header.dst_ctx.val().index());
        self.arrival.head_word.next = self.ingress.info.val().get_bits::<7>(self.at_header.psn.val().index() + 5);
        self.arrival.f_psn.next = self.classify.f_psn.val();
        self.arrival.f_flags.next = self.classify.f_flags.val();
        self.arrival.cfg_coalesce.next = self.cfg_coalesce.val();
        self.arrival.mark_dup.next = self.classify.mark_dup.val();
        self.arrival.mark_place.next = self.classify.mark_place.val();
        self.q_high.next = self.arrival.q_high.val();
        self.q_done.next = self.arrival.q_done.val();

        self.write.state.next = self.state.q.val();
        self.write.rt_we.next = self.rt_we.val();
        self.write.region.next = self.classify.region.val();
        self.write.region_pl.next = self.classify.region_pl.val();
        self.write.region_first.next = self.classify.region_first.val();
        self.write.region_len.next = self.classify.region_len.val();
        self.write.f_len.next = self.classify.f_len.val();
        self.write.f_offset.next = self.classify.f_offset.val();
        self.write.f_bytes.next = self.classify.f_bytes.val();
        self.write.data.next = self.ingress.data.val();
        self.write.data_empty.next = self.ingress.data_empty.val();
        // Words 0..5 hold the headers (the payload starts in lane 6 of word 5): a WRITE's
        // first piece waits until they have left the FIFO.
        self.write.headers_read.next =
            (self.words_read.q.val() >= 5) || ((self.words_read.q.val() == 4) && !self.ingress.data_empty.val());
        self.write.desc_data.next = self.host.buf_start.val();
        self.write.addr_beat.next = self.host.addr_beat.val();
        self.write.len_beat.next = self.host.len_beat.val();
        self.write.buf_small.next = self.host.buf_small.val();
        DmaRead::<Bits<52>>::link(&mut self.list_rd, &mut self.write.list_rd);

        self.host.state.next = self.state.q.val();
        self.host.rxq_base.next = self.rxq_base.val();
        self.host.rxq_log2.next = self.rxq_log2.val();
        self.host.rxq_tail.next = self.rxq_tail.val();
        self.host.f_bytes.next = self.classify.f_bytes.val();
        self.host.cut.next = self.ingress.cut.val();
        self.host.clear.next = self.clear.val();
        self.rxq_head.next = self.host.rxq_head.val();
        DmaRead::<Bits<64>>::link(&mut self.desc_rd, &mut self.host.desc_rd);

        self.events.state.next = self.state.q.val();
        self.events.eq_base.next = self.eq_base.val();
        self.events.eq_log2.next = self.eq_log2.val();
        self.events.eq_head.next = self.eq_head.val();
        self.events.clear.next = self.clear.val();
        self.eq_tail.next = self.events.eq_tail.val();
        self.irq_event.next = self.events.irq_event.val();
        self.irq_overflow.next = self.events.irq_overflow.val();
        // The DMA write port: the events' in their states, the write path's otherwise.
        self.dmaw.valid.next = self.write.dmaw.valid.val();
        self.dmaw.addr.next = self.write.dmaw.addr.val();
        self.dmaw.len.next = self.write.dmaw.len.val();
        self.dmaw.data.next = self.write.dmaw.data.val();
        self.dmaw.strb.next = self.write.dmaw.strb.val();
        self.dmaw.first.next = self.write.dmaw.first.val();
        self.dmaw.last.next = self.write.dmaw.last.val();
        if (self.state.q.val() == RxState::EvPost) || (self.state.q.val() == RxState::EvBeat1) {
            self.dmaw.valid.next = self.events.dmaw.valid.val();
            self.dmaw.addr.next = self.events.dmaw.addr.val();
            self.dmaw.len.next = self.events.dmaw.len.val();
            self.dmaw.data.next = self.events.dmaw.data.val();
            self.dmaw.strb.next = self.events.dmaw.strb.val();
            self.dmaw.first.next = self.events.dmaw.first.val();
            self.dmaw.last.next = self.events.dmaw.last.val();
        }
        self.write.dmaw.ready.next = self.dmaw.ready.val();
        self.events.dmaw.ready.next = self.dmaw.ready.val();

        self.c_placed.next = self.classify.c_placed.val();
        self.c_placed_bytes.next = self.classify.c_placed_bytes.val();
        self.c_malformed.next = self.classify.c_malformed.val();
        self.c_ctx.next = self.classify.c_ctx.val();
        self.c_peer.next = self.classify.c_peer.val();
        self.c_tag.next = self.classify.c_tag.val();
        self.c_key.next = self.classify.c_key.val();
        self.c_bounds.next = self.classify.c_bounds.val();
        self.c_dup.next = self.classify.c_dup.val();
        self.c_window.next = self.classify.c_window.val();
        self.c_nobuf.next = self.host.c_nobuf.val();
        self.c_host.next = self.host.c_host.val();
        self.c_eq_overflow.next = self.events.c_eq_overflow.val();
    }
}
