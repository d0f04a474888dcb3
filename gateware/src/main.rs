//! `gateware verilog DIR` writes each top module's Verilog into DIR;
//! `gateware lint` lints it with Verilator (-Wall, waivers in `verilog/lint.vlt`);
//! `gateware synth` reports a yosys synthesis for a Xilinx 7-series part.

use std::path::{Path, PathBuf};
use std::process::{exit, Command};

fn fail(msg: String) -> ! {
    eprintln!("gateware: {msg}");
    exit(1)
}

fn write_all(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap_or_else(|e| fail(format!("{}: {e}", dir.display())));
    uzura_gateware::modules()
        .into_iter()
        .map(|(stem, verilog)| {
            let path = dir.join(format!("{stem}.v"));
            std::fs::write(&path, verilog).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
            path
        })
        .collect()
}

fn scratch() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("uzura-gateware-{}", std::process::id()));
    write_all(&dir);
    dir
}

fn run(cmd: &mut Command, tool: &str) -> std::process::Output {
    cmd.output().unwrap_or_else(|e| fail(format!("cannot run {tool} ({e}); `./uzura test` installs it (apt-get install {tool})")))
}

fn lint() {
    let waivers = Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog/lint.vlt");
    let dir = scratch();
    let mut clean = true;
    for (stem, _) in uzura_gateware::modules() {
        let out = run(Command::new("verilator").args(["--lint-only", "-Wall", "--top-module", "top"]).arg(&waivers).arg(dir.join(format!("{stem}.v"))), "verilator");
        let report = String::from_utf8_lossy(&out.stderr);
        if out.status.success() && !report.contains("%Warning") {
            println!("{stem}: lint clean (verilator -Wall)");
        } else {
            clean = false;
            println!("{stem}: lint failed\n{report}");
        }
    }
    if !clean {
        exit(1);
    }
}

/// Sums the cells of `stat` output whose type starts with one of `prefixes`.
fn count(stat: &str, prefixes: &[&str]) -> u64 {
    stat.lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let (cell, n) = (it.next()?, it.next()?.parse::<u64>().ok()?);
            prefixes.iter().any(|p| cell.starts_with(p)).then_some(n)
        })
        .sum()
}

/// Runs yosys on `file` with `script` (after reading it) and returns its log.
fn yosys(file: &Path, script: &str, log: &Path) -> String {
    let script = format!("read_verilog {}; {script}", file.display());
    let out = run(Command::new("yosys").args(["-q", "-p", &script, "-l"]).arg(log), "yosys");
    let text = std::fs::read_to_string(log).unwrap_or_default();
    if !out.status.success() {
        fail(format!("{}: yosys failed\n{}{}", file.display(), String::from_utf8_lossy(&out.stderr), text));
    }
    text
}

fn synth() {
    let dir = scratch();
    for (stem, _) in uzura_gateware::modules() {
        let file = dir.join(format!("{stem}.v"));
        // `check -assert` fails the run on combinational loops and undriven or multiply driven nets.
        let log = yosys(&file, "synth_xilinx -family xc7 -flatten -top top; check -assert; stat", &dir.join(format!("{stem}.log")));
        let stat = &log[log.rfind("Number of cells").unwrap_or(0)..];
        if count(stat, &["LD", "$_DLATCH", "$dlatch"]) != 0 {
            fail(format!("{stem}: the design infers a latch"));
        }
        // ltp does not know Xilinx flip-flops as such, so the depth comes from a generic LUT6
        // mapping whose flip-flops `-noff` leaves out: LUT levels between registers.
        let depth_log = yosys(&file, "synth -flatten -top top -lut 6; ltp -noff", &dir.join(format!("{stem}.depth.log")));
        let depth = depth_log
            .lines()
            .find_map(|l| l.split("length=").nth(1).and_then(|r| r.trim_end_matches(|c| c == ')' || c == ':').parse::<u32>().ok()))
            .unwrap_or_else(|| fail(format!("{stem}: yosys reported no longest path")));
        println!(
            "{stem}: {} LUTs, {} FFs, {} BRAMs, {} MUXF7/8; longest combinational path {depth} LUT6 levels",
            count(stat, &["LUT"]),
            count(stat, &["FD"]),
            count(stat, &["RAMB"]),
            count(stat, &["MUXF"])
        );
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["verilog", dir] => {
            for path in write_all(Path::new(dir)) {
                println!("wrote {}", path.display());
            }
        }
        ["lint"] => lint(),
        ["synth"] => synth(),
        _ => fail("usage: gateware verilog DIR | gateware lint | gateware synth".into()),
    }
}
