//! The vhost-user side: UML's virt-pci protocol (`include/uapi/linux/virtio_pcidev.h`) on two
//! virtqueues, "cmd" (config and BAR accesses from the guest) and "irq" (MSIs to the guest, in
//! buffers the guest posts), served with rust-vmm's vhost-user-backend. The crates know nothing of
//! virt-pci, so the message format and its handling are here.

use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::os::linux::net::SocketAddrExt;
use std::os::unix::net::{SocketAddr, UnixListener, UnixStream};
use std::path::Path;
use std::sync::{Arc, Mutex};

use vhost::vhost_user::message::{VhostUserProtocolFeatures, VhostUserVirtioFeatures};
use vhost::vhost_user::Listener;
use vhost_user_backend::{VhostUserBackend, VhostUserDaemon, VringRwLock, VringT};
use virtio_bindings::virtio_config::VIRTIO_F_VERSION_1;
use virtio_queue::QueueT;
use vm_memory::{GuestAddressSpace, GuestMemoryAtomic, GuestMemoryMmap};
use vmm_sys_util::epoll::EventSet;
use vmm_sys_util::event::{new_event_consumer_and_notifier, EventConsumer, EventFlag, EventNotifier};

use crate::nic::GuestMem;
use crate::relay;
use crate::sim::Device;

const OP_CFG_READ: u8 = 1;
const OP_CFG_WRITE: u8 = 2;
const OP_MMIO_READ: u8 = 3;
const OP_MMIO_WRITE: u8 = 4;
const OP_MMIO_MEMSET: u8 = 5;
const OP_MSI: u8 = 7;
/// `struct virtio_pcidev_msg` without its data: op, bar, reserved, size, addr.
const HEADER_LEN: usize = 16;
/// The largest access UML makes through the cmd queue's data (its message buffers hold 8).
const MAX_DATA: usize = 8;

const CMD_QUEUE: u16 = 0;
const IRQ_QUEUE: u16 = 1;
const NUM_QUEUES: usize = 2;
/// UML's virtio_uml asks for 256 entries per queue.
const MAX_QUEUE_SIZE: usize = 256;
/// Epoll data of the NIC's MSI eventfd; 0..=NUM_QUEUES are the library's.
const MSI_EVENT: u16 = NUM_QUEUES as u16 + 1;

struct Msg {
    op: u8,
    bar: u8,
    size: u32,
    addr: u64,
}

impl Msg {
    fn parse(b: &[u8; HEADER_LEN]) -> Msg {
        Msg {
            op: b[0],
            bar: b[1],
            size: u32::from_le_bytes(b[4..8].try_into().expect("4 bytes")),
            addr: u64::from_le_bytes(b[8..16].try_into().expect("8 bytes")),
        }
    }

    fn emit(op: u8, size: u32, data: &[u8]) -> Vec<u8> {
        let mut v = vec![op, 0, 0, 0];
        v.extend_from_slice(&size.to_le_bytes());
        v.extend_from_slice(&0u64.to_le_bytes());
        v.extend_from_slice(data);
        v
    }
}

/// One connection's backend. A new one per connection: the library's worker threads end with it.
pub struct Backend {
    dev: Arc<Device>,
    index: usize,
    exit: Mutex<Option<EventNotifier>>,
    /// The backend-request channel, kept open though unused: UML unregisters the device when
    /// that socket closes (virtio_uml.c, `vu_req_interrupt` reads EOF as a broken connection).
    backend_req: Mutex<Option<vhost::vhost_user::Backend>>,
}

impl Backend {
    /// Ends the connection's worker thread. The library only does so itself in `serve`, which
    /// binds a fresh socket per connection; we keep one listener and accept again.
    fn stop_worker(&self) {
        if let Some(exit) = self.exit.lock().expect("exit lock poisoned").take() {
            let _ = exit.notify();
        }
    }

    fn mem(&self) -> Option<GuestMem> {
        self.dev.nic(self.index).mem.clone()
    }

    /// Handles the cmd queue's requests in order, each answered before the next is looked at, so
    /// posted writes land before a later read.
    fn process_cmds(&self, vring: &VringRwLock) -> io::Result<()> {
        let Some(mem) = self.mem() else { return Ok(()) };
        let mem = mem.memory();
        let mut used = false;
        loop {
            let chain = vring.get_mut().get_queue_mut().pop_descriptor_chain(mem.clone());
            let Some(chain) = chain else { break };
            let head = chain.head_index();
            let bad = |e| io::Error::new(io::ErrorKind::InvalidData, format!("cmd queue chain: {e}"));
            let mut reader = chain.clone().reader(&*mem).map_err(bad)?;
            let mut writer = chain.writer(&*mem).map_err(bad)?;
            let mut header = [0u8; HEADER_LEN];
            let mut data = [0u8; MAX_DATA];
            let reply = match reader.read_exact(&mut header) {
                Ok(()) => {
                    let n = reader.read(&mut data)?;
                    self.handle(&Msg::parse(&header), &data[..n])
                }
                Err(_) => {
                    log::warn!("NIC {}: cmd queue request shorter than its header", self.index);
                    Vec::new()
                }
            };
            let len = reply.len().min(writer.available_bytes());
            writer.write_all(&reply[..len])?;
            vring.add_used(head, len as u32).map_err(|e| io::Error::other(format!("cmd queue: {e}")))?;
            used = true;
        }
        if used {
            vring.signal_used_queue()?;
        }
        Ok(())
    }

