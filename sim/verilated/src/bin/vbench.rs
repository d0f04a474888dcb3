//! Speed of the gateware's Verilator models on this machine: cycles per second of wall time,
//! single-threaded. `cargo run --release -p uzura-verilated --bin vbench`

use std::time::Instant;

use uzura_verilated::verilated::{uzura_crc, uzura_mac};

fn main() {
    crc();
    mac();
}

fn report(name: &str, cycles: u64, s: f64) {
    println!(
        "{name}: {:.2} M cycles/s ({:.4}x real time at 156.25 MHz)",
        cycles as f64 / s / 1e6,
        cycles as f64 / s / 156.25e6
    );
}

fn crc() {
    let mut m = uzura_crc::new();
    let (clock, valid, start, data, keep) =
        (m.port("clock"), m.port("valid"), m.port("start"), m.port("data"), m.port("keep"));
    m.set(valid, 1);
    m.set(keep, 0xff);
    let cycles = 20_000_000u64;
    let t = Instant::now();
    for i in 0..cycles {
        // A new 1,500-byte frame every 188 words, fresh data every cycle.
        m.set(start, (i % 188 == 0) as u64);
        m.set(data, i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        m.tick(clock);
    }
    report("uzura_crc", cycles, t.elapsed().as_secs_f64());
}

/// The MAC looped back on itself, its transmitter always fed: a 1,514-byte frame every 190 words.
fn mac() {
    let mut m = uzura_mac::new();
    let p = |m: &uzura_verilated::verilated::Model, n| m.port(n);
    let (clock, data, keep, valid, last, ready) =
        (p(&m, "clock"), p(&m, "tx_data"), p(&m, "tx_keep"), p(&m, "tx_valid"), p(&m, "tx_last"), p(&m, "tx_ready"));
    let (txd, txc, rxd, rxc, frames) =
        (p(&m, "xgmii_txd"), p(&m, "xgmii_txc"), p(&m, "xgmii_rxd"), p(&m, "xgmii_rxc"), p(&m, "rx_frames"));
    let words = 1514u64.div_ceil(8);
    m.set(valid, 1);
    let mut word = 0u64;
    let cycles = 5_000_000u64;
    let t = Instant::now();
    for i in 0..cycles {
        let final_word = word + 1 == words;
        m.set(data, i);
        m.set(keep, if final_word { (1 << (1514 % 8)) - 1 } else { 0xff });
        m.set(last, final_word as u64);
        m.eval();
        let taken = m.get(ready) == 1;
        let (d, c) = (m.get(txd), m.get(txc));
        m.set(rxd, d);
        m.set(rxc, c);
        m.tick(clock);
        if taken {
            word = if final_word { 0 } else { word + 1 };
        }
    }
    report("uzura_mac (loopback)", cycles, t.elapsed().as_secs_f64());
    println!("  {} frames received intact by the loop", m.get(frames));
}
