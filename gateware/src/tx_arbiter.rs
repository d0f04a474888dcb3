//! The MAC's transmit side as the NIC shares it: frames from the TXQ engine and the RDMA TX
//! engine, frame by frame, round-robin when both have one; PAUSE frames (IEEE 802.3x) sent
//! when the receive buffer fills (XOFF at `RXBUF_XOFF`, repeated at half the pause time) and
//! empties (XON below `RXBUF_XON`, registers.md §6.2); and the transmit counters.

use rust_hdl::prelude::*;

block! {
/// `txq_*`, `sq_*`: the two engines' frame streams; `mac_*`: the MAC's; `send_pause` with
/// `send_quanta` asks the MAC for a PAUSE frame. `clear` zeroes the counters (the NIC's reset).
pub struct TxArbiter {
    pub clock: Signal<In, Clock>,
    pub txq_data: Signal<In, Bits<64>>,
    pub txq_keep: Signal<In, Bits<8>>,
    pub txq_valid: Signal<In, Bit>,
    pub txq_last: Signal<In, Bit>,
    pub txq_ready: Signal<Out, Bit>,
    pub txq_sent: Signal<In, Bit>,
    pub sq_data: Signal<In, Bits<64>>,
    pub sq_keep: Signal<In, Bits<8>>,
    pub sq_valid: Signal<In, Bit>,
    pub sq_last: Signal<In, Bit>,
    pub sq_ready: Signal<Out, Bit>,
    pub sq_sent: Signal<In, Bit>,
    pub mac_data: Signal<Out, Bits<64>>,
    pub mac_keep: Signal<Out, Bits<8>>,
    pub mac_valid: Signal<Out, Bit>,
    pub mac_last: Signal<Out, Bit>,
    pub mac_ready: Signal<In, Bit>,
    /// `CONTROL_PAUSE_TX`, `PAUSE_QUANTA`, `RXBUF_XOFF`, `RXBUF_XON`, and the receive buffer's
    /// fill in words.
    pub pause_tx: Signal<In, Bit>,
    pub pause_quanta: Signal<In, Bits<16>>,
    pub rxbuf_xoff: Signal<In, Bits<32>>,
    pub rxbuf_xon: Signal<In, Bits<32>>,
    pub fill: Signal<In, Bits<14>>,
    pub send_pause: Signal<Out, Bit>,
    pub send_quanta: Signal<Out, Bits<16>>,
    /// XOFF sent and not yet XON (`STATUS_XOFF_SENT`).
    pub xoff_sent: Signal<Out, Bit>,
    pub clear: Signal<In, Bit>,
    pub c_tx_frames: Signal<Out, Bits<32>>,
    pub c_tx_writes: Signal<Out, Bits<32>>,
    pub c_tx_pause: Signal<Out, Bits<32>>,

    // A frame is leaving, from the SQ engine; the SQ engine sent last.
    tx_busy: DFF<Bit>,
    tx_from_sq: DFF<Bit>,
    sq_last_sent: DFF<Bit>,
    /// The pick for the next frame, registered off both sources' `valid` (a source stays
    /// valid until the MAC takes its frame), so that the MAC's first word does not wait for
    /// the choice. A source that became valid this cycle waits one more.
    idle_pick_sq: DFF<Bit>,
    tx_pick_sq: Signal<Local, Bit>,
    // A frame left (any, RDMA, PAUSE): the transmit counters count a cycle late, so that the
    // arbiter's decision does not run on into a 32-bit increment.
    sent_r: DFF<Bit>,
    sq_sent_r: DFF<Bit>,
    pause_sent_r: DFF<Bit>,
    tx_sent_inc: Signal<Local, Bits<2>>,
    tx_frames: DFF<Bits<32>>,
    tx_writes: DFF<Bits<32>>,
    tx_pause: DFF<Bits<32>>,
    // PAUSE generation. The receive buffer's fill (registered in the RX engine) is compared
    // with the thresholds, and the outcome registered: XOFF and XON follow the fill two cycles
    // late, 16 bytes of a buffer whose thresholds leave kilobytes of room.
    fill_over_xoff: DFF<Bit>,
    fill_under_xon: DFF<Bit>,
    xoff_sent_r: DFF<Bit>,
    xoff_timer: DFF<Bits<24>>,
    fill_bytes: Signal<Local, Bits<32>>,
    pause_now: Signal<Local, Bit>,
    quanta_now: Signal<Local, Bits<16>>,
}
}

