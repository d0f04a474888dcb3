//! A pcap file of what crossed a simulated wire (nanosecond timestamps, link type Ethernet,
//! frames without FCS as capture tools show them), for Wireshark or tcpdump. The format is
//! the `pcap-file` crate's.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::Path;
use std::time::Duration;

use byteorder_slice::LittleEndian;
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapReader};
use pcap_file::{DataLink, Endianness, PcapError, TsResolution};
use uzura_uapi::wire::FCS_LEN;

use super::link::{serialization_ps, LineRate};

const SNAPLEN: u32 = 65535;

fn header() -> PcapHeader {
    PcapHeader {
        snaplen: SNAPLEN,
        datalink: DataLink::ETHERNET,
        ts_resolution: TsResolution::NanoSecond,
        endianness: Endianness::Little,
        ..PcapHeader::default()
    }
}

fn io_error(e: PcapError) -> io::Error {
    match e {
        PcapError::IoError(e) => e,
        e => io::Error::new(io::ErrorKind::InvalidData, e),
    }
}

/// Writes with `pcap-file`'s header and packet encoders into a buffer of its own: the crate's
/// `PcapWriter` owns its writer and cannot flush it, and a capture is read back while the
/// simulation that writes it still runs.
///
/// Records are written in time order: a simulation learns of frames out of order (a NIC model
/// may tell of a frame when it begins it, or when it ends), so they wait until
/// [`PcapWriter::write_until`] passes their time, or [`PcapWriter::flush`].
pub struct PcapWriter {
    out: BufWriter<File>,
    /// Records not written yet, by (time, order recorded).
    pending: BinaryHeap<Reverse<(u64, u64, Vec<u8>)>>,
    recorded: u64,
}

impl PcapWriter {
    pub fn create(path: &Path) -> io::Result<PcapWriter> {
        let mut out = BufWriter::new(File::create(path)?);
        header().write_to(&mut out).map_err(io_error)?;
        Ok(PcapWriter { out, pending: BinaryHeap::new(), recorded: 0 })
    }

    /// Records a frame (with FCS) whose last bit crossed the wire at `time_ps`.
    pub fn record(&mut self, frame_with_fcs: &[u8], time_ps: u64) {
        let frame = frame_with_fcs[..frame_with_fcs.len().saturating_sub(FCS_LEN)].to_vec();
        self.pending.push(Reverse((time_ps, self.recorded, frame)));
        self.recorded += 1;
    }

    /// Writes the records of `time_ps` and before: the caller records no earlier frame after.
    pub fn write_until(&mut self, time_ps: u64) -> io::Result<()> {
        while self.pending.peek().is_some_and(|Reverse((t, _, _))| *t <= time_ps) {
            let Reverse((t, _, frame)) = self.pending.pop().expect("peeked");
            let packet = PcapPacket::new(Duration::from_nanos(t / 1000), frame.len() as u32, &frame);
            packet.write_to::<_, LittleEndian>(&mut self.out, TsResolution::NanoSecond, SNAPLEN).map_err(io_error)?;
        }
        Ok(())
    }

    /// Writes every record, and the file.
    pub fn flush(&mut self) -> io::Result<()> {
        self.write_until(u64::MAX)?;
        self.out.flush()
    }
}

