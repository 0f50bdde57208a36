// jekyll-multiple-languages-plugin in memory (the fixture sites plug25-multiple-languages* cover
// whole builds against real Jekyll): the tags' failures, with the messages real Jekyll 4.3.1
// (Liquid 5.4.0, whose Tag#render_to_output_buffer does `output << render(context)`) gave.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';

const site = (page: string, extra: Record<string, string> = {}): Record<string, string> => ({
  '_config.yml': 'languages: ["en", "fr"]\nplugins: [jekyll-multiple-languages-plugin]\n',
  '_i18n/en.yml': 'a:\n  list: [x, y]\n  n: 3\n  s: Hi\n',
  '_i18n/fr.yml': 'b: 1\n',
  'index.html': `---\n---\n[${page}]\n`,
  ...extra,
});

async function build(files: Record<string, string>): Promise<Record<string, string>> {
  const r = await renderSite({ source: memorySource(files), env: { TZ: 'UTC' } });
  return Object.fromEntries(r.files.map((f) => [f.path, String(f.contents)]));
}

test.each([
  ['a key in no language', '{% t a.missing %}', 'no implicit conversion of nil into String'],
  ['a list', '{% t a.list %}', 'no implicit conversion of Array into String'],
  ['a number (no empty?)', '{% t a.n %}', "undefined method `empty?' for 3:Integer"],
])('{%% t %%} of %s stops the build as Jekyll does', async (_what, tag, message) => {
  await expect(build(site(tag))).rejects.toThrow(`Liquid Exception: ${message} in index.html`);
});

test('a translation missing in a language comes from the default one; each language has its folder', async () => {
  const out = await build(site('{% t a.s %}'));
  expect(out).toEqual({ 'index.html': '[Hi]\n', 'fr/index.html': '[Hi]\n' });
});

test('{% tf %} names the file it cannot find in the language folder it looked in last', async () => {
  await expect(build(site('{% tf nope.md %}', { '_i18n/en/x.md': 'x' }))).rejects.toThrow(/Included file 'nope.md' not found in .*_i18n\/en directory/);
});

test('a site without _i18n/LANG.yml for a language stops as YAML.load_file does', async () => {
  const files = site('x');
  delete files['_i18n/fr.yml'];
  await expect(build(files)).rejects.toThrow('No such file or directory @ rb_sysopen - _i18n/fr.yml');
});

// Jekyll 4.3.1 (zhum/jekyll-theme-zhum-clean's demo, which has no _i18n): the gem loads
// "#{site.source}/_i18n/LANG.yml", and Ruby's message names that path.
test('from a folder, the missing _i18n/LANG.yml is named by its path in the source', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-mlp-'));
  try {
    for (const [f, text] of Object.entries(site('x'))) {
      if (f === '_i18n/fr.yml') continue;
      fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
      fs.writeFileSync(path.join(dir, f), text);
    }
    await expect(renderSite({ source: dir, write: false, env: { TZ: 'UTC' } })).rejects.toThrow(`No such file or directory @ rb_sysopen - ${dir}/_i18n/fr.yml`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
