//! A migration that fails at any point aborts cleanly and leaves the source guest running,
//! unpaused: the receiver killed in the middle of a round, the receiver killed while the
//! guest is paused, a destination region too small, a destination key that is wrong.

mod common;

use std::io::{BufRead, BufReader};
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::{proc_state, SourceGuestProcess};
use userlib::control::{Channel, Message};
use userlib::{Device, ACCESS_REMOTE_WRITE};
use xen_migrate::engine::{self, SendOptions, WallClock, K_HELLO, K_PFNS, K_READY, K_ROUND};
use xen_migrate::error::Error;
use xen_migrate::guest::process::{ProcessSource, WorkloadKind};
use xen_migrate::guest::{Bitmap, SourceGuest};
use xen_migrate::netns::{self, VethPair};
use xen_migrate::{Policy, Transport};

/// Starts `xen-migrate receive` (under `prefix`, e.g. `ip netns exec NS`) and returns it once
/// it listens.
fn receiver(prefix: &[&str], listen: &str, device: Option<&str>) -> Child {
    let exe = common::exe();
    let mut args: Vec<String> = prefix.iter().map(|s| s.to_string()).collect();
    args.push(exe.to_string_lossy().into_owned());
    args.extend(["receive".into(), "--listen".into(), listen.into()]);
    if let Some(d) = device {
        args.extend(["--device".into(), d.into()]);
    }
    let mut child = Command::new(&args[0])
        .args(&args[1..])
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("start the receiver");
    let mut line = String::new();
    BufReader::new(child.stderr.take().unwrap()).read_line(&mut line).unwrap();
    assert!(line.contains("listening"), "receiver said {line:?}");
    child
}

fn kill(pid: u32) {
    // SAFETY: sends a signal to a child we started.
    unsafe { libc::kill(pid as i32, libc::SIGKILL) };
}

/// The guest runs, unpaused, and keeps writing.
fn assert_left_running(guest: &mut ProcessSource, err: &Error) {
    assert!(guest.is_running(), "after `{err}` the source guest must run");
    assert_ne!(proc_state(guest.pid()), 'T', "after `{err}` the source guest must not stay paused");
    guest.take_dirty(&mut Bitmap::new(guest.pages())).unwrap();
    std::thread::sleep(Duration::from_millis(200));
    let mut dirty = Bitmap::new(guest.pages());
    guest.take_dirty(&mut dirty).unwrap();
    assert!(dirty.count() > 0, "the guest's workload keeps writing after `{err}`");
}

/// Sends `guest` to `addr` with a progress hook; returns the error the migration must end in.
fn send_expecting_failure(
    guest: &mut ProcessSource,
    addr: &str,
    device: Option<Device>,
    transport: Transport,
    mut hook: impl FnMut(u32, u64, u64),
) -> Error {
    let mut chan = Channel::connect(addr, Duration::from_secs(10)).unwrap();
    chan.set_timeout(Some(Duration::from_secs(30))).unwrap();
    let clock = WallClock::new();
    let r = engine::send(
        guest,
        &mut chan,
        SendOptions { transport, policy: Policy::Paper, device, clock: &clock, progress: &mut hook },
    );
    r.expect_err("the migration fails")
}

#[test]
fn receiver_killed_mid_round_over_veth_leaves_the_source_running() {
    let pair = VethPair::new("uzmk", 1500).unwrap_or_else(|e| panic!("cannot set up the veth pair: {e}"));
    for (n, transport) in [Transport::Overlap, Transport::Rdma, Transport::Tcp].into_iter().enumerate() {
        let src = SourceGuestProcess::start(128, WorkloadKind::Database);
        let listen = format!("{}:{}", pair.ip[1], 7400 + n);
        let ns_b = pair.ns[1].clone();
        let dev_b = format!("soft:{}", pair.ifname[1]);
        let recv =
            receiver(&["ip", "netns", "exec", &ns_b], &listen, (transport != Transport::Tcp).then_some(dev_b.as_str()));
        let recv_pid = recv.id();
        let (ns_a, if_a) = (pair.ns[0].clone(), pair.ifname[0].clone());
        let mut guest = src.attach();
        let (mut guest, err) = std::thread::spawn(move || {
            netns::enter(&ns_a).unwrap();
            let device = (transport != Transport::Tcp).then(|| Device::open(&format!("soft:{if_a}")).unwrap());
            let mut killed = false;
            let err = send_expecting_failure(&mut guest, &listen, device, transport, |round, done, total| {
                if round == 1 && done >= total / 4 && !killed {
                    kill(recv_pid);
                    killed = true;
                }
            });
            (guest, err)
        })
        .join()
        .unwrap();
        let mut recv = recv;
        let _ = recv.wait();
        assert!(err.peer, "{transport:?}: the failure is the peer's: {err}");
        assert_left_running(&mut guest, &err);
    }
}

