// kramdown options as _config.yml gives them (YAML: `2.0` a Float, dates Date or Time, lists and
// mappings), read by Kramdown::Options.parse and its validators; a value refused stops the
// conversion of every Markdown file. Expected messages: Kramdown::Options.merge in Ruby 3.1 with
// kramdown 2.4.0, on the value Jekyll 4.3.1's YAML loader gives (Kramdown::Error unless noted),
// and, for syntax_highlighter_opts, Jekyll's KramdownParser#setup, which fails first (`jekyll build`).
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const convert = (setting: string) =>
  renderSite({ source: memorySource({ '_config.yml': `kramdown:\n  ${setting}\n`, 'index.md': '---\n---\n# x\n' }), env: FIXED_ENV });

test.each([
  ['header_offset: 2.0', "Invalid integer value for option 'header_offset': '2.0'"],
  ['header_offset: !!float 2', "Invalid integer value for option 'header_offset': '2.0'"],
  ['header_offset: [1]', "Invalid integer value for option 'header_offset': '[1]'"],
  ['header_offset: {a: 1}', `Invalid integer value for option 'header_offset': '{"a"=>1}'`],
  ['header_offset: 2020-01-01 10:00:00', "Invalid integer value for option 'header_offset': '2020-01-01 10:00:00 +0000'"],
  ['footnote_nr: [a, b]', `Invalid integer value for option 'footnote_nr': '["a", "b"]'`],
  ['footnote_nr: {a: [1, 2]}', `Invalid integer value for option 'footnote_nr': '{"a"=>[1, 2]}'`],
  ['smart_quotes: 2020-01-01', 'Invalid type Date for option smart_quotes'],
  ['smart_quotes: 2020-01-01 10:00:00', 'Invalid type Time for option smart_quotes'],
  ['smart_quotes: 2.0', 'Invalid type Float for option smart_quotes'],
  ['typographic_symbols: 2020-01-01', 'Invalid type Date for option typographic_symbols'],
  ['toc_levels: 2020-01-01', 'Invalid type Date for option toc_levels'],
  ['math_engine_opts: 1.5', 'Invalid type Float for option math_engine_opts'],
  ['math_engine_opts: [1]', 'Invalid type Array for option math_engine_opts'],
  ['latex_headers: 5', 'Invalid type Integer for option latex_headers'],
  ['latex_headers: [a]', 'Option latex_headers needs exactly 6 values'],
  // NoMethodError (options.rb's `val.map!`)
  ['forbidden_inline_options: 5', "undefined method `map!' for 5:Integer"],
  ['forbidden_inline_options: 2020-01-01', "undefined method `map!' for #<Date: 2020-01-01 ((2458850j,0s,0n),+0s,2299161j)>"],
  // KramdownParser#setup: TypeError, IndexError, NoMethodError
  ['syntax_highlighter_opts: 5', 'no implicit conversion of String into Integer'],
  ['syntax_highlighter_opts: [1]', 'no implicit conversion of String into Integer'],
  ['syntax_highlighter_opts: "a: 1"', 'string not matched'],
  ['syntax_highlighter_opts: 2.5', "undefined method `[]' for 2.5:Float"],
  ['syntax_highlighter_opts: true', "undefined method `[]' for true:TrueClass"],
])('%s', async (setting, message) => {
  await expect(convert(setting)).rejects.toThrow(`${message} in index.md`);
});

test.each(['latex_headers: a,b,c,d,e,f', 'math_engine_opts: {preview: true}', 'syntax_highlighter_opts: ~', 'header_offset: "0x1"'])('%s is accepted', async (setting) => {
  await expect(convert(setting)).resolves.toBeDefined();
});
