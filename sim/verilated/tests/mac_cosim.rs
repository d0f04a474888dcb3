//! The gateware's 10 GbE MAC, as Verilog under Verilator, against the references:
//! - what it transmits is what `sim::xgmii::Decoder` (written from IEEE 802.3, independently of
//!   the gateware) decodes, each frame equals uapi's `seal` (padding and FCS), and back-to-back
//!   frames go out word for word as `sim::xgmii::Encoder::deficit_idle`, a standard
//!   transmitter, sends them;
//! - what it receives it sorts exactly as the reference NIC model does: the same frames pass,
//!   and the MAC counters (good, bad FCS, runt, oversize, PAUSE) agree with the model's, from a
//!   transmitter starting in lane 0 and from a standard one starting in lanes 0 and 4;
//! - a PAUSE it receives holds its transmitter for the frame's quanta;
//! - Local and Remote Fault sequences stop its transmitter, which answers a Local Fault with
//!   Remote Fault, and it reports and counts both.

use proptest::prelude::*;
use uzura_sim::host::HostMemory;
use uzura_sim::link::finish_frame;
use uzura_sim::refnic::RefNic;
use uzura_sim::xgmii::{Decoder, Encoder, Word};
use uzura_uapi::regs::{self, Counter};
use uzura_uapi::wire::pause::{PausePacket, PauseRepr, ETHERTYPE_MAC_CONTROL, PAUSE_DST};
use uzura_uapi::wire::xgmii::{CYCLES_PER_QUANTUM, LOCAL_FAULT, REMOTE_FAULT};
use uzura_uapi::wire::{self, EthernetFrame, EthernetRepr, MacAddr, FCS_LEN};
use uzura_verilated::verilated::{uzura_mac, Model, PortId};

const STATION: MacAddr = MacAddr([0x02, 0x55, 0x5a, 0, 0, 1]);

struct Mac {
    m: Model,
    clock: PortId,
    tx_data: PortId,
    tx_keep: PortId,
    tx_valid: PortId,
    tx_last: PortId,
    tx_ready: PortId,
    tx_paused: PortId,
    txd: PortId,
    txc: PortId,
    rxd: PortId,
    rxc: PortId,
    rx_data: PortId,
    rx_keep: PortId,
    rx_valid: PortId,
    rx_last: PortId,
    rx_error: PortId,
    /// Words of frames waiting to be transmitted: (data, keep, last).
    tx_queue: std::collections::VecDeque<(u64, u8, bool)>,
    /// The received frame being assembled, and finished ones with their error flag.
    rx_partial: Vec<u8>,
    received: Vec<(Vec<u8>, bool)>,
}

impl Mac {
    fn new() -> Mac {
        let mut m = uzura_mac::new();
        let p = |m: &Model, n| m.port(n);
        let station = p(&m, "station");
        m.set(station, STATION.to_u64());
        let pause_enable = p(&m, "rx_pause_enable");
        m.set(pause_enable, 1);
        Mac {
            clock: p(&m, "clock"),
            tx_data: p(&m, "tx_data"),
            tx_keep: p(&m, "tx_keep"),
            tx_valid: p(&m, "tx_valid"),
            tx_last: p(&m, "tx_last"),
            tx_ready: p(&m, "tx_ready"),
            tx_paused: p(&m, "tx_paused"),
            txd: p(&m, "xgmii_txd"),
            txc: p(&m, "xgmii_txc"),
            rxd: p(&m, "xgmii_rxd"),
            rxc: p(&m, "xgmii_rxc"),
            rx_data: p(&m, "rx_data"),
            rx_keep: p(&m, "rx_keep"),
            rx_valid: p(&m, "rx_valid"),
            rx_last: p(&m, "rx_last"),
            rx_error: p(&m, "rx_error"),
            m,
            tx_queue: Default::default(),
            rx_partial: Vec::new(),
            received: Vec::new(),
        }
    }

    /// Queues a frame (without FCS) for the transmit stream.
    fn send(&mut self, frame: &[u8]) {
        let n = frame.len().div_ceil(8);
        for (i, chunk) in frame.chunks(8).enumerate() {
            let mut w = [0u8; 8];
            w[..chunk.len()].copy_from_slice(chunk);
            self.tx_queue.push_back((u64::from_le_bytes(w), ((1u16 << chunk.len()) - 1) as u8, i + 1 == n));
        }
    }

