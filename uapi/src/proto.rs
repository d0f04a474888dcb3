//! Protocol constants and sequence-number arithmetic (`docs/protocol.md` §2, §5).

use super::wire::{ethernet, FCS_LEN};

/// EtherType of uzura frames: IEEE 802 "Local Experimental EtherType 1".
pub const ETHERTYPE: u16 = 0x88B5;
/// Version carried in the high nibble of the first header byte.
pub const VERSION: u8 = 1;
/// Length of the uzura header that follows the 14-byte Ethernet header.
pub const HEADER_LEN: usize = 32;
/// The host memory page the protocol and the region table are built around.
pub const PAGE_SIZE: usize = 4096;
pub const PAGE_SHIFT: u32 = 12;

/// Smallest and largest Ethernet MTU (L2 payload bytes) the protocol supports. The smallest
/// leaves room for a NACK carrying [`MAX_NACK_RANGES`] ranges.
pub const MIN_MTU: usize = 576;
pub const MAX_MTU: usize = 9216;

/// Bytes a frame costs on the wire beyond its L2 payload: preamble 7, SFD 1, MAC header 14,
/// FCS 4, inter-frame gap 12.
pub const WIRE_OVERHEAD: usize = 38;
/// 10GBASE-R data rate in bytes per second.
pub const LINE_RATE_BYTES_PER_SEC: u64 = 1_250_000_000;
/// Picoseconds a byte takes on the 10 Gb/s wire (800).
pub const PS_PER_BYTE: u64 = 1_000_000_000_000 / LINE_RATE_BYTES_PER_SEC;

/// How long a frame of `len_with_fcs` bytes (padding and FCS included) occupies a 10 Gb/s
/// transmitter: its bytes plus preamble, SFD and inter-frame gap (`WIRE_OVERHEAD` less the MAC
/// header and FCS, `docs/protocol.md` §2).
pub const fn wire_time_ps(len_with_fcs: usize) -> u64 {
    (len_with_fcs + WIRE_OVERHEAD - ethernet::HEADER_LEN - FCS_LEN) as u64 * PS_PER_BYTE
}

/// Receive contexts per NIC, and the tracking window of each: a sender may have PSNs
/// `[acked, acked + RX_WINDOW)` in flight, no further, because the receiver's arrival bitmap
/// has exactly that many bits per context.
pub const MAX_CONTEXTS: usize = 64;
pub const RX_WINDOW: u32 = 4096;
/// Entries in the NIC's region table.
pub const MAX_REGIONS: usize = 1024;
/// Largest region: offsets on the wire are 48 bits.
pub const MAX_REGION_LEN: u64 = 1 << 48;
/// Ranges a NACK may list (`docs/protocol.md` §6).
pub const MAX_NACK_RANGES: usize = 64;

/// Payload bytes per WRITE frame for an MTU: what is left after the header, rounded down to a
/// multiple of 8 so that every frame but a transfer's last moves whole 64-bit words.
/// 1464 at MTU 1500 (a 4 KiB page takes 3 frames), 8968 at MTU 9000 (a page takes 1).
pub const fn max_payload(mtu: usize) -> usize {
    (mtu - HEADER_LEN) & !7
}

/// Frames needed for `len` bytes at `payload` bytes per frame (a transfer has `len >= 1`:
/// zero-length transfers are refused, `docs/protocol.md` §4).
pub const fn frames_for(len: u64, payload: usize) -> u64 {
    len.div_ceil(payload as u64)
}

/// The goodput limit of one 10 GbE link, bytes per second, with `payload` bytes per frame:
/// each frame costs `payload + HEADER_LEN + WIRE_OVERHEAD` bytes of wire time.
pub const fn goodput_limit(payload: usize) -> u64 {
    LINE_RATE_BYTES_PER_SEC * payload as u64 / (payload + HEADER_LEN + WIRE_OVERHEAD) as u64
}

/// A packet sequence number: 32 bits, per context and direction, compared in serial-number
/// arithmetic (RFC 1982) so that it may wrap. Two PSNs are comparable while they are less than
/// 2^31 apart; the tracking window keeps every live PSN far closer than that.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Psn(pub u32);

impl Psn {
    pub const fn add(self, n: u32) -> Psn {
        Psn(self.0.wrapping_add(n))
    }
    /// `self - earlier` as a signed distance.
    pub const fn since(self, earlier: Psn) -> i32 {
        self.0.wrapping_sub(earlier.0) as i32
    }
    pub const fn before(self, other: Psn) -> bool {
        self.since(other) < 0
    }
    pub const fn after_or_eq(self, other: Psn) -> bool {
        !self.before(other)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_sizes_and_goodput_limits() {
        assert_eq!(max_payload(1500), 1464);
        assert_eq!(max_payload(9000), 8968);
        assert_eq!(frames_for(PAGE_SIZE as u64, max_payload(1500)), 3);
        assert_eq!(frames_for(PAGE_SIZE as u64, max_payload(9000)), 1);
        // The least a 4 KiB page can take at MTU 1500 is ceil(4096 / 1500) = 3 frames.
        assert_eq!(frames_for(PAGE_SIZE as u64, 1500), 3);
        assert_eq!(goodput_limit(max_payload(1500)) / 1_000_000, 1192);
        assert_eq!(goodput_limit(max_payload(9000)) / 1_000_000, 1240);
    }

    #[test]
    fn psn_compares_across_wrap() {
        let a = Psn(u32::MAX - 1);
        let b = a.add(3);
        assert_eq!(b, Psn(1));
        assert!(a.before(b));
        assert!(b.after_or_eq(a));
        assert_eq!(b.since(a), 3);
        assert_eq!(a.since(b), -3);
    }
}
