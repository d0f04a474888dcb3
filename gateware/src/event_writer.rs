//! The event writer: one `ring::Event` at a time into the EQ (registers.md §4.4), as one
//! 16-byte DMA write of two beats with the phase bit in the last, or counted lost
//! (`EqOverflow`) when the ring is full. The RX engine owns it, so that one block orders every
//! DMA write: an event is always issued after the writes it reports. The engine loads an
//! event (`load`: its own `EV_RX` and `EV_RX_FRAME`, or one the transmit engines asked for),
//! goes to `EvPost`, which writes the first beat, and `EvBeat1`, which writes the second and
//! moves `TAIL` on.

use rust_hdl::prelude::*;
use uzura_uapi::ring;

use crate::k;
use crate::ports::DmaWrite;
use crate::records::event;
use crate::rx::RxState;

block! {
/// `eq_*` the ring's settings, `HEAD` and `TAIL`; `load` with `kind` .. `c` takes an event;
/// `clear` empties the ring and the counter (the NIC's reset).
pub struct EventWriter {
    pub clock: Signal<In, Clock>,
    pub state: Signal<In, RxState>,
    pub eq_base: Signal<In, Bits<64>>,
    pub eq_log2: Signal<In, Bits<5>>,
    pub eq_head: Signal<In, Bits<32>>,
    pub eq_tail: Signal<Out, Bits<32>>,
    pub load: Signal<In, Bit>,
    pub kind: Signal<In, Bits<8>>,
    pub reason: Signal<In, Bits<8>>,
    pub ctx: Signal<In, Bits<16>>,
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    pub c: Signal<In, Bits<16>>,
    pub clear: Signal<In, Bit>,
    pub dmaw: DmaWrite,
    /// In `EvPost`: the event is lost (the EQ is full), the first beat is taken. In `EvBeat1`:
    /// the event is written.
    pub lost: Signal<Out, Bit>,
    pub beat0: Signal<Out, Bit>,
    pub written: Signal<Out, Bit>,
    /// Pulses: an event was written; an event was lost.
    pub irq_event: Signal<Out, Bit>,
    pub irq_overflow: Signal<Out, Bit>,
    pub c_eq_overflow: Signal<Out, Bits<32>>,

    ev_kind: DFF<Bits<8>>,
    ev_reason: DFF<Bits<8>>,
    ev_ctx: DFF<Bits<16>>,
    ev_a: DFF<Bits<32>>,
    ev_b: DFF<Bits<32>>,
    ev_c: DFF<Bits<16>>,
    tail: DFF<Bits<32>>,
    /// The bus address of the EQ's tail entry, registered off the index (which moves at least
    /// two cycles before its next use), so that the DMA write leaves from registers.
    entry_addr: DFF<Bits<64>>,
    size: Signal<Local, Bits<32>>,
    /// The ring's index mask (size - 1), registered so that the entry's address does not run
    /// on from a shifter and a decrement.
    mask: DFF<Bits<32>>,
    /// The EQ is full, two registers off the tail and the head: the entries in use, then the
    /// test of their bits above the mask (a head two cycles old is one the host wrote two
    /// cycles later). `EvPost` waits while a tail move is on its way (`moved`).
    used: DFF<Bits<32>>,
    full: DFF<Bit>,
    /// The tail moved one (bit 0) or two (bit 1) cycles ago.
    moved: DFF<Bits<2>>,
    cnt_overflow: DFF<Bits<32>>,

    k_one32: Constant<Bits<32>> = k(1),
    k_event_len: Constant<Bits<13>> = k(ring::Event::LEN as u64),
    at_event: event::At,
}
}

