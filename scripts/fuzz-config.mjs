#!/usr/bin/env node
// Differential fuzzing of _config.yml: small real sites (fixtures/sites) built by real Jekyll and by
// kyll under random variants of their configuration, drawn from a table of Jekyll's settings and
// plausible values (permalink styles and patterns, baseurl/url forms, collections and
// collections_dir, front matter defaults by path/glob/type, timezone, future/unpublished/drafts,
// excerpts, markdown and kramdown options, paginate, feed/seo/sitemap, include/exclude, liquid).
// Both outputs are compared byte for byte, file for file, and the builds' exit statuses: both
// failing counts as the same (a different error class, Liquid/YAML/other, is printed as a note).
// A difference is reduced to the fewest settings that still show it and printed as the base site
// and a _config.yml to merge into the base's; with --keep DIR its site is saved as DIR/<run>/.
//
//   npm run build && node scripts/fuzz-config.mjs [--runs N] [--seed S] [--keep DIR] [--no-reduce] [--sites a,b]
//   node scripts/fuzz-config.mjs --seed S --only I     (run I of seed S again, with both logs)
//   --together: half the changes set pagination and collections options together (paginate and
//   paginate_path, the posts' and another collection's permalink/output/sort_by, defaults by type,
//   collections_dir, Unicode in permalinks)
//
// Jekyll builds as the fixtures' are made (scripts/regenerate-fixtures.sh: faketime at
// SOURCE_DATE_EPOCH, TZ=UTC, JEKYLL_ENV=production, --disable-disk-cache, from inside the site);
// kyll builds through dist/bundle/bin.cjs. The same seed gives the same variants.
// Known difference (left): `page_excerpts: true` on a page whose first paragraph lists site.pages
// (data-static's index.html): Jekyll's Page#to_liquid renders the page's excerpt whenever Liquid
// touches the page, so the excerpt recurses into itself ("stack level too deep"); kyll renders an
// excerpt only when `excerpt` is read. Interrupted (Ctrl-C), it prints how many runs it made.
// Needs: jekyll 4.3.1 with its plugin gems, faketime.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { commandLine, faketimeSync, mixedRandom, ROOT } from './fuzz-common.mjs';

const { opt, flag } = commandLine();
const seed = Number(opt('seed', Date.now() % 100000));
const runs = Number(opt('runs', 20));
const only = opt('only');
const keep = opt('keep');
const together = flag('together');
const SITES = (opt('sites') ?? 'categories-tags,collections,data-static,news-blog,plugin-paginate-v2').split(',');
// kyll runs from a copy of dist/bundle made at the start, so that `npm run build` during a long run
// does not pull the bundle away under it (at the same depth: the bundle finds ../../package.json).
const SNAPSHOT = path.join(ROOT, `.fuzz-config-${process.pid}`);
const BIN = path.join(SNAPSHOT, 'bundle', 'bin.cjs');
const ENV = { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
delete ENV.NODE_EXTRA_CA_CERTS;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-fuzz-config-'));

// --- the site and its files ----------------------------------------------------------------
const listFiles = (dir, base = dir) =>
  fs.existsSync(dir)
    ? fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
        const p = path.join(dir, e.name);
        return e.isDirectory() ? listFiles(p, base) : [path.relative(base, p)];
      })
    : [];

/** What a mutation may want to know about the base site: its folders, collections, layouts. */
function describe(siteDir, config) {
  const files = listFiles(siteDir);
  const dirs = [...new Set(files.map((f) => path.dirname(f)).filter((d) => d !== '.'))].sort();
  const collections = Object.keys(config.collections && typeof config.collections === 'object' && !Array.isArray(config.collections) ? config.collections : {});
  const layouts = files.filter((f) => f.startsWith('_layouts/')).map((f) => path.basename(f, path.extname(f)));
  const pages = files.filter((f) => !f.startsWith('_') && /\.(md|html|markdown)$/.test(f));
  return { files, dirs, collections, layouts, pages };
}

