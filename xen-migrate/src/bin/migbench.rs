//! Benchmark: migrates a process guest (2 GiB by default), idle and under the paper's database
//! model, with each transport over the soft device on a veth pair between two network
//! namespaces, and prints migration time, throughput and CPU time per page, with the ratios
//! overlap/rdma and rdma/tcp of migration time beside the paper's (Table 9, loaded: 3.15 /
//! 6.40 = 0.49 and 6.40 / 10.8 = 0.59). Needs root and iproute2.
//!
//! `cargo run --release -p xen-migrate --bin migbench [-- --mib 2048 --mtu 9000]`

use std::path::Path;

use clap::Parser;
use xen_migrate::engine::Report;
use xen_migrate::guest::process::{self, ProcessDest, ProcessSource, Workload, WorkloadKind};
use xen_migrate::local::{self, Link};
use xen_migrate::netns::VethPair;
use xen_migrate::{Policy, Transport};

#[derive(Parser)]
struct Args {
    /// Guest RAM in MiB.
    #[arg(long, default_value_t = 2048)]
    mib: u64,
    /// MTU of the veth pair and of the soft devices' frames.
    #[arg(long, default_value_t = 9000)]
    mtu: usize,
    #[arg(long, value_enum, default_value = "paper")]
    policy: Policy,
}

const PAPER_OVERLAP_OVER_RDMA: f64 = 3.15 / 6.40;
const PAPER_RDMA_OVER_TCP: f64 = 6.40 / 10.8;

fn run(exe: &Path, pair: &VethPair, a: &Args, kind: WorkloadKind, t: Transport) -> Report {
    let pages = a.mib << 20 >> 12;
    let workload = Workload { kind, ..Workload::default() };
    let mut child = process::spawn(exe, pages, &workload).expect("start the guest");
    let guest = ProcessSource::attach(child.id()).expect("attach");
    let dest_exe = exe.to_path_buf();
    let (_, sent, received) = local::migrate(
        guest,
        &Link::Veth { pair, mtu: a.mtu },
        t,
        a.policy,
        move |p| ProcessDest::new(p, dest_exe),
        Box::new(|_, _, _| {}),
    );
    let _ = child.kill();
    let _ = child.wait();
    // Dropping the destination stops the migrated guest.
    received.unwrap_or_else(|e| panic!("{kind:?} over {t:?}: destination: {e}"));
    sent.unwrap_or_else(|e| panic!("{kind:?} over {t:?}: {e}"))
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let a = Args::parse();
    let exe = std::env::current_exe().expect("this program").with_file_name("xen-migrate");
    if !exe.exists() {
        eprintln!("migbench: {} not found: build it first (cargo build --release -p xen-migrate)", exe.display());
        std::process::exit(2);
    }
    let pair = VethPair::new("uzmb", a.mtu).unwrap_or_else(|e| {
        eprintln!("migbench: {e}");
        std::process::exit(2)
    });
    println!("{} MiB process guest, soft devices on a veth pair (MTU {}), policy {:?}", a.mib, a.mtu, a.policy);
    println!(
        "{:>9} {:>8} {:>9} {:>7} {:>8} {:>11} {:>9} {:>10} {:>10}",
        "workload", "transp.", "time s", "rounds", "sent/pg", "MB/s", "down s", "cpu src", "cpu dst"
    );
    for kind in [WorkloadKind::Idle, WorkloadKind::Database] {
        let mut times = Vec::new();
        for t in [Transport::Tcp, Transport::Rdma, Transport::Overlap] {
            let r = run(&exe, &pair, &a, kind, t);
            println!(
                "{:>9} {:>8} {:>9.2} {:>7} {:>8.2} {:>11.1} {:>9.3} {:>7.2} us {:>7.2} us",
                format!("{kind:?}").to_lowercase(),
                format!("{t:?}").to_lowercase(),
                r.migration_seconds,
                r.rounds.len(),
                r.total_pages_sent as f64 / r.pages as f64,
                r.throughput_mb_per_s,
                r.downtime_seconds,
                r.cpu_us_per_page_source,
                r.cpu_us_per_page_dest
            );
            times.push(r.migration_seconds);
        }
        println!(
            "{:>9} overlap/rdma {:.2} (paper {:.2}), rdma/tcp {:.2} (paper {:.2}); {} MB = {} pages",
            "",
            times[2] / times[1],
            PAPER_OVERLAP_OVER_RDMA,
            times[1] / times[0],
            PAPER_RDMA_OVER_TCP,
            a.mib * (1 << 20) / 1_000_000,
            a.mib << 20 >> 12
        );
    }
}
