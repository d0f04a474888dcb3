//! The control channel beside RDMA (paper §3): context addresses and region infos before a
//! transfer, the completion notice after it, over TCP.
//!
//! Every message is a 12-byte header and a payload:
//!
//! | bytes | field |
//! |---|---|
//! | 0..4 | magic `UZMC` |
//! | 4 | version ([`VERSION`]) |
//! | 5 | kind |
//! | 6..8 | zero |
//! | 8..12 | payload length, big-endian, at most [`MAX_PAYLOAD`] |
//!
//! A peer of another version is refused with an error that names both versions. Kinds
//! 0x01-0x0f are this module's [`Message`]s; 0x40 and up are the application's own
//! ([`Message::App`]), which it encodes as it likes.

use std::io::{BufReader, BufWriter, Read, Write};
use std::net::{TcpListener, TcpStream, ToSocketAddrs};
use std::time::Duration;

use uzura_uapi::info::{ContextAddr, RegionInfo};

use super::{Error, Result};

pub const MAGIC: [u8; 4] = *b"UZMC";
pub const VERSION: u8 = 1;
pub const HEADER_LEN: usize = 12;
/// Largest payload: a 1,024-page batch of page data with its frame numbers fits.
pub const MAX_PAYLOAD: usize = 8 << 20;
/// First kind number free for applications.
pub const APP_KIND_BASE: u8 = 0x40;

const KIND_CONTEXT: u8 = 0x01;
const KIND_REGION_INFOS: u8 = 0x02;
const KIND_COMPLETION: u8 = 0x03;
const KIND_ABORT: u8 = 0x04;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Message {
    /// A context's address, so that the peer connects its own to it.
    Context(ContextAddr),
    /// Regions the peer may write, for the transfer named `tag`.
    RegionInfos { tag: u64, infos: Vec<RegionInfo> },
    /// The transfer named `tag` completed: `bytes` bytes were acknowledged.
    Completion { tag: u64, bytes: u64 },
    /// The sender gives up, and says why.
    Abort(String),
    /// An application message: `kind` >= [`APP_KIND_BASE`].
    App { kind: u8, payload: Vec<u8> },
}

impl Message {
    fn kind(&self) -> u8 {
        match self {
            Message::Context(_) => KIND_CONTEXT,
            Message::RegionInfos { .. } => KIND_REGION_INFOS,
            Message::Completion { .. } => KIND_COMPLETION,
            Message::Abort(_) => KIND_ABORT,
            Message::App { kind, .. } => *kind,
        }
    }

    /// A short description for messages (an application payload can be megabytes).
    pub fn summary(&self) -> String {
        match self {
            Message::App { kind, payload } => format!("application message {kind:#04x} of {} bytes", payload.len()),
            Message::RegionInfos { tag, infos } => format!("{} region infos for transfer {tag}", infos.len()),
            m => format!("{m:?}"),
        }
    }

    fn encode_payload(&self, out: &mut Vec<u8>) {
        match self {
            Message::Context(a) => out.extend_from_slice(&a.to_bytes()),
            Message::RegionInfos { tag, infos } => {
                out.extend_from_slice(&tag.to_be_bytes());
                out.extend_from_slice(&(infos.len() as u32).to_be_bytes());
                for i in infos {
                    out.extend_from_slice(&i.to_bytes());
                }
            }
            Message::Completion { tag, bytes } => {
                out.extend_from_slice(&tag.to_be_bytes());
                out.extend_from_slice(&bytes.to_be_bytes());
            }
            Message::Abort(reason) => out.extend_from_slice(reason.as_bytes()),
            Message::App { payload, .. } => out.extend_from_slice(payload),
        }
    }

