//! xen-migrate: live migration of a VM's memory over uzura RDMA, as the paper's modified Xen
//! migration does, with three transports (`tcp`, `rdma`, `overlap`) so that the paper's
//! comparison can be made. See `engine` for the protocol and `transport` for the pipeline.

pub mod dirty;
pub mod engine;
pub mod error;
pub mod guest;
pub mod local;
pub mod netns;
pub mod report;
pub mod transport;

pub use engine::{Policy, Report};
pub use transport::Transport;
