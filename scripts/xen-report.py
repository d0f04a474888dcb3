#!/usr/bin/env python3
"""The table of scripts/xen-test.sh: one row per migration in the Xen test host's serial log.

Reads the markers that scripts/xen-dom0.sh prints:
  UZURA-MIG begin|end LABEL EPOCH        dom0's clock around each migration
  UZURA-REPORT LABEL JSON                xen-migrate send's report
  UZURA-LOG FILE LINE                    the guests' console logs, with pvh-init's counter lines
                                         (`count N at EPOCH`, every 200 ms by the guest's clock)

For each migration: its wall time in dom0 (from the command's start to its end, destination
domain creation included), the downtime xen-migrate measured (paused to
resumed), the longest silence of the guest's counter around it (the same measure for every
tool, including `xl migrate`, which reports no downtime; it includes up to 200 ms of the print
period), rounds, pages sent, and the
ratios to `xl migrate`'s time and silence.
"""
import json
import re
import sys


def main(path):
    begins, ends, reports, counts = {}, {}, {}, []
    order = []
    for line in open(path, errors="replace"):
        line = line.rstrip("\n")
        if m := re.match(r"UZURA-MIG (begin|end) (.+) ([0-9.]+)$", line):
            (begins if m[1] == "begin" else ends)[m[2]] = float(m[3])
            if m[1] == "begin":
                order.append(m[2])
        elif m := re.match(r"UZURA-REPORT (.+?) (\{.*\})$", line):
            reports[m[1]] = json.loads(m[2])
        elif m := re.match(r"UZURA-LOG .*uzura-guest: boot \w+ count \d+ at ([0-9.]+)", line):
            counts.append(float(m[1]))
    counts.sort()
    if not order:
        print("xen-report: no migration in the log")
        return 1

    def silence(label):
        lo, hi = begins[label], ends.get(label, begins[label]) + 30
        seen = [t for t in counts if lo <= t <= hi]
        return max((b - a for a, b in zip(seen, seen[1:])), default=float("nan"))

    rows = []
    # Failed xen-migrate runs have no report and no figures worth a row.
    for label in (l for l in order if l in reports or l.startswith("xl")):
        wall = ends.get(label, float("nan")) - begins[label]
        r = reports.get(label)
        if r:
            rounds, pages, down = len(r["rounds"]), r["total_pages_sent"], f'{r["downtime_seconds"]:.2f}'
        else:
            # `xl migrate` reports neither its rounds, its pages nor its downtime.
            rounds, pages, down = "-", "-", "-"
        rows.append((label, wall, down, silence(label), rounds, pages))
    base = next((row for row in rows if row[0].startswith("xl")), None)
    print(f"{'migration':<22} {'time s':>8} {'downtime s':>10} {'silence s':>9} {'rounds':>6} {'pages':>8}"
          f" {'time/xl':>8} {'silence/xl':>10}")
    for label, wall, down, quiet, rounds, pages in rows:
        ratio = f"{wall / base[1]:.2f}" if base else "-"
        qratio = f"{quiet / base[3]:.2f}" if base and base[3] == base[3] and base[3] > 0 else "-"
        print(f"{label:<22} {wall:>8.1f} {down:>10} {quiet:>9.1f} {rounds:>6} {pages:>8} {ratio:>8} {qratio:>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
