//! A relay between UML and the vhost-user library, for the one message the two disagree on.
//!
//! UML's `vhost_user_set_mem_table` (arch/um/drivers/virtio_uml.c) sends SET_MEM_TABLE with the
//! payload size of its two-region struct (72 bytes) whatever the region count, so with its usual
//! single region it carries 32 bytes of zeros; the vhost crate requires the size to be exactly
//! 8 + 32 * regions and drops the connection. The relay passes every message through unchanged
//! (file descriptors included) except that it trims SET_MEM_TABLE to its regions.

use std::io::{self, Read, Write};
use std::net::Shutdown;
use std::os::fd::{FromRawFd, OwnedFd, RawFd};
use std::os::unix::net::UnixStream;
use std::thread;

use vmm_sys_util::sock_ctrl_msg::ScmSocket;

const HEADER_LEN: usize = 12;
const SET_MEM_TABLE: u32 = 5;
/// `VhostUserMemory`: region count and padding, then 32 bytes per region.
const MEM_TABLE_HEADER: usize = 8;
const MEM_REGION_LEN: usize = 32;
/// The vhost-user limit on fds per message.
const MAX_FDS: usize = 32;
/// Larger payloads are not vhost-user; a broken peer should not make us allocate gigabytes.
const MAX_PAYLOAD: usize = 1 << 20;

/// Relays between `frontend` (UML) and `backend` (the library's end) until either closes.
pub fn spawn(frontend: UnixStream, backend: UnixStream, name: &str) -> io::Result<()> {
    let (front2, back2) = (frontend.try_clone()?, backend.try_clone()?);
    thread::Builder::new().name(format!("{name}-req")).spawn(move || {
        if let Err(e) = requests(&front2, &back2) {
            log::info!("relay of requests ended: {e}");
        }
        let _ = back2.shutdown(Shutdown::Both);
        let _ = front2.shutdown(Shutdown::Both);
    })?;
    thread::Builder::new().name(format!("{name}-rep")).spawn(move || {
        // Replies carry no file descriptors with the features we offer: a byte copy.
        let _ = io::copy(&mut &backend, &mut &frontend);
        let _ = frontend.shutdown(Shutdown::Both);
        let _ = backend.shutdown(Shutdown::Both);
    })?;
    Ok(())
}

fn requests(from: &UnixStream, to: &UnixStream) -> io::Result<()> {
    loop {
        let mut header = [0u8; HEADER_LEN];
        let mut raw_fds = [-1 as RawFd; MAX_FDS];
        let mut iov = [libc::iovec { iov_base: header.as_mut_ptr().cast(), iov_len: HEADER_LEN }];
        // SAFETY: the iovec points into `header`, which outlives the call.
        let (n, nfds) = unsafe { from.recv_with_fds(&mut iov, &mut raw_fds) }.map_err(io::Error::from)?;
        // SAFETY: recvmsg gave us these descriptors; nothing else owns them.
        let fds: Vec<OwnedFd> = raw_fds[..nfds].iter().map(|&fd| unsafe { OwnedFd::from_raw_fd(fd) }).collect();
        if n == 0 {
            return Ok(());
        }
        (&*from).read_exact(&mut header[n..])?;
        let request = u32::from_le_bytes(header[0..4].try_into().expect("4 bytes"));
        let size = u32::from_le_bytes(header[8..12].try_into().expect("4 bytes")) as usize;
        if size > MAX_PAYLOAD {
            return Err(io::Error::new(io::ErrorKind::InvalidData, format!("{size}-byte vhost-user payload")));
        }
        let mut payload = vec![0u8; size];
        (&*from).read_exact(&mut payload)?;
        if request == SET_MEM_TABLE && size >= MEM_TABLE_HEADER {
            let regions = u32::from_le_bytes(payload[0..4].try_into().expect("4 bytes")) as usize;
            let exact = MEM_TABLE_HEADER + regions.saturating_mul(MEM_REGION_LEN);
            if exact < size {
                payload.truncate(exact);
                header[8..12].copy_from_slice(&(exact as u32).to_le_bytes());
            }
        }
        let raw: Vec<RawFd> = fds.iter().map(std::os::fd::AsRawFd::as_raw_fd).collect();
        let sent = to.send_with_fds(&[&header[..], &payload[..]], &raw).map_err(io::Error::from)?;
        if sent < HEADER_LEN + payload.len() {
            (&*to).write_all(&[&header[..], &payload[..]].concat()[sent..])?;
        }
    }
}
