// sass.sourcemap as jekyll-sass-converter 2.2 reads it (scss.rb#sourcemap_option:
// `fetch("sourcemap", :always).to_sym`): a value that is no text fails each page's conversion with
// Ruby's NoMethodError, worded as Jekyll 4.3.1 printed it for each value below; any text but
// never (or development outside development) writes a map.
import { memorySource, renderSite } from '../../lib/index.js';

const build = (sourcemap: string) =>
  renderSite({ source: memorySource({ '_config.yml': `sass:\n  sourcemap: ${sourcemap}\n`, 's.scss': '---\n---\n.a { .b { c: d; } }\n' }), env: { JEKYLL_ENV: 'production' } });

const prefix = "Conversion error: Jekyll::Converters::Scss encountered an error while converting 's.scss': undefined method `to_sym' for ";
const line = ' jekyll_sass_configuration.fetch("sourcemap", :always).to_sym ^^^^^^^';

test.each([
  ['true', `true:TrueClass${line} Did you mean? to_s`],
  ['null', `nil:NilClass${line}`],
  ['3', `3:Integer${line} Did you mean? to_s`],
  ['1.5', `1.5:Float${line} Did you mean? to_s`],
  ['[a]', `["a"]:Array${line} Did you mean? to_s to_set`],
  ['{a: 1}', `{"a"=>1}:Hash${line} Did you mean? to_s to_set`],
])('sourcemap: %s fails as in Jekyll', async (value, rest) => {
  await expect(build(value)).rejects.toThrow(prefix + rest);
});

test.each([
  ['Always', true],
  ['bogus', true],
  ['":never"', true],
  ['never', false],
  ['development', false],
  ['always', true],
])('sourcemap: %s writes a map: %s', async (value, map) => {
  const result = await build(value);
  expect(result.files.some((f) => f.path === 's.css.map')).toBe(map);
});
