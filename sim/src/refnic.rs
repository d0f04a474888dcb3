//! The reference model of the NIC (crate `uzura-refnic`, shared with the kernel module's
//! loopback device), with sim's host memory as the memory its DMA reaches. Its tests, which
//! drive it through [`HostMemory`] as a driver would, are the model's own: `refnic/tests/`.

pub use uzura_refnic::RefNic;

use super::host::HostMemory;

impl uzura_refnic::Memory for HostMemory {
    fn read(&self, addr: u64, buf: &mut [u8]) {
        HostMemory::read(self, addr, buf)
    }
    fn write(&mut self, addr: u64, data: &[u8]) {
        HostMemory::write(self, addr, data)
    }
    fn dma_write(&mut self, addr: u64, data: &[u8]) {
        HostMemory::dma_write(self, addr, data)
    }
}
