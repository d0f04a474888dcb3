//! A pcap file of what crossed a simulated wire (nanosecond timestamps, link type Ethernet,
//! frames without FCS as capture tools show them), for Wireshark or tcpdump.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::Path;

use uzura_uapi::wire::FCS_LEN;

/// pcap's magic for nanosecond-resolution timestamps.
const MAGIC_NS: u32 = 0xa1b2_3c4d;
const LINKTYPE_ETHERNET: u32 = 1;
const SNAPLEN: u32 = 65535;

pub struct PcapWriter {
    out: BufWriter<File>,
}

impl PcapWriter {
    pub fn create(path: &Path) -> io::Result<PcapWriter> {
        let mut out = BufWriter::new(File::create(path)?);
        out.write_all(&MAGIC_NS.to_le_bytes())?;
        out.write_all(&2u16.to_le_bytes())?;
        out.write_all(&4u16.to_le_bytes())?;
        for field in [0, 0, SNAPLEN, LINKTYPE_ETHERNET] {
            out.write_all(&field.to_le_bytes())?;
        }
        Ok(PcapWriter { out })
    }

    /// Records a frame as it was put on the wire (with FCS) at `time_ps`.
    pub fn record(&mut self, frame_with_fcs: &[u8], time_ps: u64) -> io::Result<()> {
        let frame = &frame_with_fcs[..frame_with_fcs.len().saturating_sub(FCS_LEN)];
        let ns = time_ps / 1000;
        let len = frame.len() as u32;
        for field in [(ns / 1_000_000_000) as u32, (ns % 1_000_000_000) as u32, len, len] {
            self.out.write_all(&field.to_le_bytes())?;
        }
        self.out.write_all(frame)
    }

    pub fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

/// The frames of a pcap file that `PcapWriter` wrote: (time in ns, frame without FCS).
pub fn read(path: &Path) -> io::Result<Vec<(u64, Vec<u8>)>> {
    let bytes = std::fs::read(path)?;
    let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, format!("{}: {what}", path.display()));
    let u32_at = |o: usize| bytes.get(o..o + 4).map(|b| u32::from_le_bytes(b.try_into().unwrap()));
    if u32_at(0) != Some(MAGIC_NS) || u32_at(20) != Some(LINKTYPE_ETHERNET) {
        return Err(bad("not a nanosecond Ethernet pcap"));
    }
    let mut frames = Vec::new();
    let mut at = 24;
    while at < bytes.len() {
        let (Some(s), Some(ns), Some(len)) = (u32_at(at), u32_at(at + 4), u32_at(at + 8)) else {
            return Err(bad("truncated record header"));
        };
        let data = bytes.get(at + 16..at + 16 + len as usize).ok_or_else(|| bad("truncated frame"))?;
        frames.push((s as u64 * 1_000_000_000 + ns as u64, data.to_vec()));
        at += 16 + len as usize;
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
        let mut frame = vec![0u8; 64];
        frame[12..14].copy_from_slice(&0x88b5u16.to_be_bytes());
        let n = wire::seal(&mut frame, 60);
        let mut w = PcapWriter::create(&path).unwrap();
        w.record(&frame[..n], 1_500_000_123_456).unwrap();
        w.flush().unwrap();
        let bytes = std::fs::read(&path).unwrap();
        assert_eq!(read(&path).unwrap(), vec![(1_500_000_123, frame[..60].to_vec())]);
        std::fs::remove_file(&path).unwrap();
        let u32_at = |o: usize| u32::from_le_bytes(bytes[o..o + 4].try_into().unwrap());
        assert_eq!(u32_at(0), MAGIC_NS);
        assert_eq!(&bytes[4..8], &[2, 0, 4, 0]);
        assert_eq!(u32_at(20), LINKTYPE_ETHERNET);
        // One record: 1.500000123 s, 60 bytes captured of 60, then the frame without FCS.
        assert_eq!((u32_at(24), u32_at(28), u32_at(32), u32_at(36)), (1, 500_000_123, 60, 60));
        assert_eq!(&bytes[40..], &frame[..60]);
    }
}
