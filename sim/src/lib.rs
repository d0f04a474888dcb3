//! uzura's NIC, simulated: everything needed to run the driver core and whole transfers
//! without hardware, deterministically and fast.
//!
//! - [`rng`]: the seeded random generator every simulation draws from.
//! - [`host`]: host physical memory, sparse, with a trap on the NIC's placement writes.
//! - [`refnic`]: the reference model of the NIC, the golden model for the gateware.
//! - [`link`]: one direction of a 10 GbE link with loss, corruption, duplication, reordering
//!   and a congested switch port that sends PAUSE.
//! - [`pair`]: two hosts under the real driver core, joined by a duplex link.
//! - [`pcap`]: a capture of the simulated wire.
//! - [`xgmii`]: the 64-bit XGMII, encoded and decoded from the standard, for MAC co-simulation.
//!
//! The gateware under Verilator plugs into the same harness as a [`pair::NicModel`]: that is
//! crate uzura-verilated (`sim/verilated/`), so that this one builds without Verilator.
//!
//! Time is in picoseconds (`u64`) throughout: a byte takes 800 ps on the 10 Gb/s wire.

pub mod host;
pub mod link;
pub mod pair;
pub mod pcap;
pub mod refnic;
pub mod rng;
pub mod xgmii;
