//! Benchmark of the reference model under the real driver core: frames per second of wall
//! time, and goodput in simulated time of 4 MiB (1,024-page) transfers on a clean link, at 1%
//! loss (drop, corrupt, duplicate and reorder, 1% each), and at 1% loss behind a congested
//! switch that sends PAUSE, as a ratio to the wire limit of `docs/protocol.md` and to the
//! paper's 902 MB/s.
//!
//! `cargo run --release -p uzura-sim --bin refbench [-- --mib N] [--pcap FILE]`
//! (`--pcap` records the wire of the MTU 1500, 1% loss run.)

use std::time::Instant;

use uzura_core::Config;
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Pair, Side};
use uzura_sim::pcap::PcapWriter;
use uzura_uapi::proto;
use uzura_uapi::regs::Counter;

const BATCH: u64 = 4 << 20;
const PAPER_RDMA_MB_S: f64 = 902.0;
const OWNER: u16 = 1;

struct Outcome {
    bytes: u64,
    sim_ps: u64,
    wall_s: f64,
    frames: u64,
    retransmitted: u64,
    payload: usize,
}

#[derive(Clone, Copy)]
enum Impairment {
    None,
    Loss,
    LossAndCongestion,
}

impl Impairment {
    fn label(self) -> &'static str {
        match self {
            Impairment::None => "0%",
            Impairment::Loss => "1%",
            Impairment::LossAndCongestion => "1%+PAUSE",
        }
    }
    fn link(self, seed: u64) -> LinkConfig {
        match self {
            Impairment::None => LinkConfig::default(),
            Impairment::Loss => LinkConfig { switch: None, ..LinkConfig::lossy(0.01, seed) },
            Impairment::LossAndCongestion => LinkConfig::lossy(0.01, seed),
        }
    }
}

fn run(mtu: usize, impairment: Impairment, total: u64, pcap: Option<&std::path::Path>) -> Outcome {
    let cfg = Config { mtu, ..Config::default() };
    let link = |seed| impairment.link(seed);
    let mut pair = Pair::new(cfg, link(1), link(2), 42);
    if let Some(path) = pcap {
        pair.capture = Some(PcapWriter::create(path).unwrap_or_else(|e| panic!("{}: {e}", path.display())));
    }
    let batches = total / BATCH;
    let wall = Instant::now();
    let sim_ps = pair.stream(OWNER, BATCH, batches, 4).unwrap();
    if let Some(pcap) = pair.capture.as_mut() {
        pcap.flush().expect("writing the capture");
    }
    let frames = [Side::A, Side::B].iter().map(|&s| pair.node(s).host.nic.counter(Counter::TxFrames) as u64).sum();
    Outcome {
        bytes: batches * BATCH,
        sim_ps,
        wall_s: wall.elapsed().as_secs_f64(),
        frames,
        retransmitted: pair.a.drv.stats().frames_retransmitted,
        payload: pair.a.drv.payload() as usize,
    }
}

fn main() {
    let mut mib = 256u64;
    let mut pcap = None;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mib" => mib = args.next().and_then(|v| v.parse().ok()).expect("--mib N"),
            "--pcap" => pcap = Some(std::path::PathBuf::from(args.next().expect("--pcap FILE"))),
            _ => {
                eprintln!("usage: refbench [--mib N] [--pcap FILE]   (N MiB per run, in 4 MiB transfers)");
                std::process::exit(2);
            }
        }
    }
    println!("reference model + driver core, {mib} MiB per run in 4 MiB transfers, 4 in flight");
    println!(
        "{:>5} {:>9} {:>12} {:>12} {:>9} {:>7} {:>10} {:>6} {:>7}",
        "MTU", "loss", "goodput", "wire limit", "of limit", "of 902", "frames/s", "retx", "wall s"
    );
    for mtu in [1500, 9000] {
        for impairment in [Impairment::None, Impairment::Loss, Impairment::LossAndCongestion] {
            let capture = pcap.as_deref().filter(|_| mtu == 1500 && matches!(impairment, Impairment::Loss));
            let o = run(mtu, impairment, mib << 20, capture);
            let goodput = o.bytes as f64 / (o.sim_ps as f64 * 1e-12) / 1e6;
            let limit = proto::goodput_limit(o.payload) as f64 / 1e6;
            println!(
                "{:>5} {:>9} {:>7.1} MB/s {:>7.1} MB/s {:>8.2}% {:>6.2}x {:>10.0} {:>6} {:>7.2}",
                mtu,
                impairment.label(),
                goodput,
                limit,
                100.0 * goodput / limit,
                goodput / PAPER_RDMA_MB_S,
                o.frames as f64 / o.wall_s,
                o.retransmitted,
                o.wall_s
            );
        }
    }
}
