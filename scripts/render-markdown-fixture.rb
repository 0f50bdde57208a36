# frozen_string_literal: true
#
# render-markdown-fixture.rb - write fixtures/markdown/<case>/expected.html with real Jekyll.
#
#   ruby scripts/render-markdown-fixture.rb [--warnings] fixtures/markdown/<case> [...]
#
# Converts <case>/input.md as Jekyll's markdown converter does (the shared render.rb, no
# _config.yml), with <case>/options.json, when there is one, as the site's `kramdown:` settings.
# With --warnings, also writes <case>/warnings.json: the kramdown document's warnings (what
# Jekyll logs with show_warnings: true), which test/markdown/fixtures.test.ts then compares.
require "jekyll"
require "json"
require "tmpdir"

with_warnings = !ARGV.delete("--warnings").nil?
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
  if with_warnings
    # KramdownParser#convert's document, whose warnings it logs
    kramdown_config = converter.instance_variable_get(:@parser).instance_variable_get(:@config)
    warnings = Kramdown::JekyllDocument.new(input, kramdown_config).tap(&:to_html).warnings
    File.binwrite(File.join(dir, "warnings.json"), "#{JSON.pretty_generate(warnings)}\n")
  end
  FileUtils.remove_entry(source)
end
