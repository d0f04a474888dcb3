//! `xen-migrate`: live-migrate a guest's memory over uzura RDMA.
//!
//! ```text
//! xen-migrate receive --listen 10.0.0.2:7300 --device soft:veth1 [--json]
//! xen-migrate send --guest process:PID --to 10.0.0.2:7300 --device soft:veth0 --transport overlap
//! xen-migrate demo          # both ends in this process, over two simulated gateware NICs
//! xen-migrate guest --mib 256 --workload database   # a process guest to migrate
//! ```

use std::io::Write;
use std::net::TcpListener;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Duration;

use clap::{Args, Parser, Subcommand};
use userlib::control::Channel;
use userlib::Device;
use xen_migrate::engine::{self, Report, SendOptions, WallClock};
use xen_migrate::error::{Error, Result};
use xen_migrate::guest::process::{self, ProcessDest, ProcessSource, Workload, WorkloadKind};
#[cfg(feature = "xen")]
use xen_migrate::guest::xen::XenDest;
use xen_migrate::guest::{SourceGuest, PAGE_SIZE};
use xen_migrate::local::{self, Link, SimNic};
use xen_migrate::report::{self, Progress};
use xen_migrate::{Policy, Transport};

#[derive(Parser)]
#[command(
    name = "xen-migrate",
    about = "Live migration of a guest's memory over uzura RDMA, with map and unmap overlapped"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Migrate a guest to a receiver.
    Send(SendArgs),
    /// Receive a guest and run it here.
    Receive(ReceiveArgs),
    /// Run both ends in this process over a simulated NIC pair (the main job).
    Demo(DemoArgs),
    /// Run a process guest (its RAM a memfd, its workload writing to it) until killed.
    Guest(GuestArgs),
    /// (Used by `receive --guest xl:CONFIG`.) Create the paused domain NAME from CONFIG, print
    /// its domid, and destroy it when stdin ends unless the receiver wrote that it resumed.
    #[cfg(feature = "xen")]
    #[command(hide = true)]
    GuardDomain { config: PathBuf, name: String },
}

