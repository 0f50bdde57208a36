// `sass:` that is no mapping, as jekyll-sass-converter 2.2 reads it (scss.rb#jekyll_sass_configuration:
// `@config["sass"] || {}`, then `[]` and `fetch`): each Sass page's conversion fails with Ruby's
// error, worded as Jekyll 4.3.1 printed it for each value below; a site with no Sass page builds.
// kyll stopped every build of such a site with a JavaScript TypeError ("Cannot use 'in' operator").
import { memorySource, renderSite } from '../../lib/index.js';

const build = (sass: string, files: Record<string, string> = { 's.scss': '---\n---\n.a { b: c; }\n' }) =>
  renderSite({ source: memorySource({ '_config.yml': `sass: ${sass}\n`, 'index.html': '---\n---\nhi\n', ...files }), env: { JEKYLL_ENV: 'production' } });

const prefix = "Conversion error: Jekyll::Converters::Scss encountered an error while converting 's.scss': ";

test.each([
  ['x', 'undefined method `fetch\' for "x":String'],
  ['style', 'no implicit conversion of Symbol into String'],
  ['5', 'no implicit conversion of String into Integer'],
  ['[a]', 'no implicit conversion of String into Integer'],
  ['true', "undefined method `[]' for true:TrueClass"],
  ['5.5', "undefined method `[]' for 5.5:Float"],
])('sass: %s fails the Sass page', async (value, message) => {
  await expect(build(value)).rejects.toThrow(prefix + message);
});

test('sass: false is no configuration at all; a site without Sass pages builds whatever sass is', async () => {
  expect((await build('false')).files.map((f) => f.path).sort()).toEqual(['index.html', 's.css', 's.css.map']);
  expect((await build('x', {})).files.map((f) => f.path)).toEqual(['index.html']);
});
