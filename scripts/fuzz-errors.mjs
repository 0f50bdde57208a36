#!/usr/bin/env node
// Differential fuzzing of BROKEN sites against real Jekyll: a small random site (posts, pages, a
// collection, layouts, includes, YAML/JSON/CSV data) with one or two faults injected: invalid YAML
// front matter (bad indentation, unclosed quotes and brackets, tabs, duplicate keys, aliases, bad
// dates, a list or scalar for front matter), a broken _config.yml or _data file, Liquid errors in a
// post, page, layout or include (unclosed and unknown tags, bad filter arguments, missing
// includes, include loops, include_relative outside the folder), a missing layout, bad post file
// names and dates, invalid permalinks, invalid UTF-8, strict_variables / strict_filters, ...
// For each case:
//   1. both exit zero, or both not;
//   2. when both build, the two destinations are the same byte for byte;
//   3. when Jekyll fails, kyll's output holds Jekyll's error message (its logged `Liquid
//      Exception: ... in FILE` and `Conversion error: ...` lines, else the message of the exception
//      Ruby prints, did_you_mean's "Did you mean?" included), site paths made relative and blanks
//      collapsed on both sides: so the same file, the same line numbers, the same words;
//   4. when kyll fails, `node bin.cjs build -d DEST` (from inside the site) over a DEST that the
//      unbroken site was built into leaves DEST as it was: the same files, bytes and mtimes.
// Jekyll's warnings about the fault (YAML Exception reading ..., Build Warning: ..., Liquid
// Warning: ...) are looked for in kyll's output too; a missing one is a `warning` difference.
//
//   npm run build && node scripts/fuzz-errors.mjs [--seed S] [--count N] [--keep DIR] [--no-reduce] [--verbose]
//   node scripts/fuzz-errors.mjs --seed S --only I      (case I of seed S again, both logs printed)
//   node scripts/fuzz-errors.mjs --seed S --only I --dump DIR   (its site written to DIR, nothing built)
//
// A difference is reduced (files dropped while it stays the same kind) and its site written under
// --keep (default: a new temporary folder) as <seed>-<case>/. The same seed gives the same cases.
// Jekyll builds as scripts/fuzz-config.mjs's do (faketime, TZ=UTC, --disable-disk-cache, from
// inside the site); kyll through a copy of dist/bundle made at the start. Needs jekyll, faketime.
// Not part of npm test.
//
// Accepted differences (not reported):
// - Ruby's backtrace (the `from FILE:LINE:in ...` lines after the message), Jekyll's "Please append
//   --trace" box and the exception class printed in parentheses: kyll prints a code frame instead.
// - Ruby 3.1's error_highlight (the line of Ruby code and its ^^^^ that a NoMethodError's message
//   gets, as in "undefined method `attach' for nil:NilClass block.attach(new_body) ^^^^^^^").
// - Jekyll's non-fatal logged errors before the one that stops it (a post's "could not read file"
//   before a broken page): kyll may stop before it reaches them, or after (Jekyll stops on
//   `defaults` with a bad scope when it renders, kyll when it reads).
// - Only the fatal message is compared when both fail; when both build, only the presence of each
//   of Jekyll's warnings (not their number or order).
// Known differences (left): Jekyll's `Warning: Empty \`slug\` generated for ''.` (Utils.slugify of a
// post named 2020-01-01-.md, or `{{ "!!" | slugify }}`) is not printed by kyll; a line that starts
// with an unknown `%` directive after front matter began ("%FOO") is Psych's "found unknown
// directive name", js-yaml's "end of the stream or a document separator is expected" in kyll.
// - Ruby 3.1's printer of an uncaught exception doubles the backslashes of its message (CSV's
//   `<"\\n">`): the message is compared with them single, as the exception holds it.
// - Absolute against relative paths: Jekyll names some files by absolute path, kyll by the path
//   in the site; both sides are compared with the site folder taken off.
// - A runaway template (`(1..1000000000000)`): Jekyll runs out of memory (NoMemoryError under the
//   JEKYLL_MEMORY_KB bound it is run with: unbounded, it took 15 GB of this machine), kyll stops
//   at its own liquid.memory_limit: both fail, their messages are not compared.
// - A `source:` that does not exist: Jekyll builds an empty site from it (emptying DEST), kyll stops
//   with SOURCE_NOT_FOUND (a deliberate difference, README's renderSite).
// - "stack level too deep": Jekyll logs the Liquid Exception once per nested render it unwinds
//   (a number that depends on Ruby's stack); only its last line is looked for in kyll's output.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { commandLine, mixedRandom, ROOT, runCommand, writeSite } from './fuzz-common.mjs';

const { opt, flag } = commandLine();
const seed = Number(opt('seed', Date.now() % 100000));
const count = Number(opt('count', opt('runs', 100)));
const only = opt('only');
let keep = opt('keep');
const verbose = flag('verbose') || only !== undefined;
const SNAPSHOT = path.join(ROOT, `.fuzz-errors-${process.pid}`);
const BIN = path.join(SNAPSHOT, 'bundle', 'bin.cjs');
const ENV = { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };
delete ENV.NODE_EXTRA_CA_CERTS;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-fuzz-errors-'));

