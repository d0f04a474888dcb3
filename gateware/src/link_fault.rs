//! The receive side of link fault signalling (IEEE 802.3 46.3.4): the PHY replaces the data of
//! a receive link it has lost with Local Fault sequence ordered sets, and a peer that does not
//! receive us sends Remote Fault ones. A sequence is /Q/ (0x9C) in lane 0 or 4 with data 0x00,
//! 0x00 and the kind (0x01 local, 0x02 remote) in the column's other lanes.
//!
//! As the standard's link fault state machine: a fault is taken after four sequences of one kind
//! each within 128 columns of the one before, replaced by another kind after four of that one,
//! and cleared by 128 columns without any. The count is per word (two columns), so a word with a
//! sequence in both columns counts once. Each entry into a fault counts in `local_faults` or
//! `remote_faults`; the transmitter acts on `local_fault` and `remote_fault` (see `MacTx`).

use rust_hdl::prelude::*;

use crate::xgmii;

#[derive(LogicBlock)]
pub struct LinkFault {
    pub clock: Signal<In, Clock>,
    pub rxd: Signal<In, Bits<64>>,
    pub rxc: Signal<In, Bits<8>>,
    pub local_fault: Signal<Out, Bit>,
    pub remote_fault: Signal<Out, Bit>,
    pub local_faults: Signal<Out, Bits<32>>,
    pub remote_faults: Signal<Out, Bits<32>>,
    wire_d: DFF<Bits<64>>,
    wire_c: DFF<Bits<8>>,
    /// The registered word holds a Local Fault sequence; a Remote Fault one (and no Local).
    seq_local: DFF<Bit>,
    seq_remote: DFF<Bit>,
    /// Sequences of one kind counted so far (0 = none, saturating at 4), and that kind.
    count: DFF<Bits<3>>,
    count_remote: DFF<Bit>,
    /// Words since the last sequence, saturating: 63 means 126 columns have gone by.
    quiet: DFF<Bits<6>>,
    fault_local: DFF<Bit>,
    fault_remote: DFF<Bit>,
    local_r: DFF<Bits<32>>,
    remote_r: DFF<Bits<32>>,
    /// A sequence ordered set's head in the column of lane 0, of lane 4.
    col0: Signal<Local, Bit>,
    col4: Signal<Local, Bit>,
    seq_any: Signal<Local, Bit>,
    same_run: Signal<Local, Bit>,
    /// /Q/, 0x00, 0x00 in a column's lanes 0-2, and its control bits.
    seq_head: Constant<Bits<24>>,
    seq_ctrl: Constant<Bits<4>>,
    local_kind: Constant<Bits<8>>,
    remote_kind: Constant<Bits<8>>,
}

impl Default for LinkFault {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            rxd: Default::default(),
            rxc: Default::default(),
            local_fault: Default::default(),
            remote_fault: Default::default(),
            local_faults: Default::default(),
            remote_faults: Default::default(),
            wire_d: Default::default(),
            wire_c: Default::default(),
            seq_local: Default::default(),
            seq_remote: Default::default(),
            count: Default::default(),
            count_remote: Default::default(),
            quiet: Default::default(),
            fault_local: Default::default(),
            fault_remote: Default::default(),
            local_r: Default::default(),
            remote_r: Default::default(),
            col0: Default::default(),
            col4: Default::default(),
            seq_any: Default::default(),
            same_run: Default::default(),
            seq_head: Constant::new(((xgmii::fault_column(0) & 0xFF_FFFF) as u64).into()),
            seq_ctrl: Constant::new(1.into()),
            local_kind: Constant::new((xgmii::LOCAL_FAULT as u64).into()),
            remote_kind: Constant::new((xgmii::REMOTE_FAULT as u64).into()),
        }
    }
}

impl Logic for LinkFault {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(
            self,
            clock,
            wire_d,
            wire_c,
            seq_local,
            seq_remote,
            count,
            count_remote,
            quiet,
            fault_local,
            fault_remote,
            local_r,
            remote_r
        );
        self.wire_d.d.next = self.rxd.val();
        self.wire_c.d.next = self.rxc.val();
        // Lanes 0-2 of each column: /Q/, 0x00, 0x00; lane 3 is the kind.
        self.col0.next = (self.wire_c.q.val().get_bits::<4>(0) == self.seq_ctrl.val())
            & (self.wire_d.q.val().get_bits::<24>(0) == self.seq_head.val());
        self.col4.next = (self.wire_c.q.val().get_bits::<4>(4) == self.seq_ctrl.val())
            & (self.wire_d.q.val().get_bits::<24>(32) == self.seq_head.val());
        self.seq_local.d.next = (self.col0.val() & (self.wire_d.q.val().get_bits::<8>(24) == self.local_kind.val()))
            | (self.col4.val() & (self.wire_d.q.val().get_bits::<8>(56) == self.local_kind.val()));
        self.seq_remote.d.next = (self.col0.val() & (self.wire_d.q.val().get_bits::<8>(24) == self.remote_kind.val()))
            | (self.col4.val() & (self.wire_d.q.val().get_bits::<8>(56) == self.remote_kind.val()));

