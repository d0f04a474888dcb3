//! The process guest: a stand-in for a VM that is a real running process. Its "RAM" is a
//! memfd of N MiB that its workload keeps writing to; its writes are tracked for real with
//! userfaultfd asynchronous write-protect and `PAGEMAP_SCAN` (see `dirty`); pausing it is
//! stopping the process (SIGSTOP).
//!
//! Page 0 holds the guest's description (a magic and its workload as JSON): the workload never
//! writes it, and the destination reads it to run the same workload on the received memory.
//!
//! Workloads:
//! - `idle`: writes nothing;
//! - `sequential`: writes one word in each page in turn, `rate` pages per second;
//! - `database` (the paper's DBT-1 model, §6): uniform random writes over a hot set of `M`
//!   pages, at `M ln 2 / tau` writes per second, so that the pages dirtied in time `t` follow
//!   `D(t) = M - M (1/2)^(t/tau)`.

use std::fs::File;
use std::io::{BufRead, BufReader};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::super::dirty::{self, Scanner};
use super::super::error::{os_error, Error, Result};
use super::{hash_pages, mib, Batch, Bitmap, DestGuest, Mapped, SourceGuest, PAGE_SIZE};

/// Name of the memfd, which is how the migration process finds the guest's RAM.
pub const MEMFD_NAME: &str = "uzura-guest";
const MAGIC: &[u8; 8] = b"UZGUEST1";

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum WorkloadKind {
    Idle,
    Sequential,
    Database,
}

/// What the guest runs; stored in page 0 and carried as its non-page state.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Workload {
    pub kind: WorkloadKind,
    /// `sequential`: pages written per second.
    pub rate: f64,
    /// `database`: the hot set M (pages) and the half-life tau (seconds) of D(t).
    pub hot_pages: u64,
    pub tau: f64,
    pub seed: u64,
}

impl Default for Workload {
    fn default() -> Self {
        Workload { kind: WorkloadKind::Database, rate: 25_000.0, hot_pages: 100_000, tau: 1.32, seed: 1 }
    }
}

/// Everything in page 0.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Description {
    pub pages: u64,
    pub workload: Workload,
}

impl Description {
    fn write_to(&self, page0: &mut [u8]) {
        let json = serde_json::to_vec(self).expect("a description serializes");
        assert!(json.len() + 12 <= PAGE_SIZE, "description fits in page 0");
        page0.fill(0);
        page0[..8].copy_from_slice(MAGIC);
        page0[8..12].copy_from_slice(&(json.len() as u32).to_le_bytes());
        page0[12..12 + json.len()].copy_from_slice(&json);
    }

    pub fn read_from(page0: &[u8]) -> Result<Description> {
        if page0.len() < 12 || &page0[..8] != MAGIC {
            return Err(Error::new("page 0 does not hold a process guest's description".into()));
        }
        let n = u32::from_le_bytes(page0[8..12].try_into().unwrap()) as usize;
        let json = page0.get(12..12 + n).ok_or_else(|| Error::new("truncated guest description".into()))?;
        serde_json::from_slice(json).map_err(|e| Error::new(format!("bad guest description: {e}")))
    }
}

/// A shared mapping of `len` bytes of `fd`, unmapped on drop.
struct Mapping {
    ptr: *mut u8,
    len: usize,
}

// SAFETY: plain shared memory; users synchronise through the migration protocol.
unsafe impl Send for Mapping {}

impl Mapping {
    fn whole(fd: i32, len: usize, writable: bool) -> Result<Mapping> {
        let prot = libc::PROT_READ | if writable { libc::PROT_WRITE } else { 0 };
        // SAFETY: a fresh shared mapping of our descriptor; checked below.
        let p = unsafe { libc::mmap(std::ptr::null_mut(), len, prot, libc::MAP_SHARED, fd, 0) };
        if p == libc::MAP_FAILED {
            return Err(os_error("mmap of the guest's memory"));
        }
        Ok(Mapping { ptr: p as *mut u8, len })
    }

