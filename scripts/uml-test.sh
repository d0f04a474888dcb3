#!/usr/bin/env bash
# The kernel module's PCI path, end to end: two User-Mode Linux 6.12 hosts (scripts/kernel.sh um)
# whose PCI buses are served by one uzura-pcidev process (the NIC as a vhost-user PCI device,
# sim/pcidev), each loading uzura.ko without loopback devices, its NIC joined to the other's by
# the device's simulated wire, and a control network between the hosts (UML's vector driver
# over UDP on the host's loopback). docs/uml.md explains the set-up.
#
#   scripts/uml-test.sh [--backend refnic|gateware]
#
# Runs, each a fresh boot:
#   1. two hosts: transfers between them both ways, then on each host the loopback test's
#      sections (transfers, abuse, userlib, processes) over its own NIC (kmod/test, `pci`);
#   2. the same two-host transfers over a lossy wire (retransmission through the interrupt path);
#   3. a process guest migrated from one host to the other by xen-migrate over the module;
#   4. one host whose NIC stops consuming its send queue (`stalled-sq`);
#   5. one host whose device process is killed mid-transfer (`device-gone`).
# The gateware backend runs the transfers between the hosts only, up to 1 MiB. Fails on any failed check,
# on BUG/WARNING/Oops/Call Trace in a kernel log, on pages left pinned after unload, and if the
# NIC's interrupts were not MSIs. Last line: `test result: ok. N passed; M failed;`.
#
# Env: KDIR=<built UML tree> tests against that tree instead of building one (CONFIG_RUST=y,
# built with this rustc and bindgen, with the options of scripts/kernel.sh um).
# Needs (Debian): the packages of scripts/kernel.sh, plus busybox-static cpio.
# shellcheck source=scripts/test-lib.sh
source "$(dirname "$0")/test-lib.sh"

backend=refnic
while [ $# -gt 0 ]; do
    case "$1" in
    --backend) backend=${2:?--backend needs refnic or gateware}; shift 2 ;;
    *) die "unknown argument $1 (usage: uml-test.sh [--backend refnic|gateware])" ;;
    esac
done
case "$backend" in refnic | gateware) ;; *) die "unknown backend $backend (refnic or gateware)" ;; esac
[ -x /bin/busybox ] || die "/bin/busybox not found: apt-get install busybox-static"
command -v cpio >/dev/null || die "cpio not found: apt-get install cpio"

if [ -z "${KDIR:-}" ]; then
    KDIR=$(scripts/kernel.sh um | tail -1) || die "the UML kernel build failed"
fi
[ -x "$KDIR/linux" ] || die "no UML kernel (linux) in $KDIR"
pci_id=$(sed -n 's/^CONFIG_UML_PCI_OVER_VIRTIO_DEVICE_ID=//p' "$KDIR/.config")
fresh_work_with_module "$KDIR" uml-test

say "building the test program and xen-migrate (static), and uzura-pcidev"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
# Two builds: together, cargo would give the test program xen-migrate's userlib features.
for program in uzura-kmod-test xen-migrate; do
    RUSTFLAGS="-C target-feature=+crt-static" cargo build --release -q -p "$program" \
        --target x86_64-unknown-linux-gnu >&2 || die "$program build failed"
done
features=()
[ "$backend" = gateware ] && features=(--features gateware)
cargo build --release -q -p uzura-pcidev "${features[@]}" >&2 || die "uzura-pcidev build failed"
pcidev="$target_dir/release/uzura-pcidev"

initrd="$work/initramfs"
mkdir -p "$initrd"
cp "$module" "$target_dir/x86_64-unknown-linux-gnu/release/uzura-kmod-test" \
    "$target_dir/x86_64-unknown-linux-gnu/release/xen-migrate" "$initrd/"
# The migration phase: host 0 runs a process guest and sends it to host 1 over the module
# (userlib's kernel backend) with the control channel on the hosts' network.
cat > "$initrd/migrate.sh" <<'EOF'
#!/bin/busybox sh
failed=0
check() { if eval "$2"; then echo "ok - $1"; else echo "not ok - $1"; failed=1; fi; }
case "$1" in
send)
    /xen-migrate guest --mib 32 --workload database --hot-pages 4096 --tau 0.5 > /tmp/guest.out &
    for _ in $(seq 100); do grep -q '^ready' /tmp/guest.out && break; sleep 0.1; done
    pid=$(awk '/^ready/ { print $2 }' /tmp/guest.out)
    # The receiver boots beside this host; give it time to listen.
    sleep 3
    /xen-migrate send --guest "process:$pid" --to 10.77.0.2:7300 --device kernel:/dev/uzura0 --transport "$2" > /tmp/send.out 2>&1
    status=$?
    cat /tmp/send.out
    check "migration ($2) over uzura.ko: the sender finished" '[ $status -eq 0 ]'
    # Gone, or a zombie this shell (its parent) has not reaped.
    check "  ... the source guest is gone" '[ ! -e "/proc/$pid" ] || grep -q "^State:.Z" "/proc/$pid/status"'
    ;;
