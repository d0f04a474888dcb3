//! BAR0 register map (`docs/registers.md`). Every register is 32 bits wide, little-endian,
//! accessed with aligned 32-bit reads and writes. 64-bit values are split into `_LO`/`_HI`
//! pairs; write `_LO` first, the value takes effect on the write of `_HI` (or on a commit).

/// PCI identity of the NIC. 0x1234 is the unassigned vendor ID that QEMU and Corundum use for
/// experimental devices; because it is not ours alone, the driver also checks [`ID`]
/// (`docs/registers.md` §1).
pub const PCI_VENDOR_ID: u16 = 0x1234;
pub const PCI_DEVICE_ID: u16 = 0x75a1;
/// Size of BAR0.
pub const BAR0_LEN: usize = 0x2000;

// --- Identification -------------------------------------------------------------------------
/// Reads "UZRA" as a little-endian u32.
pub const ID: u32 = 0x000;
pub const ID_VALUE: u32 = u32::from_le_bytes(*b"UZRA");
/// Register map version: major in bits 31:16, minor in 15:0.
pub const VERSION: u32 = 0x004;
pub const VERSION_VALUE: u32 = 0x0001_0000;
/// Bits 7:0 protocol version, 15:8 log2(RX_WINDOW), 31:16 number of contexts.
pub const CAPS: u32 = 0x008;
/// Number of region-table entries.
pub const CAPS_REGIONS: u32 = 0x00C;

pub const fn caps_value() -> u32 {
    super::proto::VERSION as u32
        | (super::proto::RX_WINDOW.trailing_zeros()) << 8
        | (super::proto::MAX_CONTEXTS as u32) << 16
}

// --- Port -----------------------------------------------------------------------------------
/// Station address: `MAC_LO` holds octets 2..5 (octet 5 in bits 7:0), `MAC_HI` octets 0..1 in
/// bits 15:0, i.e. the address as the number `MacAddr::to_u64`. Reset value from the board.
pub const MAC_LO: u32 = 0x010;
pub const MAC_HI: u32 = 0x014;
pub const CONTROL: u32 = 0x018;
pub const CONTROL_ENABLE: u32 = 1 << 0;
/// Self-clearing: empties every table, ring pointer, counter and arrival state.
pub const CONTROL_RESET: u32 = 1 << 1;
/// Honour received PAUSE frames.
pub const CONTROL_PAUSE_RX: u32 = 1 << 2;
/// Send XOFF/XON when the receive buffer crosses `RXBUF_XOFF`/`RXBUF_XON`.
pub const CONTROL_PAUSE_TX: u32 = 1 << 3;
/// Deliver unicast frames for other stations to the host receive ring.
pub const CONTROL_PROMISC: u32 = 1 << 4;
pub const STATUS: u32 = 0x01C;
/// Neither `LOCAL_FAULT` nor `REMOTE_FAULT`.
pub const STATUS_LINK_UP: u32 = 1 << 0;
/// Transmission is stopped by a received PAUSE.
pub const STATUS_TX_PAUSED: u32 = 1 << 1;
/// The NIC has sent XOFF and not yet XON.
pub const STATUS_XOFF_SENT: u32 = 1 << 2;
/// The receiver sees Local Fault sequences (IEEE 802.3 46.3.4): the PHY has no receive link.
/// The MAC sends Remote Fault and no frames.
pub const STATUS_LOCAL_FAULT: u32 = 1 << 3;
/// The receiver sees Remote Fault sequences: the peer does not receive this NIC. The MAC sends
/// idle and no frames.
pub const STATUS_REMOTE_FAULT: u32 = 1 << 4;
/// RDMA payload bytes per WRITE frame: a multiple of 8, 8..=`max_payload(MTU)`. Reset value
/// `max_payload(1500)`.
pub const MAX_PAYLOAD: u32 = 0x020;
/// Pause time of the XOFF frames the NIC sends. Reset 0xFFFF.
pub const PAUSE_QUANTA: u32 = 0x024;
/// Receive-buffer fill, in bytes, at which XOFF is sent, and below which XON is sent.
pub const RXBUF_XOFF: u32 = 0x028;
pub const RXBUF_XON: u32 = 0x02C;
/// Their reset values, chosen for the gateware's 64 KiB receive buffer (registers.md §6.2):
/// 24 KiB of headroom above XOFF for what still arrives at MTU 9216, and XON high enough that
/// the buffer does not run dry before the peer's next whole jumbo frame is in (about 10 KiB).
pub const RXBUF_XOFF_RESET: u32 = 32 * 1024;
pub const RXBUF_XON_RESET: u32 = 16 * 1024;
/// Interrupt cause, write 1 to clear; mask, 1 = enabled. One MSI/MSI-X vector.
pub const IRQ_CAUSE: u32 = 0x030;
pub const IRQ_MASK: u32 = 0x034;
/// An event was written to the event ring.
pub const IRQ_EVENT: u32 = 1 << 0;
pub const IRQ_LINK: u32 = 1 << 1;
/// The event ring was full and an event was lost (see `CNT_EQ_OVERFLOW`).
pub const IRQ_EQ_OVERFLOW: u32 = 1 << 2;
/// After this many WRITEs placed in order on a context, the NIC notes `EV_RX_COALESCE`
/// (0: never; ACKs then follow LAST, ACK_REQ, gaps and duplicates only). Reset 64.
pub const ACK_COALESCE: u32 = 0x038;

