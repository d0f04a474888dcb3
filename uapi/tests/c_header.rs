//! Keeps `include/uzura.h` identical to the Rust ABI (`abi.rs`, `info.rs`).
//!
//! The test writes a C program that includes the header and prints, one per line, `NAME value`
//! for every struct size and alignment, every field offset and size, every ioctl number and every
//! constant; compiles it with the system C compiler; runs it; and compares each line with the value
//! computed in Rust. It also reads the header text, so that a struct, field, constant or ioctl the
//! header adds without a Rust counterpart fails the test instead of going unchecked.
//!
//! A missing C compiler is a failure, not a skip: a header nobody compiles drifts.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use uzura_uapi::{abi, info, ContextAddr, RegionInfo};

const HEADER: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/include/uzura.h");

/// What the C program must print, and the C expression for each line.
#[derive(Default)]
struct Expect {
    /// name -> (C expression, value computed in Rust)
    lines: BTreeMap<String, (String, u64)>,
    /// C struct name -> field names in order.
    structs: BTreeMap<String, Vec<String>>,
    /// `#define`d names checked (constants and ioctls).
    defines: BTreeSet<String>,
}

impl Expect {
    fn line(&mut self, name: String, c_expr: String, value: u64) {
        assert!(self.lines.insert(name.clone(), (c_expr, value)).is_none(), "duplicate check {name}");
    }
    fn define(&mut self, name: &str, value: u64) {
        self.defines.insert(name.to_string());
        self.line(name.to_string(), name.to_string(), value);
    }
}

/// Checks one struct: size, alignment, and offset and size of each field. The field list is
/// matched exhaustively against the Rust struct, so a field added in Rust and not here does not
/// compile.
macro_rules! check_struct {
    ($e:expr, $c:literal, $p:path, [$($f:ident),* $(,)?]) => {{
        #[allow(dead_code)]
        fn exhaustive(v: $p) {
            let $p { $($f: _),* } = v;
        }
        let e: &mut Expect = $e;
        let v = <$p as Default>::default();
        let st = concat!("struct ", $c);
        e.line(format!("sizeof {}", $c), format!("sizeof({st})"), core::mem::size_of::<$p>() as u64);
        e.line(format!("alignof {}", $c), format!("_Alignof({st})"), core::mem::align_of::<$p>() as u64);
        $(
            let f = stringify!($f);
            e.line(format!("offsetof {}.{f}", $c), format!("offsetof({st}, {f})"), core::mem::offset_of!($p, $f) as u64);
            e.line(format!("fieldsize {}.{f}", $c), format!("sizeof((({st} *)0)->{f})"), core::mem::size_of_val(&v.$f) as u64);
        )*
        let _ = &v;
        e.structs.insert($c.to_string(), vec![$(stringify!($f).to_string()),*]);
    }};
}

fn expectations() -> Expect {
    let mut e = Expect::default();
    check_struct!(&mut e, "uzura_ctx_open", abi::CtxOpen, [local, reserved]);
    check_struct!(&mut e, "uzura_ctx_connect", abi::CtxConnect, [cid, reserved, peer]);
    check_struct!(&mut e, "uzura_ctx_close", abi::CtxClose, [cid, reserved]);
    check_struct!(&mut e, "uzura_getreginfo", abi::GetRegInfo, [addr, size, access, flags, info]);
    check_struct!(&mut e, "uzura_region_release", abi::RegionRelease, [info]);
    check_struct!(&mut e, "uzura_rdmastart", abi::RdmaStart, [sinfo, dinfo, soff, doff, size, cid, flags, seq]);
    check_struct!(&mut e, "uzura_poll", abi::Poll, [cid, flags, complete, count, reserved]);

    for (name, cmd) in abi::IOCTLS {
        e.define(name, cmd as u64);
    }
    e.define("UZURA_IOC_MAGIC", abi::IOC_MAGIC as u64);
    e.define("UZURA_REGION_INFO_LEN", RegionInfo::LEN as u64);
    e.define("UZURA_CONTEXT_ADDR_LEN", ContextAddr::LEN as u64);
    e.define("UZURA_ACCESS_REMOTE_WRITE", info::ACCESS_REMOTE_WRITE as u64);
    e.define("UZURA_ACCESS_LOCAL_READ", info::ACCESS_LOCAL_READ as u64);
    e.define("UZURA_ACCESS_ALL", info::ACCESS_ALL as u64);
    e.define("UZURA_REG_XEN_FOREIGN", abi::REG_XEN_FOREIGN as u64);
    e.define("UZURA_REG_DOMID_MASK", abi::REG_DOMID_MASK as u64);
    e.define("UZURA_XEN_DOMID_FIRST_RESERVED", abi::XEN_DOMID_FIRST_RESERVED as u64);
    e.define("UZURA_START_WAIT", abi::START_WAIT as u64);
    e.define("UZURA_POLL_WAIT", abi::POLL_WAIT as u64);
    e.define("UZURA_POLL_RX", abi::POLL_RX as u64);
    e
}

