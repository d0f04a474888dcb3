//! Goodput of the gateware NIC: two Verilated NICs, each under the real driver core behind a
//! host bus model, moving 4 MiB (1,024-page) transfers over a clean 10 GbE link, in simulated
//! time at 156.25 MHz; at MTU 1500 and 9000, with the PCIe Gen3 x8 host and with the paper's
//! PCI-X host. Printed as a ratio to the wire limit of docs/protocol.md §13 and to the paper's
//! 902 MB/s; also the Verilator model's speed on this machine.
//!
//! `cargo run --release -p uzura-verilated --bin nicbench [-- --mib N] [--pci-x] [--read-latency-ns N] [--mtu N] [--pcap DIR]`
//!
//! `--pci-x` adds the runs behind the paper's PCI-X bus. `--read-latency-ns` replaces each bus's
//! read latency, to see how much of a shortfall is read latency the gateware does not hide.
//! `--mtu` runs that MTU only (repeatable). `--pcap DIR` writes what crossed the wire in each
//! run to `DIR/nicbench-<MTU>-<bus>.pcap` (nanosecond timestamps at each frame's end), to find
//! where the wire stood idle.

use std::path::{Path, PathBuf};
use std::time::Instant;

use uzura_core::Config;
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Node, Pair, MAC_A, MAC_B};
use uzura_sim::pcap::PcapWriter;
use uzura_uapi::proto;
use uzura_uapi::regs::Counter;
use uzura_verilated::vnic::{Bus, VNic};

const BATCH: u64 = 4 << 20;
const PAPER_RDMA_MB_S: f64 = 902.0;
const OWNER: u16 = 1;

fn run(mtu: usize, bus: Bus, total: u64, pcap_dir: Option<&Path>) {
    let cfg = Config { mtu, ..Config::default() };
    let a = Node::with_nic(VNic::new(MAC_A, bus), cfg, 1);
    let b = Node::with_nic(VNic::new(MAC_B, bus), cfg, 2);
    let mut pair = Pair::with_nodes(a, b, LinkConfig::default(), LinkConfig::default());
    if let Some(dir) = pcap_dir {
        let path = dir.join(format!("nicbench-{mtu}-{}.pcap", bus.name.replace(' ', "-")));
        let pcap = PcapWriter::create(&path).unwrap_or_else(|e| panic!("creating {}: {e}", path.display()));
        pair.capture = Some(pcap);
    }
    let batches = total / BATCH;
    let (wall, cycles0) = (Instant::now(), pair.a.host.nic.cycles_run + pair.b.host.nic.cycles_run);
    let sim_ps = pair.stream(OWNER, BATCH, batches, 4).unwrap();
    let sim_s = sim_ps as f64 / 1e12;
    let wall_s = wall.elapsed().as_secs_f64();
    let cycles = pair.a.host.nic.cycles_run + pair.b.host.nic.cycles_run - cycles0;
    let mb_s = (batches * BATCH) as f64 / sim_s / 1e6;
    let limit = proto::goodput_limit(proto::max_payload(mtu)) as f64 / 1e6;
    let xoff = pair.b.host.nic.counter(&mut pair.b.host.mem, Counter::TxPause);
    let retx = pair.a.drv.stats().frames_retransmitted;
    println!(
        "| {mtu} | {} | {mb_s:.1} MB/s | {:.2}% | {:.2}x | {xoff} | {retx} | {:.2} M |",
        bus.name,
        100.0 * mb_s / limit,
        mb_s / PAPER_RDMA_MB_S,
        cycles as f64 / wall_s / 1e6
    );
}

fn main() {
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let mut mib = 32u64;
    let mut buses = vec![Bus::PCIE_GEN3_X8];
    let mut latency_ns = None;
    let mut mtus = Vec::new();
    let mut pcap_dir: Option<PathBuf> = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mib" => mib = args.next().and_then(|v| v.parse().ok()).expect("--mib N"),
            "--pci-x" => buses.push(Bus::PCI_X),
            "--read-latency-ns" => {
                latency_ns = Some(args.next().and_then(|v| v.parse::<u64>().ok()).expect("--read-latency-ns N"))
            }
            "--mtu" => mtus.push(
                args.next()
                    .and_then(|v| v.parse::<usize>().ok())
                    .filter(|m| (1500..=proto::MAX_MTU).contains(m))
                    .expect("--mtu N, from 1500 to MAX_MTU (9216)"),
            ),
            "--pcap" => pcap_dir = Some(args.next().map(PathBuf::from).expect("--pcap DIR")),
            _ => {
                eprintln!("usage: nicbench [--mib N] [--pci-x] [--read-latency-ns N] [--mtu N] [--pcap DIR]   (N MiB per run, in 4 MiB transfers)");
                std::process::exit(2);
            }
        }
    }
    let total = (mib << 20).max(BATCH);
    if mtus.is_empty() {
        mtus = vec![1500, 9000];
    }
    if let Some(ns) = latency_ns {
        for bus in &mut buses {
            bus.read_latency_ps = ns * 1000;
        }
    }
    println!(
        "gateware NIC pair (Verilator), {} MiB per run in 4 MiB transfers, clean link, simulated time",
        total >> 20
    );
    if let Some(ns) = latency_ns {
        println!("bus read latency set to {ns} ns");
    }
    println!("| MTU | host bus | goodput | of wire limit | of paper's 902 MB/s | XOFF sent by receiver | frames retransmitted | model cycles/s (both NICs) |");
    println!("|---|---|---|---|---|---|---|---|");
    for bus in buses {
        for &mtu in &mtus {
            run(mtu, bus, total, pcap_dir.as_deref());
        }
    }
}