// --- Rings ----------------------------------------------------------------------------------
/// Ring register blocks, `RING_STRIDE` apart, for [`SQ`], [`TXQ`], [`RXQ`] and [`EQ`].
pub const RING_BASE: u32 = 0x100;
pub const RING_STRIDE: u32 = 0x20;
/// RDMA send queue: host produces `ring::SqDesc` (TAIL), NIC consumes (HEAD).
pub const SQ: u32 = 0;
/// Raw transmit queue: host produces `ring::BufDesc` with whole frames (TAIL), NIC consumes.
pub const TXQ: u32 = 1;
/// Raw receive queue: host posts empty `ring::BufDesc` buffers (TAIL), NIC fills them (HEAD).
pub const RXQ: u32 = 2;
/// Event queue: NIC produces `ring::Event` (TAIL), host consumes (HEAD).
pub const EQ: u32 = 3;
pub const RING_COUNT: u32 = 4;
/// Offsets inside a ring block.
pub const RING_BASE_LO: u32 = 0x00;
pub const RING_BASE_HI: u32 = 0x04;
/// log2 of the number of entries (0: ring disabled). At most 16.
pub const RING_SIZE_LOG2: u32 = 0x08;
/// Free-running 32-bit indices; the slot is `index mod size`. Empty when equal.
pub const RING_HEAD: u32 = 0x0C;
pub const RING_TAIL: u32 = 0x10;

pub const fn ring_reg(ring: u32, reg: u32) -> u32 {
    RING_BASE + ring * RING_STRIDE + reg
}

// --- Region table (staged, then committed) --------------------------------------------------
pub const RT_KEY_LO: u32 = 0x200;
pub const RT_KEY_HI: u32 = 0x204;
pub const RT_LEN_LO: u32 = 0x208;
pub const RT_LEN_HI: u32 = 0x20C;
/// Bus address of the region's page list: one little-endian u64 bus address per 4 KiB page,
/// 8-byte aligned, in host memory.
pub const RT_PL_LO: u32 = 0x210;
pub const RT_PL_HI: u32 = 0x214;
/// Bits 11:0: offset of the region's first byte inside its first page.
pub const RT_FIRST: u32 = 0x218;
/// Bits 15:0: protection domain; a WRITE lands only if its context has the same one.
pub const RT_PD: u32 = 0x21C;
pub const RT_FLAGS: u32 = 0x220;
pub const RT_FLAG_VALID: u32 = 1 << 0;
pub const RT_FLAG_REMOTE_WRITE: u32 = 1 << 1;
pub const RT_FLAG_LOCAL_READ: u32 = 1 << 2;
/// Write an index: the staged fields become that entry, between two frames.
pub const RT_COMMIT: u32 = 0x224;

// --- Context table (staged, then committed) and arrival state -------------------------------
pub const CT_PEER_MAC_LO: u32 = 0x280;
pub const CT_PEER_MAC_HI: u32 = 0x284;
/// Bits 15:0: the peer's context index.
pub const CT_PEER_CTX: u32 = 0x288;
/// Tag written into every frame sent on this context (the peer's local tag).
pub const CT_PEER_TAG: u32 = 0x28C;
/// Tag every arriving frame must carry.
pub const CT_LOCAL_TAG: u32 = 0x290;
pub const CT_PD: u32 = 0x294;
pub const CT_FLAGS: u32 = 0x298;
pub const CT_FLAG_VALID: u32 = 1 << 0;
/// First PSN expected from the peer.
pub const CT_RX_START: u32 = 0x29C;
/// Write an index: the staged fields become that context, its arrival state is reset to
/// `CUM = HIGH = RX_START`, bitmap clear, `DONE = 0`, nothing pending, armed.
pub const CT_COMMIT: u32 = 0x2A0;
/// Which context `CT_RX_*` and `RX_MAP` show.
pub const CT_SELECT: u32 = 0x2A4;
/// Next PSN expected in order: every PSN before it has been placed.
pub const CT_RX_CUM: u32 = 0x2A8;
/// One past the highest PSN placed (equal to CUM when nothing is out of order).
pub const CT_RX_HIGH: u32 = 0x2AC;
/// Transfers completed: LAST frames that CUM has passed, wrapping.
pub const CT_RX_DONE: u32 = 0x2B0;
/// Write an index to re-arm that context's RX event (see `ring::EV_RX`).
pub const CT_ARM: u32 = 0x2B4;

