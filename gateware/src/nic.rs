//! The NIC top (`uzura_nic.v`): the MAC, the RX engine, the TXQ engine, the RDMA TX engine,
//! the [`TxArbiter`] between them and the MAC, the [`DmaReadArbiter`] between them and the bus,
//! and the register file of docs/registers.md (here, with its table staging in
//! [`TableStage`]), behind the host interface of registers.md §9: the register slave port
//! (`reg_*`), one DMA read master (`dmar_*`), one DMA write master (`dmaw_*`) and `msi_req`;
//! and XGMII to the PHY. A board wrapper connects a vendor PCIe core and a 10G PHY to these.
//!
//! One clock, 156.25 MHz (the XGMII's).
//!
//! Register file: reads are answered in order, one at a time; a read after a table commit waits
//! for the commit fence of registers.md §2.1 (both engines between frames, the commit done).
//! Writes are held back (`reg_wr_ready` low) while a context commit or a reset is in progress,
//! so the shared staging registers cannot change under it, and for a cycle after each write,
//! which is acted on from registers a cycle after it is taken.

use rust_hdl::prelude::*;
use uzura_uapi::proto::{self, MAX_REGIONS};
use uzura_uapi::regs;
use uzura_uapi::wire::uzura::MAX_WRITE_LEN;

use crate::dma_read_arbiter::DmaReadArbiter;
use crate::k;
use crate::mac::Mac;
use crate::ports::DmaRead;
use crate::records::{counters, halves, region, region_tx, rings};
use crate::rx::RxEngine;
use crate::sq::SqEngine;
use crate::table_stage::TableStage;
use crate::tx_arbiter::TxArbiter;
use crate::txq::TxqEngine;

fn ring_reg(ring: u32, reg: u32) -> Constant<Bits<13>> {
    k(regs::ring_reg(ring, reg) as u64)
}

