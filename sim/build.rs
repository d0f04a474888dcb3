//! Builds the Verilator models of the gateware's generated Verilog and links them into this
//! crate. For each model it:
//! - runs `verilator --cc`;
//! - writes a small C shim with one `set`/`get` per top-level port, taken from the Verilog's
//!   port declarations;
//! - compiles the model, the shim and Verilator's runtime with the `cc` crate;
//! - writes `OUT_DIR/<model>_ports.rs`, the port table the Rust side addresses ports by.
//!
//! Debian's Verilator 5.006 ships no `libverilated.a`, so its runtime sources are compiled here.

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Models to build: (name, Verilog file relative to this crate).
const MODELS: &[(&str, &str)] = &[
    ("uzura_crc", "../gateware/verilog/uzura_crc.v"),
    ("uzura_mac", "../gateware/verilog/uzura_mac.v"),
    ("uzura_nic", "../gateware/verilog/uzura_nic.v"),
];

struct Port {
    name: String,
    width: u32,
    input: bool,
}

/// The ports of module `top` (rust-hdl's top module), from its declarations.
fn top_ports(verilog: &str) -> Vec<Port> {
    let start = verilog.find("module top(").expect("no `module top(` in the Verilog");
    let end = start + verilog[start..].find("endmodule").expect("unterminated module top");
    let mut ports = Vec::new();
    for line in verilog[start..end].lines().map(str::trim) {
        let input = line.starts_with("input ");
        if !input && !line.starts_with("output ") {
            continue;
        }
        let decl = line.trim_end_matches(';');
        let name = decl.split_whitespace().last().unwrap().to_string();
        let width = match (decl.find('['), decl.find(':')) {
            (Some(open), Some(colon)) => decl[open + 1..colon].trim().parse::<u32>().unwrap() + 1,
            _ => 1,
        };
        assert!(width <= 64, "port {name} is {width} bits wide: the shim handles up to 64");
        ports.push(Port { name, width, input });
    }
    ports
}

fn verilator() -> PathBuf {
    let bin = env::var_os("VERILATOR").map(PathBuf::from).unwrap_or_else(|| "verilator".into());
    match Command::new(&bin).arg("--version").output() {
        Ok(out) if out.status.success() => bin,
        _ => panic!(
            "uzura-sim needs Verilator to build the gateware's model and {} is not runnable. \
             `./uzura test` installs it (apt-get install verilator); or set VERILATOR.",
            bin.display()
        ),
    }
}

fn build_model(verilator: &Path, root: &Path, name: &str, source: &Path, out: &Path) {
    println!("cargo:rerun-if-changed={}", source.display());
    let verilog = fs::read_to_string(source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
    let ports = top_ports(&verilog);
    let mdir = out.join(name);
    let class = format!("V{name}");
    let status = Command::new(verilator)
        .args(["--cc", "-O3", "--x-assign", "fast", "--x-initial", "fast", "-Wno-fatal", "-Wno-lint", "-Wno-style", "--top-module", "top", "--prefix", &class, "-Mdir"])
        .arg(&mdir)
        .arg(source)
        .status()
        .expect("running verilator");
    assert!(status.success(), "verilator failed on {}", source.display());

    let mut shim = format!("#include \"{class}.h\"\n#include <cstdint>\nextern \"C\" {{\n");
    writeln!(shim, "void *{name}_new() {{ return new {class}; }}").unwrap();
    writeln!(shim, "void {name}_free(void *m) {{ delete static_cast<{class} *>(m); }}").unwrap();
    writeln!(shim, "void {name}_eval(void *m) {{ static_cast<{class} *>(m)->eval(); }}").unwrap();
    writeln!(shim, "void {name}_set(void *p, uint32_t port, uint64_t v) {{\n  auto m = static_cast<{class} *>(p);\n  switch (port) {{").unwrap();
    for (i, p) in ports.iter().enumerate().filter(|(_, p)| p.input) {
        writeln!(shim, "  case {i}: m->{} = v; break;", p.name).unwrap();
    }
    writeln!(shim, "  }}\n}}\nuint64_t {name}_get(void *p, uint32_t port) {{\n  auto m = static_cast<{class} *>(p);\n  switch (port) {{").unwrap();
    for (i, p) in ports.iter().enumerate() {
        writeln!(shim, "  case {i}: return m->{};", p.name).unwrap();
    }
    writeln!(shim, "  }}\n  return 0;\n}}\n}}").unwrap();
    let shim_path = mdir.join(format!("{name}_shim.cpp"));
    fs::write(&shim_path, shim).unwrap();

    let mut table = String::from("pub const PORTS: &[crate::verilated::Port] = &[\n");
    for p in &ports {
        writeln!(table, "    crate::verilated::Port {{ name: {:?}, width: {}, input: {} }},", p.name, p.width, p.input).unwrap();
    }
    table.push_str("];\n");
    fs::write(out.join(format!("{name}_ports.rs")), table).unwrap();

    // The model's own sources, as its generated makefile lists them.
    let classes = fs::read_to_string(mdir.join(format!("{class}_classes.mk"))).unwrap().replace("\\\n", " ");
    let mut files: Vec<PathBuf> = Vec::new();
    for line in classes.lines() {
        let Some((var, list)) = line.split_once("+=") else { continue };
        if var.trim().starts_with("VM_CLASSES") || var.trim().starts_with("VM_SUPPORT") {
            files.extend(list.split_whitespace().map(|f| mdir.join(format!("{f}.cpp"))));
        }
    }
    let include = root.join("include");
    cc::Build::new()
        .cpp(true)
        .std("c++17")
        .opt_level(3)
        .warnings(false)
        .include(&include)
        .include(include.join("vltstd"))
        .include(&mdir)
        .files(&files)
        .file(&shim_path)
        .file(include.join("verilated.cpp"))
        .file(include.join("verilated_threads.cpp"))
        .compile(name);
}

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    println!("cargo:rerun-if-env-changed=VERILATOR");
    println!("cargo:rerun-if-changed=build.rs");
    let verilator = verilator();
    let root = Command::new(&verilator).args(["--getenv", "VERILATOR_ROOT"]).output().expect("verilator --getenv");
    let root = PathBuf::from(String::from_utf8(root.stdout).unwrap().trim());
    for (name, file) in MODELS {
        build_model(&verilator, &root, name, &manifest.join(file), &out);
    }
}
