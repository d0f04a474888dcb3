//! Real Xen guests, HVM or PVH, through libxenctrl and libxenforeignmemory (cargo feature
//! `xen`; bindings generated at build time from libxen-dev's headers).
//!
//! Source: log-dirty mode (`XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY`, read and cleaned with
//! `xc_logdirty_control`), pages mapped with `xenforeignmemory_map`, pause and unpause, the
//! HVM context (`xc_domain_hvm_getcontext`) as the non-page state.
//!
//! Destination: a domain the toolstack created paused with the same configuration (as the
//! paper's pre-processing does, e.g. `xl create -p`), whose memory is filled through foreign
//! mappings, then `xc_domain_hvm_setcontext` and unpause.
//!
//! Not done: PV guests. Their page tables hold machine frame numbers, so a PV migration must
//! read the guest's p2m frame list, canonicalise every page-table page (mfn -> pfn) before
//! sending it and uncanonicalise it at the destination against freshly allocated frames, and
//! carry the PV vCPU context (`xc_vcpu_getcontext`) and start-info/shared-info pages, which is
//! what libxenguest's `xc_domain_save`/`xc_domain_restore` do. Guest frames Xen refuses to
//! map (holes, MMIO) travel as zero pages and are not written at the destination.

/// Generated from libxen-dev's headers: C names, and more than is used.
#[allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code, clippy::all)]
mod sys {
    include!(concat!(env!("OUT_DIR"), "/xen.rs"));
}

use super::super::error::{os_error, Error, Result};
use super::{hash_pages, mib, Batch, Bitmap, DestGuest, Mapped, SourceGuest, PAGE_SIZE};

/// The control interface and foreign-memory handles, closed on drop.
struct Handles {
    xch: *mut sys::xc_interface,
    fmem: *mut sys::xenforeignmemory_handle,
}

// SAFETY: libxenctrl handles may be used from any thread, one at a time (we own them).
unsafe impl Send for Handles {}

impl Handles {
    fn open() -> Result<Handles> {
        // SAFETY: plain library calls; null results are checked.
        unsafe {
            let xch = sys::xc_interface_open(std::ptr::null_mut(), std::ptr::null_mut(), 0);
            if xch.is_null() {
                return Err(os_error(
                    "cannot open the Xen control interface (is this dom0 of a running Xen hypervisor, as root?)",
                ));
            }
            let fmem = sys::xenforeignmemory_open(std::ptr::null_mut(), 0);
            if fmem.is_null() {
                sys::xc_interface_close(xch);
                return Err(os_error("xenforeignmemory_open"));
            }
            Ok(Handles { xch, fmem })
        }
    }

    /// The domain's page count; refuses PV domains.
    fn domain_pages(&self, domid: u32) -> Result<u64> {
        // SAFETY: `info` is a valid out-parameter for one domain.
        unsafe {
            let mut info: sys::xc_dominfo_t = std::mem::zeroed();
            if sys::xc_domain_getinfo(self.xch, domid, 1, &mut info) != 1 || info.domid != domid {
                return Err(Error::new(format!("no Xen domain {domid}")));
            }
            if info.hvm() == 0 {
                return Err(Error::new(format!(
                    "domain {domid} is PV: only HVM and PVH guests are supported (PV needs p2m and page-table canonicalisation, see guest::xen)"
                )));
            }
            let mut gpfn: sys::xen_pfn_t = 0;
            if sys::xc_domain_maximum_gpfn(self.xch, domid, &mut gpfn) < 0 {
                return Err(os_error("xc_domain_maximum_gpfn"));
            }
            Ok(gpfn as u64 + 1)
        }
    }

    /// Maps `pfns` of `domid`; frames Xen refuses become private zero pages.
    fn map(&self, domid: u32, pfns: &[u64], writable: bool) -> Result<Batch> {
        let mut xpfns: Vec<sys::xen_pfn_t> = pfns.iter().map(|&p| p as sys::xen_pfn_t).collect();
        let mut errs = vec![0i32; pfns.len()];
        let prot = libc::PROT_READ | if writable { libc::PROT_WRITE } else { 0 };
        // SAFETY: arrays of `pfns.len()` entries; the result is checked.
        let ptr = unsafe {
            sys::xenforeignmemory_map(self.fmem, domid, prot, pfns.len(), xpfns.as_mut_ptr(), errs.as_mut_ptr())
        };
        if ptr.is_null() {
            return Err(os_error("xenforeignmemory_map"));
        }
        for (i, _) in errs.iter().enumerate().filter(|(_, &e)| e != 0) {
            // SAFETY: replaces one page inside the mapping just made.
            let p = unsafe {
                libc::mmap(
                    (ptr as *mut u8).add(i * PAGE_SIZE) as *mut libc::c_void,
                    PAGE_SIZE,
                    prot,
                    libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_FIXED,
                    -1,
                    0,
                )
            };
            if p == libc::MAP_FAILED {
                return Err(os_error("mapping a zero page over an unmappable guest frame"));
            }
        }
        Ok(Batch {
            pfns: pfns.to_vec(),
            mem: Box::new(XenMapping { fmem: self.fmem, ptr: ptr as *mut u8, pages: pfns.len() }),
        })
    }