// --- the table of settings ------------------------------------------------------------------
const PERMALINKS = ['date', 'pretty', 'ordinal', 'weekdate', 'none', '/:categories/:title/', '/:year/:month/:day/:title:output_ext', '/blog/:slug', '/:categories/:year/:i_month/:i_day/:title.html', '/:short_year/:y_day/:title/', '/:title', '/:year/:week/:short_day/:title/', '/:categories/:slug/index.html', ':title.html', '/:year/:title', '/posts/:slug/:output_ext', '/:categories/:title', '/:year/:month/:title/', '/:i_day-:i_month/:title', '/:path/'];
const COLLECTION_PERMALINKS = ['/:collection/:name', '/:collection/:path/', '/:collection/:title:output_ext', '/docs/:name/', '/:path:output_ext', ':collection/:slug', '/:collection/:year/:title/', 'pretty', '/:title/', '/:categories/:name/'];
const ODD_TEXT = ['A & B <x>', '"quoted" title', '中文 站点', 123, true, null, '', 'Ünïcödé — dash', "it's", '  padded  '];
const TIMEZONES = ['UTC', 'America/New_York', 'Asia/Tokyo', 'Pacific/Kiritimati', 'Etc/GMT+12', 'Europe/London', 'Asia/Kolkata', null];

const defaultScope = (ctx, r) => {
  const dir = ctx.dirs.length ? r.pick(ctx.dirs) : '';
  return r.pick([
    { path: '' },
    { path: dir },
    { path: `${dir}/*` },
    { path: '*.md' },
    { path: dir.split('/')[0] },
    { type: r.pick(['posts', 'pages', 'drafts', ...ctx.collections]) },
    { path: '', type: r.pick(['posts', 'pages', ...ctx.collections]) },
    { path: dir, type: r.pick(['posts', 'pages', ...ctx.collections]) },
    { path: 'index.html' },
    { path: r.pick(ctx.pages.length ? ctx.pages : ['index.md']) },
    {},
  ]);
};
const defaultValues = (ctx, r) =>
  r.pick([
    { layout: r.pick([...ctx.layouts, 'missing-layout', null]) },
    { author: r.pick(['Default Author', { name: 'A', twitter: 'a_user' }]) },
    { permalink: r.pick([...PERMALINKS, ...COLLECTION_PERMALINKS]) },
    { published: r.pick([false, true]) },
    { sitemap: false },
    { title: r.pick(ODD_TEXT) },
    { category: 'defaulted' },
    { categories: ['one', 'Two Words'] },
    { tags: r.pick([['a', 'b'], 'x y']) },
    { excerpt_separator: '<!--more-->' },
    { image: '/img/default.png' },
    { date: '2021-05-05 10:00:00 +0200' },
    { description: r.pick(ODD_TEXT) },
    { render_with_liquid: false },
    { lang: 'fr' },
  ]);

/**
 * Each entry draws one change of the config (cfg, a plain object to modify) with `r` and returns
 * a label; `prepare(dir, cfg)` on the returned object moves files where the setting needs them.
 */
