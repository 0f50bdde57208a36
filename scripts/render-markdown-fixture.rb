# frozen_string_literal: true
#
# render-markdown-fixture.rb - write fixtures/markdown/<case>/expected.html with real Jekyll.
#
#   ruby scripts/render-markdown-fixture.rb fixtures/markdown/<case> [...]
#
# Converts <case>/input.md as Jekyll's markdown converter does (the shared render.rb, no
# _config.yml), with <case>/options.json, when there is one, as the site's `kramdown:` settings.
require "jekyll"
require "json"
require "tmpdir"

ARGV.each do |dir|
  options_file = File.join(dir, "options.json")
  kramdown = File.exist?(options_file) ? JSON.parse(File.read(options_file)) : {}
  source = Dir.mktmpdir("markdown-fixture")
  config = Jekyll.configuration(
    "skip_config_files" => true, "source" => source, "destination" => File.join(source, "_site"),
    "quiet" => true, "disable_disk_cache" => true, "kramdown" => kramdown
  )
  converter = Jekyll::Site.new(config).find_converter_instance(Jekyll::Converters::Markdown)
  input = File.read(File.join(dir, "input.md"), encoding: "bom|utf-8")
  File.binwrite(File.join(dir, "expected.html"), converter.convert(input))
  FileUtils.remove_entry(source)
end