    fn hashes(&self, domid: u32, pages: u64) -> Result<Vec<u64>> {
        let mut out = Vec::with_capacity(pages as usize);
        let all: Vec<u64> = (0..pages).collect();
        for chunk in all.chunks(1024) {
            out.extend(hash_pages(self.map(domid, chunk, false)?.bytes()));
        }
        Ok(out)
    }
}

impl Drop for Handles {
    fn drop(&mut self) {
        // SAFETY: handles opened in `open`, closed once.
        unsafe {
            sys::xenforeignmemory_close(self.fmem);
            sys::xc_interface_close(self.xch);
        }
    }
}

struct XenMapping {
    fmem: *mut sys::xenforeignmemory_handle,
    ptr: *mut u8,
    pages: usize,
}

// SAFETY: a mapping of guest memory owned by this value.
unsafe impl Send for XenMapping {}

impl Mapped for XenMapping {
    fn as_ptr(&self) -> *mut u8 {
        self.ptr
    }
    fn size(&self) -> usize {
        self.pages * PAGE_SIZE
    }
}

impl Drop for XenMapping {
    fn drop(&mut self) {
        // SAFETY: the mapping made by `xenforeignmemory_map`, unmapped once.
        unsafe { sys::xenforeignmemory_unmap(self.fmem, self.ptr as *mut libc::c_void, self.pages) };
    }
}

/// An HVM or PVH domain being migrated away.
pub struct XenSource {
    h: Handles,
    domid: u32,
    pages: u64,
    bitmap: sys::xc_hypercall_buffer_t,
    bitmap_ptr: *mut u64,
    bitmap_pages: i32,
    logdirty: bool,
}

// SAFETY: owns its handles and buffer.
unsafe impl Send for XenSource {}

impl XenSource {
    pub fn attach(domid: u32) -> Result<XenSource> {
        let h = Handles::open()?;
        let pages = h.domain_pages(domid)?;
        let bitmap_pages = pages.div_ceil(8 * PAGE_SIZE as u64) as i32;
        let mut bitmap: sys::xc_hypercall_buffer_t = Default::default();
        // SAFETY: a hypercall-safe buffer for the dirty bitmap, freed on drop.
        let bitmap_ptr = unsafe { sys::xc__hypercall_buffer_alloc_pages(h.xch, &mut bitmap, bitmap_pages) } as *mut u64;
        if bitmap_ptr.is_null() {
            return Err(os_error("allocating the dirty bitmap"));
        }
        Ok(XenSource { h, domid, pages, bitmap, bitmap_ptr, bitmap_pages, logdirty: false })
    }

    fn logdirty(&mut self, op: u32) -> Result<()> {
        let mut stats: sys::xc_shadow_op_stats_t = Default::default();
        // SAFETY: the bitmap buffer holds `pages` bits.
        let r = unsafe {
            sys::xc_logdirty_control(self.h.xch, self.domid, op, &mut self.bitmap, self.pages as _, 0, &mut stats)
        };
        if r < 0 {
            return Err(os_error("xc_logdirty_control"));
        }
        Ok(())
    }
}

