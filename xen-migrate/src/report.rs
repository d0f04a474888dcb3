//! The migration report as text (a table per round, then totals) and as JSON.

use std::io::Write;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use super::engine::Report;

pub fn print_text(r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "migrated {} over {:?} ({}), policy {:?}", r.guest, r.transport, r.device, r.policy)?;
    writeln!(
        out,
        "{:>6} {:>6} {:>12} {:>14} {:>10} {:>12}",
        "round", "live", "pages sent", "pages dirtied", "time s", "MB/s"
    )?;
    for x in &r.rounds {
        writeln!(
            out,
            "{:>6} {:>6} {:>12} {:>14} {:>10.3} {:>12.1}",
            x.round,
            if x.live { "yes" } else { "paused" },
            x.pages_sent,
            x.pages_dirtied,
            x.seconds,
            x.mb_per_s
        )?;
    }
    writeln!(out, "migration time      {:.3} s", r.migration_seconds)?;
    writeln!(out, "downtime            {:.3} s", r.downtime_seconds)?;
    writeln!(out, "rounds              {}", r.rounds.len())?;
    writeln!(
        out,
        "pages sent          {} ({:.2}x the guest's {} pages)",
        r.total_pages_sent,
        r.total_pages_sent as f64 / r.pages as f64,
        r.pages
    )?;
    writeln!(out, "throughput          {:.1} MB/s", r.throughput_mb_per_s)?;
    writeln!(
        out,
        "CPU time, source    {:.3} s ({:.2} us per page sent)",
        r.cpu_source_seconds, r.cpu_us_per_page_source
    )?;
    writeln!(out, "CPU time, dest      {:.3} s ({:.2} us per page sent)", r.cpu_dest_seconds, r.cpu_us_per_page_dest)?;
    writeln!(
        out,
        "verified            {} of {} pages equal the source's at the pause",
        r.destination.pages_verified, r.pages
    )?;
    writeln!(out, "resumed             {}", r.destination.resumed)
}

pub fn print_json(r: &Report, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, r)?;
    writeln!(out)
}

/// A progress bar per round on stderr, drawn only if stderr is a terminal.
#[derive(Default)]
pub struct Progress {
    /// The current round's bar, until the round is done.
    bar: Option<(u32, ProgressBar)>,
}

impl Progress {
    pub fn new() -> Progress {
        Progress::default()
    }

    pub fn update(&mut self, round: u32, done: u64, total: u64) {
        let bar = match &self.bar {
            Some((r, bar)) if *r == round => bar,
            _ => {
                let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr())
                    .with_style(
                        ProgressStyle::with_template("  round {prefix:>2} [{bar:40}] {pos:>8}/{len} pages")
                            .expect("a valid template")
                            .progress_chars("#>."),
                    )
                    .with_prefix(round.to_string());
                &self.bar.insert((round, bar)).1
            }
        };
        bar.set_length(total);
        bar.set_position(done);
        if done == total {
            bar.finish_and_clear();
            self.bar = None;
        }
    }
}