#[test]
fn receiver_killed_while_the_guest_is_paused_unpauses_it() {
    let src = SourceGuestProcess::start(64, WorkloadKind::Database);
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let listen = format!("127.0.0.1:{port}");
    let mut recv = receiver(&[], &listen, None);
    let recv_pid = recv.id();
    let mut guest = src.attach();
    let pid = guest.pid();
    let mut killed = false;
    let err = send_expecting_failure(&mut guest, &listen, None, Transport::Tcp, |_, _, _| {
        if !killed && proc_state(pid) == 'T' {
            kill(recv_pid);
            killed = true;
        }
    });
    let _ = recv.wait();
    assert!(killed, "the guest was paused at some point");
    assert_left_running(&mut guest, &err);
}

/// A destination that answers the first batch with `bad_info(its real region)` and records
/// how the source ended the conversation.
fn lying_destination(
    dev: Device,
    listener: TcpListener,
    bad_info: impl Fn(userlib::RegionInfo) -> userlib::RegionInfo + Send + 'static,
) -> std::thread::JoinHandle<String> {
    std::thread::spawn(move || {
        let mut chan = Channel::accept(&listener).unwrap();
        engine::expect(&mut chan, K_HELLO, "HELLO").unwrap();
        chan.send_app(K_READY, &[b"\"liar\""]).unwrap();
        let Message::Context(peer) = chan.recv().unwrap() else { panic!("context first") };
        let mut ctx = dev.context().unwrap();
        ctx.connect(peer).unwrap();
        chan.send(&Message::Context(ctx.addr())).unwrap();
        let pfns = loop {
            match chan.recv().unwrap() {
                Message::App { kind: K_ROUND, .. } => continue,
                Message::App { kind: K_PFNS, payload } => break payload,
                m => panic!("expected PFNS, got {}", m.summary()),
            }
        };
        let tag = u64::from_be_bytes(pfns[..8].try_into().unwrap());
        let region = dev.register(vec![0u8; 4 << 20], ACCESS_REMOTE_WRITE).unwrap();
        chan.send(&Message::RegionInfos { tag, infos: vec![bad_info(region.info())] }).unwrap();
        loop {
            match chan.recv() {
                // Batches the source mapped ahead.
                Ok(Message::App { kind: K_PFNS, .. }) => continue,
                Err(userlib::Error::PeerAborted(why)) => return why,
                Ok(m) => panic!("the source should abort, not send {}", m.summary()),
                Err(e) => panic!("the source should abort, not {e}"),
            }
        }
    })
}

#[test]
fn bad_region_infos_abort_cleanly_and_leave_the_source_running() {
    type Lie = Box<dyn Fn(userlib::RegionInfo) -> userlib::RegionInfo + Send>;
    let lies: [(&str, Lie); 2] = [
        (
            "holds 4096 bytes",
            Box::new(|mut i| {
                i.len = 4096;
                i
            }),
        ),
        (
            "stopped acknowledging",
            Box::new(|mut i| {
                i.key ^= 1;
                i
            }),
        ),
    ];
    for (expected, lie) in lies {
        let src = SourceGuestProcess::start(64, WorkloadKind::Database);
        let (a, b) = userlib::sim::pair(uzura_core::Config::default(), uzura_sim::link::LinkConfig::default(), 5);
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let why = Arc::new(Mutex::new(String::new()));
        let liar = lying_destination(b, listener, lie);
        let mut guest = src.attach();
        let err = send_expecting_failure(&mut guest, &addr, Some(a), Transport::Overlap, |_, _, _| {});
        *why.lock().unwrap() = liar.join().unwrap();
        assert!(err.to_string().contains(expected), "expected {expected:?} in {err}");
        assert!(why.lock().unwrap().contains(expected), "the destination was told why: {}", why.lock().unwrap());
        assert_left_running(&mut guest, &err);
    }
}
