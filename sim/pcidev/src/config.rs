//! The NIC's PCI configuration space. Under UML's virt-pci the device process owns all 4 KiB of
//! it: the header, BAR sizing and the MSI capability are ours to implement. Every byte has a
//! value and a mask of the bits software may write, so BAR sizing (all-ones reads back the size
//! mask), read-only fields and unimplemented registers (read 0) all follow from the masks.

use uzura_uapi::regs;

pub const CFG_SIZE: usize = 4096;

const VENDOR_ID: usize = 0x00;
const DEVICE_ID: usize = 0x02;
const COMMAND: usize = 0x04;
const STATUS: usize = 0x06;
const CLASS_REVISION: usize = 0x08;
const BAR0: usize = 0x10;
const CAP_PTR: usize = 0x34;

pub const CMD_MEMORY: u16 = 1 << 1;
pub const CMD_BUS_MASTER: u16 = 1 << 2;
/// Linux sets it when it enables MSI; the NIC has no INTx to disable, but the bit is RW by spec.
const CMD_INTX_DISABLE: u16 = 1 << 10;
const STATUS_CAP_LIST: u16 = 1 << 4;
/// Ethernet controller (class 0x02, subclass 0x00, interface 0x00), revision 0.
const CLASS_ETHERNET: u32 = 0x0200_0000;

/// The MSI capability, the only one, right after the header.
pub const MSI_CAP: usize = 0x40;
const PCI_CAP_ID_MSI: u8 = 0x05;
const MSI_CTRL: usize = MSI_CAP + 2;
const MSI_ADDR_LO: usize = MSI_CAP + 4;
const MSI_ADDR_HI: usize = MSI_CAP + 8;
const MSI_DATA: usize = MSI_CAP + 12;
pub const MSI_CTRL_ENABLE: u16 = 1 << 0;
/// Multiple Message Capable = 0 (one vector) and Multiple Message Enable read-only 0 with it.
const MSI_CTRL_64BIT: u16 = 1 << 7;

const _: () = assert!(regs::BAR0_LEN.is_power_of_two() && regs::BAR0_LEN >= 16);

pub struct ConfigSpace {
    bytes: [u8; CFG_SIZE],
    writable: [u8; CFG_SIZE],
}

impl Default for ConfigSpace {
    fn default() -> Self {
        Self::new()
    }
}

impl ConfigSpace {
    /// The power-on state: IDs, class, capability list, everything else 0.
    pub fn new() -> ConfigSpace {
        let mut c = ConfigSpace { bytes: [0; CFG_SIZE], writable: [0; CFG_SIZE] };
        c.init(VENDOR_ID, &regs::PCI_VENDOR_ID.to_le_bytes(), 0);
        c.init(DEVICE_ID, &regs::PCI_DEVICE_ID.to_le_bytes(), 0);
        c.init(COMMAND, &0u16.to_le_bytes(), u64::from(CMD_MEMORY | CMD_BUS_MASTER | CMD_INTX_DISABLE));
        c.init(STATUS, &STATUS_CAP_LIST.to_le_bytes(), 0);
        c.init(CLASS_REVISION, &CLASS_ETHERNET.to_le_bytes(), 0);
        // A 32-bit non-prefetchable memory BAR: type bits 0, address bits above the size.
        c.init(BAR0, &0u32.to_le_bytes(), u64::from(!(regs::BAR0_LEN as u32 - 1)));
        c.init(CAP_PTR, &[MSI_CAP as u8], 0);
        c.init(MSI_CAP, &[PCI_CAP_ID_MSI, 0], 0);
        c.init(MSI_CTRL, &MSI_CTRL_64BIT.to_le_bytes(), u64::from(MSI_CTRL_ENABLE));
        c.init(MSI_ADDR_LO, &0u32.to_le_bytes(), 0xffff_fffc);
        c.init(MSI_ADDR_HI, &0u32.to_le_bytes(), 0xffff_ffff);
        c.init(MSI_DATA, &0u16.to_le_bytes(), 0xffff);
        c
    }

    fn init(&mut self, offset: usize, value: &[u8], writable: u64) {
        let end = offset + value.len();
        self.bytes[offset..end].copy_from_slice(value);
        self.writable[offset..end].copy_from_slice(&writable.to_le_bytes()[..value.len()]);
    }

    /// Bytes from `offset` on, little endian; beyond the 4 KiB they read as all ones (no device).
    pub fn read(&self, offset: u64, buf: &mut [u8]) {
        for (i, b) in buf.iter_mut().enumerate() {
            *b = usize::try_from(offset + i as u64).ok().and_then(|o| self.bytes.get(o)).copied().unwrap_or(0xff);
        }
    }

    /// Writes only the writable bits; the rest of each byte keeps its value.
    pub fn write(&mut self, offset: u64, data: &[u8]) {
        for (i, &v) in data.iter().enumerate() {
            let Some(o) = usize::try_from(offset + i as u64).ok().filter(|&o| o < CFG_SIZE) else { return };
            let mask = self.writable[o];
            self.bytes[o] = (self.bytes[o] & !mask) | (v & mask);
        }
    }

    fn u16_at(&self, offset: usize) -> u16 {
        u16::from_le_bytes([self.bytes[offset], self.bytes[offset + 1]])
    }

    pub fn command(&self) -> u16 {
        self.u16_at(COMMAND)
    }

    pub fn memory_enabled(&self) -> bool {
        self.command() & CMD_MEMORY != 0
    }

