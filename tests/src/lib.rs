//! Tests that cross crates: whole transfers between two simulated NICs under the real driver
//! core, hostile frames at the wire, and (later) migrations and the kernel module.
//! What they share lives here.

use uzura_sim::rng::Rng;

/// `len` bytes from a seeded generator: a distinct, reproducible pattern per buffer.
pub fn pattern(seed: u64, len: usize) -> Vec<u8> {
    let mut v = vec![0u8; len];
    Rng::new(seed).fill_bytes(&mut v);
    v
}
