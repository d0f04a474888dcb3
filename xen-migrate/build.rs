//! With the `xen` feature, generates bindings for the parts of libxenctrl, libxenguest,
//! libxenforeignmemory and libxenstore that the Xen guest uses (needs libxen-dev and libclang).

fn main() {
    #[cfg(feature = "xen")]
    xen::bindings();
}

#[cfg(feature = "xen")]
mod xen {
    pub fn bindings() {
        println!("cargo:rerun-if-changed=build.rs");
        println!("cargo:rustc-link-lib=xenctrl");
        println!("cargo:rustc-link-lib=xenguest");
        println!("cargo:rustc-link-lib=xenforeignmemory");
        println!("cargo:rustc-link-lib=xenstore");
        let header =
            "#include <xenctrl.h>\n#include <xenguest.h>\n#include <xenforeignmemory.h>\n#include <xenstore.h>\n";
        let out = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("xen.rs");
        bindgen::Builder::default()
            .header_contents("xen.h", header)
            .allowlist_function("xc_interface_(open|close)")
            .allowlist_function(
                "xc_domain_(getinfo|pause|unpause|destroy|maximum_gpfn|hvm_getcontext|hvm_setcontext|resume|setmaxmem|populate_physmap_exact|get_tsc_info|set_tsc_info)",
            )
            .allowlist_function("xc_shadow_control|xc_logdirty_control|xc_hvm_param_get|xc_clear_domain_pages")
            .allowlist_function("xc__hypercall_buffer_(alloc|free)_pages")
            .allowlist_function("xenforeignmemory_(open|close|map|unmap)")
            .allowlist_function("xs_(open|close|write|resume_domain)")
            .allowlist_var("SHUTDOWN_suspend|XBT_NULL|HVM_PARAM_(STORE|CONSOLE|IOREQ|BUFIOREQ)_PFN")
            .allowlist_var("XEN_DOMCTL_SHADOW_OP_.*")
            .derive_default(true)
            .layout_tests(false)
            .generate()
            .unwrap_or_else(|e| panic!("bindgen of the Xen headers (install libxen-dev): {e}"))
            .write_to_file(out)
            .expect("writing the Xen bindings");
    }
}
