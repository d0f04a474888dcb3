//! The gateware's NIC under Verilator (crate uzura-verilated) as a device's model. It runs on
//! simulated time ([`crate::sim::Clock::Simulated`]): far too slow to follow wall time.

use uzura_uapi::wire::MacAddr;
use uzura_verilated::vnic::{Bus, VNic};

use crate::nic::{Dma, NicBackend};

/// Cycles without work at the NIC's ports after which it is taken as idle (the simulation
/// thread then stops clocking it): longer than any stretch the gateware works inside without
/// showing it there (a received frame's way from the MAC to its DMA write; a doorbell's to its
/// descriptor read), at 6.5 us of model time a small cost per burst of work.
const IDLE_AFTER_CYCLES: u64 = 1024;

pub struct GatewareBackend {
    nic: VNic,
    mac: MacAddr,
    /// The device's time at the model's cycle 0: a power-on starts a fresh model, at the time
    /// the last one's clock had reached.
    epoch_ps: u64,
}

impl GatewareBackend {
    pub fn new(mac: MacAddr) -> GatewareBackend {
        GatewareBackend { nic: VNic::new(mac, Bus::PCIE_GEN3_X8), mac, epoch_ps: 0 }
    }

    /// The model's time for the device's `now_ps`.
    fn model_ps(&self, now_ps: u64) -> u64 {
        now_ps.saturating_sub(self.epoch_ps)
    }
}

impl NicBackend for GatewareBackend {
    fn read_reg(&mut self, dma: &mut Dma, offset: u32) -> u32 {
        self.nic.read_reg(dma, offset)
    }
    fn write_reg(&mut self, dma: &mut Dma, offset: u32, value: u32) {
        self.nic.write_reg(dma, offset, value)
    }
    fn receive(&mut self, dma: &mut Dma, frame: &[u8], now_ps: u64) {
        let at = self.model_ps(now_ps);
        self.nic.receive(dma, frame, at)
    }
    fn transmit(&mut self, dma: &mut Dma, now_ps: u64) -> Option<(u64, Vec<u8>)> {
        let at = self.model_ps(now_ps);
        let (start, frame) = self.nic.transmit(dma, at)?;
        Some((self.epoch_ps + start, frame))
    }
    /// The next cycle while the NIC has work; None once it has been idle a while, so that the
    /// simulation can stop.
    fn next_transmit_time(&self, now_ps: u64) -> Option<u64> {
        let next = self.nic.next_transmit_time(self.model_ps(now_ps))?;
        (self.nic.idle_cycles() < IDLE_AFTER_CYCLES).then_some(self.epoch_ps + next)
    }
    fn irq_pending(&self) -> bool {
        self.nic.irq_pending()
    }
    /// A fresh model: the gateware has no reset port, and a `CONTROL_RESET` leaves the bus
    /// model's DMA in flight.
    fn power_on(&mut self) {
        self.epoch_ps += self.nic.now_ps();
        self.nic = VNic::new(self.mac, Bus::PCIE_GEN3_X8);
    }
}
