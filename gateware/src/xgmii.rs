//! XGMII words built from `uzura_uapi::wire::xgmii`'s characters (IEEE 802.3 clause 46: eight
//! byte lanes per 156.25 MHz cycle, lane 0 in bits 7:0 carrying the earliest byte). The MAC
//! blocks take them as `Constant` fields.

pub use uzura_uapi::wire::xgmii::{
    fault_column, fault_word, ERROR, FAULT_WORD_CTRL, IDLE, LOCAL_FAULT, PREAMBLE, REMOTE_FAULT, SFD, START, TERMINATE,
};

/// A word of idle characters (all lanes control).
pub const IDLE_WORD: u64 = u64::from_le_bytes([IDLE; 8]);
/// Start in lane 0 (the only control lane), preamble in lanes 1-6, SFD in lane 7.
pub const START_WORD: u64 =
    u64::from_le_bytes([START, PREAMBLE, PREAMBLE, PREAMBLE, PREAMBLE, PREAMBLE, PREAMBLE, SFD]);
