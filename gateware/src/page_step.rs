//! A bus address moved on by a DMA piece, which never crosses a 4 KiB page (it may end on the
//! boundary): the page after `addr`'s is registered a cycle ahead, so that only the offset's
//! 13-bit adder and a choice remain, not a 64-bit carry chain.

use rust_hdl::prelude::*;
use uzura_uapi::proto::PAGE_SIZE;

const _: () = assert!(PAGE_SIZE == 4096, "the page offset is address bits 11:0");

block! {
/// `sum` is `addr + step`, right when `addr` has held since the cycle before and `addr`'s
/// offset in its page plus `step` is at most 4,096.
pub struct PageStep {
    pub clock: Signal<In, Clock>,
    pub addr: Signal<In, Bits<64>>,
    pub step: Signal<In, Bits<13>>,
    pub sum: Signal<Out, Bits<64>>,
    page_after: DFF<Bits<52>>,
    offset_sum: Signal<Local, Bits<13>>,
}
}

impl Logic for PageStep {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, page_after);
        self.page_after.d.next = self.addr.val().get_bits::<52>(12) + 1;
        self.offset_sum.next = bit_cast::<13, 12>(self.addr.val().get_bits::<12>(0)) + self.step.val();
        self.sum.next = (bit_cast::<64, 52>(self.addr.val().get_bits::<52>(12)) << 12)
            | bit_cast::<64, 12>(self.offset_sum.val().get_bits::<12>(0));
        if self.offset_sum.val().get_bit(12) {
            self.sum.next = bit_cast::<64, 52>(self.page_after.q.val()) << 12;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn steps_within_a_page_and_onto_the_next() {
        // (address, step): inside a page, to its very end, from a page's start, a whole page,
        // and at the top of the address space, where the page after wraps.
        let cases = [
            (0x1234_5000u64, 8u64),
            (0x1234_5FF8, 8),
            (0x1234_5001, 4095),
            (0x1234_5000, 4096),
            (0x7, 0),
            (0xFFFF_FFFF_FFFF_F800, 2048),
            (0x0000_00FF_FFFF_FFFF, 1),
        ];
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<PageStep>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut ep: Sim<PageStep>| {
            let mut x = ep.init()?;
            for &(addr, step) in &cases {
                x.addr.next = addr.into();
                x.step.next = step.into();
                wait_clock_cycle!(ep, clock, x);
                sim_assert_eq!(ep, x.sum.val(), Bits::<64>::from(addr.wrapping_add(step)), x);
            }
            ep.done(x)
        });
        let mut uut = PageStep::default();
        uut.connect_all();
        sim.run(Box::new(uut), 1_000).unwrap();
    }
}