    /// One clock cycle with `rx` on the receive side; returns the transmitted word.
    fn cycle(&mut self, rx: Word) -> Word {
        let head = self.tx_queue.front().copied();
        let (data, keep, last) = head.unwrap_or((0, 0, false));
        self.m.set(self.tx_data, data);
        self.m.set(self.tx_keep, keep as u64);
        self.m.set(self.tx_last, last as u64);
        self.m.set(self.tx_valid, head.is_some() as u64);
        self.m.set(self.rxd, rx.data);
        self.m.set(self.rxc, rx.ctrl as u64);
        self.m.eval();
        let taken = head.is_some() && self.m.get(self.tx_ready) == 1;
        self.m.tick(self.clock);
        if taken {
            self.tx_queue.pop_front();
        }
        if self.m.get(self.rx_valid) == 1 {
            let keep = self.m.get(self.rx_keep) as u8;
            let bytes = self.m.get(self.rx_data).to_le_bytes();
            self.rx_partial.extend_from_slice(&bytes[..keep.count_ones() as usize]);
            if self.m.get(self.rx_last) == 1 {
                let error = self.m.get(self.rx_error) == 1;
                self.received.push((std::mem::take(&mut self.rx_partial), error));
            }
        }
        Word { data: self.m.get(self.txd), ctrl: self.m.get(self.txc) as u8 }
    }

    fn counter(&self, name: &str) -> u32 {
        self.m.get(self.m.port(name)) as u32
    }
}

/// A frame from `src` to `dst` of `len` bytes (no FCS), EtherType 0x88b5, seeded payload.
fn frame(len: usize, seed: u8) -> Vec<u8> {
    let mut f: Vec<u8> = (0..len).map(|i| (i as u8).wrapping_mul(seed | 1).wrapping_add(seed)).collect();
    EthernetRepr { dst: STATION, src: MacAddr([2, 0, 0, 0, 0, seed]), ethertype: 0x88b5 }
        .emit(&mut EthernetFrame::new_unchecked(&mut f[..]));
    f
}

fn sealed(f: &[u8]) -> Vec<u8> {
    let mut buf = f.to_vec();
    finish_frame(&mut buf);
    buf
}

fn pause(quanta: u16) -> Vec<u8> {
    pause_to(PAUSE_DST, quanta)
}

fn pause_to(dst: MacAddr, quanta: u16) -> Vec<u8> {
    let mut f = vec![0u8; wire::MIN_FRAME_LEN];
    EthernetRepr { dst, src: MacAddr([2, 0, 0, 0, 0, 0x99]), ethertype: ETHERTYPE_MAC_CONTROL }
        .emit(&mut EthernetFrame::new_unchecked(&mut f[..]));
    PauseRepr { quanta }.emit(&mut PausePacket::new_unchecked(&mut f[14..]));
    f
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, .. ProptestConfig::default() })]

    #[test]
    fn transmitted_frames_decode_to_their_sealed_bytes(lens in prop::collection::vec(14usize..2000, 1..12)) {
        let mut mac = Mac::new();
        let frames: Vec<Vec<u8>> = lens.iter().enumerate().map(|(i, &n)| frame(n, i as u8)).collect();
        for f in &frames {
            mac.send(f);
        }
        let mut dec = Decoder::default();
        let mut wire = Vec::new();
        for _ in 0..(lens.iter().sum::<usize>() / 8 + 40 * lens.len() + 100) {
            let w = mac.cycle(Word::IDLE);
            if w != Word::IDLE || !wire.is_empty() {
                wire.push(w);
            }
            dec.push(w);
        }
        for (i, f) in frames.iter().enumerate() {
            let r = dec.pop().ok_or_else(|| TestCaseError::fail(format!("frame {i} of {} not transmitted", frames.len())))?;
            prop_assert!(!r.error, "frame {} framing error", i);
            prop_assert_eq!(&r.bytes, &sealed(f), "frame {} bytes", i);
        }
        prop_assert!(dec.pop().is_none(), "more frames than sent");
        // Back to back, word for word what a standard transmitter sends: starts in lanes 0
        // and 4, gaps kept by the deficit idle count.
        let mut standard = Encoder::deficit_idle();
        for f in &frames {
            standard.push(&sealed(f));
        }
        for (i, &w) in wire.iter().enumerate() {
            prop_assert_eq!(w, standard.next_word(), "word {} of the wire", i);
        }
    }
}

