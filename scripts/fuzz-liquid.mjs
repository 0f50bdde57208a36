#!/usr/bin/env node
// Differential fuzzing of kyll's Liquid against Jekyll's: small random templates (outputs with
// filter chains, tags, literals, whitespace control) rendered as a page of a small site by both,
// with the site's payload (posts, a collection sorted by a key with nested front matter and CJK text,
// data, config values of mixed types). A render that fails in
// both counts as the same; any other difference is printed.
//
//   npm run build && node scripts/fuzz-liquid.mjs [--seed N] [--count N] [--max N]
//   node scripts/fuzz-liquid.mjs --try '{{ 1 | plus: 2 }}'   (one template, both outputs printed)
//   node scripts/fuzz-liquid.mjs --try-file FILE   (a JSON string a line: the templates whose outputs differ)
//   --messages: a render that fails in both counts as the same only with the same message
//   (Jekyll's "Liquid Exception: <message> in fuzz.html", Ruby's hints put on one line).
//   --timezone ZONE: the site's `timezone:` (default Asia/Shanghai; `none` for no setting).
//   --liquid 'strict_variables: true, strict_filters: true, error_mode: strict': the site's
//   `liquid:` settings (both read them from its _config.yml).
//   --markdown: the page is fuzz.md (Liquid, then kramdown), its templates Markdown blocks mixed with
//   Liquid: HTML blocks with markdown="1"/"span"/"block"/"0" nested in each other, Liquid tags that open
//   and close them, loops that write list items and table rows, includes of HTML and Markdown inside
//   them, highlight, raw and nomarkdown; each difference is reduced by lines.
//   --kramdown 'parse_block_html: true, ...': the site's `kramdown:` settings; --config YAML: more
//   settings (e.g. $'markdown: CommonMark\nplugins: [jekyll-commonmark]').
//   --tight: some comparisons written with no spaces around the operator (`a==b`; with
//   --liquid 'error_mode: lax' If reads them as one lookup).
//   --odd: more of the shapes EXTRA rarely makes (the ODD list: strftime flags on UTC dates, counters
//   named after payload keys, drops as filter inputs and arguments, binary Strings, where_exp, drops,
//   site.pages and collections walked by for loops and first/last).
//   --layout: the page sits in a layout generated with it (whitespace control, comments and tags
//   around {{ content }}, the layout's front matter, a parent layout); a case is {page, layout}.
//   --show-errors: the first words of each error Jekyll's render raised (a generator that makes
//   templates mostly failing tests little).
//
// A drop's keys (a document's or collection's hash through `jsonify`, `inspect`, `first`, `for`) come
// in the order of Ruby's method table, which depends on the order symbols were first made in the
// process: the oracle runs inside the `jekyll build` command itself (scripts/liquid-oracle.rb), so
// its order is the build's, which kyll follows, and outputs are compared as they are.
// The oracle's site.pages holds the page while it renders, as a build of the site with it does.
// Known difference left (--odd): a binary String whose bytes are all ASCII (`"AAEC" | base64_decode`)
// is a plain string in kyll, so its inspect (also an array's to_s) writes control bytes as a UTF-8
// String's `\u0000` where Ruby's ASCII-8BIT one writes `\x00` (seeds 4501, 4526).
//
// Needs Ruby with Jekyll (scripts/liquid-oracle.rb).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { commandLine, reduceLines, ROOT, rubyOracle, seededRandom, importBundle } from './fuzz-common.mjs';

const { opt, flag } = commandLine();
const seed = Number(opt('seed', Date.now() % 100000));
const count = Number(opt('count', 300));
const maxCases = Number(opt('max', 30));
const markdown = flag('markdown');
const PAGE = markdown ? 'fuzz.md' : 'fuzz.html';

const { renderSite, memorySource } = await importBundle('kyll.js');

// --- the site both render against ---------------------------------------------------------
const SITE = {
  '_config.yml': `title: Fuzz site\nurl: https://example.com\nbaseurl: /blog\n${opt('timezone', 'Asia/Shanghai') === 'none' ? '' : `timezone: ${opt('timezone', 'Asia/Shanghai')}\n`}` + 'collections: {books: {output: true, sort_by: rank, permalink: "/b/:path/"}}\nnumbers: [1, 2.5, "3", null, true, -4]\nnested: {a: {b: [x, y]}, n: 0, s: "a b"}\nquote: \'say "hi" & <b>bye</b>\'\n',
  '_data/items.yml': '- {name: apple, price: 3, tags: [red, fruit], when: 2022-02-11}\n- {name: Banana, price: 2.5, tags: [yellow]}\n- {name: cherry, price: "10", tags: []}\n- {name: date, price: null}\n',
  '_posts/2022-02-11-first-post.md': '---\ntitle: First "post"\ncategories: [news, 中文]\ntags: [a, b]\n---\nHello *world*, the first post.\n\nSecond paragraph.\n',
  '_posts/2022-03-01-second.md': '---\ntitle: Second & last\ndate: 2022-03-01 10:30:00 +0800\ntags: b\nrank: 2\n---\n第二篇 news here.\n',
  '_includes/note.html': '[{{ include.text }}|{{ include.n | plus: 1 }}|{{ include.list | join: "," }}|{{ include | size }}]',
  '_includes/loop.html': '{% for x in include.items limit: include.max %}{{ x.name | default: x }}{% cycle "inc": "-", "+" %}{% endfor %}{% capture inner %}{{ include.text | upcase }}{% endcapture %}{{ inner | strip }}',
  '_includes/block.html': '<div markdown="{{ include.md | default: 1 }}">\n{{ include.text }}\n</div>\n',
  '_includes/items.md': '{% for x in include.items %}\n* {{ x.name | default: x }} *{{ forloop.index }}*\n{% endfor %}\n',
  // includes that include others: `include` is the innermost call's parameters, or the caller's when
  // a nested call has none; assigns inside an include are the page's; include_relative inside one
  // reads next to the page
  '_includes/outer.html': '<o {{ include.a }}>{% include inner.html b=include.a %}{% include inner.html %}{{ include.b }}{% assign leaked = include.a %}</o>',
  '_includes/inner.html': '<i {{ include.a }}|{{ include.b }}|{{ include | size }}>',
  '_includes/rec.html': '{% if include.n > 0 %}{{ include.n }}{% assign m = include.n | minus: 1 %}{% include rec.html n=m %}{% endif %}',
  '_includes/sub/rel.html': '[{% include_relative rel/leaf.txt %}|{% include sub/deep.html x=include.x %}]',
  '_includes/sub/deep.html': '{{ include.x | default: "d" }}{{ include_name }}',
  '_includes/bad.html': 'ok\n{% if include.x %}\n{{ include.x | nosuchfilter }}\n',
  '_posts/2021-12-31-old.html': '---\ntitle: old\ncategory: archive\nrank: 1\npublished: true\n---\n<p>old one</p>\n',
  // include_relative reads next to the page (fuzz.html at the root); a file that is no page keeps its front matter as text
  'rel/part.html': '<{{ include.a | default: "none" }}{% include_relative rel/leaf.txt %}>\n',
  'rel/leaf.txt': '{{ include.a | size }}{{ page.title }}',
  '_rel/fm.md': '---\ntitle: fm\n---\n{{ page.title }}|{{ include.k }}\n',
  // a collection sorted by a key some documents lack, with nested front matter, dates and CJK text
  '_books/zh.md': '---\ntitle: 中文书名：副标题\nrank: 2\nmeta: {level: 2, author: {name: 张三}, tags: [小说, 历史]}\ndate: 2021-05-01\n---\n这是一本很长的中文书，没有空格。“引号”和『括号』。\n',
  '_books/en.md': '---\ntitle: "An English Book"\nrank: 10\nmeta: {level: "2", author: {name: Ann}}\n---\nIt\'s a *long* book — "quoted".\n',
  '_books/none.md': '---\ntitle: 日本語のタイトル\nmeta: 0\n---\n日本語の本文です。\n',
  '_books/sub/deep.html': '---\nrank: 1\nmeta: {level: 1, tags: [x]}\nlayout: nosuch\n---\n<p>deep {{ page.rank }}</p>\n',
};
// --layout: the page has `layout: fz`, a layout generated with each template (its Liquid around
// `{{ content }}`), which may itself sit in `base`.
const layoutMode = flag('layout');
if (layoutMode) {
  SITE['_layouts/fz.html'] = '{{ content }}';
  SITE['_layouts/base.html'] = '---\nside: base-side\n---\n<b>{%- comment -%} base {%- endcomment -%}\n  {{- content -}}\n{% # end %}</b>\n{{ layout.side }}|{{ page.layout }}\n';
}
const liquidSettings = opt('liquid');
if (liquidSettings !== undefined) SITE['_config.yml'] += `liquid: {${liquidSettings}}\n`;
if (opt('kramdown') !== undefined) SITE['_config.yml'] += `kramdown: {${opt('kramdown')}}\n`;
// --config YAML: more settings as written, e.g. 'markdown: CommonMark\nplugins: [jekyll-commonmark]'
if (opt('config') !== undefined) SITE['_config.yml'] += `${opt('config')}\n`;
const PAGE_DATA = (layoutMode ? 'layout: fz\n' : '') + 'title: Fuzz\nn: 3\nf: 2.5\ns: "3"\nlist: [3, 1, 2]\nwords: [b, a, C]\nempty: ""\nnothing:\nt: true\nff: false\nh: {a: 1, b: [1, 2]}\nwhen: 2023-01-05 23:30:00 +0800\nday: 2023-01-05\n';
const siteDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fuzz-liquid-'));
for (const [p, text] of Object.entries(SITE)) {
  fs.mkdirSync(path.dirname(path.join(siteDir, p)), { recursive: true });
  fs.writeFileSync(path.join(siteDir, p), text);
}

