//! How pages move, one batch of up to 1,024 pages at a time:
//!
//! - `tcp`: the stock way: each batch's pages over the control channel's socket.
//! - `rdma`: one RDMA transfer per batch, in sequence: map the batch at the source, map it at
//!   the destination (which answers with the region's info), transfer, send the completion
//!   notice, unmap both.
//! - `overlap`: the paper's 4-stage pipeline (§5). At the source, in one step: unmap batch
//!   k, RDMA batch k+1, map batch k+3. At the destination, in one step (started by the
//!   completion notice of batch k): unmap k, (batch k+1's RDMA under way), map k+2. Each
//!   stage keeps its own state.
//!
//! "Map" includes registering the mapping (getreginfo), "unmap" releasing it.

use std::collections::VecDeque;

use serde::{Deserialize, Serialize};
use userlib::control::{Channel, Message};
use userlib::{Context, Device, Region, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};

use super::engine::{BATCH_PAGES, K_PAGES, K_PFNS};
use super::error::{Error, Result};
use super::guest::{Batch, DestGuest, SourceGuest, PAGE_SIZE};
use crate::bail;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "lowercase")]
pub enum Transport {
    Tcp,
    Rdma,
    Overlap,
}

/// The source's side of a transport.
pub trait Sender {
    /// Sends pages `pfns` (one round) in batches; `progress(pages sent so far)`.
    fn send_round(
        &mut self,
        guest: &mut dyn SourceGuest,
        chan: &mut Channel,
        pfns: &[u64],
        progress: &mut dyn FnMut(u64),
    ) -> Result<()>;
}

/// The destination's side of a transport.
pub trait Sink {
    /// Handles one message of the transport; returns the pages it completed.
    fn handle(&mut self, guest: &mut dyn DestGuest, chan: &mut Channel, m: Message) -> Result<u64>;
    /// Every batch must be complete by now.
    fn finish(&mut self, guest: &mut dyn DestGuest) -> Result<()>;
}

fn protocol(msg: String) -> Error {
    let mut e = Error::new(msg);
    e.peer = true;
    e
}

fn need_device(t: Transport, device: Option<&Device>) -> Result<Device> {
    device.cloned().ok_or_else(|| Error::new(format!("transport {t:?} needs an uzura device (--device)")))
}

/// Opens a context and connects it to the peer's, exchanging addresses on the channel.
fn connect(dev: &Device, chan: &mut Channel, source: bool) -> Result<Context> {
    let mut ctx = dev.context()?;
    if source {
        chan.send(&Message::Context(ctx.addr()))?;
    }
    let peer = match chan.recv()? {
        Message::Context(a) => a,
        m => return Err(protocol(format!("expected the peer's context address, got {}", m.summary()))),
    };
    ctx.connect(peer)?;
    if !source {
        chan.send(&Message::Context(ctx.addr()))?;
    }
    Ok(ctx)
}

pub fn sender(t: Transport, device: Option<&Device>, chan: &mut Channel) -> Result<Box<dyn Sender>> {
    Ok(match t {
        Transport::Tcp => Box::new(TcpSender),
        Transport::Rdma | Transport::Overlap => {
            let dev = need_device(t, device)?;
            let ctx = connect(&dev, chan, true)?;
            let rdma = RdmaSender { dev, ctx, next_id: 0 };
            if t == Transport::Rdma {
                Box::new(rdma)
            } else {
                Box::new(OverlapSender {
                    rdma,
                    map: MapStage::default(),
                    transfer: TransferStage::default(),
                    unmap: UnmapStage::default(),
                })
            }
        }
    })
}

pub fn receiver(t: Transport, device: Option<&Device>, chan: &mut Channel) -> Result<Box<dyn Sink>> {
    Ok(match t {
        Transport::Tcp => Box::new(TcpSink),
        Transport::Rdma | Transport::Overlap => {
            let dev = need_device(t, device)?;
            let ctx = connect(&dev, chan, false)?;
            Box::new(RdmaSink { dev, ctx, to_map: VecDeque::new(), mapped: VecDeque::new() })
        }
    })
}

fn be_u64s(v: &[u64]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_be_bytes()).collect()
}

fn parse_u64s(b: &[u8]) -> Vec<u64> {
    b.chunks_exact(8).map(|c| u64::from_be_bytes(c.try_into().unwrap())).collect()
}

// --- tcp ---------------------------------------------------------------------------------

struct TcpSender;

impl Sender for TcpSender {
    fn send_round(
        &mut self,
        guest: &mut dyn SourceGuest,
        chan: &mut Channel,
        pfns: &[u64],
        progress: &mut dyn FnMut(u64),
    ) -> Result<()> {
        let mut sent = 0;
        for chunk in pfns.chunks(BATCH_PAGES) {
            let batch = guest.map(chunk)?;
            chan.send_app(
                K_PAGES,
                &[&(chunk.len() as u32).to_be_bytes(), &be_u64s(chunk), &batch.bytes()[..chunk.len() * PAGE_SIZE]],
            )?;
            drop(batch);
            sent += chunk.len() as u64;
            progress(sent);
        }
        Ok(())
    }
}

