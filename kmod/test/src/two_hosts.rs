//! The checks between two hosts, each with its own PCI NIC (scripts/uml-test.sh: two User-Mode
//! Linux hosts whose NICs are served by uzura-pcidev and joined by its simulated wire): transfers
//! from 1 byte to 64 MiB in both directions on several contexts, every byte checked by the host
//! that received it. The hosts keep in step over a TCP connection on their control network:
//! the receiver registers its destination and sends the region's info, the sender transfers and
//! says how it went, the receiver checks the bytes and answers.
//!
//! Then `uzura-kmod-test device-gone`: the device taken away (its process killed) under a
//! transfer; what the module must do then.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::time::{Duration, Instant};

use uzura_uapi::abi;
use uzura_uapi::info::{ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE};

use crate::{cid, module_pins, pattern, Buf, Dev, Report, PAGE};

/// The control connection's port on the listening host.
const PORT: u16 = 7700;
/// Contexts per host, each connected to the peer's context of the same index.
const CONTEXTS: usize = 4;

/// Which end of the control connection this host is; the listener sends first.
#[derive(Clone, Copy, PartialEq)]
pub enum Role {
    Listen,
    Connect,
}

/// The control connection: one line per message.
struct Peer {
    reader: BufReader<TcpStream>,
    writer: TcpStream,
}

impl Peer {
    fn open(role: Role, addr: &str) -> Peer {
        let stream = match role {
            Role::Listen => {
                let listener = TcpListener::bind(("0.0.0.0", PORT)).expect("listen on the control port");
                listener.accept().expect("accept the peer").0
            }
            Role::Connect => {
                let deadline = Instant::now() + Duration::from_secs(120);
                loop {
                    match TcpStream::connect((addr, PORT)) {
                        Ok(s) => break s,
                        Err(e) if Instant::now() < deadline => {
                            let _ = e;
                            std::thread::sleep(Duration::from_millis(200));
                        }
                        Err(e) => panic!("cannot reach the peer at {addr}:{PORT}: {e}"),
                    }
                }
            }
        };
        stream.set_nodelay(true).expect("TCP_NODELAY");
        Peer { reader: BufReader::new(stream.try_clone().expect("clone the stream")), writer: stream }
    }

    fn send(&mut self, line: &str) {
        writeln!(self.writer, "{line}").expect("the peer went away");
    }

    /// The next line, which must start with `tag`; the rest of it.
    fn recv(&mut self, tag: &str) -> String {
        let mut line = String::new();
        self.reader.read_line(&mut line).expect("the peer went away");
        let line = line.trim_end();
        match line.strip_prefix(tag) {
            Some(rest) => rest.trim_start().to_string(),
            None => panic!("expected {tag:?} from the peer, got {line:?}"),
        }
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn unhex<const N: usize>(s: &str) -> [u8; N] {
    let mut out = [0u8; N];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(s.get(2 * i..2 * i + 2).expect("hex too short"), 16).expect("hex digit");
    }
    out
}

/// One transfer between the hosts: its size, how the sender waits for it, on which context,
/// with which data, and whether this host sends it.
struct Transfer<'a> {
    size: usize,
    mode: &'a str,
    ctx: u16,
    seed: u64,
    sending: bool,
}

