//! The gateware's generated Verilog, compiled by Verilator (see `build.rs`) and driven from
//! Rust. A [`Model`] addresses the top module's ports by name through the port table that
//! the build script derives from the Verilog, so a change of ports in the gateware needs no
//! hand-written glue here.
//!
//! All `unsafe` of the crate is in this module: eight C functions per model, each taking the
//! pointer that its `_new` returned.

use std::ffi::{c_char, c_int, c_void, CString};
use std::path::Path;
use std::ptr::NonNull;

/// A top-level port of a model.
#[derive(Debug)]
pub struct Port {
    pub name: &'static str,
    pub width: u32,
    pub input: bool,
}

/// A port, looked up once by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PortId(u32);

struct Api {
    new: unsafe extern "C" fn() -> *mut c_void,
    free: unsafe extern "C" fn(*mut c_void),
    eval: unsafe extern "C" fn(*mut c_void),
    set: unsafe extern "C" fn(*mut c_void, u32, u64),
    get: unsafe extern "C" fn(*mut c_void, u32) -> u64,
    trace_open: unsafe extern "C" fn(*mut c_void, *const c_char) -> c_int,
    trace_dump: unsafe extern "C" fn(*mut c_void, u64),
    trace_close: unsafe extern "C" fn(*mut c_void),
}

/// A VCD trace being written: the clock period and the time of the next rising edge.
struct Trace {
    period_ps: u64,
    time_ps: u64,
}

/// One instance of a Verilated model.
pub struct Model {
    raw: NonNull<c_void>,
    api: &'static Api,
    ports: &'static [Port],
    trace: Option<Trace>,
}

// The C++ model has no thread affinity; `&mut self` serialises every call.
unsafe impl Send for Model {}

impl Model {
    fn new(api: &'static Api, ports: &'static [Port]) -> Model {
        // SAFETY: `new` allocates a fresh model and returns it, or aborts on allocation failure.
        let raw = NonNull::new(unsafe { (api.new)() }).expect("model allocation");
        Model { raw, api, ports, trace: None }
    }

    pub fn ports(&self) -> &'static [Port] {
        self.ports
    }

    /// The port called `name`; panics with the list of ports if there is none.
    pub fn port(&self, name: &str) -> PortId {
        match self.ports.iter().position(|p| p.name == name) {
            Some(i) => PortId(i as u32),
            None => panic!("no port {name}; ports: {:?}", self.ports.iter().map(|p| p.name).collect::<Vec<_>>()),
        }
    }

    /// Drives an input; bits above its width are an error.
    pub fn set(&mut self, port: PortId, value: u64) {
        let p = &self.ports[port.0 as usize];
        assert!(p.input, "{} is an output", p.name);
        assert!(p.width == 64 || value >> p.width == 0, "{:#x} does not fit {} ({} bits)", value, p.name, p.width);
        // SAFETY: `raw` came from this model's `new`, and the shim bounds-checks `port`.
        unsafe { (self.api.set)(self.raw.as_ptr(), port.0, value) }
    }

    pub fn get(&self, port: PortId) -> u64 {
        // SAFETY: as in `set`; reading a port does not mutate the model.
        unsafe { (self.api.get)(self.raw.as_ptr(), port.0) }
    }

    /// Settles combinational logic after inputs changed.
    pub fn eval(&mut self) {
        // SAFETY: as in `set`.
        unsafe { (self.api.eval)(self.raw.as_ptr()) }
    }

    /// One full cycle of `clock`: falling edge, then rising edge. A trace records the state
    /// after each.
    pub fn tick(&mut self, clock: PortId) {
        self.set(clock, 0);
        self.eval();
        self.dump(0);
        self.set(clock, 1);
        self.eval();
        self.dump(1);
    }

    fn dump(&mut self, half: u64) {
        if let Some(t) = &mut self.trace {
            let at = t.time_ps + half * t.period_ps / 2;
            if half == 1 {
                t.time_ps += t.period_ps;
            }
            // SAFETY: as in `set`; the shim writes only if its VCD writer is open.
            unsafe { (self.api.trace_dump)(self.raw.as_ptr(), at) }
        }
    }

    /// Starts a VCD trace of every signal into `path`, one clock period of `period_ps` per
    /// [`Model::tick`], time counted from `start_ps`.
    pub fn trace_start(&mut self, path: &Path, period_ps: u64, start_ps: u64) -> std::io::Result<()> {
        let c = CString::new(path.as_os_str().as_encoded_bytes()).map_err(std::io::Error::other)?;
        // SAFETY: as in `set`; `c` outlives the call, which copies the path.
        if unsafe { (self.api.trace_open)(self.raw.as_ptr(), c.as_ptr()) } == 0 {
            return Err(std::io::Error::other(format!("cannot open {} for a VCD trace", path.display())));
        }
        self.trace = Some(Trace { period_ps, time_ps: start_ps });
        Ok(())
    }

    /// Ends the trace (flushing it), if one runs.
    pub fn trace_stop(&mut self) {
        if self.trace.take().is_some() {
            // SAFETY: as in `set`.
            unsafe { (self.api.trace_close)(self.raw.as_ptr()) }
        }
    }
}

impl Drop for Model {
    fn drop(&mut self) {
        // SAFETY: `raw` came from `new` and is freed exactly once.
        unsafe { (self.api.free)(self.raw.as_ptr()) }
    }
}

macro_rules! models {
    ($($name:ident),*) => {
        $(
            pub mod $name {
                include!(concat!(env!("OUT_DIR"), "/", stringify!($name), "_ports.rs"));
                mod ffi {
                    use std::ffi::c_void;
                    extern "C" {
                        #[link_name = concat!(stringify!($name), "_new")]
                        pub fn new() -> *mut c_void;
                        #[link_name = concat!(stringify!($name), "_free")]
                        pub fn free(m: *mut c_void);
                        #[link_name = concat!(stringify!($name), "_eval")]
                        pub fn eval(m: *mut c_void);
                        #[link_name = concat!(stringify!($name), "_set")]
                        pub fn set(m: *mut c_void, port: u32, value: u64);
                        #[link_name = concat!(stringify!($name), "_get")]
                        pub fn get(m: *mut c_void, port: u32) -> u64;
                        #[link_name = concat!(stringify!($name), "_trace_open")]
                        pub fn trace_open(m: *mut c_void, path: *const std::ffi::c_char) -> std::ffi::c_int;
                        #[link_name = concat!(stringify!($name), "_trace_dump")]
                        pub fn trace_dump(m: *mut c_void, time_ps: u64);
                        #[link_name = concat!(stringify!($name), "_trace_close")]
                        pub fn trace_close(m: *mut c_void);
                    }
                }
                static API: super::Api = super::Api {
                    new: ffi::new,
                    free: ffi::free,
                    eval: ffi::eval,
                    set: ffi::set,
                    get: ffi::get,
                    trace_open: ffi::trace_open,
                    trace_dump: ffi::trace_dump,
                    trace_close: ffi::trace_close,
                };
                /// A fresh instance, all registers at their initial values.
                pub fn new() -> super::Model {
                    super::Model::new(&API, PORTS)
                }
            }
        )*
    };
}

models!(uzura_crc, uzura_mac, uzura_nic);
