//! The driver core's API call by call, through two simulated NICs: every refusal returns its
//! exact `uzura_core::Error` (and the errno `docs/registers.md` §8 gives it), and a refused
//! call sends nothing and changes nothing; the limits (queue depth, table sizes) hold exactly;
//! a dead peer fails the context after bounded, backed-off retries; releasing an owner stops
//! the NIC from accepting WRITEs into its regions; and the waiting forms (`rdmastart_sync`,
//! `poll_wait`) return when they should, and `Interrupted` when their wait is.

use uzura_core::{Config, Driver, Error, PollResult, RegionSpec, StartArgs, Stats};
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Buffer, Node, Pair, Side, SimHost, MAC_A, MAC_B};
use uzura_sim::rng::pattern;
use uzura_uapi::info::{ContextAddr, RegionInfo, ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};
use uzura_uapi::proto::{Psn, MAX_CONTEXTS, MAX_REGIONS, MAX_REGION_LEN, PAGE_SIZE};
use uzura_uapi::regs::Counter;
use uzura_uapi::wire::{self, Kind, MacAddr, Repr, WriteRepr};

const OWNER: u16 = 1;
const OTHER: u16 = 2;
/// `uzura_core`'s per-context queue (`context::QUEUE_DEPTH`, not exported).
const QUEUE_DEPTH: usize = 32;
/// Length of the fixture's source and destination regions.
const LEN: u64 = 10_000;
const US: u64 = 1_000_000;
const MS: u64 = 1_000 * US;
/// A station that is neither A nor B.
const MAC_C: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0x52, 0x41, 0x0c]);

// --- fixture ------------------------------------------------------------------------------

/// A connected context pair of `OWNER`, a LOCAL_READ source region on A and a REMOTE_WRITE
/// destination region on B (both `LEN` bytes, unaligned), filled with distinct patterns; the
/// NIC of B may write only into the destination.
struct Fx {
    pair: Pair,
    a: ContextAddr,
    b: ContextAddr,
    src: Buffer,
    dst: Buffer,
    src_bytes: Vec<u8>,
    dst_before: Vec<u8>,
}

fn fixture_with(cfg: Config, ab: LinkConfig, ba: LinkConfig, seed: u64) -> Fx {
    let mut pair = Pair::new(cfg, ab, ba, seed);
    let (a, b) = pair.connect(OWNER).unwrap();
    let src = pair.a.register(OWNER, LEN, 100, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, LEN, 3000, ACCESS_REMOTE_WRITE).unwrap();
    let src_bytes = pattern(seed, LEN as usize);
    let dst_before = pattern(!seed, LEN as usize);
    pair.a.write_buffer(&src, 0, &src_bytes);
    pair.b.write_buffer(&dst, 0, &dst_before);
    pair.b.allow_writes(&dst, 0, LEN);
    Fx { pair, a, b, src, dst, src_bytes, dst_before }
}

fn fixture() -> Fx {
    fixture_with(Config::default(), LinkConfig::default(), LinkConfig::default(), 11)
}

impl Fx {
    /// The whole source onto the whole destination.
    fn args(&self) -> StartArgs {
        StartArgs { src: self.src.info, src_offset: 0, dst: self.dst.info, dst_offset: 0, len: LEN }
    }

    fn start(&mut self, args: &StartArgs) -> Result<u32, Error> {
        self.pair.a.drv.rdmastart(&mut self.pair.a.host, OWNER, self.a.ctx, args)
    }

    fn poll_a(&mut self) -> Result<PollResult, Error> {
        self.pair.a.drv.poll(&mut self.pair.a.host, OWNER, self.a.ctx, false)
    }

    fn poll_b_rx(&mut self) -> Result<PollResult, Error> {
        self.pair.b.drv.poll(&mut self.pair.b.host, OWNER, self.b.ctx, true)
    }

    fn dst_now(&self) -> Vec<u8> {
        let mut v = vec![0u8; LEN as usize];
        self.pair.b.read_buffer(&self.dst, 0, &mut v);
        v
    }

    fn run_for(&mut self, ps: u64) {
        let until = self.pair.now_ps + ps;
        self.pair.run_until(until, |_| false);
    }

    /// Runs until A's context has completed transfer `seq` (false if it did not in 100 ms).
    fn run_until_done(&mut self, seq: u32) -> bool {
        let ctx = self.a.ctx;
        let until = self.pair.now_ps + 100 * MS;
        self.pair.run_until(until, |p| {
            p.a.drv.poll(&mut p.a.host, OWNER, ctx, false).unwrap().count.wrapping_sub(seq) as i32 > 0
        })
    }

    /// Everything a refused call must leave as it was.
    fn snapshot(&mut self) -> Snapshot {
        Snapshot {
            stats_a: *self.pair.a.drv.stats(),
            tx_writes_a: self.pair.a.host.nic.counter(Counter::TxWrites),
            sq_errors_a: self.pair.a.host.nic.counter(Counter::SqErrors),
            rx_placed_b: self.pair.b.host.nic.counter(Counter::RxPlaced),
            dst: self.dst_now(),
            poll_a: self.poll_a(),
            poll_b_rx: self.pair.b.drv.poll(&mut self.pair.b.host, OWNER, self.b.ctx, true),
            violations_b: self.pair.b.host.mem.violations().len(),
        }
    }
}

#[derive(Debug, PartialEq)]
struct Snapshot {
    stats_a: Stats,
    tx_writes_a: u32,
    sq_errors_a: u32,
    rx_placed_b: u32,
    dst: Vec<u8>,
    poll_a: Result<PollResult, Error>,
    poll_b_rx: Result<PollResult, Error>,
    violations_b: usize,
}

/// A WRITE frame (with FCS) of `len` bytes of 0xee.
fn write_frame(src: MacAddr, dst: MacAddr, repr: &Repr) -> Vec<u8> {
    let mut buf = vec![0u8; 128 + repr.buffer_len()];
    let payload = vec![0xee; repr.payload_len()];
    let len = wire::emit_frame(src, dst, repr, &payload, &mut buf);
    let sealed = wire::seal(&mut buf, len);
    buf.truncate(sealed);
    buf
}

// --- lending a node's driver out of the pair ----------------------------------------------
//
// `rdmastart_sync` and `poll_wait` borrow one node's driver and host for the whole call, and
// their `wait` must step everything else. `Pair` has no way to step with a node's driver and
// host lent out, so the test moves them out (leaving a spare node's in their place) and, for
// each step of `wait`, swaps the borrowed ones back in, steps, and swaps them out again (two
// copies of a ~150 KB `Driver` per step: fine for these short transfers).

fn exchange(node: &mut Node, drv: &mut Driver, host: &mut SimHost) {
    std::mem::swap(&mut *node.drv, drv);
    std::mem::swap(&mut node.host, host);
}

/// Takes `side`'s driver and host out of the pair: they are in the returned node.
fn lend(pair: &mut Pair, side: Side) -> Node {
    let mut parts = Node::new(MAC_C, Config::default(), 0x99);
    exchange(pair.node(side), &mut parts.drv, &mut parts.host);
    parts
}

fn give_back(pair: &mut Pair, side: Side, mut parts: Node) {
    exchange(pair.node(side), &mut parts.drv, &mut parts.host);
}

/// rdmastart_sync on A's context, its `wait` stepping the rest of the pair (at most until
/// `limit_ps`); returns the result and how many times it waited.
fn start_sync_on_a(fx: &mut Fx, args: &StartArgs, limit_ps: u64) -> (Result<u32, Error>, u64) {
    let cid = fx.a.ctx;
    let mut a = lend(&mut fx.pair, Side::A);
    let pair = &mut fx.pair;
    let mut waits = 0u64;
    let r = a.drv.rdmastart_sync(&mut a.host, OWNER, cid, args, &mut |drv, host| {
        waits += 1;
        assert!(step_lent(pair, Side::A, drv, host), "the pair went idle with a transfer in flight");
        assert!(pair.now_ps < limit_ps, "no outcome within {limit_ps} ps");
        Ok(())
    });
    give_back(&mut fx.pair, Side::A, a);
    (r, waits)
}