const MUTATIONS = [
  (c, x, r) => ((c.permalink = r.pick(PERMALINKS)), `permalink ${c.permalink}`),
  (c, x, r) => ((c.baseurl = r.pick(['', '/', '/blog', 'blog', '/blog/', '/a b', '/über', '/x/y', null])), `baseurl ${c.baseurl}`),
  (c, x, r) => ((c.url = r.pick(['', 'http://example.com', 'https://example.com/', 'https://example.com/sub', 'example.com', '//cdn.example.com', 'https://例子.com', null])), `url ${c.url}`),
  (c, x, r) => ((c.timezone = r.pick(TIMEZONES)), `timezone ${c.timezone}`),
  (c, x, r) => {
    const key = r.pick(['future', 'unpublished', 'show_drafts', 'strict_front_matter', 'safe', 'lsi', 'show_dir_listing']);
    c[key] = r.pick([true, false]);
    return `${key} ${c[key]}`;
  },
  (c, x, r) => ((c.limit_posts = r.pick([0, 1, 2, 5])), `limit_posts ${c.limit_posts}`),
  (c, x, r) => ((c.excerpt_separator = r.pick(['', '\n\n', '<!--more-->', '\n', '<!-- more -->', 'the'])), `excerpt_separator ${JSON.stringify(c.excerpt_separator)}`),
  (c, x, r) => ((c.markdown_ext = r.pick(['markdown', 'md,markdown', 'mkd,txt', 'md', 'MD', 'markdown,mkdown,mkdn,mkd,md,txt'])), `markdown_ext ${c.markdown_ext}`),
  (c, x, r) => {
    const k = r.pick([{ auto_ids: false }, { input: 'GFM' }, { input: 'GFM', hard_wrap: true }, { smart_quotes: 'apos,apos,quot,quot' }, { toc_levels: '2..3' }, { syntax_highlighter: null }, { entity_output: 'numeric' }, { auto_id_prefix: 'x-' }, { footnote_nr: 5 }, { header_offset: 1 }, { typographic_symbols: { hellip: '...', mdash: '--' } }, { auto_id_stripping: true }, { transliterated_header_ids: true }, { parse_block_html: true }, { parse_span_html: false }, { remove_block_html_tags: false }, { math_engine: null }]);
    c.kramdown = { ...(c.kramdown ?? {}), ...k };
    return `kramdown ${JSON.stringify(k)}`;
  },
  (c, x, r) => ((c.markdown = r.pick(['kramdown', 'CommonMark', 'Kramdown'])), `markdown ${c.markdown}`),
  (c, x, r) => ((c.highlighter = r.pick(['rouge', 'none', null])), `highlighter ${c.highlighter}`),
  (c, x, r) => {
    const p = r.pick(['jekyll-feed', 'jekyll-seo-tag', 'jekyll-sitemap', 'jekyll-paginate', 'jekyll-redirect-from']);
    c.plugins = Array.isArray(c.plugins) ? c.plugins : [];
    if (c.plugins.includes(p)) c.plugins = c.plugins.filter((q) => q !== p);
    else c.plugins = [...c.plugins, p];
    return `plugins ${c.plugins.join(',')}`;
  },
  (c, x, r) => {
    c.paginate = r.pick([1, 2, 3, 100, 0]);
    if (r.chance(0.7)) c.paginate_path = r.pick(['/page:num/', '/blog/page:num/', '/p/:num', 'page/:num/index.html', '/blog/page-:num.html', '/page/:num']);
    c.plugins = [...new Set([...(Array.isArray(c.plugins) ? c.plugins : []), 'jekyll-paginate'])];
    return `paginate ${c.paginate} ${c.paginate_path ?? ''}`;
  },
  (c, x, r) => {
    const f = r.pick([{ path: 'atom.xml' }, { path: '/feeds/all.xml' }, { posts_limit: 2 }, { excerpt_only: true }, { categories: ['news', 'Reviews'] }, { tags: true }, { tags: { only: ['a'] } }, { title: 'Feed title' }, { icon: '/icon.png' }, { collections: ['posts'] }, { disable_in_development: true }]);
    c.feed = { ...(c.feed ?? {}), ...f };
    c.plugins = [...new Set([...(Array.isArray(c.plugins) ? c.plugins : []), 'jekyll-feed'])];
    return `feed ${JSON.stringify(f)}`;
  },
  (c, x, r) => {
    const s = r.pick([{ author: 'Jane' }, { author: { name: 'J', twitter: '@j' } }, { twitter: { username: 'site', card: 'summary' } }, { logo: '/logo.png' }, { social: { name: 'Org', links: ['https://x.example'] } }, { tagline: 'Tag & line' }, { locale: 'en_US' }, { webmaster_verifications: { google: 'abc' } }, { title_separator: ' | ' }, { seo: { name: 'Seo Name', type: 'Organization' } }, { facebook: { app_id: '1', publisher: 'p' } }]);
    Object.assign(c, s);
    c.plugins = [...new Set([...(Array.isArray(c.plugins) ? c.plugins : []), 'jekyll-seo-tag'])];
    return `seo ${JSON.stringify(s)}`;
  },
  (c, x, r) => {
    const key = r.pick(['title', 'description', 'lang', 'author', 'name']);
    c[key] = r.pick(ODD_TEXT);
    return `${key} ${JSON.stringify(c[key])}`;
  },
  (c, x, r) => {
    const key = r.pick(['include', 'exclude', 'keep_files']);
    const pool = [...x.dirs.slice(0, 6), ...x.pages.slice(0, 4), '*.md', '.well-known', '_drafts', 'README.md', '/index.md', 'assets/', '**/*.html'];
    c[key] = [...new Set(Array.from({ length: 1 + r.int(2) }, () => r.pick(pool)))];
    return `${key} ${JSON.stringify(c[key])}`;
  },
  (c, x, r) => {
    const l = r.pick([{ strict_variables: true }, { strict_filters: true }, { error_mode: 'strict' }, { error_mode: 'lax' }, { error_mode: 'warn' }]);
    c.liquid = { ...(c.liquid ?? {}), ...l };
    return `liquid ${JSON.stringify(l)}`;
  },
  (c, x, r) => ((c.encoding = r.pick(['utf-8', 'UTF-8', 'bom|utf-8'])), `encoding ${c.encoding}`),
  (c, x, r) => {
    c.defaults = [...(Array.isArray(c.defaults) ? c.defaults : []), { scope: defaultScope(x, r), values: defaultValues(x, r) }];
    return `defaults ${JSON.stringify(c.defaults.at(-1))}`;
  },
  (c, x, r) => {
    // an existing collection changed, or a new one over a folder that exists
    const colls = c.collections && typeof c.collections === 'object' && !Array.isArray(c.collections) ? c.collections : {};
    const name = x.collections.length && r.chance(0.7) ? r.pick(x.collections) : r.pick(['posts', 'notes', ...x.dirs.filter((d) => /^_[^/]+$/.test(d) && !['_layouts', '_includes', '_data', '_sass'].includes(d)).map((d) => d.slice(1))]);
    const change = r.pick([{ output: r.pick([true, false]) }, { permalink: r.pick(COLLECTION_PERMALINKS) }, { sort_by: r.pick(['title', 'date', 'order', 'missing', 'slug']) }, { order: ['b.md', 'a.md'] }, { output: true, permalink: r.pick(COLLECTION_PERMALINKS) }]);
    c.collections = { ...colls, [name]: { ...(colls[name] ?? {}), ...change } };
    return `collections.${name} ${JSON.stringify(change)}`;
  },
  (c, x, r) => {
    if (x.collections.length && r.chance(0.5)) {
      c.collections = [...x.collections];
      return 'collections as a list';
    }
    c.collections_dir = r.pick(['coll', './coll/', 'a/b', './a/b/', 'coll/']);
    return { label: `collections_dir ${c.collections_dir}`, prepare: moveCollections };
  },
  (c, x, r) => {
    const key = r.pick(['data_dir', 'layouts_dir', 'includes_dir']);
    const to = r.pick(['_alt', 'alt', './_alt/']);
    c[key] = to;
    const from = { data_dir: '_data', layouts_dir: '_layouts', includes_dir: '_includes' }[key];
    return { label: `${key} ${to}`, prepare: (dir) => moveFolder(dir, from, to) };
  },
  (c, x, r) => {
    // jekyll-paginate-v2's site-wide settings (only sites with a page that enables pagination use them)
    const p = r.pick([{ per_page: r.pick([1, 2, 5]) }, { permalink: r.pick(['/page/:num/', '/p:num', '/page-:num.html', '/:num/']) }, { title: r.pick([':title - :num', ':title (:num/:max)']) }, { sort_field: r.pick(['date', 'title', 'order', 'tags', 'missing']) }, { sort_reverse: r.pick([true, false]) }, { limit: r.pick([0, 1, 2]) }, { trail: { before: 1, after: 1 } }, { indexpage: r.pick(['index', 'start']) }, { extension: r.pick(['html', 'htm']) }, { category: 'news' }, { tag: 'a' }, { collection: r.pick(['posts', 'all', ...x.collections]) }, { offset: 1 }]);
    c.pagination = { ...(c.pagination ?? {}), ...p };
    return `pagination ${JSON.stringify(p)}`;
  },
  (c, x, r) => {
    // pagination and collections settings together, as real blogs set them (session 50): paginate over
    // posts that collections_dir moved, posts given a collection permalink, output or sort order,
    // defaults by type, permalinks with Unicode and placeholders side by side
    c.paginate = r.pick([1, 2, 3]);
    c.paginate_path = r.pick(['/page:num/', '/blog/page:num/', '/页/:num/', '/blog/p-:num/', 'page:num']);
    c.plugins = [...new Set([...(Array.isArray(c.plugins) ? c.plugins : []), 'jekyll-paginate'])];
    const colls = c.collections && typeof c.collections === 'object' && !Array.isArray(c.collections) ? c.collections : {};
    const posts = r.pick([{ permalink: r.pick(['/博客/:year/:title/', '/:categories/:year-:month-:day-:title.html', '/p/:slug/', '/:title/ü/']) }, { output: true, sort_by: r.pick(['title', 'date']) }, { permalink: '/:collection/:path/' }, {}]);
    c.collections = { ...colls, posts: { ...(colls.posts ?? {}), ...posts } };
    const name = x.collections.find((n) => n !== 'posts');
    if (name && r.chance(0.6)) c.collections[name] = { ...(colls[name] ?? {}), output: true, permalink: r.pick(['/文档/:name/', '/:collection/:title:output_ext', '/:collection/:path/']) };
    if (r.chance(0.4)) c.defaults = [...(Array.isArray(c.defaults) ? c.defaults : []), { scope: { path: '', type: r.pick(['posts', name ?? 'pages']) }, values: r.pick([{ permalink: r.pick(['/:year/:title/', '/über/:slug.html', 'pretty']) }, { layout: r.pick(x.layouts.length ? x.layouts : ['default']) }]) }];
    const label = `paginate+collections ${c.paginate} ${c.paginate_path} ${JSON.stringify(c.collections)}`;
    if (!r.chance(0.4)) return label;
    c.collections_dir = r.pick(['coll', 'a/b']);
    return { label: `${label} collections_dir ${c.collections_dir}`, prepare: moveCollections };
  },
  (c, x, r) => ((c.sass = { style: r.pick(['compressed', 'expanded', 'nested', 'compact']) }), `sass ${c.sass.style}`),
  (c, x, r) => ((c.post_excerpts = r.pick([true, false])), (c.page_excerpts = r.pick([true, false])), `excerpts ${c.post_excerpts}/${c.page_excerpts}`),
  (c, x, r) => ((c.date_format = r.pick(['%B %-d, %Y', '%Y'])), `date_format ${c.date_format}`),
];