struct TcpSink;

impl Sink for TcpSink {
    fn handle(&mut self, guest: &mut dyn DestGuest, _chan: &mut Channel, m: Message) -> Result<u64> {
        let Message::App { kind: K_PAGES, payload } = m else {
            return Err(protocol(format!("unexpected {} (tcp transport)", m.summary())));
        };
        let n = payload.get(..4).map(|b| u32::from_be_bytes(b.try_into().unwrap()) as usize).unwrap_or(0);
        if n == 0 || n > BATCH_PAGES || payload.len() != 4 + n * 8 + n * PAGE_SIZE {
            return Err(protocol(format!("malformed PAGES message ({} bytes)", payload.len())));
        }
        let pfns = parse_u64s(&payload[4..4 + n * 8]);
        let mut batch = guest.map(&pfns)?;
        batch.bytes_mut()[..n * PAGE_SIZE].copy_from_slice(&payload[4 + n * 8..]);
        Ok(n as u64)
    }

    fn finish(&mut self, _guest: &mut dyn DestGuest) -> Result<()> {
        Ok(())
    }
}

// --- rdma ----------------------------------------------------------------------------------

/// A batch mapped and registered at the source.
struct SourceBatch {
    id: u64,
    pages: usize,
    region: Region<Batch>,
}

struct RdmaSender {
    dev: Device,
    ctx: Context,
    next_id: u64,
}

impl RdmaSender {
    /// Map stage of the source: map the pages, register them, tell the destination which
    /// pages batch `id` holds.
    fn map(&mut self, guest: &mut dyn SourceGuest, chan: &mut Channel, pfns: &[u64]) -> Result<SourceBatch> {
        let id = self.next_id;
        self.next_id += 1;
        let batch = guest.map(pfns)?;
        let region = self.dev.register(batch, ACCESS_LOCAL_READ)?;
        chan.send_app(K_PFNS, &[&id.to_be_bytes(), &be_u64s(pfns)])?;
        Ok(SourceBatch { id, pages: pfns.len(), region })
    }

    /// The destination's region for batch `b` (it maps the batch when it learns its pages).
    fn destination(&self, chan: &mut Channel, b: &SourceBatch) -> Result<userlib::RegionInfo> {
        match chan.recv()? {
            Message::RegionInfos { tag, infos } if tag == b.id && infos.len() == 1 => {
                let info = infos[0];
                if info.len < (b.pages * PAGE_SIZE) as u64 {
                    return Err(protocol(format!(
                        "the destination's region for batch {} holds {} bytes, not {}",
                        b.id,
                        info.len,
                        b.pages * PAGE_SIZE
                    )));
                }
                Ok(info)
            }
            m => Err(protocol(format!("expected the region info of batch {}, got {}", b.id, m.summary()))),
        }
    }

    /// Completion notice: the destination may unmap.
    fn completed(&self, chan: &mut Channel, b: &SourceBatch) -> Result<()> {
        Ok(chan.send(&Message::Completion { tag: b.id, bytes: (b.pages * PAGE_SIZE) as u64 })?)
    }
}

/// Unmap stage of either side: release the registration, then the mapping.
fn unmap(region: Region<Batch>) -> Result<()> {
    let (batch, r) = region.release();
    drop(batch);
    Ok(r?)
}

impl Sender for RdmaSender {
    fn send_round(
        &mut self,
        guest: &mut dyn SourceGuest,
        chan: &mut Channel,
        pfns: &[u64],
        progress: &mut dyn FnMut(u64),
    ) -> Result<()> {
        let mut sent = 0;
        for chunk in pfns.chunks(BATCH_PAGES) {
            let b = self.map(guest, chan, chunk)?;
            let info = self.destination(chan, &b)?;
            self.ctx.write(&b.region, 0, &info, 0, (b.pages * PAGE_SIZE) as u64)?;
            self.completed(chan, &b)?;
            unmap(b.region)?;
            sent += chunk.len() as u64;
            progress(sent);
        }
        Ok(())
    }
}

// --- overlap -------------------------------------------------------------------------------

/// Source map stage: batches mapped ahead of the transfer (k+2 and k+3 after a step).
#[derive(Default)]
struct MapStage {
    ahead: VecDeque<SourceBatch>,
}

/// Source RDMA stage: the batch on the wire.
#[derive(Default)]
struct TransferStage {
    on_wire: Option<(SourceBatch, u32)>,
}

/// Source unmap stage: the batch whose transfer completed in the previous step.
#[derive(Default)]
struct UnmapStage {
    done: Option<SourceBatch>,
}

struct OverlapSender {
    rdma: RdmaSender,
    map: MapStage,
    transfer: TransferStage,
    unmap: UnmapStage,
}

