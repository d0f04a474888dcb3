//! The gateware NIC under Verilator with the driver core on top, against the reference model.

use uzura_core::{Config, StartArgs};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{NicModel, Node, Pair, MAC_A, MAC_B};
use uzura_sim::refnic::RefNic;
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::regs::{self, Counter};
use uzura_verilated::vnic::{Bus, VNic, CYCLE_PS};

const OWNER: u16 = 1;

fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len).map(|i| (i as u32).wrapping_mul(2654435761).rotate_left(seed as u32) as u8 ^ seed).collect()
}

/// Moves `len` bytes from A to B (source `src_first` bytes into its first page, destination
/// at `dst_off` of a region `dst_first` bytes into its first page) and checks every byte, and
/// that no NIC wrote outside a registered region.
fn transfer<A: NicModel, B: NicModel>(
    pair: &mut Pair<A, B>,
    len: u64,
    src_first: usize,
    dst_first: usize,
    dst_off: u64,
    seed: u8,
) {
    let addr_a = pair.a.drv.ctx_open(&mut pair.a.host, OWNER).unwrap();
    let addr_b = pair.b.drv.ctx_open(&mut pair.b.host, OWNER).unwrap();
    pair.a.drv.ctx_connect(&mut pair.a.host, OWNER, addr_a.ctx, addr_b).unwrap();
    pair.b.drv.ctx_connect(&mut pair.b.host, OWNER, addr_b.ctx, addr_a).unwrap();
    let src = pair.a.register(OWNER, len, src_first, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, len + dst_off, dst_first, ACCESS_REMOTE_WRITE).unwrap();
    let data = pattern(len as usize, seed);
    pair.a.write_buffer(&src, 0, &data);
    pair.b.host.mem.set_guard(true);
    pair.b.allow_writes(&dst, 0, len + dst_off);
    let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: dst_off, len };
    pair.a.drv.rdmastart(&mut pair.a.host, OWNER, addr_a.ctx, &args).unwrap();
    let ok = pair.run_until(pair.now_ps + 200_000_000_000, |p| {
        p.a.drv.poll(&mut p.a.host, OWNER, addr_a.ctx, false).unwrap().complete
    });
    assert!(ok, "transfer of {len} bytes did not complete by {} ps", pair.now_ps);
    let mut got = vec![0; len as usize];
    pair.b.read_buffer(&dst, dst_off, &mut got);
    if let Some(k) = got.iter().zip(&data).position(|(a, b)| a != b) {
        let piece = dst.pieces(dst_off + k as u64, 1).next().unwrap();
        panic!(
            "destination differs from the source ({len} bytes) first at {k}, bus {:#x}: got {:?} want {:?}",
            piece.0,
            &got[k..(k + 16).min(got.len())],
            &data[k..(k + 16).min(data.len())]
        );
    }
    assert!(pair.b.host.mem.violations().is_empty(), "{:?}", pair.b.host.mem.violations());
}

fn gateware(mac: uzura_uapi::MacAddr, seed: u64) -> Node<VNic> {
    Node::with_nic(VNic::new(mac, Bus::PCIE_GEN3_X8), Config::default(), seed)
}

#[test]
fn reference_sender_to_gateware_receiver() {
    let a = Node::with_nic(RefNic::new(MAC_A), Config::default(), 1);
    let mut pair = Pair::with_nodes(a, gateware(MAC_B, 2), LinkConfig::default(), LinkConfig::default());
    transfer(&mut pair, 100_000, 0, 5, 3, 7);
}

#[test]
fn gateware_sender_to_reference_receiver() {
    let b = Node::with_nic(RefNic::new(MAC_B), Config::default(), 2);
    let mut pair = Pair::with_nodes(gateware(MAC_A, 1), b, LinkConfig::default(), LinkConfig::default());
    for (len, src_first, dst_first, dst_off) in [(1, 0, 0, 0), (7, 4093, 11, 1), (100_000, 9, 5, 3), (1464, 0, 0, 0)] {
        transfer(&mut pair, len, src_first, dst_first, dst_off, len as u8);
    }
}

#[test]
fn gateware_to_gateware() {
    let mut pair =
        Pair::with_nodes(gateware(MAC_A, 1), gateware(MAC_B, 2), LinkConfig::default(), LinkConfig::default());
    transfer(&mut pair, 300_001, 17, 4000, 13, 3);
}

