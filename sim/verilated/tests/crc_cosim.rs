//! The gateware's FCS block, as Verilog under Verilator, against uapi's `wire::fcs` (the one the
//! reference model uses): random frames of every length a MAC meets, fed as 64-bit words with
//! idle cycles between them, back to back without resets.

use proptest::prelude::*;
use uzura_uapi::wire::fcs;
use uzura_verilated::verilated::{uzura_crc, Model, PortId};

struct Crc {
    m: Model,
    clock: PortId,
    start: PortId,
    valid: PortId,
    data: PortId,
    keep: PortId,
    fcs: PortId,
}

impl Crc {
    fn new() -> Crc {
        let m = uzura_crc::new();
        let p = |n| m.port(n);
        let (clock, start, valid, data, keep, fcs) =
            (p("clock"), p("start"), p("valid"), p("data"), p("keep"), p("fcs"));
        Crc { m, clock, start, valid, data, keep, fcs }
    }

    /// Feeds `frame` with `idle[i]` idle cycles before word i; returns the FCS the block holds.
    fn frame_fcs(&mut self, frame: &[u8], idle: &[u8]) -> u32 {
        for (i, word) in frame.chunks(8).enumerate() {
            self.m.set(self.valid, 0);
            for _ in 0..idle.get(i).copied().unwrap_or(0) {
                self.m.tick(self.clock);
            }
            let mut w = [0u8; 8];
            w[..word.len()].copy_from_slice(word);
            self.m.set(self.start, (i == 0) as u64);
            self.m.set(self.valid, 1);
            self.m.set(self.data, u64::from_le_bytes(w));
            self.m.set(self.keep, (1u64 << word.len()) - 1);
            self.m.tick(self.clock);
        }
        self.m.set(self.valid, 0);
        self.m.eval();
        self.m.get(self.fcs) as u32
    }
}

#[test]
fn every_length_from_1_to_200_bytes() {
    let mut crc = Crc::new();
    for len in 1..=200usize {
        let frame: Vec<u8> = (0..len).map(|i| (i * 131 + len) as u8).collect();
        assert_eq!(crc.frame_fcs(&frame, &[]), fcs(&frame), "{len} bytes");
    }
}

proptest! {
    #[test]
    fn random_frames_back_to_back(frames in prop::collection::vec((prop::collection::vec(any::<u8>(), 1..9234), prop::collection::vec(0u8..3, 0..8)), 1..8)) {
        let mut crc = Crc::new();
        for (frame, idle) in &frames {
            prop_assert_eq!(crc.frame_fcs(frame, idle), fcs(frame), "{} bytes", frame.len());
        }
    }
}

#[test]
fn a_flipped_bit_changes_the_fcs() {
    let mut crc = Crc::new();
    let mut frame = vec![0x5au8; 1514];
    let good = crc.frame_fcs(&frame, &[]);
    frame[700] ^= 0x08;
    assert_ne!(crc.frame_fcs(&frame, &[]), good);
    assert_eq!(crc.frame_fcs(&frame, &[]), fcs(&frame));
}
