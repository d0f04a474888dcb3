//! Two network namespaces joined by a veth pair, for running both ends of a migration on one
//! machine over a real (virtual) Ethernet link: the soft device's uzura frames and the control
//! channel's TCP share the link, nothing leaves the machine. Needs root and `ip` (iproute2).

use std::process::Command;
use std::sync::atomic::{AtomicU32, Ordering};

use super::error::{os_error, Error, Result};

/// Namespaces `A` and `B`, interfaces in each, addresses 10.x.y.1 and .2. Torn down on drop.
pub struct VethPair {
    pub ns: [String; 2],
    pub ifname: [String; 2],
    pub ip: [String; 2],
}

fn run_ip(args: &[&str]) -> Result<()> {
    let out = Command::new("ip")
        .args(args)
        .output()
        .map_err(|e| Error::new(format!("running `ip` (install iproute2): {e}")))?;
    if !out.status.success() {
        return Err(Error::new(format!(
            "`ip {}` failed: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr).trim()
        )));
    }
    Ok(())
}

impl VethPair {
    /// Creates the pair with a unique name (prefix, pid, counter) and the given MTU.
    pub fn new(prefix: &str, mtu: usize) -> Result<VethPair> {
        static NEXT: AtomicU32 = AtomicU32::new(0);
        // SAFETY: geteuid has no preconditions.
        if unsafe { libc::geteuid() } != 0 {
            return Err(Error::new("network namespaces and AF_PACKET sockets need root".into()));
        }
        let n = NEXT.fetch_add(1, Ordering::Relaxed);
        let pid = std::process::id();
        let tag = format!("{prefix}{}x{n}", pid % 100_000);
        let ns = [format!("{tag}a"), format!("{tag}b")];
        // Interface names are at most 15 bytes.
        let ifname = [format!("u{}{n}a", pid % 100_000), format!("u{}{n}b", pid % 100_000)];
        let net = format!("10.{}.{}", 200 + pid % 50, n % 256);
        let ip = [format!("{net}.1"), format!("{net}.2")];
        // Built step by step; whatever exists is deleted on drop, even if a step fails.
        let pair = VethPair { ns, ifname, ip };
        for ns in &pair.ns {
            // A namespace of this name can only be left over from a dead process of our pid.
            let _ = run_ip(&["netns", "del", ns]);
            run_ip(&["netns", "add", ns])?;
        }
        run_ip(&[
            "link",
            "add",
            &pair.ifname[0],
            "netns",
            &pair.ns[0],
            "mtu",
            &mtu.to_string(),
            "type",
            "veth",
            "peer",
            "name",
            &pair.ifname[1],
            "netns",
            &pair.ns[1],
            "mtu",
            &mtu.to_string(),
        ])?;
        for i in 0..2 {
            run_ip(&["-n", &pair.ns[i], "addr", "add", &format!("{}/24", pair.ip[i]), "dev", &pair.ifname[i]])?;
            run_ip(&["-n", &pair.ns[i], "link", "set", &pair.ifname[i], "up"])?;
            run_ip(&["-n", &pair.ns[i], "link", "set", "lo", "up"])?;
        }
        Ok(pair)
    }

    /// Moves the calling thread into namespace `side` (0 or 1).
    pub fn enter(&self, side: usize) -> Result<()> {
        enter(&self.ns[side])
    }
}

/// Moves the calling thread into network namespace `name`; threads it starts later inherit it.
pub fn enter(name: &str) -> Result<()> {
    let path = format!("/run/netns/{name}");
    let f = std::fs::File::open(&path).map_err(|e| Error::new(format!("{path}: {e}")))?;
    use std::os::fd::AsRawFd;
    // SAFETY: setns on a namespace descriptor; affects only this thread.
    if unsafe { libc::setns(f.as_raw_fd(), libc::CLONE_NEWNET) } < 0 {
        return Err(os_error(&format!("setns into {name}")));
    }
    Ok(())
}

impl Drop for VethPair {
    fn drop(&mut self) {
        // Deleting a namespace destroys its end of the veth, and with it the other end.
        for ns in &self.ns {
            if let Err(e) = run_ip(&["netns", "del", ns]) {
                log::warn!("deleting network namespace {ns}: {e}");
            }
        }
    }
}
