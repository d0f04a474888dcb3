//! Both ends of a migration in one process, each in its own thread (and, over a veth pair, in
//! its own network namespace): what the demo, the tests and the benchmark run.

use std::net::TcpListener;
use std::time::Duration;

use userlib::control::Channel;
use userlib::Device;

use super::engine::{self, Policy, Report, SendOptions, WallClock};
use super::error::{Error, Result};
use super::guest::{DestGuest, SourceGuest};
use super::netns::{self, VethPair};
use super::transport::Transport;

/// Which NIC the simulated pair runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum SimNic {
    /// The gateware's generated Verilog under Verilator, cycle by cycle (slow; needs the
    /// `gateware` feature)
    Gateware,
    /// The reference model, refnic/ (fast)
    Model,
}

pub type PairFn = fn(uzura_core::Config, uzura_sim::link::LinkConfig, u64) -> (Device, Device);

impl SimNic {
    /// What makes a simulated pair of this NIC, if this program was built with it.
    pub fn pair(self) -> Result<PairFn> {
        match self {
            SimNic::Model => Ok(userlib::sim::pair),
            #[cfg(feature = "gateware")]
            SimNic::Gateware => Ok(userlib::sim::gateware_pair),
            #[cfg(not(feature = "gateware"))]
            SimNic::Gateware => Err(Error::new(
                "this xen-migrate was built without the gateware NIC: build with `--features gateware` \
                 (needs Verilator; `./uzura demo` does both), or use `--nic model`"
                    .into(),
            )),
        }
    }
}

/// The link between the two ends.
pub enum Link<'a> {
    /// The simulated NIC pair (`nic` + driver core, simulated time); control channel on
    /// loopback.
    Sim { mtu: usize, nic: SimNic },
    /// A soft device on each end of a veth pair between two namespaces.
    Veth { pair: &'a VethPair, mtu: usize },
    /// No uzura device (the `tcp` transport only), loopback.
    Loopback,
}

pub type ProgressFn = Box<dyn FnMut(u32, u64, u64) + Send>;

/// Migrates `guest` to a destination made by `make_dest`. Returns the source's result with
/// the guest back, and the destination's.
pub fn migrate<S, G>(
    mut guest: S,
    link: &Link,
    transport: Transport,
    policy: Policy,
    make_dest: impl FnOnce(u64) -> Result<G> + Send + 'static,
    mut progress: ProgressFn,
) -> (S, Result<Report>, Result<G>)
where
    S: SourceGuest + 'static,
    G: DestGuest + 'static,
{
    let patience = Duration::from_secs(120);
    let (dev_a, dev_b, ns) = match link {
        Link::Sim { mtu, nic } => {
            let make = match nic.pair() {
                Ok(make) => make,
                Err(e) => {
                    return (guest, Err(e), Err(Error::new("no destination: the simulated pair was not made".into())))
                }
            };
            let (a, b) =
                make(uzura_core::Config { mtu: *mtu, ..Default::default() }, uzura_sim::link::LinkConfig::default(), 1);
            (Some(a), Some(b), None)
        }
        Link::Veth { pair, mtu } => (None, None, Some((*pair, *mtu))),
        Link::Loopback => (None, None, None),
    };
    let listen_addr = ns.map(|(p, _)| format!("{}:0", p.ip[1])).unwrap_or_else(|| "127.0.0.1:0".into());
    let (addr_tx, addr_rx) = std::sync::mpsc::channel();
    let dest_ns = ns.map(|(p, mtu)| (p.ns[1].clone(), p.ifname[1].clone(), mtu));
    let receiver = std::thread::spawn(move || -> Result<G> {
        if let Some((ns, _, _)) = &dest_ns {
            netns::enter(ns)?;
        }
        let device = match (&dest_ns, dev_b) {
            (Some((_, ifname, mtu)), _) if transport != Transport::Tcp => {
                Some(Device::open(&format!("soft:{ifname}:{mtu}"))?)
            }
            (_, d) => d,
        };
        let listener =
            TcpListener::bind(&listen_addr).map_err(|e| Error::new(format!("listening on {listen_addr}: {e}")));
        let listener = match listener {
            Ok(l) => {
                let _ = addr_tx.send(Ok(l.local_addr()?));
                l
            }
            Err(e) => {
                let _ = addr_tx.send(Err(e.to_string()));
                return Err(e);
            }
        };
        let mut chan = Channel::accept(&listener)?;
        chan.set_timeout(Some(patience))?;
        Ok(engine::receive(&mut chan, device.as_ref(), |h| make_dest(h.pages))?.0)
    });
    let src_ns = ns.map(|(p, mtu)| (p.ns[0].clone(), p.ifname[0].clone(), mtu));
    let sender = std::thread::spawn(move || -> (S, Result<Report>) {
        let r = (|| {
            let device = match (&src_ns, dev_a) {
                (Some((ns, ifname, mtu)), _) => {
                    netns::enter(ns)?;
                    if transport == Transport::Tcp {
                        None
                    } else {
                        Some(Device::open(&format!("soft:{ifname}:{mtu}"))?)
                    }
                }
                (None, d) => d,
            };
            let addr =
                addr_rx.recv().map_err(|_| Error::new("the receiver thread ended".into()))?.map_err(Error::new)?;
            let mut chan = Channel::connect(addr, Duration::from_secs(10))?;
            chan.set_timeout(Some(patience))?;
            let clock = WallClock::new();
            engine::send(
                &mut guest,
                &mut chan,
                SendOptions { transport, policy, device, clock: &clock, progress: &mut *progress },
            )
        })();
        (guest, r)
    });
    let (guest, sent) = sender.join().expect("the sender thread does not panic");
    let received = receiver.join().unwrap_or_else(|_| Err(Error::new("the receiver thread panicked".into())));
    (guest, sent, received)
}
