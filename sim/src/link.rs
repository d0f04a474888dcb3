//! One direction of a 10 GbE link between two NICs, with everything that can go wrong on it:
//! propagation delay, loss, bit errors, duplication, reordering, and a congested switch port
//! that answers with IEEE 802.3x PAUSE. A duplex link is two [`Link`]s. All randomness comes
//! from seeded [`Rng`](super::rng::Rng)s, so a run is reproducible from its seeds.
//!
//! A frame enters the link at the time the NIC began it on the wire (its preamble), which must
//! keep the line rate ([`LineRate`]): a NIC model that transmits faster is a bug, and the link
//! panics. It goes first through the switch's egress FIFO (if there is a switch), then onto
//! the wire, where the random impairments apply, and arrives `delay_ps` after its last bit
//! (more if it is held back for reordering). The switch is modelled next to the transmitter,
//! so its PAUSE frames reach the transmitter at once.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, VecDeque};

pub use uzura_uapi::proto::{wire_time_ps, PS_PER_BYTE};
use uzura_uapi::wire::pause::{PausePacket, PauseRepr, ETHERTYPE_MAC_CONTROL, PAUSE_DST};
use uzura_uapi::wire::{seal, sealed_len, EthernetFrame, EthernetRepr, MacAddr};

/// Preamble and SFD, the part of a frame's wire time that precedes its bytes.
const PREAMBLE_LEN: usize = 8;

/// How much of its gaps a transmitter with a deficit idle count (IEEE 802.3 clause 46.3.1.4)
/// may owe at any time: it shortens a gap to align the next start, by at most 3 bytes in all.
pub const DEFICIT_IDLE_PS: u64 = 3 * PS_PER_BYTE;

/// From the start of a frame of `len_with_fcs` bytes on the wire (its preamble) to its last bit.
pub const fn serialization_ps(len_with_fcs: usize) -> u64 {
    (len_with_fcs + PREAMBLE_LEN) as u64 * PS_PER_BYTE
}

/// One transmitter's line: frames may follow each other no faster than 10 Gb/s allows. Each
/// occupies the line for its [`wire_time_ps`] (bytes, preamble and SFD, 12-byte gap), except
/// that a frame may start up to [`DEFICIT_IDLE_PS`] before the line is free: over any run of
/// frames, the time from the first start to the last is at least the run's wire time less 3
/// bytes, which every gap from 9 to 15 bytes a deficit idle count keeps satisfies.
#[derive(Clone, Debug, Default)]
pub struct LineRate {
    /// When the line is free if every frame so far kept the full gap: over the frames so far,
    /// the latest of each one's start plus the wire time of it and the frames after it.
    free_ps: u64,
}

impl LineRate {
    /// Takes a frame of `len_with_fcs` bytes that started at `start_ps`: `Err` with how much too
    /// soon it started, if it did.
    pub fn take(&mut self, start_ps: u64, len_with_fcs: usize) -> Result<(), u64> {
        let earliest = self.free_ps.saturating_sub(DEFICIT_IDLE_PS);
        self.free_ps = self.free_ps.max(start_ps) + wire_time_ps(len_with_fcs);
        match earliest.checked_sub(start_ps) {
            Some(early) if early > 0 => Err(early),
            _ => Ok(()),
        }
    }
}

/// Pads `frame` (no FCS) to the minimum length and appends its FCS, as a MAC does.
pub fn finish_frame(frame: &mut Vec<u8>) {
    let len = frame.len();
    frame.resize(sealed_len(len), 0);
    seal(frame, len);
}

/// A PAUSE frame from `src` asking for `quanta` (0: resume), with FCS.
pub fn pause_frame(src: MacAddr, quanta: u16) -> Vec<u8> {
    let eth = EthernetRepr { dst: PAUSE_DST, src, ethertype: ETHERTYPE_MAC_CONTROL };
    let pause = PauseRepr { quanta };
    let mut frame = vec![0u8; eth.buffer_len() + pause.buffer_len()];
    let mut f = EthernetFrame::new_unchecked(&mut frame[..]);
    eth.emit(&mut f);
    pause.emit(&mut PausePacket::new_unchecked(f.payload_mut()));
    finish_frame(&mut frame);
    frame
}

