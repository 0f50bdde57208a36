# frozen_string_literal: true
#
# markdown-oracle.rb - a long-running converter for scripts/fuzz-markdown.mjs: reads one JSON
# string (a Markdown text) per line on standard input and answers each with one JSON string
# line: the HTML Jekyll's markdown converter makes of it with the default configuration
# (as `{{ text | markdownify }}` does), or {"error": message} when the conversion raises.
# An optional argument, a JSON object, is merged into the configuration: the site's `markdown:`
# and its `kramdown:` or `commonmark:` settings (markdown: CommonMark loads jekyll-commonmark).
# With MARKDOWN_ORACLE_WARNINGS=1 in the environment (kramdown only), each answer is
# {"html": ..., "warnings": [...]}: the document's warnings, which Jekyll logs with show_warnings.
# MARKDOWN_ORACLE_TIMEOUT=SECONDS answers {"error": "Timeout::Error: ..."} for a longer conversion.
require "jekyll"
require "json"
require "timeout"
require "tmpdir"
# Rouge up front: a timeout that interrupts its first (lazy) require leaves it half loaded, and
# loading it again re-aliases InheritableHash#own_keys to itself (SystemStackError ever after).
require "rouge"

overrides = ARGV.empty? ? {} : JSON.parse(ARGV[0])
require "jekyll-commonmark" if overrides["markdown"].to_s.casecmp?("CommonMark")

source = Dir.mktmpdir("markdown-oracle")
at_exit { FileUtils.remove_entry(source) }
config = Jekyll.configuration({
  "skip_config_files" => true, "source" => source, "destination" => File.join(source, "_site"),
  "quiet" => true, "disable_disk_cache" => true,
}.merge(overrides))
converter = Jekyll::Site.new(config).find_converter_instance(Jekyll::Converters::Markdown)
with_warnings = ENV["MARKDOWN_ORACLE_WARNINGS"] == "1"
if with_warnings
  converter.setup
  kramdown_config = converter.instance_variable_get(:@parser).instance_variable_get(:@config)
end
seconds = ENV["MARKDOWN_ORACLE_TIMEOUT"]&.to_f
convert = lambda do |text|
  next converter.convert(text) unless with_warnings

  # KramdownParser#convert without its cache: the document keeps its warnings
  document = Kramdown::JekyllDocument.new(text, kramdown_config)
  { "html" => document.to_html, "warnings" => document.warnings }
end
$stdout.sync = true
$stdin.each_line do |line|
  text = JSON.parse(line)
  begin
    puts JSON.generate(seconds ? Timeout.timeout(seconds) { convert.call(text) } : convert.call(text))
  rescue StandardError, Timeout::Error, SystemStackError => e # (kramdown recurses through an ALD that names itself)
    puts JSON.generate({ "error" => "#{e.class}: #{e.message}" })
  end
end
