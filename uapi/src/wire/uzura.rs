//! The uzura header (`docs/protocol.md` §3). It follows the Ethernet header of a frame whose
//! EtherType is [`ETHERTYPE`]. All fields are big-endian.
//!
//! ```text
//!  0      ver:4 | opcode:4     1  flags      2..4   length (payload bytes)
//!  4..6   dst_ctx              6..8  src_ctx            8..12  dst_tag
//! 12..16  psn (WRITE) / cumulative ack (ACK, NACK)
//! 16..24  key                 24..26 region        26..32 offset (48 bits)
//! ```

use super::super::proto::{self, Psn, ETHERTYPE, HEADER_LEN, MAX_MTU, MAX_NACK_RANGES, VERSION};
use super::ethernet::{self, EthernetFrame, EthernetRepr};
use super::{Error, MacAddr};

pub const OP_WRITE: u8 = 1;
pub const OP_ACK: u8 = 2;
pub const OP_NACK: u8 = 3;

/// Last frame of a transfer: the receiver counts a transfer complete when its cumulative PSN
/// passes a frame with this flag.
pub const FLAG_LAST: u8 = 0x01;
/// The sender asks for an ACK as soon as this frame is placed.
pub const FLAG_ACK_REQ: u8 = 0x02;
const FLAGS_KNOWN: u8 = FLAG_LAST | FLAG_ACK_REQ;

/// Bytes of one NACK range: start PSN, count.
pub const NACK_RANGE_LEN: usize = 8;

/// Byte positions of a NACK range's fields, both big-endian.
pub mod nack_range {
    use core::ops::Range;
    pub const START: Range<usize> = 0..4;
    pub const COUNT: Range<usize> = 4..super::NACK_RANGE_LEN;
}
/// The largest WRITE payload any MTU allows.
pub const MAX_WRITE_LEN: usize = proto::max_payload(MAX_MTU);

pub mod field {
    use core::ops::Range;
    pub const VER_OP: usize = 0;
    pub const FLAGS: usize = 1;
    pub const LENGTH: Range<usize> = 2..4;
    pub const DST_CTX: Range<usize> = 4..6;
    pub const SRC_CTX: Range<usize> = 6..8;
    pub const DST_TAG: Range<usize> = 8..12;
    pub const PSN: Range<usize> = 12..16;
    pub const KEY: Range<usize> = 16..24;
    pub const REGION: Range<usize> = 24..26;
    pub const OFFSET: Range<usize> = 26..32;
}

/// A view of an uzura header and what follows it.
#[derive(Debug, Clone)]
pub struct Packet<T: AsRef<[u8]>> {
    buffer: T,
}

fn be16(b: &[u8]) -> u16 {
    u16::from_be_bytes([b[0], b[1]])
}
fn be32(b: &[u8]) -> u32 {
    u32::from_be_bytes([b[0], b[1], b[2], b[3]])
}

