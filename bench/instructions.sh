#!/bin/sh
# Instructions (valgrind callgrind) of one cold kyll build, per thread and in all: a figure
# that other load on the machine does not move, for comparing two builds of kyll.
#
#   bench/instructions.sh BIN SITE [--single-threaded]
#
# BIN is a built CLI (dist/bundle/bin.cjs), SITE a site folder (copied first: it is not
# touched). A normal build comes first so that the engine's code cache (in its own folder
# per BIN) exists and fits the flags. With V8's helper threads (the default) the count of
# the main thread varies by ~3% between runs (what the concurrent compiler finishes
# first); with --single-threaded (compiler and collector on the main thread) by ~0.5%:
# compare two builds that way, several runs each. One run of 1,000 posts takes 2-3 min.
set -e
BIN=$(realpath "$1"); SITE=$2; FLAG=$3
export KYLL_CODE_CACHE_DIR="${TMPDIR:-/tmp}/kyll-instructions-cache-$(echo "$BIN $FLAG" | md5sum | cut -c1-8)"
unset NODE_EXTRA_CA_CERTS  # Node parses that file at every start: not kyll's cost (bench.mjs drops it too)
export SOURCE_DATE_EPOCH=1767225600 TZ=UTC JEKYLL_ENV=production LANG=C.UTF-8 LC_ALL=C.UTF-8
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kyll-instructions.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
cp -r "$SITE/." "$WORK/site/" 2>/dev/null || { mkdir -p "$WORK/site"; cp -r "$SITE/." "$WORK/site/"; }
rm -rf "$WORK/site/.jekyll-cache"
node $FLAG "$BIN" build -s "$WORK/site" -d "$WORK/out" -q
rm -rf "$WORK/out" "$WORK/site/.jekyll-cache"
NODE_DEBUG=kyll valgrind --tool=callgrind --callgrind-out-file="$WORK/cg" --dump-instr=no --separate-threads=yes \
  node $FLAG "$BIN" build -s "$WORK/site" -d "$WORK/out" -q 2>"$WORK/log"
grep -o 'code cache [a-z]*' "$WORK/log" | head -1
for t in "$WORK"/cg-*; do printf '%s ' "${t##*-}"; grep -m1 '^summary:' "$t" | cut -d' ' -f2; done | sort -n |
  awk '{ s += $2; if ($2 > 1e6) printf "thread %d: %.0fM\n", $1, $2 / 1e6 } END { printf "total: %.0fM\n", s / 1e6 }'
