//! `pvh-init`: PID 1 of the PVH test guest (scripts/xen-test.sh). It runs one of the process
//! guest's workloads on its own memory and prints a counter to the Xen console once a second,
//! which is how the test sees from outside that the guest runs on after a migration and was
//! not rebooted:
//!
//! ```text
//! uzura-guest: start boot 5f3a91c2 mib 64 workload database
//! uzura-guest: boot 5f3a91c2 count 251392 at 1796641417.072
//! ```
//!
//! `count` is the number of page writes so far (it only grows while the guest runs); `boot`
//! is drawn at start, so a second `start` line or a new `boot` means the guest was rebooted;
//! `at` is the guest's wall clock (Xen's), so the longest gap between lines bounds the time
//! the guest stood still. Lines come every 200 ms.
//! The kernel command line sets the workload: `uzura.mib=N uzura.workload=idle|sequential|
//! database uzura.rate=PAGES_PER_S uzura.hot=PAGES uzura.tau=SECONDS`.

use std::ffi::CString;
use std::io::Write;
use std::time::{Duration, Instant};

use xen_migrate::guest::process::{run_workload, Workload, WorkloadKind};
use xen_migrate::guest::PAGE_SIZE;

const PRINT_PERIOD: Duration = Duration::from_millis(200);
/// The workload's wake-ups: few, because every interrupt into a PVH guest under QEMU's emulated
/// nested SVM is a chance for the emulation to fault it (docs/xen.md).
const WORK_PERIOD: Duration = Duration::from_millis(20);

fn mount(source: &str, target: &str, fstype: &str) {
    let c = |s: &str| CString::new(s).expect("no NUL");
    let _ = std::fs::create_dir_all(target);
    // SAFETY: NUL-terminated strings that outlive the call.
    unsafe { libc::mount(c(source).as_ptr(), c(target).as_ptr(), c(fstype).as_ptr(), 0, std::ptr::null()) };
}

/// Sends stdout and stderr to the Xen console (the initramfs has no /dev/console node).
fn console() {
    mount("dev", "/dev", "devtmpfs");
    if let Ok(f) = std::fs::OpenOptions::new().write(true).open("/dev/hvc0") {
        use std::os::fd::AsRawFd;
        // SAFETY: duplicates an open descriptor onto 1 and 2.
        unsafe {
            libc::dup2(f.as_raw_fd(), 1);
            libc::dup2(f.as_raw_fd(), 2);
        }
    }
}

fn option<T: std::str::FromStr>(cmdline: &str, key: &str, default: T) -> T {
    cmdline.split_whitespace().find_map(|kv| kv.strip_prefix(key)?.strip_prefix('=')?.parse().ok()).unwrap_or(default)
}

fn main() {
    console();
    mount("proc", "/proc", "proc");
    let cmdline = std::fs::read_to_string("/proc/cmdline").unwrap_or_default();
    let mib: u64 = option(&cmdline, "uzura.mib", 64);
    let defaults = Workload::default();
    let kind = match option(&cmdline, "uzura.workload", String::from("database")).as_str() {
        "idle" => WorkloadKind::Idle,
        "sequential" => WorkloadKind::Sequential,
        _ => WorkloadKind::Database,
    };
    let boot = Instant::now();
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
    let boot_id = (now.subsec_nanos() as u64 ^ now.as_secs().rotate_left(32)) as u32;
    let w = Workload {
        kind,
        rate: option(&cmdline, "uzura.rate", defaults.rate),
        hot_pages: option(&cmdline, "uzura.hot", defaults.hot_pages),
        tau: option(&cmdline, "uzura.tau", defaults.tau),
        seed: boot_id as u64,
    };
    println!("uzura-guest: start boot {boot_id:08x} mib {mib} workload {kind:?}");
    let mut mem = vec![0u8; (mib << 20) as usize];
    // Distinct contents in every page, so that a misplaced page shows in the hashes.
    for (i, page) in mem.chunks_exact_mut(PAGE_SIZE).enumerate() {
        page[..8].copy_from_slice(&(i as u64 ^ boot_id as u64).to_le_bytes());
    }
    let mut next_print = Duration::ZERO;
    let r = run_workload(&mut mem, &w, WORK_PERIOD, |count| {
        if boot.elapsed() >= next_print {
            next_print = boot.elapsed() + PRINT_PERIOD;
            let at = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap_or_default();
            println!("uzura-guest: boot {boot_id:08x} count {count} at {}.{:03}", at.as_secs(), at.subsec_millis());
            let _ = std::io::stdout().flush();
        }
    });
    println!("uzura-guest: the workload stopped: {r:?}");
    loop {
        std::thread::sleep(Duration::from_secs(3600));
    }
}