/// One step of the whole pair with `side`'s lent driver and host; false if it is idle.
fn step_lent(pair: &mut Pair, side: Side, drv: &mut Driver, host: &mut SimHost) -> bool {
    exchange(pair.node(side), drv, host);
    let more = pair.step();
    exchange(pair.node(side), drv, host);
    more
}

// --- rdmastart refusals -------------------------------------------------------------------

/// How a case calls rdmastart: owner, context and arguments, set up on the fixture.
type Case = fn(&mut Fx) -> (u16, u16, StartArgs);

fn refusals() -> Vec<(&'static str, Error, Case)> {
    vec![
        ("context opened, not connected", Error::NotConnected, |fx| {
            let open = fx.pair.a.drv.ctx_open(&mut fx.pair.a.host, OWNER).unwrap();
            (OWNER, open.ctx, fx.args())
        }),
        ("cid = MAX_CONTEXTS", Error::Invalid, |fx| (OWNER, MAX_CONTEXTS as u16, fx.args())),
        ("cid = u16::MAX", Error::Invalid, |fx| (OWNER, u16::MAX, fx.args())),
        ("cid never opened", Error::NotFound, |fx| (OWNER, 40, fx.args())),
        ("cid of a closed context", Error::NotFound, |fx| {
            let (a2, _) = fx.pair.connect(OWNER).unwrap();
            fx.pair.a.drv.ctx_close(&mut fx.pair.a.host, OWNER, a2.ctx).unwrap();
            (OWNER, a2.ctx, fx.args())
        }),
        ("context of another owner", Error::Permission, |fx| {
            // The source is the other owner's too: only the context is wrong.
            let src = fx.pair.a.register(OTHER, LEN, 0, ACCESS_LOCAL_READ).unwrap();
            (OTHER, fx.a.ctx, StartArgs { src: src.info, ..fx.args() })
        }),
        ("zero length", Error::Invalid, |fx| (OWNER, fx.a.ctx, StartArgs { len: 0, ..fx.args() })),
        ("source region of another owner", Error::Permission, |fx| {
            let src = fx.pair.a.register(OTHER, LEN, 0, ACCESS_LOCAL_READ).unwrap();
            (OWNER, fx.a.ctx, StartArgs { src: src.info, ..fx.args() })
        }),
        ("source region without LOCAL_READ", Error::Permission, |fx| {
            let src = fx.pair.a.register(OWNER, LEN, 0, ACCESS_REMOTE_WRITE).unwrap();
            (OWNER, fx.a.ctx, StartArgs { src: src.info, ..fx.args() })
        }),
        ("destination on our own NIC", Error::Invalid, |fx| {
            (OWNER, fx.a.ctx, StartArgs { dst: RegionInfo { mac: MAC_A, ..fx.dst.info }, ..fx.args() })
        }),
        ("destination on a third NIC", Error::Invalid, |fx| {
            (OWNER, fx.a.ctx, StartArgs { dst: RegionInfo { mac: MAC_C, ..fx.dst.info }, ..fx.args() })
        }),
        ("destination without REMOTE_WRITE", Error::Permission, |fx| {
            let dst = fx.pair.b.register(OWNER, LEN, 0, ACCESS_LOCAL_READ).unwrap();
            (OWNER, fx.a.ctx, StartArgs { dst: dst.info, ..fx.args() })
        }),
        ("source offset + length one past the end", Error::Range, |fx| {
            (OWNER, fx.a.ctx, StartArgs { src_offset: 1, ..fx.args() })
        }),
        ("source offset past the end", Error::Range, |fx| {
            (OWNER, fx.a.ctx, StartArgs { src_offset: LEN + 1, len: 1, ..fx.args() })
        }),
        ("destination offset + length one past the end", Error::Range, |fx| {
            (OWNER, fx.a.ctx, StartArgs { dst_offset: LEN - 99, len: 100, ..fx.args() })
        }),
        ("source offset + length overflows", Error::Overflow, |fx| {
            (OWNER, fx.a.ctx, StartArgs { src_offset: u64::MAX - 10, len: 100, ..fx.args() })
        }),
        ("destination offset + length overflows", Error::Overflow, |fx| {
            (OWNER, fx.a.ctx, StartArgs { dst_offset: u64::MAX, len: 1, ..fx.args() })
        }),
        ("source region index never registered", Error::NotFound, |fx| {
            (OWNER, fx.a.ctx, StartArgs { src: RegionInfo { index: 900, ..fx.src.info }, ..fx.args() })
        }),
        ("source region index out of the table", Error::NotFound, |fx| {
            (OWNER, fx.a.ctx, StartArgs { src: RegionInfo { index: MAX_REGIONS as u16, ..fx.src.info }, ..fx.args() })
        }),
        ("source region released", Error::NotFound, |fx| {
            let gone = fx.pair.a.register(OWNER, LEN, 0, ACCESS_LOCAL_READ).unwrap();
            fx.pair.a.drv.release_region(&mut fx.pair.a.host, OWNER, &gone.info).unwrap();
            (OWNER, fx.a.ctx, StartArgs { src: gone.info, ..fx.args() })
        }),
        ("source region with a stale key", Error::NotFound, |fx| {
            (OWNER, fx.a.ctx, StartArgs { src: RegionInfo { key: fx.src.info.key ^ 1, ..fx.src.info }, ..fx.args() })
        }),
        ("source region of another NIC", Error::NotFound, |fx| {
            (OWNER, fx.a.ctx, StartArgs { src: RegionInfo { mac: MAC_B, ..fx.src.info }, ..fx.args() })
        }),
    ]
}

#[test]
fn rdmastart_refusals_change_nothing() {
    for (name, expected, case) in refusals() {
        let mut fx = fixture();
        let (owner, cid, args) = case(&mut fx);
        let before = fx.snapshot();
        let got = fx.pair.a.drv.rdmastart(&mut fx.pair.a.host, owner, cid, &args);
        assert_eq!(got, Err(expected), "{name}");
        fx.run_for(10 * MS);
        assert_eq!(fx.snapshot(), before, "{name}: a refused rdmastart sent or changed something");
        assert_eq!(fx.dst_now(), fx.dst_before, "{name}");

        // The context and the source are as they were: the next transfer is number 0,
        // completes, and leaves no reader on the source.
        let good = fx.args();
        assert_eq!(fx.start(&good), Ok(0), "{name}: the refused call consumed a sequence number");
        assert!(fx.run_until_done(0), "{name}: a valid transfer after the refusal did not complete");
        assert!(fx.dst_now() == fx.src_bytes, "{name}: the valid transfer's bytes differ");
        assert_eq!(
            fx.pair.a.drv.release_region(&mut fx.pair.a.host, OWNER, &fx.src.info),
            Ok(()),
            "{name}: a reader leaked"
        );
        assert_eq!(fx.pair.b.host.mem.violations(), &[], "{name}");
    }
}

#[test]
fn errnos_match_the_ioctl_table() {
    // docs/registers.md §8.
    let table = [
        (Error::Invalid, 22),
        (Error::NoSpace, 28),
        (Error::NotFound, 2),
        (Error::NotConnected, 107),
        (Error::Busy, 16),
        (Error::Permission, 1),
        (Error::Range, 34),
        (Error::Overflow, 75),
        (Error::Again, 11),
        (Error::NoDevice, 19),
        (Error::TimedOut, 110),
        (Error::Interrupted, 4),
    ];
    for (e, errno) in table {
        assert_eq!(e.errno(), errno, "{e:?}");
    }
}

