#!/usr/bin/env bash
# Rebuild fixtures/expected/<name>/ from fixtures/sites/<name>/ with real Jekyll.
#
# Usage (from anywhere):
#   scripts/regenerate-fixtures.sh              # every site under fixtures/sites
#   scripts/regenerate-fixtures.sh news-blog    # only the named sites
#
# Same recipe as /work/shared/conformance/regenerate-expected.sh, kept here so
# the project does not depend on that folder:
#   * the clock is frozen with libfaketime (`faketime -f`, not a running clock)
#     at 2026-01-01 00:00:00 UTC = SOURCE_DATE_EPOCH 1767225600;
#   * TZ=UTC, JEKYLL_ENV=production, LANG/LC_ALL=C.UTF-8;
#   * plugins listed in _config.yml load from the system gems (no Gemfile, no --safe);
#   * --disable-disk-cache (nothing is written into the site folder);
#   * jekyll runs with the site folder as its working directory (and no --source);
#   * every site is built twice into scratch folders and expected/<name> is
#     replaced only when the two builds are byte-identical (diff -r).
#
# Needs: jekyll 4.3.1 (Debian package "jekyll" with its plugin gems) and
# faketime (Debian package "faketime").
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
sites_dir="$root/fixtures/sites"
expected_dir="$root/fixtures/expected"

command -v jekyll >/dev/null || { echo "error: jekyll not on PATH (apt-get install jekyll)" >&2; exit 2; }
command -v faketime >/dev/null || { echo "error: faketime not on PATH (apt-get install faketime)" >&2; exit 2; }

version=$(jekyll --version 2>/dev/null | awk '{print $2}')
if [ "$version" != "4.3.1" ]; then
  echo "warning: jekyll $version found; the fixtures were made with 4.3.1" >&2
fi

FAKE_INSTANT='2026-01-01 00:00:00'   # read in TZ=UTC
export TZ=UTC
export SOURCE_DATE_EPOCH=1767225600
export JEKYLL_ENV=production
export LANG=C.UTF-8
export LC_ALL=C.UTF-8
unset JEKYLL_NO_BUNDLER_REQUIRE BUNDLE_GEMFILE 2>/dev/null || true

# No --source: from inside the folder it is the default, and a `source:` in _config.yml
# (fixture config-source-folder) must not be overridden by the command line.
build_one() { # <absolute source> <absolute destination>
  (cd "$1" && faketime -f "$FAKE_INSTANT" \
    jekyll build --destination "$2" --disable-disk-cache --trace)
}

if [ $# -gt 0 ]; then
  names=("$@")
else
  names=()
  for d in "$sites_dir"/*/; do
    { [ -f "$d/_config.yml" ] || [ -f "$d/_config.toml" ]; } && names+=("$(basename "$d")")
  done
fi

mkdir -p "$expected_dir"
scratch=$(mktemp -d -t kyll-fixtures.XXXXXX)
scratch=$(cd "$scratch" && pwd)
trap 'rm -rf "$scratch"' EXIT

status=0
for name in "${names[@]}"; do
  src="$sites_dir/$name"
  # Jekyll finds _config.toml when there is no _config.yml (a site may have either).
  if [ ! -f "$src/_config.yml" ] && [ ! -f "$src/_config.toml" ]; then
    echo "FAIL $name: no _config.yml or _config.toml in $src" >&2; status=1; continue
  fi
  a="$scratch/$name.a"; b="$scratch/$name.b"; log="$scratch/$name.log"
  if ! build_one "$src" "$a" >"$log" 2>&1 || ! build_one "$src" "$b" >>"$log" 2>&1; then
    echo "FAIL $name: jekyll build failed (first lines of the log):" >&2
    head -n 20 "$log" >&2
    status=1; continue
  fi
  if [ -e "$src/.jekyll-cache" ] || [ -e "$src/.jekyll-metadata" ]; then
    echo "WARN $name: jekyll left a cache file inside the site folder" >&2
  fi
  if ! diff -r "$a" "$b" >"$scratch/$name.diff" 2>&1; then
    echo "FAIL $name: two builds differ (not reproducible):" >&2
    head -n 40 "$scratch/$name.diff" >&2
    status=1; continue
  fi
  if grep -q -i 'warn\|deprecat\|error' "$log"; then
    echo "note $name: jekyll printed:" >&2
    grep -i 'warn\|deprecat\|error' "$log" | sort -u | head -n 10 | sed 's/^/    /' >&2
  fi
  rm -rf "${expected_dir:?}/$name"
  cp -a "$a" "$expected_dir/$name"
  echo "ok   $name: $(find "$expected_dir/$name" -type f | wc -l) files (two builds identical)"
done
exit $status
