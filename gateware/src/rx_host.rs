//! The RX engine's host path: frames for the host (every frame for this NIC that is not an
//! uzura frame to this station, and the ACKs and NACKs that are) go whole into the next buffer
//! the host posted on the RXQ (registers.md §4.3). `HDesc` reads its `BufDesc`, `HDescWait`
//! takes its two beats (the buffer's address goes to the write path, its length is checked
//! against the frame's), the write path writes the frame, and `HDone` moves `HEAD` on (the
//! engine then posts `EV_RX_FRAME`). A frame that finds no buffer, or too small a one, is
//! dropped and counted `RxDropNoBuf`, as is a frame the ingress cut off for want of room.

use rust_hdl::prelude::*;
use uzura_uapi::ring;

use crate::k;
use crate::ports::DmaRead;
use crate::records::buf_desc;
use crate::rx::RxState;

block! {
/// `rxq_*` the ring's settings and `HEAD`; `desc_rd` reads descriptors; `f_bytes` is the
/// frame's length; `cut` a frame the ingress cut off; `clear` the NIC's reset.
pub struct RxHostPath {
    pub clock: Signal<In, Clock>,
    pub state: Signal<In, RxState>,
    pub rxq_base: Signal<In, Bits<64>>,
    pub rxq_log2: Signal<In, Bits<5>>,
    pub rxq_tail: Signal<In, Bits<32>>,
    pub rxq_head: Signal<Out, Bits<32>>,
    pub desc_rd: DmaRead<Bits<64>>,
    pub f_bytes: Signal<In, Bits<14>>,
    pub cut: Signal<In, Bit>,
    pub clear: Signal<In, Bit>,
    /// The RXQ has no buffer (for `HDesc`).
    pub rxq_empty: Signal<Out, Bit>,
    /// In `HDescWait`: the descriptor's address beat (with the buffer's address, `buf_start`),
    /// its length beat.
    pub addr_beat: Signal<Out, Bit>,
    pub buf_start: Signal<Out, Bits<64>>,
    pub len_beat: Signal<Out, Bit>,
    /// The buffer is smaller than the frame (for `HPiece`).
    pub buf_small: Signal<Out, Bit>,
    pub c_host: Signal<Out, Bits<32>>,
    pub c_nobuf: Signal<Out, Bits<32>>,

    head: DFF<Bits<32>>,
    /// The bus address of the RXQ's head descriptor, registered off the index (which moves at
    /// least two cycles before its next use), so that the DMA request leaves from registers.
    desc_addr: DFF<Bits<64>>,
    /// The ring's index mask (size - 1), registered so that the entry's address does not run
    /// on from a shifter and a decrement.
    mask: DFF<Bits<32>>,
    size: Signal<Local, Bits<32>>,
    /// The RXQ has no buffer, registered (the head moves at `HDone`, cycles before the next
    /// `HDesc`; a tail a cycle old is one the host wrote a cycle later), so that the descriptor
    /// request, which the other engines' DMA grants follow, leaves from a register rather than
    /// a 32-bit compare.
    empty: DFF<Bit>,
    desc_beat: DFF<Bit>,
    /// The buffer is smaller than the frame, registered off the descriptor's beat and acted
    /// on in `HPiece`, so that the compare does not run on into the state.
    too_small: DFF<Bit>,
    cnt_host: DFF<Bits<32>>,
    cnt_nobuf: DFF<Bits<32>>,
    /// A host frame dropped for want of a buffer (`HDesc`, `HPiece`), counted a cycle later, as
    /// `cut` is: the counter has one adder, of the two pulses' sum, outside the state machine.
    nobuf_host: DFF<Bit>,
    nobuf_new: Signal<Local, Bits<2>>,

    k_one32: Constant<Bits<32>> = k(1),
    k_desc_len: Constant<Bits<13>> = k(ring::BufDesc::LEN as u64),
    at_buf_desc: buf_desc::At,
}
}

impl Logic for RxHostPath {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, head, desc_addr, mask, empty, desc_beat, too_small, cnt_host, cnt_nobuf, nobuf_host);
        self.desc_rd.req.next = false;
        self.desc_rd.addr.next = 0.into();
        self.desc_rd.len.next = 0.into();
        self.rxq_head.next = self.head.q.val();
        self.size.next = self.k_one32.val() << self.rxq_log2.val();
        if self.rxq_log2.val() == 0 {
            self.size.next = 0.into();
        }
        self.mask.d.next = self.size.val() - 1;
        self.desc_addr.d.next = self.rxq_base.val() + (bit_cast::<64, 32>(self.head.q.val() & self.mask.q.val()) << 4);
        self.empty.d.next = (self.head.q.val() == self.rxq_tail.val()) || (self.size.val() == 0);
        self.rxq_empty.next = self.empty.q.val();
        self.buf_small.next = self.too_small.q.val();
        self.addr_beat.next = false;
        self.buf_start.next = self.desc_rd.data.val();
        self.len_beat.next = false;
        self.nobuf_host.d.next = false;
        self.nobuf_new.next =
            bit_cast::<2, 1>(self.cut.val().into()) + bit_cast::<2, 1>(self.nobuf_host.q.val().into());
        if self.nobuf_new.val().any() {
            self.cnt_nobuf.d.next = self.cnt_nobuf.q.val() + bit_cast::<32, 2>(self.nobuf_new.val());
        }
        match self.state.val() {
            RxState::HDesc => {
                if self.empty.q.val() {
                    self.nobuf_host.d.next = true;
                } else {
                    self.desc_rd.req.next = true;
                    self.desc_rd.addr.next = self.desc_addr.q.val();
                    self.desc_rd.len.next = self.k_desc_len.val();
                    if self.desc_rd.ready.val() {
                        self.desc_beat.d.next = false;
                    }
                }
            }
            RxState::HDescWait => {
                if self.desc_rd.beat.val() {
                    self.desc_beat.d.next = true;
                    if !self.desc_beat.q.val() {
                        self.addr_beat.next = true;
                    } else {
                        self.len_beat.next = true;
                        self.too_small.d.next = self
                            .desc_rd
                            .data
                            .val()
                            .get_bits::<{ buf_desc::LEN.width }>(self.at_buf_desc.len.val().index())
                            < bit_cast::<16, 14>(self.f_bytes.val());
                    }
                }
            }
            RxState::HPiece => {
                if self.too_small.q.val() {
                    // Too small: the buffer stays at the head for a frame that fits. Only the
                    // first piece can see it set; nothing has been read or written yet.
                    self.too_small.d.next = false;
                    self.nobuf_host.d.next = true;
                }
            }
            RxState::HDone => {
                self.cnt_host.d.next = self.cnt_host.q.val() + 1;
                self.head.d.next = self.head.q.val() + 1;
            }
            _ => {}
        }
        if self.clear.val() {
            self.cnt_nobuf.d.next = 0.into();
            self.cnt_host.d.next = 0.into();
            self.head.d.next = 0.into();
        }
        self.c_host.next = self.cnt_host.q.val();
        self.c_nobuf.next = self.cnt_nobuf.q.val();
    }
}
