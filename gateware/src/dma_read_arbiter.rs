//! The NIC's one DMA read master (registers.md §9.2) shared by the engines' six: one request
//! per cycle, the RX engine's first, then the TXQ engine's, then the RDMA TX engine's; each
//! master has its own tag, and the tag routes the data's beats back. Page-list masters take
//! only the entries' bits 63:12 (a page address's low bits are zero).

use rust_hdl::prelude::*;

use crate::ports::DmaReadIn;

block! {
/// `rx_desc` (tag 0), `rx_list` (4), `txq` (1), `sq_desc` (2), `sq_list` (5), `sq_payload`
/// (3); `bus_*` the NIC's `dmar_*` ports.
pub struct DmaReadArbiter {
    pub rx_desc: DmaReadIn<Bits<64>>,
    pub rx_list: DmaReadIn<Bits<52>>,
    pub txq: DmaReadIn<Bits<64>>,
    pub sq_desc: DmaReadIn<Bits<64>>,
    pub sq_list: DmaReadIn<Bits<52>>,
    pub sq_payload: DmaReadIn<Bits<64>>,
    pub bus_valid: Signal<Out, Bit>,
    pub bus_ready: Signal<In, Bit>,
    pub bus_tag: Signal<Out, Bits<8>>,
    pub bus_addr: Signal<Out, Bits<64>>,
    pub bus_len: Signal<Out, Bits<13>>,
    pub bus_beat_valid: Signal<In, Bit>,
    pub bus_beat_tag: Signal<In, Bits<8>>,
    pub bus_beat_data: Signal<In, Bits<64>>,
    pub bus_beat_last: Signal<In, Bit>,
}
}

impl Logic for DmaReadArbiter {
    #[hdl_gen]
    fn update(&mut self) {
        self.bus_valid.next = self.rx_desc.req.val()
            || self.rx_list.req.val()
            || self.txq.req.val()
            || self.sq_desc.req.val()
            || self.sq_list.req.val()
            || self.sq_payload.req.val();
        self.bus_tag.next = 3.into();
        self.bus_addr.next = self.sq_payload.addr.val();
        self.bus_len.next = self.sq_payload.len.val();
        self.rx_desc.ready.next = false;
        self.rx_list.ready.next = false;
        self.txq.ready.next = false;
        self.sq_desc.ready.next = false;
        self.sq_list.ready.next = false;
        self.sq_payload.ready.next = false;
        if self.rx_desc.req.val() {
            self.bus_tag.next = 0.into();
            self.bus_addr.next = self.rx_desc.addr.val();
            self.bus_len.next = self.rx_desc.len.val();
            self.rx_desc.ready.next = self.bus_ready.val();
        } else if self.rx_list.req.val() {
            self.bus_tag.next = 4.into();
            self.bus_addr.next = self.rx_list.addr.val();
            self.bus_len.next = self.rx_list.len.val();
            self.rx_list.ready.next = self.bus_ready.val();
        } else if self.txq.req.val() {
            self.bus_tag.next = 1.into();
            self.bus_addr.next = self.txq.addr.val();
            self.bus_len.next = self.txq.len.val();
            self.txq.ready.next = self.bus_ready.val();
        } else if self.sq_desc.req.val() {
            self.bus_tag.next = 2.into();
            self.bus_addr.next = self.sq_desc.addr.val();
            self.bus_len.next = self.sq_desc.len.val();
            self.sq_desc.ready.next = self.bus_ready.val();
        } else if self.sq_list.req.val() {
            self.bus_tag.next = 5.into();
            self.bus_addr.next = self.sq_list.addr.val();
            self.bus_len.next = self.sq_list.len.val();
            self.sq_list.ready.next = self.bus_ready.val();
        } else {
            self.sq_payload.ready.next = self.bus_ready.val();
        }
        self.rx_desc.beat.next = self.bus_beat_valid.val() && (self.bus_beat_tag.val() == 0);
        self.rx_desc.data.next = self.bus_beat_data.val();
        self.rx_desc.last.next = self.bus_beat_last.val();
        self.rx_list.beat.next = self.bus_beat_valid.val() && (self.bus_beat_tag.val() == 4);
        self.rx_list.data.next = self.bus_beat_data.val().get_bits::<52>(12);
        self.rx_list.last.next = self.bus_beat_last.val();
        self.txq.beat.next = self.bus_beat_valid.val() && (self.bus_beat_tag.val() == 1);
        self.txq.data.next = self.bus_beat_data.val();
        self.txq.last.next = self.bus_beat_last.val();
        self.sq_desc.beat.next = self.bus_beat_valid.val() && (self.bus_beat_tag.val() == 2);
        self.sq_desc.data.next = self.bus_beat_data.val();
        self.sq_desc.last.next = self.bus_beat_last.val();
        self.sq_list.beat.next = self.bus_beat_valid.val() && (self.bus_beat_tag.val() == 5);
        self.sq_list.data.next = self.bus_beat_data.val().get_bits::<52>(12);
        self.sq_list.last.next = self.bus_beat_last.val();
        self.sq_payload.beat.next = self.bus_beat_valid.val() && (self.bus_beat_tag.val() == 3);
        self.sq_payload.data.next = self.bus_beat_data.val();
        self.sq_payload.last.next = self.bus_beat_last.val();
    }
}
