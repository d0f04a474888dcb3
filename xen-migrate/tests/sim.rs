//! Migrations of process guests over the simulated NIC pair (reference model + driver core,
//! in process), under each workload and with each transport; every byte checked. (Over the
//! gateware under Verilator: tests/gateware.rs.)

mod common;

use common::{each_transport, migrate_and_check};
use xen_migrate::guest::process::WorkloadKind;
use xen_migrate::local::{Link, SimNic};
use xen_migrate::{Policy, Transport};

const SIM: Link = Link::Sim { mtu: 1500, nic: SimNic::Model };

#[test]
fn idle_guest_each_transport() {
    each_transport(&SIM, WorkloadKind::Idle);
}

#[test]
fn sequential_writer_each_transport() {
    each_transport(&SIM, WorkloadKind::Sequential);
}

#[test]
fn database_model_each_transport() {
    each_transport(&SIM, WorkloadKind::Database);
}

#[test]
fn database_model_256_mib_overlap_current_xen_policy() {
    let r = migrate_and_check(&SIM, 256, WorkloadKind::Database, Transport::Overlap, Policy::Current);
    let live = r.rounds.iter().filter(|x| x.live).count();
    assert!(live <= 5, "current Xen stops after 5 live rounds, ran {live}");
}
