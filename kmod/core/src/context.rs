//! One communication context: its connection to a peer, the transfers it sends (PSNs,
//! window, acknowledgement, retransmission state) and what it has received.

use super::uapi::info::ContextAddr;
use super::uapi::proto::{Psn, RX_WINDOW};
use super::Owner;

/// Transfers a context may have in flight.
pub const QUEUE_DEPTH: usize = 32;

#[derive(Clone, Copy, PartialEq, Eq, Debug, Default)]
pub(super) enum State {
    #[default]
    Free,
    Open,
    Connected,
    /// The peer stopped answering; every operation but close fails with `TimedOut`.
    Failed,
}

/// One rdmastart, as PSNs `[first, end)`.
#[derive(Clone, Copy, Default)]
pub(super) struct Transfer {
    pub first: Psn,
    pub end: Psn,
    pub len: u64,
    pub src_region: u16,
    pub src_offset: u64,
    pub dst_region: u16,
    pub dst_key: u64,
    pub dst_offset: u64,
}

impl Transfer {
    pub fn contains(&self, p: Psn) -> bool {
        p.after_or_eq(self.first) && p.before(self.end)
    }
}

#[derive(Clone, Copy, Default)]
pub(super) struct Context {
    pub state: State,
    pub owner: Owner,
    pub local_tag: u32,
    pub peer: ContextAddr,
    // --- sending ---
    /// PSN the next transfer starts at.
    pub next_psn: Psn,
    /// Every PSN before this is acknowledged.
    pub acked: Psn,
    /// Every PSN before this has been handed to the NIC at least once.
    pub posted: Psn,
    /// PSNs before this were retransmitted in the current recovery: a NACK that lists them
    /// again is not answered until an RTO passes.
    pub recovered: Psn,
    /// Transfers started (`started - completed` are in flight, in `queue`).
    pub started: u32,
    pub completed: u32,
    pub queue: [Transfer; QUEUE_DEPTH],
    pub rto_ns: u64,
    /// When to retransmit if no acknowledgement progresses; `None` when nothing is in flight.
    pub deadline_ns: Option<u64>,
    /// Consecutive timeouts without progress.
    pub timeouts: u32,
    /// SQ descriptors of this context the NIC has not finished sending.
    pub sq_pending: u32,
    /// SQ index after the last descriptor naming this context. It outlives the context: the
    /// slot is not reused until the NIC's SQ head has passed it, or stale descriptors would
    /// run on the new connection.
    pub sq_fence: u32,
    // --- receiving ---
    /// Incoming transfers completed (the NIC's DONE, widened) and those `poll(RX)` consumed.
    pub rx_done: u32,
    pub rx_consumed: u32,
    /// The cumulative PSN last reported to the peer, and the end of the last missing range
    /// NACKed: unsolicited reports repeat neither.
    pub reported_cum: Psn,
    pub nacked_to: Psn,
}

/// Whether the NIC, whose SQ head is `sq_head`, has consumed every descriptor before `fence`.
pub(super) fn fence_passed(fence: u32, sq_head: u32) -> bool {
    fence.wrapping_sub(sq_head) as i32 <= 0
}

impl Context {
    pub fn in_flight(&self) -> u32 {
        self.started.wrapping_sub(self.completed)
    }

    pub fn transfer(&self, seq: u32) -> &Transfer {
        &self.queue[seq as usize % QUEUE_DEPTH]
    }

    /// PSNs the window still admits.
    pub fn window_space(&self) -> u32 {
        RX_WINDOW - self.posted.since(self.acked) as u32
    }

    /// The sequence number of the in-flight transfer holding `p`.
    pub fn seq_of(&self, p: Psn) -> Option<u32> {
        (0..self.in_flight()).map(|i| self.completed.wrapping_add(i)).find(|&s| self.transfer(s).contains(p))
    }
}
