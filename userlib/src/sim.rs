//! The simulated NIC pair as a backend: two simulated NICs under the driver core, joined by
//! the link model, in simulated time (`uzura_sim::pair`). The NICs are either the reference
//! model ([`pair`]) or the gateware's Verilog under Verilator ([`gateware_pair`]). Both ends
//! live in one process; each end is a [`Device`]. Whoever waits advances the simulation.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use uzura_core::{Config, Owner};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{NicModel, Node, Pair, Side};
#[cfg(feature = "gateware")]
use uzura_verilated::vnic::{Bus, VNic};

use super::emulated::{EmulatedNic, Mirror};
use super::{Device, Result};

/// Simulation steps taken under the lock before letting the other end in.
const STEPS_PER_LOCK: u32 = 512;

struct SimState<N: NicModel> {
    pair: Pair<N, N>,
    mirrors: [Mirror; 2],
    next_owner: Owner,
}

impl<N: NicModel> SimState<N> {
    fn side(&mut self, side: Side) -> (&mut Node<N>, &mut Mirror) {
        let mirror = &mut self.mirrors[side as usize];
        (self.pair.node(side), mirror)
    }

    /// One event of the simulation; false when nothing at all is pending.
    fn step(&mut self) -> bool {
        self.mirrors[0].fetch_sources(&mut self.pair.a);
        self.mirrors[1].fetch_sources(&mut self.pair.b);
        let progressed = self.pair.step();
        self.mirrors[0].mirror_placements(&mut self.pair.a);
        self.mirrors[1].mirror_placements(&mut self.pair.b);
        progressed
    }
}

struct SimNet<N: NicModel> {
    state: Mutex<SimState<N>>,
    /// Signalled whenever one end queued work, so that an idle waiter on the other resumes.
    changed: Condvar,
    /// Which NIC model, for `describe`.
    model: String,
}

impl<N: NicModel> SimNet<N> {
    fn lock(&self) -> MutexGuard<'_, SimState<N>> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs the simulation until `check` returns a value.
    fn wait_until<T>(&self, mut check: impl FnMut(&mut SimState<N>) -> Result<Option<T>>) -> Result<T> {
        let mut st = self.lock();
        let mut steps = 0u32;
        loop {
            if let Some(v) = check(&mut st)? {
                self.changed.notify_all();
                return Ok(v);
            }
            if st.step() {
                steps += 1;
                if steps.is_multiple_of(STEPS_PER_LOCK) {
                    drop(st);
                    st = self.lock();
                }
            } else {
                // Idle: only the other end can start something.
                st = self.changed.wait_timeout(st, Duration::from_millis(5)).unwrap_or_else(|e| e.into_inner()).0;
            }
        }
    }
}

/// One end of the simulated pair, for one owner.
struct SimEnd<N: NicModel> {
    net: Arc<SimNet<N>>,
    side: Side,
    owner: Owner,
}

/// Two connected reference-model NICs, A and B, as devices. `cfg.mtu` sets the frame size;
/// `link` applies to both directions.
pub fn pair(cfg: Config, link: LinkConfig, seed: u64) -> (Device, Device) {
    devices(Pair::new(cfg, link.clone(), link, seed), "reference model".into())
}

/// As [`pair`], with the gateware under Verilator behind a PCIe Gen3 x8 host bus as each NIC:
/// every frame, register access and DMA is the generated Verilog's, cycle by cycle, so it
/// runs far slower than the reference model. Needs the `gateware` feature.
#[cfg(feature = "gateware")]
pub fn gateware_pair(cfg: Config, link: LinkConfig, seed: u64) -> (Device, Device) {
    let bus = Bus::PCIE_GEN3_X8;
    devices(
        Pair::of(|mac| VNic::new(mac, bus), cfg, link.clone(), link, seed),
        format!("gateware under Verilator, {}", bus.name),
    )
}

fn devices<N: NicModel + Send + 'static>(mut pair: Pair<N, N>, model: String) -> (Device, Device) {
    pair.a.host.mem.record_placements(true);
    pair.b.host.mem.record_placements(true);
    let state = Mutex::new(SimState { pair, mirrors: Default::default(), next_owner: 1 });
    let net = Arc::new(SimNet { state, changed: Condvar::new(), model });
    let end = |side| {
        let owner = {
            let mut st = net.lock();
            st.next_owner += 1;
            st.next_owner
        };
        Device::from_backend(Arc::new(SimEnd { net: net.clone(), side, owner }))
    };
    (end(Side::A), end(Side::B))
}

impl<N: NicModel + Send> EmulatedNic for SimEnd<N> {
    type Nic = N;

    fn describe(&self) -> String {
        format!("simulated NIC {:?} ({} + driver core, simulated time)", self.side, self.net.model)
    }

    fn with<T>(&self, f: impl FnOnce(&mut Node<N>, &mut Mirror, Owner) -> Result<T>) -> Result<T> {
        let mut st = self.net.lock();
        let (node, mirror) = st.side(self.side);
        let r = f(node, mirror, self.owner);
        self.net.changed.notify_all();
        r
    }

    fn wait_until<T>(&self, mut check: impl FnMut(&mut Node<N>, Owner) -> Result<Option<T>>) -> Result<T> {
        self.net.wait_until(|st| check(st.side(self.side).0, self.owner))
    }

    /// Simulated time passes only when someone runs the simulation.
    fn advance(&self) {
        let mut st = self.net.lock();
        for _ in 0..STEPS_PER_LOCK {
            if !st.step() {
                break;
            }
        }
    }
}

impl<N: NicModel> Drop for SimEnd<N> {
    fn drop(&mut self) {
        let mut st = self.net.lock();
        let (n, m) = st.side(self.side);
        m.release_owner(n, self.owner);
    }
}
