#!/usr/bin/env bash
# Rebuilds vendor/cmark-gfm/cmark-gfm.wasm: cmark-gfm 0.29.0.gfm.6, as commonmarker 0.23.6 (the
# gem jekyll-commonmark parses with) carries it in ext/commonmarker, compiled to WebAssembly
# (wasm32-wasi) with kyll's entry points (scripts/cmark-wasm/glue.c). lib/markdown/cmark-wasm.ts
# loads it.
#
#   scripts/build-cmark-wasm.sh [COMMONMARKER_GIT_DIR [CMARK_GFM_GIT_DIR]]
#
# Needs (Debian 12): clang-16 lld-16 wasi-libc. The sources are the tag v0.23.6 of
# https://github.com/gjtorikian/commonmarker, read from a git directory (default: a bare clone at
# /work/.mirror/gjtorikian+commonmarker/repo, else $COMMONMARKER_GIT_DIR); cmark-gfm's licence
# (COPYING) from https://github.com/github/cmark-gfm (/work/.mirror/github+cmark-gfm/repo/.git).
#
# Flags: -O2 -DNDEBUG (cmark-gfm's release build), -w (quiet), -mexec-model=reactor (a library:
# _initialize, then calls), -Wl,--stack-first (an overflow traps instead of overwriting data),
# -Wl,--strip-all (smaller). ext/commonmarker/commonmarker.c is the Ruby binding: left out.
# The result depends only on these inputs and the compiler's version; its sha256 is printed.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
git_dir=${1:-${COMMONMARKER_GIT_DIR:-/work/.mirror/gjtorikian+commonmarker/repo}}
cmark_dir=${2:-${CMARK_GFM_GIT_DIR:-/work/.mirror/github+cmark-gfm/repo/.git}}
tag=v0.23.6
out=$root/vendor/cmark-gfm
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

git --git-dir="$git_dir" archive "$tag" ext/commonmarker | tar -x -C "$work"
src=$work/ext/commonmarker
grep -q '"0.29.0.gfm.6"' "$src/cmark-gfm_version.h" || { echo "error: $tag does not carry cmark-gfm 0.29.0.gfm.6" >&2; exit 1; }
sources=()
for f in "$src"/*.c; do [[ $(basename "$f") == commonmarker.c ]] || sources+=("$f"); done
mkdir -p "$out"
clang-16 --target=wasm32-wasi --sysroot=/usr -O2 -DNDEBUG -w -I "$src" -mexec-model=reactor \
  -Wl,--stack-first -Wl,--strip-all -o "$out/cmark-gfm.wasm" "$here/cmark-wasm/glue.c" "${sources[@]}"
git --git-dir="$cmark_dir" show HEAD:COPYING > "$out/COPYING"
echo "$out/cmark-gfm.wasm: $(wc -c < "$out/cmark-gfm.wasm") bytes, sha256 $(sha256sum "$out/cmark-gfm.wasm" | cut -d' ' -f1)"
