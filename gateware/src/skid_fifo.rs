//! A FIFO that answers from registers. rust-hdl's `SynchronousFIFO` answers from its block RAM,
//! 2.5 ns after the clock on 7-series, and a consumer that decides on the word and pops it in the
//! same cycle puts the RAM's read address behind its own logic: both were the NIC's slowest
//! paths. Here the RAM drains into a two-entry buffer on that buffer's own state alone, and the
//! consumer sees only registers. With one entry held and one word popped and refilled each
//! cycle, it keeps the full rate.

use rust_hdl::prelude::*;

#[derive(LogicBlock)]
pub struct SkidFifo<D: Synth, const N: usize, const NP1: usize, const BLOCK_SIZE: u32> {
    pub clock: Signal<In, Clock>,
    pub write: Signal<In, Bit>,
    pub data_in: Signal<In, D>,
    pub full: Signal<Out, Bit>,
    /// Pops `data_out` (ignored while `empty`).
    pub read: Signal<In, Bit>,
    pub data_out: Signal<Out, D>,
    pub empty: Signal<Out, Bit>,
    fifo: SynchronousFIFO<D, N, NP1, BLOCK_SIZE>,
    head: DFF<D>,
    head_valid: DFF<Bit>,
    second: DFF<D>,
    second_valid: DFF<Bit>,
    take: Signal<Local, Bit>,
}

impl<D: Synth, const N: usize, const NP1: usize, const BLOCK_SIZE: u32> Default for SkidFifo<D, N, NP1, BLOCK_SIZE> {
    fn default() -> Self {
        Self {
            clock: Default::default(),
            write: Default::default(),
            data_in: Default::default(),
            full: Default::default(),
            read: Default::default(),
            data_out: Default::default(),
            empty: Default::default(),
            fifo: Default::default(),
            head: Default::default(),
            head_valid: Default::default(),
            second: Default::default(),
            second_valid: Default::default(),
            take: Default::default(),
        }
    }
}

impl<D: Synth, const N: usize, const NP1: usize, const BLOCK_SIZE: u32> Logic for SkidFifo<D, N, NP1, BLOCK_SIZE> {
    #[hdl_gen]
    fn update(&mut self) {
        dff_setup!(self, clock, head, head_valid, second, second_valid);
        clock!(self, clock, fifo);
        self.fifo.write.next = self.write.val();
        self.fifo.data_in.next = self.data_in.val();
        self.full.next = self.fifo.full.val();
        self.data_out.next = self.head.q.val();
        self.empty.next = !self.head_valid.q.val();
        // The RAM's word moves out while the second entry is free.
        self.take.next = !self.fifo.empty.val() && !self.second_valid.q.val();
        self.fifo.read.next = self.take.val();
        if self.read.val() && self.head_valid.q.val() {
            if self.second_valid.q.val() {
                self.head.d.next = self.second.q.val();
                self.second_valid.d.next = false;
            } else {
                self.head.d.next = self.fifo.data_out.val();
                self.head_valid.d.next = self.take.val();
            }
        } else if !self.head_valid.q.val() {
            self.head.d.next = self.fifo.data_out.val();
            self.head_valid.d.next = self.take.val();
        } else if self.take.val() {
            self.second.d.next = self.fifo.data_out.val();
            self.second_valid.d.next = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Words written at `write_when` cycles and popped at `pop_when` cycles leave in order, none
    /// lost or repeated, and at full rate once flowing.
    #[test]
    fn keeps_order_and_rate() {
        let mut uut = SkidFifo::<Bits<16>, 4, 5, 1>::default();
        uut.connect_all();
        let mut sim = Simulation::new();
        sim.add_clock(5, |x: &mut Box<SkidFifo<Bits<16>, 4, 5, 1>>| x.clock.next = !x.clock.val());
        sim.add_testbench(move |mut sim: Sim<SkidFifo<Bits<16>, 4, 5, 1>>| {
            let mut x = sim.init()?;
            let (mut sent, mut got, mut popped_in_a_row, mut best_run) = (0u64, 0u64, 0, 0);
            for cycle in 0..400u64 {
                // Bursts of writes, and a consumer that stalls now and then.
                let write = sent < 100 && !x.full.val() && (cycle % 37) < 30;
                let read = (cycle % 23) != 0 && !x.empty.val();
                x.write.next = write;
                x.data_in.next = sent.into();
                x.read.next = read;
                if read {
                    sim_assert_eq!(sim, x.data_out.val(), Bits::<16>::from(got), x);
                    got += 1;
                    popped_in_a_row += 1;
                    best_run = best_run.max(popped_in_a_row);
                } else {
                    popped_in_a_row = 0;
                }
                if write {
                    sent += 1;
                }
                wait_clock_cycle!(sim, clock, x);
            }
            sim_assert_eq!(sim, got, 100, x);
            // Between the consumer's stalls (every 23rd cycle) it popped every cycle.
            sim_assert!(sim, best_run >= 20, x);
            sim.done(x)
        });
        sim.run(Box::new(uut), 10_000).unwrap();
    }
}
