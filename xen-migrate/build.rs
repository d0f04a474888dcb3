//! With the `xen` feature, generates bindings for the parts of libxenctrl and
//! libxenforeignmemory that the Xen guest uses (needs libxen-dev and libclang).

fn main() {
    #[cfg(feature = "xen")]
    xen::bindings();
}

#[cfg(feature = "xen")]
mod xen {
    pub fn bindings() {
        println!("cargo:rerun-if-changed=build.rs");
        println!("cargo:rustc-link-lib=xenctrl");
        println!("cargo:rustc-link-lib=xenforeignmemory");
        let header = "#include <xenctrl.h>\n#include <xenforeignmemory.h>\n";
        let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("xen.rs");
        bindgen::Builder::default()
            .header_contents("xen.h", header)
            .allowlist_function("xc_interface_(open|close)")
            .allowlist_function("xc_domain_(getinfo|pause|unpause|destroy|maximum_gpfn|hvm_getcontext|hvm_setcontext)")
            .allowlist_function("xc_shadow_control|xc_logdirty_control")
            .allowlist_function("xc__hypercall_buffer_(alloc|free)_pages")
            .allowlist_function("xenforeignmemory_(open|close|map|unmap)")
            .allowlist_var("XEN_DOMCTL_SHADOW_OP_.*")
            .derive_default(true)
            .layout_tests(false)
            .generate()
            .unwrap_or_else(|e| panic!("bindgen of xenctrl.h and xenforeignmemory.h (install libxen-dev): {e}"))
            .write_to_file(out)
            .expect("writing the Xen bindings");
    }
}