    /// Parses a payload of `kind`; errors say what is wrong.
    pub fn decode(kind: u8, p: Vec<u8>) -> Result<Message> {
        let bad = |what: &str| Error::Protocol(format!("malformed {what} message ({} bytes)", p.len()));
        let u64_at = |at: usize| u64::from_be_bytes(p[at..at + 8].try_into().unwrap());
        Ok(match kind {
            KIND_CONTEXT => {
                if p.len() != ContextAddr::LEN {
                    return Err(bad("context"));
                }
                Message::Context(ContextAddr::parse(&p)?)
            }
            KIND_REGION_INFOS => {
                if p.len() < 12 {
                    return Err(bad("region infos"));
                }
                let n = u32::from_be_bytes(p[8..12].try_into().unwrap()) as usize;
                if p.len() != 12 + n * RegionInfo::LEN {
                    return Err(bad("region infos"));
                }
                let infos = p[12..]
                    .chunks_exact(RegionInfo::LEN)
                    .map(RegionInfo::parse)
                    .collect::<std::result::Result<_, _>>()?;
                Message::RegionInfos { tag: u64_at(0), infos }
            }
            KIND_COMPLETION => {
                if p.len() != 16 {
                    return Err(bad("completion"));
                }
                Message::Completion { tag: u64_at(0), bytes: u64_at(8) }
            }
            KIND_ABORT => Message::Abort(String::from_utf8_lossy(&p).into_owned()),
            k if k >= APP_KIND_BASE => Message::App { kind: k, payload: p },
            k => return Err(Error::Protocol(format!("unknown message kind {k:#04x}"))),
        })
    }
}

/// A socket error; the ones that mean the peer went away become [`Error::PeerClosed`].
fn io_error(doing: &str, peer: &str, e: std::io::Error) -> Error {
    use std::io::ErrorKind as K;
    match e.kind() {
        K::UnexpectedEof | K::ConnectionReset | K::BrokenPipe | K::ConnectionAborted => Error::PeerClosed,
        _ => Error::io(format!("{doing} {peer}"), e),
    }
}

/// One end of the control channel.
pub struct Channel {
    reader: BufReader<TcpStream>,
    writer: BufWriter<TcpStream>,
    peer: String,
}

impl Channel {
    /// Connects to a listening peer, retrying for up to `patience` while it starts.
    pub fn connect(addr: impl ToSocketAddrs + std::fmt::Display, patience: Duration) -> Result<Channel> {
        let deadline = std::time::Instant::now() + patience;
        loop {
            match TcpStream::connect(&addr) {
                Ok(s) => return Channel::new(s),
                Err(e) if std::time::Instant::now() < deadline && e.kind() == std::io::ErrorKind::ConnectionRefused => {
                    std::thread::sleep(Duration::from_millis(50))
                }
                Err(e) => return Err(Error::io(format!("connecting the control channel to {addr}"), e)),
            }
        }
    }

    /// Waits for one peer on `listener`.
    pub fn accept(listener: &TcpListener) -> Result<Channel> {
        let (s, _) = listener.accept().map_err(|e| Error::io("accepting the control channel", e))?;
        Channel::new(s)
    }

    pub fn new(stream: TcpStream) -> Result<Channel> {
        stream.set_nodelay(true).map_err(|e| Error::io("TCP_NODELAY", e))?;
        let peer = stream.peer_addr().map(|a| a.to_string()).unwrap_or_else(|_| "?".into());
        let reader = BufReader::with_capacity(
            1 << 20,
            stream.try_clone().map_err(|e| Error::io("dup of the control socket", e))?,
        );
        log::debug!("control channel to {peer}");
        Ok(Channel { reader, writer: BufWriter::with_capacity(1 << 20, stream), peer })
    }

    pub fn peer(&self) -> &str {
        &self.peer
    }

    /// Gives up waiting for the peer after `t` (None: wait forever).
    pub fn set_timeout(&self, t: Option<Duration>) -> Result<()> {
        self.reader.get_ref().set_read_timeout(t).map_err(|e| Error::io("control socket timeout", e))
    }

    /// Sends one message (flushed).
    pub fn send(&mut self, m: &Message) -> Result<()> {
        let mut payload = Vec::new();
        m.encode_payload(&mut payload);
        self.send_raw(m.kind(), &[&payload])
    }

    /// Sends an application message whose payload is the concatenation of `parts`, without
    /// copying them together first.
    pub fn send_app(&mut self, kind: u8, parts: &[&[u8]]) -> Result<()> {
        assert!(kind >= APP_KIND_BASE, "application kinds start at {APP_KIND_BASE:#x}");
        self.send_raw(kind, parts)
    }

    fn send_raw(&mut self, kind: u8, parts: &[&[u8]]) -> Result<()> {
        let len: usize = parts.iter().map(|p| p.len()).sum();
        if len > MAX_PAYLOAD {
            return Err(Error::Protocol(format!("message of {len} bytes exceeds {MAX_PAYLOAD}")));
        }
        let mut h = [0u8; HEADER_LEN];
        h[0..4].copy_from_slice(&MAGIC);
        h[4] = VERSION;
        h[5] = kind;
        h[8..12].copy_from_slice(&(len as u32).to_be_bytes());
        let peer = &self.peer;
        let io = |e| io_error("sending to", peer, e);
        self.writer.write_all(&h).map_err(io)?;
        for p in parts {
            self.writer.write_all(p).map_err(io)?;
        }
        self.writer.flush().map_err(io)
    }

