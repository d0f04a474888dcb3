//! The NACKs a receiver sends over a lossy link keep protocol.md §6.1's rules, read from the
//! capture of the wire: ranges in ascending order, without overlap, each of 1 to 4,096 PSNs,
//! from CUM on and below what the sender has sent. A full report's first range starts at
//! CUM; an unsolicited one may leave out ranges NACKed before (§6.3), and both kinds occur.

use uzura_core::Config;
use uzura_sim::link::LinkConfig;
use uzura_sim::pair::{Pair, MAC_A, MAC_B};
use uzura_sim::pcap::{self, PcapWriter};
use uzura_uapi::proto::Psn;
use uzura_uapi::wire::{parse_frame, Kind};

#[test]
fn nacks_on_a_lossy_link_keep_the_range_rules() {
    let path = std::env::temp_dir().join(format!("uzura-nack-{}.pcap", std::process::id()));
    let mut pair = Pair::new(Config::default(), LinkConfig::lossy(0.02, 11), LinkConfig::default(), 11);
    pair.capture = Some(PcapWriter::create(&path).unwrap());
    pair.stream(1, 1 << 20, 8, 2).unwrap();
    pair.capture.take().unwrap().flush().unwrap();
    let frames = pcap::read(&path).unwrap();
    std::fs::remove_file(&path).ok();

    // One past the highest PSN the sender has put on the wire so far.
    let mut sent_end: Option<Psn> = None;
    let (mut from_cum, mut after_cum) = (0, 0);
    for (_, f) in &frames {
        let Ok((eth, repr, _)) = parse_frame(f) else { continue };
        match repr.kind {
            Kind::Write(_) if eth.src == MAC_A => {
                let end = repr.psn.add(1);
                if sent_end.is_none_or(|e| e.before(end)) {
                    sent_end = Some(end);
                }
            }
            Kind::Nack(ranges) if eth.src == MAC_B => {
                let cum = repr.psn;
                let mut next = cum;
                for r in ranges.as_slice() {
                    assert!((1..=4096).contains(&r.count), "{r:?}");
                    assert!(r.start.since(next) >= 0, "range {r:?} before {next:?} (CUM {cum:?})");
                    next = r.start.add(r.count);
                    assert!(next.since(sent_end.expect("a write before a NACK")) <= 0, "{r:?} past what was sent");
                }
                match ranges.as_slice().first() {
                    Some(r) if r.start == cum => from_cum += 1,
                    Some(_) => after_cum += 1,
                    None => panic!("a NACK without ranges"),
                }
            }
            _ => {}
        }
    }
    assert!(from_cum > 0, "no NACK starts at CUM");
    assert!(after_cum > 0, "no unsolicited NACK leaves out ranges NACKed before");
}