impl Logic for TxArbiter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            tx_busy,
            tx_from_sq,
            sq_last_sent,
            idle_pick_sq,
            sent_r,
            sq_sent_r,
            pause_sent_r,
            tx_frames,
            tx_writes,
            tx_pause,
            fill_over_xoff,
            fill_under_xon,
            xoff_sent_r,
            xoff_timer
        );
        self.tx_pick_sq.next = self.tx_from_sq.q.val();
        if !self.tx_busy.q.val() {
            self.tx_pick_sq.next = self.idle_pick_sq.q.val();
        }
        self.mac_data.next = self.txq_data.val();
        self.mac_keep.next = self.txq_keep.val();
        self.mac_valid.next = self.txq_valid.val();
        self.mac_last.next = self.txq_last.val();
        self.txq_ready.next = self.mac_ready.val() && !self.tx_pick_sq.val();
        self.sq_ready.next = self.mac_ready.val() && self.tx_pick_sq.val();
        if self.tx_pick_sq.val() {
            self.mac_data.next = self.sq_data.val();
            self.mac_keep.next = self.sq_keep.val();
            self.mac_valid.next = self.sq_valid.val();
            self.mac_last.next = self.sq_last.val();
        }
        if self.mac_valid.val() && self.mac_ready.val() {
            self.tx_busy.d.next = !self.mac_last.val();
            self.tx_from_sq.d.next = self.tx_pick_sq.val();
            if self.mac_last.val() {
                self.sq_last_sent.d.next = self.tx_pick_sq.val();
            }
        }
        self.idle_pick_sq.d.next = self.sq_valid.val() && (!self.txq_valid.val() || !self.sq_last_sent.d.val());
        self.sent_r.d.next = self.txq_sent.val() || self.sq_sent.val();
        self.sq_sent_r.d.next = self.sq_sent.val();
        self.tx_sent_inc.next =
            bit_cast::<2, 1>(self.sent_r.q.val().into()) + bit_cast::<2, 1>(self.pause_sent_r.q.val().into());
        self.tx_frames.d.next = self.tx_frames.q.val() + bit_cast::<32, 2>(self.tx_sent_inc.val());
        if self.sq_sent_r.q.val() {
            self.tx_writes.d.next = self.tx_writes.q.val() + 1;
        }
        if self.pause_sent_r.q.val() {
            self.tx_pause.d.next = self.tx_pause.q.val() + 1;
        }

        // XOFF when the receive buffer reaches RXBUF_XOFF, repeated at half the pause time;
        // XON when it falls below RXBUF_XON.
        self.fill_bytes.next = bit_cast::<32, 14>(self.fill.val()) << 3;
        self.fill_over_xoff.d.next = self.fill_bytes.val() >= self.rxbuf_xoff.val();
        self.fill_under_xon.d.next = self.fill_bytes.val() < self.rxbuf_xon.val();
        self.pause_now.next = false;
        self.quanta_now.next = self.pause_quanta.val();
        if self.xoff_timer.q.val().any() {
            self.xoff_timer.d.next = self.xoff_timer.q.val() - 1;
        }
        if self.pause_tx.val() {
            if !self.xoff_sent_r.q.val() && self.fill_over_xoff.q.val() {
                self.pause_now.next = true;
            } else if self.xoff_sent_r.q.val() && self.fill_under_xon.q.val() {
                self.pause_now.next = true;
                self.quanta_now.next = 0.into();
            } else if self.xoff_sent_r.q.val() && !self.xoff_timer.q.val().any() {
                self.pause_now.next = true;
            }
        } else if self.xoff_sent_r.q.val() {
            self.pause_now.next = true;
            self.quanta_now.next = 0.into();
        }
        if self.pause_now.val() {
            self.xoff_sent_r.d.next = self.quanta_now.val().any();
            self.xoff_timer.d.next = bit_cast::<24, 16>(self.pause_quanta.val()) << 2;
        }
        self.send_pause.next = self.pause_now.val();
        self.send_quanta.next = self.quanta_now.val();
        self.pause_sent_r.d.next = self.pause_now.val();
        self.xoff_sent.next = self.xoff_sent_r.q.val();
        if self.clear.val() {
            self.tx_writes.d.next = 0.into();
            self.tx_frames.d.next = 0.into();
            self.tx_pause.d.next = 0.into();
            self.sent_r.d.next = false;
            self.sq_sent_r.d.next = false;
            self.pause_sent_r.d.next = false;
        }
        self.c_tx_frames.next = self.tx_frames.q.val();
        self.c_tx_writes.next = self.tx_writes.q.val();
        self.c_tx_pause.next = self.tx_pause.q.val();
    }
}