impl Logic for EventWriter {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            ev_kind,
            ev_reason,
            ev_ctx,
            ev_a,
            ev_b,
            ev_c,
            tail,
            entry_addr,
            mask,
            used,
            full,
            moved,
            cnt_overflow
        );
        if self.load.val() {
            self.ev_kind.d.next = self.kind.val();
            self.ev_reason.d.next = self.reason.val();
            self.ev_ctx.d.next = self.ctx.val();
            self.ev_a.d.next = self.a.val();
            self.ev_b.d.next = self.b.val();
            self.ev_c.d.next = self.c.val();
        }
        self.eq_tail.next = self.tail.q.val();
        self.size.next = self.k_one32.val() << self.eq_log2.val();
        if self.eq_log2.val() == 0 {
            self.size.next = 0.into();
        }
        self.mask.d.next = self.size.val() - 1;
        self.entry_addr.d.next = self.eq_base.val() + (bit_cast::<64, 32>(self.tail.q.val() & self.mask.q.val()) << 4);
        // Entries in use at or past the ring's size: any of them above the mask's bits (no
        // compare after the subtraction). The mask's top bit is set only with the ring off
        // (size 0), which is always full.
        self.used.d.next = self.tail.q.val() - self.eq_head.val();
        self.full.d.next = self.mask.q.val().get_bit(31) || (self.used.q.val() & !self.mask.q.val()).any();
        self.moved.d.next = self.moved.q.val() << 1;
        self.dmaw.valid.next = false;
        self.dmaw.addr.next = self.entry_addr.q.val();
        self.dmaw.len.next = self.k_event_len.val();
        self.dmaw.first.next = false;
        self.dmaw.last.next = false;
        self.dmaw.strb.next = 0xFF.into();
        self.dmaw.data.next = 0.into();
        self.lost.next = false;
        self.beat0.next = false;
        self.written.next = false;
        self.irq_event.next = false;
        self.irq_overflow.next = false;
        if self.state.val() == RxState::EvPost {
            self.dmaw.first.next = true;
            self.dmaw.data.next = (bit_cast::<64, 8>(self.ev_kind.q.val()) << self.at_event.kind.val())
                | (bit_cast::<64, 8>(self.ev_reason.q.val()) << self.at_event.reason.val())
                | (bit_cast::<64, 16>(self.ev_ctx.q.val()) << self.at_event.ctx.val())
                | (bit_cast::<64, 32>(self.ev_a.q.val()) << self.at_event.a.val());
            if self.moved.q.val().any() {
                // `full` and `entry_addr` still see the old tail.
            } else if self.full.q.val() {
                self.cnt_overflow.d.next = self.cnt_overflow.q.val() + 1;
                self.irq_overflow.next = true;
                self.lost.next = true;
            } else {
                self.dmaw.valid.next = true;
                self.beat0.next = self.dmaw.ready.val();
            }
        }
        if self.state.val() == RxState::EvBeat1 {
            self.dmaw.last.next = true;
            // Phase 1 on even passes around the ring.
            self.dmaw.data.next = (bit_cast::<64, 32>(self.ev_b.q.val()) << self.at_event.b.val())
                | (bit_cast::<64, 16>(self.ev_c.q.val()) << self.at_event.c.val());
            if !(self.tail.q.val() & self.size.val()).any() {
                self.dmaw.data.next = (bit_cast::<64, 32>(self.ev_b.q.val()) << self.at_event.b.val())
                    | (bit_cast::<64, 16>(self.ev_c.q.val()) << self.at_event.c.val())
                    | (bit_cast::<64, 1>(true.into()) << self.at_event.phase.val());
            }
            self.dmaw.valid.next = true;
            if self.dmaw.ready.val() {
                self.tail.d.next = self.tail.q.val() + 1;
                self.moved.d.next = 1.into();
                self.irq_event.next = true;
                self.written.next = true;
            }
        }
        if self.clear.val() {
            self.cnt_overflow.d.next = 0.into();
            self.tail.d.next = 0.into();
            self.moved.d.next = 1.into();
        }
        self.c_eq_overflow.next = self.cnt_overflow.q.val();
    }
}
