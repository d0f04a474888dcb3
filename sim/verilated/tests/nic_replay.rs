//! Receive-side co-simulation: the same frames, at the same times, into the reference model and
//! into the gateware under Verilator, each under its own driver core set up the same way (same
//! seed, so the same keys, tags and region indices). The frames are seeded random transfers on
//! several contexts, impaired (drop, duplicate, reorder, corrupt), mixed with hostile WRITEs and
//! ordinary host traffic. Destination memory, every receive counter, each context's arrival
//! state and the host frames delivered must be identical, and no write may land outside a
//! registered region.

use uzura_core::{Config, Device};
use uzura_sim::link::{finish_frame, wire_time_ps};
use uzura_sim::pair::{Buffer, NicModel, Node, MAC_B};
use uzura_sim::refnic::RefNic;
use uzura_sim::rng::Rng;
use uzura_uapi::info::{ContextAddr, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto::{self, Psn};
use uzura_uapi::regs::{self, Counter};
use uzura_uapi::wire::{self, ethernet, EthernetFrame, EthernetRepr, Kind, MacAddr, Repr, WriteRepr};
use uzura_verilated::vnic::{Bus, VNic};

const OWNER: u16 = 1;
const PEER: MacAddr = MacAddr([0x02, 0x99, 0, 0, 0, 0x42]);
const CONTEXTS: usize = 3;

/// Whether the receive side alone decides counter `c`: what each NIC sends (its driver's ACKs)
/// follows its own timing.
fn rx_counter(c: Counter) -> bool {
    !matches!(c, Counter::TxFrames | Counter::TxWrites | Counter::TxPause | Counter::SqErrors)
}

struct Receiver<N: NicModel> {
    node: Node<N>,
    ctxs: Vec<ContextAddr>,
    regions: Vec<Buffer>,
    host_frames: Vec<Vec<u8>>,
}

impl<N: NicModel> Receiver<N> {
    fn new(nic: N, region_lens: &[u64]) -> Receiver<N> {
        let mut node = Node::with_nic(nic, Config::default(), 77);
        let mut ctxs = Vec::new();
        for i in 0..CONTEXTS {
            let local = node.drv.ctx_open(&mut node.host, OWNER).unwrap();
            let peer = ContextAddr { mac: PEER, ctx: 10 + i as u16, tag: 0x5eed_0000 + i as u32 };
            node.drv.ctx_connect(&mut node.host, OWNER, local.ctx, peer).unwrap();
            ctxs.push(local);
        }
        let regions: Vec<Buffer> = region_lens
            .iter()
            .enumerate()
            .map(|(i, &len)| node.register(OWNER, len, (i * 1361) % 4096, ACCESS_REMOTE_WRITE).unwrap())
            .collect();
        node.host.mem.set_guard(true);
        for r in &regions {
            node.allow_writes(r, 0, r.len);
        }
        Receiver { node, ctxs, regions, host_frames: Vec::new() }
    }

    fn service(&mut self) {
        let frames = &mut self.host_frames;
        self.node.drv.service(&mut self.node.host, &mut |f| frames.push(f.to_vec()));
    }

    /// Feeds `frames` (time, frame) and lets the driver run every 2 us, then for 2 ms more.
    fn run(&mut self, frames: &[(u64, Vec<u8>)]) {
        let mut next_service = 0;
        let end = frames.last().map_or(0, |f| f.0) + 2_000_000_000;
        let mut it = frames.iter().peekable();
        let mut now = 0;
        while now < end {
            while let Some((t, f)) = it.next_if(|(t, _)| *t <= now) {
                self.node.host.nic.receive(&mut self.node.host.mem, f, *t);
            }
            // What the NIC sends (ACK/NACK, XOFF) goes nowhere.
            while self.node.host.nic.transmit(&mut self.node.host.mem, now).is_some() {}
            if now >= next_service {
                self.node.host.now_ps = now;
                self.service();
                next_service = now + 2_000_000;
            }
            now = it.peek().map_or(now + 100_000, |(t, _)| (*t).min(now + 100_000)).max(now + 6_400);
        }
    }

    fn arrival(&mut self, ctx: u16) -> [u32; 3] {
        self.node.host.write_reg(regs::CT_SELECT, ctx as u32);
        [regs::CT_RX_CUM, regs::CT_RX_HIGH, regs::CT_RX_DONE].map(|r| self.node.host.read_reg(r))
    }

    fn memory(&self) -> Vec<Vec<u8>> {
        self.regions
            .iter()
            .map(|r| {
                let mut out = vec![0; r.len as usize];
                self.node.read_buffer(r, 0, &mut out);
                out
            })
            .collect()
    }
}

/// Seeded traffic: transfers cut into WRITEs as a sender would, impaired, with hostile frames
/// and host frames mixed in, spaced at `load` of line rate.
fn traffic(seed: u64, rx: &Receiver<RefNic>, loss: f64, load: f64, transfers: usize) -> Vec<(u64, Vec<u8>)> {
    let mut rng = Rng::new(seed);
    let payload = proto::max_payload(1500);
    let mut psn = [0u32; CONTEXTS];
    let mut frames: Vec<Vec<u8>> = Vec::new();
    let emit = |dst: MacAddr, src: MacAddr, repr: &Repr, data: &[u8]| {
        let mut buf = vec![0; ethernet::HEADER_LEN + repr.buffer_len()];
        let n = wire::emit_frame(src, dst, repr, data, &mut buf);
        buf.truncate(n);
        buf
    };
    for _ in 0..transfers {
        let c = rng.gen_range(0..CONTEXTS as u64) as usize;
        let region = &rx.regions[rng.gen_range(0..rx.regions.len() as u64) as usize];
        let len = match rng.gen_range(0..4) {
            0 => 1 + rng.gen_range(0..16),
            1 => 1 + rng.gen_range(0..5000),
            _ => 1 + rng.gen_range(0..region.len.min(300_000)),
        };
        let off = rng.gen_range(0..region.len - len + 1);
        let n = proto::frames_for(len, payload) as u32;
        for i in 0..n {
            let start = i as u64 * payload as u64;
            let plen = (len - start).min(payload as u64) as usize;
            let data: Vec<u8> = (0..plen).map(|_| rng.next_u64() as u8).collect();
            let w = WriteRepr {
                last: i + 1 == n,
                ack_req: i + 1 == n,
                key: region.info.key,
                region: region.info.index,
                offset: off + start,
                len: plen as u16,
            };
            let repr = Repr {
                dst_ctx: rx.ctxs[c].ctx,
                src_ctx: 10 + c as u16,
                dst_tag: rx.ctxs[c].tag,
                psn: Psn(psn[c].wrapping_add(i)),
                kind: Kind::Write(w),
            };
            let mut f = emit(MAC_B, PEER, &repr, &data);
            let roll = rng.next_f64();
            if roll < loss {
                continue;
            }
            if roll < 2.0 * loss {
                frames.push(f.clone());
            }
            // Hostile variants of this frame, sent beside it: each must be dropped and counted.
            if rng.next_f64() < 0.02 {
                let mut bad = repr;
                let mut bad_src = PEER;
                match rng.gen_range(0..8) {
                    0 => bad.kind = Kind::Write(WriteRepr { key: w.key ^ 1, ..w }),
                    1 => bad.kind = Kind::Write(WriteRepr { offset: region.len - 1, ..w }),
                    2 => bad.dst_tag ^= 0x100,
                    3 => bad.src_ctx += 1,
                    4 => bad_src = MacAddr([0x02, 0x99, 0, 0, 0, 0x43]),
                    5 => bad.dst_ctx = 64 + rng.gen_range(0..1000) as u16,
                    6 => bad.psn = Psn(psn[c].wrapping_add(4096 + rng.gen_range(0..1 << 20) as u32)),
                    _ => bad.kind = Kind::Write(WriteRepr { region: 1023, ..w }),
                }
                frames.push(emit(MAC_B, bad_src, &bad, &data));
            }
            if rng.next_f64() < 0.01 {
                // Truncated: the header announces more payload than the frame holds.
                let cut = f.len() - 1 - rng.gen_range(0..plen.min(40) as u64) as usize;
                frames.push(f[..cut.max(60)].to_vec());
            }
            if rng.next_f64() < 0.01 {
                let v = rng.gen_range(0..4);
                let mut g = f.clone();
                g[ethernet::HEADER_LEN] = (g[ethernet::HEADER_LEN] & 0x0f) | ((2 + v as u8) << 4);
                frames.push(g);
            }
            if rng.next_f64() < 0.03 {
                // Host traffic: unicast to us, broadcast, and to another station (filtered).
                let dst = [MAC_B, MacAddr::BROADCAST, MacAddr([0x02, 0, 0, 0, 0, 1])][rng.gen_range(0..3) as usize];
                let n = 46 + rng.gen_range(0..1400) as usize;
                let mut h = vec![0u8; ethernet::HEADER_LEN + n];
                EthernetRepr { dst, src: PEER, ethertype: 0x0800 }.emit(&mut EthernetFrame::new_unchecked(&mut h[..]));
                for b in &mut h[ethernet::HEADER_LEN..] {
                    *b = rng.next_u64() as u8;
                }
                frames.push(h);
            }
            if roll < 3.0 * loss && !frames.is_empty() {
                // Reorder: this frame goes before the previous one.
                let prev = frames.pop().unwrap();
                frames.push(std::mem::take(&mut f));
                frames.push(prev);
                continue;
            }
            frames.push(f);
        }
        psn[c] = psn[c].wrapping_add(n);
    }
    let mut t = 1_000_000;
    frames
        .into_iter()
        .map(|mut f| {
            finish_frame(&mut f);
            if rng.next_f64() < 0.003 {
                let i = rng.gen_range(0..f.len() as u64) as usize;
                f[i] ^= 1 << rng.gen_range(0..8);
            }
            let at = t;
            t += (wire_time_ps(f.len()) as f64 / load) as u64;
            (at, f)
        })
        .collect()
}

/// `load`: the share of line rate the frames arrive at. The replay has no flow control, so it
/// stays below what the host bus can drain.
fn compare(seed: u64, loss: f64, transfers: usize, bus: Bus, load: f64) {
    let lens = [1 << 20, 300_000, 5000];
    let mut reference = Receiver::new(RefNic::new(MAC_B), &lens);
    let mut gateware = Receiver::new(VNic::new(MAC_B, bus), &lens);
    assert_eq!(reference.ctxs, gateware.ctxs, "both drivers set up the same contexts");
    let frames = traffic(seed, &reference, loss, load, transfers);
    reference.run(&frames);
    gateware.run(&frames);
    let mut mismatched = Vec::new();
    for c in Counter::ALL.into_iter().filter(|&c| rx_counter(c)) {
        let want = reference.node.host.nic.counter(c);
        let got = gateware.node.host.nic.counter(&mut gateware.node.host.mem, c);
        if want != got {
            mismatched.push(format!("{c:?}: reference {want}, gateware {got}"));
        }
    }
    assert!(mismatched.is_empty(), "seed {seed}, {} frames: counters differ:\n{}", frames.len(), mismatched.join("\n"));
    assert!(reference.node.host.nic.counter(Counter::RxPlaced) > 0);
    for i in 0..CONTEXTS {
        let ctx = reference.ctxs[i].ctx;
        assert_eq!(reference.arrival(ctx), gateware.arrival(ctx), "seed {seed}: arrival state of context {ctx}");
    }
    assert!(reference.memory() == gateware.memory(), "seed {seed}: destination memory differs");
    assert_eq!(reference.host_frames, gateware.host_frames, "seed {seed}: host frames differ");
    assert!(
        gateware.node.host.mem.violations().is_empty(),
        "writes outside regions: {:?}",
        gateware.node.host.mem.violations()
    );
}

#[test]
fn clean_transfers_match_the_reference_model() {
    compare(1, 0.0, 12, Bus::PCIE_GEN3_X8, 0.8);
}

#[test]
fn lossy_transfers_match_the_reference_model() {
    compare(2, 1e-4, 12, Bus::PCIE_GEN3_X8, 0.8);
    compare(3, 1e-2, 12, Bus::PCIE_GEN3_X8, 0.8);
}
