//! `gateware verilog DIR` writes each top module's Verilog into DIR (`uzura_mac.v`, `uzura_crc.v`);
//! `gateware lint` lints it with Verilator (-Wall, waivers in `verilog/lint.vlt`);
//! `gateware synth` reports a yosys synthesis for a Xilinx 7-series part: cells, the longest
//! combinational path, the slowest path and every register that misses the timing budget, and
//! fails on latches or combinational loops; `gateware synth MODULE --paths N` also prints the
//! N slowest registers' paths net by net.

use std::path::{Path, PathBuf};
use std::process::{exit, Command};

mod sta;

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

/// The Verilog written into a fresh temporary directory.
fn scratch() -> (PathBuf, Vec<PathBuf>) {
    let dir = std::env::temp_dir().join(format!("uzura-gateware-{}", std::process::id()));
    let files = write_all(&dir);
    (dir, files)
}

fn run(cmd: &mut Command, tool: &str) -> std::process::Output {
    cmd.output().unwrap_or_else(|e| fail(format!("cannot run {tool} ({e}); `./uzura test` installs it")))
}

fn stem(file: &Path) -> String {
    file.file_stem().unwrap().to_string_lossy().into_owned()
}

fn lint() {
    let waivers = Path::new(env!("CARGO_MANIFEST_DIR")).join("verilog/lint.vlt");
    let (dir, files) = scratch();
    // The Verilator the simulation is built with (sim/build.rs reads the same variable).
    let verilator = std::env::var_os("VERILATOR").unwrap_or_else(|| "verilator".into());
    let mut clean = true;
    for file in files {
        let out = run(
            Command::new(&verilator).args(["--lint-only", "-Wall", "--top-module", "top"]).arg(&waivers).arg(&file),
            "verilator",
        );
        let report = String::from_utf8_lossy(&out.stderr);
        if out.status.success() && !report.contains("%Warning") && !report.contains("%Error") {
            println!("{}: lint clean (verilator -Wall)", stem(&file));
        } else {
            clean = false;
            println!("{}: lint failed\n{report}", stem(&file));
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    if !clean {
        exit(1);
    }
}

/// Sums the cells of the last `stat` in `log` whose type starts with one of `prefixes`.
fn count(log: &str, prefixes: &[&str]) -> u64 {
    log[log.rfind("Number of cells").unwrap_or(0)..]
        .lines()
        .filter_map(|l| {
            let mut it = l.split_whitespace();
            let (cell, n) = (it.next()?, it.next()?.parse::<u64>().ok()?);
            prefixes.iter().any(|p| cell.starts_with(p)).then_some(n)
        })
        .sum()
}

/// Runs yosys with `script` and returns its log; a failing run (`check -assert` finding a
/// combinational loop or a driver conflict, say) ends the program with the log.
fn yosys(script: &str, log: &Path) -> String {
    let out = run(Command::new("yosys").args(["-q", "-p", script, "-l"]).arg(log), "yosys");
    let text = std::fs::read_to_string(log).unwrap_or_default();
    if !out.status.success() {
        fail(format!("yosys failed\n{}{text}", String::from_utf8_lossy(&out.stderr)));
    }
    text
}

/// The number after `key` in `log`, up to the next non-digit.
fn number_after(log: &str, key: &str) -> Option<u64> {
    let rest = &log[log.find(key)? + key.len()..];
    rest[..rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len())].parse().ok()
}

/// yosys 0.23's abc9 pass aborts on these modules (std::out_of_range in ABC9_OPS); they are
/// mapped with the classic abc flow instead.
const NO_ABC9: &[&str] = &["uzura_nic"];

/// What a path may take of the 6,400 ps cycle at 156.25 MHz in yosys' 7-series cell delays,
/// which include the CLB input multiplexers but no interconnect: clock-to-out and three or four
/// LUT levels, leaving about 2,900 ps for routing.
const BUDGET_PS: u64 = 3_500;

/// How many of the registers that miss the budget `synth` lists.
const LATE_LISTED: usize = 20;

fn json(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())));
    serde_json::from_str(&text).unwrap_or_else(|e| fail(format!("{}: {e}", path.display())))
}

