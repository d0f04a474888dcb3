//! The kernel module's loopback device: the reference model with its port wired to itself,
//! so that the unchanged driver core (contexts, ACK/NACK, retransmission, completion) and the
//! whole ioctl path run on a host without the NIC. Two contexts of one device connected to
//! each other (peer MAC = the device's own) carry transfers between pinned regions, every
//! frame built, checked and placed by the model on the CPU.
//!
//! Time is the wire's own, virtual: it jumps to when the transmitter can next send, so the
//! device runs as fast as the CPU copies, in the order a 10 Gb/s wire would carry the frames.

use super::uapi::regs::Counter;
use super::uapi::MacAddr;
use super::{Memory, RefNic, MAX_TX_FRAME_LEN};

/// The NIC and its wire. Like [`RefNic`], all-zero memory is a valid value (a device before
/// [`Loopback::reset`]): every field is zeroable in the same sense.
pub struct Loopback {
    nic: RefNic,
    now_ps: u64,
    /// The frame on the wire, from the transmitter back to the receiver.
    frame: [u8; MAX_TX_FRAME_LEN],
}

impl Loopback {
    /// A device in power-on state, by value (about 170 KiB: for hosted use; the kernel resets
    /// zeroed memory instead).
    pub fn new(mac: MacAddr) -> Loopback {
        Loopback { nic: RefNic::new(mac), now_ps: 0, frame: [0; MAX_TX_FRAME_LEN] }
    }

    /// Power-on state with the board address `mac`, in place.
    pub fn reset(&mut self, mac: MacAddr) {
        self.nic.power_on(mac);
        self.now_ps = 0;
    }

    pub fn read_reg(&mut self, offset: u32) -> u32 {
        self.nic.read_reg(offset)
    }

    pub fn write_reg(&mut self, mem: &mut impl Memory, offset: u32, value: u32) {
        self.nic.write_reg(mem, offset, value)
    }

    pub fn counter(&self, c: Counter) -> u32 {
        self.nic.counter(c)
    }

    /// The interrupt line.
    pub fn irq_pending(&self) -> bool {
        self.nic.irq_pending()
    }

    /// Whether `run` has anything to do.
    pub fn has_work(&self) -> bool {
        self.nic.next_transmit_time(self.now_ps).is_some()
    }

    /// The DMA engines and the wire: sends frames, each received by the same NIC, until
    /// `budget` bytes went over the wire or nothing is left to send. Returns whether work is
    /// left (call again, after letting the driver run).
    pub fn run(&mut self, mem: &mut impl Memory, budget: u64) -> bool {
        let mut sent = 0u64;
        while sent < budget {
            let Some(at) = self.nic.next_transmit_time(self.now_ps) else { break };
            self.now_ps = at;
            // None: the SQ descriptors queued were all rejected, consumed on the way.
            if let Some(len) = self.nic.transmit(mem, at, |n| &mut self.frame[..n]) {
                self.nic.receive(mem, &self.frame[..len], at);
                sent += len as u64;
            }
        }
        self.has_work()
    }
}

#[cfg(test)]
mod tests;
