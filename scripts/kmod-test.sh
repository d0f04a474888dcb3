#!/usr/bin/env bash
# The in-kernel test of the uzura kernel module: builds a Rust-enabled 6.12 kernel (cached,
# scripts/kernel.sh), builds uzura.ko against it and the static test program
# (kmod/test), boots the kernel in QEMU with an initramfs holding both, loads the module with
# one loopback device and runs the test. Fails on any failed check, on any BUG, WARNING or
# Oops in the kernel log, and if a pinned page is left after unloading the module.
#
#   scripts/kmod-test.sh           the test; last line `test result: ok. N passed; M failed;`
#   scripts/kmod-test.sh --bench   the loopback benchmark (CPU time per page of rdmastart+poll)
#
# Env: KDIR=<built kernel tree> tests against that tree's arch/x86/boot/bzImage instead of
# building one (it must have CONFIG_RUST=y and have been built with this rustc and bindgen).
# Needs (Debian): the packages of scripts/kernel.sh, plus cpio busybox-static qemu-system-x86.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
UZURA_CACHE="${UZURA_CACHE:-$HOME/.cache/uzura}"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { echo "kmod-test.sh: $*" >&2; echo "test result: FAILED. 0 passed; 1 failed;"; exit 1; }

mode=test
[ "${1:-}" = --bench ] && mode=bench
for tool in qemu-system-x86_64 cpio gzip; do
    command -v "$tool" >/dev/null || die "$tool not found: apt-get install qemu-system-x86 cpio"
done
[ -x /bin/busybox ] || die "/bin/busybox not found: apt-get install busybox-static"

if [ -z "${KDIR:-}" ]; then
    KDIR=$(scripts/kernel.sh | tail -1) || die "the kernel build failed"
fi
[ -f "$KDIR/arch/x86/boot/bzImage" ] || die "no bzImage in $KDIR"
module=$(scripts/kmod-build.sh "$KDIR" | tail -1) || die "module build failed"
work=$(dirname "$(dirname "$module")")

say "building the test program (static)"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
RUSTFLAGS="-C target-feature=+crt-static" cargo build --release -q -p uzura-kmod-test --target x86_64-unknown-linux-gnu >&2 \
    || die "test program build failed"
test_bin="$target_dir/x86_64-unknown-linux-gnu/release/uzura-kmod-test"

initrd="$work/initramfs"
mkdir -p "$initrd/bin" "$initrd/proc" "$initrd/sys" "$initrd/dev"
cp /bin/busybox "$initrd/bin/"
cp "$module" "$test_bin" "$initrd/"
cat > "$initrd/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
# Pages pinned with FOLL_PIN and not yet unpinned, by the kernel's own count (after letting
# the per-CPU counter deltas fold into the global ones).
pins() {
    [ -w /proc/sys/vm/stat_refresh ] && echo 1 > /proc/sys/vm/stat_refresh
    sleep 3
    awk '/^nr_foll_pin_acquired/ { a = $2 } /^nr_foll_pin_released/ { r = $2 } END { print a - r }' /proc/vmstat
}
echo "UZURA: foll pins before load: $(pins)"
if insmod /uzura.ko loopback=1; then echo "UZURA: insmod ok"; fi
timeout 1500 /uzura-kmod-test $uzura_mode
echo "UZURA: test exit $?"
if rmmod uzura; then echo "UZURA: rmmod ok"; fi
echo "UZURA: foll pins after unload: $(pins)"
echo "UZURA: done"
reboot -f
EOF
chmod +x "$initrd/init"
(cd "$initrd" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/initramfs.gz"

# TCG by default: KVM inside a VM (nested, as on this project's machines) fails to boot this
# kernel. UZURA_QEMU_ACCEL=kvm uses KVM where it works.
accel=(-accel "${UZURA_QEMU_ACCEL:-tcg}")
log="$work/serial.log"
say "booting $KDIR in QEMU (${accel[*]}), log in $log"
start=$(date +%s)
timeout 1800 qemu-system-x86_64 "${accel[@]}" -smp 2 -m 1024 -no-reboot -nographic \
    -kernel "$KDIR/arch/x86/boot/bzImage" -initrd "$work/initramfs.gz" \
    -append "console=ttyS0 panic=-1 uzura_mode=$mode" > "$log" 2>&1 || true
tr -d '\r' < "$log" | sed -n '/UZURA: foll pins before/,$p' >&2
say "QEMU ran for $(( $(date +%s) - start )) s"
if [ "$mode" = bench ]; then
    grep -q '^bench: ' "$log" || die "the benchmark printed nothing"
    exit 0
fi

# The verdict: the test program's checks plus the host's own.
passed=$(grep -c '^ok - ' "$log" || true)
failed=$(grep -c '^not ok - ' "$log" || true)
host_check() {
    if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok - $1" >&2; fi
}
clean_log=$(tr -d '\r' < "$log")
host_check "module loaded" 'grep -q "^UZURA: insmod ok" <<<"$clean_log"'
host_check "test program completed" 'grep -q "^kmod-test: [0-9]* passed; 0 failed" <<<"$clean_log"'
host_check "module unloaded" 'grep -q "^UZURA: rmmod ok" <<<"$clean_log"'
host_check "module reports no page left pinned" 'grep -q "uzura: unloaded, pinned pages left: 0" <<<"$clean_log"'
before=$(sed -n 's/^UZURA: foll pins before load: //p' <<<"$clean_log")
after=$(sed -n 's/^UZURA: foll pins after unload: //p' <<<"$clean_log")
host_check "kernel's FOLL_PIN count back to $before after unload (is $after)" '[ -n "$before" ] && [ "$before" = "$after" ]'
host_check "no BUG, WARNING or Oops in the kernel log" '! grep -E "BUG|WARNING|Oops|Call Trace|Kernel panic" <<<"$clean_log" >&2'
echo "test result: $([ "$failed" -eq 0 ] && echo ok || echo FAILED). $passed passed; $failed failed;"
[ "$failed" -eq 0 ]