fn c_program(e: &Expect) -> String {
    let mut s = String::from(
        "#include <stddef.h>\n#include <stdio.h>\n#include \"uzura.h\"\n\n\
         #define P(name, v) printf(\"%s %llu\\n\", name, (unsigned long long)(v))\n\n\
         int main(void)\n{\n",
    );
    for (name, (expr, _)) in &e.lines {
        s += &format!("\tP(\"{name}\", {expr});\n");
    }
    s += "\treturn 0;\n}\n";
    s
}

/// The C compiler: `$CC` (which may carry arguments, e.g. "ccache gcc") or `cc`.
fn compiler() -> Vec<String> {
    let cc = std::env::var("CC").ok().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| "cc".into());
    cc.split_whitespace().map(String::from).collect()
}

fn run_cc(args: &[&str]) -> std::process::Output {
    let cc = compiler();
    let out = Command::new(&cc[0]).args(&cc[1..]).args(args).output().unwrap_or_else(|err| {
        panic!(
            "cannot run the C compiler `{}`: {err}.\nThis test checks uapi/include/uzura.h against the \
             Rust ABI and must not be skipped: install a C compiler (Debian: `apt-get install gcc`) \
             or point $CC at one.",
            cc.join(" ")
        )
    });
    if !out.status.success() {
        panic!(
            "`{} {}` failed ({}):\n{}\n(The header needs <linux/ioctl.h> and <linux/types.h>: Debian \
             package linux-libc-dev.)",
            cc.join(" "),
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
    }
    out
}

fn work_dir() -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().subsec_nanos();
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("uzura-c-header-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// The header without comments, so that names in comments are not taken for definitions.
fn header_code() -> String {
    let text = std::fs::read_to_string(HEADER).unwrap_or_else(|e| panic!("{HEADER}: {e}"));
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(i) = rest.find("/*") {
        out += &rest[..i];
        let end = rest[i..].find("*/").expect("unterminated comment in uzura.h");
        rest = &rest[i + end + 2..];
    }
    out += rest;
    out.lines().map(|l| l.split("//").next().unwrap()).collect::<Vec<_>>().join("\n")
}

fn ident_after<'a>(s: &'a str, prefix: &str) -> Vec<&'a str> {
    s.match_indices(prefix)
        .map(|(i, _)| {
            let tail = &s[i + prefix.len()..];
            let n = tail.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(tail.len());
            &tail[..n]
        })
        .collect()
}