#[test]
fn rdmastart_exactly_to_both_ends_is_accepted() {
    let mut fx = fixture();
    let args = StartArgs { src_offset: LEN - 1000, dst_offset: LEN - 1000, len: 1000, ..fx.args() };
    assert_eq!(fx.start(&args), Ok(0));
    assert!(fx.run_until_done(0));
    let mut expected = fx.dst_before.clone();
    expected[(LEN - 1000) as usize..].copy_from_slice(&fx.src_bytes[(LEN - 1000) as usize..]);
    assert!(fx.dst_now() == expected);
    assert_eq!(fx.pair.b.host.mem.violations(), &[]);
}

#[test]
fn rdmastart_of_more_than_2_pow_30_frames_is_invalid() {
    // The sender trusts the destination's length from its info; a forged huge one lets the
    // frame-count limit (PSNs must stay within 2^31 of each other) be reached.
    let mut fx = fixture();
    let before = fx.snapshot();
    let frames = (1u64 << 30) + 1;
    let len = frames * fx.pair.a.drv.payload() as u64;
    let dst = RegionInfo { len: MAX_REGION_LEN, ..fx.dst.info };
    let args = StartArgs { dst, len, ..fx.args() };
    assert_eq!(fx.start(&args), Err(Error::Invalid));
    fx.run_for(MS);
    assert_eq!(fx.snapshot(), before);
}

#[test]
fn queue_full_is_again_until_a_transfer_completes() {
    // A 1 ms link: nothing is acknowledged for 2 ms (and no timer fires before 10 ms).
    let slow = LinkConfig { delay_ps: MS, ..LinkConfig::default() };
    let cfg = Config { rto_initial_ns: 10_000_000, ..Config::default() };
    let mut fx = fixture_with(cfg, slow.clone(), slow, 12);
    let piece = LEN / (QUEUE_DEPTH as u64 + 1);
    let args = |fx: &Fx, i: u64| StartArgs { src_offset: i * piece, dst_offset: i * piece, len: piece, ..fx.args() };
    for i in 0..QUEUE_DEPTH as u64 {
        let a = args(&fx, i);
        assert_eq!(fx.start(&a), Ok(i as u32));
    }
    fx.run_for(100 * US);
    assert_eq!(fx.pair.a.host.nic.counter(Counter::TxWrites), QUEUE_DEPTH as u32, "every transfer is on the wire");
    assert_eq!(fx.poll_a(), Ok(PollResult { complete: false, count: 0 }));

    let stats = *fx.pair.a.drv.stats();
    let last = args(&fx, QUEUE_DEPTH as u64);
    let refused = fx.start(&last);
    assert_eq!(refused, Err(Error::Again));
    assert_eq!(refused.unwrap_err().errno(), 11);
    assert_eq!(*fx.pair.a.drv.stats(), stats, "the refused transfer was queued");
    fx.run_for(100 * US);
    assert_eq!(fx.pair.a.host.nic.counter(Counter::TxWrites), QUEUE_DEPTH as u32);

    // Once the first completes, there is room for exactly one more.
    assert!(fx.run_until_done(0));
    let seq = fx.start(&last).expect("room after a completion");
    assert_eq!(seq, QUEUE_DEPTH as u32);
    assert!(fx.run_until_done(seq));
    let n = ((QUEUE_DEPTH as u64 + 1) * piece) as usize;
    assert!(fx.dst_now()[..n] == fx.src_bytes[..n]);
    assert!(fx.dst_now()[n..] == fx.dst_before[n..]);
    assert_eq!(fx.pair.b.host.mem.violations(), &[]);
}

// --- regions ------------------------------------------------------------------------------

/// Registers `pages` (bus addresses) directly; returns the result and whether the driver
/// wrote anything into the page list.
fn register_raw(
    node: &mut Node,
    pages: &[u64],
    first_offset: usize,
    len: u64,
    access: u8,
) -> (Result<RegionInfo, Error>, bool) {
    let page_list_bus = node.host.mem.alloc(pages.len().max(1) * 8, 8);
    let spec = RegionSpec { pages, first_offset, len, access, page_list_bus };
    let r = node.drv.register_region(&mut node.host, OWNER, &spec);
    let mut list = vec![0u8; pages.len() * 8];
    node.host.mem.read(page_list_bus, &mut list);
    (r, list.iter().any(|&b| b != 0))
}

#[test]
fn register_refusals() {
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 13);
    let base = pair.a.host.mem.alloc(4 * PAGE_SIZE, PAGE_SIZE);
    let pages: Vec<u64> = (0..4).map(|i| base + i * PAGE_SIZE as u64).collect();
    let p = PAGE_SIZE as u64;
    let rw = ACCESS_LOCAL_READ | ACCESS_REMOTE_WRITE;
    let cases: [(&str, &[u64], usize, u64, u8); 12] = [
        ("length 0", &pages[..1], 0, 0, rw),
        ("length 0, no pages", &pages[..0], 0, 0, rw),
        ("length over 2^48", &pages[..1], 0, MAX_REGION_LEN + 1, rw),
        ("first offset = page size", &pages[..2], PAGE_SIZE, 10, rw),
        ("first offset far past the page", &pages[..2], 3 * PAGE_SIZE, 10, rw),
        ("access 0", &pages[..1], 0, 10, 0),
        ("unknown access bit", &pages[..1], 0, 10, 0x04),
        ("known and unknown access bits", &pages[..1], 0, 10, rw | 0x80),
        ("one page short", &pages[..1], 0, p + 1, rw),
        ("one page too many", &pages[..3], 0, p + 1, rw),
        ("offset makes it straddle, one page given", &pages[..1], 4000, 100, rw),
        ("unaligned page", &[base + 8], 0, 10, rw),
    ];
    for (name, pages, first, len, access) in cases {
        let (r, wrote) = register_raw(&mut pair.a, pages, first, len, access);
        assert_eq!(r, Err(Error::Invalid), "{name}");
        assert!(!wrote, "{name}: the page list was written for a refused registration");
    }
    // Nothing was taken: the first valid registration gets entry 0, and the limits are inclusive.
    let (r, wrote) = register_raw(&mut pair.a, &pages[..2], PAGE_SIZE - 1, p + 1, ACCESS_REMOTE_WRITE);
    assert_eq!(r.map(|i| (i.index, i.len, i.mac)), Ok((0, p + 1, MAC_A)));
    assert!(wrote);
    let (r, _) = register_raw(&mut pair.a, &pages[..1], 0, p, ACCESS_LOCAL_READ);
    assert_eq!(r.map(|i| i.index), Ok(1));
}

#[test]
fn region_table_holds_exactly_max_regions() {
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 14);
    let mut infos = Vec::new();
    let refused = loop {
        match pair.a.register(OWNER, 1 + infos.len() as u64 % 5000, infos.len() % PAGE_SIZE, ACCESS_LOCAL_READ) {
            Ok(b) => infos.push(b.info),
            Err(e) => break e,
        }
        assert!(infos.len() <= MAX_REGIONS, "more than {MAX_REGIONS} regions registered");
    };
    assert_eq!(refused, Error::NoSpace);
    assert_eq!(refused.errno(), 28);
    assert_eq!(infos.len(), MAX_REGIONS);
    let mut indices: Vec<u16> = infos.iter().map(|i| i.index).collect();
    indices.sort_unstable();
    assert!(indices.iter().copied().eq(0..MAX_REGIONS as u16));
    let mut keys: Vec<u64> = infos.iter().map(|i| i.key).collect();
    keys.sort_unstable();
    keys.dedup();
    assert_eq!(keys.len(), MAX_REGIONS, "keys repeat");
    // Another owner is refused too: the table is the NIC's, not per owner.
    assert_eq!(pair.a.register(OTHER, 10, 0, ACCESS_LOCAL_READ).map(|b| b.info), Err(Error::NoSpace));

    // A released entry is reused, under a new key, and the table is full again.
    let freed = infos[500];
    pair.a.drv.release_region(&mut pair.a.host, OWNER, &freed).unwrap();
    let again = pair.a.register(OWNER, 10, 0, ACCESS_LOCAL_READ).unwrap().info;
    assert_eq!(again.index, freed.index);
    assert_ne!(again.key, freed.key);
    assert_eq!(pair.a.register(OWNER, 10, 0, ACCESS_LOCAL_READ).map(|b| b.info), Err(Error::NoSpace));
    // The old info of the reused entry names nothing.
    assert_eq!(pair.a.drv.release_region(&mut pair.a.host, OWNER, &freed), Err(Error::NotFound));
    // B's table is its own.
    assert!(pair.b.register(OWNER, 10, 0, ACCESS_LOCAL_READ).is_ok());
}

