//! The port bundles that several blocks share: a DMA read master, a DMA write master and an
//! event request. Each is a `LogicInterface`: a block holds one as a field, its signals become
//! the block's ports `<field>$<signal>`, and the NIC top connects them to its host interface
//! (registers.md §9) and to each other.

use rust_hdl::prelude::*;

/// A DMA read master: `req` with `addr` and `len` until `ready`, then the data's beats, in
/// request order, under the master's own tag (the NIC top routes them): `beat` with `data`,
/// and `last` on a read's last beat. `D` is the beat, or the part of it the master reads.
#[derive(LogicInterface, Default)]
#[join = "DmaReadIn"]
pub struct DmaRead<D: Synth> {
    pub req: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    pub addr: Signal<Out, Bits<64>>,
    pub len: Signal<Out, Bits<13>>,
    pub beat: Signal<In, Bit>,
    pub data: Signal<In, D>,
    pub last: Signal<In, Bit>,
}

/// The arbiter's end of a [`DmaRead`].
#[derive(LogicInterface, Default)]
#[join = "DmaRead"]
pub struct DmaReadIn<D: Synth> {
    pub req: Signal<In, Bit>,
    pub ready: Signal<Out, Bit>,
    pub addr: Signal<In, Bits<64>>,
    pub len: Signal<In, Bits<13>>,
    pub beat: Signal<Out, Bit>,
    pub data: Signal<Out, D>,
    pub last: Signal<Out, Bit>,
}

/// A DMA write master: one beat a cycle while `valid` and `ready`; each beat carries the
/// write's `addr` and `len`, `strb` its valid bytes, `first` and `last` the write's ends.
#[derive(LogicInterface, Default)]
pub struct DmaWrite {
    pub valid: Signal<Out, Bit>,
    pub ready: Signal<In, Bit>,
    pub addr: Signal<Out, Bits<64>>,
    pub len: Signal<Out, Bits<13>>,
    pub data: Signal<Out, Bits<64>>,
    pub strb: Signal<Out, Bits<8>>,
    pub first: Signal<Out, Bit>,
    pub last: Signal<Out, Bit>,
}

/// A request for an event (`ring::Event` without its phase) to the event writer: `req` with
/// the event until `ack`.
#[derive(LogicInterface, Default)]
#[join = "EventRequestIn"]
pub struct EventRequest {
    pub req: Signal<Out, Bit>,
    pub kind: Signal<Out, Bits<8>>,
    pub ctx: Signal<Out, Bits<16>>,
    pub a: Signal<Out, Bits<32>>,
    pub b: Signal<Out, Bits<32>>,
    pub ack: Signal<In, Bit>,
}

/// The event writer's end of an [`EventRequest`].
#[derive(LogicInterface, Default)]
#[join = "EventRequest"]
pub struct EventRequestIn {
    pub req: Signal<In, Bit>,
    pub kind: Signal<In, Bits<8>>,
    pub ctx: Signal<In, Bits<16>>,
    pub a: Signal<In, Bits<32>>,
    pub b: Signal<In, Bits<32>>,
    pub ack: Signal<Out, Bit>,
}