impl<T: AsRef<[u8]>> Packet<T> {
    pub const fn new_unchecked(buffer: T) -> Self {
        Packet { buffer }
    }
    /// Checks that the header and the payload its length field announces are in the buffer.
    /// Bytes beyond them (Ethernet padding of short frames) are allowed and ignored.
    pub fn new_checked(buffer: T) -> Result<Self, Error> {
        let p = Self::new_unchecked(buffer);
        let len = p.buffer.as_ref().len();
        if len < HEADER_LEN || len < HEADER_LEN + p.length() as usize {
            return Err(Error::Truncated);
        }
        Ok(p)
    }
    pub fn version(&self) -> u8 {
        self.buffer.as_ref()[field::VER_OP] >> 4
    }
    pub fn opcode(&self) -> u8 {
        self.buffer.as_ref()[field::VER_OP] & 0x0f
    }
    pub fn flags(&self) -> u8 {
        self.buffer.as_ref()[field::FLAGS]
    }
    pub fn length(&self) -> u16 {
        be16(&self.buffer.as_ref()[field::LENGTH])
    }
    pub fn dst_ctx(&self) -> u16 {
        be16(&self.buffer.as_ref()[field::DST_CTX])
    }
    pub fn src_ctx(&self) -> u16 {
        be16(&self.buffer.as_ref()[field::SRC_CTX])
    }
    pub fn dst_tag(&self) -> u32 {
        be32(&self.buffer.as_ref()[field::DST_TAG])
    }
    pub fn psn(&self) -> Psn {
        Psn(be32(&self.buffer.as_ref()[field::PSN]))
    }
    pub fn key(&self) -> u64 {
        let mut k = [0; 8];
        k.copy_from_slice(&self.buffer.as_ref()[field::KEY]);
        u64::from_be_bytes(k)
    }
    pub fn region(&self) -> u16 {
        be16(&self.buffer.as_ref()[field::REGION])
    }
    pub fn offset(&self) -> u64 {
        let mut o = [0; 8];
        o[2..].copy_from_slice(&self.buffer.as_ref()[field::OFFSET]);
        u64::from_be_bytes(o)
    }
    /// The `length` bytes after the header.
    pub fn payload(&self) -> &[u8] {
        &self.buffer.as_ref()[HEADER_LEN..HEADER_LEN + self.length() as usize]
    }
}

impl<T: AsRef<[u8]> + AsMut<[u8]>> Packet<T> {
    pub fn set_ver_op(&mut self, version: u8, opcode: u8) {
        self.buffer.as_mut()[field::VER_OP] = version << 4 | (opcode & 0x0f);
    }
    pub fn set_flags(&mut self, v: u8) {
        self.buffer.as_mut()[field::FLAGS] = v;
    }
    pub fn set_length(&mut self, v: u16) {
        self.buffer.as_mut()[field::LENGTH].copy_from_slice(&v.to_be_bytes());
    }
    pub fn set_dst_ctx(&mut self, v: u16) {
        self.buffer.as_mut()[field::DST_CTX].copy_from_slice(&v.to_be_bytes());
    }
    pub fn set_src_ctx(&mut self, v: u16) {
        self.buffer.as_mut()[field::SRC_CTX].copy_from_slice(&v.to_be_bytes());
    }
    pub fn set_dst_tag(&mut self, v: u32) {
        self.buffer.as_mut()[field::DST_TAG].copy_from_slice(&v.to_be_bytes());
    }
    pub fn set_psn(&mut self, v: Psn) {
        self.buffer.as_mut()[field::PSN].copy_from_slice(&v.0.to_be_bytes());
    }
    pub fn set_key(&mut self, v: u64) {
        self.buffer.as_mut()[field::KEY].copy_from_slice(&v.to_be_bytes());
    }
    pub fn set_region(&mut self, v: u16) {
        self.buffer.as_mut()[field::REGION].copy_from_slice(&v.to_be_bytes());
    }
    /// Only the low 48 bits are sent.
    pub fn set_offset(&mut self, v: u64) {
        self.buffer.as_mut()[field::OFFSET].copy_from_slice(&v.to_be_bytes()[2..]);
    }
    pub fn payload_mut(&mut self) -> &mut [u8] {
        let len = self.length() as usize;
        &mut self.buffer.as_mut()[HEADER_LEN..HEADER_LEN + len]
    }
}

/// A run of `count` consecutive PSNs starting at `start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PsnRange {
    pub start: Psn,
    pub count: u32,
}

/// The missing ranges a NACK lists, at most [`MAX_NACK_RANGES`], in the order sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NackRanges {
    len: usize,
    ranges: [PsnRange; MAX_NACK_RANGES],
}

impl Default for NackRanges {
    fn default() -> Self {
        NackRanges { len: 0, ranges: [PsnRange::default(); MAX_NACK_RANGES] }
    }
}

