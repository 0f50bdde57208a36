# frozen_string_literal: true
#
# toml-oracle.rb - a long-running reader for scripts/fuzz-toml.mjs: reads one JSON string (a TOML text)
# per line on standard input and answers each with one JSON line: {"value": rendering} of what
# Tomlrb.parse (Tomlrb 1.3.0, as Jekyll 4.3.1's Configuration#safe_load_file uses it) returns, or
# {"error": "Class: message"} when it raises (Jekyll then stops). The rendering is the one
# fuzz-toml.mjs makes of kyll's value: Ruby's inspect, made plain (strings escaped to ASCII, times
# as "%Y-%m-%d %H:%M:%S %z", their nanoseconds and UTC). A nil key (`[[]]`) is left out: no Liquid
# name reaches it, and kyll keeps it aside.
require "tomlrb"
require "json"

def render(v)
  case v
  when Hash then "{#{v.reject { |k, _| k.nil? }.map { |k, x| "#{render(k)}=>#{render(x)}" }.join(", ")}}"
  when Array then "[#{v.map { |x| render(x) }.join(", ")}]"
  when String
    "\"#{v.each_char.map { |c| c.ord.between?(0x20, 0x7e) && c != '"' && c != "\\" ? c : format("\\u{%X}", c.ord) }.join}\""
  when Time then "Time(#{v.strftime("%Y-%m-%d %H:%M:%S %z")} #{v.nsec}#{v.utc? ? " UTC" : ""})"
  when nil then "nil"
  else v.to_s
  end
end

$stdout.sync = true
$stdin.each_line do |line|
  text = JSON.parse(line)
  answer =
    begin
      { "value" => render(Tomlrb.parse(text)) }
    rescue StandardError, SystemStackError => e
      { "error" => "#{e.class}: #{e.message.strip.tr("\n", " ")[0, 200]}" }
    end
  puts JSON.generate(answer)
end
