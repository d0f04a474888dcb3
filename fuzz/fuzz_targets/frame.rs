//! Every uzura-uapi byte parser on each input: frames (`parse_frame`, `Packet`/`Repr`, PAUSE),
//! `RegionInfo`, `ContextAddr`, `SqDesc`. No panics, and whatever is accepted re-emits to the
//! same bytes and parses back to the same values.
#![no_main]

use libfuzzer_sys::fuzz_target;

// The checks live in the proptest suite's file, so `cargo test` and the fuzzer assert the same
// properties from one copy; its proptest half is `#[cfg(test)]` and is not compiled here.
#[path = "../../uapi/tests/parse_arbitrary.rs"]
mod parse_arbitrary;

fuzz_target!(|data: &[u8]| parse_arbitrary::check(data));
