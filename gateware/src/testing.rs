//! Helpers for the blocks' unit tests: XGMII words from frames and back, written from IEEE 802.3
//! clause 46 independently of the blocks, and frames sealed by uapi.

use uzura_uapi::wire::pause::{PausePacket, PauseRepr, ETHERTYPE_MAC_CONTROL, PAUSE_DST};
use uzura_uapi::wire::{ethernet::EthernetFrame, seal, MacAddr, FCS_LEN, MIN_FRAME_LEN};

use crate::xgmii::{IDLE, IDLE_WORD, START, START_WORD, TERMINATE};

/// One XGMII cycle: data lanes and control bits.
pub type Word = (u64, u8);
pub const IDLE_W: Word = (IDLE_WORD, 0xFF);

/// A xorshift generator from a non-zero `seed`: each call gives the next number below `n`.
pub fn xorshift(mut seed: u64) -> impl FnMut(u64) -> u64 {
    move |n| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed % n
    }
}

/// Pseudo-random bytes (xorshift), reproducible from `seed`, different for every seed.
pub fn bytes(seed: u64, len: usize) -> Vec<u8> {
    let mut next = xorshift(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    (0..len).map(|_| next(256) as u8).collect()
}

/// `frame` as the wire carries it: padded to the minimum and followed by its FCS.
pub fn sealed(frame: &[u8]) -> Vec<u8> {
    let mut b = frame.to_vec();
    b.resize(frame.len().max(MIN_FRAME_LEN) + FCS_LEN, 0);
    let n = seal(&mut b, frame.len());
    b.truncate(n);
    b
}

/// A PAUSE frame (without FCS) from `src`, or another MAC Control `opcode`.
pub fn mac_control(src: MacAddr, opcode: u16, quanta: u16) -> Vec<u8> {
    let mut b = vec![0u8; MIN_FRAME_LEN];
    let mut eth = EthernetFrame::new_unchecked(&mut b[..]);
    eth.set_dst_addr(PAUSE_DST);
    eth.set_src_addr(src);
    eth.set_ethertype(ETHERTYPE_MAC_CONTROL);
    let mut p = PausePacket::new_unchecked(eth.payload_mut());
    PauseRepr { quanta }.emit(&mut p);
    p.set_opcode(opcode);
    b
}

/// Words for `bytes` (a frame with FCS, or anything to send between start and terminate):
/// the start word, the bytes, terminate, idle to the end of the word.
pub fn encode(bytes: &[u8]) -> Vec<Word> {
    let mut lanes: Vec<(u8, bool)> = START_WORD.to_le_bytes().iter().enumerate().map(|(i, &b)| (b, i == 0)).collect();
    lanes.extend(bytes.iter().map(|&b| (b, false)));
    lanes.push((TERMINATE, true));
    while !lanes.len().is_multiple_of(8) {
        lanes.push((IDLE, true));
    }
    words(&lanes)
}

/// Words for frames (with FCS) as a standard transmitter may send them after clock
/// compensation has shortened the gaps: each start in the first of lanes 0 and 4 that leaves
/// at least `gap` characters (the terminate and idles) after the previous frame. A frame given
/// as `(bytes, false)` is cut off, idle in place of its terminate.
pub fn encode_packed(frames: &[(Vec<u8>, bool)], gap: usize) -> Vec<Word> {
    let mut lanes: Vec<(u8, bool)> = Vec::new();
    for (bytes, terminated) in frames {
        while !lanes.len().is_multiple_of(4) {
            lanes.push((IDLE, true));
        }
        lanes.extend(START_WORD.to_le_bytes().iter().enumerate().map(|(i, &b)| (b, i == 0)));
        lanes.extend(bytes.iter().map(|&b| (b, false)));
        lanes.push((if *terminated { TERMINATE } else { IDLE }, true));
        lanes.extend((1..gap).map(|_| (IDLE, true)));
    }
    lanes.resize(lanes.len().next_multiple_of(8) + 8, (IDLE, true));
    words(&lanes)
}

/// Lanes (character, control bit), a multiple of eight, as words.
fn words(lanes: &[(u8, bool)]) -> Vec<Word> {
    lanes
        .chunks(8)
        .map(|c| {
            c.iter()
                .enumerate()
                .fold((0u64, 0u8), |(d, k), (i, &(b, ctl))| (d | (b as u64) << (8 * i), k | (ctl as u8) << i))
        })
        .collect()
}

/// A frame seen on the wire: its bytes (FCS included), whether it held control characters
/// before its terminate, and the gap before its start: the previous frame's terminate and the
/// idle characters after it, as `xgmii::MIN_IFG` counts (`None` for the first frame).
#[derive(Debug, PartialEq)]
pub struct OnWire {
    pub bytes: Vec<u8>,
    pub error: bool,
    pub gap: Option<usize>,
}

/// The frames in `words`; panics on a start outside lanes 0 and 4, a malformed preamble or
/// data outside a frame.
pub fn decode(words: &[Word]) -> Vec<OnWire> {
    let preamble = START_WORD.to_le_bytes();
    let mut frames = Vec::new();
    let mut cur: Option<OnWire> = None;
    let mut idle: Option<usize> = None;
    // Preamble characters still expected after a start.
    let mut preamble_left = 0;
    for (w, &(d, c)) in words.iter().enumerate() {
        for i in 0..8 {
            let (b, ctl) = ((d >> (8 * i)) as u8, c >> i & 1 != 0);
            if preamble_left > 0 {
                assert_eq!((b, ctl), (preamble[8 - preamble_left], false), "word {w} lane {i}: preamble");
                preamble_left -= 1;
                continue;
            }
            match cur.as_mut() {
                None if ctl && b == START => {
                    assert!(i % 4 == 0, "word {w}: start in lane {i}");
                    cur = Some(OnWire { bytes: Vec::new(), error: false, gap: idle });
                    preamble_left = 7;
                }
                None => {
                    assert!(ctl && b == IDLE, "word {w} lane {i}: {b:#x} outside a frame");
                    idle = idle.map(|n| n + 1);
                }
                Some(f) if ctl && b != TERMINATE => f.error = true,
                Some(_) if ctl => {
                    frames.push(cur.take().unwrap());
                    idle = Some(1);
                }
                Some(f) => f.bytes.push(b),
            }
        }
    }
    assert!(cur.is_none(), "a frame did not end");
    frames
}
