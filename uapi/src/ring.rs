//! Entries of the rings in host memory (`docs/registers.md` §4). All fields little-endian.
//! Each type has `encode` into and `decode` from its fixed-size byte form, so that the driver,
//! the reference model and the gateware testbenches share one layout.

fn le16(b: &[u8]) -> u16 {
    u16::from_le_bytes([b[0], b[1]])
}
fn le32(b: &[u8]) -> u32 {
    u32::from_le_bytes(b[..4].try_into().unwrap())
}
fn le64(b: &[u8]) -> u64 {
    u64::from_le_bytes(b[..8].try_into().unwrap())
}

/// The final frame of this descriptor is its transfer's last frame (`FLAG_LAST` on the wire).
pub const SQ_LAST: u8 = 0x01;
/// Set `FLAG_ACK_REQ` on the descriptor's final frame.
pub const SQ_ACK_REQ: u8 = 0x02;
/// Post `EV_SQ_DONE` once the descriptor's final frame has been sent.
pub const SQ_EVENT: u8 = 0x04;
const SQ_FLAGS_KNOWN: u8 = SQ_LAST | SQ_ACK_REQ | SQ_EVENT;

/// An RDMA send-queue descriptor: send `len` bytes of local region `src_region` from
/// `src_offset` as WRITEs on context `ctx` to the peer's region `dst_region`/`dst_key` at
/// `dst_offset`, cut into `MAX_PAYLOAD`-byte frames numbered from `first_psn`. Used for first
/// transmissions and retransmissions alike.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct SqDesc {
    pub ctx: u16,
    pub flags: u8,
    pub first_psn: u32,
    pub len: u32,
    pub src_region: u16,
    pub dst_region: u16,
    pub src_offset: u64,
    pub dst_offset: u64,
    pub dst_key: u64,
}

impl SqDesc {
    pub const LEN: usize = 64;

    pub fn encode(&self) -> [u8; Self::LEN] {
        use sq_desc::*;
        let mut b = [0u8; Self::LEN];
        b[CTX].copy_from_slice(&self.ctx.to_le_bytes());
        b[FLAGS] = self.flags;
        b[FIRST_PSN].copy_from_slice(&self.first_psn.to_le_bytes());
        b[LEN].copy_from_slice(&self.len.to_le_bytes());
        b[SRC_REGION].copy_from_slice(&self.src_region.to_le_bytes());
        b[DST_REGION].copy_from_slice(&self.dst_region.to_le_bytes());
        b[SRC_OFFSET].copy_from_slice(&self.src_offset.to_le_bytes());
        b[DST_OFFSET].copy_from_slice(&self.dst_offset.to_le_bytes());
        b[DST_KEY].copy_from_slice(&self.dst_key.to_le_bytes());
        b
    }

    /// The context a descriptor names, readable even when `decode` rejects it (the NIC
    /// reports the rejection on that context).
    pub fn ctx_of(b: &[u8; Self::LEN]) -> u16 {
        le16(&b[sq_desc::CTX])
    }

    /// `None` if reserved bytes or flag bits are set: the NIC rejects such a descriptor.
    pub fn decode(b: &[u8; Self::LEN]) -> Option<SqDesc> {
        use sq_desc::*;
        if b[RESERVED] != 0 || b[FLAGS] & !SQ_FLAGS_KNOWN != 0 || b[RESERVED_TAIL].iter().any(|&x| x != 0) {
            return None;
        }
        Some(SqDesc {
            ctx: le16(&b[CTX]),
            flags: b[FLAGS],
            first_psn: le32(&b[FIRST_PSN]),
            len: le32(&b[LEN]),
            src_region: le16(&b[SRC_REGION]),
            dst_region: le16(&b[DST_REGION]),
            src_offset: le64(&b[SRC_OFFSET]),
            dst_offset: le64(&b[DST_OFFSET]),
            dst_key: le64(&b[DST_KEY]),
        })
    }
}

/// Byte positions of [`SqDesc`]'s fields (the gateware reads them out of 64-bit beats).
pub mod sq_desc {
    use core::ops::Range;
    pub const CTX: Range<usize> = 0..2;
    pub const FLAGS: usize = 2;
    /// Must be zero.
    pub const RESERVED: usize = 3;
    pub const FIRST_PSN: Range<usize> = 4..8;
    pub const LEN: Range<usize> = 8..12;
    pub const SRC_REGION: Range<usize> = 12..14;
    pub const DST_REGION: Range<usize> = 14..16;
    pub const SRC_OFFSET: Range<usize> = 16..24;
    pub const DST_OFFSET: Range<usize> = 24..32;
    pub const DST_KEY: Range<usize> = 32..40;
    /// Must be zero.
    pub const RESERVED_TAIL: Range<usize> = 40..super::SqDesc::LEN;
}

/// A buffer for a whole frame: in the TXQ a frame to send (without FCS; the MAC pads and adds
/// it), in the RXQ an empty buffer for a received frame (written without FCS).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct BufDesc {
    pub addr: u64,
    pub len: u16,
}

impl BufDesc {
    pub const LEN: usize = 16;

    pub fn encode(&self) -> [u8; Self::LEN] {
        let mut b = [0u8; Self::LEN];
        b[buf_desc::ADDR].copy_from_slice(&self.addr.to_le_bytes());
        b[buf_desc::LEN].copy_from_slice(&self.len.to_le_bytes());
        b
    }