block! {
pub struct Nic {
    pub clock: Signal<In, Clock>,
    /// The board's MAC address (`MacAddr::to_u64`), what `MAC_*` reset to.
    pub board_mac: Signal<In, Bits<48>>,
    pub reg_addr: Signal<In, Bits<13>>,
    pub reg_wr_en: Signal<In, Bit>,
    pub reg_wr_data: Signal<In, Bits<32>>,
    pub reg_wr_strb: Signal<In, Bits<4>>,
    pub reg_wr_ready: Signal<Out, Bit>,
    pub reg_rd_en: Signal<In, Bit>,
    pub reg_rd_valid: Signal<Out, Bit>,
    pub reg_rd_data: Signal<Out, Bits<32>>,
    pub dmar_valid: Signal<Out, Bit>,
    pub dmar_ready: Signal<In, Bit>,
    pub dmar_tag: Signal<Out, Bits<8>>,
    pub dmar_addr: Signal<Out, Bits<64>>,
    pub dmar_len: Signal<Out, Bits<13>>,
    pub dmar_beat_valid: Signal<In, Bit>,
    pub dmar_beat_tag: Signal<In, Bits<8>>,
    pub dmar_beat_data: Signal<In, Bits<64>>,
    pub dmar_beat_last: Signal<In, Bit>,
    pub dmaw_valid: Signal<Out, Bit>,
    pub dmaw_ready: Signal<In, Bit>,
    pub dmaw_addr: Signal<Out, Bits<64>>,
    pub dmaw_len: Signal<Out, Bits<13>>,
    pub dmaw_data: Signal<Out, Bits<64>>,
    pub dmaw_strb: Signal<Out, Bits<8>>,
    pub dmaw_first: Signal<Out, Bit>,
    pub dmaw_last: Signal<Out, Bit>,
    pub msi_req: Signal<Out, Bit>,
    pub xgmii_txd: Signal<Out, Bits<64>>,
    pub xgmii_txc: Signal<Out, Bits<8>>,
    pub xgmii_rxd: Signal<In, Bits<64>>,
    pub xgmii_rxc: Signal<In, Bits<8>>,

    mac: Mac,
    rx: RxEngine,
    txq: TxqEngine,
    sq: SqEngine,
    tx: TxArbiter,
    dma: DmaReadArbiter,
    tables: TableStage,

    // Registers.
    mac_lo: DFF<Bits<32>>,
    station: DFF<Bits<48>>,
    control: DFF<Bits<5>>,
    max_payload: DFF<Bits<32>>,
    pause_quanta: DFF<Bits<16>>,
    rxbuf_xoff: DFF<Bits<32>>,
    rxbuf_xon: DFF<Bits<32>>,
    irq_cause: DFF<Bits<3>>,
    irq_mask: DFF<Bits<3>>,
    irq_was: DFF<Bit>,
    /// `STATUS.LINK_UP` was low last cycle: a change raises `IRQ_CAUSE.LINK`.
    link_down_was: DFF<Bit>,
    ack_coalesce: DFF<Bits<16>>,
    ring_base_lo: DFF<Bits<{ rings::BASE_LO_BITS }>>,
    ring_base: DFF<Bits<{ rings::BASE_BITS }>>,
    ring_log2: DFF<Bits<{ rings::LOG2_BITS }>>,
    sq_tail: DFF<Bits<32>>,
    txq_tail: DFF<Bits<32>>,
    rxq_tail: DFF<Bits<32>>,
    eq_head: DFF<Bits<32>>,
    ct_select: DFF<Bits<6>>,
    /// HIGH and DONE latched by the last `CT_RX_CUM` read.
    snap_high: DFF<Bits<32>>,
    snap_done: DFF<Bits<32>>,
    /// Reset: sweeping the region table, waiting for the RX engine.
    rst_active: DFF<Bit>,
    rst_rx_done: DFF<Bit>,
    rst_sweep: DFF<Bits<11>>,
    fence: DFF<Bit>,
    rd_pending: DFF<Bit>,
    rd_addr: DFF<Bits<13>>,
    q_sent: DFF<Bit>,
    /// A read is answered from registers in steps (the counter picked; each part of the map
    /// decoded, 0 where the address is not in it; their OR), so that the read multiplexer does
    /// not run on into the bus: `rd_age` counts the cycles since the request, `rd_go`/`rd_data`
    /// are the answer.
    rd_age: DFF<Bits<2>>,
    /// The read is of arrival state (the RX engine answers it): decoded a step ahead too, so
    /// that the query's request to the RX engine, whose state follows it, starts from a
    /// register.
    rd_arrival: DFF<Bit>,
    cnt_value: DFF<Bits<32>>,
    rd_lo: DFF<Bits<32>>,
    rd_ring: DFF<Bits<32>>,
    rd_snap: DFF<Bits<32>>,
    rd_go: DFF<Bit>,
    rd_data: DFF<Bits<32>>,
    counters: Signal<Local, Bits<{ counters::BITS }>>,
    ring_idx: Signal<Local, Bits<2>>,
    wr_q: DFF<Bit>,
    wr_addr: DFF<Bits<13>>,
    wr_data: DFF<Bits<32>>,
    wr_ring: DFF<Bit>,
    wr_rel: DFF<Bits<7>>,
    rd_rel: Signal<Local, Bits<7>>,
    rd_cnt: Signal<Local, Bits<13>>,
    ring_off: Signal<Local, Bits<5>>,
    wr: Signal<Local, Bit>,
    irq_now: Signal<Local, Bit>,
    irq_new: Signal<Local, Bits<3>>,
    irq_clear: Signal<Local, Bits<3>>,

    /// The end of a reset: everything back to its reset value.
    rst_done: Signal<Local, Bit>,
    k_id: Constant<Bits<32>> = k(regs::ID_VALUE as u64),
    k_version: Constant<Bits<32>> = k(regs::VERSION_VALUE as u64),
    k_caps: Constant<Bits<32>> = k(regs::caps_value() as u64),
    k_caps_regions: Constant<Bits<32>> = k(MAX_REGIONS as u64),
    k_max_payload_reset: Constant<Bits<32>> = k(proto::max_payload(1500) as u64),
    k_max_write: Constant<Bits<32>> = k(MAX_WRITE_LEN as u64),
    k_xoff_reset: Constant<Bits<32>> = k(regs::RXBUF_XOFF_RESET as u64),
    k_xon_reset: Constant<Bits<32>> = k(regs::RXBUF_XON_RESET as u64),
    k_coalesce_reset: Constant<Bits<16>> = k(64),
    k_regions: Constant<Bits<11>> = k(MAX_REGIONS as u64),
    k_status_link: Constant<Bits<32>> = k(regs::STATUS_LINK_UP as u64),
    k_status_paused: Constant<Bits<32>> = k(regs::STATUS_TX_PAUSED as u64),
    k_status_xoff: Constant<Bits<32>> = k(regs::STATUS_XOFF_SENT as u64),
    k_status_local_fault: Constant<Bits<32>> = k(regs::STATUS_LOCAL_FAULT as u64),
    k_status_remote_fault: Constant<Bits<32>> = k(regs::STATUS_REMOTE_FAULT as u64),
    addr_id: Constant<Bits<13>> = k(regs::ID as u64),
    addr_version: Constant<Bits<13>> = k(regs::VERSION as u64),
    addr_caps: Constant<Bits<13>> = k(regs::CAPS as u64),
    addr_caps_regions: Constant<Bits<13>> = k(regs::CAPS_REGIONS as u64),
    addr_mac_lo: Constant<Bits<13>> = k(regs::MAC_LO as u64),
    addr_mac_hi: Constant<Bits<13>> = k(regs::MAC_HI as u64),
    addr_control: Constant<Bits<13>> = k(regs::CONTROL as u64),
    addr_status: Constant<Bits<13>> = k(regs::STATUS as u64),
    addr_max_payload: Constant<Bits<13>> = k(regs::MAX_PAYLOAD as u64),
    addr_pause_quanta: Constant<Bits<13>> = k(regs::PAUSE_QUANTA as u64),
    addr_rxbuf_xoff: Constant<Bits<13>> = k(regs::RXBUF_XOFF as u64),
    addr_rxbuf_xon: Constant<Bits<13>> = k(regs::RXBUF_XON as u64),
    addr_irq_cause: Constant<Bits<13>> = k(regs::IRQ_CAUSE as u64),
    addr_irq_mask: Constant<Bits<13>> = k(regs::IRQ_MASK as u64),
    addr_ack_coalesce: Constant<Bits<13>> = k(regs::ACK_COALESCE as u64),
    addr_ring_base: Constant<Bits<13>> = k(regs::RING_BASE as u64),
    addr_ring_end: Constant<Bits<13>> = ring_reg(regs::RING_COUNT, 0),
    off_base_lo: Constant<Bits<5>> = k(regs::RING_BASE_LO as u64),
    off_base_hi: Constant<Bits<5>> = k(regs::RING_BASE_HI as u64),
    off_size: Constant<Bits<5>> = k(regs::RING_SIZE_LOG2 as u64),
    off_head: Constant<Bits<5>> = k(regs::RING_HEAD as u64),
    off_tail: Constant<Bits<5>> = k(regs::RING_TAIL as u64),
    addr_sq_tail: Constant<Bits<13>> = ring_reg(regs::SQ, regs::RING_TAIL),
    addr_txq_tail: Constant<Bits<13>> = ring_reg(regs::TXQ, regs::RING_TAIL),
    addr_rxq_tail: Constant<Bits<13>> = ring_reg(regs::RXQ, regs::RING_TAIL),
    addr_eq_head: Constant<Bits<13>> = ring_reg(regs::EQ, regs::RING_HEAD),
    addr_ct_rx_start: Constant<Bits<13>> = k(regs::CT_RX_START as u64),
    addr_ct_select: Constant<Bits<13>> = k(regs::CT_SELECT as u64),
    addr_ct_rx_cum: Constant<Bits<13>> = k(regs::CT_RX_CUM as u64),
    addr_ct_rx_high: Constant<Bits<13>> = k(regs::CT_RX_HIGH as u64),
    addr_ct_rx_done: Constant<Bits<13>> = k(regs::CT_RX_DONE as u64),
    addr_rx_map: Constant<Bits<13>> = k(regs::RX_MAP as u64),
    addr_cnt: Constant<Bits<13>> = k(regs::CNT_BASE as u64),
    addr_cnt_end: Constant<Bits<13>> = k((regs::CNT_BASE + 4 * regs::Counter::COUNT as u32) as u64),
    k_ctl_enable: Constant<Bits<5>> = k(regs::CONTROL_ENABLE as u64),
    k_ctl_reset: Constant<Bits<5>> = k(regs::CONTROL_RESET as u64),
    k_ctl_pause_rx: Constant<Bits<5>> = k(regs::CONTROL_PAUSE_RX as u64),
    k_ctl_pause_tx: Constant<Bits<5>> = k(regs::CONTROL_PAUSE_TX as u64),
    k_ctl_promisc: Constant<Bits<5>> = k(regs::CONTROL_PROMISC as u64),
    k_mask_base_lo: Constant<Bits<{ rings::BASE_LO_BITS }>> = k(0xFFFF_FFFF),
    k_mask_base: Constant<Bits<{ rings::BASE_BITS }>> = k(u64::MAX),
    k_mask_log2: Constant<Bits<{ rings::LOG2_BITS }>> = k(0x1F),
    at_halves: halves::At,
    at_rings: rings::At,
    at_region: region::At,
    at_counters: counters::At,
}
}

