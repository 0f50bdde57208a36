#!/usr/bin/env node
// Differential fuzzing of the plugins kyll implements against real Jekyll and the plugin gems:
// jekyll-seo-tag, jekyll-feed, jekyll-sitemap, jekyll-redirect-from, jekyll-paginate (and
// jekyll-paginate-v2, jekyll-archives). Each case is a small random site (posts, drafts, pages,
// collection documents, static files, _data/authors.yml) whose _config.yml settings and front
// matter range over what those plugins read: titles, descriptions and images in every shape,
// authors as strings, hashes, arrays and _data lookups, twitter/facebook/social/logo/lang/locale,
// canonical_url, seo: {type, name, links}, webmaster verifications, last_modified_at; feed paths,
// limits, excerpt_only, categories, collections and tag feeds; sitemap: false, static files of
// every extension, 404 pages, permalinks ending in .html or /; redirect_from/redirect_to as
// strings, lists and absolute URLs, colliding with real pages; paginate and paginate_path forms.
// The layout calls {% seo %} and {% feed_meta %}; the index lists the paginator.
// Each site is built by `jekyll build` (frozen clock, TZ=UTC, as shared/conformance/build-both.sh
// does) and by a snapshot of `dist/bundle/bin.cjs build`; the destinations are compared file by
// file, byte for byte, and the exit statuses (a build that fails in both counts as the same when
// kyll's output has Jekyll's error line: its message and the file it names).
//
//   npm run build && node scripts/fuzz-plugins.mjs [--count N] [--seed S] [--max N] [--keep DIR] [--no-reduce] [--reduce-lines]
//   node scripts/fuzz-plugins.mjs --site DIR [--flags '--drafts --future']   (one site folder, both built and compared)
//   node scripts/fuzz-plugins.mjs --dump DIR --seed S   (the site of seed S written to DIR, its flags in DIR/.flags)
//
// A difference is reduced (files dropped while it stays; with --reduce-lines, lines too: slow) and the reduced site is
// written under --keep (default: a new temporary folder) as case-<seed>/; the run goes on and
// exits 1 at the end. The same seed gives the same sites.
// Known difference (left): with `feed: {collections: {...}}` as a mapping, jekyll-feed turns each
// collection's categories into a Ruby Set inside site.feed (jsonify prints "#<Set: {...}>");
// kyll keeps the list, so the list page prints site.feed.path, not all of site.feed. Needs jekyll with the plugin gems, and faketime.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandLine, ROOT, reduceSite, seededRandom, seedLoop } from './fuzz-common.mjs';
import { readSiteFolder, siteComparer, snapshotBundle, writeSite } from './fuzz-site-compare.mjs';

const { opt, flag } = commandLine();
const firstSeed = Number(opt('seed', Date.now() % 100000));
const count = Number(opt('count', opt('runs', 20)));
const maxCases = Number(opt('max', 20));
const keep = opt('keep');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-plugins-'));
// kyll runs from a copy of dist/bundle made at the start, so that `npm run build` during a long run
// does not pull the bundle away under it (at the same depth: the bundle finds ../../package.json).
const SNAPSHOT = path.join(ROOT, `.fuzz-plugins-${process.pid}`);
const BIN = path.join(SNAPSHOT, 'bundle', 'bin.cjs');

const { compare, compared } = siteComparer(work, BIN);