// --- the unbroken site --------------------------------------------------------------------------
/** A small site: files maps a path to its text (or a Buffer, for invalid UTF-8). */
function baseSite(r) {
  const config = { title: 'Errors', url: 'https://example.com', collections: { notes: { output: true } } };
  if (r.chance(0.3)) config.baseurl = '/base';
  if (r.chance(0.3)) config.permalink = r.pick(['pretty', '/:categories/:title/', '/blog/:year/:title.html']);
  const files = {};
  files['_layouts/default.html'] = '<!DOCTYPE html>\n<html>\n<head>{% include head.html %}</head>\n<body>\n{% include nav.html %}\n<main>\n{{ content }}\n</main>\n</body>\n</html>\n';
  files['_layouts/post.html'] = '---\nlayout: default\nkind: post\n---\n<article>\n<h1>{{ page.title }}</h1>\n<time>{{ page.date | date: "%Y-%m-%d" }}</time>\n{{ content }}\n</article>\n';
  files['_layouts/page.html'] = '---\nlayout: default\n---\n<section class="{{ layout.kind | default: "page" }}">\n{{ content }}\n</section>\n';
  files['_includes/head.html'] = '<meta charset="utf-8">\n<title>{{ page.title | default: site.title | escape }}</title>\n';
  files['_includes/nav.html'] = '<nav>\n{% for item in site.data.nav %}\n  <a href="{{ item.url | relative_url }}">{{ item.title }}</a>\n{% endfor %}\n</nav>\n';
  files['_includes/card.html'] = '<div class="card">\n  <b>{{ include.title }}</b> {{ include.body | default: "none" }}\n</div>\n';
  files['_data/nav.yml'] = '- title: Home\n  url: /\n- title: About\n  url: /about/\n';
  files['_data/people.json'] = '[\n  {"name": "Ann", "role": "editor"},\n  {"name": "Bo", "role": "author"}\n]\n';
  files['_data/items.csv'] = 'name,price\napple,1\npear,2\n';
  files['index.html'] =
    '---\nlayout: default\ntitle: Home\n---\n<ul>\n{% for post in site.posts %}\n  <li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> {{ post.date | date_to_string }}</li>\n{% endfor %}\n</ul>\n' +
    '{% for p in site.data.people %}{{ p.name }} ({{ p.role }}) {% endfor %}\n{% for i in site.data.items %}{{ i.name }}={{ i.price }};{% endfor %}\n{% include card.html title="Home card" %}\n' +
    '{% for n in site.notes %}<p>{{ n.title }}: {{ n.url }}</p>{% endfor %}\n';
  files['about.md'] = '---\nlayout: page\ntitle: About\npermalink: /about/\n---\n# About {{ site.title }}\n\nSome *text* here.\n\n- one\n- two\n';
  files['docs/guide.md'] = '---\ntitle: Guide\nlayout: page\n---\nThe guide: {{ page.url }}.\n\n{% if site.posts.size > 0 %}Latest: {{ site.posts.first.title }}{% endif %}\n';
  const slugs = ['hello-world', 'second-post', 'notes-on-things', 'last-one'];
  for (let k = 0, n = 1 + r.int(3); k < n; k++) {
    const tags = r.chance(0.5) ? `\ntags: [${r.pick(['a', 'b', 'c'])}, x]` : '';
    const cats = r.chance(0.3) ? `\ncategories: ${r.pick(['news', 'tech'])}` : '';
    files[`_posts/2020-01-0${k + 1}-${slugs[k]}.md`] = `---\nlayout: post\ntitle: Post ${k + 1}${tags}${cats}\n---\nFirst paragraph of {{ page.title }}.\n\nSecond paragraph.\n\n{% include card.html title=page.title body="b" %}\n`;
  }
  files['_notes/first.md'] = '---\ntitle: First note\nlayout: page\n---\nA note in {{ page.collection }}.\n';
  files['assets/style.css'] = 'body { color: #333; }\n';
  return { config, files };
}

// --- helpers to break files -------------------------------------------------------------------------
const FRONT = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*\n/;
const docsOf = (s, kinds) =>
  Object.keys(s.files).filter((p) => {
    const kind = p.startsWith('_posts/') ? 'post' : p.startsWith('_notes/') ? 'note' : p.startsWith('_layouts/') ? 'layout' : p.startsWith('_includes/') ? 'include' : p.startsWith('_data/') ? 'data' : /\.(md|html)$/.test(p) ? 'page' : 'other';
    return kinds.includes(kind) && (typeof s.files[p] === 'string');
  });
/** `line` put into the front matter of `p` at a random place. */
function intoFront(s, r, p, line) {
  const text = s.files[p];
  const m = FRONT.exec(text);
  if (!m) {
    s.files[p] = `---\n${line}\n---\n${text}`;
    return;
  }
  const lines = (m[1] ?? '').split('\n').filter((l, i, a) => i < a.length - 1 || l !== '');
  lines.splice(r.int(lines.length + 1), 0, line);
  s.files[p] = `---\n${lines.join('\n')}\n---\n${text.slice(m[0].length)}`;
}
/** `snippet` put into the body of `p` at the start of a random line. */
function intoBody(s, r, p, snippet) {
  const text = s.files[p];
  const m = FRONT.exec(text);
  const head = m ? m[0] : '';
  const lines = text.slice(head.length).split('\n');
  const at = r.int(Math.max(1, lines.length - 1) + 1);
  lines.splice(Math.min(at, lines.length), 0, snippet);
  s.files[p] = head + lines.join('\n');
}
const withFront = (kinds) => (s) => docsOf(s, kinds).filter((p) => FRONT.test(s.files[p]));

// What breaks YAML (front matter, _config.yml, _data/*.yml): lines to add.
const BAD_YAML_LINES = [
  'title: x\n  nested: wrong indent',
  'title: "unclosed double',
  "title: 'unclosed single",
  'tags: [a, b',
  'meta: {a: 1, b: 2',
  '\ttabbed: value',
  'key:\n\t- tabbed item',
  // white space with a tab, a tabbed comment: libyaml's error, js-yaml reads on
  '\t',
  '  \t',
  '\t# tabbed comment',
  'key:\n  \t',
  'x: |\n  a\n\t\n  b',
  'stray text\n\nmore text',
  'title: one\ntitle: two',
  'ref: *missing_anchor',
  'title: a: b',
  'at: @handle',
  'tick: `code`',
  'esc: "bad \\q escape"',
  '- item after a mapping',
  'list:\n  - a\n  b: c',
  'x: [a, b]]',
  'x: "a" trailing',
  'x: !ruby/object:Foo {}',
  'x: !!int notanumber',
  'x: |\n  block\n bad dedent: 1',
  '&anchor',
  'a: &x 1\nb: *x\nc: [*x, *y]',
  'x: {a: 1}}',
  'x: %percent',
  'x: "\\x41\\u00e9"\n"quoted key": [1, {2: 3}]',
  'date: 2020-13-45',
  'date: 2020-02-30',
  'date: 2020-01-01 25:61:00',
  'date: not a date',
  'date: 20200101',
  'date: 2020-01-01T10:00:00+25:00',
  'date: [2020, 1, 1]',
  'date: ""',
  'date: ~',
];
const BAD_DATA_JSON = ['[{"name": "Ann",}]', "[{'name': 'Ann'}]", '[{"name": "Ann"}', '{"a": 1} trailing', '', '[1, 2,, 3]', '{"a": NaN}', '{"a": "tab\there"}', '{"a": 01}', '[{"name": "A\\qB"}]', '\ufeff[{"name": "bom"}]', '{"a": 1, "a": 2}'];
const BAD_DATA_CSV = ['name,price\n"apple,1\npear,2\n', 'name,price\nap"ple,1\n', 'name,price\n"a"b,1\n', 'name,price\napple,1,extra\npear\n', 'name,name\na,b\n', '', 'name,price\r\napple,1\npear,2\r\n', 'name;price\n"x";"y"\n', '"name","price"\n"a""b","1"\n', 'name,price\n"unterminated\n'];
const INVALID_UTF8 = [Buffer.from([0xff, 0xfe]), Buffer.from([0xc3, 0x28]), Buffer.from([0xe2, 0x82]), Buffer.from([0x80]), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf8, 0x88, 0x80, 0x80, 0x80])];

