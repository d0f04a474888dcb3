//! Frame formats, in the style of smoltcp's `wire`: a `Packet`/`Frame` type is a checked view
//! over a byte buffer with accessors for each field, and a `Repr` is the parsed, validated
//! meaning that can be emitted back into a buffer.
//!
//! Buffers here hold an Ethernet frame from the destination address up to, not including, the
//! FCS. [`fcs`] computes the FCS that the MAC appends and checks.

pub mod ethernet;
pub mod pause;
pub mod uzura;
pub mod xgmii;

pub use ethernet::{EthernetFrame, EthernetRepr};
pub use pause::{PausePacket, PauseRepr};
pub use uzura::{emit_frame, emit_frame_headers, parse_frame, Kind, NackRanges, Packet, PsnRange, Repr, WriteRepr};

/// Why a buffer is not a valid frame. A NIC counts all three as `RxDropMalformed`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Error {
    /// Shorter than its headers or than its length field says.
    Truncated,
    /// Wrong protocol version.
    Version,
    /// An unknown opcode, reserved bits set, or fields inconsistent with the opcode.
    Malformed,
}

/// An IEEE 802 MAC address.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct MacAddr(pub [u8; 6]);

impl MacAddr {
    pub const BROADCAST: MacAddr = MacAddr([0xff; 6]);
    pub const fn is_multicast(&self) -> bool {
        self.0[0] & 1 != 0
    }
    /// The address as a number, first octet most significant (handy for registers).
    pub const fn to_u64(&self) -> u64 {
        let b = self.0;
        u64::from_be_bytes([0, 0, b[0], b[1], b[2], b[3], b[4], b[5]])
    }
    pub const fn from_u64(v: u64) -> MacAddr {
        let b = v.to_be_bytes();
        MacAddr([b[2], b[3], b[4], b[5], b[6], b[7]])
    }
}

impl core::fmt::Display for MacAddr {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let b = self.0;
        write!(f, "{:02x}:{:02x}:{:02x}:{:02x}:{:02x}:{:02x}", b[0], b[1], b[2], b[3], b[4], b[5])
    }
}

/// Bytes of the frame check sequence that follows every frame on the wire.
pub const FCS_LEN: usize = 4;
/// Smallest frame without FCS; shorter frames are padded with zeros before the FCS.
pub const MIN_FRAME_LEN: usize = 60;

/// CRC-32 tables for slicing-by-8: `CRC32_TABLES[0]` is the classic byte-at-a-time table,
/// `CRC32_TABLES[k][i]` the CRC of byte `i` followed by `k` zero bytes. Eight bytes per step
/// make the FCS four times faster, which the simulators feel on every frame.
const CRC32_TABLES: [[u32; 256]; 8] = {
    let mut t = [[0u32; 256]; 8];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
            k += 1;
        }
        t[0][i] = c;
        i += 1;
    }
    let mut k = 1;
    while k < 8 {
        let mut i = 0;
        while i < 256 {
            let prev = t[k - 1][i];
            t[k][i] = (prev >> 8) ^ t[0][(prev & 0xff) as usize];
            i += 1;
        }
        k += 1;
    }
    t
};

/// IEEE 802.3 CRC-32 of `data` (reflected, initial value and final XOR all ones). On the wire
/// the FCS is sent least significant byte first: `fcs(..).to_le_bytes()`.
pub fn fcs(data: &[u8]) -> u32 {
    let t = &CRC32_TABLES;
    let mut c = !0u32;
    let mut words = data.chunks_exact(8);
    for w in &mut words {
        let lo = c ^ u32::from_le_bytes([w[0], w[1], w[2], w[3]]);
        c = t[7][(lo & 0xff) as usize]
            ^ t[6][(lo >> 8 & 0xff) as usize]
            ^ t[5][(lo >> 16 & 0xff) as usize]
            ^ t[4][(lo >> 24) as usize]
            ^ t[3][w[4] as usize]
            ^ t[2][w[5] as usize]
            ^ t[1][w[6] as usize]
            ^ t[0][w[7] as usize];
    }
    for &b in words.remainder() {
        c = t[0][((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

/// Whether `frame_with_fcs` (a frame followed by its four FCS bytes) is intact.
pub fn fcs_ok(frame_with_fcs: &[u8]) -> bool {
    match frame_with_fcs.len().checked_sub(FCS_LEN) {
        Some(n) => fcs(&frame_with_fcs[..n]).to_le_bytes() == frame_with_fcs[n..],
        None => false,
    }
}

/// Length of a `len`-byte frame once [`seal`]ed: padded to [`MIN_FRAME_LEN`], FCS appended.
pub const fn sealed_len(len: usize) -> usize {
    if len < MIN_FRAME_LEN {
        MIN_FRAME_LEN + FCS_LEN
    } else {
        len + FCS_LEN
    }
}

/// Does what a MAC does before sending the `len`-byte frame at the start of `buf`: pads it
/// with zeros to [`MIN_FRAME_LEN`] and appends the FCS. Returns the sealed length; `buf` must
/// hold at least [`sealed_len`]`(len)` bytes.
pub fn seal(buf: &mut [u8], len: usize) -> usize {
    let padded = sealed_len(len) - FCS_LEN;
    buf[len..padded].fill(0);
    let crc = fcs(&buf[..padded]).to_le_bytes();
    buf[padded..padded + FCS_LEN].copy_from_slice(&crc);
    padded + FCS_LEN
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_check_value() {
        assert_eq!(fcs(b"123456789"), 0xCBF4_3926);
        // Every length around the 8-byte steps agrees with the bitwise definition.
        let data: [u8; 40] = core::array::from_fn(|i| (i * 37 + 11) as u8);
        for n in 0..data.len() {
            let mut c = !0u32;
            for &b in &data[..n] {
                c ^= b as u32;
                for _ in 0..8 {
                    c = if c & 1 != 0 { 0xEDB8_8320 ^ (c >> 1) } else { c >> 1 };
                }
            }
            assert_eq!(fcs(&data[..n]), !c, "length {n}");
        }
    }

    #[test]
    fn fcs_detects_a_flipped_bit() {
        let mut f = [0u8; 64];
        f[..9].copy_from_slice(b"123456789");
        let c = fcs(&f[..60]).to_le_bytes();
        f[60..].copy_from_slice(&c);
        assert!(fcs_ok(&f));
        f[17] ^= 0x10;
        assert!(!fcs_ok(&f));
        assert!(!fcs_ok(&f[..3]));
    }

    #[test]
    fn seal_pads_short_frames() {
        let mut buf = [0xaau8; 80];
        assert_eq!(seal(&mut buf, 20), 64);
        assert!(buf[20..60].iter().all(|&b| b == 0));
        assert!(fcs_ok(&buf[..64]));
        assert_eq!(seal(&mut buf, 70), 74);
        assert!(fcs_ok(&buf[..74]));
    }

    #[test]
    fn mac_u64_round_trip() {
        let m = MacAddr([0x02, 0x55, 0x5a, 0x00, 0x00, 0x01]);
        assert_eq!(MacAddr::from_u64(m.to_u64()), m);
        assert_eq!(m.to_u64(), 0x0255_5a00_0001);
    }
}
