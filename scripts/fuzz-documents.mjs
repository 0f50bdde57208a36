#!/usr/bin/env node
// Differential fuzzing of how kyll reads documents against real Jekyll: small random sites whose
// posts, drafts, pages and collection documents have random but realistic file names (odd dates and
// slugs, unicode, spaces, dots, many extensions, category folders) and front matter (date forms and
// zones, permalinks, categories/tags in every shape, published, layout, slug, excerpts,
// render_with_liquid, YAML edge values, empty front matter, BOM, CRLF) and bodies whose first
// paragraph (the excerpt) holds link references, footnotes, Liquid blocks, code or a quote. A layout prints what Jekyll
// knows of each document (url, id, date, categories, tags, slug, path, excerpt, collection,
// next/previous) and an index lists site.posts, site.categories, site.tags and site.pages.
// Each site is built by `jekyll build` (frozen clock, as shared/conformance/build-both.sh does) and
// by `dist/bundle/bin.cjs build`; the two destinations are compared file by file, byte for byte,
// and the exit statuses (a build that fails in both counts as the same when kyll's output names
// the class of Jekyll's error: Invalid date, YAML Exception, Liquid Exception, ...).
//
//   npm run build && node scripts/fuzz-documents.mjs [--runs N] [--seed S] [--max N] [--keep DIR] [--no-reduce]
//   node scripts/fuzz-documents.mjs --site DIR [--flags '--drafts --future']   (one site folder, both built and compared)
//   node scripts/fuzz-documents.mjs --dump DIR --seed S   (the site of seed S written to DIR, its flags in DIR/.flags)
//   --yaml: sites of 30 pages whose front matter is random YAML (anchors, merge keys, block scalars,
//   multi-line scalars, tags, Psych's spellings of numbers, booleans, nulls, dates and times, odd
//   keys), each value printed through `inspect`.
//   --fm: front matter as real posts write it: YAML anchors, aliases and merge keys, block scalars,
//   multi-line plain and quoted scalars, dates of odd forms, permalinks with Unicode and placeholders.
//   --dst: dates and file names on the days clocks change (times in the gap and in the hour
//   that happens twice, midnight that does not exist in America/Sao_Paulo 2018), zone
//   abbreviations, dates before 1900 (local mean time) and after 2038, and the zones with odd
//   rules (Lord Howe's half hour, Dublin's negative DST, Casablanca, Chatham, St Johns), in
//   permalinks with :hour/:minute/:second and :y_day, and sorted into next/previous.
//
// A difference is reduced (files, then lines, dropped while it stays) and the reduced site is
// written under --keep (default: a new temporary folder) as case-<seed>/; the run goes on and
// exits 1 at the end. The same seed gives the same sites. Needs jekyll and faketime.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandLine, listFiles, ROOT, runCommand, reduceSite, seededRandom, seedLoop, writeSite } from './fuzz-common.mjs';