#[derive(Clone, Debug, PartialEq)]
pub struct LinkConfig {
    /// Propagation delay.
    pub delay_ps: u64,
    /// Probability that a frame is lost.
    pub drop: f64,
    /// Probability that 1 to 3 bits of a frame are flipped (FCS included).
    pub corrupt: f64,
    /// Probability that a frame arrives twice.
    pub duplicate: f64,
    /// Probability that a frame is held back so that later frames overtake it.
    pub reorder: f64,
    /// A held-back frame arrives up to this much later than it would have.
    pub reorder_max_ps: u64,
    /// A congested switch port on the path, or none.
    pub switch: Option<SwitchConfig>,
    pub seed: u64,
}

impl Default for LinkConfig {
    /// A perfect 1 us link.
    fn default() -> Self {
        LinkConfig {
            delay_ps: 1_000_000,
            drop: 0.0,
            corrupt: 0.0,
            duplicate: 0.0,
            reorder: 0.0,
            reorder_max_ps: 20_000_000,
            switch: None,
            seed: 0,
        }
    }
}

impl LinkConfig {
    /// A link that drops, corrupts, duplicates and reorders each with probability `p`, through
    /// a switch port with congestion episodes (which PAUSE the sender, and tail-drop only if
    /// the sender ignores PAUSE).
    pub fn lossy(p: f64, seed: u64) -> LinkConfig {
        LinkConfig {
            drop: p,
            corrupt: p,
            duplicate: p,
            reorder: p,
            switch: Some(SwitchConfig::default()),
            seed,
            ..LinkConfig::default()
        }
    }
}

/// A switch egress port: a FIFO of `buffer_bytes` drained at line rate, or at
/// `congested_rate` of it during congestion episodes (other ports competing for it).
#[derive(Clone, Debug, PartialEq)]
pub struct SwitchConfig {
    pub buffer_bytes: usize,
    /// Send XOFF when the queue holds more than this; it must leave room for the frame the
    /// transmitter may be sending when XOFF arrives.
    pub xoff_bytes: usize,
    /// Send XON (PAUSE 0) when the queue falls below this.
    pub xon_bytes: usize,
    /// Pause time of the XOFF frames; XOFF is repeated every half of it while congested.
    pub pause_quanta: u16,
    /// Source address of the PAUSE frames.
    pub mac: MacAddr,
    /// Episodes start after a gap uniform in `[0, 2 * congestion_gap_ps]` and last uniform
    /// in `[0, 2 * congestion_len_ps]`.
    pub congestion_gap_ps: u64,
    pub congestion_len_ps: u64,
    /// Drain rate during an episode, as a fraction of line rate (0 < rate <= 1).
    pub congested_rate: f64,
    pub seed: u64,
}

