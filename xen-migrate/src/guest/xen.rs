//! Real Xen guests, HVM or PVH, through libxenctrl, libxenguest, libxenforeignmemory and
//! libxenstore (cargo feature `xen`; bindings generated at build time from libxen-dev's
//! headers), and the toolstack's `xl` for what the toolstack owns (creating and destroying
//! domains, their xenstore and console connections).
//!
//! Pages: a domain's physical map has holes (a 128 MiB PVH guest's reaches almost 4 GiB, where
//! the toolstack put its special pages), so the migration's page `i` is the `i`-th frame that
//! Xen lets dom0 map, found when the source attaches by mapping every frame up to the domain's
//! maximum. The list travels to the destination ([`SourceGuest::frames`]).
//!
//! Source: log-dirty mode (`XEN_DOMCTL_SHADOW_OP_ENABLE_LOGDIRTY`, read and cleaned with
//! `xc_logdirty_control`), pages mapped with `xenforeignmemory_map`. The stop is the toolstack's
//! cooperative suspend, as `xl migrate` does it: "suspend" written to the guest's
//! `control/shutdown` in xenstore, then the domain's shutdown with reason suspend awaited. The
//! guest's kernel quiesces its event channels, xenstore and console first and rebinds them when
//! it runs again, so it survives moving to a domain whose hypervisor-side state is new. The HVM
//! context (`xc_domain_hvm_getcontext`) is the non-page state. A migration that fails resumes
//! the source in place with `xc_domain_resume(fast)`, which tells the guest the suspend was
//! cancelled.
//!
//! Destination: [`XenDest::create`] runs `xl create -p CONFIG name="NAME--incoming"`: the
//! toolstack builds a paused domain with the same configuration and connects its xenstore and
//! console. Frames the source has and the new domain lacks (where the source guest mapped grant
//! frames, say) are populated, memory is filled through foreign mappings, then
//! `xc_domain_hvm_setcontext` and unpause; after the source is gone the domain takes its name.
//! The domain is created by a guard process (`xen-migrate guard-domain`), which destroys it
//! unless the receiver tells it the guest resumed: a receiver that fails or is killed at any
//! moment, even during `xl create`, leaves no half-built domain behind.
//!
//! Not done: PV guests. Their page tables hold machine frame numbers, so a PV migration must
//! read the guest's p2m frame list, canonicalise every page-table page (mfn -> pfn) before
//! sending it and uncanonicalise it at the destination against freshly allocated frames, and
//! carry the PV vCPU context (`xc_vcpu_getcontext`) and start-info/shared-info pages, which is
//! what libxenguest's `xc_domain_save`/`xc_domain_restore` do.

/// Generated from libxen-dev's headers: C names, and more than is used.
#[allow(non_camel_case_types, non_upper_case_globals, non_snake_case, dead_code, clippy::all)]
mod sys {
    include!(concat!(env!("OUT_DIR"), "/xen.rs"));
}

use std::ffi::CString;
use std::io::Write;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::super::error::{os_error, Error, Result};
use super::{hash_pages, mib, Batch, Bitmap, DestGuest, Mapped, SourceGuest, PAGE_SIZE};

/// Frames mapped per call when probing, hashing and populating.
const CHUNK: usize = 1024;
/// How long a guest may take to answer the suspend request (its kernel freezes its tasks
/// first; under emulation that takes seconds).
const SUSPEND_TIMEOUT: Duration = Duration::from_secs(120);
/// Suffix of the destination domain's name until the source is gone, as `xl migrate` has it.
const INCOMING_SUFFIX: &str = "--incoming";

/// The domain's TSC settings, carried first in the non-page state (libxenguest's TSC_INFO
/// record): the destination keeps the guest's TSC mode and frequency.
#[derive(Debug, Default, PartialEq)]
struct TscInfo {
    mode: u32,
    elapsed_nsec: u64,
    khz: u32,
    incarnation: u32,
}

impl TscInfo {
    const LEN: usize = 20;

    fn to_bytes(&self) -> Vec<u8> {
        let mut b = Vec::with_capacity(Self::LEN);
        b.extend(self.mode.to_le_bytes());
        b.extend(self.elapsed_nsec.to_le_bytes());
        b.extend(self.khz.to_le_bytes());
        b.extend(self.incarnation.to_le_bytes());
        b
    }

