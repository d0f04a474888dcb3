//! A pcap file of what crossed a simulated wire (nanosecond timestamps, link type Ethernet,
//! frames without FCS as capture tools show them), for Wireshark or tcpdump. The format is
//! the `pcap-file` crate's.

use std::fs::File;
use std::io::{self, BufReader, BufWriter, Write};
use std::path::Path;
use std::time::Duration;

use byteorder_slice::LittleEndian;
use pcap_file::pcap::{PcapHeader, PcapPacket, PcapReader};
use pcap_file::{DataLink, Endianness, PcapError, TsResolution};
use uzura_uapi::wire::FCS_LEN;

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
pub struct PcapWriter {
    out: BufWriter<File>,
}

impl PcapWriter {
    pub fn create(path: &Path) -> io::Result<PcapWriter> {
        let mut out = BufWriter::new(File::create(path)?);
        header().write_to(&mut out).map_err(io_error)?;
        Ok(PcapWriter { out })
    }

    /// Records a frame as it was put on the wire (with FCS) at `time_ps`.
    pub fn record(&mut self, frame_with_fcs: &[u8], time_ps: u64) -> io::Result<()> {
        let frame = &frame_with_fcs[..frame_with_fcs.len().saturating_sub(FCS_LEN)];
        let packet = PcapPacket::new(Duration::from_nanos(time_ps / 1000), frame.len() as u32, frame);
        packet.write_to::<_, LittleEndian>(&mut self.out, TsResolution::NanoSecond, SNAPLEN).map_err(io_error)?;
        Ok(())
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
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
        w.record(&short[..n], 1_500_000_123_456).unwrap();
        // Past 2^32 ns: the seconds field carries it, and nanoseconds stay exact.
        w.record(&long, 5_000_000_000_999_999).unwrap();
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
}
