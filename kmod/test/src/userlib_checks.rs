//! The module driven through userlib's kernel backend, as applications drive it: regions
//! registered and released on drop, contexts, rdmastart sync and async, poll with and without
//! waiting, every byte checked; then the typed errors userlib turns the driver's errnos into.

use std::sync::Arc;
use std::time::{Duration, Instant};

use userlib::kernel::KernelDevice;
use userlib::{
    Backend, Context, ContextAddr, Device, Error, MacAddr, PageBuf, PollResult, RegionMemory, StartArgs,
    ACCESS_LOCAL_READ, ACCESS_REMOTE_WRITE, RELEASE_PATIENCE,
};
use uzura_core::Error as DriverError;

use super::{module_pins, pattern, with_signals, Report, DEV, PAGE};

/// How a transfer is waited for.
#[derive(Clone, Copy, Debug)]
enum How {
    /// Synchronous rdmastart.
    Write,
    /// Asynchronous rdmastart, then `Context::wait` for its number.
    Wait,
    /// Asynchronous rdmastart, then poll with waiting.
    PollWait,
    /// Asynchronous rdmastart, then poll without waiting until it reports completion.
    Spin,
}

fn pair(dev: &Device) -> (Context, Context) {
    let mut a = dev.context().expect("context");
    let mut b = dev.context().expect("context");
    a.connect(b.addr()).expect("connect");
    b.connect(a.addr()).expect("connect");
    (a, b)
}

fn spin(ctx: &Context) -> userlib::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(60);
    while !ctx.poll(false)?.complete {
        assert!(Instant::now() < deadline, "transfer on context {} never completed", ctx.addr().ctx);
        std::thread::yield_now();
    }
    Ok(())
}

/// Checks that `res` is the driver error `want`.
fn driver_error<T: std::fmt::Debug>(r: &mut Report, name: &str, res: userlib::Result<T>, want: DriverError) {
    let ok = matches!(&res, Err(Error::Driver { err, .. }) if *err == want);
    r.check(name, ok, format!("got {res:?}, want {want:?}"));
}

/// One transfer of `size` bytes between regions registered at unaligned addresses (slices of
/// page-aligned buffers), waited for as `how` says; every byte of the destination checked, and
/// the bytes around it untouched.
fn transfer(r: &mut Report, dev: &Device, (tx, rx): &(Context, Context), size: usize, how: How, seed: u64) {
    let (src_at, dst_at) = (seed as usize * 7 % PAGE + 1, seed as usize * 13 % PAGE + 5);
    let (soff, doff) = (seed as usize % 3, 11 + seed as usize % 5);
    let mut src_mem = PageBuf::new(src_at + soff + size).expect("mmap");
    let mut dst_mem = PageBuf::new(dst_at + doff + size + 16).expect("mmap");
    let data = pattern(seed, size);
    src_mem[src_at + soff..].copy_from_slice(&data);
    dst_mem.fill(0xEE);
    let src = dev.register(&mut src_mem[src_at..], ACCESS_LOCAL_READ).expect("register source");
    let dst = dev.register(&mut dst_mem[dst_at..], ACCESS_REMOTE_WRITE).expect("register destination");
    let dinfo = dst.info();
    let (soff64, doff64, len) = (soff as u64, doff as u64, size as u64);
    let before = tx.poll(false);
    let done = match how {
        How::Write => tx.write(&src, soff64, &dinfo, doff64, len),
        How::Wait => tx.start(&src, soff64, &dinfo, doff64, len).and_then(|seq| tx.wait(seq).map(|()| seq)),
        How::PollWait => tx.start(&src, soff64, &dinfo, doff64, len).and_then(|seq| tx.poll(true).map(|_| seq)),
        How::Spin => tx.start(&src, soff64, &dinfo, doff64, len).and_then(|seq| spin(tx).map(|()| seq)),
    };
    let after = tx.poll(false);
    let incoming = rx.poll_incoming(false);
    let (_, src_released) = src.release();
    let (_, dst_released) = dst.release();
    let got = &dst_mem[dst_at..];
    let intact = got[doff..doff + size] == data[..];
    let around = got[..doff].iter().chain(&got[doff + size..]).all(|&b| b == 0xEE);
    let first_bad = got[doff..doff + size].iter().zip(&data).position(|(a, b)| a != b);
    let name = format!(
        "userlib: {size} B ({how:?}, regions at page offsets {src_at}/{dst_at}, transfer offsets {soff}/{doff})"
    );
    r.check(
        &name,
        done.is_ok() && intact && around && src_released.is_ok() && dst_released.is_ok(),
        format!("result {done:?}, first differing byte {first_bad:?}, surroundings untouched {around}, releases {src_released:?} {dst_released:?}"),
    );
    // A context numbers its transfers from 0; poll counts those completed.
    let numbered = matches!((&before, &done, &after), (Ok(b), Ok(seq), Ok(a)) if *seq == b.count && a.count == seq + 1 && a.complete);
    r.check(
        &format!("{name}: its number is the poll count before, which counts it after"),
        numbered,
        format!("poll {before:?}, seq {done:?}, poll {after:?}"),
    );
    r.check(
        &format!("{name}: receiver's poll_incoming sees it"),
        matches!(incoming, Ok(PollResult { complete: true, .. })),
        format!("{incoming:?}"),
    );
}

