//! The NIC's FPGA design in rust-hdl. Each block is a `LogicBlock` with its unit tests; the
//! `gateware` binary writes the Verilog of the top modules (`verilog/` holds the committed
//! copy, kept fresh by a test), lints it with Verilator and reports a yosys synthesis.
//!
//! The top modules: the 10 GbE MAC, [`mac::Mac`] (`uzura_mac.v`: [`mac_tx::MacTx`],
//! [`mac_rx::MacRx`] and the FCS block [`crc::Crc64`], also emitted alone as `uzura_crc.v`), and
//! the NIC, [`nic::Nic`] (`uzura_nic.v`), behind the host interface of `docs/registers.md` §9:
//! the MAC, the receive side ([`rx::RxEngine`] and its blocks `rx_*`, [`event_writer`]), the
//! host transmit path ([`txq::TxqEngine`]), the RDMA TX engine ([`sq::SqEngine`] and its blocks
//! `sq_*`), the arbiters in front of the MAC and the DMA bus, and the register file with its
//! table staging. The packed records the blocks share are defined once in [`records`], the
//! port bundles in [`ports`].
//!
//! Every block runs in one clock domain, the XGMII's 156.25 MHz, one 64-bit word per cycle.
//! Frame constants come from `uzura_uapi` and enter the HDL as `Constant` fields: a plain Rust
//! `const` inside `#[hdl_gen]` would become an undeclared Verilog name.
//!
//! Names: each prefix means one thing throughout.
//! - `k_`: a constant (`localparam`): values, masks (`k_mask_`), `CONTROL` bits (`k_ctl_`),
//!   event reasons (`k_r_`); `at_<record>`: a record's field offsets (records.rs);
//!   `addr_`: a register's BAR0 address, `off_`: an offset inside a ring's register block.
//! - `c_`: a counter a block reports to the register file (registers.md §7); `cnt_`: a
//!   counter register or the counter read.
//! - `reg_`, `dmar_`, `dmaw_`, `xgmii_`: the NIC's ports (registers.md §9); `m_`: the MAC's
//!   receive stream into the RX engine; `tx_`: a frame stream towards the MAC; `*_rd`: a DMA
//!   read master ([`ports::DmaRead`]), `dmaw`: the DMA write master, `event`/`tx_event`: an
//!   event request.
//! - `cfg_`: a setting from the register file; `rd_`/`wr_`: the register file's read and
//!   write of a register; `rst_`: the NIC's reset; `ct_`/`rt_`: the context and region tables
//!   (and their staging); `arm_`, `q_`: the arm and arrival-query commands.
//! - `f_`: a field of the frame at hand (its header or info record); `d_`: a field of the SQ
//!   descriptor at hand; `arr_`: a context's arrival record (records.rs `arrival`); `bm_`: an
//!   arrival bitmap word; `ev_`: the event being written; `eq_`, `rxq_`, `txq_`, `sq_`: a
//!   ring's state.
//! - `in_`/`out_`: a block's input and output side (a stream, an accumulator's word in and beat
//!   out); `nx_`: the next piece, prepared while one is written; `xl_`: a page translation;
//!   `next_`: the page cache's next batch, `look_`: its registered lookup.
//! - In the MAC, `a_` and `b_` are the receive pipeline's stages A and B (mac_rx.rs).

// `#[hdl_gen]` copies a const generic argument such as `get_bits::<{ record::FIELD.width }>`
// into a function call as a block, which rustc then finds needlessly braced.
#![allow(unused_braces)]
// In `#[hdl_gen]` code an expression's shape is the logic's: a condition is written as the
// LUT it should map to, and nested `if`s as the priority they encode (and `match` has no guards
// there).
#![allow(clippy::nonminimal_bool, clippy::collapsible_if, clippy::collapsible_match)]

