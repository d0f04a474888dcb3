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
/// Data characters of the start word.
pub const PREAMBLE: u8 = 0x55;
pub const SFD: u8 = 0xD5;
/// Minimum inter-frame gap in bytes (the terminate character counts).
pub const MIN_IFG: usize = 12;
/// Cycles of the 64-bit interface per PAUSE quantum (512 bit times).
pub const CYCLES_PER_QUANTUM: u32 = 512 / 64;
