#!/usr/bin/env bash
# Render fixtures/sites/* with the built package (dist/) and score the output
# against real Jekyll's (fixtures/expected/*), with the shared conformance tools.
#
# Usage: scripts/score-fixtures.sh [--verbose] [--site NAME]...
#   Build first (npm run build). SCORE_OUT=<dir> keeps the rendered sites.
#   CONFORMANCE=<dir> points at the shared conformance folder
#   (default /work/shared/conformance: run-engine.mjs and compare.mjs).
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
conf=${CONFORMANCE:-/work/shared/conformance}
[ -f "$conf/run-engine.mjs" ] && [ -f "$conf/compare.mjs" ] || { echo "error: run-engine.mjs/compare.mjs not found in $conf (set CONFORMANCE=)" >&2; exit 2; }
verbose=(); only=(); names=()
while [ $# -gt 0 ]; do
  case "$1" in
    --verbose) verbose=(--verbose) ;;
    --site) only+=(--site "$2"); names+=("$2"); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
scratch=$(mktemp -d -t kyll-fixture-score.XXXXXX); trap 'rm -rf "$scratch"' EXIT
out=${SCORE_OUT:-$scratch/actual}; mkdir -p "$out"
cp -R "$root/fixtures/sites" "$scratch/sites"    # a build never writes into the fixtures
node "$conf/run-engine.mjs" "$root" "$scratch/sites" "$out" --clean ${only[@]+"${only[@]}"}
rc=$?
[ $rc -le 1 ] || echo "score-fixtures: the engine could not run (exit $rc); every file counts as missing" >&2
mkdir -p "$scratch/expected" "$scratch/actual-view"
for d in "$root"/fixtures/expected/*/; do
  name=$(basename "$d")
  if [ ${#names[@]} -gt 0 ] && ! printf '%s\n' "${names[@]}" | grep -qxF -- "$name"; then continue; fi
  ln -s "$d" "$scratch/expected/$name"
  [ -d "$out/$name" ] && ln -s "$out/$name" "$scratch/actual-view/$name"
done
node "$conf/compare.mjs" --all "$scratch/expected" "$scratch/actual-view" ${verbose[@]+"${verbose[@]}"}
