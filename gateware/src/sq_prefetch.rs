//! The RDMA TX engine's descriptor prefetcher: it reads SQ descriptors up to `TAIL` ahead of
//! the requester, into a FIFO of four, so that taking the next descriptor does not wait for a
//! read queued behind the current one's payload reads (the bus returns reads in request order:
//! at MTU 9000 that wait emptied the pipeline at every descriptor). Disabled with descriptors
//! prefetched, it throws them away (`flushing`) and returns to the requester's index.

use rust_hdl::prelude::*;
use uzura_uapi::ring::SqDesc;

use crate::k;
use crate::ports::DmaRead;
use crate::records::sq_desc;

/// Prefetched descriptors: four of eight beats.
type DescFifo = SynchronousFIFO<Bits<64>, 5, 6, 1>;
const DESC_FIFO_WORDS: u64 = 32;
const DESC_BEATS: u64 = sq_desc::BEATS as u64;
// A descriptor's address is its index shifted by 6.
const _: () = assert!(SqDesc::LEN == 1 << 6);

block! {
/// `fetch` is the requester's next index, `rq_idle` the requester between descriptors; `take`
/// pops the descriptor FIFO's head `desc`.
pub struct SqPrefetch {
    pub clock: Signal<In, Clock>,
    pub enable: Signal<In, Bit>,
    /// Return to the reset state (the NIC's reset, with the engine idle).
    pub reset: Signal<In, Bit>,
    pub sq_base: Signal<In, Bits<64>>,
    pub sq_log2: Signal<In, Bits<5>>,
    pub sq_tail: Signal<In, Bits<32>>,
    pub desc_rd: DmaRead<Bits<64>>,
    pub fetch: Signal<In, Bits<32>>,
    pub rq_idle: Signal<In, Bit>,
    pub take: Signal<In, Bit>,
    pub desc: Signal<Out, Bits<64>>,
    pub desc_empty: Signal<Out, Bit>,
    /// The descriptor at `fetch` has been asked for (it is below `TAIL`).
    pub ahead: Signal<Out, Bit>,
    pub flushing: Signal<Out, Bit>,
    /// No read asked for, no beat held.
    pub idle: Signal<Out, Bit>,

    desc_fifo: DescFifo,
    /// The next SQ index to read and its bus address (computed a cycle ahead, so that the
    /// request leaves from registers), a read being asked for, the descriptor FIFO's beats
    /// reserved (asked for and not yet taken), and `flushing`: the engine was disabled with
    /// descriptors prefetched, which are thrown away before `pre` returns to `fetch`.
    pre: DFF<Bits<32>>,
    pre_addr: DFF<Bits<64>>,
    pre_asking: DFF<Bit>,
    desc_used: DFF<Bits<6>>,
    flushing_r: DFF<Bit>,
    desc_pop: Signal<Local, Bit>,
    /// `desc_used` with this cycle's reservation (a local: rust-hdl's simulator reads a
    /// flip-flop's input as it was before this update).
    desc_asked: Signal<Local, Bits<6>>,
    /// The ring's index mask (size - 1; 0 while the ring is off), registered so that the
    /// descriptor address does not run on from a shifter and a decrement.
    ring_mask: DFF<Bits<32>>,

    k_one32: Constant<Bits<32>> = k(1),
    k_desc_room: Constant<Bits<6>> = k(DESC_FIFO_WORDS - DESC_BEATS),
    k_desc_beats: Constant<Bits<6>> = k(DESC_BEATS),
    k_desc_len: Constant<Bits<13>> = k(SqDesc::LEN as u64),
}
}

impl Logic for SqPrefetch {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, pre, pre_addr, pre_asking, desc_used, flushing_r, ring_mask);
        clock!(self, clock, desc_fifo);
        self.ring_mask.d.next = (self.k_one32.val() << self.sq_log2.val()) - 1;
        self.desc_rd.req.next = self.pre_asking.q.val();
        self.desc_rd.addr.next = self.pre_addr.q.val();
        self.desc_rd.len.next = self.k_desc_len.val();
        self.desc_fifo.write.next = self.desc_rd.beat.val();
        self.desc_fifo.data_in.next = self.desc_rd.data.val();
        self.desc_fifo.read.next = false;
        self.desc_pop.next = false;
        self.desc_asked.next = self.desc_used.q.val();
        if self.pre_asking.q.val() {
            if self.desc_rd.ready.val() {
                self.pre_asking.d.next = false;
                self.pre.d.next = self.pre.q.val() + 1;
            }
        } else if self.enable.val()
            && self.sq_log2.val().any()
            && !self.flushing_r.q.val()
            && (self.pre.q.val() != self.sq_tail.val())
            && (self.desc_used.q.val() <= self.k_desc_room.val())
        {
            self.pre_asking.d.next = true;
            self.pre_addr.d.next =
                self.sq_base.val() + (bit_cast::<64, 32>(self.pre.q.val() & self.ring_mask.q.val()) << 6);
            self.desc_asked.next = self.desc_used.q.val() + self.k_desc_beats.val();
        }
        if !self.enable.val() && self.rq_idle.val() && (self.pre.q.val() != self.fetch.val()) {
            self.flushing_r.d.next = true;
        }
        if self.flushing_r.q.val() && !self.pre_asking.q.val() {
            if !self.desc_used.q.val().any() {
                self.flushing_r.d.next = false;
                self.pre.d.next = self.fetch.val();
            } else if !self.desc_fifo.empty.val() {
                self.desc_pop.next = true;
            }
        }
        if self.take.val() {
            self.desc_pop.next = true;
        }
        self.desc_used.d.next = self.desc_asked.val();
        if self.desc_pop.val() {
            self.desc_fifo.read.next = true;
            self.desc_used.d.next = self.desc_asked.val() - 1;
        }
        self.desc.next = self.desc_fifo.data_out.val();
        self.desc_empty.next = self.desc_fifo.empty.val();
        self.ahead.next = self.pre.q.val() != self.fetch.val();
        self.flushing.next = self.flushing_r.q.val();
        self.idle.next = !self.pre_asking.q.val() && !self.desc_used.q.val().any();
        if self.reset.val() {
            self.pre.d.next = 0.into();
            self.flushing_r.d.next = false;
        }
    }
}
