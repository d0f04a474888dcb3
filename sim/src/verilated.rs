//! The gateware's generated Verilog, compiled by Verilator (see `build.rs`) and driven from
//! Rust. A [`Model`] addresses the top module's ports by name through the port table that
//! the build script derives from the Verilog, so a change of ports in the gateware needs no
//! hand-written glue here.
//!
//! All `unsafe` of the crate is in this module: five C functions per model, each taking the
//! pointer that its `_new` returned.

use std::ffi::c_void;
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
}

/// One instance of a Verilated model.
pub struct Model {
    raw: NonNull<c_void>,
    api: &'static Api,
    ports: &'static [Port],
}

// The C++ model has no thread affinity; `&mut self` serialises every call.
unsafe impl Send for Model {}

impl Model {
    fn new(api: &'static Api, ports: &'static [Port]) -> Model {
        // SAFETY: `new` allocates a fresh model and returns it, or aborts on allocation failure.
        let raw = NonNull::new(unsafe { (api.new)() }).expect("model allocation");
        Model { raw, api, ports }
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

    /// One full cycle of `clock`: falling edge, then rising edge.
    pub fn tick(&mut self, clock: PortId) {
        self.set(clock, 0);
        self.eval();
        self.set(clock, 1);
        self.eval();
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
                    }
                }
                static API: super::Api = super::Api { new: ffi::new, free: ffi::free, eval: ffi::eval, set: ffi::set, get: ffi::get };
                /// A fresh instance, all registers at their initial values.
                pub fn new() -> super::Model {
                    super::Model::new(&API, PORTS)
                }
            }
        )*
    };
}

models!(uzura_crc, uzura_mac, uzura_nic);
