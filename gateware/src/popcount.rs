//! Population count of 32 bits by halving steps (pairs, then nibbles, then a tree of each half's
//! four nibbles' counts): a loop of 32 conditional increments puts 32 adders in a row, which was
//! the NIC's slowest path. The two halves' counts are left apart: the consumer adds them in the
//! adder it has anyway, a step that would otherwise end the tree.

use rust_hdl::prelude::*;

use crate::k;

block! {
pub struct Popcount32 {
    pub bits: Signal<In, Bits<32>>,
    /// The ones of bits 15:0 and of bits 31:16.
    pub count_lo: Signal<Out, Bits<5>>,
    pub count_hi: Signal<Out, Bits<5>>,
    /// Counts of each 2 and 4 bits, in place (no field's sum carries into the next).
    pairs: Signal<Local, Bits<32>>,
    nibbles: Signal<Local, Bits<32>>,
    k_m1: Constant<Bits<32>> = k(0x5555_5555),
    k_m2: Constant<Bits<32>> = k(0x3333_3333),
}
}

impl Logic for Popcount32 {
    #[hdl_gen]
    fn update(&mut self) {
        self.pairs.next = (self.bits.val() & self.k_m1.val()) + ((self.bits.val() >> 1) & self.k_m1.val());
        self.nibbles.next = (self.pairs.val() & self.k_m2.val()) + ((self.pairs.val() >> 2) & self.k_m2.val());
        self.count_lo.next = (bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(0))
            + bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(4)))
            + (bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(8))
                + bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(12)));
        self.count_hi.next = (bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(16))
            + bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(20)))
            + (bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(24))
                + bit_cast::<5, 4>(self.nibbles.val().get_bits::<4>(28)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_the_ones_of_edge_and_random_patterns() {
        let mut cases = vec![0u32, u32::MAX, 1, 0x8000_0000, 0x5555_5555, 0xAAAA_AAAA, 0x0F0F_00FF, 0x7FFF_FFFF];
        let mut x = 0x9E37_79B9u32;
        for _ in 0..200 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            cases.push(x);
        }
        let mut sim = Simulation::new();
        sim.add_testbench(move |mut ep: Sim<Popcount32>| {
            let mut x = ep.init()?;
            for &v in &cases {
                x.bits.next = (v as u64).into();
                x = ep.wait(1, x)?;
                sim_assert_eq!(ep, x.count_lo.val().index() as u32, (v & 0xFFFF).count_ones(), x);
                sim_assert_eq!(ep, x.count_hi.val().index() as u32, (v >> 16).count_ones(), x);
            }
            ep.done(x)
        });
        let mut uut = Popcount32::default();
        uut.connect_all();
        sim.run(Box::new(uut), 1_000).unwrap();
    }
}