    /// One virt-pci request; returns the reply data (empty for posted writes).
    fn handle(&self, msg: &Msg, data: &[u8]) -> Vec<u8> {
        let size = msg.size as usize;
        let mut nic = self.dev.nic(self.index);
        let valid_size = matches!(size, 1 | 2 | 4 | 8);
        match msg.op {
            OP_CFG_READ | OP_MMIO_READ => {
                let mut out = vec![0xff; size.min(MAX_DATA)];
                if !valid_size {
                    log::warn!("NIC {}: {}-byte read rejected", self.index, size);
                    nic.stats.mmio_rejected += 1;
                } else if msg.op == OP_CFG_READ {
                    nic.config.read(msg.addr, &mut out);
                } else if msg.bar == 0 {
                    nic.mmio_read(msg.addr, &mut out);
                } else {
                    nic.stats.mmio_rejected += 1;
                }
                out
            }
            OP_CFG_WRITE | OP_MMIO_WRITE if !valid_size || data.len() < size => {
                log::warn!("NIC {}: {}-byte write with {} bytes of data rejected", self.index, size, data.len());
                nic.stats.mmio_rejected += 1;
                Vec::new()
            }
            OP_CFG_WRITE => {
                nic.cfg_write(msg.addr, &data[..size]);
                Vec::new()
            }
            OP_MMIO_WRITE => {
                if msg.bar == 0 && nic.mmio_write(msg.addr, &data[..size]) {
                    drop(nic);
                    self.dev.kick();
                } else if msg.bar != 0 {
                    nic.stats.mmio_rejected += 1;
                }
                Vec::new()
            }
            OP_MMIO_MEMSET => {
                // Nothing in the NIC's BAR is memory; Linux 6.12 does not even send this op for
                // memset_io (it sends CFG_WRITE), so only a confused guest gets here.
                if nic.stats.memsets_ignored == 0 {
                    log::warn!("NIC {}: MMIO_MEMSET ignored", self.index);
                }
                nic.stats.memsets_ignored += 1;
                Vec::new()
            }
            op => {
                log::warn!("NIC {}: unknown virt-pci op {op} ignored", self.index);
                nic.stats.mmio_rejected += 1;
                Vec::new()
            }
        }
    }

    /// Sends the owed MSI, if any, in a buffer the guest posted on the irq queue; with none
    /// posted it stays owed until the guest returns buffers (a kick on that queue).
    fn flush_msi(&self, vring: &VringRwLock) -> io::Result<()> {
        let mut nic = self.dev.nic(self.index);
        let Some(data) = nic.owed_msi() else { return Ok(()) };
        let Some(mem) = nic.mem.clone() else { return Ok(()) };
        if !vring.get_ref().get_queue().ready() {
            return Ok(());
        }
        let mem = mem.memory();
        let chain = vring.get_mut().get_queue_mut().pop_descriptor_chain(mem.clone());
        let Some(chain) = chain else { return Ok(()) };
        let head = chain.head_index();
        let mut writer =
            chain.writer(&*mem).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, format!("irq queue: {e}")))?;
        let msg = Msg::emit(OP_MSI, 2, &data.to_le_bytes());
        writer.write_all(&msg)?;
        vring.add_used(head, msg.len() as u32).map_err(|e| io::Error::other(format!("irq queue: {e}")))?;
        vring.signal_used_queue()?;
        nic.msi_sent();
        Ok(())
    }
}

impl VhostUserBackend for Backend {
    type Bitmap = ();
    type Vring = VringRwLock;

    fn num_queues(&self) -> usize {
        NUM_QUEUES
    }

    fn max_queue_size(&self) -> usize {
        MAX_QUEUE_SIZE
    }

    fn features(&self) -> u64 {
        1 << VIRTIO_F_VERSION_1 | VhostUserVirtioFeatures::PROTOCOL_FEATURES.bits()
    }

