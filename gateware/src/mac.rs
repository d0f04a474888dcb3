//! The 10 GbE MAC: [`MacTx`] and [`MacRx`] on one 156.25 MHz clock, with received PAUSE frames
//! stopping the transmitter while `rx_pause_enable` (`CONTROL.PAUSE_RX`) is high, and a link
//! fault seen by [`LinkFault`] stopping it (sending Remote Fault for a local one). This is the
//! Verilog top `uzura_mac.v` (module `top`), so its port names are an interface: the Verilator
//! models in `sim` address ports by these names.

use rust_hdl::prelude::*;

use crate::link_fault::LinkFault;
use crate::mac_rx::MacRx;
use crate::mac_tx::MacTx;

/// The MAC's ports: `tx_*` the host's transmit stream and PAUSE requests, `rx_*` the receive
/// stream, PAUSE reports and counters, `xgmii_*` the PHY side. See [`MacTx`] and [`MacRx`] for
/// the stream rules.
#[derive(LogicBlock, Default)]
pub struct Mac {
    pub clock: Signal<In, Clock>,
    pub tx_data: Signal<In, Bits<64>>,
    pub tx_keep: Signal<In, Bits<8>>,
    pub tx_valid: Signal<In, Bit>,
    pub tx_last: Signal<In, Bit>,
    pub tx_ready: Signal<Out, Bit>,
    /// High while a received PAUSE keeps host frames from starting (`STATUS.TX_PAUSED`).
    pub tx_paused: Signal<Out, Bit>,
    /// A pulse sends a PAUSE frame with `tx_send_pause_quanta` (0 = XON) from `station`.
    pub tx_send_pause: Signal<In, Bit>,
    pub tx_send_pause_quanta: Signal<In, Bits<16>>,
    /// The station's MAC address, first octet in bits 47:40 (`MacAddr::to_u64`).
    pub station: Signal<In, Bits<48>>,
    pub xgmii_txd: Signal<Out, Bits<64>>,
    pub xgmii_txc: Signal<Out, Bits<8>>,
    pub xgmii_rxd: Signal<In, Bits<64>>,
    pub xgmii_rxc: Signal<In, Bits<8>>,
    pub rx_data: Signal<Out, Bits<64>>,
    pub rx_keep: Signal<Out, Bits<8>>,
    pub rx_valid: Signal<Out, Bit>,
    pub rx_last: Signal<Out, Bit>,
    pub rx_error: Signal<Out, Bit>,
    /// Honour received PAUSE frames (`CONTROL.PAUSE_RX`).
    pub rx_pause_enable: Signal<In, Bit>,
    /// A pulse for each good PAUSE frame received, with its quanta (whether honoured or not).
    pub rx_pause_load: Signal<Out, Bit>,
    pub rx_pause_quanta: Signal<Out, Bits<16>>,
    pub rx_frames: Signal<Out, Bits<32>>,
    pub rx_bad_fcs: Signal<Out, Bits<32>>,
    pub rx_runt: Signal<Out, Bits<32>>,
    pub rx_oversize: Signal<Out, Bits<32>>,
    pub rx_pause: Signal<Out, Bits<32>>,
    /// MAC Control frames with an opcode other than PAUSE, discarded (clause 31).
    pub rx_unsupported: Signal<Out, Bits<32>>,
    /// Link fault (`STATUS.LOCAL_FAULT`, `REMOTE_FAULT`) and the times each was entered.
    pub link_local_fault: Signal<Out, Bit>,
    pub link_remote_fault: Signal<Out, Bit>,
    pub link_local_faults: Signal<Out, Bits<32>>,
    pub link_remote_faults: Signal<Out, Bits<32>>,
    tx: MacTx,
    rx: MacRx,
    fault: LinkFault,
}

impl Logic for Mac {
    #[hdl_gen]
    fn update(&mut self) {
        clock!(self, clock, tx, rx, fault);
        self.tx.data.next = self.tx_data.val();
        self.tx.keep.next = self.tx_keep.val();
        self.tx.valid.next = self.tx_valid.val();
        self.tx.last.next = self.tx_last.val();
        self.tx_ready.next = self.tx.ready.val();
        self.tx_paused.next = self.tx.paused.val();
        self.tx.send_pause.next = self.tx_send_pause.val();
        self.tx.send_pause_quanta.next = self.tx_send_pause_quanta.val();
        self.tx.station.next = self.station.val();
        self.xgmii_txd.next = self.tx.txd.val();
        self.xgmii_txc.next = self.tx.txc.val();

        self.rx.rxd.next = self.xgmii_rxd.val();
        self.rx.station.next = self.station.val();
        self.rx.rxc.next = self.xgmii_rxc.val();
        self.rx_data.next = self.rx.data.val();
        self.rx_keep.next = self.rx.keep.val();
        self.rx_valid.next = self.rx.valid.val();
        self.rx_last.next = self.rx.last.val();
        self.rx_error.next = self.rx.error.val();
        self.rx_pause_load.next = self.rx.pause_load.val();
        self.rx_pause_quanta.next = self.rx.pause_quanta.val();
        self.rx_frames.next = self.rx.rx_frames.val();
        self.rx_bad_fcs.next = self.rx.rx_bad_fcs.val();
        self.rx_runt.next = self.rx.rx_runt.val();
        self.rx_oversize.next = self.rx.rx_oversize.val();
        self.rx_pause.next = self.rx.rx_pause.val();
        self.rx_unsupported.next = self.rx.rx_unsupported.val();

        self.fault.rxd.next = self.xgmii_rxd.val();
        self.fault.rxc.next = self.xgmii_rxc.val();
        self.tx.fault_local.next = self.fault.local_fault.val();
        self.tx.fault_remote.next = self.fault.remote_fault.val();
        self.link_local_fault.next = self.fault.local_fault.val();
        self.link_remote_fault.next = self.fault.remote_fault.val();
        self.link_local_faults.next = self.fault.local_faults.val();
        self.link_remote_faults.next = self.fault.remote_faults.val();

        self.tx.pause_load.next = self.rx.pause_load.val();
        self.tx.pause_quanta.next = self.rx.pause_quanta.val();
        self.tx.pause_enable.next = self.rx_pause_enable.val();
    }
}

