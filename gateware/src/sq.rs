//! The RDMA TX engine: SQ descriptors (first transmissions and retransmissions) to WRITE
//! frames at line rate (registers.md §4.2, docs/protocol.md §4).
//!
//! Two halves joined by a record FIFO, so that DMA read latency overlaps transmission: the
//! [`SqRequester`] fetches and checks descriptors, sizes frames and asks for their payload
//! (tag 3) without waiting for the data; the [`SqAssembler`] builds the frames from its records
//! and the payload beats as they arrive. Descriptor reads use tag 2, the page cache's reads
//! tag 5. The bus returns each tag's beats in order and, in this design, all reads in request
//! order (registers.md §9.2).

use rust_hdl::prelude::*;

use crate::ports::{DmaRead, EventRequest};
use crate::records::{context, region_tx};
use crate::sq_assemble::SqAssembler;
use crate::sq_request::SqRequester;

block! {
/// `ct_*`/`rt_*` write this engine's copies of the context table (with the peer's tag) and of
/// the region table (without keys); `desc_rd` reads descriptors,
/// `list_rd` page lists (the page cache's), `payload_rd` payload; `event` asks the RX engine's
/// event writer for events.
pub struct SqEngine {
    pub clock: Signal<In, Clock>,
    pub enable: Signal<In, Bit>,
    /// Return to the reset state (the NIC's reset, with the engine idle).
    pub reset: Signal<In, Bit>,
    pub max_payload: Signal<In, Bits<14>>,
    pub station: Signal<In, Bits<48>>,
    pub sq_base: Signal<In, Bits<64>>,
    pub sq_log2: Signal<In, Bits<5>>,
    pub sq_tail: Signal<In, Bits<32>>,
    pub sq_head: Signal<Out, Bits<32>>,
    pub rt_we: Signal<In, Bit>,
    pub rt_waddr: Signal<In, Bits<10>>,
    pub rt_wdata: Signal<In, Bits<{ region_tx::BITS }>>,
    pub ct_we: Signal<In, Bit>,
    pub ct_waddr: Signal<In, Bits<6>>,
    pub ct_wdata: Signal<In, Bits<{ context::BITS }>>,
    pub desc_rd: DmaRead<Bits<64>>,
    /// Page-list entries, bits 63:12.
    pub list_rd: DmaRead<Bits<52>>,
    pub payload_rd: DmaRead<Bits<64>>,
    pub event: EventRequest,
    pub tx_data: Signal<Out, Bits<64>>,
    pub tx_keep: Signal<Out, Bits<8>>,
    pub tx_valid: Signal<Out, Bit>,
    pub tx_last: Signal<Out, Bit>,
    pub tx_ready: Signal<In, Bit>,
    pub tx_sent: Signal<Out, Bit>,
    pub idle: Signal<Out, Bit>,
    pub c_sq_errors: Signal<Out, Bits<32>>,

    request: SqRequester,
    assemble: SqAssembler,
}
}

impl Logic for SqEngine {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, request, assemble);
        self.request.enable.next = self.enable.val();
        self.request.reset.next = self.reset.val();
        self.request.max_payload.next = self.max_payload.val();
        self.request.station.next = self.station.val();
        self.request.sq_base.next = self.sq_base.val();
        self.request.sq_log2.next = self.sq_log2.val();
        self.request.sq_tail.next = self.sq_tail.val();
        self.request.rt_we.next = self.rt_we.val();
        self.request.rt_waddr.next = self.rt_waddr.val();
        self.request.rt_wdata.next = self.rt_wdata.val();
        self.request.ct_we.next = self.ct_we.val();
        self.request.ct_waddr.next = self.ct_waddr.val();
        self.request.ct_wdata.next = self.ct_wdata.val();
        DmaRead::<Bits<64>>::link(&mut self.desc_rd, &mut self.request.desc_rd);
        DmaRead::<Bits<52>>::link(&mut self.list_rd, &mut self.request.list_rd);
        DmaRead::<Bits<64>>::link(&mut self.payload_rd, &mut self.request.payload_rd);
        self.assemble.reset.next = self.reset.val();
        self.assemble.rec.next = self.request.rec.val();
        self.assemble.rec_empty.next = self.request.rec_empty.val();
        self.request.rec_read.next = self.assemble.rec_read.val();
        self.assemble.beat.next = self.request.beat.val();
        self.assemble.beat_empty.next = self.request.beat_empty.val();
        self.request.beat_read.next = self.assemble.beat_read.val();
        self.request.word_taken.next = self.assemble.word_taken.val();
        EventRequest::link(&mut self.event, &mut self.assemble.event);
        self.tx_data.next = self.assemble.tx_data.val();
        self.tx_keep.next = self.assemble.tx_keep.val();
        self.tx_valid.next = self.assemble.tx_valid.val();
        self.tx_last.next = self.assemble.tx_last.val();
        self.assemble.tx_ready.next = self.tx_ready.val();
        self.tx_sent.next = self.assemble.tx_sent.val();
        self.sq_head.next = self.assemble.sq_head.val();
        self.c_sq_errors.next = self.assemble.c_sq_errors.val();
        self.idle.next = self.request.idle.val() && self.assemble.idle.val();
    }
}