#[test]
fn release_refusals() {
    let mut fx = fixture();
    let release =
        |fx: &mut Fx, owner: u16, info: &RegionInfo| fx.pair.a.drv.release_region(&mut fx.pair.a.host, owner, info);
    let info = fx.src.info;

    // Busy while a transfer reads it, OK once it completed.
    let seq = fx.start(&fx.args()).unwrap();
    let busy = release(&mut fx, OWNER, &info);
    assert_eq!(busy, Err(Error::Busy));
    assert_eq!(busy.unwrap_err().errno(), 16);
    fx.run_for(2 * US);
    assert_eq!(release(&mut fx, OWNER, &info), Err(Error::Busy), "still in flight");
    // Another owner gets Permission even while it is busy, and never releases it.
    assert_eq!(release(&mut fx, OTHER, &info), Err(Error::Permission));
    assert!(fx.run_until_done(seq));
    assert!(fx.dst_now() == fx.src_bytes);

    let perm = release(&mut fx, OTHER, &info);
    assert_eq!(perm, Err(Error::Permission));
    assert_eq!(perm.unwrap_err().errno(), 1);
    // Infos that do not name the current registration.
    assert_eq!(release(&mut fx, OWNER, &RegionInfo { key: info.key ^ (1 << 63), ..info }), Err(Error::NotFound));
    assert_eq!(release(&mut fx, OWNER, &RegionInfo { mac: MAC_B, ..info }), Err(Error::NotFound));
    assert_eq!(release(&mut fx, OWNER, &RegionInfo { index: 777, ..info }), Err(Error::NotFound));
    assert_eq!(release(&mut fx, OWNER, &RegionInfo { index: u16::MAX, ..info }), Err(Error::NotFound));
    // None of that released it: it still sends.
    let seq = fx.start(&fx.args()).unwrap();
    assert!(fx.run_until_done(seq));

    assert_eq!(release(&mut fx, OWNER, &info), Ok(()));
    let twice = release(&mut fx, OWNER, &info);
    assert_eq!(twice, Err(Error::NotFound));
    assert_eq!(twice.unwrap_err().errno(), 2);
    assert_eq!(fx.start(&fx.args()), Err(Error::NotFound), "a released source");
}

#[test]
fn releasing_a_destination_in_use_stops_its_writes() {
    // The receiver's region has no reader on its own side: its release is not Busy, and from
    // then on the peer's WRITEs into it are dropped by key.
    let slow = LinkConfig { delay_ps: 200 * US, ..LinkConfig::default() };
    let cfg = Config { max_timeouts: 3, rto_initial_ns: 100_000, ..Config::default() };
    let mut fx = fixture_with(cfg, slow.clone(), slow, 15);
    fx.start(&fx.args()).unwrap();
    fx.run_for(100 * US);
    assert_eq!(fx.pair.b.host.nic.counter(Counter::RxPlaced), 0, "nothing arrived yet");
    assert_eq!(fx.pair.b.drv.release_region(&mut fx.pair.b.host, OWNER, &fx.dst.info), Ok(()));
    for &page in &fx.dst.pages {
        fx.pair.b.host.mem.disallow(page, PAGE_SIZE);
    }
    let until = fx.pair.now_ps + 100 * MS;
    let ctx = fx.a.ctx;
    assert!(fx.pair.run_until(until, |p| p.a.drv.poll(&mut p.a.host, OWNER, ctx, false).is_err()));
    assert_eq!(fx.poll_a(), Err(Error::TimedOut));
    assert_eq!(fx.pair.b.host.nic.counter(Counter::RxPlaced), 0);
    assert!(fx.pair.b.host.nic.counter(Counter::RxDropKey) >= 7, "every frame is dropped by key");
    assert!(fx.dst_now() == fx.dst_before);
    assert_eq!(fx.pair.b.host.mem.violations(), &[]);
}

// --- contexts -----------------------------------------------------------------------------

#[test]
fn connect_refusals() {
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 16);
    let a = pair.a.drv.ctx_open(&mut pair.a.host, OWNER).unwrap();
    let b = pair.b.drv.ctx_open(&mut pair.b.host, OWNER).unwrap();
    let connect = |pair: &mut Pair, owner: u16, cid: u16, peer: ContextAddr| {
        pair.a.drv.ctx_connect(&mut pair.a.host, owner, cid, peer)
    };

    let group = ContextAddr { mac: MacAddr([0x01, 0x00, 0x5e, 0, 0, 1]), ..b };
    assert_eq!(connect(&mut pair, OWNER, a.ctx, group), Err(Error::Invalid), "group MAC");
    assert_eq!(
        connect(&mut pair, OWNER, a.ctx, ContextAddr { mac: MacAddr([0xff; 6]), ..b }),
        Err(Error::Invalid),
        "broadcast"
    );
    assert_eq!(
        connect(&mut pair, OWNER, a.ctx, ContextAddr { ctx: MAX_CONTEXTS as u16, ..b }),
        Err(Error::Invalid),
        "peer ctx out of range"
    );
    assert_eq!(connect(&mut pair, OTHER, a.ctx, b), Err(Error::Permission), "another owner's context");
    assert_eq!(connect(&mut pair, OWNER, a.ctx + 1, b), Err(Error::NotFound), "never opened");
    assert_eq!(connect(&mut pair, OWNER, MAX_CONTEXTS as u16, b), Err(Error::Invalid), "cid out of range");
    // None of those connected it.
    assert_eq!(pair.a.drv.poll(&mut pair.a.host, OWNER, a.ctx, false), Err(Error::NotConnected));
    let src = pair.a.register(OWNER, 100, 0, ACCESS_LOCAL_READ).unwrap();
    let dst = pair.b.register(OWNER, 100, 0, ACCESS_REMOTE_WRITE).unwrap();
    let args = StartArgs { src: src.info, src_offset: 0, dst: dst.info, dst_offset: 0, len: 100 };
    assert_eq!(pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a.ctx, &args), Err(Error::NotConnected));

    assert_eq!(connect(&mut pair, OWNER, a.ctx, b), Ok(()));
    pair.b.drv.ctx_connect(&mut pair.b.host, OWNER, b.ctx, a).unwrap();
    // A context connects once, even to the same peer.
    assert_eq!(connect(&mut pair, OWNER, a.ctx, b), Err(Error::Invalid), "connected twice");
    assert_eq!(
        connect(&mut pair, OWNER, a.ctx, ContextAddr { ctx: b.ctx + 1, ..b }),
        Err(Error::Invalid),
        "reconnected elsewhere"
    );
    // The refused reconnections changed nothing: a transfer still lands.
    pair.b.allow_writes(&dst, 0, 100);
    pair.a.write_buffer(&src, 0, &[0x5a; 100]);
    let seq = pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a.ctx, &args).unwrap();
    assert!(pair.run_until(100 * MS, |p| p.a.drv.poll(&mut p.a.host, OWNER, a.ctx, false).unwrap().count > seq));
    let mut got = [0u8; 100];
    pair.b.read_buffer(&dst, 0, &mut got);
    assert_eq!(got, [0x5a; 100]);
    assert_eq!(pair.b.host.nic.counter(Counter::RxDropPeer), 0);
}

