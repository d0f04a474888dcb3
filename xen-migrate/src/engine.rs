//! The migration engine: pre-copy rounds over the guest's log-dirty bitmap in batches of
//! 1,024 pages, a stop policy, then pause, the last dirty pages, the non-page state, and
//! resume at the destination, which checks every page against the source's hashes first.
//!
//! It knows guests only through `guest::{SourceGuest, DestGuest}`, moves pages with one of
//! the `transport`s, and reads time from a [`Clock`] it is given.
//!
//! Messages on the control channel (application kinds of `userlib::control`):
//!
//! | kind | direction | payload |
//! |---|---|---|
//! | HELLO | src -> dst | JSON [`Hello`] |
//! | READY | dst -> src | JSON: the destination guest's description |
//! | PFNS | src -> dst | batch id u64, then its page numbers (u64 each, big-endian) |
//! | PAGES | src -> dst | count u32, page numbers u64, then the pages (tcp) |
//! | ROUND | src -> dst | round number u32 |
//! | STATE | src -> dst | state length u32, state, then one hash u64 per page |
//! | RESUMED | dst -> src | JSON [`DestReport`] |
//!
//! plus `Context` (both ways, before RDMA), `RegionInfos` (dst -> src: the destination
//! region of batch `tag`), `Completion` (src -> dst: batch `tag` was acknowledged) and
//! `Abort` (either way: the sender gives up and says why).

use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use userlib::control::{Channel, Message, APP_KIND_BASE};
use userlib::Device;

use super::error::{Error, Result};
use super::guest::{Bitmap, DestGuest, SourceGuest, PAGE_SIZE};
use super::transport::{self, Transport};
use crate::bail;

pub const BATCH_PAGES: usize = 1024;
pub const PROTOCOL_VERSION: u32 = 1;

pub const K_HELLO: u8 = APP_KIND_BASE;
pub const K_READY: u8 = APP_KIND_BASE + 1;
pub const K_PFNS: u8 = APP_KIND_BASE + 2;
pub const K_PAGES: u8 = APP_KIND_BASE + 3;
pub const K_ROUND: u8 = APP_KIND_BASE + 4;
pub const K_STATE: u8 = APP_KIND_BASE + 5;
pub const K_RESUMED: u8 = APP_KIND_BASE + 6;

/// Where the engine reads time: the wall clock here, simulated time later.
pub trait Clock: Send {
    fn now(&self) -> Duration;
}

pub struct WallClock(Instant);

impl WallClock {
    pub fn new() -> WallClock {
        WallClock(Instant::now())
    }
}

impl Default for WallClock {
    fn default() -> Self {
        WallClock::new()
    }
}

impl Clock for WallClock {
    fn now(&self) -> Duration {
        self.0.elapsed()
    }
}

/// When to stop the live rounds and pause the guest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Policy {
    /// Xen 3.0.3, as in the paper: at most 50 pages resent in a round, or 30 rounds, or more
    /// than 3x the guest's pages sent in all.
    Paper,
    /// Current Xen (4.17's simple policy): fewer than 50 pages dirty, or 5 rounds.
    Current,
}