/// Arrival bitmap of the selected context: `RX_WINDOW` bits. PSN `p` is bit `p % 32` of word
/// `(p % RX_WINDOW) / 32`, set when `p` was placed and CUM has not yet passed it.
pub const RX_MAP: u32 = 0x1000;
pub const RX_MAP_WORDS: u32 = super::proto::RX_WINDOW / 32;

// --- Counters: read-only, 32-bit, wrapping, zeroed by reset ---------------------------------
pub const CNT_BASE: u32 = 0x400;

/// The NIC's counters, in register order; `Counter::reg()` is the offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Counter {
    /// Frames the MAC received with a good FCS.
    RxFrames = 0,
    /// Dropped by the MAC: FCS mismatch.
    RxBadFcs,
    /// Dropped by the MAC: shorter than 64 bytes with FCS.
    RxRunt,
    /// Dropped by the MAC: longer than the MTU allows.
    RxOversize,
    /// PAUSE frames received (and honoured if `CONTROL_PAUSE_RX`).
    RxPause,
    /// WRITE frames placed into host memory.
    RxPlaced,
    /// Payload bytes placed (low 32 bits of the running sum).
    RxPlacedBytes,
    /// uzura frames dropped: truncated, wrong version, malformed header.
    RxDropMalformed,
    /// WRITE to a context out of range or not valid.
    RxDropCtx,
    /// WRITE from a station or context that is not the context's peer.
    RxDropPeer,
    /// WRITE with a connection tag that is not the context's (stale connection).
    RxDropTag,
    /// WRITE naming an invalid region, a wrong key, a region without REMOTE_WRITE or of
    /// another protection domain.
    RxDropKey,
    /// WRITE whose byte range is not inside the region.
    RxDropBounds,
    /// WRITE whose PSN was already placed (duplicate or stale retransmission).
    RxDropDup,
    /// WRITE whose PSN is at or beyond `CUM + RX_WINDOW`.
    RxDropWindow,
    /// Frame for the host dropped because the receive ring had no buffer.
    RxDropNoBuf,
    /// Frames written to the host receive ring.
    RxHost,
    /// Frames transmitted (all kinds).
    TxFrames,
    /// WRITE frames transmitted.
    TxWrites,
    /// PAUSE frames transmitted (XOFF and XON).
    TxPause,
    /// Send-queue descriptors rejected (see `ring::SqError`).
    SqErrors,
    /// Events lost because the event ring was full.
    EqOverflow,
    /// MAC Control frames (EtherType 0x8808) to this station or 01-80-C2-00-00-01 with an
    /// opcode other than PAUSE: discarded (IEEE 802.3 clause 31, aUnsupportedOpcodesReceived).
    RxUnsupportedOpcode,
    /// Times the receiver entered Local Fault (`STATUS_LOCAL_FAULT`).
    LinkLocalFaults,
    /// Times the receiver entered Remote Fault (`STATUS_REMOTE_FAULT`).
    LinkRemoteFaults,
}

impl Counter {
    pub const ALL: [Counter; 25] = [
        Counter::RxFrames,
        Counter::RxBadFcs,
        Counter::RxRunt,
        Counter::RxOversize,
        Counter::RxPause,
        Counter::RxPlaced,
        Counter::RxPlacedBytes,
        Counter::RxDropMalformed,
        Counter::RxDropCtx,
        Counter::RxDropPeer,
        Counter::RxDropTag,
        Counter::RxDropKey,
        Counter::RxDropBounds,
        Counter::RxDropDup,
        Counter::RxDropWindow,
        Counter::RxDropNoBuf,
        Counter::RxHost,
        Counter::TxFrames,
        Counter::TxWrites,
        Counter::TxPause,
        Counter::SqErrors,
        Counter::EqOverflow,
        Counter::RxUnsupportedOpcode,
        Counter::LinkLocalFaults,
        Counter::LinkRemoteFaults,
    ];
    pub const COUNT: usize = Self::ALL.len();

    pub const fn reg(self) -> u32 {
        CNT_BASE + 4 * self as u32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn map_has_no_overlaps() {
        assert_eq!(ID_VALUE.to_le_bytes(), *b"UZRA");
        assert!(ring_reg(EQ, RING_TAIL) < RT_KEY_LO);
        const { assert!(CT_ARM < CNT_BASE) };
        assert!(Counter::LinkRemoteFaults.reg() < RX_MAP);
        assert!(RX_MAP + RX_MAP_WORDS * 4 <= BAR0_LEN as u32);
        for (i, c) in Counter::ALL.iter().enumerate() {
            assert_eq!(*c as usize, i);
        }
        assert_eq!(caps_value() >> 16, 64);
        assert_eq!((caps_value() >> 8) & 0xff, 12);
    }
}