    fn protocol_features(&self) -> VhostUserProtocolFeatures {
        // BACKEND_REQ although we send nothing on that channel: UML 6.12 allocates its vhost-user
        // interrupt only when setting that channel up, and otherwise requests the vrings' call
        // interrupts on IRQ 0, the timer's, and fails the probe (virtio_uml.c,
        // vhost_user_init_slave_req). Not INBAND_NOTIFICATIONS (time travel): the crates lack them.
        VhostUserProtocolFeatures::REPLY_ACK | VhostUserProtocolFeatures::BACKEND_REQ
    }

    fn set_event_idx(&self, _enabled: bool) {}

    fn set_backend_req_fd(&self, channel: vhost::vhost_user::Backend) {
        *self.backend_req.lock().expect("backend_req lock poisoned") = Some(channel);
    }

    fn update_memory(&self, mem: GuestMem) -> io::Result<()> {
        self.dev.nic(self.index).mem = Some(mem);
        Ok(())
    }

    fn exit_event(&self, _thread_index: usize) -> Option<(EventConsumer, EventNotifier)> {
        let (consumer, notifier) = new_event_consumer_and_notifier(EventFlag::NONBLOCK).ok()?;
        *self.exit.lock().expect("exit lock poisoned") = Some(notifier.try_clone().ok()?);
        Some((consumer, notifier))
    }

    fn handle_event(&self, device_event: u16, _: EventSet, vrings: &[VringRwLock], _: usize) -> io::Result<()> {
        match device_event {
            CMD_QUEUE => self.process_cmds(&vrings[CMD_QUEUE as usize])?,
            IRQ_QUEUE => {}
            MSI_EVENT => {
                // Nonblocking: a spurious wake-up finds it empty.
                let _ = self.dev.nic(self.index).msi_event().read();
            }
            other => return Err(io::Error::other(format!("unexpected event {other}"))),
        }
        // Whatever woke us may have been what an owed MSI waited for: a register write, posted
        // irq buffers, or the simulation.
        self.flush_msi(&vrings[IRQ_QUEUE as usize])
    }
}

/// Serves NIC `index` on `path` forever: one host at a time; when it goes, the NIC is reset and
/// the next connection (a rebooted host) is accepted. UML talks to the library through
/// [`relay`], which reaches it on a private abstract socket.
pub fn serve(dev: Arc<Device>, index: usize, path: &Path) -> Result<(), String> {
    let _ = std::fs::remove_file(path);
    let uml = UnixListener::bind(path).map_err(|e| format!("listening on {}: {e}", path.display()))?;
    let inner_addr = SocketAddr::from_abstract_name(format!("uzura-pcidev.{}.{index}", std::process::id()))
        .map_err(|e| format!("NIC {index}: inner socket name: {e}"))?;
    let mut inner =
        Listener::from(UnixListener::bind_addr(&inner_addr).map_err(|e| format!("NIC {index}: inner socket: {e}"))?);
    let mac = dev.nic(index).mac;
    loop {
        let (frontend, _) = uml.accept().map_err(|e| format!("accepting on {}: {e}", path.display()))?;
        let backend =
            Arc::new(Backend { dev: dev.clone(), index, exit: Mutex::new(None), backend_req: Mutex::new(None) });
        let mut daemon = VhostUserDaemon::new(
            format!("uzura-pcidev{index}"),
            backend.clone(),
            GuestMemoryAtomic::new(GuestMemoryMmap::new()),
        )
        .map_err(|e| format!("NIC {index}: vhost-user daemon: {e}"))?;
        let msi_fd = dev.nic(index).msi_event().as_raw_fd();
        for handler in daemon.get_epoll_handlers() {
            handler
                .register_listener(msi_fd, EventSet::IN, u64::from(MSI_EVENT))
                .map_err(|e| format!("NIC {index}: registering the MSI event: {e}"))?;
        }
        let to_daemon = UnixStream::connect_addr(&inner_addr).map_err(|e| format!("NIC {index}: inner socket: {e}"))?;
        daemon.start(&mut inner).map_err(|e| format!("NIC {index}: vhost-user daemon: {e}"))?;
        relay::spawn(frontend, to_daemon, &format!("relay{index}")).map_err(|e| format!("NIC {index}: relay: {e}"))?;
        dev.nic(index).stats.connections += 1;
        eprintln!("uzura-pcidev: NIC {index} ({mac}): host connected on {}", path.display());
        let result = daemon.wait();
        backend.stop_worker();
        dev.nic(index).disconnect();
        let how = match result {
            Ok(()) | Err(vhost_user_backend::Error::HandleRequest(vhost::vhost_user::Error::Disconnected)) => {
                String::new()
            }
            Err(e) => format!(" ({e})"),
        };
        eprintln!("uzura-pcidev: NIC {index}: host disconnected{how}; NIC reset, listening again");
    }
}
