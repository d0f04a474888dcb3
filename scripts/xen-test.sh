#!/usr/bin/env bash
# A real Xen guest migrated by uzura. Boots Debian's Xen 4.17 hypervisor in QEMU (TCG with
# emulated SVM and nested paging) with the project's 6.12 kernel (scripts/kernel.sh) as PV
# dom0, loads uzura.ko there with one loopback device, starts a PVH guest (the same kernel; its
# init is xen-migrate's `pvh-init`, which runs a workload and prints a counter to the Xen
# console) and migrates it to the same host, control channel over loopback TCP:
#   - first, the module's own checks of foreign regions (uzura-kmod-test xen: a domain's frames
#     mapped with privcmd, registered, written and read over the loopback device);
#   - with Xen's own `xl migrate`;
#   - with `xen-migrate send --guest xen:DOMID` / `receive --guest xl:CONFIG` over every
#     transport (tcp; rdma and overlap over the module's loopback device) and both stop policies;
#   - twice more with the receiver killed, once in a live round and once while the guest is
#     suspended: the source must run on and the half-built destination must be destroyed.
# After each migration the guest must run on at the destination from where it stopped: its
# counter continues, it printed no second start line (no reboot), and xen-migrate checked every
# page against the source's hash. The migrations' table (time, downtime, rounds, pages; the
# ratios to `xl migrate`) goes to stderr; the verdict line is in cargo's format.
#
#   scripts/xen-test.sh           the test
#   scripts/xen-test.sh --bench   a 512 MiB guest running the database workload: the table only
#
# Xen comes from Debian's packages, fetched with apt-get download and unpacked into
# $UZURA_CACHE/xen-<hash> (keyed by the packages' versions); nothing is installed on the host.
# Needs (Debian): the packages of scripts/kernel.sh, plus cpio busybox-static qemu-system-x86
# libxen-dev libclang-dev python3.
# shellcheck source=scripts/test-lib.sh
source "$(dirname "$0")/test-lib.sh"

mode=test
[ "${1:-}" = --bench ] && mode=bench
for tool in qemu-system-x86_64 cpio gzip apt-get dpkg-deb python3; do
    command -v "$tool" >/dev/null || die "$tool not found: apt-get install qemu-system-x86 cpio python3"
done
[ -x /bin/busybox ] || die "/bin/busybox not found: apt-get install busybox-static"

# Xen's hypervisor, tools and libraries as Debian packages them.
XEN_PACKAGES=(xen-hypervisor-4.17-amd64 xen-utils-4.17 xen-utils-common xenstore-utils libxenmisc4.17
    libxencall1 libxendevicemodel1 libxenevtchn1 libxenforeignmemory1 libxengnttab1 libxenhypfs1 libxenstore4
    libxentoolcore1 libxentoollog1 libyajl2)