#[test]
fn c_header_matches_rust_abi() {
    let e = expectations();
    let dir = work_dir();
    let src = dir.join("uzura_h_check.c");
    let exe = dir.join("uzura_h_check");
    std::fs::write(&src, c_program(&e)).unwrap();
    let include = concat!(env!("CARGO_MANIFEST_DIR"), "/include");
    run_cc(&[
        "-std=c11",
        "-Wall",
        "-Wextra",
        "-pedantic",
        "-Werror",
        "-I",
        include,
        "-o",
        exe.to_str().unwrap(),
        src.to_str().unwrap(),
    ]);
    let out = Command::new(&exe).output().expect("running the compiled check program");
    assert!(out.status.success(), "check program failed: {}", out.status);

    let mut got = BTreeMap::new();
    for line in String::from_utf8(out.stdout).unwrap().lines() {
        let (name, value) = line.rsplit_once(' ').expect("NAME value");
        assert!(got.insert(name.to_string(), value.parse::<u64>().unwrap()).is_none(), "duplicate {name}");
    }
    let mut diffs = Vec::new();
    for (name, (_, want)) in &e.lines {
        match got.get(name) {
            Some(v) if v == want => {}
            Some(v) => diffs.push(format!("{name}: C {v:#x}, Rust {want:#x}")),
            None => diffs.push(format!("{name}: not printed")),
        }
    }
    assert!(diffs.is_empty(), "uzura.h differs from the Rust ABI:\n{}", diffs.join("\n"));
    assert_eq!(got.len(), e.lines.len());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn header_defines_nothing_unchecked() {
    let e = expectations();
    let code = header_code();

    // Every UZURA_ macro other than the include guard is a checked constant or ioctl.
    let defines: BTreeSet<&str> = ident_after(&code, "#define ")
        .into_iter()
        .filter(|n| n.starts_with("UZURA_") || n.starts_with("_UAPI_UZURA"))
        .collect();
    let unchecked: Vec<_> = defines.iter().filter(|n| **n != "_UAPI_UZURA_H" && !e.defines.contains(**n)).collect();
    assert!(unchecked.is_empty(), "uzura.h defines names the test does not check: {unchecked:?}");
    assert!(defines.contains("_UAPI_UZURA_H"), "include guard missing");

    // The ioctls are exactly abi::IOCTLS.
    let ioctls: BTreeSet<&str> =
        defines.iter().copied().filter(|n| n.starts_with("UZURA_IOC_") && *n != "UZURA_IOC_MAGIC").collect();
    let rust: BTreeSet<&str> = abi::IOCTLS.iter().map(|(n, _)| *n).collect();
    assert_eq!(ioctls, rust, "ioctls in uzura.h vs abi::IOCTLS");

    // Each ioctl's argument struct is a checked struct.
    for line in code.lines().filter(|l| l.contains("_IOWR(")) {
        let st = ident_after(line, "struct ");
        assert_eq!(st.len(), 1, "cannot read the struct of: {line}");
        assert!(e.structs.contains_key(st[0]), "ioctl argument struct {} is not checked: {line}", st[0]);
    }

    // Struct definitions and their fields are exactly the checked ones.
    let mut structs = BTreeMap::new();
    for (i, _) in code.match_indices("struct ") {
        let rest = &code[i + "struct ".len()..];
        let name_len = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(rest.len());
        let (name, after) = rest.split_at(name_len);
        let Some(body) = after.trim_start().strip_prefix('{') else { continue };
        let body = &body[..body.find('}').expect("unterminated struct")];
        let fields: Vec<String> = body
            .split(';')
            .map(str::trim)
            .filter(|d| !d.is_empty())
            .map(|d| d.split('[').next().unwrap().split_whitespace().last().unwrap().to_string())
            .collect();
        assert!(structs.insert(name.to_string(), fields).is_none(), "struct {name} defined twice");
    }
    assert_eq!(structs, e.structs, "structs and fields in uzura.h vs the checked Rust structs");
}

/// The header also works for C99 and C89 users (without the size assertions).
#[test]
fn header_compiles_without_c11() {
    let dir = work_dir();
    let src = dir.join("uzura_h_c99.c");
    std::fs::write(&src, "#include \"uzura.h\"\nint uzura_h_c99_ok(void);\n").unwrap();
    let include = concat!(env!("CARGO_MANIFEST_DIR"), "/include");
    for std in ["-std=c99", "-std=gnu89"] {
        run_cc(&[std, "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-I", include, src.to_str().unwrap()]);
    }
    let _ = std::fs::remove_dir_all(&dir);
}