    /// Maps the pages `pfns` of `fd`, in that order, into one window: one `mmap` per run of
    /// consecutive pages, populated at once, as Xen's foreign mapping builds page tables.
    fn pages(fd: i32, pfns: &[u64], writable: bool) -> Result<Mapping> {
        let len = pfns.len() * PAGE_SIZE;
        // SAFETY: reserves address space; the fixed mappings below replace parts of it.
        let base = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                len.max(PAGE_SIZE),
                libc::PROT_NONE,
                libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
                -1,
                0,
            )
        };
        if base == libc::MAP_FAILED {
            return Err(os_error("reserving a mapping window"));
        }
        let m = Mapping { ptr: base as *mut u8, len: len.max(PAGE_SIZE) };
        let prot = libc::PROT_READ | if writable { libc::PROT_WRITE } else { 0 };
        let mut i = 0;
        while i < pfns.len() {
            let mut run = 1;
            while i + run < pfns.len() && pfns[i + run] == pfns[i] + run as u64 {
                run += 1;
            }
            // SAFETY: replaces pages inside our own reserved window.
            let p = unsafe {
                libc::mmap(
                    m.ptr.add(i * PAGE_SIZE) as *mut libc::c_void,
                    run * PAGE_SIZE,
                    prot,
                    libc::MAP_SHARED | libc::MAP_FIXED | libc::MAP_POPULATE,
                    fd,
                    (pfns[i] * PAGE_SIZE as u64) as libc::off_t,
                )
            };
            if p == libc::MAP_FAILED {
                return Err(os_error("mapping guest pages"));
            }
            i += run;
        }
        Ok(m)
    }

    fn bytes(&self) -> &[u8] {
        // SAFETY: mapped for `len` bytes while `self` lives.
        unsafe { std::slice::from_raw_parts(self.ptr, self.len) }
    }
}

impl Mapped for Mapping {
    fn as_ptr(&self) -> *mut u8 {
        self.ptr
    }
    fn size(&self) -> usize {
        self.len
    }
}

impl Drop for Mapping {
    fn drop(&mut self) {
        // SAFETY: our own mapping, unmapped once.
        unsafe { libc::munmap(self.ptr as *mut libc::c_void, self.len) };
    }
}

fn memfd(pages: u64) -> Result<OwnedFd> {
    let name = std::ffi::CString::new(MEMFD_NAME).unwrap();
    // SAFETY: a fresh memfd, owned below.
    let fd = unsafe { libc::memfd_create(name.as_ptr(), libc::MFD_CLOEXEC) };
    if fd < 0 {
        return Err(os_error("memfd_create"));
    }
    // SAFETY: just created.
    let fd = unsafe { OwnedFd::from_raw_fd(fd) };
    // SAFETY: sizes our own descriptor.
    if unsafe { libc::ftruncate(fd.as_raw_fd(), (pages * PAGE_SIZE as u64) as libc::off_t) } < 0 {
        return Err(os_error("sizing the guest's memfd"));
    }
    Ok(fd)
}

/// xorshift64*: the workload's random numbers.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
}

