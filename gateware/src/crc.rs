//! The Ethernet FCS (IEEE 802.3 CRC-32, as `uzura_uapi::wire::fcs`) over one 64-bit word per
//! clock: what a 10 GbE MAC needs to append and check FCSs at line rate (156.25 MHz x 8 bytes).
//!
//! A CRC is linear over GF(2), so the state after folding `k` bytes is a fixed XOR of the
//! previous state's bits and the data bits. The XOR equations for k = 1..=8 are derived here, at
//! generation time, from the byte-wise definition, and written out as Verilog: one XOR of at
//! most 96 inputs per state bit (three LUT6 levels), an 8-way choice by `keep`, then a register.
//! The simulated block evaluates the same equations, so a unit test of the block tests the
//! matrix that goes into the Verilog.

use std::sync::OnceLock;

use rust_hdl::prelude::*;

/// The reflected CRC-32 polynomial.
const POLY: u32 = 0xEDB8_8320;

/// Folds `bytes` into a raw (not inverted) CRC state, one bit at a time: the definition the
/// equations are derived from.
fn fold(mut state: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        state ^= b as u32;
        for _ in 0..8 {
            state = if state & 1 != 0 { POLY ^ (state >> 1) } else { state >> 1 };
        }
    }
    state
}

/// What `fcs` becomes after `n` more zero bytes are folded in.
pub fn after_zeros(fcs: u32, n: usize) -> u32 {
    !fold(!fcs, &vec![0; n])
}

/// Per state bit: the masks of previous-state bits and of data bits whose XOR it becomes.
type Equations = [(u32, u64); 32];

/// The equations after folding k bytes, indexed by k - 1.
fn equations() -> &'static [Equations; 8] {
    static TABLE: OnceLock<[Equations; 8]> = OnceLock::new();
    TABLE.get_or_init(|| {
        std::array::from_fn(|k1| {
            let k = k1 + 1;
            std::array::from_fn(|i| {
                let from_state =
                    (0..32).filter(|&j| fold(1 << j, &[0; 8][..k]) >> i & 1 != 0).fold(0u32, |m, j| m | 1 << j);
                let from_data = (0..8 * k)
                    .filter(|&j| fold(0, &(1u64 << j).to_le_bytes()[..k]) >> i & 1 != 0)
                    .fold(0u64, |m, j| m | 1 << j);
                (from_state, from_data)
            })
        })
    })
}

/// The number of bytes a `keep` mask (contiguous from byte 0) selects; anything else counts as
/// a full word, as in the Verilog's `case`.
fn keep_bytes(keep: u64) -> usize {
    match keep {
        0x01 => 1,
        0x03 => 2,
        0x07 => 3,
        0x0F => 4,
        0x1F => 5,
        0x3F => 6,
        0x7F => 7,
        _ => 8,
    }
}

/// The FCS of a frame fed as consecutive 64-bit words.
///
/// Each cycle with `valid` folds the bytes of `data` that `keep` selects (contiguous from byte
/// 0 in bits 7:0, the frame's byte order; not zero) into the running CRC; `start` marks a
/// frame's first word, which folds into the initial value instead. `fcs` is registered: the FCS
/// of everything folded up to the last clock edge, to be sent least significant byte first.
#[derive(LogicBlock, Default)]
pub struct Crc64 {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    pub valid: Signal<In, Bit>,
    pub data: Signal<In, Bits<64>>,
    pub keep: Signal<In, Bits<8>>,
    pub fcs: Signal<Out, Bits<32>>,
}

impl Logic for Crc64 {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.valid.val() {
            let state = if self.start.val() { !0 } else { !self.fcs.val().to_u32() };
            let data = self.data.val().to_u64();
            let mut next = 0u32;
            for (i, &(s, d)) in equations()[keep_bytes(self.keep.val().to_u64()) - 1].iter().enumerate() {
                next |= (((state & s).count_ones() + (data & d).count_ones()) & 1) << i;
            }
            self.fcs.next = (!next as u64).into();
        }
    }

    fn connect(&mut self) {
        self.fcs.connect();
    }

    fn hdl(&self) -> Verilog {
        let mut v = String::from("// Written by uzura-gateware's crc.rs from the CRC-32 polynomial; do not edit.\n");
        v.push_str("wire [31:0] state = start ? 32'hffffffff : ~fcs;\n");
        for (k1, eqs) in equations().iter().enumerate() {
            let k = k1 + 1;
            v.push_str(&format!("wire [31:0] after{k};\n"));
            for (i, (s, d)) in eqs.iter().enumerate() {
                v.push_str(&format!("assign after{k}[{i}] = ^(state & 32'h{s:08x}) ^ ^(data & 64'h{d:016x});\n"));
            }
        }
        v.push_str("initial begin\n   fcs = 32'h0;\nend\n\n");
        v.push_str("always @(posedge clock) begin\n   if (valid) begin\n      case (keep)\n");
        for k in 1..=7 {
            v.push_str(&format!("         8'h{:02x}: fcs <= ~after{k};\n", (1u32 << k) - 1));
        }
        v.push_str("         default: fcs <= ~after8;\n      endcase\n   end\nend\n");
        Verilog::Custom(v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uzura_uapi::wire::fcs;

    #[test]
    fn fold_is_the_ethernet_crc() {
        assert_eq!(!fold(!0, b"123456789"), fcs(b"123456789"));
    }

    #[test]
    fn equations_match_the_byte_wise_update() {
        let state = 0x1234_5678u32;
        let data = 0x0011_2233_4455_6677u64;
        for (k1, eqs) in equations().iter().enumerate() {
            let mut next = 0u32;
            for (i, (s, d)) in eqs.iter().enumerate() {
                next |= (((state & s).count_ones() + (data & d).count_ones()) & 1) << i;
            }
            assert_eq!(next, fold(state, &data.to_le_bytes()[..k1 + 1]), "{} bytes", k1 + 1);
        }
    }

    /// Random frames of 1..40 bytes, fed back to back (each frame's first word restarts the
    /// CRC), against uapi's FCS. rust-hdl's simulator is slow: long frames run under Verilator.
    #[test]
    fn the_block_computes_the_fcs_of_frames_of_1_to_40_bytes() {
        let frames: Vec<Vec<u8>> = (1..=40usize).map(|len| crate::testing::bytes(len as u64, len)).collect();
        let cycles: u64 = frames.iter().map(|f| f.len().div_ceil(8) as u64 + 1).sum();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<Crc64>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut ep: Sim<Crc64>| {
            let mut x = ep.init()?;
            for frame in &frames {
                for (i, word) in frame.chunks(8).enumerate() {
                    let mut w = [0xA5u8; 8]; // bytes beyond `keep` must not matter
                    w[..word.len()].copy_from_slice(word);
                    x.start.next = i == 0;
                    x.valid.next = true;
                    x.data.next = u64::from_le_bytes(w).into();
                    x.keep.next = ((1u64 << word.len()) - 1).into();
                    wait_clock_cycle!(ep, clock, x);
                }
                // An idle cycle between frames: `valid` low holds the FCS.
                x.valid.next = false;
                wait_clock_cycle!(ep, clock, x);
                sim_assert_eq!(ep, x.fcs.val().to_u32(), fcs(frame), x);
            }
            ep.done(x)
        });
        let mut uut = Crc64::default();
        uut.connect_all();
        sim.run(Box::new(uut), 10 * (cycles + 10)).unwrap();
    }
}