const { opt, flag } = commandLine();
const firstSeed = Number(opt('seed', Date.now() % 100000));
const runs = Number(opt('runs', 20));
const maxCases = Number(opt('max', 10));
const keep = opt('keep');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-documents-'));
const ENV = { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
delete ENV.NODE_EXTRA_CA_CERTS;

// --- building and comparing -------------------------------------------------------------------
const run = (command, args, cwd) => runCommand(command, args, cwd, ENV);



let compared = 0;
/** Builds `files` with both; resolves to undefined when they agree, else a description. */
async function compare(files, flags, tag = 'site') {
  const src = path.join(work, tag, 'src');
  const jOut = path.join(work, tag, 'jekyll');
  const kOut = path.join(work, tag, 'kyll');
  writeSite(src, files);
  fs.rmSync(jOut, { recursive: true, force: true });
  fs.rmSync(kOut, { recursive: true, force: true });
  const [j, k] = await Promise.all([
    run('faketime', ['-f', '2026-01-01 00:00:00', 'jekyll', 'build', '--disable-disk-cache', '-d', jOut, ...flags], src),
    run('node', [path.join(ROOT, 'dist', 'bundle', 'bin.cjs'), 'build', '--disable-disk-cache', '-s', src, '-d', kOut, ...flags], src),
  ]);
  if ((j.status === 0) !== (k.status === 0)) return { kind: 'status', text: `jekyll exit ${j.status}, kyll exit ${k.status}\n--- jekyll\n${tail(j.log)}\n--- kyll\n${tail(k.log)}` };
  compared = `both failed: ${firstError(j.log).slice(0, 200)}`;
  if (j.status !== 0) {
    // The same failure: the class of Jekyll's error (its first line) found in kyll's output too.
    const jClass = errorClass(j.log);
    if (jClass && errorClass(k.log) !== jClass) return { kind: `error ${jClass}`, text: `both failed, kyll not with ${jClass}\n--- jekyll\n${firstError(j.log)}\n--- kyll\n${tail(k.log)}` };
    return undefined;
  }
  const a = listFiles(jOut);
  const b = listFiles(kOut);
  for (const [p, bytes] of a) {
    if (!b.has(p)) return { kind: `missing ${p}`, text: `missing in kyll: ${p}\nkyll wrote: ${[...b.keys()].join(', ')}` };
    if (!bytes.equals(b.get(p))) return { kind: `different ${p}`, text: `different: ${p}\n--- jekyll\n${bytes}\n--- kyll\n${b.get(p)}` };
  }
  for (const p of b.keys()) if (!a.has(p)) return { kind: `extra ${p}`, text: `extra in kyll: ${p}\njekyll wrote: ${[...a.keys()].join(', ')}` };
  compared = a.size;
  return undefined;
}

const ERROR_CLASSES = ['Invalid date', 'Liquid Exception', 'Liquid syntax error', 'YAML Exception', 'Invalid permalink', 'Conversion error', 'undefined method', 'no implicit conversion', 'Destination', 'Invalid YAML front matter'];
const firstError = (log) => (log.split('\n').find((l) => /Error:|Exception|ERROR/.test(l)) ?? '').trim();
// Jekyll's header lines (`Destination: DIR`, `Source: DIR`) are not its error: left out, or every
// failure without an earlier class would be a `Destination` one that kyll (no header) never names.
const errorClass = (log) => {
  const body = log.replace(/^ *(Configuration file|Source|Destination|Incremental build|Generating\.\.\.).*$/gm, '');
  return ERROR_CLASSES.find((c) => body.includes(c));
};
const tail = (log) => log.trim().split('\n').slice(-6).join('\n');

// --- the generator ----------------------------------------------------------------------------
const fm = flag('fm');
function generate(seed) {
  const { int, pick, chance } = seededRandom(seed);
  const some = (xs, n) => Array.from({ length: n }, () => pick(xs));
  const FILE_DATES = ['2020-01-05', '2020-1-5', '2019-12-31', '2031-01-01', '1999-9-09', '2020-02-29', '2024-06-15', '2022-10-1'];
  const SLUGS = ['hello-world', 'Hello World', 'über café', 'a.b.c', 'UPPER-case', '中文标题', 'with_underscore', '-leading', 'trailing-', 'emoji-🎉', "it's", 'a&b', 'a+b', 'x', 'v1.2', 'two  spaces', 'percent%20', 'hash#tag', 'index', 'a(b)', 'cafe\u0301', 'a?b', 'a:b', 'q"uote', '<b>', 'ＡＢＣ', ' lead', 'a%2Fb', 'x.md', 'tab\there'];
  const EXTS = ['.md', '.md', '.markdown', '.html', '.htm', '.txt', '', '.MD', '.textile', '.json'];
  const DATES = ['2020-03-04', '2020-03-04 10:20:30', '2020-03-04 10:20:30 +0800', '2020-03-04 10:20 -05:30', '2020-03-04T10:20:30Z', '"2020-03-04 10:20:30 +0800"', "'2020-03-04'", '2020-3-4', '2020-03-04 23:59:59 -1200', '2020-03-04T10:20:30.123+01:00', '2020-03-04 10:20:30.5', '2020-03-04 1:2:3', '2020-03-04t10:20:30z', '2020-03-04 10:20:30 +08', '2020-03-04 10:20:30 UTC', '2031-05-05', '2019-12-31 23:00:00 -0100',
    '2020-03-04 23:30:00 +0800', '2020-03-04T00:30:00+08:00', '"2020-03-04T00:30:00+0800"', '2020-03-04 08:00:00 +09:00', '2020-03-04 00:00:00 +0000', '2020-03-04 12:00:00 +14:00'];
  // Dates Jekyll cannot read stop its build: rarely, so that most sites get built.
  const BAD_FILE_DATES = ['2021-02-29', '2020-13-01', '2020-00-10'];
  const BAD_DATES = ['1590000000', '', 'not a date', 'March 4, 2020', '2020/03/04', '2020-02-30', '04.03.2020'];
  if (flag('dst')) {
    FILE_DATES.push('2018-11-04', '2021-03-14', '2021-11-07', '2021-03-28', '2021-10-31', '1850-06-01', '2040-03-25', '2019-02-16');
    DATES.push('2021-03-14 02:30:00', '2021-11-07 01:30:00', '2021-03-28 01:30:00', '2021-10-31 01:30:00', '2018-11-04 00:30:00', '2018-11-04', '2019-02-16 23:30:00', '2021-10-03 02:15:00', '2021-11-07 01:30:00 EDT', '2021-11-07 01:30:00 EST', '2021-03-14 02:30:00 PST', '"2021-06-01 12:00 CEST"', '1850-06-01 12:00:00', '1900-01-01 00:00:00', '2040-03-25 02:30:00', '2021-03-14T02:30:00', '2021-11-07T01:30:00-04:00', '2021-11-07 06:30:00 UTC', '2021-03-13 23:59:59.999');
  }
  const fileDate = () => (chance(0.03) ? pick(BAD_FILE_DATES) : pick(FILE_DATES));
  const dateValue = () => (chance(0.04) ? pick(BAD_DATES) : pick(DATES));
  const PERMALINKS = ['/:year/:month/:day/:title/', '/:categories/:title:output_ext', '/:title', '/blog/:slug.html', '/:year/:i_month/:i_day/:title.json', 'pretty', 'none', 'date', 'ordinal', '/fixed/', '/fixed.html', '/feed.xml', 'no-slash/:title', '/:path/', '/:collection/:name', '/:short_year/:y_day/:hour:minute:second/', '/:categories/', '/:title/index.html', '/:slugified_categories/:title/', '/:month-:day-:year/:title.html', '"/quoted/:title/"'];
  if (flag('dst')) PERMALINKS.push('/:year/:month/:day/:hour/:minute/:second/:title/', '/:y_day/:short_year/:i_day/:title.html', '/:week/:w_year/:title/', '/:long_day/:short_day/:long_month/:title/');
  const CATS = ['news', 'Tech Notes', 'a b', 'Ünïcode', '2020', 'C++', 'x/y', 'UPPER', 'dup'];
  const TITLES = ['Hello', 'Ünïcode "quoted"', "'single'", '"a: b"', '<b>bold</b> & amp', '123', 'true', 'null', '"  spaced  "', '"#hash"', '[list, title]', '"{{ site.title }}"', 'Title: with colon?', '2020-01-01', '中文标题：副标题', '"日本語のタイトル"', '12:30', '1.0', '0o17', '.inf'];
  const LAYOUTS = ['default', 'default', 'null', 'none', 'unknown', '""', 'post', '~', 'false'];
  const YAML_EXTRAS = ['flag: yes', 'flag: on', 'count: 0x1f', 'ratio: 1e3', 'when: 2001-02-03', 'base: &b {x: 1}\nother: *b', 'nothing: ~', 'list: [1, "2", three]', 'multi: |\n  line one\n  line two', 'id: custom-id', 'url: /override/', 'path: elsewhere.md', 'collection: other', 'next: something', 'excerpt: ""',
    // front matter shapes real posts have: keys that are no strings, values that are dates, comments, tags
    '# a comment line', '1: one', 'true: yes', '2020-01-01: dated key', 'title_date: 2020-01-01', '? complex\n: key', 'empty_map: {}', 'empty_list: []',
    'str: !!str 2020-01-01', 'num: !!float 1', 'set: !!set {a, b}', 'lang: zh-CN', 'tricky: "a: b # not comment"', 'folded: >-\n  one\n  two', 'key with spaces: v', 'description: 中文描述，带标点。'];
  const BODIES = [
    'First paragraph about {{ page.title }}.\n\n<!--more-->\n\nSecond paragraph.\n',
    'Only one line.\n',
    '',
    'Intro with **bold** and a [link](/x/).\n\nMore text {% raw %}{{ raw }}{% endraw %}.\n\nThird.\n',
    '<div>html block</div>\n\nafter\n',
    'Line one\nline two\n\n* item\n* item 2\n\n---more---\n\ntail\n',
    // first paragraphs as posts write them: the excerpt keeps the post's link definitions and
    // footnotes, closes Liquid blocks the separator cuts, and may stop inside code or a quote
    'See [the docs][docs] and [this][] too.\n\nSecond paragraph with [docs].\n\n[docs]: https://example.com/docs "The docs"\n[this]: /this/\n',
    'A note[^1] first, and [inline](/i/ "t").\n\n[^1]: The footnote with *emphasis*.\n',
    '{% if page.title %}Title {{ page.title }}\n\nstill in the if{% endif %}\n\nafter\n',
    '{% for t in page.tags %}{{ t }}\n\n{% endfor %}\n\nafter the loop\n',
    '```ruby\ncode line\n\nmore code\n```\n\nafter the code\n',
    '{% highlight ruby %}\nx = 1\n\ny = 2\n{% endhighlight %}\n\nafter\n',
    '{% raw %}\n{{ a }}\n\n{{ b }}\n{% endraw %}\n',
    'Intro text <!--more--> inline separator, then more.\n\nSecond.\n',
    '## Heading first\n\nPara under it.\n',
    '> A quote first\n> more of it\n\nAfter the quote.\n',
    '![an image](/img.png){: .center}\n*Caption*\n\nText.\n',
    '<!-- a comment first -->\n\nThen text.\n',
  ];

  // --fm: front matter as real posts write it (session 50): anchors, aliases and merge keys, block
  // scalars of every chomping and indentation, plain and quoted scalars over several lines, dates and
  // times of odd forms (fractions, no zone, `Z`, a space before the zone, zones with minutes), and
  // permalinks with Unicode, spaces, escapes and placeholders next to each other.
  if (fm) {
    DATES.push('2020-03-04 10:20:30.123456789 +05:45', '2020-03-04T10:20:30', '2020-03-04 10:20:30 Z', '2020-03-04 10:20:30Z', '2020-03-04\t10:20:30', '2020-03-04 10:20:30 -0:30', '2020-03-04T10:20:30.1-07:00', '"2020-03-04 10:20"', '"04 Mar 2020 10:20:30 GMT"', '"2020-03-04T10:20:30+05:30"', '!!timestamp 2020-03-04', '2020-03-04 10:20:30 +0530 ', '&d 2020-03-04 07:00:00');
    PERMALINKS.push('/博客/:title/', '/:categories/文章-:slug/', '/%E4%B8%AD/:title', '/:title/ü.html', '/a b/:title/', '/:name.:output_ext', '/:year:month:day-:title', '/:title-:title/', '/:slug/:year/', '/:categories/:year/:month/:day/', '/ünï/:collection/:path:output_ext', '/:path', '"/:title?x=1"', '/c#/:title/', '/:slugified_categories/:slug.html', '"/:title/:i_month/"', '/~user/:title/');
    TITLES.push('|\n  Multi line\n  title', '>\n  Folded\n  title\n', '|-\n  kept\n\n  lines', '|+\n  trailing\n\n', '"double \\u00e9 \\n escaped"', "'it''s single'", 'plain over\n  two lines', '"quoted over\n  two lines"', '&t anchored title', '>2\n    indented\n   less');
    YAML_EXTRAS.push('base: &base {a: 1, b: [x, y]}\nmerged:\n  <<: *base\n  c: 2', 'list: &l [p, q]\ntags: *l', 'desc: >\n  folded\n  text\n\n  new para\n', 'desc: |2\n    two more\n  at two', 'desc: "line\\\n  joined"', 'when: 2020-03-04 10:20:30.5 +01:00', 'when: !!str 2020-03-04', 'when: 2020-03-04t10:20:30.999z', 'times: [2020-03-04, 2020-03-04 10:00:00]', 'anch: &a\n  k: v\nalias: *a', 'desc: >-\n\n  leading blank', 'n: &n 3\nm: *n', 'categories_alias: &c [news]\ncategories: *c', '"quoted key": v', 'desc: plain\n  continued\n  more', 'null_key: null\n~: tilde key', 'tags: &tg\n  - a\n  - b\nkeywords: *tg');
  }
  const catValue = () =>
    pick([
      () => pick(CATS),
      () => `"${some(CATS, 2).join(' ')}"`,
      () => `[${some(CATS, 1 + int(3)).map((c) => (c.includes(',') ? `"${c}"` : c)).join(', ')}]`,
      () => `\n${some(CATS, 1 + int(2)).map((c) => `  - ${c}`).join('\n')}`,
      () => '[2020, 1.5, true]',
      () => (chance(0.2) ? String(int(3000)) : pick(CATS)),
      () => '',
      () => '~',
    ])();

  const frontMatter = (kind) => {
    const lines = [];
    if (chance(0.7)) lines.push(`title: ${pick(TITLES)}`);
    if (chance(kind === 'page' ? 0.2 : 0.5)) lines.push(`date: ${dateValue()}`);
    if (chance(0.35)) lines.push(`permalink: ${pick(PERMALINKS)}`);
    if (chance(0.4)) lines.push(`categories: ${catValue()}`);
    if (chance(0.2)) lines.push(`category: ${catValue()}`);
    if (chance(0.4)) lines.push(`tags: ${catValue()}`);
    if (chance(0.1)) lines.push(`published: ${pick(['false', 'true', '"false"', 'no'])}`);
    if (chance(0.6)) lines.push(`layout: ${pick(LAYOUTS)}`);
    if (chance(0.2)) lines.push(`slug: ${pick(['custom-slug', 'Custom Slug', chance(0.1) ? '123' : '"123"', 'ünï', '""', 'a/b'])}`);
    if (chance(0.15)) lines.push(`excerpt: ${pick(['Custom excerpt', '"<p>html</p>"', '~', '42'])}`);
    if (chance(0.2)) lines.push(`excerpt_separator: ${pick(['"<!--more-->"', '"---more---"', '""', '"\\n"'])}`);
    if (chance(0.1)) lines.push('render_with_liquid: false');
    if (chance(0.1)) lines.push('sitemap: false');
    if (chance(fm ? 0.8 : 0.3)) lines.push(pick(YAML_EXTRAS));
    if (fm && chance(0.3)) lines.push(pick(YAML_EXTRAS.slice(-17)));
    if (chance(0.08)) return '---\n---\n';
    // Fences Jekyll's regular expression takes: trailing blanks, `...` to close, text on the closing line's heels.
    const open = chance(0.1) ? pick(['--- ', '---\t', '---  ']) : '---';
    const close = chance(0.15) ? pick(['...', '--- ', '---\n', '...\n\n']) : '---';
    return `${open}\n${lines.join('\n')}${lines.length ? '\n' : ''}${close}\n`;
  };

  const encode = (text) => {
    let out = text;
    if (chance(0.08)) out = out.replace(/\n/g, '\r\n');
    if (chance(0.06)) out = `\uFEFF${out}`;
    return out;
  };

  const timezone = pick([undefined, undefined, 'UTC', 'America/New_York', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Asia/Shanghai', 'Asia/Tokyo'].concat(flag('dst') ? ['America/New_York', 'Europe/London', 'Europe/Dublin', 'America/Sao_Paulo', 'Australia/Lord_Howe', 'Africa/Casablanca', 'Pacific/Chatham', 'America/St_Johns', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Tehran', 'America/Havana'] : []));
  const files = {};
  const config = ['title: Fuzz documents', 'url: https://example.com'];
  if (chance(0.3)) config.push('baseurl: /base');
  if (timezone) config.push(`timezone: ${timezone}`);
  if (chance(0.4)) config.push(`permalink: ${pick(PERMALINKS)}`);
  if (chance(0.15)) config.push('excerpt_separator: "<!--more-->"');
  if (chance(0.1)) config.push(`slugify: ${pick(['raw', 'pretty', 'ascii', 'latin', 'none'])}`);
  if (chance(0.1)) config.push('future: true');
  if (chance(0.1)) config.push('show_drafts: true');
  if (chance(0.1)) config.push(`markdown_ext: ${pick(['"md,txt"', '"markdown,MD"', 'md', '"htm"'])}`);
  if (chance(0.08)) config.push(`limit_posts: ${1 + int(3)}`);
  if (chance(0.08)) config.push(`include: [${pick(['"_drafts"', '"#a&b"', '".x.txt"', '"_x"'])}]`);
  const notesPermalink = chance(0.5) ? `\n    permalink: ${pick(PERMALINKS)}` : '';
  config.push(`collections:\n  notes:\n    output: ${chance(0.8)}${notesPermalink}${chance(0.3) ? `\n    sort_by: ${pick(['title', 'date', 'order'])}` : ''}`);
  if (chance(0.3)) config.push(`defaults:\n  - scope: {path: "", type: ${pick(['posts', 'pages', 'notes', 'drafts'])}}\n    values: {layout: default${chance(0.5) ? `, permalink: ${pick(PERMALINKS)}` : ''}${chance(0.3) ? ', tags: [from-default]' : ''}}`);
  files['_config.yml'] = `${config.join('\n')}\n`;

  files['_layouts/default.html'] =
    '<main>\nurl={{ page.url }}|id={{ page.id }}|date={{ page.date }}|title={{ page.title }}\n' +
    'cats={{ page.categories | jsonify }}|tags={{ page.tags | jsonify }}|slug={{ page.slug }}\n' +
    'path={{ page.path }}|name={{ page.name }}|ext={{ page.ext }}|dir={{ page.dir }}|coll={{ page.collection }}|draft={{ page.draft }}\n' +
    'next={{ page.next.url }}|prev={{ page.previous.url }}|layout={{ page.layout }}|permalink={{ page.permalink }}\n' +
    'excerpt=[{{ page.excerpt }}]\ncontent=[{{ content }}]\n' +
    (fm ? 'fm={{ page.merged | jsonify }}|{{ page.desc | jsonify }}|{{ page.when | jsonify }}|{{ page.times | jsonify }}|{{ page.alias | jsonify }}|{{ page.m }}|{{ page.keywords | join: "," }}|{{ page.title | jsonify }}\n' : '') +
    'zh={{ page.date | date: "%Y年%m月%d日 %H:%M %z" }}|xml={{ page.date | date_to_xmlschema }}|td={{ page.title_date | date: "%Y年%-m月%-d日" }}|one={{ page["1"] }}{{ page.description }}\n</main>\n';
  if (chance(0.5)) files['_layouts/post.html'] = '---\nlayout: default\n---\n<article data-date="{{ page.date | date_to_xmlschema }}">{{ content }}</article>\n';
  files['index.html'] =
    '---\ntitle: Home\n---\n' +
    '{% for p in site.posts %}post {{ p.url }}|{{ p.id }}|{{ p.date | date: "%F %T %z" }}|{{ p.title }}|{{ p.categories | join: "," }}|{{ p.tags | join: "," }}|{{ p.slug }}|[{{ p.excerpt | strip_html | strip }}]\n{% endfor %}' +
    '{% for c in site.categories %}category {{ c[0] }}: {{ c[1] | map: "url" | join: " " }}\n{% endfor %}' +
    '{% for t in site.tags %}tag {{ t[0] }}: {{ t[1].size }}\n{% endfor %}' +
    '{% for p in site.pages %}page {{ p.url }}|{{ p.path }}|{{ p.name }}|{{ p.title }}\n{% endfor %}' +
    '{% for d in site.notes %}note {{ d.url }}|{{ d.id }}|{{ d.date | date: "%F %T %z" }}|{{ d.slug }}|{{ d.title }}|{{ d.next.url }}\n{% endfor %}' +
    'counts {{ site.documents.size }} {{ site.html_pages.size }} {{ site.collections | map: "label" | join: "," }} {{ site.posts | map: "draft" | join: "," }}\n' +
    '{% for p in site.posts %}around {{ p.previous.title }}<{{ p.title }}>{{ p.next.title }} {{ p.date | date_to_xmlschema }}\n{% endfor %}' +
    '{% for f in site.static_files %}static {{ f.path }}|{{ f.name }}\n{% endfor %}';

  const fileName = () => {
    const ext = pick(EXTS);
    if (chance(0.08)) return `no-date-${pick(SLUGS)}${ext}`;
    return `${fileDate()}-${pick(SLUGS)}${ext}`;
  };
  const document = (kind) => encode(`${frontMatter(kind)}${pick(BODIES)}`);
  const postDir = () => pick(['_posts', '_posts', '_posts', '_posts/sub', '_posts/Deep Dir/x', 'cat/_posts', 'a b/_posts', 'cat/sub/_posts']);
  for (let i = 0, n = 1 + int(5); i < n; i++) files[`${postDir()}/${fileName()}`] = chance(0.05) ? encode(pick(BODIES) || 'no front matter\n') : document('post');
  for (let i = 0, n = int(3); i < n; i++) files[`_drafts/${chance(0.5) ? fileName() : `${pick(SLUGS)}${pick(EXTS)}`}`] = document('draft');
  for (let i = 0, n = int(4); i < n; i++) files[`${pick(['', '', 'about/', 'Docs Dir/', 'blog/'])}${pick(SLUGS)}${pick(['.md', '.html', '.markdown', '.htm', '.txt', '.json', '.xml', ''])}`] = document('page');
  for (let i = 0, n = int(4); i < n; i++) files[`_notes/${pick(['', '', 'sub/'])}${chance(0.5) ? fileName() : `${pick(SLUGS)}${pick(EXTS)}`}`] = document('note');
  // Files without front matter (static files, in collections too) and names Jekyll leaves out.
  for (let i = 0, n = int(3); i < n; i++) files[`${pick(['_posts/', '_notes/', '', 'cat/_posts/', '_drafts/', 'assets/'])}${pick(['', '_', '.', '#', '~'].concat(Array(6).fill('')))}${pick(SLUGS)}${pick(['.png', '.txt', '.md', '.css', '.html', ''])}`] = pick(['plain text {{ page.title }}\n', 'body { x: 1 }\n', '\uFEFFbom text\n', '---\n---\n']);
  const flags = [];
  if (chance(0.3)) flags.push('--drafts');
  if (chance(0.15)) flags.push('--future');
  if (chance(0.15)) flags.push('--unpublished');
  return { files, flags };
}