function moveFolder(dir, from, to) {
  const src = path.join(dir, from);
  if (!fs.existsSync(src)) return;
  const dest = path.join(dir, to);
  if (fs.existsSync(dest)) return; // two settings naming one folder (data_dir and layouts_dir both _alt): the first keeps it
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.renameSync(src, dest);
}

/** collections_dir: the collections' folders, _posts and _drafts moved under it. */
function moveCollections(dir, cfg) {
  const names = new Set(['posts', 'drafts', ...(Array.isArray(cfg.collections) ? cfg.collections : Object.keys(cfg.collections ?? {}))]);
  for (const name of names) moveFolder(dir, `_${name}`, path.join(cfg.collections_dir, `_${name}`));
}

/** The variant of run `i`: its base site and its list of changes (each re-appliable). */
function variant(i) {
  const r = mixedRandom(seed, ':', i);
  const site = r.pick(SITES);
  const baseDir = path.join(ROOT, 'fixtures', 'sites', site);
  const base = yaml.load(fs.readFileSync(path.join(baseDir, '_config.yml'), 'utf8')) ?? {};
  const ctx = describe(baseDir, base);
  const changes = [];
  for (let k = 0, n = 1 + r.int(5); k < n; k++) {
    // each change draws on its own random source, so that dropping one leaves the others as they were
    const own = mixedRandom(seed, ':', i, ':', k);
    // --together: half the changes are the pagination-and-collections one
    const m = together && own.chance(0.5) ? MUTATIONS.find((f) => String(f).includes('paginate+collections')) : MUTATIONS[own.int(MUTATIONS.length)];
    const probe = structuredClone(base);
    const before = JSON.stringify(probe);
    const out = m(probe, ctx, own);
    const after = probe;
    const result = typeof out === 'string' ? { label: out } : out;
    // the change as a diff of top-level keys, so that it applies to any config
    const keys = Object.keys(after).filter((key) => JSON.stringify(after[key]) !== JSON.stringify(JSON.parse(before)[key]));
    const deleted = Object.keys(JSON.parse(before)).filter((key) => !(key in after));
    changes.push({ ...result, set: Object.fromEntries(keys.map((key) => [key, after[key]])), deleted });
  }
  return { site, baseDir, base, changes };
}