// Liquid that fails (or warns) in some mode: snippets for a body.
const BAD_LIQUID = [
  '{% if page.title %}never closed',
  '{% for x in site.posts %}{{ x.title }}',
  '{% unless false %}open',
  '{% case page.title %}{% when "a" %}a',
  '{% capture c %}never closed',
  '{% raw %}never closed',
  '{% comment %}never closed',
  '{% endif %}',
  '{% endfor %}',
  '{% else %}',
  '{% when "x" %}',
  '{% nosuchtag %}',
  '{% nosuchtag with args %}',
  '{{ unclosed output',
  '{% unclosed tag',
  '{{ page.title | }}',
  '{{ page.title | | upcase }}',
  '{{ }}',
  '{{ page.title | nosuchfilter }}',
  '{{ "a" | truncate: "x" }}',
  '{{ 1 | divided_by: 0 }}',
  '{{ 5 | modulo: 0 }}',
  '{{ "x" | date }}',
  '{{ "x" | append }}',
  '{{ "abc" | slice: "a" }}',
  '{{ site.posts | where_exp: "p" }}',
  '{{ site.posts | where_exp: "p", "p.title ==" }}',
  '{{ site.posts | sort: "title", "last", "extra" }}',
  '{{ site.posts | group_by }}',
  '{{ "a,b" | split }}',
  '{{ site.posts | map }}',
  '{{ page.title | replace: "a" }}',
  '{{ 1 | plus: "x" }}',
  '{{ "x" | times: 2 }}',
  '{{ site.posts | first | jsonify | nosuch: 1 }}',
  '{{ nothing.here | upcase }}',
  '{{ page.missing_key }}',
  '{{ site.data.missing.key }}',
  '{% assign %}',
  '{% assign x = %}',
  '{% assign x %}',
  '{% assign x = 1 | plus: %}',
  '{% for %}{% endfor %}',
  '{% for x in %}{% endfor %}',
  '{% for x site.posts %}{% endfor %}',
  '{% if %}x{% endif %}',
  '{% if a = b %}x{% endif %}',
  '{% if a == %}x{% endif %}',
  '{% if a and %}x{% endif %}',
  '{% cycle %}',
  '{% tablerow %}{% endtablerow %}',
  '{% increment %}',
  '{% render "card.html" %}',
  '{% break %}',
  '{% include missing.html %}',
  '{% include %}',
  '{% include bad name!.html %}',
  '{% include card.html title= %}',
  '{% include card.html title="a" = %}',
  '{% include {{ page.no_such_include }} %}',
  '{% include ../_config.yml %}',
  '{% include card.html title="x" body={{ page.title }} %}',
  '{% include_relative ../secret.md %}',
  '{% include_relative missing.md %}',
  '{% include_relative _config.yml %}',
  '{% include_relative /etc/hostname %}',
  '{% post_url no-such-post %}',
  '{% post_url 2020-01-01-missing %}',
  '{% post_url %}',
  '{% link no-such-page.md %}',
  '{% link %}',
  '{% highlight %}x{% endhighlight %}',
  '{% highlight ruby foo=bar %}x{% endhighlight %}',
  '{% highlight ruby %}never closed',
  '{{ "now" | date: "%Y" | date_to_xmlschema }}',
  '{{ site.posts | sample: "x" }}',
  '{{ "a" | slugify: "nosuchmode" }}',
  '{{ "x" | where: "a", "b" }}',
  '{{ 1 | at_least }}',
  '{{ "abc" | truncatewords: -1 }}',
  '{{ (1..x) }}',
  '{% for i in (1..a) %}{{ i }}{% endfor %}',
  '{% for i in (1..1000000000000) limit: 1 %}{{ i }}{% endfor %}',
  '{% liquid assign x = 1\necho x %}',
  '{% liquid if x %}',
  '{% echo %}',
  '{{ page.title | default }}',
  '{% for x in site.posts offset: "a" %}{% endfor %}',
];

