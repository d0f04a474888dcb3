//! A capture of two reference-model NICs under the driver core carries wire time: the frames
//! are in time order, and none from either NIC starts sooner after that NIC's earlier frames
//! than the 10 Gb/s line allows (`pcap::faster_than_line`), on a clean link and behind a
//! congested switch that pauses the sender.

use uzura_core::Config;
use uzura_sim::link::{LinkConfig, SwitchConfig};
use uzura_sim::pair::{Pair, MAC_A};
use uzura_sim::pcap::{self, PcapWriter};

/// The capture of an 8 MiB stream from A to B, and the PAUSE frames A's link sent back.
fn capture(link: LinkConfig, tag: &str) -> (Vec<(u64, Vec<u8>)>, u64) {
    let path = std::env::temp_dir().join(format!("uzura-wire-time-{tag}-{}.pcap", std::process::id()));
    let cfg = Config { mtu: 9000, ..Config::default() };
    let mut pair = Pair::new(cfg, link, LinkConfig::default(), 5);
    pair.capture = Some(PcapWriter::create(&path).unwrap());
    pair.stream(1, 1 << 20, 8, 4).unwrap();
    pair.capture.take().unwrap().flush().unwrap();
    let frames = pcap::read(&path).unwrap();
    std::fs::remove_file(&path).ok();
    (frames, pair.ab.stats().pause_frames)
}

#[test]
fn captures_keep_the_line_rate_in_time_order() {
    let storms = SwitchConfig {
        congestion_gap_ps: 1_000_000_000,
        congestion_len_ps: 500_000_000,
        congested_rate: 0.25,
        ..SwitchConfig::default()
    };
    let links = [
        ("clean", LinkConfig::default(), false),
        ("congested", LinkConfig { switch: Some(storms), ..LinkConfig::default() }, true),
    ];
    for (tag, link, paused) in links {
        let (frames, pauses) = capture(link, tag);
        assert_eq!(pauses > 0, paused, "{tag}: {pauses} PAUSE frames");
        let from_a = frames.iter().filter(|(_, f)| f[6..12] == MAC_A.0).count();
        assert!(from_a > 900 && from_a < frames.len(), "{tag}: {from_a} of {} frames from A", frames.len());
        assert!(frames.windows(2).all(|w| w[0].0 <= w[1].0), "{tag}: out of time order");
        assert_eq!(pcap::faster_than_line(&frames), None, "{tag}: (frame, ps too soon)");
    }
}