#[test]
fn close_refusals_and_close_then_use() {
    let slow = LinkConfig { delay_ps: 100 * US, ..LinkConfig::default() };
    let mut fx = fixture_with(Config::default(), slow.clone(), slow, 17);
    let close = |fx: &mut Fx, owner: u16, cid: u16| fx.pair.a.drv.ctx_close(&mut fx.pair.a.host, owner, cid);
    let cid = fx.a.ctx;

    let seq = fx.start(&fx.args()).unwrap();
    let busy = close(&mut fx, OWNER, cid);
    assert_eq!(busy, Err(Error::Busy));
    assert_eq!(busy.unwrap_err().errno(), 16);
    fx.run_for(50 * US);
    assert_eq!(close(&mut fx, OWNER, cid), Err(Error::Busy), "still in flight");
    assert_eq!(close(&mut fx, OTHER, cid), Err(Error::Permission));
    assert_eq!(close(&mut fx, OWNER, 33), Err(Error::NotFound), "never opened");
    assert_eq!(close(&mut fx, OWNER, MAX_CONTEXTS as u16), Err(Error::Invalid), "out of range");
    // The refusals closed nothing: the transfer completes.
    assert!(fx.run_until_done(seq));
    assert!(fx.dst_now() == fx.src_bytes);

    assert_eq!(close(&mut fx, OTHER, cid), Err(Error::Permission));
    assert_eq!(close(&mut fx, OWNER, cid), Ok(()));
    let args = fx.args();
    assert_eq!(fx.start(&args), Err(Error::NotFound), "rdmastart on a closed context");
    assert_eq!(fx.poll_a(), Err(Error::NotFound), "poll on a closed context");
    assert_eq!(close(&mut fx, OWNER, cid), Err(Error::NotFound), "closed twice");
    // Its peer's WRITEs are refused by the NIC from now on.
    let dropped = fx.pair.a.host.nic.counter(Counter::RxDropCtx);
    let src_b = fx.pair.b.register(OWNER, 100, 0, ACCESS_LOCAL_READ).unwrap();
    let dst_a = fx.pair.a.register(OWNER, 100, 0, ACCESS_REMOTE_WRITE).unwrap();
    fx.pair.a.allow_writes(&dst_a, 0, 100);
    let back = StartArgs { src: src_b.info, src_offset: 0, dst: dst_a.info, dst_offset: 0, len: 100 };
    fx.pair.b.drv.rdmastart(&mut fx.pair.b.host, OWNER, fx.b.ctx, &back).unwrap();
    fx.run_for(MS);
    assert!(fx.pair.a.host.nic.counter(Counter::RxDropCtx) > dropped);
    assert_eq!(fx.pair.a.host.nic.counter(Counter::RxPlaced), 0);
    assert_eq!(fx.pair.a.host.mem.violations(), &[]);
}

#[test]
fn context_table_holds_exactly_max_contexts() {
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 18);
    let mut addrs = Vec::new();
    let refused = loop {
        match pair.a.drv.ctx_open(&mut pair.a.host, OWNER + addrs.len() as u16 % 2) {
            Ok(a) => addrs.push(a),
            Err(e) => break e,
        }
        assert!(addrs.len() <= MAX_CONTEXTS, "more than {MAX_CONTEXTS} contexts opened");
    };
    assert_eq!(refused, Error::NoSpace);
    assert_eq!(refused.errno(), 28);
    assert_eq!(addrs.len(), MAX_CONTEXTS);
    assert!(addrs.iter().map(|a| a.ctx).eq(0..MAX_CONTEXTS as u16));
    assert!(addrs.iter().all(|a| a.mac == MAC_A));
    assert_eq!(pair.a.drv.ctx_open(&mut pair.a.host, OTHER + 7).map(|a| a.ctx), Err(Error::NoSpace));

    let freed = addrs[17];
    pair.a.drv.ctx_close(&mut pair.a.host, OWNER + 1, freed.ctx).unwrap();
    let again = pair.a.drv.ctx_open(&mut pair.a.host, OWNER).unwrap();
    assert_eq!(again.ctx, freed.ctx);
    assert_ne!(again.tag, freed.tag, "a reopened context keeps its old tag");
    assert_eq!(pair.a.drv.ctx_open(&mut pair.a.host, OWNER).map(|a| a.ctx), Err(Error::NoSpace));
}

#[test]
fn poll_on_a_context_not_connected_is_not_connected() {
    // docs/registers.md §8.7: POLL fails with ENOTCONN when the context is not connected.
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 19);
    let open = pair.a.drv.ctx_open(&mut pair.a.host, OWNER).unwrap();
    for incoming in [false, true] {
        let r = pair.a.drv.poll(&mut pair.a.host, OWNER, open.ctx, incoming);
        assert_eq!(r, Err(Error::NotConnected), "poll(incoming = {incoming}) on an open, unconnected context");
    }
}

#[test]
fn poll_refusals() {
    let mut fx = fixture();
    let cid = fx.a.ctx;
    for incoming in [false, true] {
        let mut poll = |owner: u16, cid: u16| fx.pair.a.drv.poll(&mut fx.pair.a.host, owner, cid, incoming);
        assert_eq!(poll(OTHER, cid), Err(Error::Permission), "incoming = {incoming}");
        assert_eq!(poll(OWNER, 50), Err(Error::NotFound), "incoming = {incoming}");
        assert_eq!(poll(OWNER, MAX_CONTEXTS as u16), Err(Error::Invalid), "incoming = {incoming}");
        assert_eq!(poll(OWNER, cid), Ok(PollResult { complete: !incoming, count: 0 }), "incoming = {incoming}");
    }
}

#[test]
fn poll_rx_reports_each_incoming_completion_once() {
    let mut fx = fixture();
    let third = LEN / 3;
    for i in 0..3 {
        let args = StartArgs { src_offset: i * third, dst_offset: i * third, len: third, ..fx.args() };
        assert_eq!(fx.start(&args), Ok(i as u32));
    }
    assert!(fx.run_until_done(2));
    for n in 1..=3 {
        assert_eq!(fx.poll_b_rx(), Ok(PollResult { complete: true, count: 3 }), "completion {n}");
    }
    assert_eq!(fx.poll_b_rx(), Ok(PollResult { complete: false, count: 3 }));
    // The sender's direction is separate: nothing came back to A.
    assert_eq!(
        fx.pair.a.drv.poll(&mut fx.pair.a.host, OWNER, fx.a.ctx, true),
        Ok(PollResult { complete: false, count: 0 })
    );
    assert_eq!(
        fx.pair.b.drv.poll(&mut fx.pair.b.host, OWNER, fx.b.ctx, false),
        Ok(PollResult { complete: true, count: 0 })
    );
}

// --- a peer that is gone ------------------------------------------------------------------

/// A's frames to B are all lost; A's context fails after `max_timeouts` timeouts, the RTO
/// doubling from 100 us up to 400 us.
fn dead_peer() -> (Fx, Config) {
    let cfg = Config { rto_initial_ns: 100_000, rto_max_ns: 400_000, max_timeouts: 5, ..Config::default() };
    let dead = LinkConfig { drop: 1.0, ..LinkConfig::default() };
    (fixture_with(cfg, dead, LinkConfig::default(), 20), cfg)
}

