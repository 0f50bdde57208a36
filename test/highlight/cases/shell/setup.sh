#!/bin/bash
set -euo pipefail
export PATH="$HOME/.rbenv/bin:$PATH"
gem install bundler jekyll
bundle exec jekyll serve --livereload --port 4000 2>&1 | tee log.txt
for f in _posts/*.md; do
  echo "Processing ${f%.md} $(date +%s)"
done
if [ -z "$JEKYLL_ENV" ]; then echo 'no env'; fi
