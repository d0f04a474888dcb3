//! The NICs, the links between them, and the thread that runs them on the device's [`Clock`],
//! in picoseconds. Events are processed in time order (as `uzura_sim::pair::Pair::step` does)
//! as far as the clock allows, then the thread sleeps until the next one or until a register
//! write wakes it.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};
use std::thread;
use std::time::{Duration, Instant};

use uzura_sim::link::{Link, LinkConfig};
use uzura_uapi::wire::ethernet::EthernetFrame;

use crate::nic::Nic;

/// Longest sleep when nothing is scheduled: only a register write (which wakes the thread) can
/// give an idle NIC work, so this only bounds how stale a missed wake-up could leave it.
const IDLE_WAIT: Duration = Duration::from_millis(100);

/// On simulated time, how far the thread runs at a time before it lets go of the links (the exit
/// summary reads them): a microsecond of model time, about 1.5 ms of the gateware's wall time.
const SIM_SLICE_PS: u64 = 1_000_000;

/// What the device's model time is.
///
/// The clocks differ because the models' speeds do. The reference model takes microseconds of
/// CPU per frame, so it keeps up with the wire in real time, and the guests see the link's
/// timing against their own clocks. The gateware under Verilator runs about 0.1 M cycles (0.64
/// ms of its time) per wall second, over a thousand times slower than the wire: following wall
/// time it would fall ever further behind. Its time is its own instead: it advances as fast as
/// the models run while they or the links have work, and stands still while nothing is
/// pending (a register write sets it going again), so against the guests' clocks it is slow,
/// and jumps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Clock {
    /// Wall time since start.
    Wall,
    /// Simulated time, moved on by the models.
    Simulated,
}

/// A lock that the simulation thread takes again at once after each use, so it lets everyone
/// waiting go first: a model running flat out would otherwise starve the register reads that
/// UML waits for, and the exit summary.
struct OthersFirst<T> {
    lock: Mutex<T>,
    waiting: AtomicUsize,
}

impl<T> OthersFirst<T> {
    fn new(value: T) -> OthersFirst<T> {
        OthersFirst { lock: Mutex::new(value), waiting: AtomicUsize::new(0) }
    }

    fn lock(&self) -> MutexGuard<'_, T> {
        self.waiting.fetch_add(1, Ordering::SeqCst);
        let guard = self.lock.lock().expect("a device lock poisoned");
        self.waiting.fetch_sub(1, Ordering::SeqCst);
        guard
    }

    /// For the simulation thread: after everyone waiting.
    fn lock_last(&self) -> MutexGuard<'_, T> {
        while self.waiting.load(Ordering::SeqCst) > 0 {
            thread::yield_now();
        }
        self.lock.lock().expect("a device lock poisoned")
    }
}

pub struct Device {
    nics: Vec<OthersFirst<Nic>>,
    /// `links[i]` carries NIC i's frames to the switch and on to their destination.
    links: OthersFirst<Vec<Link>>,
    clock: Clock,
    start: Instant,
    kicked: Mutex<bool>,
    wake: Condvar,
}

/// One NIC's link drops, for the summary.
pub struct LinkDrops {
    pub lost: u64,
    pub congestion: u64,
}

impl Device {
    /// Two NICs are joined by a duplex link through a hairpinning switch port
    /// ([`Device::destination`]); a single NIC's wire is looped back to itself.
    pub fn new(nics: Vec<Nic>, link: impl Fn(usize) -> LinkConfig, clock: Clock) -> Device {
        assert!(matches!(nics.len(), 1 | 2), "one NIC (loopback) or two (a duplex link)");
        let links = (0..nics.len()).map(|i| Link::new(link(i))).collect();
        Device {
            nics: nics.into_iter().map(OthersFirst::new).collect(),
            links: OthersFirst::new(links),
            clock,
            start: Instant::now(),
            kicked: Mutex::new(false),
            wake: Condvar::new(),
        }
    }