receive)
    /xen-migrate receive --listen 0.0.0.0:7300 --device kernel:/dev/uzura0 > /tmp/receive.out 2>&1
    status=$?
    cat /tmp/receive.out
    check "migration over uzura.ko: the receiver verified every page and resumed the guest" \
        '[ $status -eq 0 ] && grep -q "(all verified); resumed" /tmp/receive.out'
    pid=$(sed -n 's/.*resumed process guest \([0-9]*\).*/\1/p' /tmp/receive.out)
    sleep 1
    check "  ... the resumed guest runs here" '[ -n "$pid" ] && kill -0 "$pid"'
    [ -n "$pid" ] && kill "$pid"
    ;;
esac
exit $failed
EOF
chmod +x "$initrd/migrate.sh"
# Kernel parameters the kernel does not know reach init as environment variables:
# uzura_ip (this host's control address), uzura_test (the test program's arguments, commas
# for spaces), uzura_run (a script to run instead, with its arguments).
write_initramfs "$initrd" <<'EOF'
ip link set lo up
if [ -n "$uzura_ip" ]; then ip addr add "$uzura_ip/24" dev vec0 && ip link set vec0 up; fi
echo "UZURA: foll pins before load: $(pins)"
# The NIC is a model in a process that shares two cores with both hosts: retransmission timeouts
# for a busy CPU (as the loopback device's), not for a 10 GbE link.
if insmod /uzura.ko rto_us=20000 rto_max_ms=2000; then echo "UZURA: insmod ok"; fi
if [ -n "$uzura_run" ]; then
    /$(echo "$uzura_run" | tr , ' ')
else
    /uzura-kmod-test $(echo "$uzura_test" | tr , ' ')
fi
echo "UZURA: test exit $?"
grep uzura /proc/interrupts | sed 's/^/UZURA: interrupts: /'
if rmmod uzura; then echo "UZURA: rmmod ok"; fi
echo "UZURA: foll pins after unload: $(pins)"
echo "UZURA: done"
poweroff -f
EOF

# UML keeps its physical memory in a file in TMPDIR, shared with the device process.
export TMPDIR="$work/tmp"
mkdir -p "$TMPDIR"
[ -d /dev/shm ] && [ -w /dev/shm ] && TMPDIR=$(mktemp -d /dev/shm/uzura-uml.XXXXXX)
trap 'rm -rf "${TMPDIR:?}"; kill "${device_pid:-0}" 2>/dev/null || true' EXIT


# Starts uzura-pcidev on the sockets given; its stderr (and closing summary) goes to $1.
start_device() {
    local log=$1
    shift
    "$pcidev" --backend "$backend" "$@" 2> "$log" &
    device_pid=$!
    for _ in $(seq 100); do
        [ -S "$work/nic0.sock" ] && return 0
        sleep 0.1
    done
    die "uzura-pcidev did not start: $(cat "$log")"
}

stop_device() {
    kill -TERM "$device_pid" 2>/dev/null || true
    wait "$device_pid" 2>/dev/null || true
}

# Boots host $1 (0 or 1) with $2 (uzura_test=ARGS or uzura_run=SCRIPT,ARGS), its console in
# $3; in the background.
boot() {
    local n=$1 args=$2 log=$3 port=$((27700 + $1)) peer=$((27701 - $1))
    timeout 1500 "$KDIR/linux" mem=768M initrd="$work/initramfs.gz" con0=fd:0,fd:1 con=null \
        "virtio_uml.device=$work/nic$n.sock:$pci_id" virt_pci.max_delay_us=2000000 \
        "vec0:transport=l2tpv3,udp=1,src=127.0.0.1,dst=127.0.0.1,srcport=$port,dstport=$peer,rx_session=1,tx_session=1" \
        "uzura_ip=10.77.0.$((n + 1))" "$args" < /dev/null > "$log" 2>&1 &
}