/// One transfer of `size` bytes from the sending host into a fresh region of the receiving
/// one, at unaligned addresses and offsets; both hosts call it, each in its part.
fn transfer(r: &mut Report, peer: &mut Peer, dev: &Dev, t: Transfer<'_>) {
    let Transfer { size, mode, ctx, seed, sending } = t;
    let (src_in_page, dst_in_page) = ((seed as usize * 7) % PAGE, (seed as usize * 13 + 5) % PAGE);
    let (soff, doff) = (seed as usize % 3, 11 + seed as usize % 5);
    let data = pattern(seed, size);
    let name = format!("{} {size} B ({mode}, context {ctx})", if sending { "send" } else { "receive" });
    if sending {
        let mut src = Buf::rw(src_in_page + soff + size + PAGE);
        src.bytes()[src_in_page + soff..src_in_page + soff + size].copy_from_slice(&data);
        let sinfo = dev.reg(src.addr(src_in_page), (soff + size) as u64, ACCESS_LOCAL_READ).expect("register source");
        let dinfo = unhex::<32>(&peer.recv("dinfo"));
        let (s, d, len) = (soff as u64, doff as u64, size as u64);
        let done = match mode {
            "sync" => dev.start(sinfo, s, dinfo, d, len, ctx, abi::START_WAIT).map(|_| ()),
            "poll-wait" => {
                dev.start(sinfo, s, dinfo, d, len, ctx, 0).and_then(|_| dev.poll(ctx, abi::POLL_WAIT).map(|_| ()))
            }
            _ => dev.start(sinfo, s, dinfo, d, len, ctx, 0).and_then(|_| dev.spin(ctx)),
        };
        r.check(&format!("{name}: acknowledged"), done.is_ok(), format!("{done:?}"));
        peer.send(&format!("sent {}", done.is_ok()));
        let verdict = peer.recv("checked");
        r.check(&format!("{name}: the receiver found every byte"), verdict == "true", "it did not");
        dev.release(sinfo).expect("release source");
    } else {
        let mut dst = Buf::rw(dst_in_page + doff + size + 16 + PAGE);
        dst.bytes().fill(0xEE);
        let dinfo = dev
            .reg(dst.addr(dst_in_page), (doff + size + 16) as u64, ACCESS_REMOTE_WRITE)
            .expect("register destination");
        peer.send(&format!("dinfo {}", hex(&dinfo)));
        let sent = peer.recv("sent") == "true";
        let got = &dst.bytes()[dst_in_page..dst_in_page + doff + size + 16];
        let intact = got[doff..doff + size] == data[..];
        let around = got[..doff].iter().chain(&got[doff + size..]).all(|&b| b == 0xEE);
        let first_bad = got[doff..doff + size].iter().zip(&data).position(|(a, b)| a != b);
        let ok = sent && intact && around;
        r.check(
            &format!("{name}: every byte arrived, nothing around it touched"),
            ok,
            format!("sender ok {sent}, first differing byte {first_bad:?}, surroundings untouched {around}"),
        );
        let incoming = dev.poll(ctx, abi::POLL_RX);
        r.check(&format!("{name}: poll(RX) sees it"), matches!(incoming, Ok((true, _))), format!("{incoming:?}"));
        peer.send(&format!("checked {ok}"));
        dev.release(dinfo).expect("release destination");
    }
}

/// Sixteen transfers in flight on every context at once into one region of the receiver,
/// `len` bytes in all.
fn in_flight(r: &mut Report, peer: &mut Peer, dev: &Dev, ctxs: &[u16], sending: bool, len: usize) {
    let data = pattern(99, len);
    if sending {
        let mut src = Buf::rw(len);
        src.bytes().copy_from_slice(&data);
        let sinfo = dev.reg(src.addr(0), len as u64, ACCESS_LOCAL_READ).unwrap();
        let dinfo = unhex::<32>(&peer.recv("dinfo"));
        let chunk = len as u64 / 16;
        let started = (0..16u64).all(|k| {
            let off = k * chunk;
            dev.start(sinfo, off, dinfo, off, chunk, ctxs[k as usize % ctxs.len()], 0).is_ok()
        });
        let waited = ctxs.iter().all(|&c| dev.poll(c, abi::POLL_WAIT).is_ok_and(|(done, _)| done));
        r.check("16 transfers in flight on 4 contexts: all acknowledged", started && waited, "not all");
        peer.send(&format!("sent {}", started && waited));
        let verdict = peer.recv("checked");
        r.check("16 transfers in flight on 4 contexts: the receiver found every byte", verdict == "true", "it did not");
        dev.release(sinfo).unwrap();
    } else {
        let dst = Buf::rw(len);
        let dinfo = dev.reg(dst.addr(0), len as u64, ACCESS_REMOTE_WRITE).unwrap();
        peer.send(&format!("dinfo {}", hex(&dinfo)));
        let sent = peer.recv("sent") == "true";
        let mut dst = dst;
        let ok = sent && dst.bytes()[..] == data[..];
        r.check("16 transfers in flight from the peer: every byte arrived", ok, "data differs");
        peer.send(&format!("checked {ok}"));
        dev.release(dinfo).unwrap();
    }
}