impl Logic for Nic {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            mac_lo,
            station,
            control,
            max_payload,
            pause_quanta,
            rxbuf_xoff,
            rxbuf_xon,
            irq_cause,
            irq_mask,
            irq_was,
            link_down_was,
            ack_coalesce,
            ring_base_lo,
            ring_base,
            ring_log2,
            sq_tail,
            txq_tail,
            rxq_tail,
            eq_head,
            ct_select,
            snap_high,
            snap_done,
            rst_active,
            rst_rx_done,
            rst_sweep,
            fence,
            rd_pending,
            rd_addr,
            q_sent,
            rd_age,
            rd_arrival,
            cnt_value,
            rd_lo,
            rd_ring,
            rd_snap,
            rd_go,
            rd_data,
            wr_q,
            wr_addr,
            wr_data,
            wr_ring,
            wr_rel
        );
        clock!(self, clock, mac, rx, txq, sq, tx, tables);

        // ---- MAC ----------------------------------------------------------------------------
        self.mac.station.next = self.station.q.val();
        self.mac.rx_pause_enable.next = (self.control.q.val() & self.k_ctl_pause_rx.val()).any();
        self.mac.xgmii_rxd.next = self.xgmii_rxd.val();
        self.mac.xgmii_rxc.next = self.xgmii_rxc.val();
        self.xgmii_txd.next = self.mac.xgmii_txd.val();
        self.xgmii_txc.next = self.mac.xgmii_txc.val();
        // Frame by frame between the TXQ and the SQ engine; PAUSE frames when the receive
        // buffer fills and empties.
        self.tx.txq_data.next = self.txq.tx_data.val();
        self.tx.txq_keep.next = self.txq.tx_keep.val();
        self.tx.txq_valid.next = self.txq.tx_valid.val();
        self.tx.txq_last.next = self.txq.tx_last.val();
        self.txq.tx_ready.next = self.tx.txq_ready.val();
        self.tx.txq_sent.next = self.txq.tx_sent.val();
        self.tx.sq_data.next = self.sq.tx_data.val();
        self.tx.sq_keep.next = self.sq.tx_keep.val();
        self.tx.sq_valid.next = self.sq.tx_valid.val();
        self.tx.sq_last.next = self.sq.tx_last.val();
        self.sq.tx_ready.next = self.tx.sq_ready.val();
        self.tx.sq_sent.next = self.sq.tx_sent.val();
        self.mac.tx_data.next = self.tx.mac_data.val();
        self.mac.tx_keep.next = self.tx.mac_keep.val();
        self.mac.tx_valid.next = self.tx.mac_valid.val();
        self.mac.tx_last.next = self.tx.mac_last.val();
        self.tx.mac_ready.next = self.mac.tx_ready.val();
        self.tx.pause_tx.next = (self.control.q.val() & self.k_ctl_pause_tx.val()).any();
        self.tx.pause_quanta.next = self.pause_quanta.q.val();
        self.tx.rxbuf_xoff.next = self.rxbuf_xoff.q.val();
        self.tx.rxbuf_xon.next = self.rxbuf_xon.q.val();
        self.tx.fill.next = self.rx.fill.val();
        self.mac.tx_send_pause.next = self.tx.send_pause.val();
        self.mac.tx_send_pause_quanta.next = self.tx.send_quanta.val();

        // ---- RX engine --------------------------------------------------------------------------
        self.rx.m_data.next = self.mac.rx_data.val();
        self.rx.m_keep.next = self.mac.rx_keep.val();
        self.rx.m_valid.next = self.mac.rx_valid.val();
        self.rx.m_last.next = self.mac.rx_last.val();
        self.rx.m_error.next = self.mac.rx_error.val();
        self.rx.cfg_mac.next = self.station.q.val();
        self.rx.cfg_enable.next = (self.control.q.val() & self.k_ctl_enable.val()).any();
        self.rx.cfg_promisc.next = (self.control.q.val() & self.k_ctl_promisc.val()).any();
        self.rx.cfg_coalesce.next = self.ack_coalesce.q.val();
        self.rx.eq_base.next = self.ring_base.q.val().get_bits::<64>(self.at_rings.eq_base.val().index());
        self.rx.eq_log2.next = self.ring_log2.q.val().get_bits::<5>(self.at_rings.eq_log2.val().index());
        self.rx.eq_head.next = self.eq_head.q.val();
        self.rx.rxq_base.next = self.ring_base.q.val().get_bits::<64>(self.at_rings.rxq_base.val().index());
        self.rx.rxq_log2.next = self.ring_log2.q.val().get_bits::<5>(self.at_rings.rxq_log2.val().index());
        self.rx.rxq_tail.next = self.rxq_tail.q.val();
        self.rx.ct_req.next = self.tables.ct_req.val();
        self.rx.ct_idx.next = self.tables.ct_idx_out.val();
        self.rx.ct_data.next = self.tables.ct_data_out.val();
        self.rx.ct_start.next = self.tables.ct_start_out.val();
        self.tables.ct_ack.next = self.rx.ct_ack.val();
        self.rx.arm_req.next = self.tables.arm_req.val();
        self.rx.arm_idx.next = self.tables.arm_idx_out.val();
        self.tables.arm_ack.next = self.rx.arm_ack.val();
        self.rx.rt_we.next = self.tables.rt_we.val();
        self.rx.rt_waddr.next = self.tables.rt_waddr.val();
        self.rx.rt_wdata.next = self.tables.rt_wdata.val();
        self.rx.rst_req.next = self.rst_active.q.val() && !self.rst_rx_done.q.val();
        self.rx.q_kind.next = 3.into();
        if self.rd_addr.q.val() == self.addr_ct_rx_cum.val() {
            self.rx.q_kind.next = 0.into();
        }
        self.rx.q_ctx.next = self.ct_select.q.val();
        self.rx.q_word.next = self.rd_addr.q.val().get_bits::<7>(2);
        // Events of the transmit engines, the TXQ's first; the RX engine writes them.
        self.rx.tx_event.req.next = self.txq.event.req.val() || self.sq.event.req.val();
        self.rx.tx_event.kind.next = self.sq.event.kind.val();
        self.rx.tx_event.ctx.next = self.sq.event.ctx.val();
        self.rx.tx_event.a.next = self.sq.event.a.val();
        self.rx.tx_event.b.next = self.sq.event.b.val();
        self.txq.event.ack.next = false;
        self.sq.event.ack.next = false;
        if self.txq.event.req.val() {
            self.rx.tx_event.kind.next = self.txq.event.kind.val();
            self.rx.tx_event.ctx.next = self.txq.event.ctx.val();
            self.rx.tx_event.a.next = self.txq.event.a.val();
            self.rx.tx_event.b.next = self.txq.event.b.val();
            self.txq.event.ack.next = self.rx.tx_event.ack.val();
        } else {
            self.sq.event.ack.next = self.rx.tx_event.ack.val();
        }
        self.dmaw_valid.next = self.rx.dmaw.valid.val();
        self.rx.dmaw.ready.next = self.dmaw_ready.val();
        self.dmaw_addr.next = self.rx.dmaw.addr.val();
        self.dmaw_len.next = self.rx.dmaw.len.val();
        self.dmaw_data.next = self.rx.dmaw.data.val();
        self.dmaw_strb.next = self.rx.dmaw.strb.val();
        self.dmaw_first.next = self.rx.dmaw.first.val();
        self.dmaw_last.next = self.rx.dmaw.last.val();

        // ---- TXQ engine -------------------------------------------------------------------------
        self.txq.enable.next = (self.control.q.val() & self.k_ctl_enable.val()).any();
        self.txq.txq_base.next = self.ring_base.q.val().get_bits::<64>(self.at_rings.txq_base.val().index());
        self.txq.txq_log2.next = self.ring_log2.q.val().get_bits::<5>(self.at_rings.txq_log2.val().index());
        self.txq.txq_tail.next = self.txq_tail.q.val();

        // ---- RDMA TX engine ---------------------------------------------------------------------
        self.sq.enable.next = (self.control.q.val() & self.k_ctl_enable.val()).any();
        self.sq.max_payload.next = self.max_payload.q.val().get_bits::<14>(0);
        self.sq.station.next = self.station.q.val();
        self.sq.sq_base.next = self.ring_base.q.val().get_bits::<64>(self.at_rings.sq_base.val().index());
        self.sq.sq_log2.next = self.ring_log2.q.val().get_bits::<5>(self.at_rings.sq_log2.val().index());
        self.sq.sq_tail.next = self.sq_tail.q.val();
        self.sq.rt_we.next = self.rx.rt_we.val();
        self.sq.rt_waddr.next = self.rx.rt_waddr.val();
        self.sq.rt_wdata.next =
            self.rx.rt_wdata.val().get_bits::<{ region_tx::BITS }>(self.at_region.len.val().index());
        self.sq.ct_we.next = self.tables.sq_ct_we.val();
        self.sq.ct_waddr.next = self.tables.sq_ct_waddr.val();
        self.sq.ct_wdata.next = self.tables.sq_ct_wdata.val();

        // ---- DMA reads --------------------------------------------------------------------------
        DmaRead::<Bits<64>>::join(&mut self.rx.desc_rd, &mut self.dma.rx_desc);
        DmaRead::<Bits<52>>::join(&mut self.rx.list_rd, &mut self.dma.rx_list);
        DmaRead::<Bits<64>>::join(&mut self.txq.rd, &mut self.dma.txq);
        DmaRead::<Bits<64>>::join(&mut self.sq.desc_rd, &mut self.dma.sq_desc);
        DmaRead::<Bits<52>>::join(&mut self.sq.list_rd, &mut self.dma.sq_list);
        DmaRead::<Bits<64>>::join(&mut self.sq.payload_rd, &mut self.dma.sq_payload);
        self.dmar_valid.next = self.dma.bus_valid.val();
        self.dma.bus_ready.next = self.dmar_ready.val();
        self.dmar_tag.next = self.dma.bus_tag.val();
        self.dmar_addr.next = self.dma.bus_addr.val();
        self.dmar_len.next = self.dma.bus_len.val();
        self.dma.bus_beat_valid.next = self.dmar_beat_valid.val();
        self.dma.bus_beat_tag.next = self.dmar_beat_tag.val();
        self.dma.bus_beat_data.next = self.dmar_beat_data.val();
        self.dma.bus_beat_last.next = self.dmar_beat_last.val();
        // ---- interrupts -------------------------------------------------------------------------
        // Causes raised this cycle survive a write-1-to-clear acted on in it (the write was
        // taken a cycle before): `irq_cause` takes them after the write decode.
        self.irq_new.next = 0.into();
        if self.rx.irq_event.val() {
            self.irq_new.next = 1.into();
        }
        if self.rx.irq_overflow.val() {
            self.irq_new.next = self.irq_new.val() | 4;
        }
        self.link_down_was.d.next = self.mac.link_local_fault.val() | self.mac.link_remote_fault.val();
        if self.link_down_was.q.val() != (self.mac.link_local_fault.val() | self.mac.link_remote_fault.val()) {
            self.irq_new.next = self.irq_new.val() | 2;
        }
        self.irq_clear.next = 0.into();

        // ---- reset ------------------------------------------------------------------------------
        // The tables are swept to invalid entries (`TableStage`), the RX engine clears its
        // state; then everything is back to its reset value.
        if self.rx.rst_ack.val() {
            self.rst_rx_done.d.next = true;
        }
        self.sq.reset.next = false;
        self.rst_done.next = false;
        if self.rst_active.q.val() {
            if self.rst_sweep.q.val() < self.k_regions.val() {
                self.rst_sweep.d.next = self.rst_sweep.q.val() + 1;
            } else if self.rst_rx_done.q.val() && self.txq.idle.val() && self.sq.idle.val() {
                // Everything back to its reset value.
                self.rst_active.d.next = false;
                self.sq.reset.next = true;
                self.rst_done.next = true;
                self.mac_lo.d.next = 0.into();
                self.station.d.next = self.board_mac.val();
                self.control.d.next = 0.into();
                self.max_payload.d.next = self.k_max_payload_reset.val();
                self.pause_quanta.d.next = 0xFFFF.into();
                self.rxbuf_xoff.d.next = self.k_xoff_reset.val();
                self.rxbuf_xon.d.next = self.k_xon_reset.val();
                self.irq_cause.d.next = 0.into();
                self.irq_mask.d.next = 0.into();
                self.ack_coalesce.d.next = self.k_coalesce_reset.val();
                self.ring_base_lo.d.next = 0.into();
                self.ring_base.d.next = 0.into();
                self.ring_log2.d.next = 0.into();
                self.sq_tail.d.next = 0.into();
                self.txq_tail.d.next = 0.into();
                self.rxq_tail.d.next = 0.into();
                self.eq_head.d.next = 0.into();
                self.ct_select.d.next = 0.into();
                self.snap_high.d.next = 0.into();
                self.snap_done.d.next = 0.into();
            }
        }
        self.tx.clear.next = self.rst_done.val();
        self.tables.clear.next = self.rst_done.val();
        self.tables.rst_active.next = self.rst_active.q.val();
        self.tables.rst_sweep.next = self.rst_sweep.q.val();

        // ---- register writes --------------------------------------------------------------------
        // A write is taken into registers (with its ring range and offset decoded) and acted on
        // a cycle later, so that no decision runs on from the bus's address. One write per
        // two cycles: a commit's `*_pending` holds the next one back in time.
        self.reg_wr_ready.next =
            !self.tables.ct_req.val() && !self.tables.arm_req.val() && !self.rst_active.q.val() && !self.wr_q.q.val();
        self.wr_q.d.next = self.reg_wr_en.val() && self.reg_wr_ready.val() && self.reg_wr_strb.val().all();
        self.wr_addr.d.next = self.reg_addr.val();
        self.wr_data.d.next = self.reg_wr_data.val();
        self.wr_ring.d.next =
            (self.reg_addr.val() >= self.addr_ring_base.val()) && (self.reg_addr.val() < self.addr_ring_end.val());
        self.wr_rel.d.next = bit_cast::<7, 13>(self.reg_addr.val() - self.addr_ring_base.val());
        self.wr.next = self.wr_q.q.val();
        self.ring_idx.next = self.wr_rel.q.val().get_bits::<2>(5);
        self.ring_off.next = self.wr_rel.q.val().get_bits::<5>(0);
        // The `RT_*` and `CT_*` staging, commits and arms.
        self.tables.wr.next = self.wr.val();
        self.tables.wr_addr.next = self.wr_addr.q.val();
        self.tables.wr_data.next = self.wr_data.q.val();
        if self.tables.commit.val() {
            self.fence.d.next = true;
        }
        if self.wr.val() {
            if self.wr_addr.q.val() == self.addr_mac_lo.val() {
                self.mac_lo.d.next = self.wr_data.q.val();
            } else if self.wr_addr.q.val() == self.addr_mac_hi.val() {
                self.station.d.next = (bit_cast::<48, 16>(self.wr_data.q.val().get_bits::<16>(0))
                    << self.at_halves.mac_hi.val())
                    | bit_cast::<48, 32>(self.mac_lo.q.val());
            } else if self.wr_addr.q.val() == self.addr_control.val() {
                self.control.d.next = self.wr_data.q.val().get_bits::<5>(0) & !self.k_ctl_reset.val();
                if (self.wr_data.q.val().get_bits::<5>(0) & self.k_ctl_reset.val()).any() {
                    self.control.d.next = 0.into();
                    self.rst_active.d.next = true;
                    self.rst_rx_done.d.next = false;
                    self.rst_sweep.d.next = 0.into();
                }
            } else if self.wr_addr.q.val() == self.addr_max_payload.val() {
                if !self.wr_data.q.val().get_bits::<3>(0).any()
                    && (self.wr_data.q.val() >= 8)
                    && (self.wr_data.q.val() <= self.k_max_write.val())
                {
                    self.max_payload.d.next = self.wr_data.q.val();
                }
            } else if self.wr_addr.q.val() == self.addr_pause_quanta.val() {
                self.pause_quanta.d.next = self.wr_data.q.val().get_bits::<16>(0);
            } else if self.wr_addr.q.val() == self.addr_rxbuf_xoff.val() {
                self.rxbuf_xoff.d.next = self.wr_data.q.val();
            } else if self.wr_addr.q.val() == self.addr_rxbuf_xon.val() {
                self.rxbuf_xon.d.next = self.wr_data.q.val();
            } else if self.wr_addr.q.val() == self.addr_irq_cause.val() {
                self.irq_clear.next = self.wr_data.q.val().get_bits::<3>(0);
            } else if self.wr_addr.q.val() == self.addr_irq_mask.val() {
                self.irq_mask.d.next = self.wr_data.q.val().get_bits::<3>(0);
            } else if self.wr_addr.q.val() == self.addr_ack_coalesce.val() {
                self.ack_coalesce.d.next = self.wr_data.q.val().get_bits::<16>(0);
            } else if self.wr_ring.q.val() {
                if self.ring_off.val() == self.off_base_lo.val() {
                    self.ring_base_lo.d.next = self.ring_base_lo.q.val()
                        & !(self.k_mask_base_lo.val() << (bit_cast::<8, 2>(self.ring_idx.val()) << 5));
                    self.ring_base_lo.d.next = self.ring_base_lo.d.val()
                        | (bit_cast::<{ rings::BASE_LO_BITS }, 32>(self.wr_data.q.val())
                            << (bit_cast::<8, 2>(self.ring_idx.val()) << 5));
                } else if self.ring_off.val() == self.off_base_hi.val() {
                    self.ring_base.d.next = self.ring_base.q.val()
                        & !(self.k_mask_base.val() << (bit_cast::<9, 2>(self.ring_idx.val()) << 6));
                    self.ring_base.d.next = self.ring_base.d.val()
                        | (((bit_cast::<{ rings::BASE_BITS }, 32>(self.wr_data.q.val()) << self.at_halves.hi.val())
                            | bit_cast::<{ rings::BASE_BITS }, 32>(
                                self.ring_base_lo
                                    .q
                                    .val()
                                    .get_bits::<32>(bit_cast::<8, 2>(self.ring_idx.val()).index() << 5),
                            ))
                            << (bit_cast::<9, 2>(self.ring_idx.val()) << 6));
                } else if self.ring_off.val() == self.off_size.val() {
                    if self.wr_data.q.val() <= 16 {
                        self.ring_log2.d.next = self.ring_log2.q.val()
                            & !(self.k_mask_log2.val() << (bit_cast::<5, 2>(self.ring_idx.val()) << 3));
                        self.ring_log2.d.next = self.ring_log2.d.val()
                            | (bit_cast::<{ rings::LOG2_BITS }, 5>(self.wr_data.q.val().get_bits::<5>(0))
                                << (bit_cast::<5, 2>(self.ring_idx.val()) << 3));
                    }
                } else if self.wr_addr.q.val() == self.addr_sq_tail.val() {
                    self.sq_tail.d.next = self.wr_data.q.val();
                } else if self.wr_addr.q.val() == self.addr_txq_tail.val() {
                    self.txq_tail.d.next = self.wr_data.q.val();
                } else if self.wr_addr.q.val() == self.addr_rxq_tail.val() {
                    self.rxq_tail.d.next = self.wr_data.q.val();
                } else if self.wr_addr.q.val() == self.addr_eq_head.val() {
                    self.eq_head.d.next = self.wr_data.q.val();
                }
            } else if self.wr_addr.q.val() == self.addr_ct_select.val() {
                self.ct_select.d.next = self.wr_data.q.val().get_bits::<6>(0);
            }
        }

        self.irq_cause.d.next = (self.irq_cause.d.val() & !self.irq_clear.val()) | self.irq_new.val();
        // An MSI for each rise of the masked causes; what a clear leaves counts as the level
        // before the next cycle's, so that a cause raised as the clear is acted on rises again.
        self.irq_now.next = (self.irq_cause.q.val() & self.irq_mask.q.val()).any();
        self.irq_was.d.next = (self.irq_cause.q.val() & !self.irq_clear.val() & self.irq_mask.q.val()).any();
        self.msi_req.next = self.irq_now.val() && !self.irq_was.q.val();

        // ---- register reads ---------------------------------------------------------------------
        self.counters.next = (bit_cast::<{ counters::BITS }, 32>(self.mac.rx_frames.val())
            << self.at_counters.rx_frames.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.mac.rx_bad_fcs.val()) << self.at_counters.rx_bad_fcs.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.mac.rx_runt.val()) << self.at_counters.rx_runt.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.mac.rx_oversize.val()) << self.at_counters.rx_oversize.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.mac.rx_pause.val()) << self.at_counters.rx_pause.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_placed.val()) << self.at_counters.rx_placed.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_placed_bytes.val())
                << self.at_counters.rx_placed_bytes.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_malformed.val())
                << self.at_counters.rx_drop_malformed.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_ctx.val()) << self.at_counters.rx_drop_ctx.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_peer.val()) << self.at_counters.rx_drop_peer.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_tag.val()) << self.at_counters.rx_drop_tag.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_key.val()) << self.at_counters.rx_drop_key.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_bounds.val()) << self.at_counters.rx_drop_bounds.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_dup.val()) << self.at_counters.rx_drop_dup.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_window.val()) << self.at_counters.rx_drop_window.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_nobuf.val()) << self.at_counters.rx_drop_no_buf.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_host.val()) << self.at_counters.rx_host.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.tx.c_tx_frames.val()) << self.at_counters.tx_frames.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.tx.c_tx_writes.val()) << self.at_counters.tx_writes.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.tx.c_tx_pause.val()) << self.at_counters.tx_pause.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.sq.c_sq_errors.val()) << self.at_counters.sq_errors.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.rx.c_eq_overflow.val()) << self.at_counters.eq_overflow.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.mac.rx_unsupported.val())
                << self.at_counters.rx_unsupported_opcode.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.mac.link_local_faults.val())
                << self.at_counters.link_local_faults.val())
            | (bit_cast::<{ counters::BITS }, 32>(self.mac.link_remote_faults.val())
                << self.at_counters.link_remote_faults.val());
        if self.reg_rd_en.val() {
            self.rd_pending.d.next = true;
            self.rd_addr.d.next = self.reg_addr.val();
            self.q_sent.d.next = false;
            self.rd_age.d.next = 0.into();
        } else if self.rd_age.q.val() != 3 {
            self.rd_age.d.next = self.rd_age.q.val() + 1;
        }
        if self.rx.idle.val()
            && self.txq.idle.val()
            && !self.tables.ct_req.val()
            && !self.reg_wr_en.val()
            && !self.wr_q.q.val()
        {
            self.fence.d.next = false;
        }
        self.rd_rel.next = bit_cast::<7, 13>(self.rd_addr.q.val() - self.addr_ring_base.val());
        self.rd_cnt.next = self.rd_addr.q.val() - self.addr_cnt.val();
        self.rx.q_req.next = false;
        self.rd_arrival.d.next =
            (self.rd_addr.q.val() == self.addr_ct_rx_cum.val()) || (self.rd_addr.q.val() >= self.addr_rx_map.val());
        self.cnt_value.d.next = self.counters.val().get_bits::<32>(self.rd_cnt.val().index() << 3);
        self.rd_lo.d.next = 0.into();
        if self.rd_addr.q.val() == self.addr_id.val() {
            self.rd_lo.d.next = self.k_id.val();
        } else if self.rd_addr.q.val() == self.addr_version.val() {
            self.rd_lo.d.next = self.k_version.val();
        } else if self.rd_addr.q.val() == self.addr_caps.val() {
            self.rd_lo.d.next = self.k_caps.val();
        } else if self.rd_addr.q.val() == self.addr_caps_regions.val() {
            self.rd_lo.d.next = self.k_caps_regions.val();
        } else if self.rd_addr.q.val() == self.addr_mac_lo.val() {
            self.rd_lo.d.next = self.station.q.val().get_bits::<32>(0);
        } else if self.rd_addr.q.val() == self.addr_mac_hi.val() {
            self.rd_lo.d.next =
                bit_cast::<32, 16>(self.station.q.val().get_bits::<16>(self.at_halves.mac_hi.val().index()));
        } else if self.rd_addr.q.val() == self.addr_control.val() {
            self.rd_lo.d.next = bit_cast::<32, 5>(self.control.q.val());
            if self.rst_active.q.val() {
                self.rd_lo.d.next = bit_cast::<32, 5>(self.k_ctl_reset.val());
            }
        } else if self.rd_addr.q.val() == self.addr_status.val() {
            self.rd_lo.d.next = self.k_status_link.val();
            if self.mac.link_local_fault.val() {
                self.rd_lo.d.next = self.k_status_local_fault.val();
            }
            if self.mac.link_remote_fault.val() {
                self.rd_lo.d.next = self.k_status_remote_fault.val();
            }
            if self.mac.tx_paused.val() {
                self.rd_lo.d.next = self.rd_lo.d.val() | self.k_status_paused.val();
            }
            if self.tx.xoff_sent.val() {
                self.rd_lo.d.next = self.rd_lo.d.val() | self.k_status_xoff.val();
            }
        } else if self.rd_addr.q.val() == self.addr_max_payload.val() {
            self.rd_lo.d.next = self.max_payload.q.val();
        } else if self.rd_addr.q.val() == self.addr_pause_quanta.val() {
            self.rd_lo.d.next = bit_cast::<32, 16>(self.pause_quanta.q.val());
        } else if self.rd_addr.q.val() == self.addr_rxbuf_xoff.val() {
            self.rd_lo.d.next = self.rxbuf_xoff.q.val();
        } else if self.rd_addr.q.val() == self.addr_rxbuf_xon.val() {
            self.rd_lo.d.next = self.rxbuf_xon.q.val();
        } else if self.rd_addr.q.val() == self.addr_irq_cause.val() {
            self.rd_lo.d.next = bit_cast::<32, 3>(self.irq_cause.q.val());
        } else if self.rd_addr.q.val() == self.addr_irq_mask.val() {
            self.rd_lo.d.next = bit_cast::<32, 3>(self.irq_mask.q.val());
        } else if self.rd_addr.q.val() == self.addr_ack_coalesce.val() {
            self.rd_lo.d.next = bit_cast::<32, 16>(self.ack_coalesce.q.val());
        }
        self.rd_ring.d.next = 0.into();
        if (self.rd_addr.q.val() >= self.addr_ring_base.val()) && (self.rd_addr.q.val() < self.addr_ring_end.val()) {
            if self.rd_rel.val().get_bits::<5>(0) == self.off_base_lo.val() {
                self.rd_ring.d.next =
                    self.ring_base.q.val().get_bits::<32>(self.rd_rel.val().get_bits::<2>(5).index() << 6);
            } else if self.rd_rel.val().get_bits::<5>(0) == self.off_base_hi.val() {
                self.rd_ring.d.next = self.ring_base.q.val().get_bits::<32>(
                    (self.rd_rel.val().get_bits::<2>(5).index() << 6) + self.at_halves.hi.val().index(),
                );
            } else if self.rd_rel.val().get_bits::<5>(0) == self.off_size.val() {
                self.rd_ring.d.next = bit_cast::<32, 5>(
                    self.ring_log2.q.val().get_bits::<5>(self.rd_rel.val().get_bits::<2>(5).index() << 3),
                );
            } else if self.rd_addr.q.val() == self.addr_sq_tail.val() {
                self.rd_ring.d.next = self.sq_tail.q.val();
            } else if self.rd_addr.q.val() == self.addr_txq_tail.val() {
                self.rd_ring.d.next = self.txq_tail.q.val();
            } else if self.rd_addr.q.val() == self.addr_rxq_tail.val() {
                self.rd_ring.d.next = self.rxq_tail.q.val();
            } else if self.rd_addr.q.val() == self.addr_eq_head.val() {
                self.rd_ring.d.next = self.eq_head.q.val();
            } else if self.rd_rel.val().get_bits::<5>(0) == self.off_head.val() {
                if self.rd_rel.val().get_bits::<2>(5) == 0 {
                    self.rd_ring.d.next = self.sq.sq_head.val();
                } else if self.rd_rel.val().get_bits::<2>(5) == 1 {
                    self.rd_ring.d.next = self.txq.txq_head.val();
                } else if self.rd_rel.val().get_bits::<2>(5) == 2 {
                    self.rd_ring.d.next = self.rx.rxq_head.val();
                }
            } else if self.rd_rel.val().get_bits::<5>(0) == self.off_tail.val() {
                self.rd_ring.d.next = self.rx.eq_tail.val();
            }
        }
        self.tables.rd_addr.next = self.rd_addr.q.val();
        self.rd_snap.d.next = 0.into();
        if self.rd_addr.q.val() == self.addr_ct_rx_start.val() {
            self.rd_snap.d.next = self.tables.rx_start.val();
        } else if self.rd_addr.q.val() == self.addr_ct_select.val() {
            self.rd_snap.d.next = bit_cast::<32, 6>(self.ct_select.q.val());
        } else if self.rd_addr.q.val() == self.addr_ct_rx_high.val() {
            self.rd_snap.d.next = self.snap_high.q.val();
        } else if self.rd_addr.q.val() == self.addr_ct_rx_done.val() {
            self.rd_snap.d.next = self.snap_done.q.val();
        } else if (self.rd_addr.q.val() >= self.addr_cnt.val()) && (self.rd_addr.q.val() < self.addr_cnt_end.val()) {
            self.rd_snap.d.next = self.cnt_value.q.val();
        }
        self.rd_go.d.next = false;
        self.rd_data.d.next = self.rd_lo.q.val()
            | self.rd_ring.q.val()
            | self.tables.rd_hi_out.val()
            | self.tables.rd_ct_out.val()
            | self.rd_snap.q.val();
        if self.rd_pending.q.val()
            && (self.rd_age.q.val() >= 2)
            && !self.reg_rd_en.val()
            && !self.fence.q.val()
            && !self.rst_active.q.val()
        {
            if self.rd_arrival.q.val() {
                // Arrival state lives in the RX engine's RAMs; it answers between frames.
                self.rx.q_req.next = !self.q_sent.q.val();
                if self.rx.q_ack.val() {
                    if self.rd_addr.q.val() == self.addr_ct_rx_cum.val() {
                        self.snap_high.d.next = self.rx.q_high.val();
                        self.snap_done.d.next = self.rx.q_done.val();
                    }
                    self.q_sent.d.next = true;
                    self.rd_go.d.next = true;
                    self.rd_data.d.next = self.rx.q_data.val();
                    self.rd_pending.d.next = false;
                }
            } else {
                self.rd_go.d.next = true;
                self.rd_pending.d.next = false;
            }
        }
        self.reg_rd_valid.next = self.rd_go.q.val();
        self.reg_rd_data.next = self.rd_data.q.val();
    }
}