impl NackRanges {
    /// Appends a range; false when full (the rest is NACKed in a later NACK).
    pub fn push(&mut self, r: PsnRange) -> bool {
        if self.len == MAX_NACK_RANGES {
            return false;
        }
        self.ranges[self.len] = r;
        self.len += 1;
        true
    }
    pub fn as_slice(&self) -> &[PsnRange] {
        &self.ranges[..self.len]
    }
    pub fn len(&self) -> usize {
        self.len
    }
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

/// The fields of a WRITE that are not common to every opcode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WriteRepr {
    pub last: bool,
    pub ack_req: bool,
    pub key: u64,
    pub region: u16,
    pub offset: u64,
    pub len: u16,
}

// A NACK's ranges are inline: boxing them needs an allocator, which no_std code shared with
// the kernel does not have.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Place `len` payload bytes at `offset` of region `region` whose key is `key`.
    Write(WriteRepr),
    /// Every PSN before `psn` has arrived.
    Ack,
    /// Every PSN before `psn` has arrived, and these ranges beyond it are missing.
    Nack(NackRanges),
}

/// A parsed, validated uzura header. `psn` is the frame's sequence number for a WRITE and the
/// cumulative acknowledgement for ACK and NACK.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Repr {
    pub dst_ctx: u16,
    pub src_ctx: u16,
    pub dst_tag: u32,
    pub psn: Psn,
    pub kind: Kind,
}

impl Repr {
    /// Validates every field the receiver relies on: version, opcode, reserved flag bits,
    /// lengths, and that fields an opcode does not use are zero.
    pub fn parse<T: AsRef<[u8]>>(p: &Packet<T>) -> Result<Repr, Error> {
        let buf = p.buffer.as_ref();
        if buf.len() < HEADER_LEN || buf.len() < HEADER_LEN + p.length() as usize {
            return Err(Error::Truncated);
        }
        if p.version() != VERSION {
            return Err(Error::Version);
        }
        let flags = p.flags();
        if flags & !FLAGS_KNOWN != 0 {
            return Err(Error::Malformed);
        }
        let len = p.length() as usize;
        let kind = match p.opcode() {
            OP_WRITE => {
                if len == 0 || len > MAX_WRITE_LEN {
                    return Err(Error::Malformed);
                }
                Kind::Write(WriteRepr {
                    last: flags & FLAG_LAST != 0,
                    ack_req: flags & FLAG_ACK_REQ != 0,
                    key: p.key(),
                    region: p.region(),
                    offset: p.offset(),
                    len: len as u16,
                })
            }
            OP_ACK | OP_NACK => {
                if flags != 0 || p.key() != 0 || p.region() != 0 || p.offset() != 0 {
                    return Err(Error::Malformed);
                }
                if p.opcode() == OP_ACK {
                    if len != 0 {
                        return Err(Error::Malformed);
                    }
                    Kind::Ack
                } else {
                    if len == 0 || !len.is_multiple_of(NACK_RANGE_LEN) || len / NACK_RANGE_LEN > MAX_NACK_RANGES {
                        return Err(Error::Malformed);
                    }
                    let mut ranges = NackRanges::default();
                    for r in p.payload().chunks_exact(NACK_RANGE_LEN) {
                        let count = be32(&r[nack_range::COUNT]);
                        if count == 0 || count > proto::RX_WINDOW {
                            return Err(Error::Malformed);
                        }
                        ranges.push(PsnRange { start: Psn(be32(&r[nack_range::START])), count });
                    }
                    Kind::Nack(ranges)
                }
            }
            _ => return Err(Error::Malformed),
        };
        Ok(Repr { dst_ctx: p.dst_ctx(), src_ctx: p.src_ctx(), dst_tag: p.dst_tag(), psn: p.psn(), kind })
    }

    /// Bytes after the header: a WRITE's data, or a NACK's ranges.
    pub fn payload_len(&self) -> usize {
        match &self.kind {
            Kind::Write(w) => w.len as usize,
            Kind::Ack => 0,
            Kind::Nack(r) => r.len() * NACK_RANGE_LEN,
        }
    }