/** The config of a variant with `changes`: each one's keys merged (lists of defaults and plugins concatenated). */
function configOf(base, changes) {
  const cfg = structuredClone(base);
  for (const ch of changes) {
    for (const [key, value] of Object.entries(ch.set)) {
      if ((key === 'defaults' || key === 'plugins') && Array.isArray(value) && Array.isArray(cfg[key])) {
        const baseList = Array.isArray(base[key]) ? base[key] : [];
        const added = value.filter((v) => !baseList.some((b) => JSON.stringify(b) === JSON.stringify(v)));
        const removed = baseList.filter((b) => !value.some((v) => JSON.stringify(b) === JSON.stringify(v)));
        cfg[key] = [...cfg[key].filter((v) => !removed.some((b) => JSON.stringify(b) === JSON.stringify(v))), ...added.filter((v) => !cfg[key].some((w) => JSON.stringify(w) === JSON.stringify(v)))];
      } else if (value && typeof value === 'object' && !Array.isArray(value) && cfg[key] && typeof cfg[key] === 'object' && !Array.isArray(cfg[key])) {
        cfg[key] = { ...cfg[key], ...value };
      } else cfg[key] = value;
    }
    for (const key of ch.deleted) delete cfg[key];
  }
  return cfg;
}

// --- building and comparing -----------------------------------------------------------------
function prepareSite(v, changes, dir) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.cpSync(v.baseDir, dir, { recursive: true });
  const cfg = configOf(v.base, changes);
  for (const ch of changes) ch.prepare?.(dir, cfg);
  fs.writeFileSync(path.join(dir, '_config.yml'), yaml.dump(cfg, { lineWidth: -1 }));
  return cfg;
}