    pub fn decode(b: &[u8; Self::LEN]) -> BufDesc {
        BufDesc { addr: le64(&b[buf_desc::ADDR]), len: le16(&b[buf_desc::LEN]) }
    }
}

/// Byte positions of [`BufDesc`]'s fields.
pub mod buf_desc {
    use core::ops::Range;
    pub const ADDR: Range<usize> = 0..8;
    pub const LEN: Range<usize> = 8..10;
}

/// Event types.
/// Arrival state of context `ctx` changed; `reason` holds `EV_RX_*` bits, `a` = CUM, `b` =
/// HIGH, `c` = DONE (low 16 bits) at the time of the event. The context is then disarmed
/// until the host writes its index to `CT_ARM`; reasons arising meanwhile are kept and
/// reported by the first event after re-arming.
pub const EV_RX: u8 = 1;
/// SQ descriptor at ring index `a` sent completely (only with `SQ_EVENT`).
pub const EV_SQ_DONE: u8 = 2;
/// SQ descriptor at ring index `a` rejected; `b` is an [`SqError`], `ctx` its context.
pub const EV_SQ_ERROR: u8 = 3;
/// RXQ buffer at ring index `a` holds a frame of `b` bytes.
pub const EV_RX_FRAME: u8 = 4;
/// TXQ descriptor at ring index `a` sent.
pub const EV_TX_DONE: u8 = 5;
/// Link state changed; `a` is 1 when up.
pub const EV_LINK: u8 = 6;

/// Reasons of an `EV_RX` event.
/// CUM passed a LAST frame: a transfer completed.
pub const EV_RX_COMPLETE: u8 = 0x01;
/// A frame with `FLAG_ACK_REQ` was placed.
pub const EV_RX_ACK_REQ: u8 = 0x02;
/// A frame was placed beyond CUM: something before it is missing.
pub const EV_RX_GAP: u8 = 0x04;
/// A duplicate arrived: the peer is retransmitting, perhaps because an ACK was lost.
pub const EV_RX_DUP: u8 = 0x08;
/// `ACK_COALESCE` frames were placed in order since the last event.
pub const EV_RX_COALESCE: u8 = 0x10;

/// Why the NIC rejected an SQ descriptor.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u32)]
pub enum SqError {
    /// Reserved bits set, or zero length.
    Malformed = 1,
    /// Context out of range or not valid.
    Ctx = 2,
    /// Source region invalid, without LOCAL_READ, or of another protection domain.
    Region = 3,
    /// Source range not inside the source region.
    Bounds = 4,
}

impl SqError {
    pub fn from_u32(v: u32) -> Option<SqError> {
        Some(match v {
            1 => SqError::Malformed,
            2 => SqError::Ctx,
            3 => SqError::Region,
            4 => SqError::Bounds,
            _ => return None,
        })
    }
}

/// An event-queue entry. The NIC writes it in one 16-byte write with `phase` in the last byte;
/// the host knows an entry is new when its phase bit equals the current pass's (1 on the first
/// pass around the ring, flipping on each wrap).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Event {
    pub kind: u8,
    pub reason: u8,
    pub ctx: u16,
    pub a: u32,
    pub b: u32,
    pub c: u16,
    pub phase: bool,
}

impl Event {
    pub const LEN: usize = 16;

    pub fn encode(&self) -> [u8; Self::LEN] {
        use event::*;
        let mut b = [0u8; Self::LEN];
        b[KIND] = self.kind;
        b[REASON] = self.reason;
        b[CTX].copy_from_slice(&self.ctx.to_le_bytes());
        b[A].copy_from_slice(&self.a.to_le_bytes());
        b[B].copy_from_slice(&self.b.to_le_bytes());
        b[C].copy_from_slice(&self.c.to_le_bytes());
        b[PHASE] = self.phase as u8;
        b
    }

    pub fn decode(b: &[u8; Self::LEN]) -> Event {
        use event::*;
        Event {
            kind: b[KIND],
            reason: b[REASON],
            ctx: le16(&b[CTX]),
            a: le32(&b[A]),
            b: le32(&b[B]),
            c: le16(&b[C]),
            phase: b[PHASE] & 1 != 0,
        }
    }
}

/// Byte positions of [`Event`]'s fields; the phase is bit 0 of byte `PHASE`.
pub mod event {
    use core::ops::Range;
    pub const KIND: usize = 0;
    pub const REASON: usize = 1;
    pub const CTX: Range<usize> = 2..4;
    pub const A: Range<usize> = 4..8;
    pub const B: Range<usize> = 8..12;
    pub const C: Range<usize> = 12..14;
    pub const PHASE: usize = 15;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let d = SqDesc {
            ctx: 3,
            flags: SQ_LAST | SQ_EVENT,
            first_psn: 77,
            len: 4096 * 1024,
            src_region: 1,
            dst_region: 1023,
            src_offset: 5,
            dst_offset: 0xffff_ffff_ffff,
            dst_key: 42,
        };
        assert_eq!(SqDesc::decode(&d.encode()), Some(d));
        let mut bad = d.encode();
        bad[63] = 1;
        assert_eq!(SqDesc::decode(&bad), None);
        let e = Event { kind: EV_RX, reason: EV_RX_GAP | EV_RX_COMPLETE, ctx: 9, a: 1, b: 2, c: 3, phase: true };
        assert_eq!(Event::decode(&e.encode()), e);
        let r = BufDesc { addr: 0x1234_5678_9000, len: 9216 };
        assert_eq!(BufDesc::decode(&r.encode()), r);
    }
}
