//! A 64-bit word with its bytes in the opposite order: lane `i` to lane `7 - i`. Frames carry
//! their headers big-endian in little-endian lanes; byte-reversed, a header field is a plain
//! bit range (records.rs `header`).

use rust_hdl::prelude::*;

block! {
pub struct ByteReverse {
    pub word: Signal<In, Bits<64>>,
    pub reversed: Signal<Out, Bits<64>>,
}
}

impl Logic for ByteReverse {
    #[hdl_gen]
    fn update(&mut self) {
        // Written out: a loop's index cannot reach `bit_cast` at generation time.
        self.reversed.next = (bit_cast::<64, 8>(self.word.val().get_bits::<8>(0)) << 56)
            | (bit_cast::<64, 8>(self.word.val().get_bits::<8>(8)) << 48)
            | (bit_cast::<64, 8>(self.word.val().get_bits::<8>(16)) << 40)
            | (bit_cast::<64, 8>(self.word.val().get_bits::<8>(24)) << 32)
            | (bit_cast::<64, 8>(self.word.val().get_bits::<8>(32)) << 24)
            | (bit_cast::<64, 8>(self.word.val().get_bits::<8>(40)) << 16)
            | (bit_cast::<64, 8>(self.word.val().get_bits::<8>(48)) << 8)
            | bit_cast::<64, 8>(self.word.val().get_bits::<8>(56));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reverses_the_lanes() {
        let mut sim = Simulation::new();
        sim.add_testbench(move |mut ep: Sim<ByteReverse>| {
            let mut x = ep.init()?;
            for w in [0x0123_4567_89AB_CDEFu64, 0xFF, 1 << 63, 0] {
                x.word.next = w.into();
                x = ep.wait(1, x)?;
                sim_assert_eq!(ep, x.reversed.val(), Bits::<64>::from(w.swap_bytes()), x);
            }
            ep.done(x)
        });
        let mut uut = ByteReverse::default();
        uut.connect_all();
        sim.run(Box::new(uut), 100).unwrap();
    }
}
