//! The table staging of the register file (registers.md §3): the `RT_*` and `CT_*` registers
//! stage an entry, a write to `RT_COMMIT` or `CT_COMMIT` makes it that entry of the region or
//! context table (the RX engine's copy and the RDMA TX engine's), `CT_ARM` re-arms a context.
//! A commit is handed to the RX engine, which applies it between frames (a context's with its
//! bitmap clear), and the register file's reads wait for it (the commit fence, §2.1). The
//! NIC's reset sweeps both tables to invalid entries.

use rust_hdl::prelude::*;
use uzura_uapi::proto::{MAX_CONTEXTS, MAX_REGIONS};
use uzura_uapi::regs;

use crate::k;
use crate::records::{context, halves, region};

block! {
/// `wr` with `wr_addr` and `wr_data`: a register write, decoded a cycle after the bus took it
/// (no other is taken while a commit or an arm is pending); `rd_addr`: the register being read,
/// answered in `rd_hi` (the `RT_*`) and `rd_ct` (the `CT_*`). `rst_active` with `rst_sweep`:
/// the NIC's reset sweeping the tables; `clear`: its end. `ct_*` and `arm_*` hand commits and
/// arms to the RX engine (held until `ct_ack`, `arm_ack`); `rt_*` and `sq_ct_*` write the
/// tables; `commit` pulses with a commit (the fence).
pub struct TableStage {
    pub clock: Signal<In, Clock>,
    pub wr: Signal<In, Bit>,
    pub wr_addr: Signal<In, Bits<13>>,
    pub wr_data: Signal<In, Bits<32>>,
    pub rd_addr: Signal<In, Bits<13>>,
    pub rst_active: Signal<In, Bit>,
    pub rst_sweep: Signal<In, Bits<11>>,
    pub clear: Signal<In, Bit>,
    pub rt_we: Signal<Out, Bit>,
    pub rt_waddr: Signal<Out, Bits<10>>,
    pub rt_wdata: Signal<Out, Bits<{ region::BITS }>>,
    pub sq_ct_we: Signal<Out, Bit>,
    pub sq_ct_waddr: Signal<Out, Bits<6>>,
    pub sq_ct_wdata: Signal<Out, Bits<{ context::BITS }>>,
    pub ct_req: Signal<Out, Bit>,
    pub ct_idx_out: Signal<Out, Bits<6>>,
    pub ct_data_out: Signal<Out, Bits<{ context::BITS }>>,
    pub ct_start_out: Signal<Out, Bits<32>>,
    pub ct_ack: Signal<In, Bit>,
    pub arm_req: Signal<Out, Bit>,
    pub arm_idx_out: Signal<Out, Bits<6>>,
    pub arm_ack: Signal<In, Bit>,
    pub commit: Signal<Out, Bit>,
    /// `CT_RX_START` as staged (the register file reads it).
    pub rx_start: Signal<Out, Bits<32>>,
    pub rd_hi_out: Signal<Out, Bits<32>>,
    pub rd_ct_out: Signal<Out, Bits<32>>,

    rt_key: DFF<Bits<64>>,
    rt_len: DFF<Bits<64>>,
    rt_pl: DFF<Bits<64>>,
    rt_first: DFF<Bits<12>>,
    rt_pd: DFF<Bits<16>>,
    rt_flags: DFF<Bits<3>>,
    ct_peer_mac: DFF<Bits<64>>,
    ct_peer_ctx: DFF<Bits<16>>,
    ct_peer_tag: DFF<Bits<32>>,
    ct_local_tag: DFF<Bits<32>>,
    ct_pd: DFF<Bits<16>>,
    ct_flags: DFF<Bits<1>>,
    ct_start: DFF<Bits<32>>,
    /// A context commit handed to the RX engine: its index, entry and first PSN, held from
    /// the write (the staging registers may change meanwhile).
    ct_pending: DFF<Bit>,
    ct_idx: DFF<Bits<6>>,
    ct_data: DFF<Bits<{ context::BITS }>>,
    ct_start_r: DFF<Bits<32>>,
    arm_pending: DFF<Bit>,
    arm_idx: DFF<Bits<6>>,
    rd_hi: DFF<Bits<32>>,
    rd_ct: DFF<Bits<32>>,

    k_regions: Constant<Bits<11>> = k(MAX_REGIONS as u64),
    k_contexts: Constant<Bits<32>> = k(MAX_CONTEXTS as u64),
    addr_rt_key_lo: Constant<Bits<13>> = k(regs::RT_KEY_LO as u64),
    addr_rt_key_hi: Constant<Bits<13>> = k(regs::RT_KEY_HI as u64),
    addr_rt_len_lo: Constant<Bits<13>> = k(regs::RT_LEN_LO as u64),
    addr_rt_len_hi: Constant<Bits<13>> = k(regs::RT_LEN_HI as u64),
    addr_rt_pl_lo: Constant<Bits<13>> = k(regs::RT_PL_LO as u64),
    addr_rt_pl_hi: Constant<Bits<13>> = k(regs::RT_PL_HI as u64),
    addr_rt_first: Constant<Bits<13>> = k(regs::RT_FIRST as u64),
    addr_rt_pd: Constant<Bits<13>> = k(regs::RT_PD as u64),
    addr_rt_flags: Constant<Bits<13>> = k(regs::RT_FLAGS as u64),
    addr_rt_commit: Constant<Bits<13>> = k(regs::RT_COMMIT as u64),
    addr_ct_peer_mac_lo: Constant<Bits<13>> = k(regs::CT_PEER_MAC_LO as u64),
    addr_ct_peer_mac_hi: Constant<Bits<13>> = k(regs::CT_PEER_MAC_HI as u64),
    addr_ct_peer_ctx: Constant<Bits<13>> = k(regs::CT_PEER_CTX as u64),
    addr_ct_peer_tag: Constant<Bits<13>> = k(regs::CT_PEER_TAG as u64),
    addr_ct_local_tag: Constant<Bits<13>> = k(regs::CT_LOCAL_TAG as u64),
    addr_ct_pd: Constant<Bits<13>> = k(regs::CT_PD as u64),
    addr_ct_flags: Constant<Bits<13>> = k(regs::CT_FLAGS as u64),
    addr_ct_rx_start: Constant<Bits<13>> = k(regs::CT_RX_START as u64),
    addr_ct_commit: Constant<Bits<13>> = k(regs::CT_COMMIT as u64),
    addr_ct_arm: Constant<Bits<13>> = k(regs::CT_ARM as u64),
    k_mask_hi32: Constant<Bits<{ halves::BITS }>> = k(0xFFFF_FFFF_0000_0000),
    at_halves: halves::At,
    at_region: region::At,
    at_context: context::At,
}
}

