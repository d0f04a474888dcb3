//! XGMII words built from `uzura_uapi::wire::xgmii`'s characters (IEEE 802.3 clause 46: eight
//! byte lanes per 156.25 MHz cycle, lane 0 in bits 7:0 carrying the earliest byte). The MAC
//! blocks take them as `Constant` fields.

pub use uzura_uapi::wire::xgmii::{ERROR, IDLE, LOCAL_FAULT, PREAMBLE, REMOTE_FAULT, SEQUENCE, SFD, START, TERMINATE};

/// A word of idle characters (all lanes control).
pub const IDLE_WORD: u64 = u64::from_le_bytes([IDLE; 8]);
/// Start in lane 0 (the only control lane), preamble in lanes 1-6, SFD in lane 7.
pub const START_WORD: u64 =
    u64::from_le_bytes([START, PREAMBLE, PREAMBLE, PREAMBLE, PREAMBLE, PREAMBLE, PREAMBLE, SFD]);
/// A link fault sequence ordered set of `kind` in one column (four lanes), lane 0 first;
/// control in lane 0 only.
pub const fn fault_column(kind: u8) -> u32 {
    u32::from_le_bytes([SEQUENCE, 0, 0, kind])
}
/// Remote Fault in both columns, and its control bits.
pub const REMOTE_FAULT_WORD: u64 = fault_column(REMOTE_FAULT) as u64 * 0x1_0000_0001;
pub const FAULT_WORD_CTRL: u64 = 0x11;