    pub fn buffer_len(&self) -> usize {
        HEADER_LEN + self.payload_len()
    }

    /// Writes the header, and a NACK's ranges; a WRITE's data is the caller's to copy into
    /// `payload_mut()`.
    pub fn emit<T: AsRef<[u8]> + AsMut<[u8]>>(&self, p: &mut Packet<T>) {
        let (opcode, flags, key, region, offset) = match &self.kind {
            Kind::Write(w) => {
                let flags = if w.last { FLAG_LAST } else { 0 } | if w.ack_req { FLAG_ACK_REQ } else { 0 };
                (OP_WRITE, flags, w.key, w.region, w.offset)
            }
            Kind::Ack => (OP_ACK, 0, 0, 0, 0),
            Kind::Nack(_) => (OP_NACK, 0, 0, 0, 0),
        };
        p.set_ver_op(VERSION, opcode);
        p.set_flags(flags);
        p.set_length(self.payload_len() as u16);
        p.set_dst_ctx(self.dst_ctx);
        p.set_src_ctx(self.src_ctx);
        p.set_dst_tag(self.dst_tag);
        p.set_psn(self.psn);
        p.set_key(key);
        p.set_region(region);
        p.set_offset(offset);
        if let Kind::Nack(ranges) = &self.kind {
            for (chunk, r) in p.payload_mut().chunks_exact_mut(NACK_RANGE_LEN).zip(ranges.as_slice()) {
                chunk[nack_range::START].copy_from_slice(&r.start.0.to_be_bytes());
                chunk[nack_range::COUNT].copy_from_slice(&r.count.to_be_bytes());
            }
        }
    }
}

/// Parses a whole uzura frame (Ethernet header onwards, no FCS). Frames of another EtherType
/// are `Malformed` here; a NIC sends those to the host receive ring instead.
pub fn parse_frame(frame: &[u8]) -> Result<(EthernetRepr, Repr, &[u8]), Error> {
    let eth = EthernetFrame::new_checked(frame)?;
    let eth_repr = EthernetRepr::parse(&eth)?;
    if eth_repr.ethertype != ETHERTYPE {
        return Err(Error::Malformed);
    }
    let packet = Packet::new_checked(&frame[ethernet::HEADER_LEN..])?;
    let repr = Repr::parse(&packet)?;
    let start = ethernet::HEADER_LEN + HEADER_LEN;
    Ok((eth_repr, repr, &frame[start..start + repr.payload_len()]))
}

/// Writes a whole uzura frame into `buf` and returns its length (no FCS, no padding: the MAC
/// adds both). For a WRITE, `payload` is its data and must be `len` bytes; otherwise empty.
pub fn emit_frame(src: MacAddr, dst: MacAddr, repr: &Repr, payload: &[u8], buf: &mut [u8]) -> usize {
    let total = emit_frame_headers(src, dst, repr, buf);
    if let Kind::Write(_) = repr.kind {
        Packet::new_unchecked(&mut buf[ethernet::HEADER_LEN..total]).payload_mut().copy_from_slice(payload);
    }
    total
}

