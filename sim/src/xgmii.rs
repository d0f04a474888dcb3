//! The 64-bit XGMII of a 10 GbE MAC (IEEE 802.3 clause 46), one word per 156.25 MHz cycle:
//! eight byte lanes, lane 0 in bits 7:0, each with a control bit. Written from the standard,
//! independently of the gateware, so that co-simulation can check the gateware's MAC against
//! it: [`Encoder`] is a transmitting MAC's output, [`Decoder`] a receiving MAC's input.

use std::collections::VecDeque;

pub use uzura_uapi::wire::xgmii::{ERROR, IDLE, MIN_IFG, PREAMBLE, SFD, START, TERMINATE};

/// One cycle on the interface: data lanes and their control bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub data: u64,
    pub ctrl: u8,
}

impl Word {
    pub const IDLE: Word = Word { data: u64::from_le_bytes([IDLE; 8]), ctrl: 0xff };

    fn lane(&self, i: usize) -> (u8, bool) {
        ((self.data >> (8 * i)) as u8, self.ctrl >> i & 1 != 0)
    }
}

/// Turns frames (with FCS, as on the wire) into words: start in lane 0 with the preamble and
/// SFD, the frame, terminate, then idle for at least the inter-frame gap.
#[derive(Default)]
pub struct Encoder {
    words: VecDeque<Word>,
}

impl Encoder {
    pub fn push(&mut self, frame_with_fcs: &[u8]) {
        let mut lanes: Vec<(u8, bool)> = vec![(START, true)];
        lanes.extend([(PREAMBLE, false); 6]);
        lanes.push((SFD, false));
        lanes.extend(frame_with_fcs.iter().map(|&b| (b, false)));
        lanes.push((TERMINATE, true));
        // Idle to the end of the word, and at least the gap before the next start.
        let min_len = lanes.len() + MIN_IFG - 1;
        while lanes.len() < min_len || !lanes.len().is_multiple_of(8) {
            lanes.push((IDLE, true));
        }
        for chunk in lanes.chunks(8) {
            let mut w = Word { data: 0, ctrl: 0 };
            for (i, &(b, c)) in chunk.iter().enumerate() {
                w.data |= (b as u64) << (8 * i);
                w.ctrl |= (c as u8) << i;
            }
            self.words.push_back(w);
        }
    }

    /// The next word, idle when no frame is queued.
    pub fn next_word(&mut self) -> Word {
        self.words.pop_front().unwrap_or(Word::IDLE)
    }

    pub fn is_idle(&self) -> bool {
        self.words.is_empty()
    }
}

/// A frame as received: its bytes (with FCS) and whether the stream was well-formed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    pub bytes: Vec<u8>,
    /// A control character other than terminate inside the frame, or a bad preamble.
    pub error: bool,
    /// Idle bytes (terminate included) seen before this frame's start: the gap it kept.
    pub gap_before: usize,
}

/// Collects frames from words, checking the framing (not the FCS).
#[derive(Default)]
pub struct Decoder {
    frame: Option<Received>,
    preamble_left: usize,
    idle_run: usize,
    frames: VecDeque<Received>,
}

impl Decoder {
    pub fn push(&mut self, w: Word) {
        for i in 0..8 {
            let (b, c) = w.lane(i);
            match self.frame.as_mut() {
                None => {
                    if c && b == START {
                        let gap = std::mem::replace(&mut self.idle_run, 0);
                        // A start outside lane 0 is accepted here but marked: the MACs
                        // transmit in lane 0 only.
                        self.frame = Some(Received { bytes: Vec::new(), error: i != 0, gap_before: gap });
                        self.preamble_left = 7;
                    } else {
                        self.idle_run += 1;
                    }
                }
                Some(f) if self.preamble_left > 0 => {
                    let expected = if self.preamble_left == 1 { SFD } else { PREAMBLE };
                    f.error |= c || b != expected;
                    self.preamble_left -= 1;
                }
                Some(f) => {
                    if c {
                        f.error |= b != TERMINATE;
                        self.frames.push_back(self.frame.take().unwrap());
                        self.idle_run = 1;
                    } else {
                        f.bytes.push(b);
                    }
                }
            }
        }
    }

    pub fn pop(&mut self) -> Option<Received> {
        self.frames.pop_front()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_with_lane_zero_starts_and_the_gap() {
        let mut enc = Encoder::default();
        let mut dec = Decoder::default();
        let frames: Vec<Vec<u8>> =
            (60..80).chain([1518, 9022]).map(|n| (0..n).map(|i| (i * 7) as u8).collect()).collect();
        for f in &frames {
            enc.push(f);
        }
        while !enc.is_idle() {
            dec.push(enc.next_word());
        }
        for (i, f) in frames.iter().enumerate() {
            let r = dec.pop().expect("a frame");
            assert_eq!(&r.bytes, f);
            assert!(!r.error);
            if i > 0 {
                assert!(r.gap_before >= MIN_IFG, "gap {} before frame {i}", r.gap_before);
            }
        }
        assert_eq!(dec.pop(), None);
    }

    #[test]
    fn a_control_character_inside_a_frame_is_an_error() {
        let mut enc = Encoder::default();
        enc.push(&[0xab; 64]);
        let mut dec = Decoder::default();
        let mut first = true;
        while !enc.is_idle() {
            let mut w = enc.next_word();
            if !first && w.ctrl == 0 {
                w.data = w.data & !0xff | ERROR as u64;
                w.ctrl |= 1;
            }
            first = false;
            dec.push(w);
        }
        assert!(dec.pop().unwrap().error);
    }
}