#[cfg(test)]
mod tests {
    use std::sync::{Arc, Mutex};

    use rust_hdl::prelude::*;
    use uzura_uapi::wire::{MacAddr, MIN_FRAME_LEN};

    use super::Mac;
    use crate::testing::bytes;
    use crate::xgmii;

    /// TX looped back into RX: a host frame comes back without its FCS, and a PAUSE the MAC
    /// sends to itself is consumed by RX and, while enabled, stops the transmitter.
    #[test]
    fn loopback_delivers_frames_and_pause_stops_the_transmitter() {
        let frames = [bytes(1, 100), bytes(3, 17), bytes(5, 64)];
        // Padding stays: the receiver cannot tell it from data.
        let want: Vec<Vec<u8>> =
            frames.iter().map(|f| [&f[..], &vec![0; MIN_FRAME_LEN.saturating_sub(f.len())]].concat()).collect();
        struct Seen {
            frames: Vec<(Vec<u8>, bool)>,
            /// Cycles in which a start character went out, and in which `tx_paused` was high.
            starts: Vec<usize>,
            paused: Vec<usize>,
            pauses: Vec<u16>,
            counters: [u32; 5],
        }
        let seen = Arc::new(Mutex::new(Seen {
            frames: vec![],
            starts: vec![],
            paused: vec![],
            pauses: vec![],
            counters: [0; 5],
        }));
        let out = seen.clone();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<Mac>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut ep: Sim<Mac>| {
            let mut x = ep.init()?;
            x.station.next = MacAddr([2, 0, 0, 0, 0, 9]).to_u64().into();
            x.rx_pause_enable.next = true;
            let (mut f, mut w, mut cur) = (0, 0, Vec::new());
            for c in 0..150 {
                // Frame 0 at once; XOFF for 5 quanta (40 cycles) requested at cycle 20, back
                // at RX 15 cycles later; frames 1 and 2 offered from cycle 40 must wait for the
                // PAUSE to run out.
                x.tx_send_pause.next = c == 20;
                x.tx_send_pause_quanta.next = 5.into();
                x.tx_valid.next = f < frames.len() && (f == 0 || c >= 40);
                if x.tx_valid.next {
                    let chunk = &frames[f][8 * w..(8 * w + 8).min(frames[f].len())];
                    let mut b = [0u8; 8];
                    b[..chunk.len()].copy_from_slice(chunk);
                    x.tx_data.next = u64::from_le_bytes(b).into();
                    x.tx_keep.next = ((1u64 << chunk.len()) - 1).into();
                    x.tx_last.next = 8 * w + 8 >= frames[f].len();
                }
                let taken = x.tx_valid.next && x.tx_ready.val();
                x.xgmii_rxd.next = x.xgmii_txd.val();
                x.xgmii_rxc.next = x.xgmii_txc.val();
                wait_clock_cycle!(ep, clock, x);
                if taken {
                    w += 1;
                    if 8 * w >= frames[f].len() {
                        (f, w) = (f + 1, 0);
                    }
                }
                let mut o = out.lock().unwrap();
                let (d, k) = (x.xgmii_txd.val().to_u64(), x.xgmii_txc.val().to_u64());
                if [0, 4].iter().any(|&i| k >> i & 1 != 0 && (d >> (8 * i)) as u8 == xgmii::START) {
                    o.starts.push(c);
                }
                if x.tx_paused.val() {
                    o.paused.push(c);
                }
                if x.rx_valid.val() {
                    let n = x.rx_keep.val().to_u64().count_ones() as usize;
                    cur.extend_from_slice(&x.rx_data.val().to_u64().to_le_bytes()[..n]);
                    if x.rx_last.val() {
                        o.frames.push((std::mem::take(&mut cur), x.rx_error.val()));
                    }
                }
                if x.rx_pause_load.val() {
                    o.pauses.push(x.rx_pause_quanta.val().to_u64() as u16);
                }
                o.counters = [&x.rx_frames, &x.rx_bad_fcs, &x.rx_runt, &x.rx_oversize, &x.rx_pause]
                    .map(|c| c.val().to_u64() as u32);
            }
            ep.done(x)
        });
        let mut uut = Mac::default();
        uut.connect_all();
        sim.run(Box::new(uut), 1520).unwrap();
        let s = seen.lock().unwrap();
        assert_eq!(s.frames, want.into_iter().map(|f| (f, false)).collect::<Vec<_>>());
        assert_eq!(s.pauses, [5]);
        assert_eq!(s.counters, [4, 0, 0, 0, 1]);
        // Frame 0, the PAUSE frame, then frames 1 and 2 only after 5 quanta of `tx_paused`.
        assert_eq!(s.starts.len(), 4, "{:?}", s.starts);
        let (first, last) = (s.paused[0], *s.paused.last().unwrap());
        assert_eq!(last - first + 1, 40, "{:?}", s.paused);
        assert!(
            s.starts[1] < first && (last..last + 5).contains(&s.starts[2]),
            "starts {:?}, paused {first}..={last}",
            s.starts
        );
    }
}