/// Runs until A's poll fails; returns the error and when each timeout happened.
fn run_until_failed(fx: &mut Fx) -> (Error, Vec<u64>) {
    let ctx = fx.a.ctx;
    let mut timeouts = Vec::new();
    let mut outcome = None;
    fx.pair.run_until(10_000 * MS, |p| {
        while (timeouts.len() as u64) < p.a.drv.stats().timeouts {
            timeouts.push(p.now_ps);
        }
        match p.a.drv.poll(&mut p.a.host, OWNER, ctx, false) {
            Ok(r) => {
                assert!(!r.complete && r.count == 0, "acknowledged over a dead link");
                false
            }
            Err(e) => {
                outcome = Some(e);
                true
            }
        }
    });
    (outcome.expect("the context never failed"), timeouts)
}

#[test]
fn a_dead_peer_times_out_with_backoff_and_everything_is_released() {
    let (mut fx, cfg) = dead_peer();
    let args = StartArgs { len: 3 * fx.pair.a.drv.payload() as u64, ..fx.args() };
    fx.start(&args).unwrap();
    let (err, at) = run_until_failed(&mut fx);
    assert_eq!(err, Error::TimedOut);
    assert_eq!(err.errno(), 110);
    assert_eq!(at.len() as u32, cfg.max_timeouts, "timeouts before the context failed: {at:?}");
    // Each gap is the RTO in force (doubled each time, capped), plus the few microseconds
    // between a retransmission being posted and the NIC reporting it sent.
    let mut rto = cfg.rto_initial_ns * 1000;
    assert!(at[0] >= rto && at[0] < rto + 20 * US, "first timeout at {} ps", at[0]);
    for w in at.windows(2) {
        rto = (rto * 2).min(cfg.rto_max_ns * 1000);
        let gap = w[1] - w[0];
        assert!(gap >= rto && gap < rto + 20 * US, "timeouts at {at:?}: a gap of {gap} ps, expected the RTO {rto} ps");
    }
    // Three frames, sent once and re-sent after each timeout but the last.
    let stats = *fx.pair.a.drv.stats();
    assert_eq!(stats.frames_sent, 3);
    assert_eq!(stats.frames_retransmitted, 3 * (cfg.max_timeouts as u64 - 1));
    assert_eq!(fx.pair.a.host.nic.counter(Counter::TxWrites), 3 * cfg.max_timeouts);
    // A failed context is quiet: no more retries.
    fx.run_for(100 * MS);
    assert_eq!(*fx.pair.a.drv.stats(), stats);
    assert_eq!(fx.pair.a.drv.next_deadline_ns(), None);

    // Every call but close fails with TimedOut.
    assert_eq!(fx.poll_a(), Err(Error::TimedOut));
    assert_eq!(fx.start(&args), Err(Error::TimedOut));
    assert_eq!(fx.pair.a.drv.ctx_close(&mut fx.pair.a.host, OTHER, fx.a.ctx), Err(Error::Permission));
    assert_eq!(fx.pair.a.drv.ctx_close(&mut fx.pair.a.host, OWNER, fx.a.ctx), Ok(()));
    assert_eq!(fx.poll_a(), Err(Error::NotFound));
    // The failed transfer's reader is gone with its context.
    assert_eq!(fx.pair.a.drv.release_region(&mut fx.pair.a.host, OWNER, &fx.src.info), Ok(()));
    assert_eq!(fx.pair.b.host.nic.counter(Counter::RxPlaced), 0);
    assert!(fx.dst_now() == fx.dst_before);
    // The context's slot is usable again.
    let (a2, _) = fx.pair.connect(OWNER).unwrap();
    assert_eq!(a2.ctx, fx.a.ctx);
}

#[test]
fn poll_rx_on_a_failed_context_times_out() {
    // docs/registers.md §8: ETIMEDOUT "returned by any ioctl on that context" once it failed.
    let (mut fx, _) = dead_peer();
    fx.start(&fx.args()).unwrap();
    let (err, _) = run_until_failed(&mut fx);
    assert_eq!(err, Error::TimedOut);
    let rx = fx.pair.a.drv.poll(&mut fx.pair.a.host, OWNER, fx.a.ctx, true);
    assert_eq!(rx, Err(Error::TimedOut), "poll(RX) on a failed context");
}

#[test]
fn rdmastart_sync_to_a_dead_peer_times_out() {
    let (mut fx, cfg) = dead_peer();
    let args = fx.args();
    let cid = fx.a.ctx;
    let (r, waits) = start_sync_on_a(&mut fx, &args, 10_000 * MS);
    assert_eq!(r, Err(Error::TimedOut));
    assert!(waits > 0);
    assert_eq!(fx.pair.a.drv.stats().timeouts, cfg.max_timeouts as u64);
    assert_eq!(fx.pair.a.drv.ctx_close(&mut fx.pair.a.host, OWNER, cid), Ok(()));
    assert_eq!(fx.pair.a.drv.release_region(&mut fx.pair.a.host, OWNER, &fx.src.info), Ok(()));
}

#[test]
fn a_destination_of_another_owner_is_refused_by_the_peer_nic() {
    // The sender cannot tell whose region a remote info names: rdmastart accepts it, the
    // receiving NIC refuses every WRITE by protection domain, and the context times out.
    let cfg = Config { rto_initial_ns: 100_000, max_timeouts: 3, ..Config::default() };
    let mut fx = fixture_with(cfg, LinkConfig::default(), LinkConfig::default(), 21);
    let foreign = fx.pair.b.register(OTHER, LEN, 0, ACCESS_REMOTE_WRITE).unwrap();
    let before = vec![0x33u8; LEN as usize];
    fx.pair.b.write_buffer(&foreign, 0, &before);
    let args = StartArgs { dst: foreign.info, ..fx.args() };
    fx.start(&args).unwrap();
    let (err, _) = run_until_failed(&mut fx);
    assert_eq!(err, Error::TimedOut);
    let frames = LEN.div_ceil(fx.pair.a.drv.payload() as u64) as u32;
    assert!(fx.pair.b.host.nic.counter(Counter::RxDropKey) >= frames);
    assert_eq!(fx.pair.b.host.nic.counter(Counter::RxPlaced), 0);
    let mut now = vec![0u8; LEN as usize];
    fx.pair.b.read_buffer(&foreign, 0, &mut now);
    assert!(now == before);
    assert_eq!(fx.pair.b.host.mem.violations(), &[]);
}

// --- release_owner ------------------------------------------------------------------------