/** Each fault breaks the site `s` with `r` and returns its label; undefined when it does not apply. */
const FAULTS = [
  // --- front matter
  (s, r) => {
    const p = r.pick(withFront(['post', 'page', 'note', 'layout'])(s));
    const line = r.pick(BAD_YAML_LINES);
    intoFront(s, r, p, line);
    return `front matter of ${p}: ${JSON.stringify(line)}`;
  },
  (s, r) => {
    const p = r.pick(withFront(['post', 'page', 'note'])(s));
    const body = r.pick(['- a\n- b', 'just a scalar', '42', '[1, 2]', '"quoted"', '~', '---', 'a: 1\n...\nb: 2', '%YAML 1.1\n---\na: 1', '? complex key\n: value']);
    s.files[p] = s.files[p].replace(FRONT, `---\n${body}\n---\n`);
    return `front matter of ${p} is ${JSON.stringify(body)}`;
  },
  (s, r) => {
    const p = r.pick(withFront(['post', 'page', 'note'])(s));
    s.files[p] = s.files[p].replace(/\n---[ \t]*\n/, '\n');
    return `front matter of ${p} never closed`;
  },
  (s, r) => {
    s.config.strict_front_matter = true;
    const p = r.pick(withFront(['post', 'page', 'note', 'layout'])(s));
    const line = r.pick(BAD_YAML_LINES);
    intoFront(s, r, p, line);
    return `strict_front_matter, front matter of ${p}: ${JSON.stringify(line)}`;
  },
  (s, r) => {
    const p = r.pick(withFront(['post', 'page', 'note'])(s));
    const line = `permalink: ${r.pick(['""', "''", '/:nosuch/', 'no-leading-slash', '/a b/:title', '/../escape/:title/', '[a, b]', '{a: 1}', '42', '/:title/:title/', 'null', '/a//b/', ':year', '/%E2%82%AC/', '"/quoted/#frag"', '/?x=1', '/:categories.html'])}`;
    intoFront(s, r, p, line);
    return `${line} in ${p}`;
  },
  (s, r) => {
    const p = r.pick(withFront(['post', 'page', 'note'])(s));
    const line = `layout: ${r.pick(['missing', 'Default', 'default.html', '""', '[default]', 'post', 'none', 'null', '../default'])}`;
    intoFront(s, r, p, line);
    return `${line} in ${p}`;
  },
  (s, r) => {
    const p = r.pick(withFront(['layout'])(s));
    const line = `layout: ${r.pick(['missing', p.slice('_layouts/'.length).replace(/\.html$/, ''), 'default'])}`;
    intoFront(s, r, p, line);
    return `${line} in ${p}`;
  },
  (s, r) => {
    const p = r.pick(withFront(['post', 'page', 'note'])(s));
    const line = `${r.pick(['published', 'tags', 'categories', 'category', 'title', 'excerpt_separator', 'render_with_liquid', 'slug', 'date', 'excerpt'])}: ${r.pick(['[a, [b]]', '{a: 1}', '42', 'false', '~', '2020-01-01', '[]', '""', '1.5'])}`;
    intoFront(s, r, p, line);
    return `${line} in ${p}`;
  },
  // --- _config.yml
  (s, r) => {
    const line = r.pick(BAD_YAML_LINES);
    s.configExtra = `${line}\n`;
    return `_config.yml gets ${JSON.stringify(line)}`;
  },
  (s, r) => {
    s.configRaw = r.pick(['- a\n- b\n', 'just text\n', '', '---\n', '42\n', '~\n', '---\ntitle: a\n---\ntitle: b\n']);
    return `_config.yml is ${JSON.stringify(s.configRaw)}`;
  },
  (s, r) => {
    const [key, value] = r.pick([
      ['plugins', 'jekyll-feed'],
      ['plugins', { a: 1 }],
      ['gems', 'jekyll-feed'],
      ['collections', 'notes'],
      ['collections', 42],
      ['limit_posts', -1],
      ['limit_posts', 'x'],
      ['markdown', 'NoSuchMarkdown'],
      ['markdown', ''],
      ['permalink', '/:nosuch/:title/'],
      ['permalink', 42],
      ['permalink', ['a']],
      ['exclude', 'README.md'],
      ['include', 42],
      ['defaults', { scope: {}, values: {} }],
      ['defaults', [{ scope: 'x', values: { layout: 'page' } }]],
      ['defaults', [{ values: 'x' }]],
      ['timezone', 'Nowhere/Nothing'],
      ['highlighter', 'pygments'],
      ['layouts_dir', 'no_such_dir'],
      ['includes_dir', '../outside'],
      ['data_dir', 'missing_data'],
      ['encoding', 'no-such-encoding'],
      ['kramdown', { input: 'NoSuchParser' }],
      ['kramdown', 'x'],
      ['baseurl', 42],
      ['url', ['a']],
      ['title', { nested: 1 }],
      ['collections_dir', '../up'],
      ['sass', { style: 'bogus' }],
      ['liquid', 'strict'],
      ['liquid', { error_mode: 'bogus' }],
      ['excerpt_separator', 42],
      ['keep_files', 'x'],
      ['keep_files', ['..']],
      ['keep_files', ['./', '.git']],
      ['source', 5],
      ['markdown_ext', 42],
      ['theme', 'no-such-theme'],
      ['theme', 42],
      ['future', 'yes'],
      ['show_drafts', 'x'],
      ['source', '/nonexistent'],
    ]);
    s.config[key] = value;
    return `_config.yml ${key}: ${JSON.stringify(value)}`;
  },
  (s, r) => {
    const liquid = r.pick([{ strict_variables: true }, { strict_filters: true }, { strict_variables: true, strict_filters: true }, { error_mode: 'strict' }, { error_mode: 'lax' }, { error_mode: 'warn' }]);
    s.config.liquid = liquid;
    const p = r.pick(docsOf(s, ['post', 'page', 'note', 'layout', 'include']));
    const snippet = r.pick(['{{ page.nosuch }}', '{{ nosuch }}', '{{ site.nosuch.deeper }}', '{{ page.title | nosuchfilter }}', '{{ include.nosuch }}', '{{ layout.nosuch }}', '{{ site.data.nav[5].title }}', '{% if nosuch %}x{% endif %}', '{{ page.title | upcase | nosuch: 1 }}', '{% for x in nosuch %}{% endfor %}', '{{ x | default: "d" }}', ...BAD_LIQUID.slice(0, 40)]);
    intoBody(s, r, p, snippet);
    return `liquid ${JSON.stringify(liquid)} and ${JSON.stringify(snippet)} in ${p}`;
  },
  // --- _data
  (s, r) => {
    const line = r.pick(BAD_YAML_LINES);
    s.files['_data/nav.yml'] = r.chance(0.5) ? `${s.files['_data/nav.yml']}${line}\n` : `${line}\n${s.files['_data/nav.yml']}`;
    return `_data/nav.yml gets ${JSON.stringify(line)}`;
  },
  (s, r) => {
    const text = r.pick(BAD_DATA_JSON);
    s.files['_data/people.json'] = text;
    return `_data/people.json is ${JSON.stringify(text)}`;
  },
  (s, r) => {
    const text = r.pick(BAD_DATA_CSV);
    s.files['_data/items.csv'] = text;
    return `_data/items.csv is ${JSON.stringify(text)}`;
  },
  (s, r) => {
    const [p, text] = r.pick([
      ['_data/extra.yml', 'a: 1\n  b: 2\n'],
      ['_data/extra.yaml', '- [unclosed\n'],
      ['_data/extra.tsv', 'a\tb\n"x\t1\n'],
      ['_data/sub/deep.json', '{bad json}'],
      ['_data/nav/inner.yml', 'x: 1\n'],
      ['_data/extra.txt', 'not data\n'],
      ['_data/.hidden.yml', 'a: [\n'],
      ['_data/extra.yml', '%TAG ! tag:x\n---\na: 1\n'],
      ['_data/extra.yml', '---\na: 1\n---\nb: 2\n'],
      ['_data/extra.json', '{"a": 1}\n{"b": 2}\n'],
      ['_data/extra.csv', 'only header\n'],
      ['_data/extra.yml', 'date: 2020-13-01\n'],
    ]);
    s.files[p] = text;
    return `${p} is ${JSON.stringify(text)}`;
  },
  // --- Liquid
  (s, r) => {
    const p = r.pick(docsOf(s, ['post', 'page', 'note', 'layout', 'include']));
    const snippet = r.pick(BAD_LIQUID);
    intoBody(s, r, p, snippet);
    return `${JSON.stringify(snippet)} in ${p}`;
  },
  (s, r) => {
    // an include loop: direct, mutual, or through a layout
    const kind = r.pick(['self', 'mutual', 'param']);
    if (kind === 'self') s.files['_includes/loop.html'] = 'loop {% include loop.html %}\n';
    else if (kind === 'mutual') {
      s.files['_includes/loop.html'] = 'a {% include loop-b.html %}\n';
      s.files['_includes/loop-b.html'] = 'b\n{% include loop.html %}\n';
    } else s.files['_includes/loop.html'] = '{% assign n = include.n | plus: 1 %}{{ n }} {% include loop.html n=n %}\n';
    const p = r.pick(docsOf(s, ['post', 'page', 'note', 'layout', 'include']));
    intoBody(s, r, p, '{% include loop.html %}');
    return `include loop (${kind}) from ${p}`;
  },
  (s, r) => {
    const p = r.pick(docsOf(s, ['post', 'page', 'note']));
    s.files[p.replace(/[^/]+$/, 'secret.md')] ??= 'secret {{ page.title }}\n';
    const snippet = r.pick(['{% include_relative secret.md %}', '{% include_relative ./secret.md %}', '{% include_relative ../secret.md %}', '{% include_relative sub/../secret.md %}', '{% include_relative secret.md x="1" %}', '{% include_relative %}']);
    intoBody(s, r, p, snippet);
    return `${JSON.stringify(snippet)} in ${p}`;
  },
  (s, r) => {
    // a broken include, layout or page used from elsewhere
    const p = r.pick(['_includes/card.html', '_includes/nav.html', '_includes/head.html', '_layouts/default.html', '_layouts/post.html', '_layouts/page.html']);
    const snippet = r.pick(BAD_LIQUID.slice(0, 20));
    intoBody(s, r, p, snippet);
    return `${JSON.stringify(snippet)} in ${p}`;
  },
  // --- file names, dates, encodings
  (s, r) => {
    const name = r.pick(['2020-13-01-bad-month.md', '2020-02-30-bad-day.md', '2020-00-10-zero.md', '2021-02-29-not-leap.md', '20-01-01-short-year.md', '2020-01-01.md', '2020-01-01-.md', '2020-1-1-short.md', 'no-date.md', '2020-01-01-has space.md', '2020-01-01-ünï.md', '2020-01-01-x.markdown', '2020-01-01-x', '2020-01-01-x.txt', '9999-99-99-x.md', '2020-01-32-x.md', '2020-01-01-two.dots.md', '.2020-01-01-hidden.md', '_2020-01-01-under.md', '2020-01-01-x.md~', '2020-01-01-a#b.md', '2020-01-01-%20.md']);
    s.files[`_posts/${name}`] = '---\ntitle: Oddly named\nlayout: post\n---\nBody.\n';
    return `post named ${name}`;
  },
  (s, r) => {
    const p = r.pick(docsOf(s, ['post', 'page', 'note', 'layout', 'include', 'data']));
    const bytes = r.pick(INVALID_UTF8);
    const text = Buffer.from(s.files[p]);
    const m = FRONT.exec(s.files[p]);
    const where = r.pick(['body', 'front', 'start']);
    const at = where === 'start' ? 0 : where === 'front' && m ? 4 : m ? Buffer.byteLength(m[0]) + r.int(Math.max(1, text.length - Buffer.byteLength(m[0]))) : r.int(text.length);
    s.files[p] = Buffer.concat([text.subarray(0, at), bytes, text.subarray(at)]);
    return `invalid UTF-8 ${bytes.toString('hex')} in ${p} (${where})`;
  },
  (s, r) => {
    s.configExtra = `description: "bad \u0000 ${r.pick(['', 'x'])}"\n`;
    if (r.chance(0.5)) {
      s.configExtra = undefined;
      s.configBytes = r.pick(INVALID_UTF8);
    }
    return s.configBytes ? `invalid UTF-8 in _config.yml` : 'a NUL in _config.yml';
  },
  (s, r) => {
    const p = r.pick(docsOf(s, ['post', 'page', 'note']));
    const variant = r.pick(['bom', 'crlf', 'nul', 'bom-crlf', 'cr']);
    let t = s.files[p];
    if (variant.includes('crlf')) t = t.replace(/\n/g, '\r\n');
    if (variant === 'cr') t = t.replace(/\n/g, '\r');
    if (variant.includes('bom')) t = `\ufeff${t}`;
    if (variant === 'nul') t = t.replace(/\n\n/, '\n\u0000\n');
    s.files[p] = t;
    return `${variant} in ${p}`;
  },
  (s, r) => {
    const p = r.pick(withFront(['post', 'note'])(s));
    const line = `date: ${r.pick(['2020-13-01', '2020-02-30 10:00:00', 'yesterday', '"not a date"', "'2020/01/01'", '1590000000', '2020-01-01 10:00:00 +9999', '2020-01-01T25:00:00Z', '0000-00-00', '"2020-01-01 10:00:00 +0100 extra"', '2020-1-1', '2020-01-01 10:00', '"Jan 1 2020"'])}`;
    intoFront(s, r, p, line);
    return `${line} in ${p}`;
  },
  (s, r) => {
    // Liquid that fails in a post's first paragraph: its excerpt is rendered too
    const p = r.pick(docsOf(s, ['post']));
    const snippet = r.pick(BAD_LIQUID);
    s.files[p] = s.files[p].replace(/\n---\n/, `\n---\n${snippet} `);
    return `${JSON.stringify(snippet)} in the excerpt of ${p}`;
  },
  (s, r) => {
    // Liquid that fails where Jekyll never renders it: a collection not written, render_with_liquid:
    // false, {% raw %}, a draft, an unused include or layout, a file without front matter
    const snippet = r.pick(BAD_LIQUID);
    const where = r.pick(['output false', 'render_with_liquid', 'raw', 'draft', 'unused include', 'unused layout', 'static']);
    if (where === 'output false') {
      s.config.collections = { notes: { output: false } };
      intoBody(s, r, '_notes/first.md', snippet);
    } else if (where === 'render_with_liquid') {
      const p = r.pick(withFront(['post', 'page', 'note'])(s));
      intoFront(s, r, p, 'render_with_liquid: false');
      intoBody(s, r, p, snippet);
    } else if (where === 'raw') intoBody(s, r, r.pick(docsOf(s, ['post', 'page', 'note'])), `{% raw %}${snippet}{% endraw %}`);
    else if (where === 'draft') s.files['_drafts/a-draft.md'] = `---\ntitle: Draft\n---\n${snippet}\n`;
    else if (where === 'unused include') s.files['_includes/unused.html'] = `${snippet}\n`;
    else if (where === 'unused layout') s.files['_layouts/unused.html'] = `<div>\n${snippet}\n{{ content }}</div>\n`;
    else s.files['assets/plain.html'] = `<p>${snippet}</p>\n`;
    return `${JSON.stringify(snippet)} where it is not rendered (${where})`;
  },
  (s, r) => {
    // Sass that does not compile, or imports a partial that is not there
    const [p, text] = r.pick([
      ['assets/main.scss', '---\n---\nbody { color: red; \n'],
      ['assets/main.scss', '---\n---\n@import "missing";\n'],
      ['assets/main.scss', '---\n---\n$x: ;\nbody { color: $x; }\n'],
      ['assets/main.scss', '---\n---\nbody { color: $undefined; }\n'],
      ['assets/main.scss', '---\n---\n@import "base";\n'],
      ['assets/main.sass', '---\n---\nbody\n  color: red\n    margin: 0\n'],
      ['assets/main.scss', '---\n---\n.a { @extend .nothing; }\n'],
      ['assets/main.scss', '---\n---\n@include nomixin;\n'],
    ]);
    s.files[p] = text;
    if (text.includes('"base"')) s.files['_sass/_base.scss'] = r.pick(['body { x: }\n', 'a { b: c\n', '@import "missing2";\n']);
    return `${p}: ${JSON.stringify(text.slice(8))}`;
  },
  (s, r) => {
    // front matter defaults that are not what Jekyll expects
    const d = r.pick([
      [{ scope: { path: '[' }, values: { layout: 'page' } }],
      [{ scope: { path: '', type: 'posts' }, values: { layout: 'missing' } }],
      [{ scope: { path: '' }, values: { permalink: '' } }],
      [{ scope: { path: '' }, values: { date: 'not a date' } }],
      [{ scope: { path: '_posts' }, values: { categories: 1.5 } }],
      [{ scope: { path: '' }, values: [] }],
      [{ scope: null, values: { title: 'x' } }],
      [{ scope: { path: '', type: 'pages' }, values: { layout: 'post' } }],
      [{ values: { layout: 'page' } }],
      'not a list',
    ]);
    s.config.defaults = d;
    return `defaults ${JSON.stringify(d)}`;
  },
  (s, r) => {
    // a Markdown page whose layout or include is missing or broken in its name
    const p = r.pick(docsOf(s, ['page', 'post']));
    s.files[p] = s.files[p].replace(/^layout: .*$/m, `layout: ${r.pick(['missing', 'default/../default', ''])}`);
    return `layout replaced in ${p}`;
  },
];