/// [`emit_frame`] without a WRITE's data: its place, the payload of the `Packet` at
/// `buf[ethernet::HEADER_LEN..returned length]`, is left for the caller to fill (a NIC
/// gathers it straight from host memory).
pub fn emit_frame_headers(src: MacAddr, dst: MacAddr, repr: &Repr, buf: &mut [u8]) -> usize {
    let total = ethernet::HEADER_LEN + repr.buffer_len();
    let buf = &mut buf[..total];
    EthernetRepr { dst, src, ethertype: ETHERTYPE }.emit(&mut EthernetFrame::new_unchecked(&mut *buf));
    repr.emit(&mut Packet::new_unchecked(&mut buf[ethernet::HEADER_LEN..]));
    total
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write_repr() -> Repr {
        Repr {
            dst_ctx: 3,
            src_ctx: 7,
            dst_tag: 0xdead_beef,
            psn: Psn(0xffff_fffe),
            kind: Kind::Write(WriteRepr {
                last: true,
                ack_req: false,
                key: 0x0123_4567_89ab_cdef,
                region: 513,
                offset: 0xffff_ffff_fff0,
                len: 5,
            }),
        }
    }

    #[test]
    fn write_round_trip_and_layout() {
        let mut buf = [0u8; 128];
        let n = emit_frame(MacAddr([2; 6]), MacAddr([4; 6]), &write_repr(), b"hello", &mut buf);
        assert_eq!(n, 14 + 32 + 5);
        assert_eq!(&buf[12..14], &[0x88, 0xB5]);
        assert_eq!(buf[14], 0x11);
        assert_eq!(buf[15], FLAG_LAST);
        assert_eq!(&buf[14 + 26..14 + 32], &[0xff, 0xff, 0xff, 0xff, 0xff, 0xf0]);
        let (eth, repr, payload) = parse_frame(&buf[..n]).unwrap();
        assert_eq!(eth.src, MacAddr([2; 6]));
        assert_eq!(repr, write_repr());
        assert_eq!(payload, b"hello");
        // Ethernet padding after the payload is ignored.
        assert_eq!(parse_frame(&buf[..60]).unwrap().1, write_repr());
        assert_eq!(parse_frame(&buf[..n - 1]).unwrap_err(), Error::Truncated);
    }

    #[test]
    fn nack_round_trip() {
        let mut ranges = NackRanges::default();
        ranges.push(PsnRange { start: Psn(10), count: 2 });
        ranges.push(PsnRange { start: Psn(20), count: 1 });
        let repr = Repr { dst_ctx: 1, src_ctx: 2, dst_tag: 9, psn: Psn(10), kind: Kind::Nack(ranges) };
        let mut buf = [0u8; 128];
        let n = emit_frame(MacAddr([2; 6]), MacAddr([4; 6]), &repr, &[], &mut buf);
        assert_eq!(n, 14 + 32 + 16);
        assert_eq!(parse_frame(&buf[..n]).unwrap().1, repr);
    }

    #[test]
    fn rejects_bad_headers() {
        let mut buf = [0u8; 128];
        let n = emit_frame(MacAddr([2; 6]), MacAddr([4; 6]), &write_repr(), b"hello", &mut buf);
        let mut bad = buf;
        bad[14] = 0x21;
        assert_eq!(parse_frame(&bad[..n]).unwrap_err(), Error::Version);
        let mut bad = buf;
        bad[14] = 0x1f;
        assert_eq!(parse_frame(&bad[..n]).unwrap_err(), Error::Malformed);
        let mut bad = buf;
        bad[15] = 0x80;
        assert_eq!(parse_frame(&bad[..n]).unwrap_err(), Error::Malformed);
        let mut bad = buf;
        bad[16..18].copy_from_slice(&0u16.to_be_bytes());
        assert_eq!(parse_frame(&bad[..n]).unwrap_err(), Error::Malformed);
        let mut bad = buf;
        bad[12] = 0x08;
        bad[13] = 0x00;
        assert_eq!(parse_frame(&bad[..n]).unwrap_err(), Error::Malformed);
        // An ACK with a key is malformed.
        let ack = Repr { dst_ctx: 1, src_ctx: 2, dst_tag: 3, psn: Psn(4), kind: Kind::Ack };
        let n = emit_frame(MacAddr([2; 6]), MacAddr([4; 6]), &ack, &[], &mut buf);
        assert_eq!(parse_frame(&buf[..n]).unwrap().1, ack);
        buf[14 + 16] = 1;
        assert_eq!(parse_frame(&buf[..n]).unwrap_err(), Error::Malformed);
    }
}