/// Declares a `LogicBlock` with its `Default`: each field starts as `Default::default()` unless
/// it says `= value` (rust-hdl's `Constant`s have no default, and a hand-written `Default`
/// listing fifty fields would hide the few that matter).
macro_rules! block {
    ($(#[$m:meta])* pub struct $name:ident { $($(#[$fm:meta])* $vis:vis $f:ident : $t:ty $(= $init:expr)?),* $(,)? }) => {
        $(#[$m])*
        #[derive(LogicBlock)]
        pub struct $name { $($(#[$fm])* $vis $f: $t),* }
        impl Default for $name {
            fn default() -> Self {
                Self { $($f: block!(@init $($init)?)),* }
            }
        }
    };
    (@init) => { Default::default() };
    (@init $e:expr) => { $e };
}

/// A generation-time constant of `N` bits (a `localparam` in the Verilog).
pub fn k<const N: usize>(v: u64) -> Constant<Bits<N>> {
    Constant::new(bit_cast::<N, 64>(v.into()))
}

pub mod byte_reverse;
pub mod crc;
pub mod dma_read_arbiter;
pub mod event_writer;
pub mod frame_fifo;
pub mod link_fault;
pub mod mac;
pub mod mac_rx;
pub mod mac_tx;
pub mod nic;
pub mod page_cache;
pub mod page_step;
pub mod popcount;
pub mod ports;
pub mod realigner;
pub mod records;
pub mod rx;
pub mod rx_arrival;
pub mod rx_classify;
pub mod rx_host;
pub mod rx_ingress;
pub mod rx_write;
pub mod skid_fifo;
pub mod sq;
pub mod sq_assemble;
pub mod sq_prefetch;
pub mod sq_request;
pub mod table_stage;
#[cfg(test)]
mod testing;
pub mod tx_arbiter;
pub mod txq;
pub mod xgmii;

use rust_hdl::prelude::*;
use uzura_uapi::proto::MAX_MTU;
use uzura_uapi::wire::pause::{ETHERTYPE_MAC_CONTROL, OPCODE_PAUSE, PAUSE_DST};
use uzura_uapi::wire::{ethernet, FCS_LEN, MIN_FRAME_LEN};

/// Shortest frame on the wire, FCS included (shorter ones are runts).
pub const MIN_FRAME_WITH_FCS: usize = MIN_FRAME_LEN + FCS_LEN;
/// Longest frame the MAC receives, FCS included: the receive MTU is fixed at `MAX_MTU`.
pub const MAX_FRAME_WITH_FCS: usize = MAX_MTU + ethernet::HEADER_LEN + FCS_LEN;

/// PAUSE_DST as lanes 0-5 of a frame's first 64-bit word (frame byte 0 in bits 7:0).
pub fn pause_dst_lanes() -> u64 {
    let mut b = [0u8; 8];
    b[..6].copy_from_slice(&PAUSE_DST.0);
    u64::from_le_bytes(b)
}

/// A PAUSE frame's EtherType and opcode (frame bytes 12..16, both big-endian on the wire) as
/// they appear in lanes 4-7 of the frame's second word, shifted down to bits 31:0.
pub fn pause_type_lanes() -> u64 {
    const _: () = assert!(ethernet::HEADER_LEN == 14, "the EtherType must end in lane 5 of word 1");
    let (e, o) = (ETHERTYPE_MAC_CONTROL.to_be_bytes(), OPCODE_PAUSE.to_be_bytes());
    u32::from_le_bytes([e[0], e[1], o[0], o[1]]) as u64
}

/// The value the running FCS of a frame takes after its own (intact) FCS has been folded in.
/// A receiver folds everything up to the terminate character and compares with this, so it
/// need not know where the FCS starts until the frame has ended.
pub fn fcs_residue() -> u32 {
    let mut f = b"uzura".to_vec();
    f.extend(uzura_uapi::wire::fcs(&f).to_le_bytes());
    uzura_uapi::wire::fcs(&f)
}

/// A block's Verilog as a top module, the way the tools and the Verilator models see it.
pub fn verilog_of<B: Block>(mut block: B) -> String {
    block.connect_all();
    alias_clocks(&generate_verilog(&block))
}

/// rust-hdl hands a module's clock to its flip-flops and RAMs by blocking assignments inside the
/// module's `always @(*)` (`ram$read_clock = clock;`). A simulator may then run the edge of such a
/// derived clock after the logic that reads the flip-flops' new outputs: Verilator 5.006 let a
/// FIFO's RAM sample its read address one edge late, so the FIFO's output moved on without a
/// read (one word lost, the next duplicated, whenever the reader paused). As continuous
/// assignments the derived clocks are plain aliases of `clock`, and every edge is one event.
fn alias_clocks(verilog: &str) -> String {
    let mut out = String::with_capacity(verilog.len());
    for module in verilog.split_inclusive("endmodule") {
        let clocked: Vec<&str> = module
            .lines()
            .filter_map(|l| l.trim().strip_suffix(" = clock;"))
            .filter(|name| name.contains('$') && !name.contains(' '))
            .collect();
        let mut text = String::with_capacity(module.len());
        for line in module.split_inclusive('\n') {
            let name = line.trim().strip_suffix(" = clock;");
            if name.is_some_and(|n| clocked.contains(&n)) {
                continue;
            }
            let declared = line.trim().strip_prefix("reg  ").and_then(|r| r.strip_suffix(';'));
            if declared.is_some_and(|n| clocked.contains(&n)) {
                text.push_str(&line.replacen("reg  ", "wire ", 1));
                continue;
            }
            if line.trim() == "always @(*) begin" && !clocked.is_empty() {
                for n in &clocked {
                    text.push_str(&format!("    assign {n} = clock;\n"));
                }
                text.push_str("    \n");
            }
            text.push_str(line);
        }
        out.push_str(&text);
    }
    out
}

/// Every top module the gateware emits: (file stem, Verilog).
pub fn modules() -> Vec<(&'static str, String)> {
    vec![
        ("uzura_mac", verilog_of(mac::Mac::default())),
        ("uzura_crc", verilog_of(crc::Crc64::default())),
        ("uzura_nic", verilog_of(nic::Nic::default())),
    ]
}
