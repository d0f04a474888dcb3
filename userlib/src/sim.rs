//! The simulated NIC pair as a backend: two reference-model NICs under the driver core,
//! joined by the link model, in simulated time (`uzura_sim::pair`). Both ends live in one
//! process; each end is a [`Device`]. Whoever waits advances the simulation.

use std::sync::{Arc, Condvar, Mutex, MutexGuard};
use std::time::Duration;

use uzura_core::{Config, Owner};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Node, Pair, Side};

use super::emulated::{EmulatedNic, Mirror};
use super::{Device, Result};

/// Simulation steps taken under the lock before letting the other end in.
const STEPS_PER_LOCK: u32 = 512;

struct SimState {
    pair: Pair,
    mirrors: [Mirror; 2],
    next_owner: Owner,
}

impl SimState {
    fn side(&mut self, side: Side) -> (&mut Node, &mut Mirror) {
        match side {
            Side::A => (&mut self.pair.a, &mut self.mirrors[0]),
            Side::B => (&mut self.pair.b, &mut self.mirrors[1]),
        }
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

struct SimNet {
    state: Mutex<SimState>,
    /// Signalled whenever one end queued work, so that an idle waiter on the other resumes.
    changed: Condvar,
}

impl SimNet {
    fn lock(&self) -> MutexGuard<'_, SimState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Runs the simulation until `check` returns a value.
    fn wait_until<T>(&self, mut check: impl FnMut(&mut SimState) -> Result<Option<T>>) -> Result<T> {
        let mut st = self.lock();
        let mut steps = 0u32;
        loop {
            if let Some(v) = check(&mut st)? {
                self.changed.notify_all();
                return Ok(v);
            }
            if st.step() {
                steps += 1;
                if steps % STEPS_PER_LOCK == 0 {
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
struct SimEnd {
    net: Arc<SimNet>,
    side: Side,
    owner: Owner,
}

/// Two connected simulated NICs, A and B, as devices. `cfg.mtu` sets the frame size;
/// `link` applies to both directions.
pub fn pair(cfg: Config, link: LinkConfig, seed: u64) -> (Device, Device) {
    let mut pair = Pair::new(cfg, link.clone(), link, seed);
    pair.a.host.mem.record_placements(true);
    pair.b.host.mem.record_placements(true);
    let net = Arc::new(SimNet { state: Mutex::new(SimState { pair, mirrors: Default::default(), next_owner: 1 }), changed: Condvar::new() });
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

impl EmulatedNic for SimEnd {
    fn describe(&self) -> String {
        format!("simulated NIC {:?} (reference model + driver core, simulated time)", self.side)
    }

    fn with<T>(&self, f: impl FnOnce(&mut Node, &mut Mirror, Owner) -> Result<T>) -> Result<T> {
        let mut st = self.net.lock();
        let (node, mirror) = st.side(self.side);
        let r = f(node, mirror, self.owner);
        self.net.changed.notify_all();
        r
    }

    fn wait_until<T>(&self, mut check: impl FnMut(&mut Node, Owner) -> Result<Option<T>>) -> Result<T> {
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

impl Drop for SimEnd {
    fn drop(&mut self) {
        let mut st = self.net.lock();
        let (n, m) = st.side(self.side);
        m.release_owner(n, self.owner);
    }
}
