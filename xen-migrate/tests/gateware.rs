//! Migrations of process guests over the simulated NIC pair with the gateware under Verilator
//! as each NIC (the demo's NICs); every byte checked. Needs the `gateware` feature
//! (`cargo test -p xen-migrate --features gateware --test gateware`).

mod common;

use common::migrate_and_check;
use xen_migrate::guest::process::WorkloadKind;
use xen_migrate::local::{Link, SimNic};
use xen_migrate::{Policy, Transport};

const GATEWARE: Link = Link::Sim { mtu: 1500, nic: SimNic::Gateware };

/// The demo's path, each transport that uses the device; small, as the Verilog runs cycle by
/// cycle.
#[test]
fn gateware_pair_rdma_and_overlap() {
    for t in [Transport::Rdma, Transport::Overlap] {
        let r = migrate_and_check(&GATEWARE, 4, WorkloadKind::Database, t, Policy::Paper);
        assert!(r.device.contains("gateware under Verilator"), "{t:?} ran over {}", r.device);
    }
}