/// `paths`: how many of the slowest registers get their path printed, net by net.
fn synth(only: Option<&str>, paths: usize) {
    let (dir, files) = scratch();
    // The cell library's timing, as yosys reads it for its own `sta`.
    let lib_json = dir.join("cells_sim.json");
    yosys(
        &format!("read_verilog -lib -specify +/xilinx/cells_sim.v; proc; write_json {}", lib_json.display()),
        &dir.join("cells_sim.log"),
    );
    let lib = json(&lib_json);
    for file in files {
        let stem = stem(&file);
        if only.is_some_and(|m| m != stem) {
            continue;
        }
        let abc9 = if NO_ABC9.contains(&stem.as_str()) { "" } else { " -abc9" };
        // The MAC is not a chip's top: no I/O buffers (-noiopad). -abc9 maps to LUTs by delay,
        // as a vendor flow would, rather than by area. `check -assert` fails the run on
        // combinational loops and on undriven or multiply driven nets.
        let netlist = dir.join(format!("{stem}.json"));
        let log = yosys(
            &format!(
                "read_verilog {}; synth_xilinx -family xc7 -flatten -noiopad{abc9} -top top; check -assert; stat; write_json {}",
                file.display(),
                netlist.display()
            ),
            &dir.join(format!("{stem}.synth.log")),
        );
        if log.contains("Latch inferred") || count(&log, &["$dlatch", "$_DLATCH", "LD"]) != 0 {
            fail(format!("{stem}: the design infers a latch"));
        }
        // synth_xilinx's flip-flops are library cells, which `ltp -noff` does not know as such:
        // leaving out FD* cells cuts the paths at registers.
        let timing = yosys(
            &format!(
                "read_json {}; read_verilog -lib -specify +/xilinx/cells_sim.v; ltp -noff * t:FD* %d",
                netlist.display()
            ),
            &dir.join(format!("{stem}.ltp.log")),
        );
        if timing.contains("Detected loop") {
            fail(format!("{stem}: combinational loop (yosys ltp)"));
        }
        let ltp = number_after(&timing, "Longest topological path in top (length=")
            .unwrap_or_else(|| fail(format!("{stem}: no ltp result")));
        let sta = sta::analyse(&json(&netlist), &lib, BUDGET_PS).unwrap_or_else(|e| fail(format!("{stem}: {e}")));
        let on_path = |t: &str| sta.worst_path.iter().filter(|c| c.starts_with(t)).count();
        println!(
            "{stem}: {} LUTs, {} FFs, {} BRAMs ({} MUXF7/8, {} CARRY4); longest combinational path {ltp} cells (ltp); \
             slowest path {} ps of cell delay and setup, routing not included: {} LUT, {} MUXF, {} CARRY4; \
             {} of {} endpoint bits over the {BUDGET_PS} ps budget",
            count(&log, &["LUT"]),
            count(&log, &["FD"]),
            count(&log, &["RAMB"]),
            count(&log, &["MUXF"]),
            count(&log, &["CARRY4"]),
            sta.worst_ps,
            on_path("LUT"),
            on_path("MUXF"),
            on_path("CARRY4"),
            sta.bits_over,
            sta.endpoint_bits,
        );
        for (i, late) in sta.late.iter().take(LATE_LISTED.max(paths)).enumerate() {
            let bits = if late.bits_over == 1 { "bit" } else { "bits" };
            println!(
                "  {:>5} ps  {} ({} {bits} over), from {}",
                late.worst_ps,
                late.endpoint,
                late.bits_over,
                late.from()
            );
            if i < paths {
                for (net, ps) in &late.path {
                    println!("           {ps:>5} ps  {net}");
                }
            }
        }
        if sta.late.len() > LATE_LISTED.max(paths) {
            println!("  ... and {} more registers over the budget", sta.late.len() - LATE_LISTED.max(paths));
        }
    }
    // The netlists are tens of MB each; the logs stay only when a step fails.
    let _ = std::fs::remove_dir_all(&dir);
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
        ["synth"] => synth(None, 0),
        ["synth", module] => synth(Some(module), 0),
        ["synth", module, "--paths", n] => {
            synth(Some(module), n.parse().unwrap_or_else(|_| fail(format!("--paths {n}: not a count"))))
        }
        _ => fail("usage: gateware verilog DIR | gateware lint | gateware synth [MODULE [--paths N]]".into()),
    }
}