# The log without the warnings UML's virtio and PCI transports print when the vhost-user peer
# is gone: arch/um/drivers/virtio_uml.c ("read returned 0", vu_del_vqs on the dead connection)
# and virt-pci.c (a register read in flight that got no answer, "um virt-pci delay"). That is
# what killing the device process is. Everything else stays, to be checked.
UML_TRANSPORT_WARNING='WARNING: .* at arch/um/drivers/(virtio_uml|virt-pci)\.c'
without_uml_transport_warnings() {
    awk -v pattern="$UML_TRANSPORT_WARNING" '
         /-+\[ cut here \]-+/ { block = $0; inside = 1; next }
         inside { block = block "\n" $0
                  if (/---\[ end trace/) { if (block !~ pattern) print block; inside = 0 }
                  next }
         { print }'
}

# The host's own checks: the test program's lines and what the log shows around it. With
# --device-gone, UML's own warnings about the vanished device are not the module's.
host_checks() {
    local name=$1 log=$2 gone=${3:-}
    local clean
    clean=$(tr -d '\r' < "$log")
    if [ -n "$gone" ]; then
        local warned
        warned=$(grep -cE "$UML_TRANSPORT_WARNING" <<<"$clean" || true)
        echo "$name: $warned warnings of UML's virtio and PCI transports about the vanished device, not counted" >&2
        clean=$(without_uml_transport_warnings <<<"$clean")
    fi
    count_guest_checks "$clean"
    module_log_checks "$name" "$clean"
}

# The NIC's interrupts were MSIs: counted by the guest's MSI domain and sent by the device.
msi_checks() {
    local name=$1 log=$2 device_log=$3 nic=$4
    local clean
    clean=$(tr -d '\r' < "$log")
    local line
    line=$(sed -n 's/^UZURA: interrupts: *//p' <<<"$clean")
    check "$name: the module's interrupt is an MSI that fired ($line)" \
        'grep -q "MSI" <<<"$line" && [ "$(awk "{print \$2}" <<<"$line")" -gt 0 ]'
    local msis
    msis=$(sed -n "s/^NIC $nic .*; \([0-9]*\) MSIs;.*/\1/p" "$device_log")
    check "$name: the device sent MSIs (${msis:-none})" '[ "${msis:-0}" -gt 0 ]'
}

# The boot argument for `uzura-kmod-test pci`: this host's end of the control connection ($1),
# what it runs after the transfers between the hosts ($2: `all` the loopback test's sections,
# `none`) and the longest of those transfers ($3).
between() {
    case "$1" in
    listen) echo "uzura_test=pci,listen,-,$2,$3" ;;
    connect) echo "uzura_test=pci,connect,10.77.0.1,$2,$3" ;;
    esac
}

# Runs phase $1 on two hosts, booted with $2 and $3 (see `boot`); the rest are uzura-pcidev's
# options.
run_pair() {
    local phase=$1 host0=$2 host1=$3
    shift 3
    say "UML phase '$phase': two hosts, uzura-pcidev --backend $backend $*"
    start_device "$work/$phase-device.log" --socket "$work/nic0.sock" --socket "$work/nic1.sock" "$@"
    local start=$SECONDS
    boot 0 "$host0" "$work/$phase-host0.log"
    local h0=$!
    boot 1 "$host1" "$work/$phase-host1.log"
    local h1=$!
    wait "$h0" || true
    wait "$h1" || true
    stop_device
    say "phase '$phase' ran for $((SECONDS - start)) s"
    for n in 0 1; do
        sed -n '/UZURA: foll pins before/,$p' "$work/$phase-host$n.log" | tr -d '\r' | grep -v '^ok - ' >&2 || true
        host_checks "$phase host $n" "$work/$phase-host$n.log"
        msi_checks "$phase host $n" "$work/$phase-host$n.log" "$work/$phase-device.log" "$n"
    done
    cat "$work/$phase-device.log" >&2
}

if [ "$backend" = gateware ]; then
    # Every register access and DMA beat through the Verilog: transfers up to 1 MiB.
    run_pair gateware "$(between listen none $(((1 << 20) + 3)))" "$(between connect none $(((1 << 20) + 3)))"
else
    run_pair wire "$(between listen all $((64 << 20)))" "$(between connect all $((64 << 20)))"
    run_pair lossy "$(between listen none $((64 << 20)))" "$(between connect none $((64 << 20)))" --loss 0.01 --seed 7
    run_pair migrate uzura_run=migrate.sh,send,overlap uzura_run=migrate.sh,receive
    say "UML phase 'stalled-sq': one host whose NIC ignores its send queue (uzura-pcidev --stall-sq)"
    start_device "$work/stalled-device.log" --socket "$work/nic0.sock" --stall-sq
    timeout 600 "$KDIR/linux" mem=768M initrd="$work/initramfs.gz" con0=fd:0,fd:1 con=null \
        "virtio_uml.device=$work/nic0.sock:$pci_id" virt_pci.max_delay_us=2000000 \
        uzura_test=stalled-sq < /dev/null > "$work/stalled-host.log" 2>&1 || true
    stop_device
    sed -n '/UZURA: foll pins before/,$p' "$work/stalled-host.log" | tr -d '\r' >&2
    host_checks "stalled-sq" "$work/stalled-host.log"
    check "stalled-sq: the module said why it reset the NIC" \
        'grep -q "NIC did not drain its send queue" "$work/stalled-host.log"'
    say "UML phase 'device-gone': one host, its device process killed mid-transfer"
    start_device "$work/gone-device.log" --socket "$work/nic0.sock"
    timeout 600 "$KDIR/linux" mem=768M initrd="$work/initramfs.gz" con0=fd:0,fd:1 con=null \
        "virtio_uml.device=$work/nic0.sock:$pci_id" virt_pci.max_delay_us=2000000 \
        uzura_test=device-gone < /dev/null > "$work/gone-host.log" 2>&1 &
    host=$!
    for _ in $(seq 600); do
        grep -q "^UZURA: transferring" "$work/gone-host.log" && break
        sleep 0.1
    done
    sleep 1
    kill -KILL "$device_pid" 2>/dev/null || true
    wait "$host" || true
    sed -n '/UZURA: foll pins before/,$p' "$work/gone-host.log" | tr -d '\r' >&2
    host_checks "device-gone" "$work/gone-host.log" --device-gone
fi

verdict
