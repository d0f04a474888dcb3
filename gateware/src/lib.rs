//! The NIC's FPGA design in rust-hdl. Each block is a `LogicBlock` with its unit tests; the
//! `gateware` binary writes the Verilog of the blocks (`verilog/` holds the committed copy,
//! kept fresh by a test), lints it with Verilator and reports a yosys synthesis.
//!
//! What exists so far: [`crc::Crc64`], the Ethernet FCS over one 64-bit word per 156.25 MHz
//! cycle that the MAC's transmit and receive halves need. The MAC, the RDMA engines, DMA and
//! the register file follow (`docs/registers.md` §9 fixes their host-side interface).

pub mod crc;

use rust_hdl::prelude::*;

/// A block's Verilog as a top module, the way the tools and the Verilator models see it.
pub fn verilog_of<B: Block>(mut block: B) -> String {
    block.connect_all();
    generate_verilog(&block)
}

/// Every top module the gateware emits: (file stem, Verilog).
pub fn modules() -> Vec<(&'static str, String)> {
    vec![("uzura_crc", verilog_of(crc::Crc64::default()))]
}
