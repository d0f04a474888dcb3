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
# shellcheck source=scripts/test-lib.sh
source "$(dirname "$0")/test-lib.sh"

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
mkdir -p "$initrd"
cp "$module" "$test_bin" "$initrd/"
write_initramfs "$initrd" <<'EOF'
echo "UZURA: foll pins before load: $(pins)"
if insmod /uzura.ko loopback=1; then echo "UZURA: insmod ok"; fi
timeout 1500 /uzura-kmod-test $uzura_mode
echo "UZURA: test exit $?"
if rmmod uzura; then echo "UZURA: rmmod ok"; fi
echo "UZURA: foll pins after unload: $(pins)"
echo "UZURA: done"
reboot -f
EOF

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
clean_log=$(tr -d '\r' < "$log")
count_guest_checks "$clean_log"
module_log_checks "kernel" "$clean_log"
verdict