// A faketime wrapper refused its semaphore (a stale /dev/shm entry of its process id, see
// fuzz-common.mjs runCommand) is started again.
function jekyllBuild(dir, dest) {
  const p = faketimeSync(['-f', '2026-01-01 00:00:00', 'jekyll', 'build', '--disable-disk-cache', '-d', dest], { cwd: dir, env: ENV, encoding: 'utf8', timeout: 120000 });
  return { status: p.status, log: `${p.stdout}${p.stderr}` };
}

function kyllBuild(dir, dest) {
  const p = spawnSync('node', [BIN, 'build', '--disable-disk-cache', '-s', dir, '-d', dest], { cwd: dir, env: ENV, encoding: 'utf8', timeout: 120000 });
  return { status: p.status, log: `${p.stdout}${p.stderr}` };
}

const errorClass = (log) => (/Liquid (Exception|syntax error|error)/i.test(log) ? 'liquid' : /YAML Exception|yaml|Psych/i.test(log) ? 'yaml' : /Conversion error/i.test(log) ? 'conversion' : 'other');

/** The first few differences between two output trees, or [] when byte-identical. */
function compareTrees(a, b) {
  const [fa, fb] = [new Set(listFiles(a)), new Set(listFiles(b))];
  const out = [];
  for (const f of [...new Set([...fa, ...fb])].sort()) {
    if (!fb.has(f)) out.push(`missing ${f}`);
    else if (!fa.has(f)) out.push(`extra   ${f}`);
    else if (!fs.readFileSync(path.join(a, f)).equals(fs.readFileSync(path.join(b, f)))) out.push(`differs ${f}${firstDiff(fs.readFileSync(path.join(a, f), 'utf8'), fs.readFileSync(path.join(b, f), 'utf8'))}`);
  }
  return out;
}

function firstDiff(x, y) {
  const [lx, ly] = [x.split('\n'), y.split('\n')];
  let i = 0;
  while (i < lx.length && lx[i] === ly[i]) i++;
  return `\n      line ${i + 1}\n      jekyll: ${JSON.stringify((lx[i] ?? '<end>').slice(0, 200))}\n      kyll:   ${JSON.stringify((ly[i] ?? '<end>').slice(0, 200))}`;
}