/// The guest process's main: sets up its RAM (fresh, or adopted from the memfd at `adopt_fd`
/// that a migration filled), arms write tracking, prints `ready PID PAGES` on stdout, then
/// runs the workload until killed.
pub fn run_guest(pages: u64, workload: Workload, adopt_fd: Option<i32>) -> Result<()> {
    let (fd, desc) = match adopt_fd {
        Some(raw) => {
            // SAFETY: the migration handed us this descriptor and nothing else owns it.
            let fd = unsafe { OwnedFd::from_raw_fd(raw) };
            let mut st: libc::stat = unsafe { std::mem::zeroed() };
            // SAFETY: valid stat buffer.
            if unsafe { libc::fstat(fd.as_raw_fd(), &mut st) } < 0 {
                return Err(os_error("fstat of the adopted memory"));
            }
            let len = st.st_size as usize;
            let m = Mapping::whole(fd.as_raw_fd(), PAGE_SIZE.min(len), false)?;
            let desc = Description::read_from(m.bytes())?;
            if desc.pages * PAGE_SIZE as u64 != len as u64 {
                return Err(Error::new(format!(
                    "adopted memory is {len} bytes, its description says {} pages",
                    desc.pages
                )));
            }
            (fd, desc)
        }
        None => {
            if pages < 2 {
                return Err(Error::new("a process guest needs at least 2 pages".into()));
            }
            (memfd(pages)?, Description { pages, workload })
        }
    };
    let len = desc.pages as usize * PAGE_SIZE;
    let ram = Mapping::whole(fd.as_raw_fd(), len, true)?;
    // SAFETY: our own writable mapping of `len` bytes.
    let mem = unsafe { std::slice::from_raw_parts_mut(ram.ptr, len) };
    if adopt_fd.is_none() {
        // Distinct contents in every page, so that a misplaced page shows.
        let mut rng = Rng(desc.workload.seed | 1);
        for w in mem.chunks_exact_mut(8) {
            w.copy_from_slice(&rng.next().to_le_bytes());
        }
        desc.write_to(&mut mem[..PAGE_SIZE]);
    }
    let _tracking = if dirty::kernel_has_userfaultfd() {
        Some(dirty::arm(ram.ptr, len)?)
    } else {
        eprintln!("xen-migrate guest: this kernel has no userfaultfd: running untracked, every page counts as dirty");
        None
    };
    println!("ready {} {}", std::process::id(), desc.pages);
    use std::io::Write;
    std::io::stdout().flush()?;
    run_workload(mem, &desc.workload, Duration::from_millis(1), |_| {})
}

/// Runs workload `w` on `mem` forever (page 0 is never written), waking every `period` to catch
/// up with its rate; `tick` is called at each wake-up, and every 1,024 writes while catching up,
/// with the number of writes so far.
pub fn run_workload(mem: &mut [u8], w: &Workload, period: Duration, mut tick: impl FnMut(u64)) -> Result<()> {
    let pages = (mem.len() / PAGE_SIZE) as u64;
    let mut rng = Rng(w.seed.wrapping_mul(0x9e37_79b9_7f4a_7c15) | 1);
    let (rate, hot) = match w.kind {
        WorkloadKind::Idle => (0.0, pages - 1),
        WorkloadKind::Sequential => (w.rate, pages - 1),
        WorkloadKind::Database => {
            let m = w.hot_pages.clamp(1, pages - 1);
            (m as f64 * std::f64::consts::LN_2 / w.tau, m)
        }
    };
    let start = Instant::now();
    let mut done = 0u64;
    let mut next_seq = 0u64;
    loop {
        let due = (start.elapsed().as_secs_f64() * rate) as u64;
        while done < due {
            // Page 0 (the description) is never written.
            let page = 1 + match w.kind {
                WorkloadKind::Sequential => {
                    next_seq = (next_seq + 1) % hot;
                    next_seq
                }
                _ => rng.next() % hot,
            };
            let word = (rng.next() % (PAGE_SIZE as u64 / 8)) as usize;
            let at = page as usize * PAGE_SIZE + word * 8;
            mem[at..at + 8].copy_from_slice(&done.to_le_bytes());
            done += 1;
            // A guest that falls behind its rate (slowed by log-dirty faults) still ticks.
            if done.is_multiple_of(1024) {
                tick(done);
            }
        }
        tick(done);
        std::thread::sleep(period);
    }
}

/// Starts a process guest from executable `exe` (this program) and waits until it is ready.
pub fn spawn(exe: &Path, pages: u64, workload: &Workload) -> Result<Child> {
    let mut cmd = Command::new(exe);
    cmd.arg("guest")
        .arg("--pages")
        .arg(pages.to_string())
        .arg("--workload-json")
        .arg(serde_json::to_string(workload).unwrap());
    start_guest(cmd)
}

