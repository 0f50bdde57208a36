# frozen_string_literal: true
#
# liquid-oracle.rb SITE_DIR [PAGE_YAML] - a long-running renderer for scripts/fuzz-liquid.mjs: builds the site at
# SITE_DIR once with `jekyll build`, then (scripts/liquid-oracle/render-loop.rb, loaded as the build's plugin)
# reads one JSON string (a page's Liquid, with no front matter) per line on standard input and answers each with
# one JSON line: the page `fuzz.html` (or FUZZ_PAGE, e.g. `fuzz.md`: then converted by kramdown too) rendered by
# Jekyll's renderer with the site's payload, or {"error": class, "message": message} when the render raises.
#
# Why through Jekyll's own executable: a drop's keys (its `first`, `for x in drop`, jsonify, inspect) come in the
# order of Ruby's method table, which depends on the symbols the process made before Jekyll's classes; a script
# that requires Jekyll itself makes others, so its order is not `jekyll build`'s.
# The `jekyll` command itself, then: `load`ing its executable from here still differs (this file's names come first).
# (No --disable-disk-cache: it would be one of site.config's keys, which kyll's side is not given.)
ENV["FUZZ_PAGE_DATA"] = ARGV[1] if ARGV[1]
exec("jekyll", "build", "--quiet", "--source", ARGV[0], "--destination", File.join(ARGV[0], "_site"), "--plugins", File.join(__dir__, "liquid-oracle"))
