//! Speed of the gateware's Verilator models on this machine: cycles per second of wall time,
//! single-threaded. `cargo run --release -p uzura-sim --bin vbench`

use std::time::Instant;

use uzura_sim::verilated::uzura_crc;

fn main() {
    let mut m = uzura_crc::new();
    let (clock, valid, start, data, bytes) = (m.port("clock"), m.port("valid"), m.port("start"), m.port("data"), m.port("bytes"));
    m.set(valid, 1);
    m.set(bytes, 0);
    let cycles = 20_000_000u64;
    let t = Instant::now();
    for i in 0..cycles {
        // A new 1,500-byte frame every 188 words, fresh data every cycle.
        m.set(start, (i % 188 == 0) as u64);
        m.set(data, i.wrapping_mul(0x9E37_79B9_7F4A_7C15));
        m.tick(clock);
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "uzura_crc: {:.1} M cycles/s ({:.4}x real time at 156.25 MHz)",
        cycles as f64 / s / 1e6,
        cycles as f64 / s / 156.25e6
    );
}