    /// NIC `index`, for its host or the summary.
    pub fn nic(&self, index: usize) -> MutexGuard<'_, Nic> {
        self.nics[index].lock()
    }

    /// NIC `index`, for the simulation thread.
    fn sim_nic(&self, index: usize) -> MutexGuard<'_, Nic> {
        self.nics[index].lock_last()
    }

    fn peer(&self, index: usize) -> usize {
        if self.nics.len() == 2 {
            1 - index
        } else {
            index
        }
    }

    /// Where NIC `from`'s frame goes. The wire between two NICs is a switch port that forwards
    /// by destination address in reflective-relay (hairpin) mode, as IEEE 802.1Qbg's VEPA does:
    /// a frame to the sender's own address comes back to it, so that one host's contexts reach
    /// each other over the wire as they do on the loopback device. Everything else goes to the
    /// peer, which drops what is not for it.
    fn destination(&self, from: usize, frame: &[u8]) -> usize {
        let dst = EthernetFrame::new_checked(frame).map(|f| f.dst_addr());
        if dst == Ok(self.sim_nic(from).mac) {
            from
        } else {
            self.peer(from)
        }
    }

    fn now_ps(&self) -> u64 {
        u64::try_from(self.start.elapsed().as_nanos()).unwrap_or(u64::MAX / 1000) * 1000
    }

    /// The model has new work (a register was written).
    pub fn kick(&self) {
        *self.kicked.lock().expect("wake lock poisoned") = true;
        self.wake.notify_one();
    }

    pub fn link_drops(&self, index: usize) -> LinkDrops {
        let links = self.links.lock();
        let s = links[index].stats();
        LinkDrops { lost: s.dropped, congestion: s.congestion_drops }
    }

    /// The simulation thread's body.
    pub fn run(&self) -> ! {
        let mut sim_now = 0;
        // On simulated time, where the current slice ends.
        let mut until = 0;
        loop {
            let wait = match self.clock {
                Clock::Wall => {
                    let wall = self.now_ps();
                    let next = self.advance(&mut sim_now, wall);
                    next.map_or(IDLE_WAIT, |t| Duration::from_nanos((t - wall).div_ceil(1000)).min(IDLE_WAIT))
                }
                Clock::Simulated => match self.advance(&mut sim_now, until) {
                    Some(next) => {
                        until = next.saturating_add(SIM_SLICE_PS);
                        continue;
                    }
                    None => IDLE_WAIT,
                },
            };
            let kicked = self.kicked.lock().expect("wake lock poisoned");
            let (mut kicked, _) = self.wake.wait_timeout_while(kicked, wait, |k| !*k).expect("wake lock poisoned");
            *kicked = false;
        }
    }

    /// Processes every event due by `until` in time order; returns when the next one is due.
    fn advance(&self, sim_now: &mut u64, until: u64) -> Option<u64> {
        let mut links = self.links.lock_last();
        loop {
            match self.next_event(&links, *sim_now) {
                Some(t) if t <= until => {
                    *sim_now = (*sim_now).max(t);
                    self.step(&mut links, *sim_now);
                }
                next => return next,
            }
        }
    }

    fn next_event(&self, links: &[Link], now: u64) -> Option<u64> {
        let nics = (0..self.nics.len()).filter_map(|i| self.sim_nic(i).next_transmit_time(now));
        nics.chain(links.iter().filter_map(Link::next_event_time)).min()
    }

    /// Everything due at `now`: frames the NICs begin, frames and PAUSEs the links deliver. Each
    /// NIC's lock is held for one model call at a time, so register reads are answered between.
    fn step(&self, links: &mut [Link], now: u64) {
        for (i, link) in links.iter_mut().enumerate() {
            loop {
                let sent = self.sim_nic(i).transmit(now);
                let Some((start, frame)) = sent else { break };
                link.send(frame, start);
            }
        }
        for (i, link) in links.iter_mut().enumerate() {
            while let Some(frame) = link.deliver(now) {
                let to = self.destination(i, &frame);
                self.sim_nic(to).receive(&frame, now);
            }
            while let Some(pause) = link.pause_back(now) {
                self.sim_nic(i).receive(&pause, now);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use uzura_uapi::regs::{self, ring_reg};
    use uzura_uapi::ring::BufDesc;
    use vm_memory::{Bytes, GuestAddress, GuestMemoryAtomic, GuestMemoryMmap};

    use super::*;
    use crate::config::{CMD_BUS_MASTER, CMD_MEMORY, MSI_CAP, MSI_CTRL_ENABLE};
    use crate::nic::{mac_of, NicBackend, RefNicBackend};

    const MEM_BASE: u64 = 0x10_0000;
    const TXQ: u64 = MEM_BASE;
    const RXQ: u64 = MEM_BASE + 0x1000;
    const EQ: u64 = MEM_BASE + 0x2000;
    const TX_BUF: u64 = MEM_BASE + 0x3000;
    const RX_BUF: u64 = MEM_BASE + 0x4000;
    const MSI_DATA: u16 = 0x31;

    fn write(dev: &Device, reg: u32, value: u32) {
        assert!(dev.nic(0).mmio_write(u64::from(reg), &value.to_le_bytes()));
    }

    fn ring(dev: &Device, ring: u32, base: u64) {
        write(dev, ring_reg(ring, regs::RING_BASE_LO), base as u32);
        write(dev, ring_reg(ring, regs::RING_BASE_HI), (base >> 32) as u32);
        write(dev, ring_reg(ring, regs::RING_SIZE_LOG2), 4);
    }

    /// A host's view of one looped-back NIC on `backend`: a frame to itself goes out on the
    /// TXQ, over the link and into the RXQ by DMA, and the interrupt becomes one MSI (sent).
    fn loopback_frame(backend: Box<dyn NicBackend>, clock: Clock) -> Device {
        let nic = Nic::new(mac_of(0), backend).unwrap();
        let dev = Device::new(vec![nic], |_| LinkConfig::default(), clock);
        let mem = GuestMemoryMmap::from_ranges(&[(GuestAddress(MEM_BASE), 0x10000)]).unwrap();
        let host = mem.clone();
        {
            let mut nic = dev.nic(0);
            nic.mem = Some(GuestMemoryAtomic::new(mem));
            nic.cfg_write(0x04, &(CMD_MEMORY | CMD_BUS_MASTER).to_le_bytes());
            nic.cfg_write(MSI_CAP as u64 + 12, &MSI_DATA.to_le_bytes());
            nic.cfg_write(MSI_CAP as u64 + 2, &MSI_CTRL_ENABLE.to_le_bytes());
            let mut id = [0; 8];
            nic.mmio_read(u64::from(regs::ID), &mut id);
            assert_eq!(id[..4], regs::ID_VALUE.to_le_bytes());
            assert_eq!(id[4..], regs::VERSION_VALUE.to_le_bytes(), "an 8-byte read is two registers");
            let mut byte = [0; 1];
            nic.mmio_read(u64::from(regs::ID) + 1, &mut byte);
            assert_eq!(byte[0], regs::ID_VALUE.to_le_bytes()[1]);
            assert!(!nic.mmio_write(0, &[0; 2]), "partial register writes are rejected");
            assert_eq!(nic.stats.mmio_rejected, 1);
        }
        let mut frame = vec![0u8; 60];
        frame[..6].copy_from_slice(&mac_of(0).0);
        frame[6..12].copy_from_slice(&mac_of(0).0);
        frame[12..14].copy_from_slice(&0x0800u16.to_be_bytes());
        frame[14..].fill(0xa5);
        host.write_slice(&frame, GuestAddress(TX_BUF)).unwrap();
        host.write_slice(&BufDesc { addr: TX_BUF, len: 60 }.encode(), GuestAddress(TXQ)).unwrap();
        host.write_slice(&BufDesc { addr: RX_BUF, len: 2048 }.encode(), GuestAddress(RXQ)).unwrap();
        ring(&dev, regs::TXQ, TXQ);
        ring(&dev, regs::RXQ, RXQ);
        ring(&dev, regs::EQ, EQ);
        write(&dev, regs::IRQ_MASK, regs::IRQ_EVENT);
        write(&dev, regs::CONTROL, regs::CONTROL_ENABLE);
        write(&dev, ring_reg(regs::RXQ, regs::RING_TAIL), 1);
        write(&dev, ring_reg(regs::TXQ, regs::RING_TAIL), 1);

        let mut now = 0;
        assert_eq!(dev.advance(&mut now, u64::MAX), None, "idle once the frame is through");
        let mut got = vec![0u8; 60];
        host.read_slice(&mut got, GuestAddress(RX_BUF)).unwrap();
        assert_eq!(got, frame);
        {
            let mut nic = dev.nic(0);
            assert_eq!((nic.stats.frames_sent, nic.stats.frames_received), (1, 1));
            assert_eq!(nic.stats.dma_faults, 0);
            assert!(nic.stats.dma_written >= 60 && nic.stats.dma_read >= 60 + 2 * BufDesc::LEN as u64);
            assert!(nic.msi_event().read().is_ok(), "the vhost-user worker was told");
            assert_eq!(nic.owed_msi(), Some(MSI_DATA), "one MSI for the TX and RX events");
            nic.msi_sent();
            assert_eq!(nic.owed_msi(), None);
        }
        dev
    }

    /// The reference model's interrupt is level-like: its MSI is re-sent after an
    /// acknowledgement that leaves the line high.
    #[test]
    fn loopback_frame_dma_and_msi() {
        let dev = loopback_frame(Box::new(RefNicBackend::new(mac_of(0))), Clock::Wall);
        let mut nic = dev.nic(0);
        // An acknowledgement of nothing leaves the line high: signal again.
        assert!(nic.mmio_write(u64::from(regs::IRQ_CAUSE), &0u32.to_le_bytes()));
        assert_eq!(nic.owed_msi(), Some(MSI_DATA));
        nic.msi_sent();
        assert!(nic.mmio_write(u64::from(regs::IRQ_CAUSE), &regs::IRQ_EVENT.to_le_bytes()));
        assert_eq!(nic.owed_msi(), None, "acknowledged");
        assert_eq!(nic.stats.msis, 2);
    }

    /// The gateware's MSI is an edge of its own, one per rise of the masked causes: none for an
    /// acknowledgement.
    #[cfg(feature = "gateware")]
    #[test]
    fn gateware_loopback_frame_dma_and_msi() {
        let dev = loopback_frame(Box::new(crate::gateware::GatewareBackend::new(mac_of(0))), Clock::Simulated);
        let mut nic = dev.nic(0);
        assert!(nic.mmio_write(u64::from(regs::IRQ_CAUSE), &regs::IRQ_EVENT.to_le_bytes()));
        assert_eq!(nic.owed_msi(), None, "acknowledged");
        assert_eq!(nic.stats.msis, 1);
    }

    #[test]
    fn dma_outside_memory_is_counted_not_fatal() {
        let mem = GuestMemoryMmap::from_ranges(&[(GuestAddress(MEM_BASE), 0x1000)]).unwrap();
        let mut dma = crate::nic::Dma::new(Some(&mem));
        let mut buf = [0u8; 16];
        uzura_refnic::Memory::read(&dma, MEM_BASE + 0xff8, &mut buf);
        assert_eq!(buf, [0xff; 16], "straddles the end");
        uzura_refnic::Memory::write(&mut dma, 0, &buf);
        uzura_refnic::Memory::write(&mut dma, MEM_BASE, &[1, 2, 3]);
        let mut back = [0u8; 3];
        mem.read_slice(&mut back, GuestAddress(MEM_BASE)).unwrap();
        assert_eq!(back, [1, 2, 3]);
    }
}