#[test]
fn release_owner_on_the_receiver_mid_transfer() {
    const BIG: u64 = 1 << 20;
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 22);
    let (a1, b1) = pair.connect(OWNER).unwrap();
    let (a2, b2) = pair.connect(OTHER).unwrap();
    // OWNER on B: two contexts (one only opened), the destination and a source.
    let b1_open = pair.b.drv.ctx_open(&mut pair.b.host, OWNER).unwrap();
    let src1 = pair.a.register(OWNER, BIG, 0, ACCESS_LOCAL_READ).unwrap();
    let dst1 = pair.b.register(OWNER, BIG, 0, ACCESS_REMOTE_WRITE).unwrap();
    let extra1 = pair.b.register(OWNER, 100, 0, ACCESS_LOCAL_READ).unwrap();
    // OTHER's, which must survive.
    let src2 = pair.a.register(OTHER, LEN, 0, ACCESS_LOCAL_READ).unwrap();
    let dst2 = pair.b.register(OTHER, LEN, 0, ACCESS_REMOTE_WRITE).unwrap();
    pair.a.write_buffer(&src1, 0, &pattern(1, BIG as usize));
    let bytes2 = pattern(2, LEN as usize);
    pair.a.write_buffer(&src2, 0, &bytes2);
    pair.b.allow_writes(&dst1, 0, BIG);
    pair.b.allow_writes(&dst2, 0, LEN);

    let args1 = StartArgs { src: src1.info, src_offset: 0, dst: dst1.info, dst_offset: 0, len: BIG };
    pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a1.ctx, &args1).unwrap();
    pair.run_until(100 * US, |_| false);
    let placed = pair.b.host.nic.counter(Counter::RxPlaced);
    assert!(placed > 0, "the transfer is under way");
    assert!(!pair.a.drv.poll(&mut pair.a.host, OWNER, a1.ctx, false).unwrap().complete, "and not finished");

    assert_eq!(pair.b.drv.release_owner(&mut pair.b.host, OWNER), 2, "regions of OWNER on B");
    // From now on nothing may be written into the released destination.
    for &page in &dst1.pages {
        pair.b.host.mem.disallow(page, PAGE_SIZE);
    }
    let mut dst1_then = vec![0u8; BIG as usize];
    pair.b.read_buffer(&dst1, 0, &mut dst1_then);

    // The driver knows none of OWNER's objects any more.
    for cid in [b1.ctx, b1_open.ctx] {
        assert_eq!(pair.b.drv.poll(&mut pair.b.host, OWNER, cid, true), Err(Error::NotFound));
        assert_eq!(pair.b.drv.ctx_close(&mut pair.b.host, OWNER, cid), Err(Error::NotFound));
    }
    for info in [dst1.info, extra1.info] {
        assert_eq!(pair.b.drv.release_region(&mut pair.b.host, OWNER, &info), Err(Error::NotFound));
    }
    assert_eq!(pair.b.drv.release_owner(&mut pair.b.host, OWNER), 0, "released twice");

    // A keeps sending on its context; B's NIC drops it all by context.
    let drop_ctx = pair.b.host.nic.counter(Counter::RxDropCtx);
    pair.run_until(pair.now_ps + 2 * MS, |_| false);
    assert!(pair.b.host.nic.counter(Counter::RxDropCtx) > drop_ctx, "A's WRITEs after the release");
    assert_eq!(pair.b.host.nic.counter(Counter::RxPlaced), placed);

    // The released keys are gone from the NIC: a WRITE naming the destination, on a fresh
    // context of the same owner (so that the protection domain matches), is dropped by key.
    let (a3, b3) = pair.connect(OWNER).unwrap();
    let repr = Repr {
        dst_ctx: b3.ctx,
        src_ctx: a3.ctx,
        dst_tag: b3.tag,
        psn: Psn(0),
        kind: Kind::Write(WriteRepr {
            last: true,
            ack_req: false,
            key: dst1.info.key,
            region: dst1.info.index,
            offset: 0,
            len: 64,
        }),
    };
    let counters = [Counter::RxDropKey, Counter::RxDropCtx, Counter::RxDropPeer, Counter::RxDropTag, Counter::RxPlaced];
    let before: Vec<u32> = counters.iter().map(|&c| pair.b.host.nic.counter(c)).collect();
    let now = pair.now_ps;
    pair.b.host.nic.receive(&mut pair.b.host.mem, &write_frame(MAC_A, MAC_B, &repr), now);
    for (c, was) in counters.iter().zip(before) {
        let expected = if *c == Counter::RxDropKey { was + 1 } else { was };
        assert_eq!(pair.b.host.nic.counter(*c), expected, "{c:?}");
    }
    let mut dst1_now = vec![0u8; BIG as usize];
    pair.b.read_buffer(&dst1, 0, &mut dst1_now);
    assert!(dst1_now == dst1_then, "bytes changed in a released region");
    assert_eq!(pair.b.host.mem.violations(), &[]);

    // OTHER's contexts and regions were untouched.
    let args2 = StartArgs { src: src2.info, src_offset: 0, dst: dst2.info, dst_offset: 0, len: LEN };
    let seq = pair.a.drv.rdmastart(&mut pair.a.host, OTHER, a2.ctx, &args2).unwrap();
    let until = pair.now_ps + 100 * MS;
    assert!(pair.run_until(until, |p| p.a.drv.poll(&mut p.a.host, OTHER, a2.ctx, false).unwrap().count > seq));
    assert_eq!(pair.b.drv.poll(&mut pair.b.host, OTHER, b2.ctx, true), Ok(PollResult { complete: true, count: 1 }));
    let mut got = vec![0u8; LEN as usize];
    pair.b.read_buffer(&dst2, 0, &mut got);
    assert!(got == bytes2);
    assert_eq!(pair.b.drv.release_region(&mut pair.b.host, OTHER, &dst2.info), Ok(()));
    assert_eq!(pair.b.host.mem.violations(), &[]);
}

#[test]
fn release_owner_on_the_sender_mid_transfer() {
    let slow = LinkConfig { delay_ps: 100 * US, ..LinkConfig::default() };
    let mut fx = fixture_with(Config::default(), slow.clone(), slow, 23);
    let other_src = fx.pair.a.register(OTHER, 100, 0, ACCESS_LOCAL_READ).unwrap();
    let extra = fx.pair.a.register(OWNER, 100, 0, ACCESS_REMOTE_WRITE | ACCESS_LOCAL_READ).unwrap();
    fx.start(&fx.args()).unwrap();
    fx.run_for(10 * US);
    assert_eq!(fx.pair.a.drv.release_owner(&mut fx.pair.a.host, OWNER), 2);
    assert_eq!(fx.poll_a(), Err(Error::NotFound));
    for info in [fx.src.info, extra.info] {
        assert_eq!(fx.pair.a.drv.release_region(&mut fx.pair.a.host, OWNER, &info), Err(Error::NotFound));
    }
    assert_eq!(fx.pair.a.drv.release_region(&mut fx.pair.a.host, OWNER, &other_src.info), Err(Error::Permission));
    // Nothing more goes out for the dead context once the NIC's queue drains, and no timer
    // is left behind.
    let until = fx.pair.now_ps + 10 * MS;
    assert!(fx.pair.run_until(until, |p| p.a.drv.sq_drained(&mut p.a.host)));
    let sent = fx.pair.a.host.nic.counter(Counter::TxWrites);
    fx.run_for(100 * MS);
    assert_eq!(fx.pair.a.host.nic.counter(Counter::TxWrites), sent);
    assert_eq!(fx.pair.a.drv.next_deadline_ns(), None);
    assert_eq!(fx.pair.a.drv.release_region(&mut fx.pair.a.host, OTHER, &other_src.info), Ok(()));
}

