#!/usr/bin/env ruby
# frozen_string_literal: true
# Record what real Jekyll 4.3.1's smartify (Jekyll::Converters::SmartyPants, the site's
# kramdown options handed to kramdown) writes for each input of fixtures/smartify/cases.json
# under each of its kramdown settings. Writes fixtures/smartify/expected.json, which
# test/markdown/smartify.test.ts compares kyll with.
#   ruby scripts/record-smartify.rb
require "jekyll"
require "json"

dir = File.expand_path("../fixtures/smartify", __dir__)
cases = JSON.parse(File.read(File.join(dir, "cases.json")))
out = cases["kramdown"].map do |kramdown|
  config = Jekyll::Configuration.from("kramdown" => kramdown, "quiet" => true)
  converter = Jekyll::Converters::SmartyPants.new(config)
  { "kramdown" => config["kramdown"], "outputs" => cases["inputs"].map { |input| converter.convert(input) } }
end
File.write(File.join(dir, "expected.json"), JSON.pretty_generate(out) + "\n")