    /// Splits the state into the TSC settings and the HVM context.
    fn split(state: &[u8]) -> Result<(TscInfo, &[u8])> {
        if state.len() <= Self::LEN {
            return Err(Error::new(format!("the Xen guest's state is {} bytes: too short", state.len())));
        }
        let u32_at = |i: usize| u32::from_le_bytes(state[i..i + 4].try_into().unwrap());
        let tsc = TscInfo {
            mode: u32_at(0),
            elapsed_nsec: u64::from_le_bytes(state[4..12].try_into().unwrap()),
            khz: u32_at(12),
            incarnation: u32_at(16),
        };
        Ok((tsc, &state[Self::LEN..]))
    }
}

/// The control interface, foreign-memory and xenstore handles, closed on drop.
struct Handles {
    xch: *mut sys::xc_interface,
    fmem: *mut sys::xenforeignmemory_handle,
    xs: *mut sys::xs_handle,
}

// SAFETY: the libraries' handles may be used from any thread, one at a time (we own them).
unsafe impl Send for Handles {}

impl Handles {
    fn open() -> Result<Handles> {
        // SAFETY: plain library calls; null results are checked and what was opened is closed.
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
            let xs = sys::xs_open(0);
            if xs.is_null() {
                sys::xenforeignmemory_close(fmem);
                sys::xc_interface_close(xch);
                return Err(os_error("cannot connect to xenstored"));
            }
            Ok(Handles { xch, fmem, xs })
        }
    }

    fn info(&self, domid: u32) -> Result<sys::xc_dominfo_t> {
        // SAFETY: `info` is a valid out-parameter for one domain.
        unsafe {
            let mut info: sys::xc_dominfo_t = std::mem::zeroed();
            if sys::xc_domain_getinfo(self.xch, domid, 1, &mut info) != 1 || info.domid != domid {
                return Err(Error::new(format!("no Xen domain {domid}")));
            }
            Ok(info)
        }
    }

    /// One more than the domain's highest frame number; refuses PV domains.
    fn frame_limit(&self, domid: u32) -> Result<u64> {
        if self.info(domid)?.hvm() == 0 {
            return Err(Error::new(format!(
                "domain {domid} is PV: only HVM and PVH guests are supported (PV needs p2m and page-table canonicalisation, see guest::xen)"
            )));
        }
        let mut gpfn: sys::xen_pfn_t = 0;
        // SAFETY: a query into a valid out-parameter.
        if unsafe { sys::xc_domain_maximum_gpfn(self.xch, domid, &mut gpfn) } < 0 {
            return Err(os_error("xc_domain_maximum_gpfn"));
        }
        Ok(gpfn as u64 + 1)
    }

    /// Maps `frames` of `domid`; returns the mapping and one error per frame (0: mapped).
    fn map_raw(&self, domid: u32, frames: &[u64], prot: i32) -> Result<(XenMapping, Vec<i32>)> {
        let mut xpfns: Vec<sys::xen_pfn_t> = frames.iter().map(|&p| p as sys::xen_pfn_t).collect();
        let mut errs = vec![0i32; frames.len()];
        // SAFETY: arrays of `frames.len()` entries; the result is checked.
        let ptr = unsafe {
            sys::xenforeignmemory_map(self.fmem, domid, prot, frames.len(), xpfns.as_mut_ptr(), errs.as_mut_ptr())
        };
        if ptr.is_null() {
            return Err(os_error("xenforeignmemory_map"));
        }
        Ok((XenMapping { fmem: self.fmem, ptr: ptr as *mut u8, pages: frames.len(), domid }, errs))
    }

    /// Maps pages `pfns` of `domid`, page `i` being frame `table[i]`; the domain must have
    /// every one of them.
    fn map(&self, domid: u32, table: &[u64], pfns: &[u64], writable: bool) -> Result<Batch> {
        let frames: Vec<u64> = pfns.iter().map(|&i| table[i as usize]).collect();
        let prot = libc::PROT_READ | if writable { libc::PROT_WRITE } else { 0 };
        let (mapping, errs) = self.map_raw(domid, &frames, prot)?;
        if let Some((i, e)) = errs.iter().enumerate().find(|(_, &e)| e != 0) {
            return Err(Error::new(format!(
                "frame {:#x} of domain {domid} cannot be mapped any more ({}): did the guest give memory back?",
                frames[i],
                std::io::Error::from_raw_os_error(e.abs())
            )));
        }
        Ok(Batch { pfns: pfns.to_vec(), mem: Box::new(mapping) })
    }

    /// Which of `frames` the domain has (Xen maps them).
    fn present(&self, domid: u32, frames: &[u64]) -> Result<Vec<bool>> {
        let mut out = Vec::with_capacity(frames.len());
        for chunk in frames.chunks(CHUNK) {
            let (_mapping, errs) = self.map_raw(domid, chunk, libc::PROT_READ)?;
            out.extend(errs.iter().map(|&e| e == 0));
        }
        Ok(out)
    }

    /// The frames below `limit` that the domain has.
    fn frames(&self, domid: u32, limit: u64) -> Result<Vec<u64>> {
        let all: Vec<u64> = (0..limit).collect();
        let present = self.present(domid, &all)?;
        Ok(all.into_iter().zip(present).filter(|(_, p)| *p).map(|(f, _)| f).collect())
    }

    /// One hash per page of `table` (the domain's frames), in page order.
    fn hashes(&self, domid: u32, table: &[u64]) -> Result<Vec<u64>> {
        let pages: Vec<u64> = (0..table.len() as u64).collect();
        let mut out = Vec::with_capacity(table.len());
        for chunk in pages.chunks(CHUNK) {
            out.extend(hash_pages(self.map(domid, table, chunk, false)?.bytes()));
        }
        Ok(out)
    }

    fn xs_write(&self, path: &str, value: &str) -> Result<()> {
        let p = CString::new(path).expect("no NUL in a xenstore path");
        // SAFETY: a NUL-terminated path and a buffer of `value.len()` bytes.
        if !unsafe { sys::xs_write(self.xs, sys::XBT_NULL, p.as_ptr(), value.as_ptr().cast(), value.len() as _) } {
            return Err(os_error(&format!("writing {value:?} to xenstore's {path}")));
        }
        Ok(())
    }
}