fn start_guest(mut cmd: Command) -> Result<Child> {
    cmd.stdout(Stdio::piped()).stdin(Stdio::null());
    let mut child = cmd.spawn().map_err(|e| Error::new(format!("starting the guest process: {e}")))?;
    let mut line = String::new();
    let mut out = BufReader::new(child.stdout.take().expect("piped"));
    out.read_line(&mut line)?;
    if !line.starts_with("ready ") {
        let _ = child.kill();
        let status = child.wait()?;
        return Err(Error::new(format!("the guest process did not start ({status})")));
    }
    Ok(child)
}

fn proc_state(pid: u32) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit_once(')')?.1.trim_start().chars().next()
}

/// The process guest being migrated away, attached by pid.
pub struct ProcessSource {
    pid: u32,
    fd: File,
    pages: u64,
    scanner: Scanner,
    whole: Mapping,
    paused: bool,
}

impl ProcessSource {
    /// Attaches to running process guest `pid`: finds its RAM (the memfd named
    /// [`MEMFD_NAME`]) among its descriptors and its mapping in its address space.
    pub fn attach(pid: u32) -> Result<ProcessSource> {
        let needle = format!("/memfd:{MEMFD_NAME}");
        let maps = std::fs::read_to_string(format!("/proc/{pid}/maps"))
            .map_err(|e| Error::new(format!("process guest {pid}: {e}")))?;
        let range = maps
            .lines()
            .find(|l| l.contains(&needle) && l.split_whitespace().nth(1).is_some_and(|p| p.starts_with("rw")))
            .and_then(|l| l.split_whitespace().next())
            .and_then(|r| r.split_once('-'))
            .and_then(|(a, b)| Some((u64::from_str_radix(a, 16).ok()?, u64::from_str_radix(b, 16).ok()?)))
            .ok_or_else(|| Error::new(format!("process {pid} is not a process guest (no {needle} mapping)")))?;
        let fd_dir = PathBuf::from(format!("/proc/{pid}/fd"));
        let fd_path = std::fs::read_dir(&fd_dir)?
            .flatten()
            .map(|e| e.path())
            .find(|p| std::fs::read_link(p).is_ok_and(|t| t.to_string_lossy().starts_with(&needle)))
            .ok_or_else(|| Error::new(format!("process {pid} holds no {needle} descriptor")))?;
        let fd = std::fs::OpenOptions::new().read(true).write(true).open(&fd_path)?;
        let len = fd.metadata()?.len();
        if len != range.1 - range.0 {
            return Err(Error::new(format!(
                "process {pid}: memfd of {len} bytes but a mapping of {}",
                range.1 - range.0
            )));
        }
        let scanner = Scanner::new(pid, range.0, range.1)?;
        let whole = Mapping::whole(fd.as_raw_fd(), len as usize, false)?;
        Ok(ProcessSource { pid, fd, pages: len / PAGE_SIZE as u64, scanner, whole, paused: false })
    }

    pub fn pid(&self) -> u32 {
        self.pid
    }

    fn signal(&self, sig: i32) -> Result<()> {
        // SAFETY: sends a signal.
        if unsafe { libc::kill(self.pid as i32, sig) } < 0 {
            return Err(os_error(&format!("signalling process guest {}", self.pid)));
        }
        Ok(())
    }
}

impl SourceGuest for ProcessSource {
    fn describe(&self) -> String {
        format!("process guest {} ({} MiB)", self.pid, mib(self.pages))
    }

    fn pages(&self) -> u64 {
        self.pages
    }

    fn start_log_dirty(&mut self) -> Result<()> {
        self.scanner.take(|_, _| {})
    }

