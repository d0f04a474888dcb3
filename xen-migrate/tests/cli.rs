//! The command line: the demo (the README's main job) end to end, and clear errors where a
//! migration cannot run.

use std::process::Command;

fn xen_migrate(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xen-migrate")).args(args).output().expect("run xen-migrate")
}

#[test]
fn demo_migrates_and_reports_as_json() {
    // The reference model: 64 MiB over the gateware would take minutes (tests/sim.rs runs it).
    let out =
        xen_migrate(&["demo", "--mib", "64", "--hot-pages", "8000", "--transport", "rdma", "--nic", "model", "--json"]);
    assert!(out.status.success(), "demo failed: {}", String::from_utf8_lossy(&out.stderr));
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is the JSON report");
    assert_eq!(r["pages"], 16384);
    assert_eq!(r["destination"]["pages_verified"], 16384);
    assert_eq!(r["transport"], "rdma");
    assert!(r["rounds"].as_array().unwrap().len() >= 2);
    assert!(r["downtime_seconds"].as_f64().unwrap() > 0.0);
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("is running"), "the migrated guest runs at the destination: {err}");
    assert!(err.contains("the reference model"), "the header names the NIC: {err}");
}

#[test]
fn missing_guests_and_devices_are_clear_errors() {
    let out = xen_migrate(&["send", "--guest", "process:999999999", "--to", "127.0.0.1:9", "--transport", "tcp"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("process guest 999999999"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = xen_migrate(&["receive", "--listen", "127.0.0.1:0", "--device", "kernel:/dev/uzura-none"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("kernel module"), "{}", String::from_utf8_lossy(&out.stderr));
    let out = xen_migrate(&["receive", "--listen", "127.0.0.1:0", "--device", "soft:no-such-if0"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no-such-if0"), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn xen_guests_without_a_hypervisor_are_a_clear_error() {
    let out = xen_migrate(&["send", "--guest", "xen:1", "--to", "127.0.0.1:9", "--transport", "tcp"]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    if cfg!(feature = "xen") {
        assert!(err.contains("Xen control interface"), "{err}");
    } else {
        assert!(err.contains("--features xen"), "{err}");
    }
}

#[test]
fn demo_over_the_gateware_needs_its_feature() {
    let out = xen_migrate(&["demo", "--mib", "1", "--hot-pages", "128", "--nic", "gateware", "--json"]);
    let err = String::from_utf8_lossy(&out.stderr);
    if cfg!(feature = "gateware") {
        assert!(out.status.success(), "demo failed: {err}");
        let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("stdout is the JSON report");
        assert_eq!(r["destination"]["pages_verified"], 256);
        assert!(err.contains("under Verilator"), "the header names the NIC: {err}");
    } else {
        assert_eq!(out.status.code(), Some(1));
        assert!(err.contains("--features gateware"), "{err}");
    }
}
