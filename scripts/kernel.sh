#!/usr/bin/env bash
# Builds (once) a small Linux 6.12 with CONFIG_RUST=y from Debian's linux-source-6.12, for
# building and testing the uzura kernel module:
#   scripts/kernel.sh [x86]   x86_64, booted in QEMU (kmod-test.sh, xen-test.sh)
#   scripts/kernel.sh um      User-Mode Linux x86_64 with PCI over virtio (uml-test.sh)
# Prints the kernel tree's path on its last line of stdout; everything else goes to stderr.
#
# The tree is cached in $UZURA_CACHE/kernel-<arch>-<hash>, the hash taken over every input: the
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

ARCH_NAME=${1:-x86}
BINDGEN_VERSION=0.72.1
# The virtio device ID under which UML finds its PCI bus (boot option
# virtio_uml.device=SOCKET:ID); scripts/uml-test.sh reads it from here.
UML_PCI_DEVICE_ID=1234
SOURCE_TARBALL=/usr/src/linux-source-6.12.tar.xz

# What the module and its tests need on top of tinyconfig, on both architectures: Rust,
# modules, an initramfs, procfs/sysfs/devtmpfs, networking, and the cheap debug checks that turn
# driver bugs into WARNINGs (sleeping in atomic context, list corruption, spinlock and mutex
# misuse).
COMMON_OPTIONS=(
    -e 64BIT -e RUST -e MODULES -e MODULE_UNLOAD -d MODVERSIONS -e PCI_MSI
    -e BLK_DEV_INITRD -e RD_GZIP -e BINFMT_ELF -e BINFMT_SCRIPT -e TTY
    -e PRINTK -e PRINTK_TIME -e BUG -e KALLSYMS -e DEVTMPFS
    -e DEVTMPFS_MOUNT -e PROC_FS -e SYSFS -e SHMEM -e TMPFS -e FUTEX -e EPOLL -e MULTIUSER
    -e NET -e INET -e PACKET -e UNIX -e HIGH_RES_TIMERS -e DEBUG_KERNEL
    -e DEBUG_ATOMIC_SLEEP -e DEBUG_LIST -e DEBUG_SPINLOCK -e DEBUG_MUTEXES -e BUG_ON_DATA_CORRUPTION
    -e UNIX98_PTYS -e FILE_LOCKING -e POSIX_TIMERS -e SIGNALFD -e TIMERFD -e EVENTFD -e ADVISE_SYSCALLS
    -e FHANDLE -e INOTIFY_USER -e PROC_SYSCTL
)
case "$ARCH_NAME" in
x86)
    # QEMU's PC: PCI, a serial console, SMP with ACPI to find QEMU's second CPU (the test races
    # two processes). The same kernel is the Xen test host's PV dom0 and its PVH guest
    # (scripts/xen-test.sh): the Xen options below, built in, add the hypervisor console, xenfs,
    # privcmd, event channels and grant devices. NO_HZ_IDLE: an idle guest takes no timer
    # ticks; under QEMU's emulated nested SVM every interrupt into a PVH guest is a chance for
    # the emulation to fault it (docs/xen.md).
    KERNEL_OPTIONS=(
        "${COMMON_OPTIONS[@]}" -e SMP -e ACPI -e PCI -e SERIAL_8250 -e SERIAL_8250_CONSOLE -e HZ_1000
        -e HYPERVISOR_GUEST -e PARAVIRT -e XEN -e XEN_PV -e XEN_DOM0 -e XEN_PVH -e PVH -e PCI_XEN
        -e SWIOTLB_XEN -e HVC_XEN -e XEN_BACKEND -e XEN_SYS_HYPERVISOR -e XENFS -e XEN_COMPAT_XENFS
        -e XEN_PRIVCMD -e XEN_DEV_EVTCHN -e XEN_GNTDEV -e XEN_GRANT_DEV_ALLOC -e XEN_BALLOON -e NO_HZ_IDLE
    )
    MAKE_ARCH=()
    PATCHES=()
    IMAGE=arch/x86/boot/bzImage
    ;;
um)
    # User-Mode Linux whose PCI bus is a vhost-user device process (docs/uml.md): virtio over
    # vhost-user, PCI over virtio with a device ID of ours (the Kconfig default, -1, fails
    # probe), the console on stdio, and the vector network driver for the hosts' control
    # network. 6.12's rust/Makefile has no bindgen target for um: it is given on make's
    # command line. The patches let UML run on hosts with AMX (scripts/kernel-patches/); the
    # larger register area they give every task (16 KiB) does not fit a 16 KiB kernel stack,
    # which init_task shares, nor the IRQ stack of the same size, which holds the registers of
    # nested signals (the network driver's receive overflowed it): 64 KiB stacks.
    KERNEL_OPTIONS=(
        "${COMMON_OPTIONS[@]}" -e STDERR_CONSOLE -e SSL -e NULL_CHAN -e FD_CHAN -e VIRTIO_UML
        -e UML_PCI_OVER_VIRTIO --set-val UML_PCI_OVER_VIRTIO_DEVICE_ID "$UML_PCI_DEVICE_ID"
        -e UML_NET -e UML_NET_VECTOR --set-val KERNEL_STACK_ORDER 4
    )
    MAKE_ARCH=(ARCH=um BINDGEN_TARGET=x86_64-linux-gnu)
    PATCHES=("$PWD"/scripts/kernel-patches/um-*.patch)
    IMAGE=linux
    ;;
*) die "unknown architecture $ARCH_NAME (x86 or um)" ;;
esac

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
key=$( { echo "$source_version"; printf '%s\n' "${KERNEL_OPTIONS[@]}" "${MAKE_ARCH[@]}"; cat "${PATCHES[@]}" /dev/null; rustc -V; bindgen --version; clang --version | head -1; } | sha256sum | cut -c1-16)
kdir="$UZURA_CACHE/kernel-$ARCH_NAME-$key"
# The module is built by the same bindgen (kmod-test.sh reads where it is from here).
# The module is built for the same architecture (kmod-build.sh reads its make arguments here).
record_build() { command -v bindgen > "$kdir/.uzura-bindgen"; echo "${MAKE_ARCH[*]}" > "$kdir/.uzura-make-arch"; }
if [ -f "$kdir/.uzura-built" ] && [ -f "$kdir/$IMAGE" ]; then
    record_build
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
for patch in "${PATCHES[@]}"; do
    say "kernel: applying $(basename "$patch")"
    patch -s -p1 < "$patch" >&2
done
make -s "${MAKE_ARCH[@]}" LLVM=1 tinyconfig >&2
scripts/config "${KERNEL_OPTIONS[@]}"
make -s "${MAKE_ARCH[@]}" LLVM=1 olddefconfig >&2
grep -q '^CONFIG_RUST=y' .config || { make "${MAKE_ARCH[@]}" LLVM=1 rustavailable >&2; die "CONFIG_RUST did not stick (see rustavailable above)"; }
nice -n 10 make -s "${MAKE_ARCH[@]}" LLVM=1 -j"$(nproc)" >&2
record_build
echo "built in $(( $(date +%s) - start )) s" > "$kdir/.uzura-built"
say "kernel: built in $(( $(date +%s) - start )) s"
echo "$kdir"