impl Default for SwitchConfig {
    fn default() -> Self {
        SwitchConfig {
            buffer_bytes: 96 << 10,
            xoff_bytes: 64 << 10,
            xon_bytes: 32 << 10,
            pause_quanta: 0xffff,
            mac: MacAddr([0x02, 0x5a, 0x5a, 0x00, 0x00, 0xfe]),
            congestion_gap_ps: 1_000_000_000,
            congestion_len_ps: 100_000_000,
            congested_rate: 0.3,
            seed: 0x5eed,
        }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkStats {
    /// Frames handed to the link.
    pub sent: u64,
    /// Frames (copies included) that reached the far end.
    pub delivered: u64,
    pub dropped: u64,
    pub corrupted: u64,
    pub duplicated: u64,
    pub reordered: u64,
    /// Frames tail-dropped by the switch because its buffer was full.
    pub congestion_drops: u64,
    /// PAUSE frames (XOFF and XON) the switch sent back.
    pub pause_frames: u64,
}

struct Switch {
    cfg: SwitchConfig,
    queue: VecDeque<Vec<u8>>,
    /// Bytes queued, the frame being sent included.
    occupancy: usize,
    /// When the frame at the head of the queue has left.
    head_done_ps: u64,
    /// Its own generator, so that episodes do not depend on the traffic.
    episodes: super::rng::Rng,
    congested: bool,
    next_toggle_ps: u64,
    xoff: bool,
    xoff_refresh_ps: u64,
}

impl Switch {
    fn new(cfg: SwitchConfig) -> Switch {
        assert!(cfg.congested_rate > 0.0 && cfg.congested_rate <= 1.0, "congested_rate must be in (0, 1]");
        assert!(cfg.xon_bytes <= cfg.xoff_bytes && cfg.xoff_bytes <= cfg.buffer_bytes);
        assert!(cfg.pause_quanta > 0, "XOFF needs a non-zero pause time");
        let mut episodes = super::rng::Rng::new(cfg.seed);
        let next_toggle_ps = episodes.gen_range(0..2 * cfg.congestion_gap_ps + 1);
        Switch {
            cfg,
            queue: VecDeque::new(),
            occupancy: 0,
            head_done_ps: 0,
            episodes,
            congested: false,
            next_toggle_ps,
            xoff: false,
            xoff_refresh_ps: 0,
        }
    }

    /// How long `len` bytes take to leave when they start at `t`, at the rate then in force.
    fn service_ps(&mut self, len: usize, t: u64) -> u64 {
        while self.next_toggle_ps <= t {
            self.congested = !self.congested;
            let mean = if self.congested { self.cfg.congestion_len_ps } else { self.cfg.congestion_gap_ps };
            self.next_toggle_ps += self.episodes.gen_range(0..2 * mean + 1).max(1);
        }
        let line = wire_time_ps(len);
        if self.congested {
            (line as f64 / self.cfg.congested_rate).ceil() as u64
        } else {
            line
        }
    }

    fn half_pause_ps(&self) -> u64 {
        (PauseRepr { quanta: self.cfg.pause_quanta }.duration_ps() / 2).max(1)
    }

    fn next_event(&self) -> Option<u64> {
        let departure = (!self.queue.is_empty()).then_some(self.head_done_ps);
        let refresh = self.xoff.then_some(self.xoff_refresh_ps);
        departure.into_iter().chain(refresh).min()
    }
}

pub struct Link {
    cfg: LinkConfig,
    rng: super::rng::Rng,
    switch: Option<Switch>,
    /// Frames on the wire by (arrival time, sequence number): equal times keep send order.
    in_flight: BinaryHeap<Reverse<(u64, u64, Vec<u8>)>>,
    seq: u64,
    pauses: VecDeque<(u64, Vec<u8>)>,
    line: LineRate,
    stats: LinkStats,
}

impl Link {
    pub fn new(cfg: LinkConfig) -> Link {
        Link {
            rng: super::rng::Rng::new(cfg.seed),
            switch: cfg.switch.clone().map(Switch::new),
            cfg,
            in_flight: BinaryHeap::new(),
            seq: 0,
            pauses: VecDeque::new(),
            line: LineRate::default(),
            stats: LinkStats::default(),
        }
    }

    /// The transmitter began `frame` (with FCS) on the wire at `now_ps`, its preamble first.
    /// Panics if that is sooner than the line rate allows after the frames before it.
    pub fn send(&mut self, frame: Vec<u8>, now_ps: u64) {
        if let Err(early) = self.line.take(now_ps, frame.len()) {
            panic!(
                "a {}-byte frame started at {now_ps} ps, {early} ps sooner than 10 Gb/s allows: \
                 the NIC model transmits faster than the line",
                frame.len()
            );
        }
        self.stats.sent += 1;
        self.advance(now_ps);
        let Some(sw) = &mut self.switch else {
            // The far end has the frame once its last bit is through.
            let end = now_ps + serialization_ps(frame.len());
            self.onto_wire(frame, end);
            return;
        };
        if sw.occupancy + frame.len() > sw.cfg.buffer_bytes {
            self.stats.congestion_drops += 1;
            return;
        }
        if sw.queue.is_empty() {
            sw.head_done_ps = now_ps + sw.service_ps(frame.len(), now_ps);
        }
        sw.occupancy += frame.len();
        sw.queue.push_back(frame);
        if !sw.xoff && sw.occupancy > sw.cfg.xoff_bytes {
            sw.xoff = true;
            sw.xoff_refresh_ps = now_ps + sw.half_pause_ps();
            let quanta = sw.cfg.pause_quanta;
            self.send_pause(quanta, now_ps);
        }
    }

    /// The earliest time at which something happens on the link: an arrival, a PAUSE, or a
    /// change inside the switch.
    pub fn next_event_time(&self) -> Option<u64> {
        let arrival = self.in_flight.peek().map(|Reverse((t, _, _))| *t);
        let pause = self.pauses.front().map(|(t, _)| *t);
        let switch = self.switch.as_ref().and_then(Switch::next_event);
        [arrival, pause, switch].into_iter().flatten().min()
    }

    /// The next frame that has arrived at the far end by `now_ps`, in arrival order.
    pub fn deliver(&mut self, now_ps: u64) -> Option<Vec<u8>> {
        self.advance(now_ps);
        match self.in_flight.peek() {
            Some(Reverse((t, _, _))) if *t <= now_ps => {
                self.stats.delivered += 1;
                self.in_flight.pop().map(|Reverse((_, _, f))| f)
            }
            _ => None,
        }
    }

    /// The next PAUSE frame the switch has sent back toward the transmitter by `now_ps`.
    pub fn pause_back(&mut self, now_ps: u64) -> Option<Vec<u8>> {
        self.advance(now_ps);
        match self.pauses.front() {
            Some((t, _)) if *t <= now_ps => self.pauses.pop_front().map(|(_, f)| f),
            _ => None,
        }
    }

    pub fn stats(&self) -> &LinkStats {
        &self.stats
    }

    /// Runs the switch up to `now_ps`, in time order.
    fn advance(&mut self, now_ps: u64) {
        loop {
            let Some(sw) = &mut self.switch else { return };
            let Some(t) = sw.next_event().filter(|&t| t <= now_ps) else { return };
            let action = if !sw.queue.is_empty() && sw.head_done_ps == t {
                let frame = sw.queue.pop_front().expect("queue is not empty");
                sw.occupancy -= frame.len();
                if let Some(next) = sw.queue.front() {
                    sw.head_done_ps = t + sw.service_ps(next.len(), t);
                }
                self.onto_wire(frame, t);
                let sw = self.switch.as_mut().expect("switch present");
                if sw.xoff && sw.occupancy < sw.cfg.xon_bytes {
                    sw.xoff = false;
                    Some(0)
                } else {
                    None
                }
            } else {
                sw.xoff_refresh_ps = t + sw.half_pause_ps();
                Some(sw.cfg.pause_quanta)
            };
            if let Some(quanta) = action {
                self.send_pause(quanta, t);
            }
        }
    }

    fn send_pause(&mut self, quanta: u16, t: u64) {
        let src = self.switch.as_ref().expect("only a switch sends PAUSE").cfg.mac;
        self.pauses.push_back((t, pause_frame(src, quanta)));
        self.stats.pause_frames += 1;
    }

    /// The wire's random impairments, then propagation.
    fn onto_wire(&mut self, mut frame: Vec<u8>, t: u64) {
        if self.rng.chance(self.cfg.drop) {
            self.stats.dropped += 1;
            return;
        }
        if self.rng.chance(self.cfg.corrupt) {
            self.stats.corrupted += 1;
            self.flip_bits(&mut frame);
        }
        let copies = if self.rng.chance(self.cfg.duplicate) {
            self.stats.duplicated += 1;
            2
        } else {
            1
        };
        for copy in 0..copies {
            let mut at = t + self.cfg.delay_ps;
            if self.rng.chance(self.cfg.reorder) {
                self.stats.reordered += 1;
                at += self.rng.gen_range(1..self.cfg.reorder_max_ps.max(1) + 1);
            }
            let f = if copy + 1 == copies { std::mem::take(&mut frame) } else { frame.clone() };
            self.in_flight.push(Reverse((at, self.seq, f)));
            self.seq += 1;
        }
    }

    /// Flips 1 to 3 distinct bits: CRC-32 detects every such error in a frame of any length
    /// Ethernet allows, so the receiver's FCS check always catches it.
    fn flip_bits(&mut self, frame: &mut [u8]) {
        let bits = frame.len() as u64 * 8;
        if bits == 0 {
            return;
        }
        let n = self.rng.gen_range(1..4).min(bits);
        let mut flipped: [u64; 3] = [u64::MAX; 3];
        for i in 0..n as usize {
            let bit = loop {
                let b = self.rng.gen_range(0..bits);
                if !flipped.contains(&b) {
                    break b;
                }
            };
            flipped[i] = bit;
            frame[(bit / 8) as usize] ^= 1 << (bit % 8);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uzura_uapi::wire::{fcs_ok, FCS_LEN};

    fn frame(i: u32, len: usize) -> Vec<u8> {
        let mut f = vec![0u8; len];
        f[..6].copy_from_slice(&[2, 0, 0, 0, 0, 2]);
        f[6..12].copy_from_slice(&[2, 0, 0, 0, 0, 1]);
        f[12..14].copy_from_slice(&0x0800u16.to_be_bytes());
        f[14..18].copy_from_slice(&i.to_be_bytes());
        finish_frame(&mut f);
        f
    }

    /// Deliveries as (time, frame) and PAUSE frames as (time, quanta).
    type Trace = (Vec<(u64, Vec<u8>)>, Vec<(u64, u16)>);

    /// Sends `n` frames back to back at line rate, honouring nothing.
    fn run(link: &mut Link, n: u32, len: usize) -> Trace {
        let gap = wire_time_ps(len + FCS_LEN);
        let mut out = Vec::new();
        let mut pauses = Vec::new();
        let mut t = 0;
        let mut sent = 0;
        loop {
            let next_send = (sent < n).then_some(sent as u64 * gap);
            let Some(next) = [next_send, link.next_event_time()].into_iter().flatten().min() else { break };
            t = next.max(t);
            if next_send == Some(t) {
                link.send(frame(sent, len), t);
                sent += 1;
            }
            while let Some(f) = link.deliver(t) {
                out.push((t, f));
            }
            while let Some(p) = link.pause_back(t) {
                assert!(fcs_ok(&p));
                let eth = EthernetFrame::new_checked(&p[..p.len() - FCS_LEN]).unwrap();
                assert_eq!(eth.dst_addr(), PAUSE_DST);
                assert_eq!(eth.ethertype(), ETHERTYPE_MAC_CONTROL);
                let r = PauseRepr::parse(&PausePacket::new_checked(eth.payload()).unwrap()).unwrap();
                pauses.push((t, r.quanta));
            }
        }
        (out, pauses)
    }

    #[test]
    fn a_perfect_link_delivers_everything_in_order_after_serialization_and_delay() {
        let mut link = Link::new(LinkConfig::default());
        let (out, pauses) = run(&mut link, 100, 1000);
        assert!(pauses.is_empty());
        assert_eq!(out.len(), 100);
        let gap = wire_time_ps(1004);
        let serialization = serialization_ps(1004);
        for (i, (t, f)) in out.iter().enumerate() {
            assert_eq!(*t, i as u64 * gap + serialization + 1_000_000);
            assert_eq!(f, &frame(i as u32, 1000));
        }
        assert_eq!(link.stats(), &LinkStats { sent: 100, delivered: 100, ..LinkStats::default() });
        assert_eq!(link.next_event_time(), None);
    }

    #[test]
    fn wire_time_is_800_ps_per_byte_with_preamble_and_gap() {
        assert_eq!(PS_PER_BYTE, 800);
        assert_eq!(wire_time_ps(64), (64 + 8 + 12) * 800);
    }

    #[test]
    fn the_line_takes_gaps_down_to_the_deficit_idle_count_and_no_faster() {
        let w = wire_time_ps(1004);
        let mut line = LineRate::default();
        // Full gaps, then a gap 3 bytes short that the next one, 3 bytes long, makes up.
        for start in [0, w, 2 * w + 5 * w, 8 * w - DEFICIT_IDLE_PS, 9 * w] {
            assert_eq!(line.take(start, 1004), Ok(()), "start {start}");
        }
        // Two short gaps in a row owe 4 bytes.
        let mut line = LineRate::default();
        assert_eq!(line.take(0, 1004), Ok(()));
        assert_eq!(line.take(w - 2 * PS_PER_BYTE, 1004), Ok(()));
        assert_eq!(line.take(2 * w - 4 * PS_PER_BYTE, 1004), Err(PS_PER_BYTE));
        // A frame that starts before the previous one ended.
        let mut line = LineRate::default();
        assert_eq!(line.take(1_000_000, 64), Ok(()));
        assert_eq!(line.take(1_000_000 + serialization_ps(64), 64), Err(12 * PS_PER_BYTE - DEFICIT_IDLE_PS));
    }

    #[test]
    #[should_panic(expected = "faster than the line")]
    fn a_frame_sooner_than_the_line_allows_is_a_bug_of_the_nic_model() {
        let mut link = Link::new(LinkConfig::default());
        link.send(frame(0, 1000), 0);
        link.send(frame(1, 1000), wire_time_ps(1004) - DEFICIT_IDLE_PS - 1);
    }

    #[test]
    fn same_seed_same_output() {
        let cfg = LinkConfig::lossy(0.05, 99);
        let a = run(&mut Link::new(cfg.clone()), 3000, 1500);
        let b = run(&mut Link::new(cfg), 3000, 1500);
        assert_eq!(a, b);
        let c = run(&mut Link::new(LinkConfig::lossy(0.05, 100)), 3000, 1500);
        assert_ne!(a.0, c.0);
    }

    #[test]
    fn corrupted_frames_fail_the_fcs_check() {
        let cfg = LinkConfig { corrupt: 1.0, ..LinkConfig::default() };
        let mut link = Link::new(cfg);
        let (out, _) = run(&mut link, 2000, 64);
        assert_eq!(out.len(), 2000);
        assert!(out.iter().all(|(_, f)| !fcs_ok(f)));
        let (out, _) = run(&mut Link::new(LinkConfig { corrupt: 1.0, seed: 3, ..LinkConfig::default() }), 200, 9000);
        assert!(out.iter().all(|(_, f)| !fcs_ok(f)));
    }

    #[test]
    fn statistics_match_the_probabilities() {
        let n = 20_000;
        let cfg = LinkConfig { drop: 0.1, corrupt: 0.05, duplicate: 0.02, reorder: 0.03, ..LinkConfig::default() };
        let mut link = Link::new(cfg);
        let (out, _) = run(&mut link, n, 200);
        let s = link.stats().clone();
        let near = |got: u64, p: f64, of: u64| {
            let want = p * of as f64;
            (got as f64 - want).abs() < 5.0 * want.sqrt() + 1.0
        };
        assert!(near(s.dropped, 0.1, n as u64), "{s:?}");
        let survived = n as u64 - s.dropped;
        assert!(near(s.corrupted, 0.05, survived), "{s:?}");
        assert!(near(s.duplicated, 0.02, survived), "{s:?}");
        assert!(near(s.reordered, 0.03, survived + s.duplicated), "{s:?}");
        assert_eq!(s.delivered, survived + s.duplicated);
        assert_eq!(out.len() as u64, s.delivered);
        // Each corrupted frame arrives once, or twice if it was also duplicated.
        let bad = out.iter().filter(|(_, f)| !fcs_ok(f)).count() as u64;
        assert!(bad >= s.corrupted && bad <= s.corrupted + s.duplicated, "{bad} {s:?}");
        // Reordered frames were overtaken: the arrival order is not the send order.
        let ids: Vec<u32> = out.iter().map(|(_, f)| u32::from_be_bytes(f[14..18].try_into().unwrap())).collect();
        let inversions = ids.windows(2).filter(|w| w[1] < w[0]).count();
        assert!(inversions > 0);
    }

    #[test]
    fn a_congested_switch_pauses_the_sender_and_tail_drops_when_ignored() {
        let sw = SwitchConfig {
            congestion_gap_ps: 100_000_000,
            congestion_len_ps: 500_000_000,
            congested_rate: 0.25,
            ..SwitchConfig::default()
        };
        let cfg = LinkConfig { switch: Some(sw.clone()), ..LinkConfig::default() };
        let mut link = Link::new(cfg);
        // Line rate for ~15 ms with a sender that ignores PAUSE.
        let (out, pauses) = run(&mut link, 10_000, 1500);
        let s = link.stats().clone();
        assert!(s.congestion_drops > 0, "{s:?}");
        assert_eq!(s.sent, 10_000);
        assert_eq!(out.len() as u64 + s.congestion_drops, 10_000);
        assert_eq!(s.pause_frames as usize, pauses.len());
        assert!(pauses.iter().any(|&(_, q)| q == sw.pause_quanta));
        assert!(pauses.iter().any(|&(_, q)| q == 0), "XON once the queue drains");
        // XOFF and XON alternate, apart from XOFF refreshes.
        let mut paused = false;
        for &(_, q) in &pauses {
            if q == 0 {
                assert!(paused);
            }
            paused = q != 0;
        }
        // The FIFO keeps order.
        let ids: Vec<u32> = out.iter().map(|(_, f)| u32::from_be_bytes(f[14..18].try_into().unwrap())).collect();
        assert!(ids.windows(2).all(|w| w[0] < w[1]));
    }
}