impl OverlapSender {
    fn map_batch(
        &mut self,
        guest: &mut dyn SourceGuest,
        chan: &mut Channel,
        batches: &[&[u64]],
        j: usize,
    ) -> Result<()> {
        if let Some(pfns) = batches.get(j) {
            let b = self.rdma.map(guest, chan, pfns)?;
            self.map.ahead.push_back(b);
        }
        Ok(())
    }
}

impl Sender for OverlapSender {
    fn send_round(
        &mut self,
        guest: &mut dyn SourceGuest,
        chan: &mut Channel,
        pfns: &[u64],
        progress: &mut dyn FnMut(u64),
    ) -> Result<()> {
        let batches: Vec<&[u64]> = pfns.chunks(BATCH_PAGES).collect();
        let n = batches.len() as i64;
        // Fill the pipeline: batches 0 and 1 mapped before the first step.
        self.map_batch(guest, chan, &batches, 0)?;
        self.map_batch(guest, chan, &batches, 1)?;
        let mut sent = 0;
        // Step k: unmap k, RDMA k+1, map k+3 (k = -1 starts the first transfer).
        for k in -1..n - 1 {
            let next = self.map.ahead.pop_front().expect("batch k+1 was mapped two steps ago");
            let info = self.rdma.destination(chan, &next)?;
            let seq = self.rdma.ctx.start(&next.region, 0, &info, 0, (next.pages * PAGE_SIZE) as u64)?;
            self.transfer.on_wire = Some((next, seq));
            if let Some(done) = self.unmap.done.take() {
                unmap(done.region)?;
            }
            self.map_batch(guest, chan, &batches, (k + 3) as usize)?;
            let (b, seq) = self.transfer.on_wire.take().expect("set above");
            self.rdma.ctx.wait(seq)?;
            self.rdma.completed(chan, &b)?;
            sent += b.pages as u64;
            progress(sent);
            self.unmap.done = Some(b);
        }
        if let Some(done) = self.unmap.done.take() {
            unmap(done.region)?;
        }
        Ok(())
    }
}

// --- destination of rdma and overlap ----------------------------------------------------

/// The destination of `rdma` and `overlap`: the same code serves both, because the source's
/// pacing decides the overlap. Two batches are mapped at most: the one on the wire (k+1) and
/// the next (k+2); a completion notice unmaps its batch (k) and maps the next waiting one.
struct RdmaSink {
    dev: Device,
    ctx: Context,
    /// Map stage: batches whose pages are known, not yet mapped.
    to_map: VecDeque<(u64, Vec<u64>)>,
    /// RDMA stage: mapped and registered batches, oldest first.
    mapped: VecDeque<(u64, Region<Batch>)>,
}

const DEST_MAPPED_MAX: usize = 2;

impl RdmaSink {
    fn map_waiting(&mut self, guest: &mut dyn DestGuest, chan: &mut Channel) -> Result<()> {
        while self.mapped.len() < DEST_MAPPED_MAX {
            let Some((id, pfns)) = self.to_map.pop_front() else { return Ok(()) };
            let batch = guest.map(&pfns)?;
            let region = self.dev.register(batch, ACCESS_REMOTE_WRITE)?;
            chan.send(&Message::RegionInfos { tag: id, infos: vec![region.info()] })?;
            self.mapped.push_back((id, region));
        }
        Ok(())
    }
}

impl Sink for RdmaSink {
    fn handle(&mut self, guest: &mut dyn DestGuest, chan: &mut Channel, m: Message) -> Result<u64> {
        match m {
            Message::App { kind: K_PFNS, payload } => {
                let n = payload.len().saturating_sub(8) / 8;
                if payload.len() < 16 || payload.len() % 8 != 0 || n > BATCH_PAGES {
                    bail!("malformed PFNS message ({} bytes)", payload.len());
                }
                let id = u64::from_be_bytes(payload[..8].try_into().unwrap());
                self.to_map.push_back((id, parse_u64s(&payload[8..])));
                self.map_waiting(guest, chan)?;
                Ok(0)
            }
            Message::Completion { tag, bytes } => {
                let Some((id, region)) = self.mapped.pop_front() else {
                    return Err(protocol(format!("completion of batch {tag}, but no batch is mapped")));
                };
                if id != tag || bytes != region.info().len {
                    return Err(protocol(format!(
                        "completion of batch {tag} ({bytes} bytes) while batch {id} ({} bytes) is on the wire",
                        region.info().len
                    )));
                }
                // The NIC saw the transfer's last frame too: every byte has landed.
                self.ctx.poll_incoming(true)?;
                let pages = bytes / PAGE_SIZE as u64;
                unmap(region)?;
                self.map_waiting(guest, chan)?;
                Ok(pages)
            }
            m => Err(protocol(format!("unexpected {} (rdma transport)", m.summary()))),
        }
    }

    fn finish(&mut self, _guest: &mut dyn DestGuest) -> Result<()> {
        if !self.to_map.is_empty() || !self.mapped.is_empty() {
            return Err(protocol(format!(
                "the source finished with {} batches incomplete",
                self.to_map.len() + self.mapped.len()
            )));
        }
        Ok(())
    }
}
