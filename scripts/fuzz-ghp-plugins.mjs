#!/usr/bin/env node
// Differential fuzzing of the GitHub Pages family of plugins kyll implements, against real Jekyll
// and the plugin gems: jekyll-optional-front-matter, jekyll-readme-index, jekyll-titles-from-headings,
// jekyll-default-layout, jekyll-relative-links, with jekyll-mentions, jekyll-toc, jekyll-avatar and
// jekyll-include-cache beside them. Each case is a small random site of Markdown files in a few
// folders (README/readme/index/LICENSE/other names, with and without front matter), posts and
// collection documents, whose bodies hold headings of every form (ATX, setext, trailing hashes,
// markup, footnotes, none), relative links to each other (fragments, titles, reference
// definitions, `../`, escapes, in code) and @mentions; the layouts present (home, page, post,
// default) and the plugins' settings vary. A listing page prints what Liquid sees of site.pages
// and site.static_files, so that generated and removed pages show.
// Both builds run as scripts/fuzz-plugins.mjs runs them (frozen clock, TZ=UTC) and the
// destinations are compared byte for byte.
//
//   npm run build && node scripts/fuzz-ghp-plugins.mjs [--count N] [--seed S] [--max N] [--keep DIR] [--no-reduce] [--reduce-lines]
//   node scripts/fuzz-ghp-plugins.mjs --site DIR      (one site folder, both built and compared)
//   node scripts/fuzz-ghp-plugins.mjs --dump DIR --seed S
// Needs jekyll with the plugin gems, and faketime.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandLine, ROOT, reduceSite, seededRandom, seedLoop } from './fuzz-common.mjs';
import { readSiteFolder, siteComparer, snapshotBundle, writeSite } from './fuzz-site-compare.mjs';

const { opt, flag } = commandLine();
const firstSeed = Number(opt('seed', Date.now() % 100000));
const count = Number(opt('count', 20));
const maxCases = Number(opt('max', 20));
const keep = opt('keep');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-ghp-'));
const SNAPSHOT = path.join(ROOT, `.fuzz-ghp-${process.pid}`);
const BIN = path.join(SNAPSHOT, 'bundle', 'bin.cjs');
const { compare, compared } = siteComparer(work, BIN);