/** Case `i`: the unbroken site, the broken one and the labels of its faults. */
function makeCase(i) {
  const r = mixedRandom(seed, ':', i);
  const base = baseSite(r);
  const broken = { config: structuredClone(base.config), files: { ...base.files } };
  const labels = [];
  for (let k = 0, n = r.chance(0.25) ? 2 : 1; k < n; k++) {
    const own = mixedRandom(seed, ':', i, ':', k);
    const label = FAULTS[own.int(FAULTS.length)](broken, own);
    if (label) labels.push(label);
  }
  return { base: siteFiles(base), broken: siteFiles(broken), labels };
}

/** The files of a site, _config.yml written out. */
function siteFiles(s) {
  let config = s.configRaw ?? yaml.dump(s.config, { lineWidth: -1 });
  if (s.configExtra) config += s.configExtra;
  const files = { ...s.files, '_config.yml': s.configBytes ? Buffer.concat([Buffer.from(config), s.configBytes, Buffer.from('\n')]) : config };
  return files;
}

// --- building and comparing -----------------------------------------------------------------------
const run = (command, args, cwd) => runCommand(command, args, cwd, ENV);
// Jekyll's address space, in KiB (see the header: a runaway range would take the machine's memory).
const JEKYLL_MEMORY_KB = 4 << 20;
const runJekyll = (args, cwd) => run('sh', ['-c', `ulimit -v ${JEKYLL_MEMORY_KB} && exec "$@"`, 'sh', 'faketime', '-f', '2026-01-01 00:00:00', 'jekyll', ...args], cwd);


