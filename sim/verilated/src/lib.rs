//! uzura's gateware under Verilator: the generated Verilog (`gateware/verilog/`) compiled by
//! `build.rs` and driven from Rust, as NIC models for uzura-sim's harness.
//!
//! - [`verilated`]: the Verilator models (FCS, MAC, NIC), their ports addressed by name.
//! - [`vnic`]: the NIC model behind a host bus model, a [`uzura_sim::pair::NicModel`] like the
//!   reference model, so that the driver core and the two-host harness run on it unchanged.
//!
//! The co-simulation tests (`tests/`) run it against the reference model.
//!
//! Building this crate needs Verilator >= 5.048 (`VERILATOR`, else `verilator` on the path);
//! nothing else in the workspace does.

pub mod verilated;
pub mod vnic;
