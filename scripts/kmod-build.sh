#!/usr/bin/env bash
# Builds uzura.ko against the kernel tree KDIR (scripts/kernel.sh prints one) in a copy of the
# sources under a work directory, so that the checkout stays clean. Prints the module's
# path on its last line of stdout; everything else goes to stderr.
#
#   scripts/kmod-build.sh KDIR [WORKDIR]     (WORKDIR defaults to $UZURA_CACHE/kmod-build)
set -euo pipefail
cd "$(dirname "$0")/.."
UZURA_CACHE="${UZURA_CACHE:-$HOME/.cache/uzura}"
KDIR=${1:?usage: kmod-build.sh KDIR}
say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
[ -f "$KDIR/.uzura-bindgen" ] && PATH="$(dirname "$(cat "$KDIR/.uzura-bindgen")"):$PATH"
# The tree's architecture (ARCH=um for User-Mode Linux), as kernel.sh recorded it.
make_arch=()
if [ -f "$KDIR/.uzura-make-arch" ]; then read -r -a make_arch < "$KDIR/.uzura-make-arch"; fi

# Laid out like the repository: the module mounts ../uapi, core/ and ../refnic by relative paths.
work="${2:-$UZURA_CACHE/kmod-build}"
rm -rf "$work"
mkdir -p "$work/kmod/core" "$work/refnic" "$work/uapi"
cp kmod/Kbuild kmod/*.rs kmod/*.h kmod/*.c "$work/kmod/"
cp -r kmod/kernel "$work/kmod/"
cp -r kmod/core/src "$work/kmod/core/"
cp -r refnic/src "$work/refnic/"
cp -r uapi/src "$work/uapi/"
say "building uzura.ko against $KDIR"
start=$(date +%s)
make -s -C "$KDIR" "${make_arch[@]}" M="$work/kmod" LLVM=1 modules >&2
say "module built in $(( $(date +%s) - start )) s"
echo "$work/kmod/uzura.ko"