const y = (value) =>
  typeof value === 'string'
    ? value.startsWith('RAW:') ? value.slice(4) : JSON.stringify(value)
    : value === null ? '~'
      : Array.isArray(value) ? `[${value.map(y).join(', ')}]`
        : typeof value === 'object' ? `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${y(v)}`).join(', ')}}`
          : String(value);

function generate(seed) {
  const random = seededRandom(Math.imul(seed ^ 0x2545f491, 2654435761) >>> 0);
  for (let k = 0; k < 8; k++) random.rnd();
  const { int, pick, chance } = random;
  const some = (xs, n) => [...new Set(Array.from({ length: n }, () => pick(xs)))];

  const plugins = new Set();
  for (const p of ['jekyll-optional-front-matter', 'jekyll-readme-index', 'jekyll-titles-from-headings', 'jekyll-default-layout', 'jekyll-relative-links']) if (chance(0.7)) plugins.add(p);
  for (const p of ['jekyll-mentions', 'jekyll-avatar', 'jekyll-include-cache', 'jekyll-toc', 'jekyll-seo-tag', 'jekyll-sitemap']) if (chance(0.2)) plugins.add(p);
  const has = (p) => plugins.has(p);

  const DIRS = ['', '', 'docs/', 'docs/sub/', 'Ünï/', 'a b/', '_hidden/', 'guide/'];
  const NAMES = ['README.md', 'readme.markdown', 'README.MD', 'index.md', 'index.html', 'LICENSE.md', 'CONTRIBUTING.md', 'page.md', 'Other Page.md', 'x.mkdown', 'notes.txt', 'CODE_OF_CONDUCT.md', 'changelog.markdown', 'ünï.md', 'a+b.md'];
  const paths = new Set();
  for (let i = 0, n = 3 + int(8); i < n; i++) paths.add(`${pick(DIRS)}${pick(NAMES)}`);
  const posts = [];
  for (let i = 0, n = int(3); i < n; i++) posts.push(`_posts/${pick(['2020-01-02', '2021-05-06'])}-${pick(['hello', 'Second Post', 'ünï'])}${pick(['.md', '.markdown', '.html'])}`);
  const docs = [];
  for (let i = 0, n = int(3); i < n; i++) docs.push(`_docs/${pick(['', 'sub/'])}${pick(['README.md', 'intro.md', 'Guide.markdown', 'other.html'])}`);
  const all = [...paths, ...posts, ...docs];
  const targets = [...all, 'img/pic.png', 'files/doc.pdf', 'missing.md', 'docs/missing.md'];

  // _config.yml
  const config = [];
  if (chance(0.5)) config.push(`title: ${y(pick(['Fuzz GHP', 'Site & <b>Co</b>', '']))}`);
  if (chance(0.4)) config.push(`baseurl: ${y(pick(['', '/base', '/a b', '/ünï/']))}`);
  if (chance(0.3)) config.push(`url: ${y(pick(['https://example.com', 'http://x.example/sub']))}`);
  if (chance(0.2)) config.push(`permalink: ${pick(['pretty', '/:categories/:title/', 'date', '/:title:output_ext'])}`);
  if (chance(0.15)) config.push(`markdown_ext: ${y(pick(['md,markdown', 'md,mkdown,markdown,MD', 'markdown,mkdown,mkdn,mkd,md']))}`);
  if (chance(0.2)) config.push(`include: ${y(some(['_hidden', 'LICENSE.md', 'CONTRIBUTING.md', '_docs', 'README.md'], 1 + int(2)))}`);
  if (chance(0.2)) config.push(`exclude: ${y(some(['README.md', 'docs/sub', 'notes.txt', 'LICENSE.md'], 1 + int(2)))}`);
  if (chance(0.1)) config.push('require_front_matter: true');
  const docsOut = chance(0.7);
  if (docs.length || chance(0.3)) config.push(`collections:\n  docs:\n    output: ${docsOut}${chance(0.4) ? `\n    permalink: ${pick(['/docs/:path/', '/:collection/:name:output_ext', '/d/:title/'])}` : ''}`);
  const opts = (keys) => {
    const o = {};
    for (const [k, vs] of Object.entries(keys)) if (chance(0.4)) o[k] = pick(vs);
    return o;
  };
  const maybe = (key, keys) => {
    if (!chance(0.5)) return;
    const o = opts(keys);
    if (Object.keys(o).length) config.push(`${key}: ${y(o)}`);
  };
  maybe('optional_front_matter', { enabled: [true, false], remove_originals: [true, false] });
  maybe('readme_index', { enabled: [true, false], remove_originals: [true, false], with_frontmatter: [true, false] });
  maybe('titles_from_headings', { enabled: [true, false], strip_title: [true, false], collections: [true, false] });
  maybe('relative_links', { enabled: [true, false], collections: [true, false], exclude: [['docs/page.md'], ['*.md'], ['docs/**'], ['README.md']] });
  if (has('jekyll-mentions') && chance(0.4)) config.push(`jekyll-mentions: ${y(pick([{ base_url: 'https://twitter.com' }, 'https://gitlab.example/', {}]))}`);
  if (has('jekyll-toc') && chance(0.4)) config.push(`toc: ${y(opts({ min_level: [1, 2], max_level: [2, 3, 6], list_class: ['toc'], no_toc_section_class: ['skip'] }))}`);
  if (chance(0.3)) config.push(`defaults:\n  - scope: {path: "${pick(['', 'docs', '_posts', 'guide'])}"${chance(0.4) ? `, type: ${pick(['posts', 'pages', 'docs'])}` : ''}}\n    values: ${y(pick([{ layout: 'page' }, { layout: null }, { title: 'Defaulted' }, { strip_title: true }, { toc: true }, { 'jekyll-mentions': false }, { permalink: '/fixed/:basename/' }]))}`);
  if (plugins.size) config.push(`plugins:\n${[...plugins].map((p) => `  - ${p}`).join('\n')}`);
  const files = { '_config.yml': `${config.join('\n')}\n` };

  // layouts: a random subset of the ones jekyll-default-layout looks for
  const show = '[{{ page.title }}|{{ page.layout }}|{{ page.url }}|{{ page.path }}|{{ page.name }}]';
  const toc = has('jekyll-toc') && chance(0.5) ? '{{ content | toc }}' : '{{ content }}';
  for (const name of ['default', 'home', 'page', 'post']) {
    if (!chance(name === 'default' ? 0.7 : 0.4)) continue;
    const parent = name !== 'default' && files['_layouts/default.html'] && chance(0.5) ? '---\nlayout: default\n---\n' : '';
    files[`_layouts/${name}.html`] = `${parent}<${name}>${show}${has('jekyll-seo-tag') && !parent ? '{% seo %}' : ''}\n${toc}\n</${name}>\n`;
  }

  const rel = (from, to) => {
    if (chance(0.3)) return `/${to}`;
    const up = path.posix.dirname(from) === '.' ? [] : path.posix.dirname(from).split('/');
    return `${up.map(() => '..').join('/')}${up.length ? '/' : ''}${to}`;
  };
  const esc = (p) => pick([p, p, p.replace(/ /g, '%20'), p.replace(/ /g, '+'), encodeURI(p)]);
  const link = (from) => {
    const to = esc(rel(from, pick(targets)));
    const frag = pick(['', '', '#section', '#']);
    const title = pick(['', '', ' "A title"', " 'single'", ' "with \\" quote"']);
    return pick([`[link](${to}${frag}${title})`, `[**bold** link](./${to}${frag})`, `![img](${to})`, `[<${to}>](<${to}>)`, `[ref][r1]`, `\`[code](${to})\``, `[two](${to}) and [three](${to}${frag})`]);
  };
  const HEADINGS = ['# Title One', '## Second *Level*', '### Third `code`', '#### Fourth', '# Trailing #', 'Setext Title\n============', 'Setext Two\n---', '# Title with [link](x.md) and footnote[^1]', '  # Indented', '#NoSpace', '# A & B <em>html</em>', '# Ünï Çödé', ''];
  const body = (file) => {
    const parts = [];
    if (chance(0.3)) parts.push('');
    parts.push(pick(HEADINGS));
    for (let i = 0, n = 1 + int(3); i < n; i++) {
      parts.push(pick([
        `Some text with ${link(file)}.`,
        `${link(file)}`,
        `Hello @${pick(['octocat', 'some-user', 'x_y', 'a'])} and email me@example.com.`,
        has('jekyll-avatar') ? `{% avatar ${pick(['octocat', 'user=page.author', 'hubot size=20'])} %}` : 'Plain paragraph.',
        `## Sub ${pick(['heading', 'Ünï', 'a & b'])}`,
        `    [indented](${rel(file, pick(targets))})`,
        `[r1]: ${rel(file, pick(targets))}${pick(['', ' "T"', '#frag'])}`,
        '```\n[fenced](page.md)\n```',
        '[^1]: a footnote',
        '<div class="skip" markdown="1">\n## Skipped heading\n</div>',
      ]));
    }
    return `${parts.join('\n\n')}\n`;
  };
  const frontMatter = () => {
    if (chance(0.45)) return '';
    const fm = [];
    if (chance(0.4)) fm.push(`title: ${y(pick(['Given Title', '', null, 'Ünï & <b>T</b>', 'RAW:123']))}`);
    if (chance(0.3)) fm.push(`layout: ${pick(['default', 'page', 'home', 'post', 'null', 'missing'])}`);
    if (chance(0.15)) fm.push(`permalink: ${y(pick(['/custom/', '/custom.html', '/']))}`);
    if (chance(0.15)) fm.push(`strip_title: ${pick(['true', 'false'])}`);
    if (chance(0.08)) fm.push('published: false');
    if (chance(0.1)) fm.push(`author: ${y(pick(['octocat', 'mona']))}`);
    if (chance(0.1)) fm.push('jekyll-mentions: false');
    return `---\n${fm.join('\n')}\n---\n`;
  };
  for (const p of all) files[p] = p.endsWith('.txt') ? 'plain text [x](page.md) @octocat\n' : `${p.startsWith('_posts/') || p.startsWith('_docs/') ? frontMatter() || '---\n---\n' : frontMatter()}${body(p)}`;
  files['img/pic.png'] = 'png';
  files['files/doc.pdf'] = '%PDF';
  if (chance(0.5)) files[pick(['list.html', 'docs/list.html'])] = `---\nlayout: null\n---\n{% for p in site.pages %}page {{ p.url }}|{{ p.name }}|{{ p.path }}|{{ p.title }}|{{ p.layout }}\n{% endfor %}{% for f in site.static_files %}static {{ f.path }}\n{% endfor %}{% for d in site.documents %}doc {{ d.url }}|{{ d.title }}|{{ d.layout }}\n{% endfor %}`;
  if (has('jekyll-include-cache')) {
    files['_includes/c.html'] = '<inc>{{ include.x }}|{{ page.title }}</inc>\n';
    for (const p of all.slice(0, 2)) if (files[p] && !p.endsWith('.txt')) files[p] += `\n{% include_cached c.html x="${pick(['a', 'b'])}" %}\n`;
  }
  return { files, flags: [] };
}

function reduce(files, flags, kind) {
  return reduceSite(files, async (candidate) => (await compare(candidate, flags, 'reduce'))?.kind === kind, { lines: flag('reduce-lines') });
}

if (opt('dump')) {
  const { files } = generate(firstSeed);
  writeSite(opt('dump'), files);
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
snapshotBundle(ROOT, SNAPSHOT, work);

if (opt('site')) {
  const { files } = readSiteFolder(path.resolve(opt('site')));
  const diff = await compare(files, []);
  console.log(diff ? diff.text : `same (${compared()})`);
  process.exit(diff ? 1 : 0);
}

const { found, summary } = await seedLoop({
  name: 'fuzz-ghp-plugins', count, firstSeed, maxCases, keep, noReduce: flag('no-reduce'), generate, compare, reduce, save: writeSite,
  compared,
});
console.log(summary);
process.exit(found ? 1 : 0);