/// Frames the receive side must sort: good, bad FCS, runt, oversize, PAUSE (to the reserved
/// address and to the station, IEEE 802.3 Annex 31B), PAUSE opcodes to other addresses (passed)
/// and other MAC Control opcodes (discarded and counted, clause 31).
fn receive_cases() -> Vec<Vec<u8>> {
    let mut cases = Vec::new();
    for (i, n) in [60usize, 61, 64, 100, 1514, 9000, 9230].into_iter().enumerate() {
        cases.push(sealed(&frame(n, i as u8)));
    }
    let mut bad = sealed(&frame(200, 7));
    bad[100] ^= 0x20;
    cases.push(bad);
    let mut bad_fcs = sealed(&frame(61, 8));
    let last = bad_fcs.len() - 1;
    bad_fcs[last] ^= 1;
    cases.push(bad_fcs);
    // Runts with a correct FCS: 40 and 63 bytes on the wire.
    for n in [36usize, 59] {
        let mut f = frame(n, 9);
        let crc = wire::fcs(&f).to_le_bytes();
        f.extend_from_slice(&crc);
        cases.push(f);
    }
    cases.push(sealed(&frame(9300, 10)));
    cases.push(sealed(&pause(0)));
    cases.push(sealed(&pause_to(STATION, 0)));
    cases.push(sealed(&pause_to(MacAddr([0x01, 0x80, 0xC2, 0, 0, 0x02]), 0)));
    cases.push(sealed(&pause_to(MacAddr([0x02, 0, 0, 0, 0, 0x77]), 0)));
    let mut pfc = pause(3);
    pfc[14] = 0x01; // opcode 0x0101 (PFC): not a PAUSE
    cases.push(sealed(&pfc));
    cases
}

#[test]
fn receive_side_agrees_with_the_reference_model() {
    assert_eq!(receive_side_agrees(Encoder::default()), 0);
}

/// A standard transmitter starts about half its frames in lane 4.
#[test]
fn receive_side_agrees_from_a_transmitter_with_a_deficit_idle_count() {
    let lane4 = receive_side_agrees(Encoder::deficit_idle());
    assert!(lane4 >= 5, "{lane4} frames started in lane 4");
}

/// Sends the receive cases through `enc`; returns how many started in lane 4.
fn receive_side_agrees(mut enc: Encoder) -> usize {
    let cases = receive_cases();
    let mut mac = Mac::new();
    for f in &cases {
        enc.push(f);
    }
    let mut lane4 = 0;
    while !enc.is_idle() {
        let w = enc.next_word();
        lane4 += (w.ctrl & 0x10 != 0 && (w.data >> 32) as u8 == wire::xgmii::START) as usize;
        mac.cycle(w);
    }
    for _ in 0..20 {
        mac.cycle(Word::IDLE);
    }

    let mut mem = HostMemory::new();
    let mut model = RefNic::new(STATION);
    model.write_reg(&mut mem, regs::CONTROL, regs::CONTROL_ENABLE | regs::CONTROL_PAUSE_RX);
    for f in &cases {
        model.receive(&mut mem, f, 0);
    }
    for (port, counter) in [
        ("rx_frames", Counter::RxFrames),
        ("rx_bad_fcs", Counter::RxBadFcs),
        ("rx_runt", Counter::RxRunt),
        ("rx_oversize", Counter::RxOversize),
        ("rx_pause", Counter::RxPause),
        ("rx_unsupported", Counter::RxUnsupportedOpcode),
    ] {
        assert_eq!(mac.counter(port), model.counter(counter), "{port}");
    }
    // The frames the MAC passes without error are the good ones minus MAC Control to this
    // station, FCS stripped.
    let passed: Vec<Vec<u8>> = mac.received.iter().filter(|(_, e)| !e).map(|(b, _)| b.clone()).collect();
    let is_mac_control =
        |f: &[u8]| (f.starts_with(&PAUSE_DST.0) || f.starts_with(&STATION.0)) && f[12..14] == [0x88, 0x08];
    let expected: Vec<Vec<u8>> = cases
        .iter()
        .filter(|f| wire::fcs_ok(f) && (64..=9234).contains(&f.len()) && !is_mac_control(f))
        .map(|f| f[..f.len() - FCS_LEN].to_vec())
        .collect();
    assert_eq!(expected.len(), 9, "the cases hold 9 frames a MAC must pass");
    assert_eq!(mac.counter("rx_pause"), 2, "PAUSE to the reserved address and to the station");
    assert_eq!(mac.counter("rx_unsupported"), 1, "PFC to the reserved address");
    assert_eq!(passed.len(), expected.len(), "frames passed");
    for (p, e) in passed.iter().zip(&expected) {
        assert!(p == e, "a passed frame differs");
    }
    lane4
}

