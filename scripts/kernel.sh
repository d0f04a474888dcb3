#!/usr/bin/env bash
# Builds (once) a small x86_64 Linux 6.12 with CONFIG_RUST=y from Debian's linux-source-6.12,
# for building and testing the uzura kernel module in QEMU. Prints the kernel tree's path on
# its last line of stdout; everything else goes to stderr.
#
# The tree is cached in $UZURA_CACHE/kernel-<hash>, the hash taken over every input: the
# source package's version, the configuration below, and the versions of rustc, bindgen and
# clang (a Rust-enabled kernel only loads modules built by the exact same compilers). Delete
# the directory to rebuild from nothing.
#
# Needs (Debian): linux-source-6.12 clang lld llvm libclang-dev flex bison bc libelf-dev
# libssl-dev; rustup's rust-src component; bindgen-cli, which this script installs with cargo
# into $UZURA_CACHE/bindgen-<version> when no suitable one is on PATH.
set -euo pipefail
cd "$(dirname "$0")/.."
UZURA_CACHE="${UZURA_CACHE:-$HOME/.cache/uzura}"
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { echo "kernel.sh: $*" >&2; exit 1; }

BINDGEN_VERSION=0.72.1
SOURCE_TARBALL=/usr/src/linux-source-6.12.tar.xz

# What the module and its test need on top of tinyconfig: Rust, modules, PCI with MSI, an
# initramfs with a serial console, procfs/sysfs/devtmpfs, SMP with ACPI to find QEMU's second
# CPU (the test races two processes) and the cheap debug checks that turn driver bugs into
# WARNINGs (sleeping in atomic context, list corruption, spinlock and mutex misuse). The same
# kernel is the Xen test host's PV dom0 and its PVH guest (scripts/xen-test.sh): the Xen options
# below, built in, add the hypervisor console, xenfs, privcmd, event channels and grant devices,
# and the system calls that tinyconfig leaves out and Xen's tools use (file locks, timers).
# NO_HZ_IDLE: an idle guest takes no timer ticks; under QEMU's emulated nested SVM every
# interrupt into a PVH guest is a chance for the emulation to fault it (docs/xen.md).
KERNEL_OPTIONS=(
    -e 64BIT -e RUST -e MODULES -e MODULE_UNLOAD -d MODVERSIONS -e SMP -e ACPI -e PCI -e PCI_MSI
    -e BLK_DEV_INITRD -e RD_GZIP -e BINFMT_ELF -e BINFMT_SCRIPT -e TTY -e SERIAL_8250
    -e SERIAL_8250_CONSOLE -e PRINTK -e PRINTK_TIME -e BUG -e KALLSYMS -e DEVTMPFS
    -e DEVTMPFS_MOUNT -e PROC_FS -e SYSFS -e SHMEM -e TMPFS -e FUTEX -e EPOLL -e MULTIUSER
    -e NET -e INET -e PACKET -e UNIX -e HZ_1000 -e HIGH_RES_TIMERS -e DEBUG_KERNEL
    -e DEBUG_ATOMIC_SLEEP -e DEBUG_LIST -e DEBUG_SPINLOCK -e DEBUG_MUTEXES -e BUG_ON_DATA_CORRUPTION
    -e HYPERVISOR_GUEST -e PARAVIRT -e XEN -e XEN_PV -e XEN_DOM0 -e XEN_PVH -e PVH -e PCI_XEN -e SWIOTLB_XEN
    -e HVC_XEN -e XEN_BACKEND -e XEN_SYS_HYPERVISOR -e XENFS -e XEN_COMPAT_XENFS -e XEN_PRIVCMD
    -e XEN_DEV_EVTCHN -e XEN_GNTDEV -e XEN_GRANT_DEV_ALLOC -e XEN_BALLOON -e UNIX98_PTYS
    -e FILE_LOCKING -e POSIX_TIMERS -e SIGNALFD -e TIMERFD -e EVENTFD -e ADVISE_SYSCALLS -e FHANDLE
    -e INOTIFY_USER -e PROC_SYSCTL -e NO_HZ_IDLE
)

command -v rustc >/dev/null || die "rustc not found (install rustup)"
for tool in clang ld.lld llvm-ar flex bison bc; do
    command -v "$tool" >/dev/null || die "$tool not found: apt-get install clang lld llvm libclang-dev flex bison bc libelf-dev libssl-dev"
done
[ -f "$SOURCE_TARBALL" ] || die "$SOURCE_TARBALL not found: apt-get install linux-source-6.12"

if command -v rustup >/dev/null && ! rustup component list --installed 2>/dev/null | grep -q '^rust-src'; then
    say "rustup component add rust-src (the kernel builds its own core library)"
    rustup component add rust-src >&2
fi

# bindgen: the kernel wants >= 0.65.1; a fixed version keeps the cache key stable.
bindgen_ok() { command -v bindgen >/dev/null && [ "$(printf '%s\n' 0.65.1 "$(bindgen --version | awk '{print $2}')" | sort -V | head -1)" = 0.65.1 ]; }
if ! bindgen_ok; then
    bindgen_root="$UZURA_CACHE/bindgen-$BINDGEN_VERSION"
    if [ ! -x "$bindgen_root/bin/bindgen" ]; then
        say "cargo install bindgen-cli $BINDGEN_VERSION into $bindgen_root"
        nice -n 10 cargo install --locked --quiet bindgen-cli --version "$BINDGEN_VERSION" --root "$bindgen_root" >&2
    fi
    export PATH="$bindgen_root/bin:$PATH"
fi

source_version=$(dpkg-query -W -f='${Version}' linux-source-6.12)
key=$( { echo "$source_version"; printf '%s\n' "${KERNEL_OPTIONS[@]}"; rustc -V; bindgen --version; clang --version | head -1; } | sha256sum | cut -c1-16)
kdir="$UZURA_CACHE/kernel-$key"
# The module is built by the same bindgen (kmod-test.sh reads where it is from here).
record_bindgen() { command -v bindgen > "$kdir/.uzura-bindgen"; }
if [ -f "$kdir/.uzura-built" ]; then
    record_bindgen
    say "kernel: cached $kdir (linux-source-6.12 $source_version)"
    echo "$kdir"
    exit 0
fi

say "kernel: building linux-source-6.12 $source_version with CONFIG_RUST=y into $kdir (about 10-15 min on 2 cores)"
start=$(date +%s)
# Built in place (Kbuild records absolute paths); the marker file says it is complete.
rm -rf "$kdir"
mkdir -p "$kdir"
tar -xJf "$SOURCE_TARBALL" -C "$kdir" --strip-components=1
cd "$kdir"
make -s LLVM=1 tinyconfig >&2
scripts/config "${KERNEL_OPTIONS[@]}"
make -s LLVM=1 olddefconfig >&2
grep -q '^CONFIG_RUST=y' .config || { make LLVM=1 rustavailable >&2; die "CONFIG_RUST did not stick (see rustavailable above)"; }
nice -n 10 make -s LLVM=1 -j"$(nproc)" >&2
record_bindgen
echo "built in $(( $(date +%s) - start )) s" > "$kdir/.uzura-built"
say "kernel: built in $(( $(date +%s) - start )) s"
echo "$kdir"
