//! The order of map and unmap on each side, seen from the guests: `rdma` maps and unmaps each
//! batch in turn; `overlap` runs the paper's pipeline (source: unmap k, RDMA k+1, map k+3 in
//! one step; destination: unmap k, map k+2), so batches are mapped three ahead at the source
//! and two at the destination.

mod common;

use std::sync::{Arc, Mutex};

use common::SourceGuestProcess;
use xen_migrate::error::Result;
use xen_migrate::guest::process::{ProcessDest, WorkloadKind};
use xen_migrate::guest::{Batch, Bitmap, DestGuest, Mapped, SourceGuest};
use xen_migrate::local::{self, Link, SimNic};
use xen_migrate::{Policy, Transport};

type Log = Arc<Mutex<Vec<String>>>;

/// A mapping that notes its unmapping.
struct Noted {
    inner: Box<dyn Mapped>,
    log: Log,
    id: usize,
}

impl Mapped for Noted {
    fn as_ptr(&self) -> *mut u8 {
        self.inner.as_ptr()
    }
    fn size(&self) -> usize {
        self.inner.size()
    }
}

impl Drop for Noted {
    fn drop(&mut self) {
        self.log.lock().unwrap().push(format!("unmap{}", self.id));
    }
}

/// Notes each map (numbered in order) and each unmap.
struct Recorder<G> {
    inner: G,
    log: Log,
    next: usize,
}

impl<G> Recorder<G> {
    fn note(&mut self, b: Batch) -> Batch {
        let id = self.next;
        self.next += 1;
        self.log.lock().unwrap().push(format!("map{id}"));
        Batch { pfns: b.pfns, mem: Box::new(Noted { inner: b.mem, log: self.log.clone(), id }) }
    }
}

impl<G: SourceGuest> SourceGuest for Recorder<G> {
    fn describe(&self) -> String {
        self.inner.describe()
    }
    fn pages(&self) -> u64 {
        self.inner.pages()
    }
    fn start_log_dirty(&mut self) -> Result<()> {
        self.inner.start_log_dirty()
    }
    fn take_dirty(&mut self, dirty: &mut Bitmap) -> Result<()> {
        self.inner.take_dirty(dirty)
    }
    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        let b = self.inner.map(pfns)?;
        Ok(self.note(b))
    }
    fn pause(&mut self) -> Result<()> {
        self.inner.pause()
    }
    fn unpause(&mut self) -> Result<()> {
        self.inner.unpause()
    }
    fn is_running(&self) -> bool {
        self.inner.is_running()
    }
    fn state(&mut self) -> Result<Vec<u8>> {
        self.inner.state()
    }
    fn hashes(&mut self) -> Result<Vec<u64>> {
        self.inner.hashes()
    }
    fn destroy(&mut self) -> Result<()> {
        self.inner.destroy()
    }
}

impl<G: DestGuest> DestGuest for Recorder<G> {
    fn describe(&self) -> String {
        self.inner.describe()
    }
    fn map(&mut self, pfns: &[u64]) -> Result<Batch> {
        let b = self.inner.map(pfns)?;
        Ok(self.note(b))
    }
    fn hashes(&mut self) -> Result<Vec<u64>> {
        self.inner.hashes()
    }
    fn resume(&mut self, state: &[u8]) -> Result<String> {
        self.inner.resume(state)
    }
}

/// Migrates an idle 64 MiB guest (16 batches, all in round 1) and returns both sides' logs.
fn logs(t: Transport) -> (Vec<String>, Vec<String>) {
    let src = SourceGuestProcess::start(64, WorkloadKind::Idle);
    let (src_log, dst_log): (Log, Log) = Default::default();
    let guest = Recorder { inner: src.attach(), log: src_log.clone(), next: 0 };
    let dl = dst_log.clone();
    let make_dest = move |pages| Ok(Recorder { inner: ProcessDest::new(pages, common::exe())?, log: dl, next: 0 });
    let (_, sent, received) = local::migrate(
        guest,
        &Link::Sim { mtu: 1500, nic: SimNic::Model },
        t,
        Policy::Paper,
        make_dest,
        Box::new(|_, _, _| {}),
    );
    sent.unwrap();
    received.unwrap();
    let take = |l: &Log| l.lock().unwrap().clone();
    (take(&src_log), take(&dst_log))
}

fn names(s: &str) -> Vec<String> {
    s.split_whitespace().map(String::from).collect()
}

#[test]
fn rdma_maps_and_unmaps_each_batch_in_turn() {
    let (src, dst) = logs(Transport::Rdma);
    let expected: Vec<String> = (0..16).flat_map(|k| [format!("map{k}"), format!("unmap{k}")]).collect();
    assert_eq!(src, expected);
    assert_eq!(dst, expected);
}

#[test]
fn overlap_runs_the_four_stage_pipeline() {
    let (src, dst) = logs(Transport::Overlap);
    // Source: map 0 and 1; step -1 maps 2; step k unmaps k and maps k+3; then the tail.
    let mut expected = names("map0 map1 map2");
    for k in 0..16 {
        expected.push(format!("unmap{k}"));
        if k + 3 < 16 {
            expected.push(format!("map{}", k + 3));
        }
    }
    assert_eq!(src, expected);
    // Destination: map 0 and 1; the completion of k unmaps k and maps k+2.
    let mut expected = names("map0 map1");
    for k in 0..16 {
        expected.push(format!("unmap{k}"));
        if k + 2 < 16 {
            expected.push(format!("map{}", k + 2));
        }
    }
    assert_eq!(dst, expected);
}
