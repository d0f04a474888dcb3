//! The 64-bit XGMII of a 10 GbE MAC (IEEE 802.3 clause 46), one word per 156.25 MHz cycle:
//! eight byte lanes, lane 0 in bits 7:0, each with a control bit. Written from the standard,
//! independently of the gateware, so that co-simulation can check the gateware's MAC against
//! it: [`Encoder`] is a transmitting MAC's output, [`Decoder`] a receiving MAC's input.

use std::collections::VecDeque;

pub use uzura_uapi::wire::xgmii::{fault_word, ERROR, FAULT_WORD_CTRL, IDLE, MIN_IFG, PREAMBLE, SFD, START, TERMINATE};

/// One cycle on the interface: data lanes and their control bits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    pub data: u64,
    pub ctrl: u8,
}

impl Word {
    pub const IDLE: Word = Word { data: u64::from_le_bytes([IDLE; 8]), ctrl: 0xff };

    /// A link fault sequence ordered set (`LOCAL_FAULT` or `REMOTE_FAULT`) in both columns:
    /// the sequence character in lanes 0 and 4, data 0x00, 0x00, `kind` after each (IEEE 802.3
    /// 46.3.4, table 46-5).
    pub fn fault(kind: u8) -> Word {
        Word { data: fault_word(kind), ctrl: FAULT_WORD_CTRL }
    }

    fn lane(&self, i: usize) -> (u8, bool) {
        ((self.data >> (8 * i)) as u8, self.ctrl >> i & 1 != 0)
    }
}

/// Turns frames (with FCS, as on the wire) into words: the start character with the preamble
/// and SFD, the frame, terminate, then idle for the inter-frame gap.
///
/// `Encoder::default()` starts every frame in lane 0, padding each gap to the end of a word: a
/// simpler transmitter for the receive tests. [`Encoder::deficit_idle`] is a standard 10GBASE-R
/// transmitter, as uzura's MAC is (IEEE 802.3 clause 46.3.1.4): it starts frames in lane 0 or
/// lane 4, and aligns each start by deleting or inserting idles, keeping a deficit idle count
/// between 0 and 3 so that the average gap stays `MIN_IFG` and none is shorter than
/// `MIN_IFG - 3`.
#[derive(Default)]
pub struct Encoder {
    lanes: VecDeque<(u8, bool)>,
    /// `Some(count)` for the deficit idle count's transmitter.
    deficit: Option<usize>,
}

impl Encoder {
    pub fn deficit_idle() -> Encoder {
        Encoder { lanes: VecDeque::new(), deficit: Some(0) }
    }

    pub fn push(&mut self, frame_with_fcs: &[u8]) {
        let start = self.lanes.len();
        self.lanes.push_back((START, true));
        self.lanes.extend([(PREAMBLE, false); 6]);
        self.lanes.push_back((SFD, false));
        self.lanes.extend(frame_with_fcs.iter().map(|&b| (b, false)));
        self.lanes.push_back((TERMINATE, true));
        let mut gap = MIN_IFG - 1;
        let end = self.lanes.len() - start;
        match self.deficit.as_mut() {
            // Idle to the end of the word, at least the gap.
            None => gap = (end + gap).next_multiple_of(8) - end,
            Some(count) => {
                let over = (end + gap) % 4;
                if over != 0 && *count + over <= 3 {
                    *count += over;
                    gap -= over;
                } else if over != 0 {
                    *count -= 4 - over;
                    gap += 4 - over;
                }
            }
        }
        self.lanes.extend((0..gap).map(|_| (IDLE, true)));
    }

    /// The next word, idle when no frame is queued.
    pub fn next_word(&mut self) -> Word {
        let mut w = Word::IDLE;
        for (i, (b, c)) in self.lanes.drain(..self.lanes.len().min(8)).enumerate() {
            w.data = w.data & !(0xff << (8 * i)) | (b as u64) << (8 * i);
            w.ctrl = w.ctrl & !(1 << i) | (c as u8) << i;
        }
        w
    }

    pub fn is_idle(&self) -> bool {
        self.lanes.is_empty()
    }
}