// Jekyll's site.time and `now` are the clock's: faketime starts Ruby's at kyll's SOURCE_DATE_EPOCH.
const oracle = rubyOracle('liquid-oracle.rb', [siteDir, PAGE_DATA], { stderr: 'ignore', prefix: ['faketime', '-f', '2026-01-01 00:00:00'], env: { ...process.env, TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600', FUZZ_PAGE: PAGE } });
const jekyll = oracle.ask;
const kyll = async (input) => {
  try {
    const text = typeof input === 'string' ? input : input.page;
    const files = { ...SITE, [PAGE]: `---\n${PAGE_DATA}---\n${text}` };
    if (typeof input !== 'string') files['_layouts/fz.html'] = input.layout;
    const result = await renderSite({ source: memorySource(files, siteDir), write: false, env: { TZ: 'UTC', SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: process.env.JEKYLL_ENV ?? 'development' } });
    const page = result.files.find((f) => f.path === 'fuzz.html');
    return typeof page?.contents === 'string' ? page.contents : Buffer.from(page?.contents ?? '').toString();
  } catch (e) {
    return { error: 'error', message: e instanceof Error ? e.message : String(e) };
  }
};

// --- the generator ----------------------------------------------------------------------------
const { rnd, int, pick, chance } = seededRandom(seed);

const LITERALS = ['1', '-2', '0', '2.5', '-0.5', '1.0', '10', '"abc"', '"a b c"', "'x'", '""', '"3"', '"2.7"', '" pad "', '"Hello World"', '"a,b,,c"', '"<p>x & y</p>"', '"中文 字"', '"<a <!-- c --> b>t"', '"x<script>y</script>z<br/>"', '"a&amp;b&lt;c&#39;"', '"  \t tab "', '"Ünïcödé ß ﬁx"', '"%41%zz+%"', '"1e3"', '" 12abc"', '"-0"', '"1_000"', '"0x1A"', '"1,234.5"', 'true', 'false', 'nil', 'empty', 'blank', '(1..3)', '(3..1)'];
const VARS = ['page.n', 'page.f', 'page.s', 'page.list', 'page.words', 'page.empty', 'page.nothing', 'page.t', 'page.ff', 'page.h', 'page.h.a', 'page.h.b', 'page.title', 'page.url', 'page.list.size', 'page.words.first', 'page.list.last', 'page.list[0]', 'page.list[-1]', 'page.h["a"]', 'site.posts', 'site.posts.first.title', 'site.posts.size', 'site.data.items', 'site.data.items[0].name', 'site.numbers', 'site.nested.a.b', 'site.nested', 'site.quote', 'site.tags', 'site.categories', 'site.tags.b', 'site.title', 'site.baseurl', 'missing', 'missing.deep', 'site.posts[1].date', 'site.data.items.size', 'forloop', 'site.related_posts', 'jekyll', 'jekyll.environment', 'page.path', 'page.dir', 'site.posts.last.next', 'site.static_files.size'];
// `empty` and `blank` only mean something in comparisons.
const value = () => (chance(0.45) ? pick(LITERALS.slice(0, -4).concat(LITERALS.slice(-2))) : pick(VARS));
// A date filter's input: a date-like value more often than any value.
const dateValue = () => (chance(0.6) ? pick(DATES) : value());
const operand = () => (chance(0.45) ? pick(LITERALS) : pick(VARS));

// Each filter with the kinds of its arguments: i an integer, n a number, s a string, v any value,
// or a named shape (fmt, allow, prop, prop2, where, exp, ordinal, cjk, mode). With --wild every
// argument is any value (mostly errors in both).
const FILTERS = [
  ['abs'], ['append', 's'], ['at_least', 'n'], ['at_most', 'n'], ['capitalize'], ['ceil'], ['compact'], ['concat', 'v'], ['date', 'fmt'], ['default', 'v'], ['default', 'allow'],
  ['divided_by', 'n'], ['downcase'], ['escape'], ['escape_once'], ['first'], ['floor'], ['join', 's'], ['join'], ['last'], ['lstrip'], ['map', 'prop'], ['minus', 'n'], ['modulo', 'n'],
  ['newline_to_br'], ['plus', 'n'], ['prepend', 's'], ['remove', 's'], ['remove_first', 's'], ['replace', 'ss'], ['replace_first', 'ss'], ['reverse'], ['round'], ['round', 'i'], ['rstrip'],
  ['size'], ['slice', 'i'], ['slice', 'ii'], ['sort'], ['sort', 'prop'], ['sort_natural'], ['split', 's'], ['strip'], ['strip_html'], ['strip_newlines'], ['times', 'n'], ['truncate', 'i'],
  ['truncate', 'is'], ['truncatewords', 'i'], ['truncatewords', 'is'], ['uniq'], ['upcase'], ['url_decode'], ['url_encode'], ['where', 'where'], ['absolute_url'], ['relative_url'],
  ['array_to_sentence_string'], ['array_to_sentence_string', 's'], ['cgi_escape'], ['date_to_long_string'], ['date_to_rfc822'], ['date_to_string'], ['date_to_string', 'ordinal'],
  ['date_to_xmlschema'], ['find', 'where'], ['group_by', 'prop'], ['inspect'], ['jsonify'], ['normalize_whitespace'], ['number_of_words'], ['number_of_words', 'cjk'], ['pop'],
  ['push', 'v'], ['shift'], ['slugify'], ['slugify', 'mode'], ['smartify'], ['to_integer'], ['unshift', 'v'], ['uri_escape'], ['xml_escape'], ['where_exp', 'exp'], ['find_exp', 'exp'],
  ['group_by_exp', 'exp'], ['markdownify'], ['sort', 'prop2'], ['sort_natural', 'prop'], ['uniq', 'prop'], ['compact', 'prop'], ['base64_encode'], ['base64_decode'], ['base64_url_safe_encode'], ['base64_url_safe_decode'], ['replace_last', 'ss'], ['remove_last', 's'], ['escape'], ['date', 'fmt'], ['default', 's'], ['append', 'v'], ['split', 's'], ['join', 's'], ['size'], ['first'],
];
const wild = flag('wild');
const INTS = ['0', '1', '2', '3', '5', '10', '-1', '"4"'];
const NUMS = ['1', '2', '-3', '0.5', '2.0', '"3"', '10', '0'];
const STRS = ['", "', '"-"', '""', '" "', '"a"', '"b"', '"x y"', '"<b>"', '"中"', '","', '"…"', '"&"', '"<"', '"\\"', '"$1"', '"\\0"'];
const FORMATS = ['"%Y-%m-%d"', '"%b %-d, %Y"', '"%A %j %U %e %l %P %Z %z %s"', '"%d/%m/%y %H:%M"', '""', '"%%"', '"%-m %k %I %p"', 'nil',
  '"%-d %B %Y"', '"%s %N %L %3N %6N"', '"%C %y %G %g %V %u %w %W"', '"%^a %^b %10A %-10d %_m %05Y %^B"', '"%c|%x|%X|%D|%F|%T|%R|%r"', '"%h%n%t%Q%"', '"%:z %::z %-z"', '"%Ez %Oy %E"', '"%+"', '"%v %-I:%M%P"', '"%-H/%-M/%-S %e"', '"年%Y月%m日"',
  '"%Y年%m月%d日"', '"%Y年%-m月%-d日 %H:%M"', '"%m月%d日（%a）"', '"%Y-%m-%dT%H:%M:%S%:z"', '"%Y/%m/%d %H:%M:%S %z %Z"'];
// What date filters are given in posts: strings in many shapes, times and dates of the payload.
const DATES = ['"2022-02-30"', '"March 5, 2021"', '"5 Mar 2021 10:00 +0100"', '"now"', '"1700000000"', '"2021-13-01"', '"2021-06-01T12:00:00Z"', '"2021-06-01 12:00:00 -0500"', '"Sat, 11 Feb 2023 08:00:00 GMT"', '"11/02/2023"', '"2023.02.11"', '"20230211"', '"Feb 2023"', '"tomorrow"', '"12:30"', 'site.posts[1].date', 'site.posts.first.date', 'site.data.items[0].when', 'site.time', 'page.date', '1700000000', '"  2020-01-01  "', '"2020-01-01 25:00"',
  '"2023-01-05 23:30:00 +0800"', '"2023-01-05T23:30:00+08:00"', '"2023-01-05 23:30 +08:00"', '"2023年1月5日"', '"2023-01-05 01:00:00 -1000"', 'page.when', 'page.day'];
const PROPS = ['"name"', '"price"', '"title"', '"tags"', '"date"', '"missing"', '"rank"'];

function filterArgs(kind, arity) {
  if (arity === 'fmt') return `: ${pick(FORMATS)}`;
  if (arity === 'allow') return `: ${value()}, allow_false: ${pick(['true', 'false'])}`;
  if (arity === 'prop') return `: ${pick(PROPS)}`;
  if (arity === 'prop2') return `: ${pick(PROPS)}, ${pick(['"first"', '"last"', 'nil'])}`;
  if (arity === 'where') return `: ${pick(PROPS)}, ${value()}`;
  if (arity === 'exp') return `: "x", "${pick(['x.price > 2', 'x.tags contains "red"', 'x == 2', 'x.rank', 'x.name == "apple" or x.price', 'x.title contains "a"', 'x'])}"`;
  if (arity === 'ordinal') return `: "ordinal", ${pick(['"US"', '"UK"', 'nil'])}`;
  if (arity === 'cjk') return `: ${pick(['"cjk"', '"auto"', '"x"'])}`;
  if (arity === 'mode') return `: ${pick(['"raw"', '"default"', '"pretty"', '"ascii"', '"latin"', '"none"', '"bad"'])}`;
  const arg = (k) => (wild ? value() : k === 'i' ? pick(INTS) : k === 'n' ? pick(NUMS) : k === 's' ? pick(STRS) : value());
  return `: ${[...arity].map(arg).join(', ')}`;
}

function output() {
  let s = value();
  for (let i = 0, n = int(4); i < n; i++) {
    const [name, arity] = pick(FILTERS);
    s += ` | ${name}${arity === undefined ? '' : filterArgs(name, arity)}`;
  }
  return `{{${pick(['', '-'])} ${s} ${pick(['', '-'])}}}`;
}

// --tight: now and then a comparison with no spaces around its operator (`a==b`), which the
// strict parser reads as a comparison and If's lax parser (error_mode lax) as one lookup
const tight = flag('tight');
const condition = () => {
  const op = pick(['==', '!=', '<', '>', '<=', '>=', 'contains', '']);
  const sp = tight && op !== 'contains' && chance(0.4) ? '' : ' ';
  const c = op === '' ? operand() : `${operand()}${sp}${op}${sp}${operand()}`;
  return chance(0.2) ? `${c} ${pick(['and', 'or'])} ${value()}` : c;
};

function part(depth = 0) {
  const r = int(depth > 1 ? 3 : 17);
  const ws = () => pick(['', '', '-']);
  const tag = (body) => `{%${ws()} ${body} ${ws()}%}`;
  const text = () => pick(['', ' ', 'x', '\n', ' [', '] ', '\n  ']);
  switch (r) {
    case 0:
    case 1:
    case 2:
      return text() + output() + text();
    case 3:
      return `${tag(`assign v = ${value()}${chance(0.5) ? ` | ${pick(FILTERS)[0]}` : ''}`)}${output().replace(/\{\{-? \S+/, '{{ v')}`;
    case 4:
      return `${tag(`if ${condition()}`)}${part(depth + 1)}${chance(0.4) ? `${tag(`elsif ${condition()}`)}${part(depth + 1)}` : ''}${chance(0.5) ? `${tag('else')}${part(depth + 1)}` : ''}${tag('endif')}`;
    case 5:
      return `${tag(`unless ${condition()}`)}${part(depth + 1)}${tag('endunless')}`;
    case 6:
      return `${tag(`for x in ${pick(['page.list', 'page.words', 'site.posts', 'site.data.items', '(1..4)', 'page.h', 'site.numbers', 'page.s', 'page.nothing', 'site.tags', 'site.nested'])}${pick(['', ' reversed', ' limit:2', ' offset:1', ' limit: 1 offset: 2', ' offset:continue'])}`)}${pick(['{{ x }}', '{{ x.name }}', '{{ forloop.index }}/{{ forloop.length }}', '{{ x | size }}', '{{ x[0] }}', '{% cycle "a", "b" %}', '{{ x.title }}'])}${chance(0.3) ? `${tag('else')}none` : ''}${tag('endfor')}`;
    case 7:
      return `${tag(`capture c`)}${part(depth + 1)}${tag('endcapture')}[{{ c | size }}]{{ c }}`;
    case 8:
      return `${tag(`case ${value()}`)}${tag(`when ${value()}${chance(0.4) ? `, ${value()}` : chance(0.3) ? ` or ${value()}` : ''}`)}W${tag('else')}E${tag('endcase')}`;
    case 9:
      return `${tag(`tablerow x in ${pick(['page.list', '(1..5)', 'site.data.items', 'page.words'])}${pick(['', ' cols:2', ' limit:2', ' cols:2 offset:1'])}`)}{{ x }}${tag('endtablerow')}`;
    case 10:
      return `${tag(pick(['increment k', 'decrement k', 'increment page.n']))}${tag('increment k')}{{ k }}`;
    case 11:
      return `{% raw %}${pick(['{{ x }}', '{% if %}', '}}'])}{% endraw %}`;
    case 12:
      return `${tag(`assign arr = ${pick(['"c,a,B" | split: ","', 'page.list | sort', 'site.data.items | map: "name"', 'site.posts | where: "rank", 2', '"" | split: ","'])}`)}{{ arr | join: "-" }}{{ arr.size }}{{ arr.first }}`;
    case 13:
      return `{{ ${value()}${pick(['.size', '.first', '.last', '[0]', '["name"]', '.name'])} }}`;
    case 14:
      return `{% comment %}${output()}{% endcomment %}${part(depth + 1)}`;
    case 15:
      return odd && chance(0.7) ? pick(ODD)() : pick(EXTRA)();
    default:
      return text() + output();
  }
}

// What templates in real sites do that the grammar above rarely makes.
const LISTS = ['page.list', 'page.words', 'site.posts', 'site.data.items', '(1..4)', 'site.numbers'];
const EXTRA = [
  // dates in many shapes through the date filters
  () => `{{ ${dateValue()} | ${pick([`date: ${pick(FORMATS)}`, 'date_to_string', 'date_to_long_string', 'date_to_xmlschema', 'date_to_rfc822', 'date_to_string: "ordinal", "US"', 'date_to_long_string: "ordinal"', 'date: "%s" | minus: 0'])} }}`,
  // the nil-aware filters over items with nil properties
  () => `{{ site.data.items | ${pick(['sort: "price"', 'sort: "price", "last"', 'sort: "missing", "first"', 'where: "price", nil', 'where: "price", empty', 'where_exp: "x", "x.price == nil"', 'where_exp: "x", "x.price"', 'where_exp: "x", "x.tags.size > 0 and x.price < 5"', 'group_by_exp: "x", "x.price | default: 0"', 'group_by_exp: "x", "x.tags | size"', 'group_by: "price"', 'map: "price" | compact', 'map: "tags" | join: "/"', 'sort: "name" | map: "name"', 'uniq: "price"', 'find: "price", 3', 'find_exp: "x", "x.price > 100"'])} | ${pick(['jsonify', 'map: "name" | join: ","', 'size', 'first | inspect', 'inspect'])} }}`,
  // two loops over one list: offset:continue goes on where the first stopped
  () => `{% for x in ${pick(LISTS)} limit: ${int(3)} %}{{ x }}{% endfor %}|{% for x in ${pick(LISTS)} offset:continue ${pick(['', 'limit: 1', 'reversed'])} %}{{ x }}{% if forloop.last %}.{% endif %}{% endfor %}`,
  // named cycle groups and cycles with variables
  () => `{% for x in (1..${1 + int(4)}) %}{% cycle ${pick(['"g": "a", "b", "c"', 'page.n: 1, 2', '"a", "b"', 'x: "p", "q"', '"a", page.s, nil'])} %}{% cycle ${pick(['"g": "a", "b", "c"', '"h": 1, 2', '"a", "b"'])} %}{% endfor %}`,
  // captures built up inside loops
  () => `{% assign acc = "" %}{% for x in ${pick(LISTS)} %}{% capture acc %}{{ acc }}${pick(['{{ x }}', '{{ forloop.index0 }}', '{{ x.name | default: x | slugify }}', '{% if forloop.first %}<{% endif %}{{ x.title }}'])}${pick([',', ' ', ''])}{% endcapture %}{% endfor %}[{{ acc | strip }}]{{ acc | split: "," | size }}`,
  // include with parameters
  () => `{% include ${pick(['note.html', 'loop.html'])} ${pick(['text="a b"', "text='q'", 'text=page.title', 'text=site.quote', 'text="x" n=page.n', 'n=2 list=page.words', 'items=site.data.items max=2 text="y"', 'items=page.list max=5', 'list=site.numbers n="3"', ''])} %}`,
  // case/when with or and commas, on values of several types
  () => `{% case ${value()} %}{% when ${value()} or ${value()} %}A{% when ${value()}, ${value()} %}B{% when ${pick(['nil', 'empty', 'blank', 'true'])} %}C{% else %}D{% endcase %}`,
  // filters with several arguments
  () => `{{ ${value()} | ${pick(['slice: 1, 2', 'slice: -3, 2', 'truncate: 5, "…"', 'truncate: 3, ""', 'truncatewords: 2, "--"', 'replace: "a", "b"', 'default: "x", allow_false: true', 'where: "title", "old"', 'sort: "title", "last"', 'date_to_string: "ordinal", "UK"', 'number_of_words: "cjk"', 'slugify: "latin"', 'jsonify', 'cgi_escape | url_decode'])} }}`,
  // the tags and filters of post lists and links that themes use
  () => pick([`{% post_url ${pick(['2022-02-11-first-post', '2021-12-31-old', '2022-03-01-second', 'first-post', '2022-02-11-missing'])} %}`, `{% link ${pick(['_posts/2022-03-01-second.md', '_data/items.yml', 'missing.md'])} %}`, `{% highlight ${pick(['ruby', 'js linenos', 'text', 'nosuch', 'ruby mark_lines="1"'])} %}\n${pick(['a = 1 < 2', '  x', '{{ page.n }}'])}\n{% endhighlight %}`]),
  () => `{% for post in site.posts${pick(['', ' limit: 2', ' offset: 1'])} %}${pick(['{{ post.url | relative_url }}', '{{ post.url | absolute_url }}', '{{ post.date | date: "%b %-d, %Y" }}', '{{ post.title | escape }}', '{{ post.excerpt | strip_html | truncatewords: 3 }}', '{{ post.categories | join: "/" }}', '{{ post.tags | array_to_sentence_string }}', '{% if post.rank %}{{ post.rank | times: 2 }}{% endif %}', '{{ post.previous.title }}|{{ post.next.url }}', '{{ post.content | number_of_words }}', '{{ post.id | slugify }}', '{{ forloop.rindex }}'])}{% unless forloop.last %}, {% endunless %}{% endfor %}`,
  () => `{% assign posts = site.posts | ${pick(['where: "categories", "news"', 'where_exp: "p", "p.tags contains \'b\'"', 'sort: "title"', 'sort: "rank", "last"', 'group_by_exp: "p", "p.date | date: \'%Y\'"', 'group_by: "category"', 'where_exp: "p", "p.date > site.time"', 'reverse'])} %}{% for p in posts %}${pick(['{{ p.title }}', '{{ p.name }}:{{ p.items | size }}', '{{ p | inspect | size }}', '{{ p.url }}'])};{% endfor %}{{ posts | size }}`,
  // the `liquid` tag (a tag a line, CRLF lines too), echo, inline comments and render (which Jekyll refuses)
  () => {
    const eol = pick(['\n', '\n', '\r\n', '\n\n']);
    const lines = [];
    for (let i = 0, n = 1 + int(4); i < n; i++) {
      lines.push(pick([`assign v = ${value()}`, `echo ${value()}${chance(0.5) ? ` | ${pick(FILTERS)[0]}` : ''}`, `# ${pick(['note', '{{ x }}', ''])}`, `if ${condition()}${eol}echo 'y'${eol}${pick(['else', 'elsif true'])}${eol}echo 'n'${eol}endif`, `for x in ${pick(LISTS)}${eol}echo x${eol}${pick(['break', 'continue', 'echo ","'])}${eol}endfor`, `case ${value()}${eol}when ${value()}${eol}echo 'w'${eol}endcase`, `capture c${eol}echo ${value()}${eol}endcapture${eol}echo c | size`, 'cycle "a", "b"', 'increment k', `unless ${condition()}${eol}echo 'u'${eol}endunless`]));
    }
    if (chance(0.05)) lines.push(pick(['endif', 'else', 'elsif x', 'end', 'raw', 'nosuch', 'liquid', "render 'note.html'", "include note.html text='x'"]));
    return `{%${pick(['', '-'])} liquid ${pick(['', eol])}${lines.join(eol)}${pick(['', eol, ' '])}${pick(['', '-'])}%}${chance(0.3) ? '{{ v }}{{ k }}' : ''}`;
  },
  () => pick([`{% echo ${value()} | ${pick(FILTERS)[0]} %}`, `{%- echo ${value()} -%} `, `{% # ${pick(['a comment', '{{ x }}', ''])} %}x`, `{%# ${pick(['c', ''])} %}`, `{% render ${pick(["'note.html'", '"loop.html", items: page.list', "'note.html' with page.list as text", 'x'])} %}`]),
  // comparisons of values of mixed types, and contains on each
  () => `{% if ${pick(VARS.concat(LITERALS))} ${pick(['==', '!=', '<', '>=', 'contains', '<>'])} ${pick(VARS.concat(LITERALS))} %}T{% else %}F{% endif %}`,
  // filters given nil, arrays and hashes where they expect strings or numbers, and the reverse
  () => `{{ ${pick(['nil', 'page.nothing', 'page.h', 'page.list', 'site.nested', 'site.data', 'site.posts.first', '(1..3)', 'page.t', 'page.f'])} | ${pick(FILTERS)[0]}${chance(0.3) ? ` | ${pick(FILTERS)[0]}` : ''} }}`,
  // include_relative with parameters (an include inside it, front matter kept as text), includes named by a variable
  () => `${pick(['', ' ', '\n'])}{%${pick(['', '-'])} ${pick(['include_relative rel/part.html', 'include_relative rel/part.html a="xy"', 'include_relative rel/part.html a=page.list', 'include_relative _rel/fm.md k=page.n', 'include_relative rel/leaf.txt', 'include_relative rel/missing.html', 'include_relative ../x.html', 'include {{ page.s }}.html', 'include note.html text=page.h.b', 'include loop.html items=site.posts max=1 text=page.title'])} ${pick(['', '-'])}%}${pick(['', ' ', '\n'])}{{ include.a }}`,
  // the loop drops and the jekyll drop as values: printed, jsonified, given to filters
  () => `{% ${pick(['for x in (1..2)', 'tablerow x in (1..3) cols:2'])} %}{{ ${pick(['forloop', 'tablerowloop', 'jekyll', 'forloop.parentloop'])} | ${pick(['jsonify', 'inspect', 'size', 'first', 'last', 'join', 'default: 1', 'map: "index"', 'where: "a", 1', 'array_to_sentence_string', 'slugify', 'sort'])} }}{% ${pick(['endfor', 'endtablerow'])} %}`,
  // contains on hashes, drops and strings; comparisons of a value with itself through filters
  () => `{% if ${pick(['page.h', 'site.data', 'site.posts.first', 'site', 'page', 'site.nested', 'jekyll', 'page.s', 'site.data.items[0]'])} contains ${pick(['"a"', '"items"', '"title"', '"posts"', '1', 'nil', '"3"', 'page.n'])} %}T{% else %}F{% endif %}`,
  // a collection's documents (sorted by a key one lacks) through the filters themes use, nested and missing keys
  () => `{% assign bs = site.books | ${pick(['sort: "meta.level"', 'sort: "meta.author.name", "last"', 'sort: "rank"', 'sort: "missing", "last"', 'sort: "title"', 'sort_natural: "title"', 'where: "meta.level", 2', 'where: "meta.level", "2"', 'where: "meta.author.name", "Ann"', 'where: "meta.tags", "历史"', 'where: "rank", nil', 'where_exp: "b", "b.meta.level == 2"', 'where_exp: "b", "b.meta.tags contains \'x\'"', 'where_exp: "b", "b.rank > 1 or b.meta == 0"', 'where_exp: "b", "b.content contains \'书\'"', 'where_exp: "b", "b.date"', 'group_by: "meta.level"', 'group_by_exp: "b", "b.meta.author.name | default: \'anon\'"', 'group_by_exp: "b", "b.date | date: \'%Y\'"', 'group_by_exp: "b", "b.title | size | modulo: 2"', 'map: "meta" | compact', 'reverse', 'slice: 1, 2', 'uniq: "meta.level"', 'find: "rank", 10', 'find_exp: "b", "b.meta.level == 1"'])} %}${pick(['{% for b in bs %}{{ b.title | default: b.name }}|{{ b.url }}|{{ b.rank }};{% endfor %}', '{{ bs | map: "title" | join: "/" }}', '{{ bs | size }}', '{% for g in bs %}{{ g.name }}:{{ g.items | map: "rank" | join: "," }};{% endfor %}', '{{ bs | jsonify | size }}', '{{ bs | inspect | size }}', '{{ bs.first.title }}'])}`,
  () => `{% for b in site.books${pick(['', ' reversed', ' limit: 2', ' offset: 1'])} %}${pick(['{{ b.title | slice: 0, 3 }}', '{{ b.title | truncate: 6 }}', '{{ b.title | truncate: 4, "…" }}', '{{ b.content | strip_html | truncatewords: 2 }}', '{{ b.content | strip_html | truncate: 8, "" }}', '{{ b.excerpt | strip_html | strip | slice: -3, 3 }}', '{{ b.content | number_of_words: "cjk" }}', '{{ b.content | number_of_words: "auto" }}', '{{ b.title | slugify }}|{{ b.title | slugify: "ascii" }}', '{{ b.date | date: "%Y年%-m月%-d日" }}', '{{ b.collection }}/{{ b.id }}/{{ b.path }}', '{{ b.previous.title }}>{{ b.next.title }}', '{{ b.meta.author.name | default: "?" }}', '{{ b.output | size }}', '{{ b.title | smartify }}', '{{ b.content | smartify | strip_html | strip }}', '{{ b.title | xml_escape | url_encode }}'])}{% unless forloop.last %}, {% endunless %}{% endfor %}`,
  () => `{{ ${pick(['site.collections', 'site.documents', 'site.books', 'site.posts'])} | ${pick(['map: "label" | join: ","', 'where: "label", "books" | map: "docs" | first | size', 'map: "relative_directory" | join', 'size', 'map: "output" | join: ","', 'where: "collection", "books" | size', 'map: "url" | join: " "', 'group_by: "collection" | map: "name" | join', 'sort: "url" | map: "url" | join: " "'])} }}`,
  // strings with CJK, emoji, combining marks and full-width blanks through the string filters
  () => `{{ ${pick(['"中文字符串测试一下"', '"日本語　全角スペース"', '"😀é\u0301中文"', '"한국어 문장 입니다"', '" 中 文 "', '"“中文”，『書』"', 'site.books.first.title', '"a中b文c"', '"中文\n第二行"'])} | ${pick(['slice: 1', 'slice: -2, 2', 'slice: 2, 100', 'truncate: 4', 'truncate: 3, "…"', 'truncate: 2, "中文"', 'truncatewords: 1', 'truncatewords: 1, "…"', 'size', 'reverse', 'split: "" | reverse | join: ""', 'upcase', 'capitalize', 'strip', 'lstrip', 'escape', 'url_encode', 'slugify', 'slugify: "latin"', 'number_of_words', 'number_of_words: "cjk"', 'smartify', 'replace: "中", "zh"', 'remove_first: "文"', 'split: "文" | join: "|"', 'normalize_whitespace', 'newline_to_br', 'strip_newlines', 'append: "。" | prepend: "「"', 'jsonify', 'inspect', 'cgi_escape', 'uri_escape', 'xml_escape', 'base64_encode', 'markdownify'])} }}`,
  // whitespace control around blocks and lines
  // whitespace control around blocks and lines
  () => `x\n  {%- ${pick(['if true', 'unless false', 'for x in (1..2)', 'capture c'])} -%}\n  y{{ '{{' }}-x\n{%- ${pick(['endif', 'endunless', 'endfor', 'endcapture'])} %}\n  z{{- ' ' -}}w\n`,
];

// --odd: shapes EXTRA rarely makes (session 42): strftime directives with random flags, widths and
// colons on dates of every kind (UTC ones: `Z`, `UTC`, `-00:00`), counters named after the
// payload's keys, drops given to filters as input and as argument, base64_decode's binary
// Strings through the string and URL filters, where_exp/group_by_exp/find_exp with compound
// expressions over items with nil, and slugify's modes over values of every type.
const odd = flag('odd');
const DROPS = ['site', 'page', 'jekyll', 'site.posts.first', 'site.books.last', 'site.collections.first', 'site.static_files.first', 'forloop', 'site.data', 'site.data.items[1]', 'paginator', 'layout', 'content', 'site.posts.first.date', 'page.day', '(1..3)', 'page.h', 'site.nested.a'];
const UTC_DATES = ['"2023-02-11T15:04:05Z"', '"2023-02-11 15:04:05 UTC"', '"2023-02-11 15:04:05 -00:00"', '"2023-02-11 15:04:05 GMT"', '"2023-02-11 15:04:05 +0000"', '"2023-02-11 15:04:05 -0000"', '"2023-02-11T15:04:05.25Z"', '"Sat, 11 Feb 2023 15:04:05 UT"', '"2023-02-11 15:04:05 -00"'];
const B64 = ['"abc"', '"w6k="', '"/w=="', '"5Lit5paH"', '"aGVsbG8gd29ybGQ="', '"4oCc"', '"_-8"', '"AAEC"', '"gICA"', '""'];
const anyDate = () => pick([...DATES, ...UTC_DATES]);
function randomDirective() {
  const flags = Array.from({ length: int(3) }, () => pick(['-', '_', '0', '^', '#'])).join('');
  const width = chance(0.2) ? String(int(12)) : '';
  const conv = pick([...'aAbBcdHIjmMpPsSUwWxXyYzZhntDerRTklvCVuGgLNF%+Q']);
  return `%${flags}${width}${conv === 'z' ? ':'.repeat(int(4)) : ''}${conv}`;
}
const ODD = [
  () => `{{ ${anyDate()} | date: "${Array.from({ length: 1 + int(5) }, randomDirective).join(pick(['|', ' ', '']))}" }}`,
  () => `{{ ${pick(UTC_DATES)} | ${pick(['date_to_xmlschema', 'date_to_rfc822', 'date_to_string', 'date_to_long_string: "ordinal"', 'date: "%c %Z %z"', 'date: "%s %::z %Z"', 'jsonify', 'inspect', 'date: "%-z %#Z"'])} }}`,
  () => `{% ${pick(['increment', 'decrement'])} ${pick(['page', 'site', 'layout', 'paginator', 'content', 'jekyll', 'highlighter_prefix', 'theme', 'k', 'page.n', 'x y', 'forloop'])} %}{% ${pick(['increment', 'decrement'])} ${pick(['k', 'paginator', 'content'])} %}{{ ${pick(['k', 'paginator', 'content | size', 'page.title'])} }}`,
  () => `{{ ${pick(DROPS)} | ${pick(['to_integer', 'slugify', 'slugify: "latin"', 'slugify: "raw"', 'number_of_words', 'strip_html', 'size', 'first', 'last', 'escape', 'url_encode', 'cgi_escape', 'uri_escape', 'relative_url', 'absolute_url', 'xml_escape', 'date: "%Y"', 'date_to_string', 'smartify', 'markdownify | size', 'jsonify | size', 'inspect | size', 'upcase', 'split: "a"', 'join', 'sort', 'reverse', 'uniq', 'compact', 'map: "name"', 'where: "name", "x"', 'group_by: "name"', 'sort: "name"', 'sum', 'at_least: 1', 'plus: 1', 'round', 'abs', 'truncate: 5', 'slice: 0', 'array_to_sentence_string', 'push: 1', 'concat: page.list'])} }}`,
  () => `{{ ${value()} | ${pick(['append', 'prepend', 'plus', 'minus', 'times', 'join', 'split', 'default', 'remove', 'replace: "a",', 'date:', 'slice:', 'truncate: 3,', 'at_most', 'where: "name",', 'sort:', 'concat', 'push', 'array_to_sentence_string:', 'slugify:', 'number_of_words:'])}${pick([':', ''])} ${pick(DROPS)} }}`,
  () => `{{ ${pick(B64)} | ${pick(['base64_decode', 'base64_url_safe_decode'])} | ${pick(['relative_url', 'absolute_url', 'url_encode', 'cgi_escape', 'uri_escape', 'size', 'slice: 1', 'slice: -1, 1', 'upcase', 'capitalize', 'escape', 'xml_escape', 'strip_html', 'strip', 'truncate: 3', 'split: "" | size', 'replace: "a", "b"', 'append: "x"', 'prepend: "/"', 'slugify: "raw"', 'slugify: "ascii"', 'url_decode', 'base64_encode', 'reverse', 'downcase', 'jsonify', 'inspect', 'escape_once', 'remove: "b"', 'newline_to_br', 'number_of_words', 'normalize_whitespace', 'sort', 'first', 'last', 'uniq'])}${chance(0.3) ? ` | ${pick(['size', 'relative_url', 'url_encode', 'upcase', 'append: "y"'])}` : ''} }}`,
  () => {
    const atom = () => pick(['x.price > 2', 'x.price == nil', 'x.price != empty', 'x.tags contains "red"', 'x.tags.size >= 1', 'x.name contains "an"', 'x.name == "apple"', 'x.when', 'x.missing == nil', 'x.price <= "3"', 'x.name > "b"', 'x.tags == empty', 'x.price', 'nil', 'true', 'x.name.size > 4', 'x.tags.first == "red"', '(1..3) contains x.price', 'x == x']);
    const e = Array.from({ length: 1 + int(3) }, atom).reduce((a, b) => `${a} ${pick(['and', 'or'])} ${b}`);
    return `{{ site.data.items | ${pick(['where_exp', 'find_exp', 'group_by_exp', 'where_exp', 'where_exp'])}: "x", "${e}" | ${pick(['map: "name" | join: ","', 'size', 'jsonify', 'inspect', 'map: "name" | inspect'])} }}`;
  },
  () => `{{ ${pick(['site.data.items', 'site.posts', 'site.books', 'site.numbers', 'page.list', 'page.words', 'site.pages', 'site.static_files', 'site.collections'])} | ${pick(['sort', 'sort_natural', 'sort: "price"', 'sort: "price", "last"', 'sort: "missing"', 'sort: "name"', 'group_by: "price"', 'group_by: "missing"', 'group_by: "tags"', 'uniq', 'uniq: "price"', 'compact', 'compact: "price"', 'map: "price"', 'where: "price", nil', 'where: "price"', 'where: "tags", "red"', 'where: "tags", empty', 'reverse'])} | ${pick(['map: "name" | join: ","', 'size', 'jsonify | size', 'inspect | size', 'first | inspect', 'last | jsonify | size', 'join: "|"'])} }}`,
  () => `{{ ${pick([...LITERALS.slice(0, -4), ...VARS])} | slugify: ${pick(['"default"', '"raw"', '"pretty"', '"ascii"', '"latin"', '"none"', '"Latin"', 'nil', '1', 'true', '""', 'page.h'])} }}`,
  // drops and hashes walked as themes walk them (keys in the build's order): pairs of a for loop,
  // first/last, site.pages/html_pages (the page itself among them), collections and their docs
  () => `{% for x in ${pick(['site.posts.first', 'site.books.last', 'site.collections.first', 'site.collections.last', 'site.pages.first', 'page', 'jekyll', 'site.data', 'site.tags', 'site.categories', 'site.data.items[0]', 'site.nested', 'site.posts.last.next', 'site.static_files.first'])}${pick(['', ' limit: 3', ' offset: 2', ' reversed'])} %}${pick(['{{ x[0] }}', '{{ x[0] }}={{ x[1] | size }}', '{{ x | first }}', '{{ x | last | jsonify | size }}', '{{ forloop.index }}:{{ x[0] | slugify }}'])}${pick([',', ';', ''])}{% endfor %}`,
  () => `{{ ${pick(['site.posts.first', 'site.books.first', 'site.collections.first', 'site.pages.first', 'page', 'site', 'jekyll', 'site.posts.last.previous', 'site.html_pages.first'])} | ${pick(['first | first', 'first | last | size', 'last | first', 'jsonify | size', 'inspect | size', 'size', 'sort | first', 'map: "name" | size', 'keys'])} }}`,
  () => `{% for p in ${pick(['site.pages', 'site.html_pages', 'site.documents', 'site.collections', 'site.books', 'site.posts'])}${pick(['', ' reversed', ' limit: 2'])} %}${pick(['{{ p.url }}', '{{ p.title | default: p.label }}', '{{ p.path }}|{{ p.name }}', '{{ p.dir }}{{ p.ext }}', '{% if p.title %}{{ p.title | slugify }}{% endif %}', '{{ p.content | size }}', '{{ p.docs | size }}{{ p.label }}', '{{ p.collection }}{{ p.id }}', '{{ p | jsonify | size }}', '{{ p.excerpt | strip_html | strip }}'])};{% endfor %}${pick(['', '{{ site.html_pages | map: "url" | join: "," }}', '{{ site.pages | where: "title", "Fuzz" | size }}', '{{ site.pages | sort: "url" | map: "name" | join }}'])}`,
];

// Templates Liquid refuses, on some line: Jekyll's message names the line.
const BAD = ['{% if x %}', '{% endif %}', '{{ x | }}', '{% for %}{% endfor %}', '{% for x in %}{% endfor %}', '{% assign = 1 %}', '{% nosuchtag %}', '{{ x', '{% if 1 =! 2 %}{% endif %}',
  '{% include missing.html %}', '{% include bad.html x=1 %}', '{% case %}{% endcase %}', '{% cycle %}', '{% capture %}{% endcapture %}', '{% for x in page.list %}{% else %}{% else %}{% endfor %}', '{{ page.n | nosuchfilter }}',
  '{% raw %}', '{% comment %}', '{% if x %}{% elsif %}{% endif %}', '{% unless %}{% endunless %}', '{% increment %}', '{% tablerow x in %}{% endtablerow %}', '{% for x in (1..a) %}{% endfor %}', '{% include %}', '{{ "a" | date: }}', '{% assign x = (1..3 %}'];

// --- --markdown: Markdown blocks and HTML blocks with markdown= attributes, mixed with Liquid --------
const INLINE = ['Some *text* here', 'a **bold** [link](/x/ "t")', '中文段落，没有空格。', '`code {{ page.n }}` and <em>em</em>', 'n = {{ page.n }} & {{ page.s | append: "*" }}', '"quoted" -- dash... it\'s', 'x < y & z > w', '<span>inline *span*</span>', '_under_score_', '{{ page.title | upcase }}', '{{ site.quote }}', '{{ page.words | join: " * " }}', 'a\\\\*b\\\\*', '{% include note.html text="*x*" %}', '{{ "**md**" }} {{ "<b>b</b>" }}', 'trailing  ', 'link <https://example.com>', '![img](/a.png){: width="1"}', '{{ page.list | join: "|" }}'];
const HTML_TAGS = ['div', 'div', 'section', 'details', 'aside', 'span', 'p', 'blockquote', 'figure', 'summary', 'nav', 'table', 'ul', 'li', 'pre', 'script'];
const MD_ATTRS = ['', ' markdown="1"', ' markdown="1"', ' markdown="span"', ' markdown="block"', ' markdown="0"', " markdown='1'", ' class="x" markdown="1"', ' markdown=1', ' markdown="{{ page.n }}"', ' markdown="{% if page.t %}1{% else %}0{% endif %}"', ' id="{{ page.s }}" markdown="1"'];
const inline = () => (chance(0.12) ? output() : pick(INLINE));
const indent = (text, n) => text.split('\n').map((l) => (l === '' ? l : ' '.repeat(n) + l)).join('\n');

function mdBlock(depth = 0) {
  const sep = () => pick(['\n\n', '\n\n', '\n', '\n\n\n']);
  const r = int(depth > 2 ? 8 : 22);
  switch (r) {
    case 0:
    case 1:
      return `${inline()}${chance(0.4) ? `\n${inline()}` : ''}`;
    case 2:
      return `${pick(['#', '##', '###'])} ${inline()}${pick(['', ' {#id-{{ page.n }}}', ' ##', ' {: .c}'])}`;
    case 3:
      return Array.from({ length: 1 + int(3) }, () => `${pick(['*', '-', '1.'])} ${inline()}`).join(pick(['\n', '\n\n']));
    case 4:
      return `> ${inline()}${chance(0.5) ? `\n> ${inline()}` : ''}`;
    case 5:
      return `${pick(['```', '~~~'])}${pick(['', 'ruby', 'html', 'liquid'])}\n${pick(['{{ page.n }} <b>', '{% raw %}{{ x }}{% endraw %}', 'a = "<div markdown=\\"1\\">"', '  indented *not em*'])}\n${pick(['```', '~~~'])}`;
    case 6:
      return `| a | ${inline()} |\n|---|${pick(['---', ':--:', '--:'])}|\n{% for x in ${pick(['page.list', 'site.data.items', 'page.words', '(1..2)'])} %}| {{ x.name | default: x }} | {{ forloop.index }} |\n{% endfor %}`;
    case 7:
      return `${pick(['{::nomarkdown}', '{::comment}', '{::options parse_block_html="true" /}'])}${pick(['\n', ''])}${inline()}${pick(['\n', ''])}${pick(['{:/}', '{:/nomarkdown}', '{:/comment}', ''])}`;
    case 8:
    case 9:
    case 10:
    case 11: {
      // an HTML block, its content Markdown or not, indented or not, its tags on their own lines or not
      const tag = pick(HTML_TAGS);
      const inner = Array.from({ length: 1 + int(3) }, () => mdBlock(depth + 1)).join(sep());
      const body = chance(0.25) ? indent(inner, pick([2, 4])) : inner;
      const open = `<${tag}${pick(MD_ATTRS)}>`;
      const close = chance(0.04) ? '' : `</${tag}>`;
      const layout = int(4);
      if (layout === 0) return `${open}${body}${close}`;
      if (layout === 1) return `${open}\n${body}${close}`;
      return `${open}${pick(['\n', '\n\n'])}${body}${pick(['\n', '\n\n'])}${close}`;
    }
    case 12:
      // Liquid that opens and closes an HTML block
      return `{% if ${condition()} %}\n<div${pick(MD_ATTRS)}>\n{% endif %}\n${mdBlock(depth + 1)}\n{% if ${condition()} %}\n</div>\n{% endif %}`;
    case 13:
      // a loop writing list items or blocks
      return `{% for x in ${pick(['page.list', 'site.data.items', 'page.words', 'site.posts', '(1..3)'])}${pick(['', ' limit: 2', ' reversed'])} %}${pick(['\n* {{ x.name | default: x.title | default: x }}', '\n1. *{{ x }}*', '\n<p markdown="1">**{{ forloop.index }}**</p>', '\n<div markdown="1">\n- {{ x.title | default: x }}\n</div>', '{{ x }} ', '\n> {{ x.name }}\n'])}${pick(['\n', ''])}{% endfor %}`;
    case 14:
      return pick([`{% include block.html text=${pick(['"*em* and **b**"', '"- a\\n- b"', 'page.title', '"<span>s</span>"', '"# h"'])}${chance(0.5) ? ` md=${pick(['"span"', '"block"', '0', '"1"'])}` : ''} %}`, `{% include items.md items=${pick(['page.list', 'site.data.items', 'page.words', 'page.nothing'])} %}`, '{% include_relative rel/part.html a="*x*" %}', '{% include note.html text="_y_" %}']);
    case 15:
      return `{% capture md %}${mdBlock(depth + 1)}{% endcapture %}${pick(['{{ md | markdownify }}', '{{ md }}', '<div markdown="1">{{ md | markdownify }}</div>', '<div markdown="1">\n{{ md }}\n</div>', '{{ md | markdownify | strip_html | strip }}'])}`;
    case 16:
      return `{% highlight ${pick(['ruby', 'html', 'text', 'js linenos'])} %}\n${pick(['<div markdown="1">*x*</div>', 'x = {{ page.n }}', '  a\n\n  b'])}\n{% endhighlight %}`;
    case 17:
      return `{% raw %}${pick(['<div markdown="1">{{ x }}</div>', '{% if %}', '*raw*'])}{% endraw %}`;
    case 18:
      return `${mdBlock(depth + 1)}\n${pick(['{: .cls}', '{: #id}', '{:.a data-x="{{ page.n }}"}', '{::}', '*[HTML]: Hyper Text'])}`;
    case 19:
      return `Term {{ page.n }}\n: ${inline()}${chance(0.5) ? `\n: <span markdown="1">*def*</span>` : ''}`;
    case 20:
      // whitespace control eating the blank lines between blocks
    {
      const [open, close] = pick([['if true', 'endif'], ['unless false', 'endunless'], ['for x in (1..2)', 'endfor']]);
      return `${inline()}\n\n{%${pick(['-', ''])} ${open} -%}\n\n${mdBlock(depth + 1)}\n\n{%- ${close} ${pick(['-', ''])}%}\n\n${inline()}`;
    }
    default:
      return `${inline()}[^n]\n\n[^n]: ${inline()}`;
  }
}

function mdTemplate() {
  const blocks = Array.from({ length: 1 + int(4) }, () => mdBlock());
  let s = '';
  for (const b of blocks) s += (s === '' ? '' : pick(['\n\n', '\n', '\n\n'])) + b;
  // never blank first (see template())
  return `|\n\n${s}\n`;
}

// --layout: layouts as themes write them: whitespace control on every tag and output, comments
// (block, inline `#`, `{%- comment -%}` eating lines), `{{ content }}` once, twice, through filters
// or captured, blank and indented lines between tags, the layout's own front matter (`layout.x`) and
// a parent layout.
function layoutText() {
  const ws = () => pick(['', '', '-']);
  const gap = () => pick(['', '\n', '\n\n', '\n  ', ' ', '\r\n', '\n\t']);
  const pieces = [];
  const PIECES = [
    () => `{{${ws()} content ${ws()}}}`,
    () => `{{${ws()} content ${ws()}}}`,
    () => `{%${ws()} comment ${ws()}%}${gap()}${pick(['note', '{{ content }}', '{% if %}', ''])}${gap()}{%${ws()} endcomment ${ws()}%}`,
    () => `{%${ws()} # ${pick(['inline note', '{{ x }}', '', 'a -%}'])} ${ws()}%}`,
    () => `{%${ws()} if ${condition()} ${ws()}%}${gap()}${pick(['{{ content }}', '<p>y</p>', '{{ layout.side }}', '{{- page.title -}}'])}${gap()}{%${ws()} ${pick(['else', 'elsif page.t'])} ${ws()}%}${gap()}n${gap()}{%${ws()} endif ${ws()}%}`,
    () => `{%${ws()} assign ${pick(['c', 'words'])} = content | ${pick(['strip_html | strip', 'number_of_words', 'size', 'split: "<" | size', 'strip_newlines'])} ${ws()}%}${gap()}[{{ ${pick(['c', 'words'])} }}]`,
    () => `{%${ws()} capture body ${ws()}%}${gap()}{{ content }}${gap()}{%${ws()} endcapture ${ws()}%}${gap()}{{${ws()} body | ${pick(['strip', 'size', 'upcase', 'lstrip', 'rstrip', 'escape'])} ${ws()}}}`,
    () => `{%${ws()} for x in ${pick(['page.list', '(1..2)', 'site.posts', 'page.words'])} ${ws()}%}${gap()}{{${ws()} x.title | default: x ${ws()}}}${gap()}{%${ws()} endfor ${ws()}%}`,
    () => `{%${ws()} include ${pick(['note.html text=page.title', 'loop.html items=page.list max=2', 'inner.html a="z"'])} ${ws()}%}`,
    () => `{{${ws()} ${pick(['layout.side', 'layout.n | plus: 1', 'layout | jsonify', 'page.layout', 'layout.title', 'page.title | escape', 'content | size', 'site.title'])} ${ws()}}}`,
    () => `{% raw %}${pick(['{{ content }}', '{%- x -%}', ' '])}{% endraw %}`,
    () => pick(['<html>', '</div>', '<main>', '  <p>', '\n', '   ', '</html>\n']),
    () => `{%${ws()} liquid${pick([' ', '\n'])}assign z = content | size${'\n'}echo z${pick(['', '\n'])} ${ws()}%}`,
  ];
  for (let i = 0, n = 1 + int(6); i < n; i++) pieces.push(pick(PIECES)() + gap());
  const fmLines = [];
  if (chance(0.3)) fmLines.push('layout: base');
  if (chance(0.4)) fmLines.push(`side: ${pick(['"s"', '[a, b]', '{k: v}', '3', '"<i>x</i>"'])}`);
  if (chance(0.2)) fmLines.push('n: 2');
  const front = fmLines.length || chance(0.4) ? `---\n${fmLines.join('\n')}${fmLines.length ? '\n' : ''}---\n${pick(['', '', '\n'])}` : '';
  return `${front}${pieces.join(pick(['', '\n']))}`;
}

function template() {
  if (layoutMode) {
    const page = pick([() => `|${part()}`, () => `|${part()}${part()}`, () => pick(['|plain', '|\n\nText\n', '| {{ page.title }} ', '|{% comment %}x{% endcomment %}\n'])])();
    return { page, layout: layoutText() };
  }
  if (markdown) return mdTemplate();
  // Never whitespace first: after front matter, Jekyll's pattern takes blank lines with the closing ---.
  let s = '|';
  for (let i = 0, n = 1 + int(3); i < n; i++) s += part();
  // now and then (always with --bad) a construct Liquid refuses, a few lines down
  if (flag('bad') || chance(0.05)) s += `${'\n'.repeat(int(4))}${pick(BAD)}${chance(0.5) ? part() : ''}`;
  return s;
}

const messages = flag('messages');
// As Jekyll's log line reads (Ruby 3.1's error_highlight snippet kept: kyll writes it too).
// (Jekyll's LogAdapter#message squeezes every run of whitespace to one space.)
const logLine = (m) => `Liquid Exception: ${m} in ${PAGE}`.replace(/\s+/g, ' ');
const same = (a, b) => {
  if (typeof a === 'object' && typeof b === 'object') {
    if (!messages) return true;
    const [want, got] = [logLine(a.message), b.message.replace(/\s+/g, ' ')];
    return want === got;
  }
  return a === b;
};
if (opt('try') !== undefined || opt('try-file') !== undefined) {
  // --try-file FILE: one JSON string (a template) a line, each printed with both outputs when they differ
  const texts = opt('try') !== undefined ? [opt('try')] : fs.readFileSync(opt('try-file'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  for (const text of texts) {
    const [want, got] = [await jekyll(text), await kyll(text)];
    if (texts.length === 1 || !same(want, got)) console.log(`${JSON.stringify(text)}\njekyll: ${JSON.stringify(want)}\nkyll:   ${JSON.stringify(got)}\n`);
  }
  oracle.end();
  fs.rmSync(siteDir, { recursive: true, force: true });
  process.exit(0);
}

const seen = new Set();
let found = 0;
let errors = 0;
for (let i = 0; i < count && found < maxCases; i++) {
  const text = template();
  const [want, got] = [await jekyll(text), await kyll(text)];
  if (typeof want === 'object') { errors++; if (flag('show-errors')) console.log(`jekyll failed: ${want.message.slice(0, 150)}`); }
  if (same(want, got)) continue;
  const key = JSON.stringify(text).replace(/"[^"]*"|'[^']*'|\d+(\.\d+)?/g, 'L');
  if (seen.has(key)) continue;
  seen.add(key);
  found++;
  let shown = [text, want, got];
  if (markdown) {
    // reduced by lines while the two still differ
    // (the first line kept: Jekyll reads no blank line at the top of a page, the oracle would)
    const [head, rest] = [text.slice(0, text.indexOf('\n') + 1), text.slice(text.indexOf('\n') + 1)];
    const small = head + (await reduceLines(rest, async (t) => !same(await jekyll(head + t), await kyll(head + t))));
    shown = [small, await jekyll(small), await kyll(small)];
  }
  console.log(`--- case ${found} (template ${i} of seed ${seed})\n${JSON.stringify(shown[0])}\njekyll: ${JSON.stringify(shown[1])}\nkyll:   ${JSON.stringify(shown[2])}\n`);
}
oracle.end();
fs.rmSync(siteDir, { recursive: true, force: true });
console.log(`seed ${seed}: ${count} templates (${errors} failing in Jekyll), ${found} distinct differences`);