fn transfers(r: &mut Report, dev: &Device) {
    let pairs = [pair(dev), pair(dev)];
    let sizes = [1usize, 4097, 12_345, (3 << 20) + 5];
    let hows = [How::Write, How::Wait, How::PollWait, How::Spin];
    for (i, (&size, &how)) in sizes.iter().zip(&hows).enumerate() {
        transfer(r, dev, &pairs[i % 2], size, how, i as u64 + 21);
    }

    // Transfers in flight on two contexts at once, into a Vec given back by its release.
    let pairs = [pair(dev), pair(dev)];
    let ids: Vec<u16> = pairs.iter().flat_map(|(a, b)| [a.addr().ctx, b.addr().ctx]).collect();
    r.check(
        "userlib: contexts have distinct ids",
        ids.iter().enumerate().all(|(i, id)| !ids[..i].contains(id)),
        format!("{ids:?}"),
    );
    let (chunk, n) = (128usize << 10, 12);
    let data = pattern(77, chunk * n);
    let mut src_mem = PageBuf::new(chunk * n).expect("mmap");
    src_mem.copy_from_slice(&data);
    let src = dev.register(src_mem, ACCESS_LOCAL_READ).expect("register source");
    let dst = dev.register(vec![0u8; chunk * n], ACCESS_REMOTE_WRITE).expect("register destination");
    let seqs: Vec<userlib::Result<u32>> = (0..n)
        .map(|k| pairs[k % 2].0.start(&src, (k * chunk) as u64, &dst.info(), (k * chunk) as u64, chunk as u64))
        .collect();
    let consecutive = (0..2).all(|p| {
        let mine: Vec<u32> = seqs.iter().skip(p).step_by(2).map(|s| *s.as_ref().unwrap_or(&u32::MAX)).collect();
        mine.windows(2).all(|w| w[1] == w[0].wrapping_add(1))
    });
    r.check(
        "userlib: 12 async transfers on 2 contexts: all started, consecutive numbers per context",
        seqs.iter().all(|s| s.is_ok()) && consecutive,
        format!("{seqs:?}"),
    );
    let waited: Vec<userlib::Result<()>> =
        (0..2).map(|p| pairs[p].0.wait(*seqs[n - 2 + p].as_ref().unwrap_or(&0))).collect();
    // Each receiver's poll_incoming reports each of its 6 transfers once, then nothing.
    let incoming: Vec<Vec<bool>> = pairs
        .iter()
        .map(|(_, rx)| (0..7).map(|_| rx.poll_incoming(false).is_ok_and(|p| p.complete)).collect())
        .collect();
    let (_, src_released) = src.release();
    let (got, dst_released) = dst.release();
    r.check("userlib: wait for each context's last transfer", waited.iter().all(|w| w.is_ok()), format!("{waited:?}"));
    r.check("userlib: 12 async transfers on 2 contexts: every byte arrived", got == data, "data differs");
    r.check(
        "userlib: poll_incoming reports each arrival once",
        incoming.iter().all(|i| i[..6].iter().all(|&c| c) && !i[6]),
        format!("{incoming:?}"),
    );
    r.check(
        "userlib: regions released, the Vec given back",
        src_released.is_ok() && dst_released.is_ok(),
        format!("{src_released:?} {dst_released:?}"),
    );

    // A synchronous rdmastart interrupted by signals is queued once, and returns once it is
    // done. It must outlast a few signals for its wait to have been interrupted.
    let (tx, rx) = &pairs[0];
    let len = 64usize << 20;
    let data = pattern(78, len);
    let mut src_mem = PageBuf::new(len).expect("mmap");
    src_mem.copy_from_slice(&data);
    let src = dev.register(src_mem, ACCESS_LOCAL_READ).expect("register source");
    let dst = dev.register(PageBuf::new(len).expect("mmap"), ACCESS_REMOTE_WRITE).expect("register destination");
    let before = tx.poll(false);
    let t = Instant::now();
    let period = Duration::from_millis(2);
    let seq = with_signals(period, || tx.write(&src, 0, &dst.info(), 0, len as u64));
    let took = t.elapsed();
    let after = tx.poll(false);
    let arrivals = (0..2).map(|_| rx.poll_incoming(false).is_ok_and(|p| p.complete)).collect::<Vec<_>>();
    let (_, src_released) = src.release();
    let (got, dst_released) = dst.release();
    let once = matches!((&before, &seq, &after), (Ok(b), Ok(s), Ok(a)) if *s == b.count && a.count == s + 1)
        && arrivals == [true, false];
    r.check(
        "userlib: sync rdmastart of 64 MiB under signals every 2 ms: queued once",
        once,
        format!("poll {before:?}, seq {seq:?}, poll {after:?}, arrivals {arrivals:?}"),
    );
    r.check("  ... and it outlasted 3 signals", took > 3 * period, format!("{took:?}"));
    r.check(
        "  ... every byte arrived, both regions released",
        got[..] == data[..] && src_released.is_ok() && dst_released.is_ok(),
        format!("releases {src_released:?} {dst_released:?}"),
    );
}