impl Drop for PcapWriter {
    /// As `BufWriter` does, for a capture its owner did not flush (an error is lost).
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// The frames of a pcap file that `PcapWriter` wrote: (time in ns, frame without FCS).
pub fn read(path: &Path) -> io::Result<Vec<(u64, Vec<u8>)>> {
    let mut reader = PcapReader::new(BufReader::new(File::open(path)?)).map_err(io_error)?;
    let h = reader.header();
    if h.ts_resolution != TsResolution::NanoSecond || h.datalink != DataLink::ETHERNET {
        let what = format!("{}: not a nanosecond Ethernet pcap", path.display());
        return Err(io::Error::new(io::ErrorKind::InvalidData, what));
    }
    let mut frames = Vec::new();
    while let Some(packet) = reader.next_packet() {
        let packet = packet.map_err(io_error)?;
        frames.push((packet.timestamp.as_nanos() as u64, packet.data.into_owned()));
    }
    Ok(frames)
}

/// The first frame of a capture that started sooner after the earlier frames of its source
/// address than the line allows ([`LineRate`]), beyond the capture's nanosecond: its index and
/// how much too soon, in picoseconds.
pub fn faster_than_line(frames: &[(u64, Vec<u8>)]) -> Option<(usize, u64)> {
    let mut lines: HashMap<&[u8], LineRate> = HashMap::new();
    frames.iter().enumerate().find_map(|(i, (ns, frame))| {
        let len = frame.len() + FCS_LEN;
        let start = (ns * 1000).saturating_sub(serialization_ps(len));
        let src = frame.get(6..12).unwrap_or(&[]);
        // A timestamp is the end truncated to the nanosecond: up to 999 ps early.
        match lines.entry(src).or_default().take(start, len) {
            Err(early) if early >= 1000 => Some((i, early)),
            _ => None,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use uzura_uapi::wire;

    #[test]
    fn records_read_back_as_pcap() {
        let path = std::env::temp_dir().join(format!("uzura-pcap-{}.pcap", std::process::id()));
        let mut short = vec![0u8; 64];
        short[12..14].copy_from_slice(&0x88b5u16.to_be_bytes());
        let n = wire::seal(&mut short, 20);
        let mut long: Vec<u8> = (0..1518).map(|i| i as u8).collect();
        wire::seal(&mut long, 1514);
        let mut w = PcapWriter::create(&path).unwrap();
        // Past 2^32 ns: the seconds field carries it, and nanoseconds stay exact. Recorded
        // first, written second, in time order.
        w.record(&long, 5_000_000_000_999_999);
        w.record(&short[..n], 1_500_000_123_456);
        w.flush().unwrap();

        // The crate's reader sees a nanosecond Ethernet capture of both frames without FCS.
        let mut reader = PcapReader::new(File::open(&path).unwrap()).unwrap();
        assert_eq!(reader.header().ts_resolution, TsResolution::NanoSecond);
        assert_eq!(reader.header().datalink, DataLink::ETHERNET);
        let p = reader.next_packet().unwrap().unwrap();
        assert_eq!((p.timestamp, p.orig_len, &p.data[..]), (Duration::new(1, 500_000_123), 60, &short[..60]));
        let p = reader.next_packet().unwrap().unwrap();
        assert_eq!((p.timestamp, p.orig_len, &p.data[..]), (Duration::new(5000, 999), 1514, &long[..1514]));
        assert!(reader.next_packet().is_none());

        assert_eq!(
            read(&path).unwrap(),
            vec![(1_500_000_123, short[..60].to_vec()), (5_000_000_000_999, long[..1514].to_vec())]
        );
        // The first bytes are the nanosecond pcap magic, little-endian, as tcpdump expects.
        assert_eq!(&std::fs::read(&path).unwrap()[..4], &[0x4d, 0x3c, 0xb2, 0xa1]);
        std::fs::remove_file(&path).unwrap();
    }

    #[test]
    fn a_capture_faster_than_the_line_is_found_per_source() {
        let frame = |src: u8| {
            let mut f = vec![0u8; 1000];
            f[6..12].copy_from_slice(&[2, 0, 0, 0, 0, src]);
            f
        };
        // 1,000 bytes without FCS: 1,024 bytes of wire time with preamble and gap, 819.2 ns.
        let w = 819_200;
        let ends = |starts: &[u64]| starts.iter().map(|s| (s + serialization_ps(1004)) / 1000).collect::<Vec<_>>();
        // Two sources, each at line rate, interleaved; one gap 3 bytes short.
        let mut frames = Vec::new();
        for (i, ns) in ends(&[0, w, 2 * w - 2400, 3 * w]).into_iter().enumerate() {
            frames.push((ns, frame(1)));
            frames.push((ns + 1 + i as u64, frame(2)));
        }
        assert_eq!(faster_than_line(&frames), None);
        // Source 2's next frame ends 4 ns sooner than the line allows: 1.8 ns more than the
        // deficit idle count and the timestamps' rounding excuse.
        frames.push((frames[7].0 + w / 1000 - 4, frame(2)));
        assert_eq!(faster_than_line(&frames), Some((8, 1800)));
    }
}