    fn take_dirty(&mut self, dirty: &mut Bitmap) -> Result<()> {
        self.scanner.take(|first, n| dirty.set_range(first, n))
    }

    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        Ok(Batch { pfns: pfns.to_vec(), mem: Box::new(Mapping::pages(self.fd.as_raw_fd(), pfns, false)?) })
    }

    fn pause(&mut self) -> Result<()> {
        self.signal(libc::SIGSTOP)?;
        self.paused = true;
        // Stopped means no write is in progress: wait for it.
        let deadline = Instant::now() + Duration::from_secs(5);
        while proc_state(self.pid) != Some('T') {
            if Instant::now() > deadline {
                return Err(Error::new(format!("process guest {} did not stop", self.pid)));
            }
            std::thread::sleep(Duration::from_micros(200));
        }
        Ok(())
    }

    fn unpause(&mut self) -> Result<()> {
        self.paused = false;
        self.signal(libc::SIGCONT)
    }

    fn is_running(&self) -> bool {
        matches!(proc_state(self.pid), Some('R' | 'S' | 'D'))
    }

    fn state(&mut self) -> Result<Vec<u8>> {
        let desc = Description::read_from(&self.whole.bytes()[..PAGE_SIZE])?;
        Ok(serde_json::to_vec(&desc).expect("serializes"))
    }

    fn hashes(&mut self) -> Result<Vec<u64>> {
        Ok(hash_pages(self.whole.bytes()))
    }

    fn destroy(&mut self) -> Result<()> {
        self.signal(libc::SIGKILL)
    }
}

/// The process guest being built at the destination: a fresh memfd, then a guest process
/// that adopts it.
pub struct ProcessDest {
    fd: OwnedFd,
    pages: u64,
    exe: PathBuf,
    /// The resumed guest, once running. Stopped when this is dropped: take it to keep it.
    pub child: Option<Child>,
}

impl Drop for ProcessDest {
    fn drop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl ProcessDest {
    /// `exe`: this program, which runs the guest (`xen-migrate guest`).
    pub fn new(pages: u64, exe: PathBuf) -> Result<ProcessDest> {
        Ok(ProcessDest { fd: memfd(pages)?, pages, exe, child: None })
    }
}

impl DestGuest for ProcessDest {
    fn describe(&self) -> String {
        format!("process guest ({} MiB)", mib(self.pages))
    }

    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        if let Some(&bad) = pfns.iter().find(|&&p| p >= self.pages) {
            return Err(Error::new(format!("page {bad} is beyond the guest's {} pages", self.pages)));
        }
        Ok(Batch { pfns: pfns.to_vec(), mem: Box::new(Mapping::pages(self.fd.as_raw_fd(), pfns, true)?) })
    }

    fn hashes(&mut self) -> Result<Vec<u64>> {
        let m = Mapping::whole(self.fd.as_raw_fd(), self.pages as usize * PAGE_SIZE, false)?;
        Ok(hash_pages(m.bytes()))
    }

    fn resume(&mut self, state: &[u8]) -> Result<String> {
        let desc: Description =
            serde_json::from_slice(state).map_err(|e| Error::new(format!("bad guest state: {e}")))?;
        let m = Mapping::whole(self.fd.as_raw_fd(), PAGE_SIZE, false)?;
        if Description::read_from(m.bytes())? != desc || desc.pages != self.pages {
            return Err(Error::new("the received page 0 does not match the guest's state".into()));
        }
        const CHILD_FD: i32 = 3;
        let raw = self.fd.as_raw_fd();
        let mut cmd = Command::new(&self.exe);
        cmd.arg("guest").arg("--adopt-fd").arg(CHILD_FD.to_string());
        use std::os::unix::process::CommandExt;
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            cmd.pre_exec(move || {
                // dup2 clears close-on-exec on the copy; a descriptor already at 3 keeps it.
                let r = if raw == CHILD_FD { libc::fcntl(raw, libc::F_SETFD, 0) } else { libc::dup2(raw, CHILD_FD) };
                if r < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let child = start_guest(cmd)?;
        let pid = child.id();
        self.child = Some(child);
        Ok(format!("process guest {pid}"))
    }
}