#[derive(Args)]
struct MigrationArgs {
    #[arg(long, value_enum, default_value = "overlap")]
    transport: Transport,
    #[arg(long, value_enum, default_value = "paper")]
    policy: Policy,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct SendArgs {
    /// `process:PID` (a process guest) or `xen:DOMID` (needs the `xen` feature).
    #[arg(long)]
    guest: String,
    /// The receiver's control address, HOST:PORT.
    #[arg(long)]
    to: String,
    /// The uzura device: kernel[:/dev/uzuraN] or soft:IFNAME[:MTU] (rdma and overlap).
    #[arg(long)]
    device: Option<String>,
    #[command(flatten)]
    m: MigrationArgs,
}

#[derive(Args)]
struct ReceiveArgs {
    /// Where to listen for the sender, HOST:PORT.
    #[arg(long)]
    listen: String,
    /// `process` (a new process guest), `xl:CONFIG` (a Xen domain this command creates with
    /// `xl create -p CONFIG`, the source's configuration) or `xen:DOMID` (a paused domain the
    /// toolstack created so). Xen needs the `xen` feature.
    #[arg(long, default_value = "process")]
    guest: String,
    #[arg(long)]
    device: Option<String>,
    /// Print the destination's report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args, Clone)]
struct WorkloadArgs {
    #[arg(long, value_enum, default_value = "database")]
    workload: WorkloadKind,
    /// sequential: pages written per second.
    #[arg(long, default_value_t = 25_000.0)]
    rate: f64,
    /// database: the hot set M, in pages.
    #[arg(long, default_value_t = 100_000)]
    hot_pages: u64,
    /// database: tau of D(t) = M - M (1/2)^(t/tau), in seconds.
    #[arg(long, default_value_t = 1.32)]
    tau: f64,
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

impl WorkloadArgs {
    fn workload(&self) -> Workload {
        Workload { kind: self.workload, rate: self.rate, hot_pages: self.hot_pages, tau: self.tau, seed: self.seed }
    }
}

#[derive(Args)]
struct DemoArgs {
    /// Guest RAM in MiB. Small by default: the gateware under Verilator moves about 1.5 MB
    /// per second of wall time.
    #[arg(long, default_value_t = 16)]
    mib: u64,
    #[command(flatten)]
    w: WorkloadArgs,
    /// MTU of the simulated link.
    #[arg(long, default_value_t = 1500)]
    mtu: usize,
    /// The simulated NICs: the gateware under Verilator, or the reference model.
    #[arg(long, value_enum, default_value = "gateware")]
    nic: SimNic,
    #[command(flatten)]
    m: MigrationArgs,
}

#[derive(Args)]
struct GuestArgs {
    #[arg(long, conflicts_with = "pages")]
    mib: Option<u64>,
    #[arg(long)]
    pages: Option<u64>,
    #[command(flatten)]
    w: WorkloadArgs,
    /// The workload as JSON (overrides the workload options).
    #[arg(long)]
    workload_json: Option<String>,
    /// Adopt the memfd at this descriptor (a migrated guest's RAM) instead of a fresh one.
    #[arg(long)]
    adopt_fd: Option<i32>,
}

#[cfg(not(feature = "xen"))]
const NO_XEN: &str = "this xen-migrate was built without Xen support: build with `--features xen` (needs libxen-dev)";

fn print_report(r: &Report, json: bool) {
    let out = &mut std::io::stdout().lock();
    let _ = if json { report::print_json(r, out) } else { report::print_text(r, out) };
    let _ = out.flush();
}

fn open_device(spec: Option<&str>, t: Transport) -> Result<Option<Device>> {
    match (spec, t) {
        (Some(s), _) => Ok(Some(Device::open(s)?)),
        (None, Transport::Tcp) => Ok(None),
        (None, _) => Err(Error::new(format!("transport {t:?} needs --device (kernel[:/dev/uzuraN] or soft:IFNAME)"))),
    }
}

fn attach_guest(spec: &str) -> Result<Box<dyn SourceGuest>> {
    match spec.split_once(':') {
        Some(("process", pid)) => {
            let pid = pid.parse().map_err(|_| Error::new(format!("bad pid {pid:?}")))?;
            Ok(Box::new(ProcessSource::attach(pid)?))
        }
        #[cfg(feature = "xen")]
        Some(("xen", domid)) => {
            let domid = domid.parse().map_err(|_| Error::new(format!("bad domid {domid:?}")))?;
            Ok(Box::new(xen_migrate::guest::xen::XenSource::attach(domid)?))
        }
        #[cfg(not(feature = "xen"))]
        Some(("xen", _)) => Err(Error::new(NO_XEN.into())),
        _ => Err(Error::new(format!("bad guest {spec:?}: process:PID or xen:DOMID"))),
    }
}

fn send(a: SendArgs) -> Result<()> {
    let mut guest = attach_guest(&a.guest)?;
    let device = open_device(a.device.as_deref(), a.m.transport)?;
    let mut chan = Channel::connect(a.to.as_str(), Duration::from_secs(10))?;
    chan.set_timeout(Some(Duration::from_secs(60)))?;
    let mut bar = Progress::new();
    let clock = WallClock::new();
    let r = engine::send(
        guest.as_mut(),
        &mut chan,
        SendOptions {
            transport: a.m.transport,
            policy: a.m.policy,
            device,
            clock: &clock,
            progress: &mut |r, d, t| bar.update(r, d, t),
        },
    );
    match r {
        Ok(r) => {
            print_report(&r, a.m.json);
            Ok(())
        }
        Err(e) => Err(e.context(format!(
            "migration failed; {} left running at the source ({})",
            guest.describe(),
            if guest.is_running() { "running" } else { "NOT running" }
        ))),
    }
}

fn exe() -> Result<PathBuf> {
    std::env::current_exe().map_err(|e| Error::new(format!("finding this program: {e}")))
}

/// Where a received guest goes.
enum DestSpec {
    Process,
    #[cfg(feature = "xen")]
    Xen(u32),
    #[cfg(feature = "xen")]
    XlConfig(PathBuf),
}

fn dest_spec(spec: &str) -> Result<DestSpec> {
    match spec.split_once(':') {
        None if spec == "process" => Ok(DestSpec::Process),
        #[cfg(feature = "xen")]
        Some(("xen", domid)) => {
            Ok(DestSpec::Xen(domid.parse().map_err(|_| Error::new(format!("bad domid {domid:?}")))?))
        }
        #[cfg(feature = "xen")]
        Some(("xl", config)) => Ok(DestSpec::XlConfig(PathBuf::from(config))),
        #[cfg(not(feature = "xen"))]
        Some(("xen" | "xl", _)) => Err(Error::new(NO_XEN.into())),
        _ => Err(Error::new(format!("bad guest {spec:?}: process, xl:CONFIG or xen:DOMID"))),
    }
}

fn receive(a: ReceiveArgs) -> Result<()> {
    let spec = dest_spec(&a.guest)?;
    let device = a.device.as_deref().map(Device::open).transpose()?;
    let listener = TcpListener::bind(&a.listen).map_err(|e| Error::new(format!("listening on {}: {e}", a.listen)))?;
    eprintln!("xen-migrate: listening on {}", listener.local_addr()?);
    let mut chan = Channel::accept(&listener)?;
    chan.set_timeout(Some(Duration::from_secs(60)))?;
    let r = match spec {
        DestSpec::Process => {
            let exe = exe()?;
            let (mut guest, r) = engine::receive(&mut chan, device.as_ref(), |h| ProcessDest::new(h.pages, exe))?;
            // The guest runs on after this program exits.
            drop(guest.child.take());
            r
        }
        #[cfg(feature = "xen")]
        DestSpec::Xen(domid) => {
            engine::receive(&mut chan, device.as_ref(), |h| XenDest::attach(domid, h.pages, h.frames.as_deref()))?.1
        }
        #[cfg(feature = "xen")]
        DestSpec::XlConfig(config) => {
            let (guest, mut r) = engine::receive(&mut chan, device.as_ref(), |h| {
                XenDest::create(&config, h.pages, h.frames.as_deref())
            })?;
            // The source destroys its domain once it reads RESUMED; then the name is free.
            r.resumed = format!("{} as {}", r.resumed, guest.take_name(Duration::from_secs(60))?);
            r
        }
    };
    if a.json {
        println!("{}", serde_json::to_string_pretty(&r).expect("serializes"));
    } else {
        println!(
            "received {} pages (all verified); resumed {}; CPU time {:.3} s",
            r.pages_verified, r.resumed, r.cpu_seconds
        );
    }
    Ok(())
}

fn demo(a: DemoArgs) -> Result<()> {
    // Before a guest is started for nothing.
    a.nic.pair()?;
    let pages = a.mib * (1 << 20) / PAGE_SIZE as u64;
    let workload = a.w.workload();
    let exe = exe()?;
    let nic = match a.nic {
        SimNic::Gateware => "the gateware's Verilog under Verilator",
        SimNic::Model => "the reference model",
    };
    let header = format!(
        "xen-migrate demo: a {} MiB process guest ({:?} workload) migrated over {:?} between two simulated uzura NICs ({nic} + driver core, MTU {})",
        a.mib, workload.kind, a.m.transport, a.mtu
    );
    // With --json, stdout is the report alone.
    if a.m.json {
        eprintln!("{header}");
    } else {
        println!("{header}");
    }
    let mut source_child = process::spawn(&exe, pages, &workload)?;
    let r = demo_migrate(&a, source_child.id(), exe);
    // The source guest is destroyed by a successful migration; after a failure it still runs,
    // and the demo stops it.
    let _ = source_child.kill();
    let _ = source_child.wait();
    let (r, mut dest) = r?;
    print_report(&r, a.m.json);
    if let Some(mut child) = dest.child.take() {
        let running = child.try_wait().ok().flatten().is_none();
        eprintln!(
            "xen-migrate demo: the migrated guest {} at the destination; the demo stops it now",
            if running { "is running" } else { "has EXITED" }
        );
        let _ = child.kill();
        let _ = child.wait();
        if !running {
            return Err(Error::new("the migrated guest did not keep running".into()));
        }
    }
    Ok(())
}

fn demo_migrate(a: &DemoArgs, pid: u32, exe: PathBuf) -> Result<(Report, ProcessDest)> {
    let guest = ProcessSource::attach(pid)?;
    let mut bar = Progress::new();
    let (_, sent, received) = local::migrate(
        guest,
        &Link::Sim { mtu: a.mtu, nic: a.nic },
        a.m.transport,
        a.m.policy,
        move |pages| ProcessDest::new(pages, exe),
        Box::new(move |r, d, t| bar.update(r, d, t)),
    );
    match (sent, received) {
        (Ok(r), Ok(dest)) => Ok((r, dest)),
        (Err(e), _) | (_, Err(e)) => Err(e),
    }
}

fn guest(a: GuestArgs) -> Result<()> {
    let workload = match &a.workload_json {
        Some(j) => serde_json::from_str(j).map_err(|e| Error::new(format!("bad --workload-json: {e}")))?,
        None => a.w.workload(),
    };
    let pages = a.pages.or(a.mib.map(|m| m * (1 << 20) / PAGE_SIZE as u64)).unwrap_or(16384);
    process::run_guest(pages, workload, a.adopt_fd)
}

fn main() -> ExitCode {
    // Diagnostics at RUST_LOG's level (warnings and errors by default); the report and the
    // error that ends the program are printed as they are.
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Send(a) => send(a),
        Cmd::Receive(a) => receive(a),
        Cmd::Demo(a) => demo(a),
        Cmd::Guest(a) => guest(a),
        #[cfg(feature = "xen")]
        Cmd::GuardDomain { config, name } => xen_migrate::guest::xen::guard_domain(&config, &name),
    };
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("xen-migrate: {e}");
            ExitCode::FAILURE
        }
    }
}