impl SourceGuest for XenSource {
    fn describe(&self) -> String {
        format!("Xen domain {} ({} MiB)", self.domid, mib(self.pages))
    }
    fn pages(&self) -> u64 {
        self.pages
    }
    fn start_log_dirty(&mut self) -> Result<()> {
        if !self.logdirty {
            // SAFETY: a domctl on our domain.
            if unsafe {
                sys::xc_shadow_control(
                    self.h.xch,
                    self.domid,
                    sys::XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY,
                    std::ptr::null_mut(),
                    0,
                )
            } < 0
            {
                return Err(os_error("enabling log-dirty mode"));
            }
            self.logdirty = true;
        }
        self.logdirty(sys::XEN_DOMCTL_SHADOW_OP_CLEAN)
    }
    fn take_dirty(&mut self, dirty: &mut Bitmap) -> Result<()> {
        self.logdirty(sys::XEN_DOMCTL_SHADOW_OP_CLEAN)?;
        for w in 0..self.pages.div_ceil(64) {
            // SAFETY: inside the bitmap buffer.
            let mut bits = unsafe { *self.bitmap_ptr.add(w as usize) };
            while bits != 0 {
                dirty.set(w * 64 + bits.trailing_zeros() as u64);
                bits &= bits - 1;
            }
        }
        Ok(())
    }
    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        self.h.map(self.domid, pfns, false)
    }
    fn pause(&mut self) -> Result<()> {
        // SAFETY: a domctl on our domain.
        if unsafe { sys::xc_domain_pause(self.h.xch, self.domid) } < 0 {
            return Err(os_error("xc_domain_pause"));
        }
        Ok(())
    }
    fn unpause(&mut self) -> Result<()> {
        // SAFETY: as above.
        if unsafe { sys::xc_domain_unpause(self.h.xch, self.domid) } < 0 {
            return Err(os_error("xc_domain_unpause"));
        }
        Ok(())
    }
    fn is_running(&self) -> bool {
        // SAFETY: `info` is a valid out-parameter.
        unsafe {
            let mut info: sys::xc_dominfo_t = std::mem::zeroed();
            sys::xc_domain_getinfo(self.h.xch, self.domid, 1, &mut info) == 1
                && info.domid == self.domid
                && info.paused() == 0
                && info.dying() == 0
        }
    }
    fn state(&mut self) -> Result<Vec<u8>> {
        // SAFETY: first call sizes the buffer, second fills it.
        unsafe {
            let n = sys::xc_domain_hvm_getcontext(self.h.xch, self.domid, std::ptr::null_mut(), 0);
            if n < 0 {
                return Err(os_error("xc_domain_hvm_getcontext"));
            }
            let mut buf = vec![0u8; n as usize];
            let n = sys::xc_domain_hvm_getcontext(self.h.xch, self.domid, buf.as_mut_ptr(), buf.len() as u32);
            if n < 0 {
                return Err(os_error("xc_domain_hvm_getcontext"));
            }
            buf.truncate(n as usize);
            Ok(buf)
        }
    }
    fn hashes(&mut self) -> Result<Vec<u64>> {
        self.h.hashes(self.domid, self.pages)
    }
    fn destroy(&mut self) -> Result<()> {
        // SAFETY: a domctl on our domain.
        if unsafe { sys::xc_domain_destroy(self.h.xch, self.domid) } < 0 {
            return Err(os_error("xc_domain_destroy"));
        }
        Ok(())
    }
}

impl Drop for XenSource {
    fn drop(&mut self) {
        // SAFETY: log-dirty off if we turned it on; the buffer allocated in `attach`.
        unsafe {
            if self.logdirty {
                sys::xc_shadow_control(self.h.xch, self.domid, sys::XEN_DOMCTL_SHADOW_OP_OFF, std::ptr::null_mut(), 0);
            }
            sys::xc__hypercall_buffer_free_pages(self.h.xch, &mut self.bitmap, self.bitmap_pages);
        }
    }
}

/// A paused, empty domain created by the toolstack with the source's configuration.
pub struct XenDest {
    h: Handles,
    domid: u32,
    pages: u64,
}

impl XenDest {
    /// Attaches to domain `domid`, which must have room for `pages` pages.
    pub fn attach(domid: u32, pages: u64) -> Result<XenDest> {
        let h = Handles::open()?;
        let have = h.domain_pages(domid)?;
        if have < pages {
            return Err(Error::new(format!("destination domain {domid} has {have} pages, the guest {pages}")));
        }
        Ok(XenDest { h, domid, pages })
    }
}

impl DestGuest for XenDest {
    fn describe(&self) -> String {
        format!("Xen domain {} ({} MiB)", self.domid, mib(self.pages))
    }
    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        self.h.map(self.domid, pfns, true)
    }
    fn hashes(&mut self) -> Result<Vec<u64>> {
        self.h.hashes(self.domid, self.pages)
    }
    fn resume(&mut self, state: &[u8]) -> Result<String> {
        let mut ctx = state.to_vec();
        // SAFETY: the context buffer as the source's getcontext produced it.
        unsafe {
            if sys::xc_domain_hvm_setcontext(self.h.xch, self.domid, ctx.as_mut_ptr(), ctx.len() as u32) < 0 {
                return Err(os_error("xc_domain_hvm_setcontext"));
            }
            if sys::xc_domain_unpause(self.h.xch, self.domid) < 0 {
                return Err(os_error("xc_domain_unpause"));
            }
        }
        Ok(format!("Xen domain {}", self.domid))
    }
}
