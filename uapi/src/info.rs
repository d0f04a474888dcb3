//! Values an application sends to its peer (over the control channel) so that the peer can
//! address it: a context's address and a region's info. Both are fixed-size, big-endian byte
//! strings (`docs/protocol.md` §8), identical on every host.

use super::wire::MacAddr;

/// Region may be the destination of the peer's WRITEs.
pub const ACCESS_REMOTE_WRITE: u8 = 0x01;
/// Region may be the source of this host's rdmastart.
pub const ACCESS_LOCAL_READ: u8 = 0x02;
pub const ACCESS_ALL: u8 = ACCESS_REMOTE_WRITE | ACCESS_LOCAL_READ;

/// Why bytes are not a valid [`RegionInfo`] or [`ContextAddr`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InfoError {
    Truncated,
    BadMagic,
    Version,
    /// Reserved bits set, unknown access bits, zero or oversized length.
    Malformed,
}

/// Where a remote WRITE can land: the owning NIC, the region's table index and key, its length
/// and what it may be used for. Given to the peer by the region's owner; the key is the
/// capability (64 random bits per registration).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RegionInfo {
    pub mac: MacAddr,
    pub index: u16,
    pub access: u8,
    pub key: u64,
    pub len: u64,
}

impl RegionInfo {
    pub const LEN: usize = 32;
    pub const MAGIC: [u8; 4] = *b"UZRI";
    pub const VERSION: u8 = 1;

    pub fn to_bytes(&self) -> [u8; Self::LEN] {
        let mut b = [0u8; Self::LEN];
        b[0..4].copy_from_slice(&Self::MAGIC);
        b[4] = Self::VERSION;
        b[5] = self.access;
        b[6..12].copy_from_slice(&self.mac.0);
        b[12..14].copy_from_slice(&self.index.to_be_bytes());
        b[16..24].copy_from_slice(&self.key.to_be_bytes());
        b[24..32].copy_from_slice(&self.len.to_be_bytes());
        b
    }

    pub fn parse(b: &[u8]) -> Result<RegionInfo, InfoError> {
        let b: &[u8; Self::LEN] = b.get(..Self::LEN).and_then(|s| s.try_into().ok()).ok_or(InfoError::Truncated)?;
        if b[0..4] != Self::MAGIC {
            return Err(InfoError::BadMagic);
        }
        if b[4] != Self::VERSION {
            return Err(InfoError::Version);
        }
        let access = b[5];
        let len = u64::from_be_bytes(b[24..32].try_into().unwrap());
        let index = u16::from_be_bytes([b[12], b[13]]);
        if access & !ACCESS_ALL != 0
            || b[14..16] != [0, 0]
            || len == 0
            || len > super::proto::MAX_REGION_LEN
            || index as usize >= super::proto::MAX_REGIONS
        {
            return Err(InfoError::Malformed);
        }
        Ok(RegionInfo {
            mac: MacAddr(b[6..12].try_into().unwrap()),
            index,
            access,
            key: u64::from_be_bytes(b[16..24].try_into().unwrap()),
            len,
        })
    }
}

/// How a peer addresses one of this host's contexts: NIC, context index, and the connection
/// tag that every frame to that context must carry (random per open, so frames of an earlier
/// connection on the same index are dropped as stale).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct ContextAddr {
    pub mac: MacAddr,
    pub ctx: u16,
    pub tag: u32,
}

impl ContextAddr {
    pub const LEN: usize = 12;

    pub fn to_bytes(&self) -> [u8; Self::LEN] {
        let mut b = [0u8; Self::LEN];
        b[0..6].copy_from_slice(&self.mac.0);
        b[6..8].copy_from_slice(&self.ctx.to_be_bytes());
        b[8..12].copy_from_slice(&self.tag.to_be_bytes());
        b
    }

    pub fn parse(b: &[u8]) -> Result<ContextAddr, InfoError> {
        let b: &[u8; Self::LEN] = b.get(..Self::LEN).and_then(|s| s.try_into().ok()).ok_or(InfoError::Truncated)?;
        let ctx = u16::from_be_bytes([b[6], b[7]]);
        let mac = MacAddr(b[0..6].try_into().unwrap());
        if ctx as usize >= super::proto::MAX_CONTEXTS || mac.is_multicast() {
            return Err(InfoError::Malformed);
        }
        Ok(ContextAddr { mac, ctx, tag: u32::from_be_bytes(b[8..12].try_into().unwrap()) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn region_info_round_trip_and_rejects() {
        let r = RegionInfo {
            mac: MacAddr([2, 0, 0, 0, 0, 9]),
            index: 5,
            access: ACCESS_REMOTE_WRITE,
            key: 0xfeed_f00d_1234_5678,
            len: 4096 * 1024,
        };
        let b = r.to_bytes();
        assert_eq!(RegionInfo::parse(&b), Ok(r));
        assert_eq!(RegionInfo::parse(&b[..31]), Err(InfoError::Truncated));
        let mut bad = b;
        bad[0] = b'X';
        assert_eq!(RegionInfo::parse(&bad), Err(InfoError::BadMagic));
        let mut bad = b;
        bad[4] = 2;
        assert_eq!(RegionInfo::parse(&bad), Err(InfoError::Version));
        let mut bad = b;
        bad[5] = 0x80;
        assert_eq!(RegionInfo::parse(&bad), Err(InfoError::Malformed));
        let mut bad = b;
        bad[24..32].copy_from_slice(&0u64.to_be_bytes());
        assert_eq!(RegionInfo::parse(&bad), Err(InfoError::Malformed));
    }

    #[test]
    fn context_addr_round_trip() {
        let a = ContextAddr { mac: MacAddr([2, 1, 2, 3, 4, 5]), ctx: 63, tag: 0xabcd_0123 };
        assert_eq!(ContextAddr::parse(&a.to_bytes()), Ok(a));
        let mut bad = a.to_bytes();
        bad[7] = 64;
        assert_eq!(ContextAddr::parse(&bad), Err(InfoError::Malformed));
    }
}