#[test]
fn a_received_pause_holds_the_transmitter_for_its_quanta() {
    let quanta = 20u16;
    let mut mac = Mac::new();
    let mut enc = Encoder::default();
    enc.push(&sealed(&pause(quanta)));
    let mut paused_at = None;
    let mut cycle = 0u32;
    while !enc.is_idle() || paused_at.is_none() {
        mac.cycle(enc.next_word());
        cycle += 1;
        if paused_at.is_none() && mac.m.get(mac.tx_paused) == 1 {
            paused_at = Some(cycle);
        }
        assert!(cycle < 1000, "the PAUSE never took effect");
    }
    // A frame queued now waits until the pause expires.
    mac.send(&frame(100, 1));
    let mut dec = Decoder::default();
    let mut started = None;
    for c in cycle..cycle + 1000 {
        dec.push(mac.cycle(Word::IDLE));
        if started.is_none() && mac.m.get(mac.txc) != 0xff {
            started = Some(c + 1);
        }
    }
    let held = started.expect("the frame was sent after the pause") - paused_at.unwrap();
    let pause_cycles = quanta as u32 * CYCLES_PER_QUANTUM;
    assert!(held >= pause_cycles && held <= pause_cycles + 4, "held {held} cycles for {pause_cycles}");
    assert_eq!(dec.pop().expect("frame").bytes, sealed(&frame(100, 1)));
}

/// IEEE 802.3 46.3.4: a receiver seeing Local Fault (its PHY lost the link) makes the
/// transmitter send Remote Fault and no frames; seeing Remote Fault, idle and no frames; 128
/// columns without a fault sequence clear it, and the held frame goes out.
#[test]
fn link_faults_stop_the_transmitter_and_are_reported() {
    for (kind, port, counter) in [
        (LOCAL_FAULT, "link_local_fault", "link_local_faults"),
        (REMOTE_FAULT, "link_remote_fault", "link_remote_faults"),
    ] {
        let mut mac = Mac::new();
        let mut dec = Decoder::default();
        let mut sent = Vec::new();
        for _ in 0..8 {
            mac.cycle(Word::fault(kind));
        }
        assert_eq!((mac.counter(port), mac.counter(counter)), (1, 1), "{port} after 8 fault words");
        mac.send(&frame(100, 1));
        for _ in 0..200 {
            let w = mac.cycle(Word::fault(kind));
            sent.push(w);
            dec.push(w);
        }
        assert!(dec.pop().is_none(), "a frame went out during {port}");
        let answer = if kind == LOCAL_FAULT { Word::fault(REMOTE_FAULT) } else { Word::IDLE };
        assert!(sent[20..].iter().all(|&w| w == answer), "{port}: sent {:x?}", &sent[20..24]);
        for _ in 0..200 {
            dec.push(mac.cycle(Word::IDLE));
        }
        assert_eq!((mac.counter(port), mac.counter(counter)), (0, 1), "{port} after 200 idle words");
        assert_eq!(dec.pop().expect("the held frame").bytes, sealed(&frame(100, 1)));
    }
}
