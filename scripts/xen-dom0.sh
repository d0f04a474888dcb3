#!/bin/busybox sh
# dom0's init in the Xen test host of scripts/xen-test.sh: brings up the Xen tools and uzura.ko,
# starts the PVH guest and migrates it, printing `ok - ` / `not ok - ` per check, and for the
# host's table (scripts/xen-report.py) `UZURA-MIG begin|end LABEL TIME`, `UZURA-REPORT LABEL
# JSON` and at the end every guest console line as `UZURA-LOG FILE LINE`.
/bin/busybox --install -s /bin
echo "UZURA-XEN: init"
export PATH=/usr/lib/xen-4.17/bin:/bin:/usr/bin:/usr/sbin
export LD_LIBRARY_PATH=/lib/x86_64-linux-gnu:/usr/lib/x86_64-linux-gnu
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
mkdir -p /dev/pts && mount -t devpts devpts /dev/pts
mount -t tmpfs run /run
mkdir -p /run/xen /run/xenstored
ln -s /run /var/run
mount -t xenfs xenfs /proc/xen
ip link set lo up
MODE=$(cat /mode)
LOGS=/var/log/xen/console

ok() { echo "ok - $*"; }
not_ok() { echo "not ok - $*"; }
check() {
    desc=$1
    shift
    if "$@"; then ok "$desc"; else not_ok "$desc"; return 1; fi
}
now() { adjtimex | awk '/tv_sec/ { s = $2 } /tv_usec/ { u = $2 } END { printf "%d.%06d", s, u }'; }
finish() {
    for f in "$LOGS"/*.log; do
        [ -f "$f" ] && sed "s|^|UZURA-LOG $(basename "$f") |" "$f"
    done
    echo "UZURA-XEN: done"
    poweroff -f
}

echo "UZURA-XEN: dom0 up, starting the Xen tools"
mkdir -p /var/lib/xenstored
# In the foreground: forking, xenstored never lets the shell go on here.
xenstored --no-fork &
i=0
while [ ! -S /run/xenstored/socket ] && [ "$i" -lt 100 ]; do sleep 0.1; i=$((i + 1)); done
xen-init-dom0 > /dev/null || { not_ok "xen-init-dom0"; finish; }
xenconsoled --log=guest --log-dir="$LOGS" --timestamp=guest || { not_ok "xenconsoled starts"; finish; }
sleep 1
ps | grep -q "[x]enconsoled" || { not_ok "xenconsoled runs"; finish; }
check "uzura.ko loads in dom0 with a loopback device" insmod /uzura.ko loopback=1
# The module's foreign regions, on their own (prints its own ok / not ok lines).
[ "$MODE" = bench ] || uzura-kmod-test xen /foreign.cfg
xl info | grep -E '^(xen_version|virt_caps|free_memory)'

# The guest's counter lines: `uzura-guest: boot ID count N`, in every domain's console log.
last_count() {
    cat "$LOGS"/guest-*.log 2>/dev/null | sed -n 's/.*uzura-guest: boot [0-9a-f]* count \([0-9]*\).*/\1/p' | sort -n | tail -1
}
starts() { cat "$LOGS"/guest-*.log 2>/dev/null | grep -c 'uzura-guest: start'; }
# Waits up to $2 s for the counter to pass $1.
count_passes() {
    i=0
    while [ "$i" -lt "$2" ]; do
        c=$(last_count)
        [ -n "$c" ] && [ "$c" -gt "$1" ] && return 0
        sleep 1
        i=$((i + 1))
    done
    return 1
}
# The state letters of `xl list` for domain $1 (r, b, p, s, c, d), empty if it is gone.
state() { xl list "$1" 2>/dev/null | awk 'NR == 2 { print $5 }'; }
running() { s=$(state "$1"); [ -n "$s" ] && ! echo "$s" | grep -q '[psdc]'; }
gone_within() {
    i=0
    while [ "$i" -lt "$2" ]; do
        xl list "$1" > /dev/null 2>&1 || return 0
        sleep 1
        i=$((i + 1))
    done
    return 1
}
# Checks that the guest runs on, unrebooted, after migration $1: as domain `uzg`, its counter
# past $2.
runs_on() {
    check "$1: the guest runs as uzg (domain $(xl domid uzg 2>/dev/null))" running uzg || tail -n 30 "$LOGS"/guest-*.log
    count_passes "$2" 120
    check "$1: the guest's counter continues past $2 (now $(last_count))" count_passes "$2" 1
    check "$1: the guest did not reboot (one start line in all console logs)" [ "$(starts)" = 1 ]
}