/** Builds the variant with `changes` both ways: null when the same, else what differs. */
function check(v, changes, tag, verbose = false) {
  const dir = path.join(work, `${tag}-src`);
  const [dj, dk] = [path.join(work, `${tag}-jekyll`), path.join(work, `${tag}-kyll`)];
  fs.rmSync(dj, { recursive: true, force: true });
  fs.rmSync(dk, { recursive: true, force: true });
  prepareSite(v, changes, dir);
  const j = jekyllBuild(dir, dj);
  prepareSite(v, changes, dir); // a fresh copy: nothing Jekyll left behind reaches kyll
  const k = kyllBuild(dir, dk);
  if (verbose) console.log(`--- jekyll (exit ${j.status})\n${j.log}\n--- kyll (exit ${k.status})\n${k.log}`);
  const [jf, kf] = [j.status !== 0, k.status !== 0];
  if (jf && kf) return errorClass(j.log) === errorClass(k.log) ? null : { kind: 'error class', note: true, detail: [`jekyll: ${lastLines(j.log)}`, `kyll:   ${lastLines(k.log)}`] };
  if (jf !== kf) return { kind: jf ? 'only jekyll fails' : 'only kyll fails', detail: [`jekyll (exit ${j.status}): ${lastLines(j.log)}`, `kyll (exit ${k.status}): ${lastLines(k.log)}`] };
  const diffs = compareTrees(dj, dk);
  return diffs.length ? { kind: 'output', detail: diffs.slice(0, 6), count: diffs.length } : null;
}

const lastLines = (log) =>
  log
    .split('\n')
    .filter((l) => /error|exception|invalid|could not|fatal/i.test(l))
    .slice(0, 3)
    .join(' / ')
    .slice(0, 400) || log.trim().split('\n').slice(-2).join(' / ').slice(0, 400);

/** The fewest changes (dropped one at a time) for which the builds still differ the same way. */
function reduce(v, changes, kind) {
  let kept = changes;
  for (let i = 0; i < kept.length && kept.length > 1; ) {
    const candidate = kept.filter((_, j) => j !== i);
    const d = check(v, candidate, 'reduce');
    if (d && d.kind === kind) kept = candidate;
    else i++;
  }
  return kept;
}

// --- the run ---------------------------------------------------------------------------------
if (!fs.existsSync(path.join(ROOT, 'dist', 'bundle', 'bin.cjs'))) {
  console.error('dist/bundle/bin.cjs not found: npm run build first');
  process.exit(2);
}
fs.cpSync(path.join(ROOT, 'dist', 'bundle'), path.join(SNAPSHOT, 'bundle'), { recursive: true });
const cleanUp = () => {
  fs.rmSync(SNAPSHOT, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
};
let done = 0;
let found = 0;
let notes = 0;
process.on('exit', cleanUp);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    cleanUp();
    console.log(`seed ${seed}: stopped after ${done} runs, ${found} differences, ${notes} notes`);
    process.exit(code);
  });
}
const indices = only !== undefined ? [Number(only)] : Array.from({ length: runs }, (_, i) => i);
for (const i of indices) {
  // the builds run synchronously: a turn of the event loop between runs lets Ctrl-C's handler run
  await new Promise((resolve) => setImmediate(resolve));
  const v = variant(i);
  const d = check(v, v.changes, 'run', only !== undefined);
  done++;
  if (!d) {
    if (flag('verbose') || only !== undefined) console.log(`ok    run ${i}: ${v.site}: ${v.changes.map((c) => c.label).join('; ')}`);
    continue;
  }
  const changes = d.note || flag('no-reduce') ? v.changes : reduce(v, v.changes, d.kind);
  const final = changes === v.changes ? d : check(v, changes, 'run');
  if (d.note) notes++;
  else found++;
  const cfg = configOf({}, changes.map((c) => ({ ...c, deleted: [] })));
  console.log(`${d.note ? 'note ' : 'DIFF '} run ${i} of seed ${seed}: ${v.site}: ${(final ?? d).kind}${final?.count ? ` (${final.count} files)` : ''}`);
  console.log(`  changes: ${changes.map((c) => c.label).join('; ')}`);
  console.log(`  config merged into the base's:\n${yaml.dump(cfg, { lineWidth: -1 }).replace(/^/gm, '    ')}`);
  for (const line of (final ?? d).detail) console.log(`  ${line}`);
  if (keep) {
    const dest = path.join(keep, `${seed}-${i}`);
    prepareSite(v, changes, dest);
  }
}
console.log(`seed ${seed}: ${indices.length} runs, ${found} differences, ${notes} notes (both fail, other error class)`);
process.exit(found ? 1 : 0);
