//! IEEE 802.3x PAUSE: a MAC Control frame (EtherType 0x8808, opcode 0x0001) asking the
//! receiving MAC to stop transmitting for `quanta` x 512 bit times (51.2 ns at 10 Gb/s).
//! Quanta 0 resumes at once (XON).

use super::{Error, MacAddr};

pub const ETHERTYPE_MAC_CONTROL: u16 = 0x8808;
pub const OPCODE_PAUSE: u16 = 0x0001;
/// The reserved multicast address PAUSE frames are sent to.
pub const PAUSE_DST: MacAddr = MacAddr([0x01, 0x80, 0xC2, 0x00, 0x00, 0x01]);
/// MAC Control payload: opcode and pause time, then zero padding to the minimum frame.
pub const PAYLOAD_LEN: usize = 4;
/// Nanoseconds per pause quantum at 10 Gb/s (512 bit times).
pub const QUANTUM_NS: f64 = 51.2;
/// Picoseconds per quantum, for integer clocks.
pub const QUANTUM_PS: u64 = 51_200;

/// A view of the MAC Control payload of an Ethernet frame (what follows the EtherType).
#[derive(Debug, Clone)]
pub struct PausePacket<T: AsRef<[u8]>> {
    buffer: T,
}

impl<T: AsRef<[u8]>> PausePacket<T> {
    pub const fn new_unchecked(buffer: T) -> Self {
        PausePacket { buffer }
    }
    pub fn new_checked(buffer: T) -> Result<Self, Error> {
        let p = Self::new_unchecked(buffer);
        if p.buffer.as_ref().len() < PAYLOAD_LEN {
            return Err(Error::Truncated);
        }
        Ok(p)
    }
    pub fn opcode(&self) -> u16 {
        let b = self.buffer.as_ref();
        u16::from_be_bytes([b[0], b[1]])
    }
    pub fn quanta(&self) -> u16 {
        let b = self.buffer.as_ref();
        u16::from_be_bytes([b[2], b[3]])
    }
}

impl<T: AsRef<[u8]> + AsMut<[u8]>> PausePacket<T> {
    pub fn set_opcode(&mut self, v: u16) {
        self.buffer.as_mut()[0..2].copy_from_slice(&v.to_be_bytes());
    }
    pub fn set_quanta(&mut self, v: u16) {
        self.buffer.as_mut()[2..4].copy_from_slice(&v.to_be_bytes());
    }
}

/// A parsed PAUSE request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PauseRepr {
    pub quanta: u16,
}

impl PauseRepr {
    /// Parses a MAC Control payload. Other MAC Control opcodes (e.g. PFC, 0x0101) are
    /// `Malformed` for uzura's MAC, which implements only 802.3x PAUSE.
    pub fn parse<T: AsRef<[u8]>>(p: &PausePacket<T>) -> Result<Self, Error> {
        if p.buffer.as_ref().len() < PAYLOAD_LEN {
            return Err(Error::Truncated);
        }
        if p.opcode() != OPCODE_PAUSE {
            return Err(Error::Malformed);
        }
        Ok(PauseRepr { quanta: p.quanta() })
    }
    pub const fn buffer_len(&self) -> usize {
        PAYLOAD_LEN
    }
    pub fn emit<T: AsRef<[u8]> + AsMut<[u8]>>(&self, p: &mut PausePacket<T>) {
        p.set_opcode(OPCODE_PAUSE);
        p.set_quanta(self.quanta);
    }
    /// How long the request stops a transmitter, in picoseconds.
    pub const fn duration_ps(&self) -> u64 {
        self.quanta as u64 * QUANTUM_PS
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_other_opcodes() {
        let mut b = [0u8; 46];
        PauseRepr { quanta: 0xffff }.emit(&mut PausePacket::new_unchecked(&mut b[..]));
        assert_eq!(&b[..4], &[0, 1, 0xff, 0xff]);
        let r = PauseRepr::parse(&PausePacket::new_checked(&b[..]).unwrap()).unwrap();
        assert_eq!(r.quanta, 0xffff);
        assert_eq!(r.duration_ps(), 0xffff * 51_200);
        b[1] = 0x01;
        b[0] = 0x01;
        assert_eq!(PauseRepr::parse(&PausePacket::new_unchecked(&b[..])), Err(Error::Malformed));
    }
}