/// The transfers between the two hosts, both ways, none longer than `max_len`; both hosts run
/// it.
pub fn run(r: &mut Report, role: Role, addr: &str, max_len: usize) {
    let mut peer = Peer::open(role, addr);
    let dev = Dev::open();
    let mine: Vec<[u8; 12]> = (0..CONTEXTS).map(|_| dev.ctx_open().expect("ctx_open")).collect();
    peer.send(&format!("contexts {}", mine.iter().map(|a| hex(a)).collect::<Vec<_>>().join(" ")));
    let theirs: Vec<[u8; 12]> = peer.recv("contexts").split(' ').map(unhex::<12>).collect();
    let ctxs: Vec<u16> = mine.iter().map(cid).collect();
    for (&c, &p) in ctxs.iter().zip(&theirs) {
        dev.connect(c, p).expect("connect to the peer's context");
    }
    r.check("contexts connected to the other host's", theirs.len() == CONTEXTS, format!("{}", theirs.len()));
    let sizes = [1usize, 7, 4095, 4096, 4097, 65536 + 13, (1 << 20) + 3, 9 << 20, 64 << 20];
    for (i, &size) in sizes.iter().enumerate().filter(|(_, &size)| size <= max_len) {
        let mode = ["sync", "poll-wait", "poll-spin"][i % 3];
        let ctx = ctxs[i % CONTEXTS];
        // Each size both ways: the listener sends first.
        for listener_sends in [true, false] {
            let sending = (role == Role::Listen) == listener_sends;
            let seed = (i as u64 + 1) * 2 + listener_sends as u64;
            transfer(r, &mut peer, &dev, Transfer { size, mode, ctx, seed, sending });
        }
    }
    for listener_sends in [true, false] {
        in_flight(r, &mut peer, &dev, &ctxs, (role == Role::Listen) == listener_sends, max_len.min(4 << 20) & !15);
    }
    // Neither host goes on (and unloads its module) while the other still expects its frames.
    peer.send("done");
    peer.recv("done");
}

/// The device goes away (scripts/uml-test.sh kills its process) while this host transfers: the
/// transfer and every later call fail with an errno, the pins go at once, the file closes.
pub fn device_gone(r: &mut Report) {
    let dev = Dev::open();
    let (tx, _) = dev.pair();
    let len = 64usize << 20;
    let mut src = Buf::rw(len);
    src.bytes().fill(5);
    let dst = Buf::rw(len);
    let s = dev.reg(src.addr(0), len as u64, ACCESS_LOCAL_READ).unwrap();
    let d = dev.reg(dst.addr(0), len as u64, ACCESS_REMOTE_WRITE).unwrap();
    let pinned = module_pins();
    println!("UZURA: transferring");
    let deadline = Instant::now() + Duration::from_secs(120);
    let failed = loop {
        match dev.start(s, 0, d, 0, len as u64, tx, abi::START_WAIT) {
            Ok(_) if Instant::now() < deadline => {}
            r => break r,
        }
    };
    r.check("device gone: a transfer under way fails with an errno", failed.is_err(), format!("{failed:?}"));
    r.errno("  ... then rdmastart gives ENODEV", dev.start(s, 0, d, 0, 1, tx, 0), libc::ENODEV);
    r.errno("  ... poll gives ENODEV", dev.poll(tx, 0), libc::ENODEV);
    r.errno("  ... getreginfo gives ENODEV", dev.reg(src.addr(0), 4096, ACCESS_LOCAL_READ), libc::ENODEV);
    r.check(
        "  ... the regions' pins are released with the device, the file still open",
        pinned >= 2 * (len / PAGE) as i64 && module_pins() == 0,
        format!("{pinned} pinned before, {} after", module_pins()),
    );
    drop(dev);
    let reopened = std::fs::OpenOptions::new().read(true).write(true).open(crate::DEV);
    r.check(
        "  ... the file closes, and the device node is gone",
        reopened.as_ref().is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound),
        format!("{reopened:?}"),
    );
}

/// The NIC stops consuming its send queue (uzura-pcidev --stall-sq): a file closed with a
/// transfer queued waits for it, then the module resets the NIC rather than leave the pages
/// pinned for a device that may still read them; the device is then out of service.
pub fn stalled_sq(r: &mut Report) {
    let dev = Dev::open();
    let (tx, _) = dev.pair();
    let len = 1usize << 20;
    let src = Buf::rw(len);
    let dst = Buf::rw(len);
    let s = dev.reg(src.addr(0), len as u64, ACCESS_LOCAL_READ).unwrap();
    let d = dev.reg(dst.addr(0), len as u64, ACCESS_REMOTE_WRITE).unwrap();
    let started = dev.start(s, 0, d, 0, len as u64, tx, 0);
    std::thread::sleep(Duration::from_millis(300));
    let polled = dev.poll(tx, 0);
    r.check(
        "stalled send queue: the transfer is queued and never completes",
        started.is_ok() && matches!(polled, Ok((false, _))),
        format!("start {started:?}, poll {polled:?}"),
    );
    let pinned = module_pins();
    let t = Instant::now();
    drop(dev);
    let waited = t.elapsed();
    r.check(
        "  ... closing the file waits about 5 s for the NIC, then resets it",
        waited >= Duration::from_secs(4) && waited < Duration::from_secs(30),
        format!("{waited:?}"),
    );
    r.check(
        "  ... and releases every pin",
        pinned >= 2 * (len / PAGE) as i64 && module_pins() == 0,
        format!("{pinned} pinned before, {} after", module_pins()),
    );
    let again = Dev::open();
    r.errno("  ... the NIC is out of service: calls give ENODEV", again.ctx_open(), libc::ENODEV);
}