// --- --yaml: front matter values, many pages a site ------------------------------------------------
// Each site holds 30 pages whose front matter is random YAML as posts write it (anchors, aliases and
// merge keys, block scalars of every chomping and indentation indicator, multi-line plain and quoted
// scalars, flow collections, comments, tags, numbers and booleans in Psych's many spellings, dates and
// times of odd forms, keys that are no strings); each page prints its values through `inspect`, so
// that the two readings are compared value by value, classes included (a Time, a Date, a Float).
function generateYaml(seed) {
  const { int, pick, chance } = seededRandom(seed);
  const SCALARS = ['0x1f', '0o17', '017', '1_000', '+1', '-0', '1e3', '.5', '1.0e+3', '.inf', '-.Inf', '.NaN', '0b101', '1:30', '190:20:30', '1.', '12e03', '-1_0.5', '0.1e-2',
    'yes', 'no', 'on', 'Off', 'y', 'N', 'True', 'TRUE', 'false', '~', 'null', 'Null', 'NULL', '',
    '2020-03-04', '2020-3-4', '2020-03-04 10:20:30', '2020-03-04T10:20:30Z', '2020-03-04 10:20:30.123456 +05:45', '2020-03-04t10:20:30.5-07:00', '2020-03-04 10:20:30 Z', '2020-03-04 10:20:30 -0:30', '2020-03-04 1:02:03', '2020-02-30', '1999-12-31 23:59:60', '2020-03-04T10:20', '2020-03-04 10:20:30 +08', '2020-03-04   10:20:30', '12:30:45',
    'plain text', 'a: b', 'a #not comment', 'x # comment', '"double \\"quoted\\" \\u00e9 \\x41 \\t end"', "'single ''quoted'''", '"tab\\there"', "'multi\n  line single'", '"multi\n  line\n\n  double"', '"escaped \\\n  newline"', 'plain\n  continued line', '@at', '`tick', '%pct', '!!str 123', '!!int "42"', '!!float 3', '!!bool yes', '!!null ""', '!!str', '!!binary aGVsbG8=', '!!timestamp 2020-03-04', '! 12', '!local x', ':sym', '":sym"', '中文', '"\\U0001F600"', '- not a list', '? q', '[', '{}', '[]', '=', '<<', 'https://example.com/a?b=c#d', '1.2.3', '0.', '-', '--', '~x', '10:00', '1:2:3', '3.14e', '+.inf', '0x', '0b', '0o', '1__0', '_1', '1_'];
  const KEYS = ['a', 'b', 'key', 'with space', '1', '2020-03-04', 'true', '~', '"quoted: key"', "'s'", '3.5', 'null', 'yes', 'x-y', 'Ünï', '<<', '"<<"', '? complex', 'k'];
  let anchors = [];
  const anchorName = () => pick(['a', 'b', 'base', 'x1', 'ünï', 'a-b']);
  const scalar = () => pick(SCALARS);
  const blockScalar = (ind) => {
    const head = pick(['|', '|-', '|+', '>', '>-', '>+', '|2', '>1', '|-2', '|2-', '| # c', '>\t']);
    const pad = ' '.repeat(ind + (head.includes('2') ? 2 : 2));
    const lines = Array.from({ length: 1 + int(4) }, () => pick(['line one', '  more indented', '', 'tab\there', 'ends with space ', '# hash', 'a: b', '- dash']));
    return `${head}\n${lines.map((l) => (l === '' ? '' : pad + l)).join('\n')}${pick(['', '\n', '\n\n'])}`.replace(/\n+$/, (m) => m.slice(0, 1 + int(2)).replace(/\n$/, ''));
  };
  function value(ind, depth) {
    const r = int(depth > 2 ? 4 : 12);
    const prefix = chance(0.1) ? `&${anchorName()} ` : '';
    if (prefix) anchors.push(prefix.slice(1, -1));
    if (r <= 3) return ` ${prefix}${scalar()}`.replace(/ $/, '');
    if (r === 4) return ` ${prefix}${blockScalar(ind)}`;
    if (r === 5 && anchors.length) return ` *${pick(anchors)}`;
    if (r === 6) return ` ${prefix}[${Array.from({ length: int(4) }, () => pick([scalar(), '{a: 1}', '[x, y]', '"q, r"'])).join(', ')}]`;
    if (r === 7) return ` ${prefix}{${Array.from({ length: int(3) }, () => `${pick(KEYS.slice(0, 12))}: ${scalar()}`).join(', ')}}`;
    if (r === 8 || r === 9) {
      const pad = ' '.repeat(ind + 2);
      const items = Array.from({ length: 1 + int(3) }, () => {
        if (chance(0.2) && anchors.length) return `${pad}<<: ${chance(0.3) ? `[*${pick(anchors)}, *${pick(anchors)}]` : `*${pick(anchors)}`}`;
        return `${pad}${pick(KEYS)}:${value(ind + 2, depth + 1)}`;
      });
      return `${prefix.trimEnd() ? ` ${prefix.trimEnd()}` : ''}\n${items.join('\n')}`;
    }
    const pad = ' '.repeat(ind + pick([0, 2]));
    const items = Array.from({ length: 1 + int(3) }, () => `${pad}-${value(ind + 2, depth + 1).replace(/^\n +/, ' ')}`);
    return `${prefix.trimEnd() ? ` ${prefix.trimEnd()}` : ''}\n${items.join('\n')}`;
  }
  const files = {};
  const tz = pick([undefined, 'UTC', 'Asia/Kathmandu', 'America/New_York', 'Asia/Shanghai']);
  files['_config.yml'] = `title: Fuzz yaml\n${tz ? `timezone: ${tz}\n` : ''}`;
  const names = ['v0', 'v1', 'v2', 'v3'];
  for (let i = 0; i < 30; i++) {
    anchors = [];
    const lines = [];
    for (const n of names.slice(0, 1 + int(4))) {
      lines.push(`${n}:${value(0, 0)}`);
      if (chance(0.15)) lines.push(pick(['# a comment', '', '   # indented comment']));
    }
    files[`p${i}.html`] = `---\n${lines.join('\n')}\n---\n${names.map((n) => `${n}={{ page.${n} | inspect }}`).join('\n')}\n`;
  }
  return { files, flags: [] };
}

