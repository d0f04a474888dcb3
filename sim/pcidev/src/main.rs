//! `uzura-pcidev`: uzura's NIC as a PCI device of User-Mode Linux. Each `--socket` is a
//! vhost-user server socket for one UML host (boot option `virtio_uml.device=PATH:1234`, UML's
//! virt-pci protocol); two hosts are joined by a simulated duplex 10 GbE link, a single host's
//! NIC is looped back to itself. See the crate's modules for the parts.

mod config;
#[cfg(feature = "gateware")]
mod gateware;
mod nic;
mod relay;
mod sim;
mod vhost;

use std::path::PathBuf;
use std::sync::Arc;
use std::thread;

use clap::{Parser, ValueEnum};
use uzura_sim::link::LinkConfig;

use crate::nic::{mac_of, Nic, NicBackend, RefNicBackend};
use crate::sim::{Clock, Device};

#[derive(Parser)]
#[command(about = "uzura's NIC as a PCI device for User-Mode Linux (vhost-user, virt-pci)")]
struct Args {
    /// vhost-user socket to listen on, one per UML host (at most two); NIC i has MAC 02:75:7a:01:00:i.
    #[arg(long = "socket", value_name = "PATH", required = true)]
    sockets: Vec<PathBuf>,
    /// Probability of each link impairment (loss, corruption, duplication, reordering), with a
    /// congested switch; 0 is a perfect link.
    #[arg(long, value_name = "P", default_value_t = 0.0)]
    loss: f64,
    /// Seed of the link's randomness.
    #[arg(long, value_name = "N", default_value_t = 1)]
    seed: u64,
    /// The NIC model.
    #[arg(long, value_enum, default_value_t = BackendKind::Refnic)]
    backend: BackendKind,
    /// Fault injection: every NIC ignores its send queue's doorbell, as a hung NIC would, so
    /// that no transfer starts (the driver must reset it rather than leave pages pinned).
    #[arg(long)]
    stall_sq: bool,
}

#[derive(Clone, Copy, ValueEnum)]
enum BackendKind {
    /// The reference model (refnic).
    Refnic,
    /// The gateware under Verilator, on simulated time (built with the feature `gateware`).
    Gateware,
}

fn backend(kind: BackendKind, index: usize) -> Result<Box<dyn NicBackend>, String> {
    match kind {
        BackendKind::Refnic => Ok(Box::new(RefNicBackend::new(mac_of(index)))),
        #[cfg(feature = "gateware")]
        BackendKind::Gateware => Ok(Box::new(gateware::GatewareBackend::new(mac_of(index)))),
        #[cfg(not(feature = "gateware"))]
        BackendKind::Gateware => Err("--backend gateware is not built in: build with \
                                      `cargo build -p uzura-pcidev --features gateware` (needs Verilator >= 5.048, \
                                      `VERILATOR` or on the path)"
            .into()),
    }
}

/// See [`Clock`] for why the backends differ.
fn clock(kind: BackendKind) -> Clock {
    match kind {
        BackendKind::Refnic => Clock::Wall,
        BackendKind::Gateware => Clock::Simulated,
    }
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    if let Err(e) = run(Args::parse()) {
        eprintln!("uzura-pcidev: {e}");
        std::process::exit(1);
    }
}

fn run(args: Args) -> Result<(), String> {
    if args.sockets.len() > 2 {
        return Err("at most two --socket (two hosts joined by one link)".into());
    }
    if !(0.0..=1.0).contains(&args.loss) {
        return Err(format!("--loss {} is not a probability", args.loss));
    }
    let signals = block_exit_signals()?;
    let nics = (0..args.sockets.len())
        .map(|i| {
            let mut nic = Nic::new(mac_of(i), backend(args.backend, i)?).map_err(|e| format!("NIC {i}: {e}"))?;
            nic.stall_sq = args.stall_sq;
            Ok(nic)
        })
        .collect::<Result<Vec<_>, String>>()?;
    let link = |i: usize| match args.loss {
        0.0 => LinkConfig::default(),
        p => LinkConfig::lossy(p, args.seed.wrapping_add(i as u64)),
    };
    let dev = Arc::new(Device::new(nics, link, clock(args.backend)));
    {
        let dev = dev.clone();
        thread::Builder::new().name("sim".into()).spawn(move || dev.run()).map_err(|e| format!("sim thread: {e}"))?;
    }
    for (i, path) in args.sockets.iter().enumerate() {
        let (dev, path) = (dev.clone(), path.clone());
        thread::Builder::new()
            .name(format!("socket{i}"))
            .spawn(move || {
                if let Err(e) = vhost::serve(dev, i, &path) {
                    eprintln!("uzura-pcidev: {e}");
                    std::process::exit(1);
                }
            })
            .map_err(|e| format!("socket thread: {e}"))?;
    }
    let signal = wait_signal(&signals)?;
    eprintln!("uzura-pcidev: signal {signal}, exiting");
    for (i, path) in args.sockets.iter().enumerate() {
        let drops = dev.link_drops(i);
        let nic = dev.nic(i);
        eprintln!(
            "NIC {i} ({}): {}; link drops {} ({} lost, {} at the congested switch)",
            nic.mac,
            nic.stats,
            drops.lost + drops.congestion,
            drops.lost,
            drops.congestion
        );
        // A stale socket would be unlinked at the next start anyway, but we leave none behind.
        let _ = std::fs::remove_file(path);
    }
    Ok(())
}

/// SIGINT and SIGTERM, blocked in this thread before any other starts (so every thread inherits
/// the mask) and taken with sigwait: the summary is printed by ordinary code, not a handler.
fn block_exit_signals() -> Result<libc::sigset_t, String> {
    // SAFETY: sigset_t is plain data, initialised by sigemptyset before use.
    let mut set: libc::sigset_t = unsafe { std::mem::zeroed() };
    // SAFETY: `set` is a valid sigset_t; the signal numbers are valid.
    let rc = unsafe {
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigaddset(&mut set, libc::SIGTERM);
        libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut())
    };
    if rc != 0 {
        return Err(format!("blocking SIGINT/SIGTERM: error {rc}"));
    }
    Ok(set)
}

fn wait_signal(set: &libc::sigset_t) -> Result<i32, String> {
    let mut signal = 0;
    // SAFETY: `set` was initialised by block_exit_signals; `signal` is a valid out pointer.
    let rc = unsafe { libc::sigwait(set, &mut signal) };
    if rc != 0 {
        return Err(format!("sigwait: error {rc}"));
    }
    Ok(signal)
}