    /// Receives one message. An `Abort` from the peer becomes [`Error::PeerAborted`].
    pub fn recv(&mut self) -> Result<Message> {
        let mut h = [0u8; HEADER_LEN];
        self.reader.read_exact(&mut h).map_err(|e| io_error("receiving from", &self.peer, e))?;
        if h[0..4] != MAGIC {
            return Err(Error::Protocol(format!("bad magic {:02x?}: not an uzura control channel", &h[0..4])));
        }
        if h[4] != VERSION {
            return Err(Error::Protocol(format!("peer speaks control version {}, this side {VERSION}", h[4])));
        }
        if h[6..8] != [0, 0] {
            return Err(Error::Protocol("reserved header bytes set".into()));
        }
        let len = u32::from_be_bytes(h[8..12].try_into().unwrap()) as usize;
        if len > MAX_PAYLOAD {
            return Err(Error::Protocol(format!("message of {len} bytes exceeds {MAX_PAYLOAD}")));
        }
        let mut payload = vec![0u8; len];
        self.reader.read_exact(&mut payload).map_err(|e| io_error("receiving from", &self.peer, e))?;
        match Message::decode(h[5], payload)? {
            Message::Abort(reason) => Err(Error::PeerAborted(reason)),
            m => Ok(m),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use uzura_uapi::MacAddr;

    fn pair() -> (Channel, Channel) {
        let l = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = l.local_addr().unwrap();
        let t = std::thread::spawn(move || Channel::accept(&l).unwrap());
        let a = Channel::connect(addr, Duration::from_secs(5)).unwrap();
        (a, t.join().unwrap())
    }

    #[test]
    fn messages_round_trip() {
        let (mut a, mut b) = pair();
        let info = RegionInfo { mac: MacAddr([2, 0, 0, 0, 0, 1]), index: 7, access: 1, key: 0x1234, len: 4 << 20 };
        let msgs = [
            Message::Context(ContextAddr { mac: MacAddr([2, 0, 0, 0, 0, 1]), ctx: 3, tag: 99 }),
            Message::RegionInfos { tag: 5, infos: vec![info, info] },
            Message::Completion { tag: 5, bytes: 4 << 20 },
            Message::App { kind: APP_KIND_BASE + 1, payload: vec![1, 2, 3] },
        ];
        for m in &msgs {
            a.send(m).unwrap();
        }
        for m in &msgs {
            assert_eq!(&b.recv().unwrap(), m);
        }
        a.send(&Message::Abort("disk on fire".into())).unwrap();
        assert!(matches!(b.recv(), Err(Error::PeerAborted(r)) if r == "disk on fire"));
        drop(a);
        assert!(matches!(b.recv(), Err(Error::PeerClosed)));
    }

    #[test]
    fn refuses_other_versions_bad_magic_and_bad_infos() {
        let (a, mut b) = pair();
        let mut raw = a.writer.get_ref().try_clone().unwrap();
        raw.write_all(&[b'U', b'Z', b'M', b'C', 2, 1, 0, 0, 0, 0, 0, 0]).unwrap();
        assert!(matches!(b.recv(), Err(Error::Protocol(m)) if m.contains("version 2")));
        let (a, mut b) = pair();
        let mut raw = a.writer.get_ref().try_clone().unwrap();
        raw.write_all(b"GET / HTTP/1.1\r\n").unwrap();
        assert!(matches!(b.recv(), Err(Error::Protocol(m)) if m.contains("magic")));
        // A region info with a bad magic inside a well-formed message.
        let (a, mut b) = pair();
        let mut raw = a.writer.get_ref().try_clone().unwrap();
        let mut m = vec![b'U', b'Z', b'M', b'C', 1, KIND_REGION_INFOS, 0, 0, 0, 0, 0, 44];
        m.extend_from_slice(&[0; 8]);
        m.extend_from_slice(&1u32.to_be_bytes());
        m.extend_from_slice(&[0xee; 32]);
        raw.write_all(&m).unwrap();
        assert!(matches!(b.recv(), Err(Error::BadInfo(_))));
    }
}