impl Logic for TableStage {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            rt_key,
            rt_len,
            rt_pl,
            rt_first,
            rt_pd,
            rt_flags,
            ct_peer_mac,
            ct_peer_ctx,
            ct_peer_tag,
            ct_local_tag,
            ct_pd,
            ct_flags,
            ct_start,
            ct_pending,
            ct_idx,
            ct_data,
            ct_start_r,
            arm_pending,
            arm_idx,
            rd_hi,
            rd_ct
        );
        self.ct_req.next = self.ct_pending.q.val();
        self.ct_idx_out.next = self.ct_idx.q.val();
        self.ct_data_out.next = self.ct_data.q.val();
        self.ct_start_out.next = self.ct_start_r.q.val();
        self.arm_req.next = self.arm_pending.q.val();
        self.arm_idx_out.next = self.arm_idx.q.val();
        self.rx_start.next = self.ct_start.q.val();
        self.rd_hi_out.next = self.rd_hi.q.val();
        self.rd_ct_out.next = self.rd_ct.q.val();
        self.commit.next = false;
        if self.ct_ack.val() {
            self.ct_pending.d.next = false;
        }
        if self.arm_ack.val() {
            self.arm_pending.d.next = false;
        }
        // The SQ engine's context table: peer fields, written on commit, swept on reset.
        self.sq_ct_we.next = false;
        self.sq_ct_waddr.next = self.wr_data.val().get_bits::<6>(0);
        self.sq_ct_wdata.next = (bit_cast::<{ context::BITS }, 48>(self.ct_peer_mac.q.val().get_bits::<48>(0))
            << self.at_context.peer_mac.val())
            | (bit_cast::<{ context::BITS }, 16>(self.ct_peer_ctx.q.val()) << self.at_context.peer_ctx.val())
            | (bit_cast::<{ context::BITS }, 32>(self.ct_peer_tag.q.val()) << self.at_context.tag.val())
            | (bit_cast::<{ context::BITS }, 16>(self.ct_pd.q.val()) << self.at_context.pd.val())
            | (bit_cast::<{ context::BITS }, 1>(self.ct_flags.q.val()) << self.at_context.valid.val());
        // Region table: written from staging on commit, swept to invalid on reset.
        self.rt_we.next = false;
        self.rt_waddr.next = self.wr_data.val().get_bits::<10>(0);
        self.rt_wdata.next = (bit_cast::<{ region::BITS }, 64>(self.rt_key.q.val()) << self.at_region.key.val())
            | (bit_cast::<{ region::BITS }, { region::LEN.width }>(
                self.rt_len.q.val().get_bits::<{ region::LEN.width }>(0),
            ) << self.at_region.len.val())
            | (bit_cast::<{ region::BITS }, 64>(self.rt_pl.q.val()) << self.at_region.pl.val())
            | (bit_cast::<{ region::BITS }, 12>(self.rt_first.q.val()) << self.at_region.first.val())
            | (bit_cast::<{ region::BITS }, 16>(self.rt_pd.q.val()) << self.at_region.pd.val())
            | (bit_cast::<{ region::BITS }, 3>(self.rt_flags.q.val()) << self.at_region.flags.val());
        if self.rst_active.val() {
            self.rt_waddr.next = self.rst_sweep.val().get_bits::<10>(0);
            self.rt_wdata.next = 0.into();
            self.sq_ct_waddr.next = self.rst_sweep.val().get_bits::<6>(0);
            self.sq_ct_wdata.next = 0.into();
            if self.rst_sweep.val() < self.k_regions.val() {
                self.rt_we.next = true;
                self.sq_ct_we.next = self.rst_sweep.val() < 64;
            }
        }
        if self.clear.val() {
            self.rt_key.d.next = 0.into();
            self.rt_len.d.next = 0.into();
            self.rt_pl.d.next = 0.into();
            self.rt_first.d.next = 0.into();
            self.rt_pd.d.next = 0.into();
            self.rt_flags.d.next = 0.into();
            self.ct_peer_mac.d.next = 0.into();
            self.ct_peer_ctx.d.next = 0.into();
            self.ct_peer_tag.d.next = 0.into();
            self.ct_local_tag.d.next = 0.into();
            self.ct_pd.d.next = 0.into();
            self.ct_flags.d.next = 0.into();
            self.ct_start.d.next = 0.into();
        }
        if self.wr.val() {
            if self.wr_addr.val() == self.addr_rt_key_lo.val() {
                self.rt_key.d.next =
                    (self.rt_key.q.val() & self.k_mask_hi32.val()) | bit_cast::<64, 32>(self.wr_data.val());
            } else if self.wr_addr.val() == self.addr_rt_key_hi.val() {
                self.rt_key.d.next = bit_cast::<64, 32>(self.rt_key.q.val().get_bits::<32>(0))
                    | (bit_cast::<64, 32>(self.wr_data.val()) << self.at_halves.hi.val());
            } else if self.wr_addr.val() == self.addr_rt_len_lo.val() {
                self.rt_len.d.next =
                    (self.rt_len.q.val() & self.k_mask_hi32.val()) | bit_cast::<64, 32>(self.wr_data.val());
            } else if self.wr_addr.val() == self.addr_rt_len_hi.val() {
                self.rt_len.d.next = bit_cast::<64, 32>(self.rt_len.q.val().get_bits::<32>(0))
                    | (bit_cast::<64, 32>(self.wr_data.val()) << self.at_halves.hi.val());
            } else if self.wr_addr.val() == self.addr_rt_pl_lo.val() {
                self.rt_pl.d.next =
                    (self.rt_pl.q.val() & self.k_mask_hi32.val()) | bit_cast::<64, 32>(self.wr_data.val());
            } else if self.wr_addr.val() == self.addr_rt_pl_hi.val() {
                self.rt_pl.d.next = bit_cast::<64, 32>(self.rt_pl.q.val().get_bits::<32>(0))
                    | (bit_cast::<64, 32>(self.wr_data.val()) << self.at_halves.hi.val());
            } else if self.wr_addr.val() == self.addr_rt_first.val() {
                self.rt_first.d.next = self.wr_data.val().get_bits::<12>(0);
            } else if self.wr_addr.val() == self.addr_rt_pd.val() {
                self.rt_pd.d.next = self.wr_data.val().get_bits::<16>(0);
            } else if self.wr_addr.val() == self.addr_rt_flags.val() {
                self.rt_flags.d.next = self.wr_data.val().get_bits::<3>(0);
            } else if self.wr_addr.val() == self.addr_rt_commit.val() {
                if self.wr_data.val() < bit_cast::<32, 11>(self.k_regions.val()) {
                    self.rt_we.next = true;
                    self.commit.next = true;
                }
            } else if self.wr_addr.val() == self.addr_ct_peer_mac_lo.val() {
                self.ct_peer_mac.d.next =
                    (self.ct_peer_mac.q.val() & self.k_mask_hi32.val()) | bit_cast::<64, 32>(self.wr_data.val());
            } else if self.wr_addr.val() == self.addr_ct_peer_mac_hi.val() {
                self.ct_peer_mac.d.next = bit_cast::<64, 32>(self.ct_peer_mac.q.val().get_bits::<32>(0))
                    | (bit_cast::<64, 16>(self.wr_data.val().get_bits::<16>(0)) << self.at_halves.mac_hi.val());
            } else if self.wr_addr.val() == self.addr_ct_peer_ctx.val() {
                self.ct_peer_ctx.d.next = self.wr_data.val().get_bits::<16>(0);
            } else if self.wr_addr.val() == self.addr_ct_peer_tag.val() {
                self.ct_peer_tag.d.next = self.wr_data.val();
            } else if self.wr_addr.val() == self.addr_ct_local_tag.val() {
                self.ct_local_tag.d.next = self.wr_data.val();
            } else if self.wr_addr.val() == self.addr_ct_pd.val() {
                self.ct_pd.d.next = self.wr_data.val().get_bits::<16>(0);
            } else if self.wr_addr.val() == self.addr_ct_flags.val() {
                self.ct_flags.d.next = self.wr_data.val().get_bits::<1>(0);
            } else if self.wr_addr.val() == self.addr_ct_rx_start.val() {
                self.ct_start.d.next = self.wr_data.val();
            } else if self.wr_addr.val() == self.addr_ct_commit.val() {
                if self.wr_data.val() < self.k_contexts.val() {
                    self.sq_ct_we.next = true;
                    self.ct_pending.d.next = true;
                    self.commit.next = true;
                    self.ct_idx.d.next = self.wr_data.val().get_bits::<6>(0);
                    self.ct_start_r.d.next = self.ct_start.q.val();
                    self.ct_data.d.next =
                        (bit_cast::<{ context::BITS }, 48>(self.ct_peer_mac.q.val().get_bits::<48>(0))
                            << self.at_context.peer_mac.val())
                            | (bit_cast::<{ context::BITS }, 16>(self.ct_peer_ctx.q.val())
                                << self.at_context.peer_ctx.val())
                            | (bit_cast::<{ context::BITS }, 32>(self.ct_local_tag.q.val())
                                << self.at_context.tag.val())
                            | (bit_cast::<{ context::BITS }, 16>(self.ct_pd.q.val()) << self.at_context.pd.val())
                            | (bit_cast::<{ context::BITS }, 1>(self.ct_flags.q.val()) << self.at_context.valid.val());
                }
            } else if self.wr_addr.val() == self.addr_ct_arm.val() {
                if self.wr_data.val() < self.k_contexts.val() {
                    self.arm_pending.d.next = true;
                    self.arm_idx.d.next = self.wr_data.val().get_bits::<6>(0);
                }
            }
        }
        self.rd_hi.d.next = 0.into();
        if self.rd_addr.val() == self.addr_rt_key_lo.val() {
            self.rd_hi.d.next = self.rt_key.q.val().get_bits::<32>(0);
        } else if self.rd_addr.val() == self.addr_rt_key_hi.val() {
            self.rd_hi.d.next = self.rt_key.q.val().get_bits::<32>(self.at_halves.hi.val().index());
        } else if self.rd_addr.val() == self.addr_rt_len_lo.val() {
            self.rd_hi.d.next = self.rt_len.q.val().get_bits::<32>(0);
        } else if self.rd_addr.val() == self.addr_rt_len_hi.val() {
            self.rd_hi.d.next = self.rt_len.q.val().get_bits::<32>(self.at_halves.hi.val().index());
        } else if self.rd_addr.val() == self.addr_rt_pl_lo.val() {
            self.rd_hi.d.next = self.rt_pl.q.val().get_bits::<32>(0);
        } else if self.rd_addr.val() == self.addr_rt_pl_hi.val() {
            self.rd_hi.d.next = self.rt_pl.q.val().get_bits::<32>(self.at_halves.hi.val().index());
        } else if self.rd_addr.val() == self.addr_rt_first.val() {
            self.rd_hi.d.next = bit_cast::<32, 12>(self.rt_first.q.val());
        } else if self.rd_addr.val() == self.addr_rt_pd.val() {
            self.rd_hi.d.next = bit_cast::<32, 16>(self.rt_pd.q.val());
        } else if self.rd_addr.val() == self.addr_rt_flags.val() {
            self.rd_hi.d.next = bit_cast::<32, 3>(self.rt_flags.q.val());
        }
        self.rd_ct.d.next = 0.into();
        if self.rd_addr.val() == self.addr_ct_peer_mac_lo.val() {
            self.rd_ct.d.next = self.ct_peer_mac.q.val().get_bits::<32>(0);
        } else if self.rd_addr.val() == self.addr_ct_peer_mac_hi.val() {
            self.rd_ct.d.next = self.ct_peer_mac.q.val().get_bits::<32>(self.at_halves.hi.val().index());
        } else if self.rd_addr.val() == self.addr_ct_peer_ctx.val() {
            self.rd_ct.d.next = bit_cast::<32, 16>(self.ct_peer_ctx.q.val());
        } else if self.rd_addr.val() == self.addr_ct_peer_tag.val() {
            self.rd_ct.d.next = self.ct_peer_tag.q.val();
        } else if self.rd_addr.val() == self.addr_ct_local_tag.val() {
            self.rd_ct.d.next = self.ct_local_tag.q.val();
        } else if self.rd_addr.val() == self.addr_ct_pd.val() {
            self.rd_ct.d.next = bit_cast::<32, 16>(self.ct_pd.q.val());
        } else if self.rd_addr.val() == self.addr_ct_flags.val() {
            self.rd_ct.d.next = bit_cast::<32, 1>(self.ct_flags.q.val());
        }
    }
}