/// A frame as received: its bytes (with FCS) and whether the stream was well-formed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Received {
    pub bytes: Vec<u8>,
    /// A start outside lanes 0 and 4, a control character other than terminate inside the
    /// frame or its preamble, or a bad SFD.
    pub error: bool,
    /// Idle bytes (terminate included) seen before this frame's start: the gap it kept.
    pub gap_before: usize,
    /// The lane of its start character, counted over every word the decoder was given: a
    /// lane is a byte time, so this is when the frame began on the wire.
    pub start_lane: u64,
}

/// Collects frames from words, checking the framing (not the FCS).
#[derive(Default)]
pub struct Decoder {
    frame: Option<Received>,
    preamble_left: usize,
    idle_run: usize,
    /// Lanes seen before the current word.
    lanes: u64,
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
                        // Clause 46 puts a start in lane 0 or lane 4 only.
                        self.frame = Some(Received {
                            bytes: Vec::new(),
                            error: i % 4 != 0,
                            gap_before: gap,
                            start_lane: self.lanes + i as u64,
                        });
                        self.preamble_left = 7;
                    } else {
                        self.idle_run += 1;
                    }
                }
                // The preamble's bytes are data; only the SFD is checked (IEEE 802.3 4.2.9).
                Some(f) if self.preamble_left > 0 => {
                    f.error |= c || (self.preamble_left == 1 && b != SFD);
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
        self.lanes += 8;
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
        // Each frame takes its preamble, bytes and the gap, to the end of a word.
        let mut start = 0;
        for (i, f) in frames.iter().enumerate() {
            let r = dec.pop().expect("a frame");
            assert_eq!(&r.bytes, f);
            assert!(!r.error);
            assert_eq!(r.start_lane, start, "frame {i}");
            start += (8 + f.len() + MIN_IFG).next_multiple_of(8) as u64;
            if i > 0 {
                assert!(r.gap_before >= MIN_IFG, "gap {} before frame {i}", r.gap_before);
            }
        }
        assert_eq!(dec.pop(), None);
    }

    #[test]
    fn the_deficit_idle_count_starts_in_lanes_0_and_4_and_keeps_the_average_gap() {
        let mut enc = Encoder::deficit_idle();
        let mut dec = Decoder::default();
        let frames: Vec<Vec<u8>> = (0..200).map(|i| (0..60 + (i * 7) % 41).map(|b| (b ^ i) as u8).collect()).collect();
        for f in &frames {
            enc.push(f);
        }
        let mut lane4 = 0;
        while !enc.is_idle() {
            let w = enc.next_word();
            lane4 += (w.ctrl & 0x10 != 0 && (w.data >> 32) as u8 == START) as usize;
            dec.push(w);
        }
        let mut gaps = Vec::new();
        for (i, f) in frames.iter().enumerate() {
            let r = dec.pop().expect("a frame");
            assert_eq!(&r.bytes, f);
            assert!(!r.error, "frame {i}");
            if i > 0 {
                gaps.push(r.gap_before);
            }
        }
        assert!(gaps.iter().all(|&g| (MIN_IFG - 3..=MIN_IFG + 3).contains(&g)), "{gaps:?}");
        // The count stays within 0..=3, so the idles sent differ from MIN_IFG per gap by at most 3 in all.
        let total: usize = gaps.iter().sum();
        assert!(total.abs_diff(MIN_IFG * gaps.len()) <= 3, "{total} for {} gaps", gaps.len());
        assert!(lane4 > 50, "{lane4} starts in lane 4");
    }

    #[test]
    fn both_transmitters_keep_the_line_rate_the_link_checks() {
        let frames: Vec<Vec<u8>> = (0..300).map(|i| vec![i as u8; 64 + (i * 13) % 1500]).collect();
        for mut enc in [Encoder::default(), Encoder::deficit_idle()] {
            let mut dec = Decoder::default();
            for f in &frames {
                enc.push(f);
            }
            while !enc.is_idle() {
                dec.push(enc.next_word());
            }
            let mut line = crate::link::LineRate::default();
            let mut short_gaps = 0;
            for i in 0..frames.len() {
                let r = dec.pop().expect("a frame");
                short_gaps += (i > 0 && r.gap_before < MIN_IFG) as usize;
                assert_eq!(line.take(r.start_lane * crate::link::PS_PER_BYTE, r.bytes.len()), Ok(()));
            }
            assert_eq!(short_gaps > 0, enc.deficit.is_some(), "{short_gaps} gaps under {MIN_IFG} bytes");
        }
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
