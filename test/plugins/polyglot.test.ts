// jekyll-polyglot in memory (the fixture sites plugin-polyglot* cover whole builds against real Jekyll):
// expected texts from real Jekyll 4.3.1 runs of the same files.
import fs from 'node:fs';
import path from 'node:path';
import { createBuilder, memorySource, renderSite } from '../../lib/index.js';
import { makeSiteDir, treeHash } from '../robustness/dest-tree.js';

const files = (config: string): Record<string, string> => ({
  '_config.yml': `url: https://example.com\nbaseurl: /blog\nlanguages: [en, fr]\nexclude_from_localization: [assets]\nplugins: [jekyll-polyglot]\n${config}`,
  '_layouts/default.html':
    '{{ site.active_lang }} <a href="/blog/about/">a</a> <a href="/blog/assets/x.css">c</a> <a href="https://example.com/blog/about/">b</a> <a {% static_href %}href="/blog/about/"{% endstatic_href %}>s</a>\n{{ content }}',
  'about.md': '---\nlayout: default\npermalink: /about/\nlang: en\n---\nEN',
  'about-fr.md': '---\nlayout: default\npermalink: /about/\nlang: fr\n---\nFR',
  'assets/x.css': 'body{}',
});

async function outputs(config = ''): Promise<Record<string, string>> {
  const r = await renderSite({ source: memorySource(files(config)), env: { TZ: 'UTC' } });
  return Object.fromEntries(r.files.map((f) => [f.path, String(f.contents)]));
}

test('the default language at the root, another under LANG/ without exclude_from_localization', async () => {
  expect(Object.keys(await outputs()).sort()).toEqual(['about/index.html', 'assets/x.css', 'fr/about/index.html']);
});

test("links gain the language's folder, static_href and excluded paths do not", async () => {
  const out = await outputs();
  expect(out['about/index.html']).toBe(
    'en <a href="/blog/about/">a</a> <a href="/blog/assets/x.css">c</a> <a href="https://example.com/blog/about/">b</a> <a href="/blog/about/">s</a>\n<p>EN</p>\n',
  );
  expect(out['fr/about/index.html']).toBe(
    'fr <a href="/blog/fr/about/">a</a> <a href="/blog/assets/x.css">c</a> <a href="https://example.com/blog/fr/about/">b</a> <a href="/blog/about/">s</a>\n<p>FR</p>\n',
  );
});

test('sequential builds with the default language not first are built as Jekyll does (fixture fidB20-polyglot-sequential), without a warning', async () => {
  const r = await renderSite({ source: memorySource(files('default_lang: fr\nparallel_localization: false\n')), env: { TZ: 'UTC' } });
  expect(r.diagnostics.map((d) => d.message).join('\n')).not.toMatch(/parallel_localization/);
  const out = Object.fromEntries(r.files.map((f) => [f.path, String(f.contents)]));
  expect(Object.keys(out).sort()).toEqual(['about/index.html', 'assets/x.css', 'en/about/index.html']);
  expect(out['about/index.html']).toMatch(/^fr .*<p>FR<\/p>/s);
});

test('the builder (serve, incremental) builds every language, as renderSite', async () => {
  const builder = await createBuilder({ source: memorySource(files('')), env: { TZ: 'UTC' }, write: false });
  const r = await builder.build();
  expect(Object.fromEntries(r.files.map((f) => [f.path, String(f.contents)]))).toEqual(await outputs());
  expect(r.diagnostics).toEqual([]);
});

// process_language builds a language into DEST/LANG and Jekyll's Cleaner empties that folder: a language
// naming a folder outside the destination (or the destination itself) would write and delete there.
test.each(['..', '../../sib', '../../x', '/tmp/x', '.', 'fr/..', ''])('a language %j is refused before anything is written', async (lang) => {
  const { root, site, sentinel } = makeSiteDir('kyll-polyglot-');
  try {
    fs.writeFileSync(path.join(site, '_config.yml'), `plugins: [jekyll-polyglot]\nlanguages: [en, ${JSON.stringify(lang)}]\n`);
    const before = treeHash(root);
    const error = await renderSite({ source: site, destination: path.join(root, 'deep', 'out'), env: { TZ: 'UTC' } }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'INVALID_CONFIG', file: '_config.yml' });
    expect((error as Error).message).toContain(`the language ${JSON.stringify(lang)} in 'languages'`);
    expect(treeHash(root)).toBe(before);
    expect(fs.readdirSync(sentinel)).toEqual(['keep.txt']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});

test('a nested language folder (zh/TW) stays allowed', async () => {
  const r = await renderSite({ source: memorySource({ ...files(''), '_config.yml': 'languages: [en, zh/TW]\nplugins: [jekyll-polyglot]\n' }), env: { TZ: 'UTC' } });
  expect(r.files.map((f) => f.path)).toContain('zh/TW/about/index.html');
});

test("a second build into the same destination leaves no language's previous copy behind when it returns", async () => {
  const { root, site } = makeSiteDir('kyll-polyglot-');
  try {
    for (const [rel, text] of Object.entries(files(''))) fs.mkdirSync(path.dirname(path.join(site, rel)), { recursive: true }), fs.writeFileSync(path.join(site, rel), text);
    const destination = path.join(root, 'out');
    await renderSite({ source: site, destination, env: { TZ: 'UTC' } });
    await renderSite({ source: site, destination, env: { TZ: 'UTC' } });
    // The fr build swaps DEST/fr: its previous copy (DEST/.fr.kyll-old-...) is among the site's files.
    expect(fs.readdirSync(destination).sort()).toEqual(['2020', 'about', 'assets', 'fr', 'index.html']);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
