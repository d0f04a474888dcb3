//! The committed Verilog is what the code generates, it lints clean under Verilator -Wall, and
//! yosys synthesizes it for 7-series without latches or loops and with short paths. These run
//! the `gateware` binary, as a user would; a missing Verilator or yosys fails them (`./uzura
//! test` installs both).

use std::path::Path;
use std::process::Command;

fn gateware(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_gateware")).args(args).output().expect("running gateware");
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "gateware {args:?} failed:\n{text}");
    text
}

#[test]
fn committed_verilog_is_fresh() {
    let committed = Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog");
    for (stem, verilog) in uzura_gateware::modules() {
        let path = committed.join(format!("{stem}.v"));
        let on_disk = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            on_disk == verilog,
            "{} differs from what the gateware generates: run `cargo run -p uzura-gateware -- verilog gateware/verilog` and commit it",
            path.display()
        );
    }
}

#[test]
fn verilog_lints_clean() {
    let report = gateware(&["lint"]);
    assert_eq!(report.matches("lint clean").count(), uzura_gateware::modules().len(), "{report}");
}

#[test]
fn synthesizes_for_7_series_with_short_paths() {
    let report = gateware(&["synth"]);
    for line in report.lines() {
        let levels: u32 = line.split("path ").nth(1).and_then(|r| r.split_whitespace().next()).and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no path length in {line:?}"));
        // 156.25 MHz leaves 6.4 ns: about six LUT levels with routing on a -1 part.
        assert!(levels <= 6, "{line}");
    }
    assert_eq!(report.lines().count(), uzura_gateware::modules().len(), "{report}");
}