// --- the generator ----------------------------------------------------------------------------
/** A YAML scalar for `value`: strings double-quoted as JSON (valid YAML), others as they are. */
// A string starting with `RAW:` is written as it is (a YAML integer, date, boolean, empty value or flow list).
const y = (value) =>
  typeof value === 'string'
    ? value.startsWith('RAW:')
      ? value.slice(4)
      : JSON.stringify(value)
    : value === null
      ? '~'
      : Array.isArray(value)
        ? `[${value.map(y).join(', ')}]`
        : typeof value === 'object'
          ? `{${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${y(v)}`).join(', ')}}`
          : String(value);

function generate(seed) {
  // nearby seeds of xorshift start alike: the seed is spread over the state and a few numbers dropped
  const random = seededRandom(Math.imul(seed ^ 0x5bd1e995, 2654435761) >>> 0);
  for (let k = 0; k < 8; k++) random.rnd();
  const { int, pick, chance } = random;
  const some = (xs, n) => [...new Set(Array.from({ length: n }, () => pick(xs)))];

  const TITLES = ['Hello World', '"Quoted" & <em>HTML</em> title', "It's a title", '', null, '123', 'Ünïcode — dash', '  spaced   out  ', 'A &amp; B', '<script>x</script>', 'Title: colon', 'Smart "quotes" -- and ... dots', '{{ site.title }}', 'Long title '.repeat(8).trim(), 'Fuzz Plugins', 'RAW:123', 'RAW:2020-01-01', 'RAW:true', 'RAW:', 'RAW:[a, b]', 'RAW:12.50', 'RAW:\'single & <i>quoted</i>\''];
  const DESCRIPTIONS = ['A short description.', 'Has **markdown** and <b>html</b> & "quotes"', '', null, 'Line one\nline two\n\nparagraph', "Apostrophe's and <br/> tags", 'x'.repeat(200), '  padded  ', 'RAW:42', 'RAW:', 'RAW:[one, two]', 'RAW:>\n  folded\n  text', 'Has a {{ liquid }} tag'];
  const IMAGES = ['/img/a.png', 'img/rel path.png', 'https://cdn.example.com/x.png', '//cdn.example.com/y.png', '', null, { path: '/img/b.png', height: 100, width: 200, alt: 'Alt "text" & more' }, { path: '/img/c.png' }, { twitter: '/img/tw.png' }, { facebook: 'https://fb.example/f.png', alt: 'fb' }, { path: 'img/ü ber.png', width: '300' }, { height: 10 }, '/img/query.png?v=1&x=2', 'RAW:', 'RAW:42', { path: 'RAW:~', alt: 'no path' }, 'http://localhost:4000/img.png', '/img/a%20b.png', 'img/#frag.png'];
  const AUTHORS = ['jane', 'bob', 'Nobody Listed', '', null, { name: 'Hash Author', twitter: '@hashauthor', url: 'https://ha.example' }, { name: 'Org Author', type: 'Organization' }, { name: 'Bad Type', type: 'Robot' }, { twitter: 'onlytwitter' }, ['jane', 'bob'], { name: '' }, { name: 'E Mail', email: 'e@example.com', uri: 'https://e.example' }, 'RAW:42', 'RAW:', '@atname', { name: 'Pic', picture: '/p.png', twitter: 'RAW:12' }, { name: 'RAW:[x, y]' }, 'Ünï <b>Author</b> & Co'];
  const CATS = ['news', 'Tech Notes', 'Ünï', 'a_b', 'UPPER', '2020', 'C++'];
  const TAGS = ['a', 'b c', 'tag_1', 'Ünïtag', 'x-y', 'UP'];
  const DATES = ['2020-03-04', '2020-03-04 10:20:30 +0800', '2021-07-08 09:00:00', '2019-12-31 23:59:59 -0500'];
  const MODIFIED = ['2021-02-03 04:05:06 +0100', '2021-02-03', '"2022-01-01T00:00:00Z"', '2021-02-03 04:05:06 +0100', '2021-02-03', '2021-02-03T04:05:06-07:00', '"2021-02-03"'];
  const REDIRECTS_FROM = ['/old/', '/old-page.html', 'old-no-slash', '/deep/old/path/', '/about/', '/', 'https://other.example/x', '/ünï/', '/blog/', '/feed.xml', '/with space/'];
  const REDIRECTS_TO = ['https://elsewhere.example/', 'http://elsewhere.example/path?q=1', '/internal/', 'relative/target.html', '/about/'];
  const FILE_SLUGS = ['hello', 'second-post', 'Third Post', 'ünï-post', 'a.b', 'last'];

  const plugins = new Set();
  for (const p of ['jekyll-seo-tag', 'jekyll-feed', 'jekyll-sitemap', 'jekyll-redirect-from']) if (chance(0.7)) plugins.add(p);
  const paginator = pick([null, null, 'jekyll-paginate', 'jekyll-paginate', 'jekyll-paginate-v2']);
  if (paginator) plugins.add(paginator);
  if (chance(0.2)) plugins.add('jekyll-archives');
  const has = (p) => plugins.has(p);

  // _config.yml
  const config = [];
  const siteTitle = pick([...TITLES.slice(0, 8), 'Fuzz Plugins', 'Fuzz Plugins', 'Fuzz Plugins']);
  if (siteTitle !== null || chance(0.3)) config.push(`title: ${y(siteTitle)}`);
  if (chance(0.15)) config.push(`name: ${y(pick(['Site Name', '<b>Named</b>', '']))}`);
  if (chance(0.5)) config.push(`description: ${y(pick(DESCRIPTIONS))}`);
  if (chance(0.2)) config.push(`tagline: ${y(pick(['A tagline', 'Tag & <i>line</i>', '']))}`);
  const url = pick(['https://example.com', 'https://example.com', 'http://example.org/', 'https://example.com/sub', '', null, 'http://localhost:4000', 'https://例子.com', 'RAW:']);
  if (url !== null) config.push(`url: ${y(url)}`);
  const baseurl = pick([null, null, '', '/base', '/blog/', '/a b']);
  if (baseurl !== null) config.push(`baseurl: ${y(baseurl)}`);
  if (chance(0.4)) config.push(`author: ${y(pick(AUTHORS))}`);
  if (chance(0.3)) config.push(`twitter: ${y(pick([{ username: '@site', card: 'summary' }, { username: 'plain' }, 'stringtwitter', { card: 'summary_large_image' }]))}`);
  if (chance(0.2)) config.push(`facebook: ${y(pick([{ admins: '123', publisher: 'https://fb.example/pub', app_id: '42' }, { app_id: 7 }, 'fbstring']))}`);
  if (chance(0.25)) config.push(`social: ${y(pick([{ name: 'Social Org', links: ['https://x.example/a', 'https://y.example/b'] }, { links: ['https://z.example'] }, { name: '<b>S</b>' }]))}`);
  if (chance(0.25)) config.push(`logo: ${y(pick(['/logo.png', 'https://cdn.example.com/logo.png', 'img/logo with space.png', 'ünï/logo.png']))}`);
  if (chance(0.3)) config.push(`lang: ${y(pick(['en', 'fr-FR', 'de_DE', 'pt-BR', '']))}`);
  if (chance(0.2)) config.push(`locale: ${y(pick(['en_GB', 'fr-CA', 'ja']))}`);
  if (chance(0.15)) config.push(`webmaster_verifications: ${y(Object.fromEntries(some(['google', 'bing', 'alexa', 'yandex', 'baidu', 'facebook'], 1 + int(4)).map((k) => [k, `${k}-code`])))}`);
  if (chance(0.1)) config.push(`google_site_verification: ${y('gsv-code')}`);
  if (chance(0.1)) config.push(`seo_paginator_message: ${y(pick(['Seite %<current>s von %<total>s | ', '(%<current>s/%<total>s) ']))}`);
  if (chance(0.2)) config.push(`timezone: ${pick(['America/New_York', 'Asia/Kolkata', 'UTC'])}`);
  if (chance(0.1)) config.push('future: true');
  if (chance(0.1)) config.push(`excerpt_separator: ${y(pick(['', '<!--more-->', '\n']))}`);
  if (chance(0.15)) config.push(`permalink: ${pick(['pretty', '/:categories/:title/', '/:year/:title.html', '/blog/:slug/', 'date'])}`);
  const notesOutput = chance(0.7);
  config.push(`collections:\n  notes:\n    output: ${notesOutput}${chance(0.4) ? `\n    permalink: ${pick(['/notes/:name/', '/:collection/:title.html', '/n/:path'])}` : ''}`);

  if (has('jekyll-feed') && chance(0.7)) {
    const feed = {};
    if (chance(0.3)) feed.path = pick(['atom.xml', '/feeds/all.xml', 'feed/index.xml', '/blog/feed.xml', '/ünï feed.xml', 'feed.atom']);
    if (chance(0.3)) feed.posts_limit = pick([1, 2, 3, 0, '2', 20]);
    if (chance(0.2)) feed.excerpt_only = pick([true, false, 'true']);
    if (chance(0.3)) feed.categories = some(CATS, 1 + int(2));
    if (chance(0.25)) feed.collections = pick([['notes'], ['posts', 'notes'], { notes: { path: '/notes.atom' } }, { notes: { categories: ['news'] } }, { posts: { path: '/posts.atom', categories: ['Tech Notes'] } }]);
    if (chance(0.3)) feed.tags = pick([true, { only: some(TAGS, 2) }, { except: some(TAGS, 2) }, { path: '/tags/' }, { only: ['a', 'tag_1'], path: 'by/' }]);
    if (Object.keys(feed).length) config.push(`feed: ${y(feed)}`);
  }
  if (has('jekyll-redirect-from') && chance(0.3)) config.push(`redirect_from: ${y({ json: pick([false, true]) })}`);
  let paginatePath = '/page:num/';
  if (paginator === 'jekyll-paginate') {
    config.push(`paginate: ${pick([1, 2, 3, 2, 2, 0, '"2"', 100])}`);
    if (chance(0.7)) {
      paginatePath = pick(['/page:num/', '/blog/page:num/', '/page/:num/', '/p:num.html', 'page:num', '/blog/page/:num', '/page/:num/index.html']);
      config.push(`paginate_path: ${y(paginatePath)}`);
    }
  }
  if (paginator === 'jekyll-paginate-v2') {
    const p = { enabled: true, per_page: pick([1, 2, 3]) };
    if (chance(0.5)) p.permalink = pick(['/page/:num/', '/p:num', '/page-:num.html']);
    if (chance(0.3)) p.title = pick([':title - page :num', ':title (:num/:max)']);
    if (chance(0.2)) p.sort_reverse = pick([true, false]);
    if (chance(0.2)) p.sort_field = pick(['title', 'date', 'last_modified_at', 'missing']);
    if (chance(0.15)) p.category = pick(CATS);
    if (chance(0.15)) p.tag = pick(TAGS);
    if (chance(0.1)) p.collection = pick(['posts', 'notes', 'posts, notes', 'all']);
    if (chance(0.1)) p.limit = pick([0, 1]);
    if (chance(0.1)) p.offset = pick([1, 2]);
    if (chance(0.15)) p.trail = { before: pick([0, 1, 2]), after: pick([0, 1, 2]) };
    if (chance(0.1)) p.indexpage = pick(['index', 'start']);
    if (chance(0.1)) p.extension = pick(['html', 'htm']);
    config.push(`pagination: ${y(p)}`);
    if (chance(0.3)) {
      const auto = { enabled: true };
      for (const kind of some(['categories', 'tags', 'collections'], 1 + int(2))) auto[kind] = { layouts: ['autopage.html'], ...(chance(0.5) ? { permalink: pick([`/${kind}/:${kind.slice(0, 3)}/`, `/${kind}/:${kind.slice(0, 3)}.html`]) } : {}), ...(chance(0.3) ? { title: pick([':cat', 'Posts in :tag', ':coll | page :num']) } : {}), ...(chance(0.2) ? { slugify: { mode: pick(['raw', 'default', 'pretty']), case: pick([true, false]) } } : {}) };
      config.push(`autopages: ${y(auto)}`);
    }
  }
  if (has('jekyll-archives')) {
    const archives = { enabled: chance(0.2) ? 'all' : some(['categories', 'tags', 'year', 'month', 'day'], 1 + int(3)), layout: 'archive' };
    if (chance(0.4)) archives.permalinks = pick([{ category: '/cat/:name/', tag: '/tag/:name/', year: '/:year/' }, { month: '/:year/:month.html', day: '/:year/:month/:day/' }, { tag: '/t/:name.html' }]);
    if (chance(0.2)) archives.slug_mode = pick(['raw', 'default', 'pretty', 'ascii', 'latin']);
    if (chance(0.2)) archives.layouts = { tag: 'missing-layout', year: 'default' };
    config.push(`jekyll-archives: ${y(archives)}`);
  }
  if (chance(0.2)) config.push(`defaults:\n  - scope: {path: "${pick(['private', '', 'about.md', '_posts'])}"${chance(0.5) ? `, type: ${pick(['posts', 'pages', 'notes'])}` : ''}}\n    values: ${y(pick([{ sitemap: false }, { author: 'jane' }, { image: '/img/default.png' }, { layout: 'default' }, { seo: { type: 'Person' } }, { redirect_from: '/defaulted/' }]))}`);
  if (chance(0.1)) config.push(`exclude: [${pick(['assets/private.pdf', 'private', 'files'])}]`);
  if (plugins.size) config.push(`plugins:\n${[...plugins].map((p) => `  - ${p}`).join('\n')}`);

  const files = { '_config.yml': `${config.join('\n')}\n` };
  if (chance(0.5)) files['_data/authors.yml'] = pick(['jane:\n  name: Jane Doe\n  twitter: "@janedoe"\n  email: jane@example.com\n  uri: https://jane.example\n  url: https://jane.example/about\nbob:\n  name: "Bob <b>Bold</b>"\n', 'jane:\n  twitter: janeonly\n', 'jane: Not a hash\n', '- jane\n- bob\n']);

  // layouts
  const seoTag = has('jekyll-seo-tag') ? pick(['{% seo %}', '{% seo %}', '{% seo title=false %}', '{% seo  title=FALSE %}']) : '';
  const feedMeta = has('jekyll-feed') ? '{% feed_meta %}' : '';
  files['_layouts/default.html'] = `<!DOCTYPE html>\n<html>\n<head>\n${seoTag}\n${feedMeta}\n</head>\n<body>\n{{ content }}\n</body>\n</html>\n`;
  if (chance(0.5)) files['_layouts/post.html'] = '---\nlayout: default\n---\n<article>{{ content }}</article>\n';
  if (chance(0.15)) files['_layouts/redirect.html'] = '<p>custom redirect to {{ page.redirect.to }} from {{ page.redirect.from }}</p>\n';
  if (paginator === 'jekyll-paginate-v2') files['_layouts/autopage.html'] = '---\nlayout: default\n---\n{{ page.title }} {{ page.autopages | jsonify }}: {% for p in paginator.posts %}{{ p.url }} {% endfor %}{{ paginator.page_trail | map: "path" | join: "," }}\n';
  if (has('jekyll-archives')) files['_layouts/archive.html'] = '---\nlayout: default\n---\n{{ page.type }} {{ page.title }} {{ page.date | date: "%Y" }}: {% for p in page.posts %}{{ p.url }} {% endfor %}\n';

  const frontMatter = (kind) => {
    const fm = [];
    if (chance(0.8)) fm.push(`title: ${y(pick(TITLES))}`);
    if (kind !== 'page' && chance(0.3)) fm.push(`date: ${pick(DATES)}`);
    if (kind === 'page' && chance(0.1)) fm.push(`date: ${pick(DATES)}`);
    if (chance(0.4)) fm.push(`description: ${y(pick(DESCRIPTIONS))}`);
    if (chance(0.35)) fm.push(`image: ${y(pick(IMAGES))}`);
    if (chance(0.35)) fm.push(`author: ${y(pick(AUTHORS))}`);
    if (chance(0.1)) fm.push(`authors: ${y(pick([['bob', 'jane'], ['jane'], 'jane', []]))}`);
    if (chance(0.3)) fm.push(`categories: ${y(some(CATS, 1 + int(2)))}`);
    if (chance(0.1)) fm.push(`category: ${y(pick(CATS))}`);
    if (chance(0.35)) fm.push(`tags: ${y(some(TAGS, 1 + int(3)))}`);
    if (chance(0.15)) fm.push(`last_modified_at: ${chance(0.05) ? 'not a date' : pick(MODIFIED)}`);
    if (chance(0.15)) fm.push(`seo: ${y(pick([{ type: 'Person' }, { type: 'CreativeWork', name: 'Seo <b>Name</b>' }, { name: 'Named' }, { links: ['https://l.example/1'] }, { date_modified: '2022-02-02' }, 'not-a-hash']))}`);
    if (chance(0.1)) fm.push(`canonical_url: ${y(pick(['https://canonical.example/x/', '', '/relative/canon']))}`);
    if (chance(0.1)) fm.push(`lang: ${y(pick(['de', 'pt-BR', 'ja_JP']))}`);
    if (chance(0.08)) fm.push(`locale: ${y(pick(['en-AU', 'es_ES']))}`);
    if (chance(0.1)) fm.push(`twitter: ${y(pick([{ card: 'summary' }, { card: 'player' }]))}`);
    if (chance(0.12)) fm.push('sitemap: false');
    if (has('jekyll-redirect-from') && chance(0.25)) fm.push(`redirect_from: ${y(chance(0.5) ? pick(REDIRECTS_FROM) : some(REDIRECTS_FROM, 1 + int(3)))}`);
    if (has('jekyll-redirect-from') && chance(0.08)) fm.push(`redirect_to: ${y(chance(0.8) ? pick(REDIRECTS_TO) : some(REDIRECTS_TO, 2))}`);
    if (chance(0.1)) fm.push(`feed: ${y({ excerpt_only: pick([true, false]) })}`);
    if (chance(0.1)) fm.push(`excerpt_separator: ${y(pick(['<!--more-->', '---8<---']))}`);
    if (chance(0.08)) fm.push(`published: ${pick(['false', 'true'])}`);
    if (chance(0.1)) fm.push(`excerpt: ${y(pick(['Custom <em>excerpt</em>', '']))}`);
    if (chance(0.7)) fm.push(`layout: ${pick(['default', 'default', 'post', 'null', 'missing'])}`);
    return `---\n${fm.join('\n')}\n---\n`;
  };
  const BODIES = [
    'First paragraph about {{ page.title }}.\n\n<!--more-->\n\nSecond paragraph with [a link](/about/).\n',
    'Only one line with "quotes" and -- dashes...\n',
    '',
    'Intro with **bold** & <span>html</span>.\n\n---8<---\n\nMore text.\n',
    '<p>raw html paragraph</p>\n\n<img src="/img/a.png" alt="inline">\n',
    '# Heading\n\n* item\n* item 2\n\n```\ncode <here>\n```\n',
  ];
  const doc = (kind) => `${frontMatter(kind)}${pick(BODIES)}`;

  // posts, drafts, collection documents
  const postDate = () => pick(['2020-01-05', '2020-06-15', '2019-12-31', '2021-03-03', '2030-01-01', '2020-06-15']);
  for (let i = 0, n = 2 + int(5); i < n; i++) files[`${pick(['_posts', '_posts', '_posts', 'blog/_posts', '_posts/sub'])}/${postDate()}-${pick(FILE_SLUGS)}${pick(['.md', '.md', '.markdown', '.html'])}`] = doc('post');
  if (chance(0.3)) for (let i = 0, n = 1 + int(2); i < n; i++) files[`_drafts/${pick(['draft-one', 'Draft Two', 'ünï draft'])}.md`] = doc('draft');
  for (let i = 0, n = int(4); i < n; i++) files[`_notes/${pick(['', '', 'sub/'])}${pick(['note-a', 'Note B', 'ünï', 'index'])}${pick(['.md', '.html'])}`] = doc('note');

  // pages
  const paginated = paginator === 'jekyll-paginate' ? paginatePath.replace(/^\/?/, '/').replace(/[^/]*:num.*$/, '') : '/';
  const listing =
    paginator === 'jekyll-paginate-v2'
      ? `---\nlayout: default\ntitle: ${y(pick(['Home', 'Blog <b>home</b>', '']))}\npagination:\n  enabled: true\n---\n`
      : `---\nlayout: ${pick(['default', 'default', 'null'])}\n${chance(0.6) ? `title: ${y(pick(['Home', 'Blog <b>home</b>', '']))}\n` : ''}${chance(0.2) ? `description: ${y(pick(DESCRIPTIONS))}\n` : ''}---\n`;
  const loop = '{% for post in paginator.posts %}<a href="{{ post.url | relative_url }}">{{ post.title }}</a>\n{% endfor %}page {{ paginator.page }}/{{ paginator.total_pages }} prev={{ paginator.previous_page_path }} next={{ paginator.next_page_path }}\n{% for post in site.posts limit: 3 %}{{ post.url }} {% endfor %}\n';
  files[`${paginated.slice(1)}${pick(['index.html', 'index.html', 'index.md'])}`] = `${listing}${loop}`;
  if (paginated !== '/' && chance(0.5)) files[pick(['index.html', 'index.md'])] = `---\nlayout: default\n---\n${loop}`;
  // What Liquid sees of the site's pages (the generated ones too), static files and documents.
  if (chance(0.4)) files[pick(['list.html', 'list.md', 'docs/list.html'])] = `---\nlayout: ${pick(['default', 'null'])}\ntitle: List\n---\n{% for p in site.pages %}page {{ p.url }}|{{ p.name }}|{{ p.path }}|{{ p.layout }}|{{ p.sitemap }}|{{ p.redirect_from | jsonify }}|{{ p.redirect_to }}|{{ p.redirect.to }}\n{% endfor %}{% for p in site.html_pages %}html {{ p.url }}\n{% endfor %}{% for f in site.static_files %}static {{ f.path }}|{{ f.extname }}|{{ f.modified_time | date_to_xmlschema }}\n{% endfor %}{% for d in site.documents %}doc {{ d.url }}|{{ d.redirect_from | jsonify }}|{{ d.redirect.from }}|{{ d.layout }}\n{% endfor %}${chance(0.5) ? '{{ site.data.authors | jsonify }} {{ site.feed.path | jsonify }} {{ site.feed.posts_limit }} {{ site.paginate }}\n' : ''}`;
  for (let i = 0, n = int(5); i < n; i++) {
    const name = pick(['about.md', 'about.html', 'about/index.md', 'contact.md', 'private/secret.md', 'docs/page.html', 'Ünï page.md', 'feed.xml', 'robots.txt', 'sitemap.xml', '404.html', '404.md', 'atom.xml', 'styles.md']);
    let fm = frontMatter('page');
    if (name === '404.md' && chance(0.7)) fm = fm.replace('---\n', '---\npermalink: /404.html\n');
    else if (chance(0.25)) fm = fm.replace('---\n', `---\npermalink: ${y(pick(['/custom/', '/custom.html', '/deep/path/page.html', '/about/', '/ünï/', '/no-ext', '/404.html', '/index.html', '/with space/', '/page.xml', '/ünï/page.html', '/:path/', '/:basename:output_ext']))}\n`);
    files[name] = name.endsWith('.xml') || name.endsWith('.txt') ? `---\nlayout: null\n${chance(0.5) ? 'sitemap: false\n' : ''}---\n<x>{{ site.title }}</x>\n` : `${fm}${pick(BODIES)}`;
  }
  // static files: the sitemap lists .htm, .html, .xhtml and .pdf ones
  // a collection's own static files (site.static_files, the sitemap's too), and a page that calls the tags itself
  if (chance(0.2)) files[pick(['_notes/attachment.pdf', '_notes/sub/page.html', '_notes/plain.txt'])] = 'collection static\n';
  if (chance(0.15)) files[pick(['raw-seo.html', 'docs/raw.html'])] = `---\nlayout: null\ntitle: ${y(pick(TITLES))}\n---\n${has('jekyll-seo-tag') ? '{% seo %}' : ''}${has('jekyll-feed') ? '{% feed_meta %}' : ''}\n`;
  for (let i = 0, n = int(5); i < n; i++) files[pick(['assets/doc.pdf', 'assets/private.pdf', 'files/report.htm', 'static.html', 'files/page.xhtml', 'img/a.png', 'robots.txt', '404.html', 'files/index.html', 'private/plain.html', 'files/ünï.pdf', 'files/NOEXT', 'feed.xslt.xml', 'sitemap.xsl', 'redirects.json'])] = pick(['static body\n', '<p>static</p>\n', '%PDF-1.4\n']);

  const flags = [];
  if (chance(0.25)) flags.push('--drafts');
  if (chance(0.15)) flags.push('--future');
  if (chance(0.1)) flags.push('--unpublished');
  return { files, flags };
}

// --- reducing -----------------------------------------------------------------------------------
function reduce(files, flags, kind) {
  return reduceSite(files, async (candidate) => (await compare(candidate, flags, 'reduce'))?.kind === kind, { lines: flag('reduce-lines') });
}

// --- main ---------------------------------------------------------------------------------------
if (opt('dump')) {
  // --dump DIR --seed S: the site of seed S written to DIR (its flags in DIR/.flags), nothing built.
  const { files, flags } = generate(firstSeed);
  writeSite(opt('dump'), { ...files, '.flags': flags.join(' ') });
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
snapshotBundle(ROOT, SNAPSHOT, work);

if (opt('site')) {
  const { files, flags } = readSiteFolder(path.resolve(opt('site')));
  const diff = await compare(files, opt('flags')?.split(' ').filter(Boolean) ?? flags);
  console.log(diff ? diff.text : `same (${compared()})`);
  process.exit(diff ? 1 : 0);
}

const { found, summary } = await seedLoop({
  name: 'fuzz-plugins', count, firstSeed, maxCases, keep, noReduce: flag('no-reduce'), generate, compare, reduce, save: writeSite,
  compared,
});
console.log(summary);
process.exit(found ? 1 : 0);