        self.seq_any.next = self.seq_local.q.val() | self.seq_remote.q.val();
        // Local Fault wins a word that holds both.
        self.same_run.next = self.count.q.val().any()
            & (self.count_remote.q.val() == (self.seq_remote.q.val() & !self.seq_local.q.val()))
            & !self.quiet.q.val().all();
        if self.seq_any.val() {
            self.quiet.d.next = 0.into();
            if !self.same_run.val() {
                self.count.d.next = 1.into();
                self.count_remote.d.next = self.seq_remote.q.val() & !self.seq_local.q.val();
            } else if self.count.q.val() != 4 {
                self.count.d.next = self.count.q.val() + 1;
            }
            if self.same_run.val() & (self.count.q.val() == 3) {
                self.fault_local.d.next = !self.count_remote.q.val();
                self.fault_remote.d.next = self.count_remote.q.val();
                if !self.count_remote.q.val() & !self.fault_local.q.val() {
                    self.local_r.d.next = self.local_r.q.val() + 1;
                }
                if self.count_remote.q.val() & !self.fault_remote.q.val() {
                    self.remote_r.d.next = self.remote_r.q.val() + 1;
                }
            }
        } else if self.quiet.q.val().all() {
            self.count.d.next = 0.into();
            self.fault_local.d.next = false;
            self.fault_remote.d.next = false;
        } else {
            self.quiet.d.next = self.quiet.q.val() + 1;
        }
        self.local_fault.next = self.fault_local.q.val();
        self.remote_fault.next = self.fault_remote.q.val();
        self.local_faults.next = self.local_r.q.val();
        self.remote_faults.next = self.remote_r.q.val();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{Word, IDLE_W};

    fn fault(kind: u8) -> Word {
        (xgmii::fault_word(kind), xgmii::FAULT_WORD_CTRL)
    }

    /// Per cycle: (local, remote) and the two counters, after `words` went in.
    fn run(words: Vec<Word>) -> Vec<(bool, bool, u32, u32)> {
        let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let out = seen.clone();
        let cycles = words.len();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<LinkFault>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut ep: Sim<LinkFault>| {
            let mut x = ep.init()?;
            for &(d, c) in &words {
                x.rxd.next = d.into();
                x.rxc.next = (c as u64).into();
                wait_clock_cycle!(ep, clock, x);
                out.lock().unwrap().push((
                    x.local_fault.val(),
                    x.remote_fault.val(),
                    x.local_faults.val().to_u64() as u32,
                    x.remote_faults.val().to_u64() as u32,
                ));
            }
            ep.done(x)
        });
        let mut uut = LinkFault::default();
        uut.connect_all();
        sim.run(Box::new(uut), cycles as u64 * 10 + 20).unwrap();
        let seen = std::mem::take(&mut *seen.lock().unwrap());
        seen
    }

    #[test]
    fn takes_four_sequences_and_clears_after_128_quiet_columns() {
        let lf = fault(xgmii::LOCAL_FAULT);
        let rf = fault(xgmii::REMOTE_FAULT);
        // Three sequences do not make a fault; a sequence in lane 4 only counts as well.
        let lf4 = ((xgmii::fault_column(xgmii::LOCAL_FAULT) as u64) << 32 | 0x0707_0707, 0x1F);
        let mut words = vec![lf, lf, lf];
        words.extend([IDLE_W; 70]);
        // Four, spread over less than 128 columns each: Local Fault.
        words.extend([lf, IDLE_W, lf4, IDLE_W, lf, lf]);
        words.extend([IDLE_W; 10]);
        // Four Remote Fault sequences replace it.
        words.extend([rf; 4]);
        // 64 quiet words (128 columns) clear it.
        words.extend([IDLE_W; 68]);
        let seen = run(words);
        let first = |want: (bool, bool, u32, u32)| seen.iter().position(|&s| s == want);
        // The fourth Local Fault sequence is word 78, the fourth Remote Fault one word 92, and
        // the 64th quiet word after it word 156; each shows two cycles later (the decode, the
        // state), as the input register's output is recorded with the edge that loads it.
        assert_eq!(first((true, false, 1, 0)), Some(78 + 2), "{seen:?}");
        assert_eq!(first((false, true, 1, 1)), Some(92 + 2), "{seen:?}");
        assert_eq!(first((false, false, 1, 1)), Some(156 + 2), "{seen:?}");
        assert_eq!(seen.len(), 161);
    }
}
