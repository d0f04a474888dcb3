//! The Ethernet FCS (IEEE 802.3 CRC-32, as `uzura_uapi::wire::fcs`) over one 64-bit word per
//! clock: what a 10 GbE MAC needs to check and append FCSs at line rate (156.25 MHz x 8 bytes).
//!
//! A CRC is linear over GF(2), so the state after folding `k` bytes is a fixed XOR of the
//! previous state's bits and the data bits. The XOR equations for k = 1..=8 are derived here, at
//! generation time, from the same byte-wise update that gives the block's simulation
//! behaviour, and written out as Verilog: one 96-input XOR tree per state bit (three LUT6
//! levels) and an 8-way choice by byte count, then a register.

use rust_hdl::prelude::*;

/// The reflected CRC-32 polynomial.
const POLY: u32 = 0xEDB8_8320;

/// Folds `bytes` into a raw (not inverted) CRC state, one bit at a time.
pub fn fold(mut state: u32, bytes: &[u8]) -> u32 {
    for &b in bytes {
        state ^= b as u32;
        for _ in 0..8 {
            state = if state & 1 != 0 { POLY ^ (state >> 1) } else { state >> 1 };
        }
    }
    state
}

/// For `k` bytes: for each state bit, the masks of previous-state bits and data bits whose XOR
/// it becomes.
fn equations(k: usize) -> Vec<(u32, u64)> {
    (0..32)
        .map(|i| {
            let from_state = (0..32).filter(|&j| fold(1 << j, &[0; 8][..k]) >> i & 1 != 0).fold(0u32, |m, j| m | 1 << j);
            let from_data = (0..8 * k)
                .filter(|&j| fold(0, &(1u64 << j).to_le_bytes()[..k]) >> i & 1 != 0)
                .fold(0u64, |m, j| m | 1 << j);
            (from_state, from_data)
        })
        .collect()
}

/// The FCS of a frame fed as consecutive 64-bit words.
///
/// Each cycle with `valid` folds the first `bytes` (1..=8; 0 is taken as 8) bytes of `data`
/// (byte 0 in bits 7:0, the frame's byte order) into the running CRC; `start` marks a frame's
/// first word, which folds into the initial value instead. `fcs` is registered: the FCS of
/// everything folded up to the previous clock edge, ready to send LSB first.
#[derive(LogicBlock, Default)]
pub struct Crc64 {
    pub clock: Signal<In, Clock>,
    pub start: Signal<In, Bit>,
    pub valid: Signal<In, Bit>,
    pub data: Signal<In, Bits<64>>,
    pub bytes: Signal<In, Bits<4>>,
    pub fcs: Signal<Out, Bits<32>>,
}

impl Logic for Crc64 {
    fn update(&mut self) {
        if self.clock.pos_edge() && self.valid.val() {
            let state = if self.start.val() { !0 } else { !self.fcs.val().to_u32() };
            let k = match self.bytes.val().index() {
                n @ 1..=8 => n,
                _ => 8,
            };
            let data = self.data.val().to_u64().to_le_bytes();
            self.fcs.next = (!fold(state, &data[..k]) as u64).into();
        }
    }

    fn connect(&mut self) {
        self.fcs.connect();
    }

    fn hdl(&self) -> Verilog {
        let mut v = String::new();
        v.push_str("// Written by uzura-gateware's crc.rs from the CRC-32 polynomial; do not edit.\n");
        v.push_str("wire [31:0] state = start ? 32'hffffffff : ~fcs;\n");
        for k in 1..=8 {
            v.push_str(&format!("wire [31:0] after{k};\n"));
            for (i, (s, d)) in equations(k).into_iter().enumerate() {
                v.push_str(&format!("assign after{k}[{i}] = ^(state & 32'h{s:08x}) ^ ^(data & 64'h{d:016x});\n"));
            }
        }
        v.push_str("initial begin\n   fcs = 32'h0;\nend\n\n");
        v.push_str("always @(posedge clock) begin\n   if (valid) begin\n      case (bytes)\n");
        for k in 1..=7 {
            v.push_str(&format!("         4'd{k}: fcs <= ~after{k};\n"));
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
        assert_eq!(!fold(!0, b"123456789"), 0xCBF4_3926);
        assert_eq!(!fold(!0, b"123456789"), fcs(b"123456789"));
    }

    #[test]
    fn equations_match_the_byte_wise_update() {
        let state = 0x1234_5678u32;
        let data = 0x0011_2233_4455_6677u64;
        for k in 1..=8 {
            let mut next = 0u32;
            for (i, (s, d)) in equations(k).into_iter().enumerate() {
                let bit = ((state & s).count_ones() + (data & d).count_ones()) & 1;
                next |= bit << i;
            }
            assert_eq!(next, fold(state, &data.to_le_bytes()[..k]), "{k} bytes");
        }
    }

    #[test]
    fn the_simulated_block_computes_frame_fcs() {
        // rust-hdl's own simulator: fine for a few words; long runs go to Verilator (sim crate).
        let frame: Vec<u8> = (0..21u8).map(|i| i.wrapping_mul(29)).collect();
        let mut sim = Simulation::new();
        let expected = fcs(&frame);
        sim.add_clock(5, |x: &mut Box<Crc64>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut ep: Sim<Crc64>| {
            let mut x = ep.init()?;
            for (i, word) in frame.chunks(8).enumerate() {
                let mut w = [0u8; 8];
                w[..word.len()].copy_from_slice(word);
                x.start.next = i == 0;
                x.valid.next = true;
                x.data.next = u64::from_le_bytes(w).into();
                x.bytes.next = (word.len() as u64).into();
                wait_clock_cycle!(ep, clock, x);
            }
            x.valid.next = false;
            wait_clock_cycle!(ep, clock, x);
            sim_assert_eq!(ep, x.fcs.val().to_u32(), expected, x);
            ep.done(x)
        });
        let mut uut = Crc64::default();
        uut.connect_all();
        sim.run(Box::new(uut), 200).unwrap();
    }
}