check "the PVH guest starts" xl create /guest.cfg
check "the guest's workload runs (its counter advances)" count_passes 0 180

xl_migrate() {
    label="xl migrate"
    domid=$(xl domid uzg)
    c0=$(last_count)
    echo "UZURA-MIG begin $label $(now)"
    xl migrate -s '' uzg "xl migrate-receive" > /tmp/xl.out 2>&1
    st=$?
    echo "UZURA-MIG end $label $(now)"
    check "$label exits 0" [ "$st" = 0 ] || cat /tmp/xl.out
    check "$label: the source domain $domid is gone" gone_within "$domid" 30
    runs_on "$label" "$c0"
}

# Migrates uzg with xen-migrate: $1 label, $2 transport, $3 policy.
uzura_migrate() {
    label=$1
    dev=
    [ "$2" = tcp ] || dev="--device kernel"
    domid=$(xl domid uzg)
    c0=$(last_count)
    xen-migrate receive --listen 127.0.0.1:7300 --guest xl:/guest.cfg $dev --json > /tmp/recv.json 2> /tmp/recv.err &
    rpid=$!
    sleep 1
    echo "UZURA-MIG begin $label $(now)"
    xen-migrate send --guest "xen:$domid" --to 127.0.0.1:7300 --transport "$2" --policy "$3" $dev --json \
        > /tmp/send.json 2> /tmp/send.err
    s=$?
    # A sender that failed before it connected would leave the receiver listening.
    [ "$s" = 0 ] || kill "$rpid" 2> /dev/null
    wait $rpid
    r=$?
    echo "UZURA-MIG end $label $(now)"
    if ! check "$label: send exits 0" [ "$s" = 0 ]; then
        cat /tmp/send.err /tmp/recv.err
        return
    fi
    check "$label: receive exits 0 (every page matched the source's hash)" [ "$r" = 0 ] || cat /tmp/recv.err
    check "$label: the source domain $domid is gone" gone_within "$domid" 30
    runs_on "$label" "$c0"
    echo "UZURA-REPORT $label $(tr -d '\n' < /tmp/send.json)"
}

# Kills the receiver of a migration over tcp: $1 label, $2 `live` (in the live rounds) or
# `suspended` (while the source guest is suspended).
uzura_killed() {
    label=$1
    domid=$(xl domid uzg)
    c0=$(last_count)
    xen-migrate receive --listen 127.0.0.1:7300 --guest xl:/guest.cfg > /dev/null 2> /tmp/recv.err &
    rpid=$!
    sleep 1
    xen-migrate send --guest "xen:$domid" --to 127.0.0.1:7300 --transport tcp --policy paper \
        > /dev/null 2> /tmp/send.err &
    spid=$!
    i=0
    while [ "$i" -lt 600 ]; do
        if [ "$2" = live ]; then
            xl list uzg--incoming > /dev/null 2>&1 && break
        else
            state "$domid" | grep -q '[ps]' && break
        fi
        sleep 0.2
        i=$((i + 1))
    done
    check "$label: the moment came (state $(state "$domid"))" [ "$i" -lt 600 ]
    kill -9 $rpid
    wait $spid
    s=$?
    cat /tmp/send.err
    check "$label: send exits non-zero" [ "$s" != 0 ]
    check "$label: send says the guest was left running" grep -q 'left running at the source (running)' /tmp/send.err
    check "$label: the source domain $domid runs on" running "$domid"
    check "$label: the half-built destination is destroyed" gone_within uzg--incoming 30
    check "$label: the guest's counter continues past $c0" count_passes "$c0" 120
    check "$label: the guest did not reboot" [ "$(starts)" = 1 ]
}

if [ "$MODE" = bench ]; then
    xl_migrate
    for t in tcp rdma overlap; do uzura_migrate "$t paper" "$t" paper; done
else
    xl_migrate
    for t in tcp rdma overlap; do
        for p in paper current; do uzura_migrate "$t $p" "$t" "$p"; done
    done
    uzura_killed "receiver killed in a live round" live
    uzura_killed "receiver killed while the guest is suspended" suspended
fi
xl destroy uzg
rmmod uzura && ok "uzura.ko unloads"
finish
