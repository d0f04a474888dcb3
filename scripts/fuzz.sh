#!/usr/bin/env bash
# Coverage-guided fuzzing of uzura-uapi's byte parsers (the `frame` target of fuzz/, whose
# checks are those of uapi/tests/parse_arbitrary.rs) with cargo fuzz and libFuzzer, for a
# bounded time. Fails on any crash (a panic, i.e. a failed round-trip assert, counts).
#
# Works on stable Rust: `--sanitizer none` needs no nightly flag, so no RUSTC_BOOTSTRAP. The
# crate under test is `#![forbid(unsafe_code)]`, so AddressSanitizer would find nothing that
# bounds checks don't; FUZZ_SANITIZER=address builds with it anyway, through RUSTC_BOOTSTRAP=1
# (its -Zsanitizer flag is nightly-only).
#
# Environment:
#   FUZZ_SECONDS    how long to fuzz (default 60); 0 only replays the corpus and the seeds
#   FUZZ_SANITIZER  none (default) or address
#   FUZZ_CORPUS     corpus directory libFuzzer grows (default: under UZURA_CACHE, so that
#                   later runs on this machine start from what earlier ones found)
#   UZURA_CACHE     cache root (default ~/.cache/uzura); cargo-fuzz is installed under it
set -euo pipefail

FUZZ_TARGET=frame
CARGO_FUZZ_VERSION=0.13.2

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
fuzz_dir="$root/fuzz"
cache="${UZURA_CACHE:-$HOME/.cache/uzura}"
seconds="${FUZZ_SECONDS:-60}"
sanitizer="${FUZZ_SANITIZER:-none}"
corpus="${FUZZ_CORPUS:-$cache/fuzz-corpus/$FUZZ_TARGET}"
seeds="$fuzz_dir/seeds/$FUZZ_TARGET"

say() { printf '==> fuzz: %s\n' "$*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

if ! [[ "$seconds" =~ ^[0-9]+$ ]]; then
    echo "FUZZ_SECONDS must be a whole number of seconds, not '$seconds'" >&2
    exit 2
fi
if ! command -v cargo >/dev/null; then
    echo "cargo not found: fuzzing needs a Rust toolchain (rustup)" >&2
    exit 1
fi

# cargo-fuzz, pinned, installed once into the cache and reused by later runs.
install_root="$cache/cargo-fuzz-$CARGO_FUZZ_VERSION"
if [ -x "$install_root/bin/cargo-fuzz" ]; then
    say "using cargo-fuzz $CARGO_FUZZ_VERSION from $install_root"
else
    say "installing cargo-fuzz $CARGO_FUZZ_VERSION into $install_root (cargo install --locked)"
    t=$(now)
    CARGO_INSTALL_ROOT="$install_root" cargo install cargo-fuzz --version "$CARGO_FUZZ_VERSION" --locked
    say "cargo-fuzz installed in $(since "$t") s"
fi
export PATH="$install_root/bin:$PATH"

build_args=(--sanitizer "$sanitizer")
if [ "$sanitizer" != none ]; then
    say "sanitizer $sanitizer needs -Zsanitizer: setting RUSTC_BOOTSTRAP=1 for this build"
    export RUSTC_BOOTSTRAP=1
fi

cd "$fuzz_dir"
say "building target '$FUZZ_TARGET' with $(rustc --version) (cargo fuzz build ${build_args[*]} $FUZZ_TARGET)"
t=$(now)
cargo fuzz build "${build_args[@]}" "$FUZZ_TARGET"
say "built in $(since "$t") s"

mkdir -p "$corpus"
# -max_len leaves room for the largest valid frame (14 + 32 + 9184 bytes); -timeout makes a
# hang a failure.
lf_args=(-timeout=10 -max_len=9400 -print_final_stats=1)
if [ "$seconds" -eq 0 ]; then
    lf_args+=(-runs=0)
    say "replaying corpus $corpus and seeds $seeds (FUZZ_SECONDS=0)"
else
    lf_args+=(-max_total_time="$seconds")
    say "fuzzing '$FUZZ_TARGET' for $seconds s; corpus $corpus, seeds $seeds"
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
# libFuzzer's per-input progress lines (NEW, REDUCE, pulse) go to the log only.
cargo fuzz run "${build_args[@]}" "$FUZZ_TARGET" "$corpus" "$seeds" -- "${lf_args[@]}" 2>&1 \
    | tee "$log" | grep -v -E '^#[0-9]+[[:space:]]+(NEW|REDUCE|pulse|RELOAD)'
rc=${PIPESTATUS[0]}
set -e

execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
units=$(find "$corpus" -type f | wc -l)
if [ "$rc" -ne 0 ]; then
    say "FAILED (exit $rc) after ${execs:-an unknown number of} executions"
    for f in $(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log"); do
        [ -f "$f" ] || f="$fuzz_dir/$f"
        [ -f "$f" ] || continue
        say "failing input $f ($(wc -c <"$f") bytes):"
        od -An -tx1 -v "$f" | head -40
        say "reproduce: (cd fuzz && cargo fuzz run ${build_args[*]} $FUZZ_TARGET $f)"
    done
    exit "$rc"
fi
if [ -z "$execs" ]; then
    say "FAILED: libFuzzer printed no statistics"
    exit 1
fi
say "ok: $execs executions, $rate exec/s, no crash; corpus has $units inputs"
