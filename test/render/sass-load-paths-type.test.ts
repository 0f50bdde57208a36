// sass.sass_dir and sass.load_paths that are no text, as jekyll-sass-converter 2.2 reads them
// (scss.rb#sass_load_paths): sass_dir goes through Jekyll.sanitized_path, whose start_with? a
// non-String lacks; with `safe: true` each of Array(load_paths) too; then each load path is
// Dir.glob'd, which takes a String or a list of Strings only. Each page's conversion fails, and
// the scssify filter's too, even of an empty text (which a bad precision lets through). Messages
// as Jekyll 4.3.1 printed them for these values on a probe site.
import { memorySource, renderSite } from '../../lib/index.js';

const build = (sass: string, files: Record<string, string> = { 's.scss': '---\n---\n.a { .b { c: d; } }\n' }, extra = '') =>
  renderSite({ source: memorySource({ '_config.yml': `${extra}sass:\n${sass}\n`, ...files }), env: { JEKYLL_ENV: 'production' } });

const prefix = "Conversion error: Jekyll::Converters::Scss encountered an error while converting 's.scss': ";
const sanitize = ' clean_path = if questionable_path.start_with?("~") ^^^^^^^^^^^^';

test.each([
  ['  load_paths: [~, 1]', 'no implicit conversion of nil into String'],
  ['  load_paths: [_sass, 1]', 'no implicit conversion of Integer into String'],
  ['  load_paths: [[_sass, 2]]', 'no implicit conversion of Integer into String'],
  ['  load_paths: {_sass: 3}', 'no implicit conversion of Integer into String'],
  ['  load_paths: true', 'no implicit conversion of true into String'],
  ['  sass_dir: [_sass]', `undefined method \`start_with?' for ["_sass"]:Array${sanitize}`],
  ['  sass_dir: false', `undefined method \`start_with?' for false:FalseClass${sanitize}`],
  ['  sass_dir: {}', `undefined method \`start_with?' for {}:Hash${sanitize}`],
  ['  sass_dir: 5\n  load_paths: [~]', `undefined method \`start_with?' for 5:Integer${sanitize}`],
  ['  load_paths: [~]\n  sourcemap: false', 'no implicit conversion of nil into String'],
])('%s fails as in Jekyll', async (sass, rest) => {
  await expect(build(sass)).rejects.toThrow(prefix + rest);
});

test('with safe: true a nil load path is the site folder, any other non-String has no start_with?', async () => {
  await expect(build('  load_paths: [~]', undefined, 'safe: true\n')).resolves.toBeDefined();
  await expect(build('  load_paths: [~, 5]', undefined, 'safe: true\n')).rejects.toThrow(prefix + `undefined method \`start_with?' for 5:Integer${sanitize}`);
});

test('lists of Strings, a mapping (its pairs) and an empty sass_dir build', async () => {
  for (const sass of ['  load_paths: [[_sass, vendor]]', '  load_paths: {_sass: vendor}', '  sass_dir: ""']) {
    await expect(build(sass)).resolves.toBeDefined();
  }
});

test('scssify fails on a bad load path even for an empty text; a bad precision lets an empty text through', async () => {
  const page = (text: string) => ({ 'p.html': `---\n---\n[{{ ${text} | scssify }}]\n` });
  await expect(build('  load_paths: [~]', page('""'))).rejects.toThrow('Liquid Exception: no implicit conversion of nil into String in p.html');
  await expect(build('  sass_dir: 5', page('"a"'))).rejects.toThrow(`Liquid Exception: undefined method \`start_with?' for 5:Integer${sanitize} in p.html`);
  const ok = await build('  precision: "3"', page('""'));
  expect(String(ok.files.find((f) => f.path === 'p.html')!.contents)).toBe('[]\n');
});