    pub fn bus_master(&self) -> bool {
        self.command() & CMD_BUS_MASTER != 0
    }

    /// The MSI data to send if the NIC may signal now: MSI enabled and bus master set (an MSI is
    /// a memory write by the device).
    pub fn msi_data(&self) -> Option<u16> {
        (self.u16_at(MSI_CTRL) & MSI_CTRL_ENABLE != 0 && self.bus_master()).then(|| self.u16_at(MSI_DATA))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read32(c: &ConfigSpace, offset: u64) -> u32 {
        let mut b = [0; 4];
        c.read(offset, &mut b);
        u32::from_le_bytes(b)
    }

    fn write32(c: &mut ConfigSpace, offset: u64, v: u32) {
        c.write(offset, &v.to_le_bytes());
    }

    #[test]
    fn header_identifies_an_ethernet_controller_with_msi() {
        let c = ConfigSpace::new();
        assert_eq!(read32(&c, 0), u32::from(regs::PCI_DEVICE_ID) << 16 | u32::from(regs::PCI_VENDOR_ID));
        assert_eq!(read32(&c, 0x08) >> 8, 0x020000);
        assert_eq!(read32(&c, 0x04), u32::from(STATUS_CAP_LIST) << 16);
        assert_eq!(read32(&c, 0x0c) >> 16 & 0x7f, 0, "type-0 header");
        let mut cap = [0; 1];
        c.read(0x34, &mut cap);
        assert_eq!(cap[0] as usize, MSI_CAP);
        let msi = read32(&c, MSI_CAP as u64);
        assert_eq!(msi & 0xff, 0x05, "MSI capability ID");
        assert_eq!(msi >> 8 & 0xff, 0, "last capability");
        assert_eq!(msi >> 16, u32::from(MSI_CTRL_64BIT), "64-bit, one vector, disabled");
        // Everything else reads 0, and the bytes beyond the space all ones.
        assert_eq!(read32(&c, 0x14), 0);
        assert_eq!(read32(&c, 0x100), 0);
        assert_eq!(read32(&c, 0xffc), 0);
        let mut b = [0; 8];
        c.read(0xffc, &mut b);
        assert_eq!(b, [0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff]);
    }

    #[test]
    fn bar0_sizing() {
        let mut c = ConfigSpace::new();
        write32(&mut c, 0x10, 0xffff_ffff);
        let mask = read32(&c, 0x10);
        assert_eq!(mask, 0xffff_e000, "32-bit memory BAR, not prefetchable");
        assert_eq!((!(mask & !0xf)).wrapping_add(1) as usize, regs::BAR0_LEN);
        write32(&mut c, 0x10, 0xf000_2000);
        assert_eq!(read32(&c, 0x10), 0xf000_2000);
        write32(&mut c, 0x10, 0xf000_1234);
        assert_eq!(read32(&c, 0x10), 0xf000_0000, "low bits of the address are hardwired");
        // The unimplemented BARs size as 0.
        write32(&mut c, 0x14, 0xffff_ffff);
        assert_eq!(read32(&c, 0x14), 0);
    }

    #[test]
    fn command_register_and_read_only_fields() {
        let mut c = ConfigSpace::new();
        assert!(!c.memory_enabled() && !c.bus_master());
        c.write(0x04, &(CMD_MEMORY | CMD_BUS_MASTER).to_le_bytes());
        assert!(c.memory_enabled() && c.bus_master());
        assert_eq!(read32(&c, 0x04), u32::from(STATUS_CAP_LIST) << 16 | 6);
        // Other command bits and the status register ignore writes.
        write32(&mut c, 0x04, 0xffff_ffff);
        assert_eq!(read32(&c, 0x04), u32::from(STATUS_CAP_LIST) << 16 | 0x406);
        write32(&mut c, 0x00, 0);
        write32(&mut c, 0x08, 0);
        assert_eq!(read32(&c, 0), u32::from(regs::PCI_DEVICE_ID) << 16 | u32::from(regs::PCI_VENDOR_ID));
        assert_eq!(read32(&c, 0x08) >> 8, 0x020000);
        // 8-byte accesses, little endian.
        let mut b = [0; 8];
        c.read(0, &mut b);
        assert_eq!(u64::from_le_bytes(b), u64::from(read32(&c, 4)) << 32 | u64::from(read32(&c, 0)));
    }

    #[test]
    fn msi_capability() {
        let mut c = ConfigSpace::new();
        let base = MSI_CAP as u64;
        write32(&mut c, base + 4, 0x000a_0003);
        write32(&mut c, base + 8, 0x1);
        c.write(base + 12, &0x0031u16.to_le_bytes());
        assert_eq!(read32(&c, base + 4), 0x000a_0000, "address is dword aligned");
        assert_eq!(read32(&c, base + 8), 1);
        assert_eq!(read32(&c, base + 12), 0x31);
        assert_eq!(c.msi_data(), None, "disabled");
        // Enable with a 2-byte write of the control word; MME and the 64-bit flag stay.
        c.write(base + 2, &0xffffu16.to_le_bytes());
        assert_eq!(read32(&c, base) >> 16, u32::from(MSI_CTRL_64BIT | MSI_CTRL_ENABLE));
        assert_eq!(c.msi_data(), None, "no MSI without bus master");
        c.write(0x04, &CMD_BUS_MASTER.to_le_bytes());
        assert_eq!(c.msi_data(), Some(0x31));
        c.write(base + 2, &[0]);
        assert_eq!(c.msi_data(), None);
    }
}
