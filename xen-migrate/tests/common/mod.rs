//! What the migration tests share: a process guest to migrate, a destination that keeps a
//! copy of its memory as it was received, and a byte-for-byte check against the source.

#![allow(dead_code)]

use std::fs::File;
use std::io::Read;
use std::path::PathBuf;
use std::process::Child;

use xen_migrate::engine::Report;
use xen_migrate::error::Result;
use xen_migrate::guest::process::{self, ProcessDest, ProcessSource, Workload, WorkloadKind, MEMFD_NAME};
use xen_migrate::guest::{Batch, DestGuest, PAGE_SIZE};
use xen_migrate::local::{self, Link};
use xen_migrate::{Policy, Transport};

pub fn exe() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_xen-migrate"))
}

pub fn workload(kind: WorkloadKind, pages: u64) -> Workload {
    // A hot set of about half the guest keeps D(t) of the paper's shape at test sizes.
    Workload { kind, rate: 25_000.0, hot_pages: pages / 2, tau: 1.32, seed: 7 }
}

/// A running process guest and its memory, readable after the guest is gone.
pub struct SourceGuestProcess {
    pub child: Child,
    pub memfd: File,
    pub pages: u64,
}

impl SourceGuestProcess {
    pub fn start(mib: u64, kind: WorkloadKind) -> SourceGuestProcess {
        let pages = mib << 20 >> 12;
        let child = process::spawn(&exe(), pages, &workload(kind, pages)).expect("the process guest starts");
        let memfd = memfd_of(child.id());
        SourceGuestProcess { child, memfd, pages }
    }

    pub fn attach(&self) -> ProcessSource {
        ProcessSource::attach(self.child.id()).expect("attach to the process guest")
    }

    pub fn memory(&mut self) -> Vec<u8> {
        let mut v = Vec::new();
        use std::io::Seek;
        self.memfd.rewind().unwrap();
        self.memfd.read_to_end(&mut v).unwrap();
        v
    }
}

impl Drop for SourceGuestProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

pub fn memfd_of(pid: u32) -> File {
    for e in std::fs::read_dir(format!("/proc/{pid}/fd")).unwrap().flatten() {
        if std::fs::read_link(e.path()).is_ok_and(|t| t.to_string_lossy().starts_with(&format!("/memfd:{MEMFD_NAME}")))
        {
            return File::open(e.path()).unwrap();
        }
    }
    panic!("process {pid} has no guest memfd");
}

/// The process guest's state letter in /proc (R, S, T...).
pub fn proc_state(pid: u32) -> char {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap();
    stat.rsplit_once(')').unwrap().1.trim_start().chars().next().unwrap()
}

/// A destination that copies its memory just before resuming, so that the test compares
/// exactly what was received with the source at the pause.
pub struct Snapshotting {
    pub inner: ProcessDest,
    pages: u64,
    pub at_resume: Option<Vec<u8>>,
}

impl Snapshotting {
    pub fn new(pages: u64) -> Result<Snapshotting> {
        Ok(Snapshotting { inner: ProcessDest::new(pages, exe())?, pages, at_resume: None })
    }
}

impl DestGuest for Snapshotting {
    fn describe(&self) -> String {
        self.inner.describe()
    }
    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        self.inner.map(pfns)
    }
    fn hashes(&mut self) -> Result<Vec<u64>> {
        self.inner.hashes()
    }
    fn resume(&mut self, state: &[u8]) -> Result<String> {
        let all: Vec<u64> = (0..self.pages).collect();
        self.at_resume = Some(self.inner.map(&all)?.bytes().to_vec());
        self.inner.resume(state)
    }
}

/// Migrates a fresh `mib` MiB guest running `kind` over `link` with `transport`, and checks
/// every byte the destination resumed with against the source's memory at the pause, that
/// the guest runs at the destination, and that the source is gone.
pub fn migrate_and_check(link: &Link, mib: u64, kind: WorkloadKind, transport: Transport, policy: Policy) -> Report {
    let mut src = SourceGuestProcess::start(mib, kind);
    let (_, sent, received) =
        local::migrate(src.attach(), link, transport, policy, Snapshotting::new, Box::new(|_, _, _| {}));
    let report = sent.unwrap_or_else(|e| panic!("{kind:?} over {transport:?}: {e}"));
    let mut dest = received.unwrap_or_else(|e| panic!("{kind:?} over {transport:?}: destination: {e}"));
    // A successful migration destroys the source: its memory stays as it was at the pause.
    let status = src.child.wait().unwrap();
    assert!(!status.success(), "the source guest was killed, not exited");
    let at_pause = src.memory();
    let received = dest.at_resume.take().expect("the destination resumed");
    assert_eq!(received.len(), at_pause.len());
    let differ: Vec<usize> = (0..src.pages as usize)
        .filter(|&p| received[p * PAGE_SIZE..(p + 1) * PAGE_SIZE] != at_pause[p * PAGE_SIZE..(p + 1) * PAGE_SIZE])
        .collect();
    assert!(
        differ.is_empty(),
        "{kind:?} over {transport:?}: {} pages differ, first {:?}",
        differ.len(),
        &differ[..differ.len().min(8)]
    );
    let child = dest.inner.child.as_mut().expect("resumed");
    assert!(child.try_wait().unwrap().is_none(), "the guest keeps running at the destination");
    assert_eq!(report.destination.pages_verified, src.pages);
    assert!(report.total_pages_sent >= src.pages);
    let first = &report.rounds[0];
    assert_eq!(first.pages_sent, src.pages, "round 1 sends every page");
    match kind {
        WorkloadKind::Idle => assert_eq!(first.pages_dirtied, 0, "an idle guest dirties nothing"),
        _ => assert!(first.pages_dirtied > 0, "the workload's writes are tracked"),
    }
    assert!(!report.rounds.last().unwrap().live, "the last round runs paused");
    report
}

/// [`migrate_and_check`] of a 64 MiB guest with each transport in turn.
pub fn each_transport(link: &Link, kind: WorkloadKind) -> Vec<Report> {
    [Transport::Tcp, Transport::Rdma, Transport::Overlap]
        .into_iter()
        .map(|t| migrate_and_check(link, 64, kind, t, Policy::Paper))
        .collect()
}
