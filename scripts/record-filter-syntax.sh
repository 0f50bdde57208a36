#!/usr/bin/env bash
# Record what real Jekyll 4.3.1 does with each line of fixtures/liquid/filter-syntax/cases.txt
# (sloppy filter syntax seen in themes), in each Liquid error_mode: one one-page site per
# line and mode, built like the fixture sites (scripts/regenerate-fixtures.sh). Writes
# expected-<mode>.tsv: number, case, exit status, the page's output (newlines as spaces)
# and the Liquid warnings/exception Jekyll printed (ANSI colours and indentation removed).
# test/liquid/filter-syntax.test.ts renders the same lines with kyll and compares.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
dir="$here/../fixtures/liquid/filter-syntax"
export TZ=UTC SOURCE_DATE_EPOCH=1767225600 JEKYLL_ENV=production LANG=C.UTF-8 LC_ALL=C.UTF-8
scratch=$(mktemp -d -t kyll-filter-syntax.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
for mode in warn lax strict; do
  n=0
  while IFS= read -r line; do
    n=$((n + 1)); site="$scratch/$mode-$n"; mkdir -p "$site"
    printf 'liquid:\n  error_mode: %s\n' "$mode" >"$site/_config.yml"
    printf -- '---\n---\n%s\n' "$line" >"$site/index.html"
    (cd "$site" && faketime -f '2026-01-01 00:00:00' jekyll build -s . -d out --disable-disk-cache >log 2>&1); rc=$?
    out=$(cat "$site/out/index.html" 2>/dev/null | tr '\n' ' ')
    msg=$(grep -h '^ *Liquid Warning:\|^ *Liquid Exception:' <(sed 's/\x1b\[[0-9;]*m//g' "$site/log") | sed 's/^ *//' | paste -sd '\t' -)
    printf '%s\t%s\t%s\t[%s]\t%s\n' "$n" "$line" "$rc" "$out" "$msg"
  done <"$dir/cases.txt" >"$dir/expected-$mode.tsv"
  echo "$mode: $n cases"
done