versions=$(for p in "${XEN_PACKAGES[@]}"; do
    printf '%s=%s\n' "$p" "$(apt-cache policy "$p" | sed -n 's/^ *Candidate: //p')"
done)
grep -q '=(none)\|=$' <<<"$versions" && die "apt knows no candidate for some Xen package (apt-get update?):
$versions"
xen_root="$UZURA_CACHE/xen-$(sha256sum <<<"$versions" | cut -c1-16)"
if [ ! -f "$xen_root/.uzura-unpacked" ]; then
    say "Xen 4.17: apt-get download and unpack ${#XEN_PACKAGES[@]} packages into $xen_root (not installed)"
    rm -rf "$xen_root"
    mkdir -p "$xen_root/debs"
    (cd "$xen_root/debs" && apt-get download -q $versions >&2) || die "apt-get download of Xen failed"
    for deb in "$xen_root"/debs/*.deb; do dpkg-deb -x "$deb" "$xen_root/root"; done
    # QEMU's multiboot loader takes the hypervisor's ELF image, not the gzip.
    gunzip -c "$xen_root"/root/boot/xen-4.17-amd64.gz > "$xen_root/xen.elf"
    rm -rf "$xen_root/debs"
    echo "$versions" > "$xen_root/.uzura-unpacked"
fi

KDIR=$(scripts/kernel.sh | tail -1) || die "the kernel build failed"
fresh_work_with_module "$KDIR" xen-test

say "building xen-migrate with --features xen (dom0), and static: pvh-init (the guest's init) and the module's test program"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
cargo build --release -q -p xen-migrate --features xen --bin xen-migrate >&2 || die "xen-migrate build failed"
for what in "-p xen-migrate --bin pvh-init" "-p uzura-kmod-test"; do
    # shellcheck disable=SC2086 # $what is two cargo arguments
    RUSTFLAGS="-C target-feature=+crt-static" cargo build --release -q $what --target x86_64-unknown-linux-gnu >&2 \
        || die "static build of $what failed"
done

# The guest: the same kernel (uncompressed, PVH entry point) and pvh-init as its init.
guest_initrd="$work/guest-initramfs"
mkdir -p "$guest_initrd"
cp "$target_dir/x86_64-unknown-linux-gnu/release/pvh-init" "$guest_initrd/init"
(cd "$guest_initrd" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/guest-initrd.gz"

# dom0's root: busybox, the unpacked Xen tools and libraries, xen-migrate, the module, the
# guest's kernel and initramfs, and every shared library the programs load, from this host.
rootfs="$work/dom0"
mkdir -p "$rootfs"/{bin,proc,sys,dev,run,tmp,guest,lib64,var/lib/xen,var/log/xen/console,etc/xen}
cp /bin/busybox "$rootfs/bin/"
cp -a "$xen_root/root/usr" "$rootfs/"
cp -a "$xen_root/root/etc/xen/." "$rootfs/etc/xen/"
rm -rf "$rootfs/usr/share" "$rootfs/usr/lib/xen-4.17/lib/python"
cp "$target_dir/release/xen-migrate" "$target_dir/x86_64-unknown-linux-gnu/release/uzura-kmod-test" "$rootfs/bin/"
cp "$module" "$rootfs/"
cp "$KDIR/vmlinux" "$rootfs/guest/vmlinux"
cp "$work/guest-initrd.gz" "$rootfs/guest/initrd.gz"
libpath="$xen_root/root/usr/lib/x86_64-linux-gnu"
for exe in "$rootfs/bin/xen-migrate" "$rootfs"/usr/lib/xen-4.17/bin/{xl,xenstored,xenconsoled,xen-init-dom0,libxl-save-helper}; do
    LD_LIBRARY_PATH="$libpath" ldd "$exe" | awk '$3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'
done | sort -u | while read -r lib; do
    case "$lib" in "$xen_root"/*) continue ;; esac
    mkdir -p "$rootfs$(dirname "$lib")"
    cp -L "$lib" "$rootfs$lib"
done
[ -e "$rootfs/lib64/ld-linux-x86-64.so.2" ] || die "no dynamic loader was copied into dom0's root"

if [ "$mode" = bench ]; then
    guest_mib=512 guest_extra="uzura.mib=400 uzura.workload=database"
else
    guest_mib=128 guest_extra="uzura.mib=48 uzura.workload=sequential uzura.rate=500"
fi
cat > "$rootfs/guest.cfg" <<EOF
name = "uzg"
type = "pvh"
kernel = "/guest/vmlinux"
ramdisk = "/guest/initrd.gz"
extra = "console=hvc0 $guest_extra"
memory = $guest_mib
vcpus = 1
EOF
# The module's foreign-region checks create (and never run) a small domain of their own.
cat > "$rootfs/foreign.cfg" <<EOF
name = "uzforeign"
type = "pvh"
kernel = "/guest/vmlinux"
memory = 32
vcpus = 1
EOF
echo 'autoballoon = "off"' > "$rootfs/etc/xen/xl.conf"
cp scripts/xen-dom0.sh "$rootfs/init"
chmod +x "$rootfs/init"
echo "$mode" > "$rootfs/mode"
say "packing dom0's initramfs ($(du -sh "$rootfs" | cut -f1))"
(cd "$rootfs" && find . | cpio -o -H newc --quiet | gzip -1) > "$work/dom0-initrd.gz"

log="$work/serial.log"
# Boots the test host and counts its checks.
run_host() {
    say "booting Xen 4.17 with dom0 in QEMU (TCG, -cpu qemu64,+svm,+npt), log in $log"
    local start
    start=$(date +%s)
    local dom0_args="console=hvc0 earlyprintk=xen rdinit=/init"
    timeout 3000 qemu-system-x86_64 -accel tcg -machine q35 -m 3G -smp 2 -cpu qemu64,+svm,+npt -no-reboot -nographic \
        -kernel "$xen_root/xen.elf" \
        -append "console=com1 com1=115200,8n1 dom0_mem=1024M,max:1024M loglvl=all guest_loglvl=all noreboot" \
        -initrd "$KDIR/arch/x86/boot/bzImage $dom0_args,$work/dom0-initrd.gz" > "$log" 2>&1 || true
    say "QEMU ran for $(( $(date +%s) - start )) s"
    tr -d '\r' < "$log" > "$work/serial.txt"
    python3 scripts/xen-report.py "$work/serial.txt" >&2 || true
    grep -E '^(ok|not ok) - ' "$work/serial.txt" >&2 || true
    passed=0
    failed=0
    count_guest_checks "$(cat "$work/serial.txt")"
    check "dom0 ran the scenario to its end" 'grep -q "^UZURA-XEN: done" "$work/serial.txt"'
    check "no BUG, Oops or panic in dom0's or Xen's log" \
        '! grep -E "BUG:|Oops|Call Trace|Kernel panic|FATAL TRAP|Panic on CPU" "$work/serial.txt" >&2'
}
run_host
# QEMU's emulation of nested SVM sometimes kills a PVH guest in an interrupt path, and Xen logs a
# triple fault for it (docs/limitations.md). A run that failed with that in Xen's log is run
# once more, saying so; any other failure stands, and so does a second such run.
if [ "$mode" = test ] && [ "$failed" -gt 0 ] && grep -q "Triple fault" "$work/serial.txt"; then
    cp "$work/serial.txt" "$work/serial-first-run.txt"
    say "the emulated nested SVM killed a guest ($(grep -m1 'Triple fault' "$work/serial.txt")): a fault of the test host; the first run's $failed failures are in $work/serial-first-run.txt; running the test host once more"
    run_host
fi
if [ "$mode" = bench ]; then
    [ "$failed" -eq 0 ] || die "the benchmark did not complete (log: $log)"
    exit 0
fi
verdict