// --- reducing -----------------------------------------------------------------------------------
function reduce(files, flags, kind) {
  return reduceSite(files, async (candidate) => (await compare(candidate, flags, 'reduce'))?.kind === kind, { lines: true });
}

// --- main ---------------------------------------------------------------------------------------
if (opt('dump')) {
  // --dump DIR --seed S: the site of seed S written to DIR (its flags in DIR/.flags), nothing built.
  const { files, flags } = (flag('yaml') ? generateYaml : generate)(firstSeed);
  writeSite(opt('dump'), { ...files, '.flags': flags.join(' ') });
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
if (opt('site')) {
  const dir = path.resolve(opt('site'));
  const files = Object.fromEntries([...listFiles(dir)].map(([p, b]) => [p, b.toString()]));
  const diff = await compare(files, (opt('flags') ?? '').split(' ').filter(Boolean));
  console.log(diff ? diff.text : 'same');
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(diff ? 1 : 0);
}

const { found, summary } = await seedLoop({
  name: 'fuzz-documents', count: runs, firstSeed, maxCases, keep, noReduce: flag('no-reduce'), generate: flag('yaml') ? generateYaml : generate, compare, reduce,
  compared: () => compared,
  shown: (p, text) => p !== '_config.yml' || text.split('\n').length > 4,
});
fs.rmSync(work, { recursive: true, force: true });
console.log(summary);
process.exit(found ? 1 : 0);
