# Sourced by the kernel test scripts (kmod-test.sh, uml-test.sh, xen-test.sh): the repository
# root as the working directory, the cache, messages, and the checks every booted kernel's log
# goes through. Each script's verdict is one cargo-style line, which `./uzura test` sums:
# `test result: ok. N passed; M failed;`.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
UZURA_CACHE="${UZURA_CACHE:-$HOME/.cache/uzura}"
TEST_SCRIPT=$(basename "$0")
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { echo "$TEST_SCRIPT: $*" >&2; echo "test result: FAILED. 0 passed; 1 failed;"; exit 1; }

passed=0
failed=0
# check NAME EXPR: one check of the script's own, EXPR evaluated.
check() {
    if eval "$2"; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "not ok - $1" >&2; fi
}

# Counts the `ok - ` and `not ok - ` lines of a guest's test program in the log text $1.
count_guest_checks() {
    passed=$((passed + $(grep -c '^ok - ' <<<"$1" || true)))
    failed=$((failed + $(grep -c '^not ok - ' <<<"$1" || true)))
    grep '^not ok - ' <<<"$1" >&2 || true
}

# The checks of a kernel that loaded uzura.ko, ran a test program and unloaded the module, on
# its log text $2 (checks named after $1). The init scripts print the markers.
module_log_checks() {
    local name=$1 log=$2
    check "$name: module loaded" 'grep -q "^UZURA: insmod ok" <<<"$log"'
    check "$name: test program completed, every check passed" 'grep -q "^UZURA: test exit 0" <<<"$log"'
    check "$name: module unloaded" 'grep -q "^UZURA: rmmod ok" <<<"$log"'
    check "$name: module reports no page left pinned" 'grep -q "uzura: unloaded, pinned pages left: 0" <<<"$log"'
    local before after
    before=$(sed -n 's/^UZURA: foll pins before load: //p' <<<"$log")
    after=$(sed -n 's/^UZURA: foll pins after unload: //p' <<<"$log")
    check "$name: kernel's FOLL_PIN count back to $before after unload (is $after)" \
        '[ -n "$before" ] && [ "$before" = "$after" ]'
    check "$name: no BUG, WARNING or Oops in the kernel log" \
        '! grep -E "BUG|WARNING|Oops|Call Trace|Kernel panic" <<<"$log" >&2'
}

# A fresh work directory $UZURA_CACHE/$2 (in `work`) and uzura.ko built in it against the
# kernel tree $1 (in `module`).
fresh_work_with_module() {
    work="$UZURA_CACHE/$2"
    rm -rf "$work"
    mkdir -p "$work"
    module=$(scripts/kmod-build.sh "$1" "$work/kmod-build" | tail -1) || die "module build failed"
}

# Writes the initramfs tree $1 (busybox and the guest's init) and packs it into $1.gz. The init
# is a common prologue (busybox's applets, /proc, /sys, /dev, `pins`) followed by the script
# on stdin, which must end by powering off.
write_initramfs() {
    local dir=$1
    mkdir -p "$dir/bin" "$dir/proc" "$dir/sys" "$dir/dev" "$dir/tmp"
    cp /bin/busybox "$dir/bin/"
    {
        cat <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mount -t proc proc /proc
mount -t sysfs sys /sys
mount -t devtmpfs dev /dev
# Pages pinned with FOLL_PIN and not yet unpinned, by the kernel's own count (on SMP kernels,
# after folding the per-CPU counter deltas into the global ones).
pins() {
    if [ -w /proc/sys/vm/stat_refresh ]; then echo 1 > /proc/sys/vm/stat_refresh; fi
    sleep 1
    awk '/^nr_foll_pin_acquired/ { a = $2 } /^nr_foll_pin_released/ { r = $2 } END { print a - r }' /proc/vmstat
}
EOF
        cat
    } > "$dir/init"
    chmod +x "$dir/init"
    (cd "$dir" && find . | cpio -o -H newc --quiet | gzip -1) > "$dir.gz"
}

# The closing line, and the exit status.
verdict() {
    echo "test result: $([ "$failed" -eq 0 ] && echo ok || echo FAILED). $passed passed; $failed failed;"
    [ "$failed" -eq 0 ]
}