/** Path -> { bytes, mtime } of every file under `dir`. */
function tree(dir, prefix = '', out = new Map()) {
  if (!fs.existsSync(dir)) return out;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + entry.name;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) tree(full, `${rel}/`, out);
    else out.set(rel, { bytes: fs.readFileSync(full), mtime: fs.statSync(full).mtimeMs });
  }
  return out;
}

/** A log as compared: colours off, the site folder taken off paths, blanks collapsed. */
const normal = (log, site) =>
  log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split(`${site}/`)
    .join('')
    .split(site)
    .join('.')
    .replace(/\s+/g, ' ')
    .trim();

// Jekyll's header and closing lines, the --trace box and Ruby's backtrace: not part of a message.
const JEKYLL_NOISE = /^\s*(Configuration file:|Source:|Destination:|Incremental build:|Generating\.\.\.|done in|Auto-regeneration|-{10,}|Jekyll \d|for any additional|from \/|\tfrom )/;

/** What Jekyll said when it stopped: its logged error lines, else the exception's message (`verbatim`: see below). */
function jekyllError(log, verbatim = new Map()) {
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  const logged = lines.filter((l) => /^\s*(Liquid Exception|Conversion error|Error|Fatal):/.test(l) && !/Run jekyll build --trace/.test(l)).map((l) => l.trim());
  // Ruby prints the exception, then its causes, each `FILE:LINE:in `METHOD': MESSAGE (CLASS)` and its
  // backtrace; Command#process_site's `exit` for a FatalException comes first, as SystemExit.
  const exceptions = [];
  for (let at = 0; at < lines.length; at++) {
    const m = /^\S.*?:\d+:in [`'][^']*': (.*?)(?: \(([A-Z]\w*(?:::\w+)*)\))?$/.exec(lines[at]);
    if (!m || m[2] === 'SystemExit') continue;
    const rest = [];
    for (let k = at + 1; k < lines.length && !/^\s+from |^\S.*?:\d+:in [`']/.test(lines[k]); k++) rest.push(lines[k]);
    // (Ruby 3.1's printer of an uncaught exception doubles each backslash of its message)
    exceptions.push([m[1], ...rest].join('\n').trim().replace(/\\\\/g, '\\'));
  }
  // Ruby 3.1's error_highlight puts a line of Ruby and its ^^^^ under a NoMethodError's message;
  // the logger joins them to it ("... for nil:NilClass block.attach(new_body) ^^^^^^^ in FILE").
  // kyll may print the logged line as Jekyll does, error_highlight and all: `verbatim` gets each
  // stripped line's original (either one is then found in kyll's output).
  const firsts = exceptions.map((e) => e.split('\n')[0]);
  const original = [...logged];
  for (let k = 0; k < logged.length; k++) {
    for (const first of firsts) {
      const at = logged[k].indexOf(first);
      if (at >= 0) logged[k] = logged[k].slice(0, at + first.length) + logged[k].slice(at + first.length).replace(/^ .*? \^+/, '');
    }
  }
  for (let k = 0; k < exceptions.length; k++) exceptions[k] = exceptions[k].replace(/\n\s*\n.*\n\s*\^+[ \t]*(?=\n|$)/, '');
  // A logged Liquid Exception holds the exception's message (and names the file); a Conversion
  // error comes before it. Other logged errors (`Error: could not read file PATH: MESSAGE`, maybe
  // with the same message) did not stop the build: kyll may stop before it reads their files.
  for (let k = 0; k < logged.length; k++) if (logged[k] !== original[k]) verbatim.set(logged[k], original[k]);
  const liquid = logged.filter((l) => l.startsWith('Liquid Exception'));
  if (liquid.length) return liquid;
  return [...logged.filter((l) => l.startsWith('Conversion error')), ...exceptions.slice(0, 1)];
}

/**
 * The parts of one of Jekyll's messages kyll must say: a message that wraps another with the
 * file's path (Document#read's `Error: could not read file PATH: MESSAGE`, Convertible's `YAML
 * Exception reading PATH: MESSAGE`) as that path and that message, each somewhere in kyll's output.
 */
function partsOf(message) {
  const m = /^(?:Error: )?(could not read file|YAML Exception reading|Error reading file) (\S+): (.*)$/.exec(message);
  return m ? [m[2], m[3]] : [message];
}

// Jekyll's warnings about a fault (others, such as its deprecation notes, are not looked for).
const WARNING = /^\s*(YAML Exception reading|Error reading file|Build Warning:|Liquid Warning:|Error:|Warning:|Invalid)/;
const jekyllWarnings = (log) =>
  log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => WARNING.test(l) && !JEKYLL_NOISE.test(l))
    // error_highlight after a NoMethodError's "for RECEIVER:Class" (see jekyllError)
    .map((l) => l.replace(/(undefined method `[^']*' for .*?(?::[A-Z]\w*(?:::\w+)*|>)) .*? \^+/, '$1').trim());

/** Builds `files` both ways; undefined when they agree, else { kind, text }. */
async function compare(files, base, tag) {
  const dir = path.join(work, tag);
  const src = path.join(dir, 'src');
  const [jOut, kOut] = [path.join(dir, 'jekyll'), path.join(dir, 'kyll')];
  writeSite(src, files);
  fs.rmSync(jOut, { recursive: true, force: true });
  fs.rmSync(kOut, { recursive: true, force: true });
  const [j, k] = await Promise.all([runJekyll(['build', '--disable-disk-cache', '-d', jOut], src), run('node', [BIN, 'build', '--disable-disk-cache', '-d', kOut], src)]);
  const jl = normal(j.log, src);
  const kl = normal(k.log, src);
  if (only !== undefined) console.log(`--- jekyll (exit ${j.status})\n${j.log.replace(/\n\s+from \/.*/g, '')}\n--- kyll (exit ${k.status})\n${k.log}`);
  const logs = `--- jekyll (exit ${j.status})\n${tail(j.log)}\n--- kyll (exit ${k.status})\n${tail(k.log)}`;
  // A source that does not exist: Jekyll builds an empty site (and empties DEST), kyll refuses (README).
  if (j.status === 0 && k.status !== 0 && /Error: The source folder \S+ does not exist\./.test(k.log)) return { same: 'known: a missing source is SOURCE_NOT_FOUND' };
  if ((j.status === 0) !== (k.status === 0)) return { kind: j.status === 0 ? 'only kyll fails' : 'only jekyll fails', text: logs };
  if (j.status !== 0) {
    const verbatim = new Map();
    let said = jekyllError(j.log, verbatim).map((m) => ({ m: normal(m, src), as: verbatim.has(m) ? normal(verbatim.get(m), src) : undefined }));
    if (said.length === 0) return { kind: 'jekyll message not found', text: logs };
    if (said.some(({ m }) => m.includes('failed to allocate memory')) && kl.includes('liquid.memory_limit')) return { same: 'both fail: out of memory' };
    if (said.every(({ m }) => m.includes('stack level too deep'))) said = said.slice(-1);
    const missing = said.filter(({ m, as }) => partsOf(m).some((part) => !kl.includes(part)) && !(as !== undefined && kl.includes(as))).map(({ m }) => m);
    if (missing.length) return { kind: 'message', text: `kyll does not say:\n${missing.map((m) => `  ${m}`).join('\n')}\n${logs}` };
    const dest = await destinationKept(files, base, tag);
    if (dest) return dest;
    return { same: `both fail: ${said[0]?.m.slice(0, 160)}` };
  }
  const a = tree(jOut);
  const b = tree(kOut);
  for (const [p, { bytes }] of a) {
    if (!b.has(p)) return { kind: `missing ${p}`, text: `missing in kyll: ${p}\nkyll wrote: ${[...b.keys()].join(', ')}` };
    if (!bytes.equals(b.get(p).bytes)) return { kind: `different ${p}`, text: `different: ${p}\n--- jekyll\n${bytes}\n--- kyll\n${b.get(p).bytes}` };
  }
  for (const p of b.keys()) if (!a.has(p)) return { kind: `extra ${p}`, text: `extra in kyll: ${p}\njekyll wrote: ${[...a.keys()].join(', ')}` };
  const unsaid = jekyllWarnings(j.log).map((w) => normal(w, src)).filter((w) => !kl.includes(w));
  if (unsaid.length) return { kind: 'warning', text: `kyll does not warn:\n${unsaid.map((m) => `  ${m}`).join('\n')}\n--- kyll\n${tail(k.log)}` };
  void jl;
  return { same: `both build ${a.size} files` };
}

/** Rule 4: kyll's failed build over a good destination leaves it as it was. */
async function destinationKept(files, base, tag) {
  const dir = path.join(work, tag);
  const [good, src, dest] = [path.join(dir, 'good'), path.join(dir, 'src'), path.join(dir, 'dest')];
  writeSite(good, base);
  fs.rmSync(dest, { recursive: true, force: true });
  const g = await run('node', [BIN, 'build', '-d', dest], good);
  if (g.status !== 0) return { kind: 'unbroken site fails', text: tail(g.log) };
  const before = tree(dest);
  await new Promise((resolve) => setTimeout(resolve, 20)); // a rewrite would show in the mtimes
  writeSite(src, files);
  const k = await run('node', [BIN, 'build', '-d', dest], src);
  if (k.status === 0) return { kind: 'destination: build passes over DEST', text: tail(k.log) };
  const after = tree(dest);
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => !before.has(p) || !after.has(p) || !before.get(p).bytes.equals(after.get(p).bytes) || before.get(p).mtime !== after.get(p).mtime);
  return changed.length ? { kind: 'destination changed', text: `a failed build changed DEST: ${changed.slice(0, 8).join(', ')}\n--- kyll\n${tail(k.log)}` } : undefined;
}

const tail = (log) =>
  log
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .filter((l) => !/^\s+from \//.test(l))
    .slice(-14)
    .join('\n')
    .trim();

/** Files dropped (never _config.yml) while the difference stays of `kind`. */
async function reduce(files, base, kind) {
  let current = { ...files };
  for (const p of Object.keys(files)) {
    if (p === '_config.yml') continue;
    const { [p]: _, ...without } = current;
    const d = await compare(without, base, 'reduce');
    if (d?.kind === kind) current = without;
  }
  return current;
}

// --- the run ----------------------------------------------------------------------------------------
if (opt('dump')) {
  const c = makeCase(Number(only ?? 0));
  writeSite(opt('dump'), c.broken);
  console.log(c.labels.join('\n'));
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
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
let failedBoth = 0;
const kinds = new Map();
process.on('exit', cleanUp);
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(signal, () => {
    console.log(`seed ${seed}: stopped after ${done} cases, ${found} differences`);
    process.exit(code);
  });
}
const indices = only !== undefined ? [Number(only)] : Array.from({ length: count }, (_, i) => i);
for (const i of indices) {
  const c = makeCase(i);
  const d = await compare(c.broken, c.base, 'case');
  done++;
  if (d.same) {
    if (d.same.startsWith('both fail')) failedBoth++;
    if (verbose) console.log(`ok    case ${i}: ${c.labels.join('; ')}: ${d.same}`);
    continue;
  }
  found++;
  kinds.set(d.kind, (kinds.get(d.kind) ?? 0) + 1);
  const reduced = flag('no-reduce') ? c.broken : await reduce(c.broken, c.base, d.kind);
  keep ??= fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-errors-cases-'));
  const saved = path.join(keep, `${seed}-${i}`);
  writeSite(saved, reduced);
  console.log(`DIFF  case ${i} of seed ${seed}: ${d.kind}: ${c.labels.join('; ')} (site: ${saved})`);
  console.log(d.text.replace(/^/gm, '  | '));
}
console.log(`seed ${seed}: ${done} cases, ${failedBoth} failing in both, ${found} differences${found ? ` (${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')}); sites in ${keep}` : ''}`);
process.exit(found ? 1 : 0);
