#!/usr/bin/env ruby
# frozen_string_literal: true
# Record what real Jekyll 4.3.1 with jekyll-commonmark 1.4.0 (commonmarker 0.23.6) writes for
# each group of fixtures/commonmarker/cases.json: its `commonmark:` settings (options such as
# SMART, the GFM extensions listed) and its inputs. Writes fixtures/commonmarker/expected.json,
# which test/markdown/commonmarker.test.ts compares kyll with.
#   ruby scripts/record-commonmarker.rb
require "jekyll"
require "jekyll-commonmark"
require "json"

dir = File.expand_path("../fixtures/commonmarker", __dir__)
groups = JSON.parse(File.read(File.join(dir, "cases.json")))
out = groups.map do |group|
  config = Jekyll::Configuration.from("markdown" => "CommonMark", "commonmark" => group["commonmark"], "quiet" => true)
  converter = Jekyll::Converters::Markdown::CommonMark.new(config)
  group["inputs"].map { |input| converter.convert(input) }
end
File.write(File.join(dir, "expected.json"), JSON.pretty_generate(out) + "\n")