impl Drop for Handles {
    fn drop(&mut self) {
        // SAFETY: handles opened in `open`, closed once.
        unsafe {
            sys::xs_close(self.xs);
            sys::xenforeignmemory_close(self.fmem);
            sys::xc_interface_close(self.xch);
        }
    }
}

struct XenMapping {
    fmem: *mut sys::xenforeignmemory_handle,
    ptr: *mut u8,
    pages: usize,
    domid: u32,
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
    fn xen_domain(&self) -> Option<u16> {
        u16::try_from(self.domid).ok()
    }
}

impl Drop for XenMapping {
    fn drop(&mut self) {
        // SAFETY: the mapping made by `xenforeignmemory_map`, unmapped once.
        unsafe { sys::xenforeignmemory_unmap(self.fmem, self.ptr as *mut libc::c_void, self.pages) };
    }
}

/// Runs `xl ARGS`; its stderr becomes the error.
fn xl(args: &[&str]) -> Result<String> {
    let out = Command::new("xl")
        .args(args)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| Error::new(format!("running xl {} (is Xen's xl on PATH?): {e}", args.join(" "))))?;
    if !out.status.success() {
        return Err(Error::new(format!(
            "xl {} failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The `name = "..."` of an xl configuration file.
pub fn config_name(config: &Path) -> Result<String> {
    let text = std::fs::read_to_string(config)
        .map_err(|e| Error::new(format!("reading the domain configuration {}: {e}", config.display())))?;
    text.lines()
        .filter_map(|l| l.trim().strip_prefix("name")?.trim_start().strip_prefix('='))
        .map(|v| v.trim().trim_matches(|c| c == '"' || c == '\'').to_string())
        .next()
        .ok_or_else(|| Error::new(format!("{} has no `name = \"...\"` line", config.display())))
}

/// An HVM or PVH domain being migrated away.
pub struct XenSource {
    h: Handles,
    domid: u32,
    /// Page index -> guest frame.
    frames: Vec<u64>,
    /// Guest frame -> page index, `u32::MAX` for holes.
    index: Vec<u32>,
    limit: u64,
    bitmap: sys::xc_hypercall_buffer_t,
    bitmap_ptr: *mut u64,
    bitmap_pages: i32,
    logdirty: bool,
    suspended: bool,
}

// SAFETY: owns its handles and buffer.
unsafe impl Send for XenSource {}

impl XenSource {
    pub fn attach(domid: u32) -> Result<XenSource> {
        let h = Handles::open()?;
        let limit = h.frame_limit(domid)?;
        let frames = h.frames(domid, limit)?;
        let mut index = vec![u32::MAX; limit as usize];
        for (i, &f) in frames.iter().enumerate() {
            index[f as usize] = i as u32;
        }
        let bitmap_pages = limit.div_ceil(8 * PAGE_SIZE as u64) as i32;
        let mut bitmap: sys::xc_hypercall_buffer_t = Default::default();
        // SAFETY: a hypercall-safe buffer for the dirty bitmap, freed on drop.
        let bitmap_ptr = unsafe { sys::xc__hypercall_buffer_alloc_pages(h.xch, &mut bitmap, bitmap_pages) } as *mut u64;
        if bitmap_ptr.is_null() {
            return Err(os_error("allocating the dirty bitmap"));
        }
        Ok(XenSource {
            h,
            domid,
            frames,
            index,
            limit,
            bitmap,
            bitmap_ptr,
            bitmap_pages,
            logdirty: false,
            suspended: false,
        })
    }

    fn logdirty(&mut self, op: u32) -> Result<()> {
        let mut stats: sys::xc_shadow_op_stats_t = Default::default();
        // SAFETY: the bitmap buffer holds `limit` bits.
        let r = unsafe {
            sys::xc_logdirty_control(self.h.xch, self.domid, op, &mut self.bitmap, self.limit as _, 0, &mut stats)
        };
        if r < 0 {
            return Err(os_error("xc_logdirty_control"));
        }
        Ok(())
    }

    /// Asks the guest to suspend and waits until it has.
    fn suspend(&mut self) -> Result<()> {
        let request = format!("/local/domain/{}/control/shutdown", self.domid);
        self.h.xs_write(&request, "suspend")?;
        let start = Instant::now();
        loop {
            let info = self.h.info(self.domid)?;
            if info.shutdown() != 0 {
                if info.shutdown_reason == sys::SHUTDOWN_suspend {
                    self.suspended = true;
                    return Ok(());
                }
                return Err(Error::new(format!(
                    "domain {} shut down (reason {}) instead of suspending",
                    self.domid, info.shutdown_reason
                )));
            }
            if start.elapsed() > SUSPEND_TIMEOUT {
                // Withdraw the request so that a late guest does not suspend for nobody.
                let _ = self.h.xs_write(&request, "");
                return Err(Error::new(format!(
                    "domain {} did not suspend within {} s of the request in xenstore's {request} (does its kernel handle Xen's control/shutdown?)",
                    self.domid,
                    SUSPEND_TIMEOUT.as_secs()
                )));
            }
            std::thread::sleep(Duration::from_millis(5));
        }
    }
}

impl SourceGuest for XenSource {
    fn describe(&self) -> String {
        format!("Xen domain {} ({} MiB)", self.domid, mib(self.frames.len() as u64))
    }
    fn pages(&self) -> u64 {
        self.frames.len() as u64
    }
    fn frames(&self) -> Option<Vec<u64>> {
        Some(self.frames.clone())
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
        for w in 0..self.limit.div_ceil(64) {
            // SAFETY: inside the bitmap buffer.
            let mut bits = unsafe { *self.bitmap_ptr.add(w as usize) };
            while bits != 0 {
                let frame = w * 64 + bits.trailing_zeros() as u64;
                // Frames outside the migrated set (mapped by the guest after we attached) are
                // not carried.
                if let Some(&i) = self.index.get(frame as usize).filter(|&&i| i != u32::MAX) {
                    dirty.set(i as u64);
                }
                bits &= bits - 1;
            }
        }
        Ok(())
    }
    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        self.h.map(self.domid, &self.frames, pfns, false)
    }
    fn pause(&mut self) -> Result<()> {
        self.suspend()
    }
    fn unpause(&mut self) -> Result<()> {
        if !self.suspended {
            // SAFETY: a domctl on our domain.
            if unsafe { sys::xc_domain_unpause(self.h.xch, self.domid) } < 0 {
                return Err(os_error("xc_domain_unpause"));
            }
            return Ok(());
        }
        // SAFETY: a resume of our suspended domain; fast (1): the guest's suspend hypercall
        // returns "cancelled" and it runs on in place.
        if unsafe { sys::xc_domain_resume(self.h.xch, self.domid, 1) } < 0 {
            return Err(os_error("xc_domain_resume"));
        }
        self.suspended = false;
        // SAFETY: tells xenstored the domain runs again (libxl does the same).
        unsafe { sys::xs_resume_domain(self.h.xs, self.domid) };
        Ok(())
    }
    fn is_running(&self) -> bool {
        self.h.info(self.domid).is_ok_and(|i| i.paused() == 0 && i.dying() == 0 && i.shutdown() == 0)
    }
    fn state(&mut self) -> Result<Vec<u8>> {
        let mut tsc = TscInfo::default();
        // SAFETY: out-parameters for one call; then the first getcontext call sizes the
        // buffer and the second fills it.
        unsafe {
            if sys::xc_domain_get_tsc_info(
                self.h.xch,
                self.domid,
                &mut tsc.mode,
                &mut tsc.elapsed_nsec,
                &mut tsc.khz,
                &mut tsc.incarnation,
            ) < 0
            {
                return Err(os_error("xc_domain_get_tsc_info"));
            }
            let n = sys::xc_domain_hvm_getcontext(self.h.xch, self.domid, std::ptr::null_mut(), 0);
            if n < 0 {
                return Err(os_error("xc_domain_hvm_getcontext"));
            }
            let mut state = tsc.to_bytes();
            let at = state.len();
            state.resize(at + n as usize, 0);
            let n = sys::xc_domain_hvm_getcontext(self.h.xch, self.domid, state[at..].as_mut_ptr(), n as u32);
            if n < 0 {
                return Err(os_error("xc_domain_hvm_getcontext"));
            }
            state.truncate(at + n as usize);
            Ok(state)
        }
    }
    fn hashes(&mut self) -> Result<Vec<u64>> {
        self.h.hashes(self.domid, &self.frames)
    }
    fn destroy(&mut self) -> Result<()> {
        // The toolstack's destroy also removes the domain's xenstore entries and xl's records.
        xl(&["destroy", &self.domid.to_string()]).map(|_| ())
    }
}

impl Drop for XenSource {
    fn drop(&mut self) {
        // SAFETY: log-dirty off if we turned it on (the domain may be gone: errors are moot);
        // the buffer allocated in `attach`.
        unsafe {
            if self.logdirty {
                sys::xc_shadow_control(self.h.xch, self.domid, sys::XEN_DOMCTL_SHADOW_OP_OFF, std::ptr::null_mut(), 0);
            }
            sys::xc__hypercall_buffer_free_pages(self.h.xch, &mut self.bitmap, self.bitmap_pages);
        }
    }
}

/// A paused domain with the source's configuration, being filled.
pub struct XenDest {
    h: Handles,
    domid: u32,
    frames: Vec<u64>,
    /// The domain's name once the source is gone (`None`: a domain we did not create).
    name: Option<String>,
    /// Destroys the domain unless told it resumed (see the module's documentation).
    guard: Option<Child>,
    resumed: bool,
}

impl XenDest {
    /// Creates the destination domain from the xl configuration `config` (the source's), as
    /// `NAME--incoming`, for a guest of `pages` pages at `frames` (the source's [`Hello`]).
    ///
    /// [`Hello`]: crate::engine::Hello
    pub fn create(config: &Path, pages: u64, frames: Option<&[u64]>) -> Result<XenDest> {
        let frames = Self::check_frames(pages, frames)?;
        let name = config_name(config)?;
        let incoming = format!("{name}{INCOMING_SUFFIX}");
        // The guard creates the domain, so that it outlives this program however it ends.
        let mut guard = Command::new(std::env::current_exe()?)
            .arg("guard-domain")
            .arg(config)
            .arg(&incoming)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| Error::new(format!("starting the guard of the destination domain: {e}")))?;
        let mut line = String::new();
        let _ = std::io::BufRead::read_line(&mut std::io::BufReader::new(guard.stdout.take().unwrap()), &mut line);
        let Ok(domid) = line.trim().parse::<u32>() else {
            drop(guard.stdin.take());
            let _ = guard.wait();
            return Err(Error::new(format!(
                "creating the destination domain {incoming} from {} failed (xl's message above)",
                config.display()
            )));
        };
        let mut dest =
            XenDest { h: Handles::open()?, domid, frames, name: Some(name), guard: Some(guard), resumed: false };
        dest.populate()?;
        Ok(dest)
    }

    /// Attaches to domain `domid`, which the toolstack created paused with the source's
    /// configuration.
    pub fn attach(domid: u32, pages: u64, frames: Option<&[u64]>) -> Result<XenDest> {
        let frames = Self::check_frames(pages, frames)?;
        let mut dest = XenDest { h: Handles::open()?, domid, frames, name: None, guard: None, resumed: false };
        dest.populate()?;
        Ok(dest)
    }

    fn check_frames(pages: u64, frames: Option<&[u64]>) -> Result<Vec<u64>> {
        match frames {
            Some(f) if f.len() as u64 == pages => Ok(f.to_vec()),
            Some(f) => Err(Error::new(format!("the source sent {} frames for {pages} pages", f.len()))),
            None => Err(Error::new("the source is not a Xen guest (it sent no frame list)".into())),
        }
    }

    /// Gives the domain the frames the source has that it lacks.
    fn populate(&mut self) -> Result<()> {
        // Refuses a PV domain before anything is written to it.
        self.h.frame_limit(self.domid)?;
        let present = self.h.present(self.domid, &self.frames)?;
        let mut missing: Vec<sys::xen_pfn_t> =
            self.frames.iter().zip(&present).filter(|(_, p)| !**p).map(|(&f, _)| f as sys::xen_pfn_t).collect();
        if missing.is_empty() {
            return Ok(());
        }
        let info = self.h.info(self.domid)?;
        // SAFETY: domctls on our domain; `missing` holds `missing.len()` frame numbers.
        unsafe {
            let max_kb = info.max_memkb + missing.len() as u64 * (PAGE_SIZE as u64 / 1024);
            if sys::xc_domain_setmaxmem(self.h.xch, self.domid, max_kb) < 0 {
                return Err(os_error("xc_domain_setmaxmem"));
            }
            if sys::xc_domain_populate_physmap_exact(
                self.h.xch,
                self.domid,
                missing.len() as _,
                0,
                0,
                missing.as_mut_ptr(),
            ) < 0
            {
                return Err(os_error(&format!("populating {} frames of domain {}", missing.len(), self.domid)));
            }
        }
        log::debug!("populated {} frames of domain {} that the source has", missing.len(), self.domid);
        Ok(())
    }

    /// After the migration: waits up to `timeout` for the source domain to free its name, then
    /// renames this one to it. Returns the name the guest runs under.
    pub fn take_name(&self, timeout: Duration) -> Result<String> {
        let Some(name) = &self.name else { return Ok(format!("domain {}", self.domid)) };
        let start = Instant::now();
        loop {
            match xl(&["rename", &self.domid.to_string(), name]) {
                Ok(_) => return Ok(name.clone()),
                Err(e) if start.elapsed() > timeout => {
                    return Err(e.context(format!("the guest runs as {name}{INCOMING_SUFFIX}")))
                }
                Err(_) => std::thread::sleep(Duration::from_millis(200)),
            }
        }
    }

    /// Lets the guard go: it destroys the domain unless the guest resumed.
    fn release_guard(&mut self) {
        if let Some(mut g) = self.guard.take() {
            if let Some(mut stdin) = g.stdin.take() {
                if self.resumed {
                    let _ = stdin.write_all(GUARD_RESUMED);
                }
            }
            let _ = g.wait();
        }
    }
}

/// What the guard reads when the domain it guards resumed.
const GUARD_RESUMED: &[u8] = b"resumed\n";

/// `xen-migrate guard-domain CONFIG NAME`: creates the paused domain NAME from the xl
/// configuration CONFIG, prints its domid, then reads stdin to its end and destroys the domain
/// unless it read that the guest resumed. The receiver's death closes stdin too.
pub fn guard_domain(config: &Path, name: &str) -> Result<()> {
    let config_arg = config.to_str().ok_or_else(|| Error::new("the configuration's path is not UTF-8".into()))?;
    xl(&["create", "-p", config_arg, &format!("name=\"{name}\"")])?;
    let domid = xl(&["domid", name])?.trim().to_string();
    // The receiver may be gone already: then stdin ends at once and the domain is destroyed.
    let mut out = std::io::stdout();
    let _ = writeln!(out, "{domid}").and_then(|_| out.flush());
    let mut said = Vec::new();
    let _ = std::io::Read::read_to_end(&mut std::io::stdin(), &mut said);
    if said == GUARD_RESUMED {
        return Ok(());
    }
    log::debug!("the receiver is gone before domain {domid} resumed: destroying it");
    xl(&["destroy", &domid]).map(|_| ())
}

impl Drop for XenDest {
    fn drop(&mut self) {
        self.release_guard();
    }
}

impl DestGuest for XenDest {
    fn describe(&self) -> String {
        format!("Xen domain {} ({} MiB)", self.domid, mib(self.frames.len() as u64))
    }
    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        self.h.map(self.domid, &self.frames, pfns, true)
    }
    fn hashes(&mut self) -> Result<Vec<u64>> {
        self.h.hashes(self.domid, &self.frames)
    }
    fn resume(&mut self, state: &[u8]) -> Result<String> {
        let (tsc, context) = TscInfo::split(state)?;
        let mut ctx = context.to_vec();
        // SAFETY: domctls on our paused domain; the context buffer as the source's getcontext
        // produced it.
        unsafe {
            // As libxenguest's restore: the TSC settings, fresh xenstore and console rings
            // (the guest reconnects both when it resumes) and I/O request pages, then the
            // vCPU context.
            if sys::xc_domain_set_tsc_info(
                self.h.xch,
                self.domid,
                tsc.mode,
                tsc.elapsed_nsec,
                tsc.khz,
                tsc.incarnation + 1,
            ) < 0
            {
                return Err(os_error("xc_domain_set_tsc_info"));
            }
            for param in [
                sys::HVM_PARAM_STORE_PFN,
                sys::HVM_PARAM_CONSOLE_PFN,
                sys::HVM_PARAM_IOREQ_PFN,
                sys::HVM_PARAM_BUFIOREQ_PFN,
            ] {
                let mut pfn = 0u64;
                if sys::xc_hvm_param_get(self.h.xch, self.domid, param, &mut pfn) < 0
                    || sys::xc_clear_domain_pages(self.h.xch, self.domid, pfn as _, 1) < 0
                {
                    return Err(os_error("clearing the xenstore, console and I/O request pages"));
                }
            }
            if sys::xc_domain_hvm_setcontext(self.h.xch, self.domid, ctx.as_mut_ptr(), ctx.len() as u32) < 0 {
                return Err(os_error("xc_domain_hvm_setcontext"));
            }
            if sys::xc_domain_unpause(self.h.xch, self.domid) < 0 {
                return Err(os_error("xc_domain_unpause"));
            }
        }
        self.resumed = true;
        self.release_guard();
        Ok(format!("Xen domain {}", self.domid))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_name_reads_xl_syntax() {
        let dir = std::env::temp_dir().join(format!("uzura-xl-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let cfg = dir.join("guest.cfg");
        std::fs::write(&cfg, "type = \"pvh\"\n  name   =  'db-1'\nmemory = 128\n").unwrap();
        assert_eq!(config_name(&cfg).unwrap(), "db-1");
        std::fs::write(&cfg, "type = \"pvh\"\nnamespace = 3\n").unwrap();
        assert!(config_name(&cfg).unwrap_err().to_string().contains("no `name"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn tsc_info_travels_ahead_of_the_context() {
        let tsc = TscInfo { mode: 2, elapsed_nsec: 0x0102_0304_0506_0708, khz: 2_600_000, incarnation: 7 };
        let mut state = tsc.to_bytes();
        state.extend([0xaa, 0xbb]);
        let (back, context) = TscInfo::split(&state).unwrap();
        assert_eq!(back, tsc);
        assert_eq!(context, [0xaa, 0xbb]);
        assert!(TscInfo::split(&state[..TscInfo::LEN]).is_err(), "a state without a context is refused");
    }
}
