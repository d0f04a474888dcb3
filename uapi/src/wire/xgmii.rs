//! The 64-bit XGMII between a 10 GbE MAC and its PHY (IEEE 802.3 clause 46): eight byte lanes
//! per 156.25 MHz cycle, lane 0 in bits 7:0 carrying the earliest byte, each lane with a
//! control bit. The gateware's MAC and the simulators' XGMII codec share these characters.

/// Control characters.
pub const IDLE: u8 = 0x07;
pub const START: u8 = 0xFB;
pub const TERMINATE: u8 = 0xFD;
pub const ERROR: u8 = 0xFE;
/// Sequence: lane 0 of a column (lane 0 or 4) holding a sequence ordered set, followed by data
/// 0x00, 0x00 and the kind in the column's lanes 1-3 (IEEE 802.3 46.3.4).
pub const SEQUENCE: u8 = 0x9C;
/// The kinds of link fault sequence: lane 3 of the column.
pub const LOCAL_FAULT: u8 = 0x01;
pub const REMOTE_FAULT: u8 = 0x02;

/// A link fault sequence ordered set of `kind` in one column, its first lane lowest: the
/// sequence character (the column's one control lane), 0x00, 0x00, `kind`.
pub const fn fault_column(kind: u8) -> u32 {
    u32::from_le_bytes([SEQUENCE, 0, 0, kind])
}
/// The sequence ordered set of `kind` in both columns of a word, as a PHY or MAC repeats it,
/// and the word's control bits.
pub const fn fault_word(kind: u8) -> u64 {
    fault_column(kind) as u64 * 0x1_0000_0001
}
pub const FAULT_WORD_CTRL: u8 = 0x11;
/// Data characters of the start word.
pub const PREAMBLE: u8 = 0x55;
pub const SFD: u8 = 0xD5;
/// Minimum inter-frame gap in bytes (the terminate character counts).
pub const MIN_IFG: usize = 12;
/// Cycles of the 64-bit interface per PAUSE quantum (512 bit times).
pub const CYCLES_PER_QUANTUM: u32 = 512 / 64;

#[cfg(test)]
mod tests {
    use super::*;

    /// IEEE 802.3 table 46-5: Local Fault is /Q/ 0x00 0x00 0x01 in a column, lane 0 first.
    #[test]
    fn fault_sequences_in_lanes() {
        assert_eq!(fault_word(LOCAL_FAULT).to_le_bytes(), [0x9C, 0, 0, 0x01, 0x9C, 0, 0, 0x01]);
        assert_eq!(fault_word(REMOTE_FAULT).to_le_bytes(), [0x9C, 0, 0, 0x02, 0x9C, 0, 0, 0x02]);
        // Control in lanes 0 and 4 only.
        assert_eq!(FAULT_WORD_CTRL, 0b0001_0001);
    }
}