impl Policy {
    /// After live round `round` (from 1) sent `sent` pages and left `dirty` pages dirty, with
    /// `total` pages sent so far of a guest of `pages`: pause now?
    pub fn stop(self, round: u32, sent: u64, dirty: u64, total: u64, pages: u64) -> bool {
        match self {
            Policy::Paper => (round >= 2 && sent <= 50) || round >= 30 || total > 3 * pages,
            Policy::Current => dirty < 50 || round >= 5,
        }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Hello {
    pub version: u32,
    pub pages: u64,
    pub transport: Transport,
    /// The guest frame behind each page index, where they are not simply 0..pages
    /// ([`SourceGuest::frames`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub frames: Option<Vec<u64>>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct RoundReport {
    pub round: u32,
    /// Whether the guest ran during the round (the last round runs paused).
    pub live: bool,
    pub pages_sent: u64,
    /// Pages the guest dirtied while the round ran (sent again in the next).
    pub pages_dirtied: u64,
    pub seconds: f64,
    pub mb_per_s: f64,
}

/// What the destination reports back once the guest runs there.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
pub struct DestReport {
    pub resumed: String,
    /// Pages checked against the source's hashes at the pause (every page).
    pub pages_verified: u64,
    pub cpu_seconds: f64,
    pub pages_received: u64,
}

/// The whole migration, as the source reports it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Report {
    pub guest: String,
    pub device: String,
    pub transport: Transport,
    pub policy: Policy,
    pub pages: u64,
    pub rounds: Vec<RoundReport>,
    pub migration_seconds: f64,
    pub downtime_seconds: f64,
    pub total_pages_sent: u64,
    pub throughput_mb_per_s: f64,
    /// CPU time of the migration thread on each side (user + system, from the OS), without the
    /// page hashing that verifies the result.
    pub cpu_source_seconds: f64,
    pub cpu_dest_seconds: f64,
    pub cpu_us_per_page_source: f64,
    pub cpu_us_per_page_dest: f64,
    pub destination: DestReport,
}

/// CPU time of the calling thread (user + system).
pub fn thread_cpu() -> Duration {
    let mut ts = libc::timespec { tv_sec: 0, tv_nsec: 0 };
    // SAFETY: valid timespec.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// What the source needs besides the guest.
pub struct SendOptions<'a> {
    pub transport: Transport,
    pub policy: Policy,
    /// The RDMA device (`rdma` and `overlap`).
    pub device: Option<Device>,
    pub clock: &'a dyn Clock,
    /// Called with pages sent so far in the current round, and the round's total.
    pub progress: &'a mut dyn FnMut(u32, u64, u64),
}

fn json<T: Serialize>(v: &T) -> Vec<u8> {
    serde_json::to_vec(v).expect("serializes")
}

fn from_json<T: for<'de> Deserialize<'de>>(what: &str, p: &[u8]) -> Result<T> {
    serde_json::from_slice(p).map_err(|e| Error::new(format!("malformed {what} message: {e}")).peer())
}

impl Error {
    fn peer(mut self) -> Error {
        self.peer = true;
        self
    }
}

/// Receives an application message of `kind`, refusing anything else.
pub fn expect(chan: &mut Channel, kind: u8, what: &str) -> Result<Vec<u8>> {
    match chan.recv()? {
        Message::App { kind: k, payload } if k == kind => Ok(payload),
        other => Err(Error::new(format!("expected {what}, got {}", other.summary())).peer()),
    }
}

/// Migrates `guest` to the peer at the other end of `chan`. Whatever fails, the guest is left
/// running at the source (unpaused), the peer is told why, and the error is returned.
pub fn send(guest: &mut dyn SourceGuest, chan: &mut Channel, opts: SendOptions) -> Result<Report> {
    let mut paused = false;
    let r = send_inner(guest, chan, opts, &mut paused);
    if let Err(e) = &r {
        if paused {
            if let Err(u) = guest.unpause() {
                return Err(Error::new(format!("{e}; and then unpausing the guest failed: {u}")));
            }
        }
        // The peer may be gone already; telling it is best effort.
        if let Err(a) = chan.send(&Message::Abort(e.to_string())) {
            log::debug!("telling the destination that the migration failed: {a}");
        }
    }
    r
}

fn send_inner(guest: &mut dyn SourceGuest, chan: &mut Channel, opts: SendOptions, paused: &mut bool) -> Result<Report> {
    let SendOptions { transport, policy, device, clock, progress } = opts;
    let cpu0 = thread_cpu();
    let t0 = clock.now();
    let pages = guest.pages();
    chan.send_app(K_HELLO, &[&json(&Hello { version: PROTOCOL_VERSION, pages, transport, frames: guest.frames() })])?;
    let _ready = expect(chan, K_READY, "the destination's READY")?;
    let mut mover = transport::sender(transport, device.as_ref(), chan)?;

    guest.start_log_dirty()?;
    let mut to_send = Bitmap::full(pages);
    let mut rounds = Vec::new();
    let mut total = 0u64;
    let mut round = 1u32;
    let mut downtime_start = Duration::ZERO;
    loop {
        let live = !*paused;
        let started = clock.now();
        let pfns = to_send.pfns();
        chan.send_app(K_ROUND, &[&round.to_be_bytes()])?;
        progress(round, 0, pfns.len() as u64);
        mover.send_round(guest, chan, &pfns, &mut |n| progress(round, n, pfns.len() as u64))?;
        total += pfns.len() as u64;
        let mut dirty = Bitmap::new(pages);
        if live {
            guest.take_dirty(&mut dirty)?;
        }
        let seconds = (clock.now() - started).as_secs_f64();
        log::debug!(
            "round {round} ({}): {} pages sent, {} dirtied, {seconds:.3} s",
            if live { "live" } else { "paused" },
            pfns.len(),
            dirty.count()
        );
        rounds.push(RoundReport {
            round,
            live,
            pages_sent: pfns.len() as u64,
            pages_dirtied: dirty.count(),
            seconds,
            mb_per_s: pfns.len() as f64 * PAGE_SIZE as f64 / seconds.max(1e-9) / 1e6,
        });
        if !live {
            break;
        }
        if policy.stop(round, pfns.len() as u64, dirty.count(), total, pages) {
            downtime_start = clock.now();
            log::debug!("policy {policy:?} stops the live rounds after round {round}: pausing the guest");
            guest.pause()?;
            *paused = true;
            // Writes between the scan above and the pause.
            guest.take_dirty(&mut dirty)?;
        }
        to_send = dirty;
        round += 1;
    }
    let state = guest.state()?;
    // Verification is not part of the transfer's CPU time.
    let cpu_before_hashing = thread_cpu();
    let hashes = guest.hashes()?;
    let cpu_hashing = thread_cpu() - cpu_before_hashing;
    let hash_bytes: Vec<u8> = hashes.iter().flat_map(|h| h.to_be_bytes()).collect();
    chan.send_app(K_STATE, &[&(state.len() as u32).to_be_bytes(), &state, &hash_bytes])?;
    let dest: DestReport = from_json("RESUMED", &expect(chan, K_RESUMED, "the destination's RESUMED")?)?;
    let end = clock.now();
    // The guest runs at the destination: the source copy goes.
    guest.destroy()?;
    let cpu = (thread_cpu() - cpu0 - cpu_hashing).as_secs_f64();
    let migration = (end - t0).as_secs_f64();
    Ok(Report {
        guest: guest.describe(),
        device: match (transport, device) {
            (Transport::Tcp, _) | (_, None) => "the control channel's TCP socket".into(),
            (_, Some(d)) => d.describe(),
        },
        transport,
        policy,
        pages,
        migration_seconds: migration,
        downtime_seconds: (end - downtime_start).as_secs_f64(),
        total_pages_sent: total,
        throughput_mb_per_s: total as f64 * PAGE_SIZE as f64 / migration / 1e6,
        cpu_source_seconds: cpu,
        cpu_dest_seconds: dest.cpu_seconds,
        cpu_us_per_page_source: cpu * 1e6 / total as f64,
        cpu_us_per_page_dest: dest.cpu_seconds * 1e6 / total as f64,
        destination: dest,
        rounds,
    })
}

/// Receives a guest from the peer at the other end of `chan`: `make_guest(&hello)` builds the
/// destination guest. Resumes it only if every page matches the source's hash at the pause.
pub fn receive<G: DestGuest>(
    chan: &mut Channel,
    device: Option<&Device>,
    make_guest: impl FnOnce(&Hello) -> Result<G>,
) -> Result<(G, DestReport)> {
    let r = receive_inner(chan, device, make_guest);
    if let Err(e) = &r {
        if let Err(a) = chan.send(&Message::Abort(e.to_string())) {
            log::debug!("telling the source that the migration failed: {a}");
        }
    }
    r
}

fn receive_inner<G: DestGuest>(
    chan: &mut Channel,
    device: Option<&Device>,
    make_guest: impl FnOnce(&Hello) -> Result<G>,
) -> Result<(G, DestReport)> {
    let cpu0 = thread_cpu();
    let hello: Hello = from_json("HELLO", &expect(chan, K_HELLO, "the source's HELLO")?)?;
    if hello.version != PROTOCOL_VERSION {
        bail!("the source speaks migration protocol {}, this side {PROTOCOL_VERSION}", hello.version);
    }
    let mut guest = make_guest(&hello)?;
    chan.send_app(K_READY, &[&json(&guest.describe())])?;
    let mut sink = transport::receiver(hello.transport, device, chan)?;
    let mut received = 0u64;
    loop {
        match chan.recv()? {
            Message::App { kind: K_STATE, payload } => {
                sink.finish(&mut guest)?;
                let n = payload.get(..4).map(|b| u32::from_be_bytes(b.try_into().unwrap()) as usize);
                let (state, hashes) = match n {
                    Some(n) if payload.len() == 4 + n + 8 * hello.pages as usize => payload[4..].split_at(n),
                    _ => return Err(Error::new(format!("malformed STATE message ({} bytes)", payload.len())).peer()),
                };
                let cpu_before_hashing = thread_cpu();
                let mine = guest.hashes()?;
                let bad: Vec<u64> = mine
                    .iter()
                    .zip(hashes.chunks_exact(8))
                    .enumerate()
                    .filter(|(_, (h, theirs))| h.to_be_bytes() != **theirs)
                    .map(|(i, _)| i as u64)
                    .collect();
                if !bad.is_empty() {
                    bail!(
                        "{} of {} pages differ from the source's at the pause (first: page {})",
                        bad.len(),
                        hello.pages,
                        bad[0]
                    );
                }
                let cpu = cpu_before_hashing - cpu0;
                let resumed = guest.resume(state)?;
                let report = DestReport {
                    resumed,
                    pages_verified: hello.pages,
                    cpu_seconds: cpu.as_secs_f64(),
                    pages_received: received,
                };
                chan.send_app(K_RESUMED, &[&json(&report)])?;
                return Ok((guest, report));
            }
            Message::App { kind: K_ROUND, .. } => {}
            m => received += sink.handle(&mut guest, chan, m)?,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stop_policies_are_xen_3_0_3_and_current_xen() {
        let pages = 100_000;
        // Paper: at most 50 resent (from round 2), 30 rounds, or more than 3x sent.
        assert!(!Policy::Paper.stop(1, pages, 10, pages, pages), "round 1 always continues");
        assert!(Policy::Paper.stop(2, 50, 1000, pages + 50, pages));
        assert!(!Policy::Paper.stop(2, 51, 10, pages + 51, pages));
        assert!(Policy::Paper.stop(30, 5000, 5000, 2 * pages, pages));
        assert!(!Policy::Paper.stop(29, 5000, 5000, 2 * pages, pages));
        assert!(Policy::Paper.stop(5, 5000, 5000, 3 * pages + 1, pages));
        assert!(!Policy::Paper.stop(5, 5000, 5000, 3 * pages, pages));
        // Current Xen: fewer than 50 dirty, or 5 rounds; no 3x rule.
        assert!(Policy::Current.stop(1, pages, 49, pages, pages));
        assert!(!Policy::Current.stop(1, pages, 50, pages, pages));
        assert!(Policy::Current.stop(5, 9000, 9000, pages, pages));
        assert!(!Policy::Current.stop(4, 9000, 9000, 10 * pages, pages));
    }
}
