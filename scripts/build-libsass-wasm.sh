#!/usr/bin/env bash
# Rebuilds vendor/libsass/libsass.wasm: libsass 3.6.5 (the libsass of Jekyll's
# sassc gem) compiled to WebAssembly (wasm32-wasi), with kyll's entry points
# (scripts/libsass-wasm/glue.cpp) and a C++ exception runtime of our own
# (scripts/libsass-wasm/cxa.cpp: Debian's wasm32 libc++abi has none).
#
#   scripts/build-libsass-wasm.sh [LIBSASS_GIT_DIR]
#
# Needs (Debian 12): clang-16 lld-16 wasi-libc libc++-16-dev-wasm32
# libc++abi-16-dev-wasm32 libclang-rt-16-dev-wasm32. The source is the tag
# 3.6.5 of https://github.com/sass/libsass, read from a git directory (default:
# a bare clone at /work/.mirror/sass+libsass/repo, else $LIBSASS_GIT_DIR).
#
# Flags:
#   --target=wasm32-wasi --sysroot=/usr   Debian's wasi-libc and wasm32 libc++
#   -fwasm-exceptions                     libsass reports Sass errors with C++
#                                         exceptions: WebAssembly's exception
#                                         handling (Node >= 17 runs it)
#   -O2 -std=c++11 -DNDEBUG               as libsass's own Makefile (-O2, c++11)
#   -w                                    quiet (libsass uses APIs clang calls deprecated)
#   -DLIBSASS_VERSION='"3.6.5"'           the tag (its Makefile asks git)
#   -I scripts/libsass-wasm/compat        a <thread> for a libc++ without threads,
#                                         a <dlfcn.h> that loads no plugins
#   -mexec-model=reactor                  a library: _initialize, then calls
#   -D_WASI_EMULATED_PROCESS_CLOCKS       std::clock() (one more seed of libsass's random()),
#   -lwasi-emulated-process-clocks        emulated by wasi-libc from the monotonic clock
#   -Wl,-z,stack-size=8388608             libsass recurses deeply (forty's theme): an 8 MB stack
#                                         as a native main thread has, not wasm-ld's 64 KB
#   -Wl,--stack-first                     an overflow then traps instead of overwriting data
#   -Wl,--strip-all                       no names (smaller; stack traces lose them)
# The result depends only on these inputs and the compiler's version (no debug
# information, no paths, names stripped): recompiling kyll's two files and
# linking again gave the same sha256; it is printed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
git_dir=${1:-${LIBSASS_GIT_DIR:-/work/.mirror/sass+libsass/repo}}
tag=3.6.5
out=$root/vendor/libsass
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git --git-dir="$git_dir" archive "$tag" | tar -x -C "$work"
# scripts/libsass-wasm/*.patch: what makes clang's libsass behave as Debian's GCC-built one
# (gcc-argument-order.patch: GCC evaluates a call's arguments right to left, so a @warn's
# span is taken after its expression is parsed; clang goes left to right).
patched=()
for p in "$here"/libsass-wasm/*.patch; do
  patch -s -d "$work" -p1 < "$p"
  while read -r f; do patched+=("$work/$f"); done < <(sed -n 's#^+++ b/##p' "$p")
done
# KYLL_LIBSASS_OBJ=DIR keeps the object files there between runs: libsass's own (from the
# fixed tag) are then compiled only once, kyll's two files and the patched ones every time.
obj=${KYLL_LIBSASS_OBJ:-$work/obj}
mkdir -p "$obj" "$out"

common=(--target=wasm32-wasi --sysroot=/usr -w -O2 -DNDEBUG -fwasm-exceptions -D_WASI_EMULATED_PROCESS_CLOCKS
  "-DLIBSASS_VERSION=\"$tag\"" -I "$work/include" -I "$here/libsass-wasm/compat"
  -isystem /usr/include/wasm32-wasi/c++/v1)

# Two compilers at a time (xargs -P 2: the machine is shared); any failure stops the build.
export CLANG_FLAGS="${common[*]@Q}"
compile() {
  local f=$1 o=$2
  if [[ -n ${KYLL_LIBSASS_OBJ:-} && -s $o && $f != */libsass-wasm/* && " $PATCHED " != *" $f "* ]]; then return 0; fi
  eval "flags=($CLANG_FLAGS)"
  case "$f" in
    *.c) clang-16 "${flags[@]}" -c "$f" -o "$o" ;;
    *) clang++-16 "${flags[@]}" -std=c++11 -c "$f" -o "$o" ;;
  esac
}
export -f compile
export KYLL_LIBSASS_OBJ
export PATCHED="${patched[*]}"
sources=("$work"/src/*.c "$work"/src/*.cpp "$here/libsass-wasm/glue.cpp" "$here/libsass-wasm/cxa.cpp")
objs=()
for f in "${sources[@]}"; do objs+=("$obj/$(basename "$f").o"); done
for i in "${!sources[@]}"; do printf '%s\0%s\0' "${sources[$i]}" "${objs[$i]}"; done |
  xargs -0 -n 2 -P 2 bash -c 'compile "$1" "$2"' _

clang++-16 --target=wasm32-wasi --sysroot=/usr -fwasm-exceptions -mexec-model=reactor -O2 \
  -Wl,-z,stack-size=8388608 -Wl,--stack-first -Wl,--strip-all -o "$out/libsass.wasm" "${objs[@]}" -lwasi-emulated-process-clocks
cp "$work/LICENSE" "$out/LICENSE"
echo "$out/libsass.wasm: $(wc -c < "$out/libsass.wasm") bytes, sha256 $(sha256sum "$out/libsass.wasm" | cut -d' ' -f1)"