/// The TX engine reads SQ descriptors ahead of the one it sends. Disabled with descriptors
/// read ahead, it throws them away once its current descriptor is done, and enabled again it
/// reads them anew: every descriptor is still sent once, none is taken as malformed.
#[test]
fn descriptors_read_ahead_survive_a_disable() {
    let mut pair =
        Pair::with_nodes(gateware(MAC_A, 1), gateware(MAC_B, 2), LinkConfig::default(), LinkConfig::default());
    let addr_a = pair.a.drv.ctx_open(&mut pair.a.host, OWNER).unwrap();
    let addr_b = pair.b.drv.ctx_open(&mut pair.b.host, OWNER).unwrap();
    pair.a.drv.ctx_connect(&mut pair.a.host, OWNER, addr_a.ctx, addr_b).unwrap();
    pair.b.drv.ctx_connect(&mut pair.b.host, OWNER, addr_b.ctx, addr_a).unwrap();
    const TRANSFERS: u64 = 8;
    const LEN: u64 = 4096;
    let src = pair.a.register(OWNER, TRANSFERS * LEN, 0, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, TRANSFERS * LEN, 0, ACCESS_REMOTE_WRITE).unwrap();
    let data = pattern((TRANSFERS * LEN) as usize, 5);
    pair.a.write_buffer(&src, 0, &data);
    let a = &mut pair.a.host;
    let control = a.nic.read_reg(&mut a.mem, regs::CONTROL);
    // One descriptor each, all posted within the first descriptor read's latency; then off.
    for k in 0..TRANSFERS {
        let args = StartArgs { src: src.info, src_offset: k * LEN, dst: dst.info, dst_offset: k * LEN, len: LEN };
        pair.a.drv.rdmastart(&mut pair.a.host, OWNER, addr_a.ctx, &args).unwrap();
    }
    let a = &mut pair.a.host;
    a.nic.write_reg(&mut a.mem, regs::CONTROL, control & !regs::CONTROL_ENABLE);
    let sq_head = regs::ring_reg(regs::SQ, regs::RING_HEAD);
    pair.catch_up();
    let start = pair.now_ps;
    pair.run_until(start + 50_000_000, |_| false);
    let a = &mut pair.a.host;
    let head = a.nic.read_reg(&mut a.mem, sq_head);
    assert!(head < TRANSFERS as u32, "disabled with descriptors left ({head} of {TRANSFERS} taken)");
    a.nic.write_reg(&mut a.mem, regs::CONTROL, control);

    let ok = pair.run_until(pair.now_ps + 200_000_000_000, |p| {
        p.a.drv.poll(&mut p.a.host, OWNER, addr_a.ctx, false).unwrap().count as u64 >= TRANSFERS
    });
    assert!(ok, "the transfers did not complete");
    let mut got = vec![0; data.len()];
    pair.b.read_buffer(&dst, 0, &mut got);
    assert!(got == data, "destination differs from the source");
    let a = &mut pair.a.host;
    assert_eq!(a.nic.counter(&mut a.mem, Counter::SqErrors), 0, "descriptors taken as malformed");
    assert_eq!(a.nic.read_reg(&mut a.mem, sq_head), TRANSFERS as u32);
    assert_eq!(pair.a.drv.stats().frames_retransmitted, 0);
}

/// Behind the paper's PCI-X bus the receiver's DMA writes stall for the bus, and the sender's
/// reads share it with its writes.
#[test]
fn reference_sender_to_gateware_receiver_behind_pci_x() {
    let a = Node::with_nic(RefNic::new(MAC_A), Config::default(), 1);
    let b = Node::with_nic(VNic::new(MAC_B, Bus::PCI_X), Config::default(), 2);
    let mut pair = Pair::with_nodes(a, b, LinkConfig::default(), LinkConfig::default());
    transfer(&mut pair, 1_000_003, 0, 5, 3, 7);
}

#[test]
fn gateware_pair_behind_pci_x() {
    let a = Node::with_nic(VNic::new(MAC_A, Bus::PCI_X), Config::default(), 1);
    let b = Node::with_nic(VNic::new(MAC_B, Bus::PCI_X), Config::default(), 2);
    let mut pair = Pair::with_nodes(a, b, LinkConfig::default(), LinkConfig::default());
    transfer(&mut pair, 1_000_003, 4001, 5, 3, 9);
}

/// The VCD switch traces the cycles asked for and no others: two time points per cycle.
#[test]
fn vcd_trace_covers_the_cycles_asked_for() {
    let path = std::env::temp_dir().join(format!("uzura-trace-test-{}.vcd", std::process::id()));
    let mut nic = VNic::new(MAC_A, Bus::PCIE_GEN3_X8);
    let mut mem = uzura_sim::host::HostMemory::new();
    nic.trace(path.clone(), 100..110);
    nic.run_to(&mut mem, 200 * CYCLE_PS);
    let vcd = std::fs::read_to_string(&path).expect("the trace file");
    std::fs::remove_file(&path).unwrap();
    assert!(vcd.contains("$enddefinitions") && vcd.contains(" rx $end"), "no signal definitions in the trace");
    let times: Vec<u64> = vcd.lines().filter_map(|l| l.strip_prefix('#')?.parse().ok()).collect();
    let want: Vec<u64> = (100..110).flat_map(|c| [c * CYCLE_PS, c * CYCLE_PS + CYCLE_PS / 2]).collect();
    assert_eq!(times, want);
}