#[test]
fn slots_freed_by_release_owner_carry_no_queued_writes() {
    // A client (OWNER on A) dies in the middle of a 1 MiB transfer, with descriptors still
    // queued in A's SQ. At once a new client (NEW) on A opens a context and registers a
    // region, which get the freed context slot and region index, and connects to the same
    // server (OWNER on B), which still has the old destination registered. The new client was
    // never given that destination's key: nothing may be written into it, and the new
    // connection carries only the new client's transfer.
    const BIG: u64 = 1 << 20;
    const NEW: u16 = 3;
    let mut pair = Pair::new(Config::default(), LinkConfig::default(), LinkConfig::default(), 24);
    let (a1, _) = pair.connect(OWNER).unwrap();
    let src1 = pair.a.register(OWNER, BIG, 0, ACCESS_LOCAL_READ).unwrap();
    let dst1 = pair.b.register(OWNER, BIG, 0, ACCESS_REMOTE_WRITE).unwrap();
    pair.a.write_buffer(&src1, 0, &vec![0x11; BIG as usize]);
    pair.b.allow_writes(&dst1, 0, BIG);
    let args1 = StartArgs { src: src1.info, src_offset: 0, dst: dst1.info, dst_offset: 0, len: BIG };
    pair.a.drv.rdmastart(&mut pair.a.host, OWNER, a1.ctx, &args1).unwrap();
    pair.run_until(50 * US, |_| false);
    assert!(!pair.a.drv.sq_drained(&mut pair.a.host), "descriptors of the transfer are still queued");
    assert_eq!(pair.a.drv.release_owner(&mut pair.a.host, OWNER), 1);
    // A frame already on the wire cannot be recalled: let it land (the link delay is 1 us)
    // before the snapshot. After that the NIC must send nothing of the dead owner's.
    pair.run_until(pair.now_ps + 20 * US, |_| false);
    for &page in &dst1.pages {
        pair.b.host.mem.disallow(page, PAGE_SIZE);
    }
    let mut dst1_then = vec![0u8; BIG as usize];
    pair.b.read_buffer(&dst1, 0, &mut dst1_then);

    let a2 = pair.a.drv.ctx_open(&mut pair.a.host, NEW).unwrap();
    let b2 = pair.b.drv.ctx_open(&mut pair.b.host, OWNER).unwrap();
    pair.a.drv.ctx_connect(&mut pair.a.host, NEW, a2.ctx, b2).unwrap();
    pair.b.drv.ctx_connect(&mut pair.b.host, OWNER, b2.ctx, a2).unwrap();
    let src2 = pair.a.register(NEW, BIG, 0, ACCESS_LOCAL_READ).unwrap();
    let dst2 = pair.b.register(OWNER, LEN, 0, ACCESS_REMOTE_WRITE).unwrap();
    let bytes2 = pattern(24, LEN as usize);
    pair.a.write_buffer(&src2, 0, &bytes2);
    pair.a.write_buffer(&src2, LEN, &vec![0x22; (BIG - LEN) as usize]);
    pair.b.allow_writes(&dst2, 0, LEN);
    let args2 = StartArgs { src: src2.info, src_offset: 0, dst: dst2.info, dst_offset: 0, len: LEN };
    let seq = pair.a.drv.rdmastart(&mut pair.a.host, NEW, a2.ctx, &args2).unwrap();
    let until = pair.now_ps + 100 * MS;
    assert!(pair.run_until(until, |p| p.a.drv.poll(&mut p.a.host, NEW, a2.ctx, false).unwrap().count > seq));
    pair.run_until(pair.now_ps + 10 * MS, |_| false);

    let mut dst1_now = vec![0u8; BIG as usize];
    pair.b.read_buffer(&dst1, 0, &mut dst1_now);
    let changed = dst1_now.iter().zip(&dst1_then).filter(|(x, y)| x != y).count();
    assert_eq!(changed, 0, "bytes of the released owner's old destination were overwritten after its release");
    assert_eq!(pair.b.host.mem.violations(), &[]);
    let mut got = vec![0u8; LEN as usize];
    pair.b.read_buffer(&dst2, 0, &mut got);
    assert!(got == bytes2);
    assert_eq!(pair.b.drv.poll(&mut pair.b.host, OWNER, b2.ctx, true), Ok(PollResult { complete: true, count: 1 }));
}

// --- the waiting forms --------------------------------------------------------------------

#[test]
fn rdmastart_sync_returns_once_acknowledged() {
    let mut fx = fixture();
    let args = fx.args();
    let cid = fx.a.ctx;
    let (r, waits) = start_sync_on_a(&mut fx, &args, 100 * MS);
    assert_eq!(r, Ok(0));
    assert!(waits > 0, "returned before the peer could have acknowledged");
    // Acknowledged means landed.
    assert!(fx.dst_now() == fx.src_bytes);
    assert_eq!(fx.poll_a(), Ok(PollResult { complete: true, count: 1 }));
    assert_eq!(fx.poll_b_rx(), Ok(PollResult { complete: true, count: 1 }));

    // A refused start calls no wait at all.
    let mut a = lend(&mut fx.pair, Side::A);
    let mut called = false;
    let r = a.drv.rdmastart_sync(&mut a.host, OWNER, cid, &StartArgs { len: 0, ..args }, &mut |_, _| {
        called = true;
        Ok(())
    });
    give_back(&mut fx.pair, Side::A, a);
    assert_eq!(r, Err(Error::Invalid));
    assert!(!called);
}

#[test]
fn poll_wait_on_the_receiver_returns_once_the_transfer_landed() {
    let mut fx = fixture();
    let args = fx.args();
    fx.start(&args).unwrap();
    let cid = fx.b.ctx;
    let mut b = lend(&mut fx.pair, Side::B);
    let pair = &mut fx.pair;
    let mut waits = 0u64;
    let r = b.drv.poll_wait(&mut b.host, OWNER, cid, true, &mut |drv, host| {
        waits += 1;
        assert!(step_lent(pair, Side::B, drv, host), "the pair went idle with a transfer in flight");
        assert!(pair.now_ps < 100 * MS, "nothing arrived in 100 ms");
        Ok(())
    });
    give_back(&mut fx.pair, Side::B, b);
    assert_eq!(r, Ok(PollResult { complete: true, count: 1 }));
    assert!(waits > 0);
    assert!(fx.dst_now() == fx.src_bytes, "poll_wait(RX) returned before the bytes landed");
    assert_eq!(fx.poll_b_rx(), Ok(PollResult { complete: false, count: 1 }), "the completion was consumed");

    // The sender's poll_wait.
    let cid = fx.a.ctx;
    let mut a = lend(&mut fx.pair, Side::A);
    let pair = &mut fx.pair;
    let r = a.drv.poll_wait(&mut a.host, OWNER, cid, false, &mut |drv, host| {
        assert!(step_lent(pair, Side::A, drv, host));
        Ok(())
    });
    give_back(&mut fx.pair, Side::A, a);
    assert_eq!(r, Ok(PollResult { complete: true, count: 1 }));
}

#[test]
fn an_interrupted_rdmastart_sync_leaves_the_transfer_running() {
    let mut fx = fixture();
    let args = fx.args();
    let cid = fx.a.ctx;
    let mut a = lend(&mut fx.pair, Side::A);
    let pair = &mut fx.pair;
    let mut waits = 0u64;
    let r = a.drv.rdmastart_sync(&mut a.host, OWNER, cid, &args, &mut |drv, host| {
        waits += 1;
        if waits == 3 {
            return Err(Error::Interrupted);
        }
        assert!(step_lent(pair, Side::A, drv, host));
        Ok(())
    });
    give_back(&mut fx.pair, Side::A, a);
    assert_eq!(r, Err(Error::Interrupted));
    assert_eq!(r.unwrap_err().errno(), 4);
    assert_eq!(waits, 3, "rdmastart_sync went on waiting after the interruption");
    assert_eq!(fx.pair.a.drv.stats().transfers_started, 1);
    assert_eq!(fx.poll_a(), Ok(PollResult { complete: false, count: 0 }), "the transfer is still in flight");
    // It goes on: transfer 0 completes, and its bytes land.
    assert!(fx.run_until_done(0));
    assert!(fx.dst_now() == fx.src_bytes);
    assert_eq!(fx.poll_b_rx(), Ok(PollResult { complete: true, count: 1 }));
    assert_eq!(fx.pair.a.drv.stats().transfers_completed, 1);
}

#[test]
fn an_interrupted_poll_wait_loses_no_completion() {
    let mut fx = fixture();
    let args = fx.args();
    fx.start(&args).unwrap();
    let cid = fx.b.ctx;
    let mut b = lend(&mut fx.pair, Side::B);
    let r = b.drv.poll_wait(&mut b.host, OWNER, cid, true, &mut |_, _| Err(Error::Interrupted));
    give_back(&mut fx.pair, Side::B, b);
    assert_eq!(r, Err(Error::Interrupted));
    assert!(fx.run_until_done(0));
    assert_eq!(fx.poll_b_rx(), Ok(PollResult { complete: true, count: 1 }));
    assert!(fx.dst_now() == fx.src_bytes);
}
