//! Migrations of process guests over the soft device: the reference model and driver core
//! on each end of a veth pair between two network namespaces, exchanging real uzura frames
//! through AF_PACKET sockets; under each workload and with each transport; every byte checked.
//! Needs root and iproute2 (`./uzura test` installs it); says so and fails otherwise.

mod common;

use common::{each_transport, migrate_and_check};
use xen_migrate::guest::process::WorkloadKind;
use xen_migrate::local::Link;
use xen_migrate::netns::VethPair;
use xen_migrate::{Policy, Transport};

fn veth(mtu: usize) -> VethPair {
    VethPair::new("uzmt", mtu)
        .unwrap_or_else(|e| panic!("cannot set up two network namespaces joined by a veth pair: {e}"))
}

/// Each transport over a fresh veth pair; the RDMA ones really ran on the soft devices.
fn over_veth(kind: WorkloadKind) {
    let pair = veth(1500);
    for r in each_transport(&Link::Veth { pair: &pair, mtu: 1500 }, kind) {
        if r.transport != Transport::Tcp {
            assert!(r.device.contains("soft device"), "{}", r.device);
        }
    }
}

#[test]
fn idle_guest_each_transport() {
    over_veth(WorkloadKind::Idle);
}

#[test]
fn sequential_writer_each_transport() {
    over_veth(WorkloadKind::Sequential);
}

#[test]
fn database_model_each_transport() {
    over_veth(WorkloadKind::Database);
}

#[test]
fn database_model_256_mib_overlap_jumbo_frames() {
    let pair = veth(9000);
    migrate_and_check(
        &Link::Veth { pair: &pair, mtu: 9000 },
        256,
        WorkloadKind::Database,
        Transport::Overlap,
        Policy::Paper,
    );
}
