//! The committed Verilog (`verilog/*.v`, what the sim crate's Verilator models compile) is what
//! the code generates; it lints clean under Verilator -Wall; and yosys synthesizes it for
//! 7-series without latches or combinational loops and with short paths. The tool tests run the
//! `gateware` binary as a user would; a missing Verilator or yosys fails them (`./uzura test`
//! installs both), it never skips them.

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
        if on_disk != verilog {
            let (n, (old, new)) =
                on_disk.lines().zip(verilog.lines()).enumerate().find(|(_, (a, b))| a != b).unwrap_or((
                    on_disk.lines().count().min(verilog.lines().count()),
                    ("(end of file)", "(end of file)"),
                ));
            panic!(
                "{} differs from what the gateware generates, first at line {}:\n  committed: {old}\n  generated: {new}\n\
                 run `cargo run -p uzura-gateware -- verilog gateware/verilog` and commit the result",
                path.display(),
                n + 1
            );
        }
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
    let summaries: Vec<&str> = report.lines().filter(|l| !l.starts_with(' ')).collect();
    assert_eq!(summaries.len(), uzura_gateware::modules().len(), "{report}");
    for line in summaries {
        let first_number = |text: Option<&str>| -> u32 {
            text.and_then(|r| r.split_whitespace().next())
                .and_then(|n| n.parse().ok())
                .unwrap_or_else(|| panic!("cannot read {line:?}"))
        };
        let slowest_ps = first_number(line.split("slowest path ").nth(1));
        let bits_over = first_number(line.rsplit("; ").next());
        // Every endpoint within the budget of `gateware synth`.
        assert_eq!(bits_over, 0, "slowest path {slowest_ps} ps\n{report}");
    }
}
