//! The gateware NIC under Verilator with the driver core on top, against the reference model.

use uzura_core::{Config, StartArgs};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Node, Pair, MAC_A, MAC_B};
use uzura_sim::refnic::RefNic;
use uzura_sim::vnic::{Bus, VNic};
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::regs::Counter;

const OWNER: u16 = 1;

fn pattern(len: usize, seed: u8) -> Vec<u8> {
    (0..len).map(|i| (i as u32).wrapping_mul(2654435761).rotate_left(seed as u32) as u8 ^ seed).collect()
}

#[test]
fn reference_sender_to_gateware_receiver() {
    let cfg = Config::default();
    let a = Node::with_nic(RefNic::new(MAC_A), cfg, 1);
    let b = Node::with_nic(VNic::new(MAC_B, Bus::PCIE_GEN3_X8), cfg, 2);
    let mut pair = Pair::with_nodes(a, b, LinkConfig::default(), LinkConfig::default());
    let ca = {
        let addr_a = pair.a.drv.ctx_open(&mut pair.a.host, OWNER).unwrap();
        let addr_b = pair.b.drv.ctx_open(&mut pair.b.host, OWNER).unwrap();
        pair.a.drv.ctx_connect(&mut pair.a.host, OWNER, addr_a.ctx, addr_b).unwrap();
        pair.b.drv.ctx_connect(&mut pair.b.host, OWNER, addr_b.ctx, addr_a).unwrap();
        addr_a.ctx
    };
    let len = 100_000u64;
    let src = pair.a.register(OWNER, len, 0, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, len + 3, 5, ACCESS_REMOTE_WRITE).unwrap();
    let data = pattern(len as usize, 7);
    pair.a.write_buffer(&src, 0, &data);
    pair.b.host.mem.set_guard(true);
    pair.b.allow_writes(&dst, 0, len + 3);
    let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: 3, len };
    pair.a.drv.rdmastart(&mut pair.a.host, OWNER, ca, &args).unwrap();
    let ok = pair.run_until(50_000_000_000, |p| p.a.drv.poll(&mut p.a.host, OWNER, ca, false).unwrap().complete);
    let placed = pair.b.host.nic.counter(&mut pair.b.host.mem, Counter::RxPlaced);
    assert!(ok, "transfer did not complete by {} ps; RxPlaced {placed}", pair.now_ps);
    let mut got = vec![0; len as usize];
    pair.b.read_buffer(&dst, 3, &mut got);
    assert!(got == data, "destination differs from the source");
    assert!(pair.b.host.mem.violations().is_empty(), "{:?}", pair.b.host.mem.violations());
}