/// Memory that says it is a foreign mapping of Xen domain 1 (it is not: nothing here runs Xen).
struct XenFrames<'a>(&'a mut [u8]);

// SAFETY: the slice's bytes stay where they are for as long as it is borrowed.
unsafe impl RegionMemory for XenFrames<'_> {
    fn as_mut_ptr(&mut self) -> *mut u8 {
        self.0.as_mut_ptr()
    }
    fn len(&self) -> usize {
        self.0.len()
    }
    fn xen_domain(&self) -> Option<u16> {
        Some(1)
    }
}

fn errors(r: &mut Report, kdev: &KernelDevice, dev: &Device) {
    let pins = module_pins();
    {
        let _region = dev.register(PageBuf::new(1 << 20).expect("mmap"), ACCESS_REMOTE_WRITE).expect("register");
        r.check(
            "userlib: a registered MiB pins 256 pages",
            module_pins() == pins + 256,
            format!("{} pinned, {pins} before", module_pins()),
        );
    }
    r.check(
        "  ... and dropping the region unpins them",
        module_pins() == pins,
        format!("{} pinned, {pins} before", module_pins()),
    );

    let (tx, _rx) = pair(dev);
    let mut src_mem = PageBuf::new(64 << 10).expect("mmap");
    src_mem.fill(1);
    let src = dev.register(src_mem, ACCESS_LOCAL_READ).expect("register");
    let dst = dev.register(PageBuf::new(64 << 10).expect("mmap"), ACCESS_REMOTE_WRITE).expect("register");
    let dinfo = dst.info();

    let mut mem = PageBuf::new(PAGE).expect("mmap");
    driver_error(
        r,
        "userlib register: zero length",
        dev.register(&mut mem[..0], ACCESS_LOCAL_READ).map(|g| g.info()),
        DriverError::Invalid,
    );
    driver_error(
        r,
        "userlib register: unknown access bits",
        dev.register(&mut mem[..], 0x80).map(|g| g.info()),
        DriverError::Invalid,
    );
    let foreign = dev.register(XenFrames(&mut mem[..]), ACCESS_LOCAL_READ).map(|g| g.info());
    r.check(
        "userlib register: memory of a Xen domain, not on Xen: EOPNOTSUPP",
        matches!(&foreign, Err(Error::Io { err, .. }) if err.raw_os_error() == Some(libc::EOPNOTSUPP)),
        format!("{foreign:?}"),
    );
    driver_error(r, "userlib start: zero length", tx.start(&src, 0, &dinfo, 0, 0), DriverError::Invalid);
    let past_end = tx.start(&src, 0, &dinfo, 60 << 10, 8 << 10);
    r.check(
        "userlib start: past the destination's end says so",
        past_end
            .as_ref()
            .is_err_and(|e| e.to_string() == "rdmastart: offset and size reach outside the region (ERANGE)"),
        format!("{past_end:?}"),
    );
    driver_error(r, "userlib start: past the destination's end", past_end, DriverError::Range);
    driver_error(
        r,
        "userlib start: past the source's end",
        tx.write(&src, 60 << 10, &dinfo, 0, 8 << 10),
        DriverError::Range,
    );
    driver_error(
        r,
        "userlib start: source offset overflows",
        tx.start(&src, u64::MAX - 10, &dinfo, 0, 100),
        DriverError::Overflow,
    );
    driver_error(
        r,
        "userlib start: destination without REMOTE_WRITE",
        tx.start(&src, 0, &src.info(), 0, 1),
        DriverError::Permission,
    );
    let mut lone = dev.context().expect("context");
    driver_error(
        r,
        "userlib start: context not connected",
        lone.start(&src, 0, &dinfo, 0, 1),
        DriverError::NotConnected,
    );
    let group = ContextAddr { mac: MacAddr([0xff; 6]), ..tx.addr() };
    driver_error(r, "userlib connect: group MAC as peer", lone.connect(group), DriverError::Invalid);
    lone.connect(tx.addr()).expect("connect");
    driver_error(r, "userlib connect: twice", lone.connect(tx.addr()), DriverError::Invalid);

    // Handles and context ids userlib's types cannot get wrong, through the backend itself.
    let args = |src| StartArgs { src, src_offset: 0, dst: dinfo, dst_offset: 0, len: 1 };
    let mut forged = src.info();
    forged.key ^= 1;
    driver_error(
        r,
        "userlib backend rdmastart: forged source key",
        kdev.rdmastart(tx.addr().ctx, &args(forged), false),
        DriverError::NotFound,
    );
    driver_error(
        r,
        "userlib backend rdmastart: context id out of range",
        kdev.rdmastart(64, &args(src.info()), false),
        DriverError::Invalid,
    );
    driver_error(r, "userlib backend poll: context id huge", kdev.poll(u16::MAX, false, false), DriverError::Invalid);
    let closed = lone.addr().ctx;
    drop(lone);
    driver_error(
        r,
        "userlib backend poll: dropped (closed) context",
        kdev.poll(closed, false, false),
        DriverError::NotFound,
    );
    let gone = dev.register(PageBuf::new(PAGE).expect("mmap"), ACCESS_LOCAL_READ).expect("register");
    let gone_info = gone.info();
    let (_, released) = gone.release();
    r.check("userlib release", released.is_ok(), format!("{released:?}"));
    let t = Instant::now();
    driver_error(r, "userlib backend release: twice", kdev.release(&gone_info), DriverError::NotFound);
    r.check("  ... at once (only EBUSY is retried)", t.elapsed() < RELEASE_PATIENCE, format!("{:?}", t.elapsed()));
    driver_error(
        r,
        "userlib backend rdmastart: released source region",
        kdev.rdmastart(tx.addr().ctx, &args(gone_info), false),
        DriverError::NotFound,
    );

    // Another open of the device is another owner.
    let other = Device::open(&format!("kernel:{DEV}")).expect("open");
    let (otx, _orx) = pair(&other);
    driver_error(
        r,
        "userlib start: another owner's source region",
        otx.start(&src, 0, &dinfo, 0, 1),
        DriverError::Permission,
    );

    // A transfer that stays in flight: its destination was released first, so the NIC drops its
    // WRITEs (stale key) and retransmits until the context fails (about 7 s).
    let (stx, _srx) = pair(dev);
    // (The region is dropped, so released, at the end of this statement.)
    let stale = dev.register(PageBuf::new(PAGE).expect("mmap"), ACCESS_REMOTE_WRITE).expect("register").info();
    let held = dev.register(PageBuf::new(PAGE).expect("mmap"), ACCESS_LOCAL_READ).expect("register");
    let held_info = held.info();
    let started = stx.start(&held, 0, &stale, 0, PAGE as u64);
    r.check("userlib start to a released destination", started.is_ok(), format!("{started:?}"));
    let t = Instant::now();
    let (held_mem, busy) = held.release();
    let waited = t.elapsed();
    driver_error(r, "userlib release while a transfer reads it", busy, DriverError::Busy);
    r.check("  ... after trying for RELEASE_PATIENCE", waited >= RELEASE_PATIENCE, format!("{waited:?}"));
    driver_error(
        r,
        "userlib poll(wait) until the retransmission timer gives up",
        stx.poll(true),
        DriverError::TimedOut,
    );
    driver_error(r, "  ... and rdmastart on it too", stx.start(&src, 0, &dinfo, 0, 1), DriverError::TimedOut);
    drop(stx);
    let released = kdev.release(&held_info);
    r.check(
        "  ... once the failed context is closed, the source is released",
        released.is_ok(),
        format!("{released:?}"),
    );
    drop(held_mem);

    drop((src, dst));
    r.check(
        "userlib: every region released",
        module_pins() == pins,
        format!("{} pinned, {pins} before", module_pins()),
    );
}

fn open_errors(r: &mut Report) {
    let missing = Device::open("kernel:/dev/uzura9");
    r.check("userlib open: a missing device", matches!(missing, Err(Error::NoDevice(_))), format!("{missing:?}"));
    let soft = Device::open("soft:eth0");
    r.check(
        "userlib open: soft without the soft feature says so",
        matches!(&soft, Err(Error::NoDevice(m)) if m.contains("`soft` feature")),
        format!("{soft:?}"),
    );
}

pub fn run(r: &mut Report) {
    open_errors(r);
    // The backend beside the Device, for calls userlib's safe types cannot make; both are one
    // open file, one owner.
    let kdev = Arc::new(KernelDevice::open(DEV).expect("open"));
    let dev = Device::from_backend(kdev.clone());
    transfers(r, &dev);
    errors(r, &kdev, &dev);
}
