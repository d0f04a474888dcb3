//! Benchmark of the reference model under the real driver core: frames per second of wall
//! time, and goodput in simulated time of 4 MiB (1,024-page) transfers at 0% and 1% loss,
//! as a ratio to the wire limit of `docs/protocol.md` and to the paper's 902 MB/s.
//!
//! `cargo run --release -p uzura-sim --bin refbench [-- --mib N]`

use std::time::Instant;

use uzura_core::{Config, StartArgs};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Pair, Side};
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
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

fn run(mtu: usize, loss: f64, total: u64) -> Outcome {
    let cfg = Config { mtu, ..Config::default() };
    let link = |seed| if loss == 0.0 { LinkConfig::default() } else { LinkConfig::lossy(loss, seed) };
    let mut pair = Pair::new(cfg, link(1), link(2), 42);
    let ca = pair.connect(OWNER).unwrap().0.ctx;
    let src = pair.a.register(OWNER, BATCH, 0, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, BATCH, 0, ACCESS_REMOTE_WRITE).unwrap();
    pair.a.write_buffer(&src, 0, &vec![0x5a; BATCH as usize]);
    let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: 0, len: BATCH };
    let batches = total / BATCH;
    let wall = Instant::now();
    let start_ps = pair.now_ps;
    let mut started = 0;
    let mut completed = 0;
    // Keep a few batches in flight, as a pipelined sender does.
    while completed < batches {
        while started < batches && started - completed < 4 {
            pair.a.drv.rdmastart(&mut pair.a.host, OWNER, ca, &args).unwrap();
            started += 1;
        }
        let target = completed + 1;
        let ok = pair.run_until(u64::MAX, |p| {
            p.a.drv.poll(&mut p.a.host, OWNER, ca, false).unwrap().count as u64 >= target
        });
        assert!(ok, "transfer did not complete");
        completed = pair.a.drv.poll(&mut pair.a.host, OWNER, ca, false).unwrap().count as u64;
    }
    let frames = [Side::A, Side::B].iter().map(|&s| pair.node(s).host.nic.counter(Counter::TxFrames) as u64).sum();
    Outcome {
        bytes: batches * BATCH,
        sim_ps: pair.now_ps - start_ps,
        wall_s: wall.elapsed().as_secs_f64(),
        frames,
        retransmitted: pair.a.drv.stats().frames_retransmitted,
        payload: pair.a.drv.payload() as usize,
    }
}

fn main() {
    let mut mib = 256u64;
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--mib" => mib = args.next().and_then(|v| v.parse().ok()).expect("--mib N"),
            _ => {
                eprintln!("usage: refbench [--mib N]   (N MiB per run, in 4 MiB transfers)");
                std::process::exit(2);
            }
        }
    }
    println!("reference model + driver core, {mib} MiB per run in 4 MiB transfers, 4 in flight");
    println!("{:>5} {:>6} {:>10} {:>11} {:>9} {:>8} {:>12} {:>10} {:>8}", "MTU", "loss", "goodput", "wire limit", "of limit", "of 902", "frames/s", "retx", "wall s");
    for mtu in [1500, 9000] {
        for loss in [0.0, 0.01] {
            let o = run(mtu, loss, mib << 20);
            let goodput = o.bytes as f64 / (o.sim_ps as f64 * 1e-12) / 1e6;
            let limit = proto::goodput_limit(o.payload) as f64 / 1e6;
            println!(
                "{:>5} {:>5.0}% {:>7.1} MB/s {:>6.1} MB/s {:>8.2}% {:>7.2}x {:>12.0} {:>10} {:>8.2}",
                mtu,
                loss * 100.0,
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
