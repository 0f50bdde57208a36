#!/usr/bin/env node
// Differential fuzzing of kyll's kramdown against Jekyll's: random Markdown texts built from
// the constructs blogs use (lists, quotes, code, HTML blocks, tables, footnotes, IALs, links,
// emphasis, typographic characters...), converted by both, and every difference reduced to
// a few lines (the lines of the text are dropped one at a time while the two still differ).
//
//   npm run build && node scripts/fuzz-markdown.mjs [--seed N] [--count N] [--max N] [--out DIR] [--real]
//     [--commonmark [OPTIONS/EXTENSIONS]] [--config JSON] [--deep]
//   node scripts/fuzz-markdown.mjs --try-file FILE   (a JSON string a line: the texts whose HTML differs)
//
// --commonmark compares `markdown: CommonMark` (jekyll-commonmark) instead of kramdown, with
// `commonmark: { options, extensions }` from OPTIONS/EXTENSIONS, e.g. SMART,UNSAFE/table,autolink
// (default: every option and extension; `-` for none); --config JSON is merged into the site's
// configuration as is (e.g. '{"kramdown": {"input": "GFM"}}').
//
// Needs Ruby with Jekyll (scripts/markdown-oracle.rb). Prints each reduced case and writes
// them to DIR (default: fuzz-out/, ignored) as NNN.md with Jekyll's NNN.html beside it.
import fs from 'node:fs';
import path from 'node:path';
import { commandLine, reduceLines, ROOT, rubyOracle, seededRandom, convertOrError, sameAnswer, importBundle } from './fuzz-common.mjs';

const { opt, flag } = commandLine();
const seed = Number(opt('seed', Date.now() % 100000));
const count = Number(opt('count', 300));
const maxCases = Number(opt('max', 20));
const outDir = path.resolve(opt('out', path.join(ROOT, 'fuzz-out')));

const { createMarkdownConverter } = await importBundle('markdown.js');

const ALL_COMMONMARK = 'SMART,UNSAFE,HARDBREAKS,FOOTNOTES/table,strikethrough,autolink,tagfilter,tasklist';
/** `--commonmark OPTIONS/EXTENSIONS` as the site's `markdown:` and `commonmark:` settings. */
function commonmarkConfig(spec) {
  const [options = '', extensions = ''] = (spec === undefined || spec.startsWith('--') ? ALL_COMMONMARK : spec).split('/');
  const names = (list) => list.split(',').filter((x) => x !== '' && x !== '-');
  return { markdown: 'CommonMark', commonmark: { options: names(options), extensions: names(extensions) } };
}
const commonmark = flag('commonmark');
const config = { ...(commonmark ? commonmarkConfig(opt('commonmark')) : {}), ...JSON.parse(opt('config', '{}')) };
if (commonmark) console.log(`commonmark: ${JSON.stringify(config.commonmark)}`);

const oracle = rubyOracle('markdown-oracle.rb', [JSON.stringify(config)]);
const jekyll = oracle.ask;
const converter = createMarkdownConverter(config);
const kyll = convertOrError(converter);
const same = sameAnswer;

// --- the generator ----------------------------------------------------------------------------
const { rnd, int, pick, chance } = seededRandom(seed);
const times = (n, f) => Array.from({ length: n }, f).join('');

const WORDS = ['the', 'post', 'Jekyll', 'blog', 'code', 'foo_bar', 'a*b', 'x<y', 'AT&T', 'café', '中文', '新闻', 'ＡＢ', 'naïve', 'e.g.', 'don\'t', '"quoted"', "'single'", '--', '---', '...', '<<', '>>', '1.', '2)', '#tag', '~tilde~', '`', '\\*', '\\_', '|', ':smile:', 'http://example.com/a_b', 'www.example.org', 'user@example.com', '&copy;', '&amp;', '&#169;', '$x$', '{', '}', '[', ']', '!'];
const URLS = ['http://example.com', '/about/', 'page.html#top', 'https://example.com/a_(b)', '<http://x.y/z w>', 'mailto:me@example.com', '../up', ''];

function inline(depth = 0) {
  const parts = [];
  const n = 1 + int(7);
  for (let i = 0; i < n; i++) {
    const r = int(depth > 1 ? 8 : 24);
    if (r < 8) parts.push(pick(WORDS));
    else if (r === 8) parts.push(`*${inline(depth + 1)}*`);
    else if (r === 9) parts.push(`**${inline(depth + 1)}**`);
    else if (r === 10) parts.push(`_${pick(WORDS)}_`);
    else if (r === 11) parts.push(`\`${pick(WORDS)} ${pick(WORDS)}\``);
    else if (r === 12) parts.push(`[${inline(depth + 1)}](${pick(URLS)}${chance(0.3) ? ' "a title"' : ''})`);
    else if (r === 13) parts.push(`![${pick(WORDS)}](${pick(URLS)})`);
    else if (r === 14) parts.push(`[${pick(['ref', 'Ref', 'missing', 'x y'])}]${chance(0.5) ? '[]' : chance(0.5) ? '[ref]' : ''}`);
    else if (r === 15) parts.push(`[^${pick(['1', 'note', '2'])}]`);
    else if (r === 16) parts.push(`<${pick(['span', 'em', 'kbd', 'a href="/x"', 'br', 'br /', 'img src="a.png"', 'abbr title="t"'])}>${pick(WORDS)}</${pick(['span', 'em', 'kbd', 'a'])}>`);
    else if (r === 17) parts.push(`<${pick(URLS.slice(0, 2))}>`);
    else if (r === 18) parts.push(`$$${pick(['x^2', 'a_b', '\\alpha'])}$$`);
    else if (r === 19) parts.push(`~~${pick(WORDS)}~~`);
    else if (r === 20) parts.push(`{::comment}${pick(WORDS)}{:/}`);
    else if (r === 21) parts.push(`*[${pick(WORDS)}*`);
    else if (r === 22) parts.push(`${pick(WORDS)}{: .cls}`);
    else parts.push(`HTML${chance(0.5) ? '' : 's'}`);
  }
  return parts.join(pick([' ', ' ', ' ', '', '  ', '\t']));
}

function line() {
  return inline() + (chance(0.1) ? '  ' : chance(0.05) ? ' \\' : '');
}

function paragraph() {
  return times(1 + int(3), () => `${line()}\n`);
}

function indent(text, prefix, first = prefix) {
  return text
    .split('\n')
    .map((l, i) => (l === '' ? l : (i === 0 ? first : prefix) + l))
    .join('\n');
}

function list(depth) {
  const ordered = chance(0.4);
  const marker = ordered ? pick(['1.', '3.', '1)']) : pick(['-', '*', '+']);
  const loose = chance(0.3);
  let out = '';
  for (let i = 0, n = 1 + int(4); i < n; i++) {
    const m = ordered && chance(0.5) ? `${i + 1}.` : marker;
    const pad = chance(0.2) ? '   ' : ' ';
    const bodyIndent = ' '.repeat(m.length + pad.length);
    let body = paragraph();
    if (depth < 2 && chance(0.35)) body += (chance(0.5) ? '\n' : '') + block(depth + 1);
    if (chance(0.15)) body += `${line()}\n`; // lazy continuation
    out += indent(body.replace(/\n+$/, ''), chance(0.1) ? '  ' : bodyIndent, m + pad) + '\n' + (loose ? '\n' : '');
  }
  return out;
}

function table() {
  const cols = 1 + int(4);
  const row = () => (chance(0.7) ? '|' : '') + times(cols, () => ` ${chance(0.2) ? '' : pick(WORDS)} |`);
  const sep = (chance(0.8) ? '|' : '') + times(cols, () => `${pick(['---', ':--', '--:', ':-:', '-'])}|`);
  return `${row()}\n${chance(0.8) ? `${sep}\n` : ''}${times(1 + int(3), () => `${row()}\n`)}${chance(0.2) ? `${sep}\n${row()}\n` : ''}`;
}

// Constructs real posts have that the plain grammar rarely makes: blocks that follow a paragraph
// with no blank line, HTML with Markdown inside, code inside lists, multi-line HTML.
const STICKY = [
  () => `${line()}\n${pick(['- ', '* ', '1. ', '> ', '# ', '```\n', '<div>', '| a | b |\n', '    ', '***'])}${line()}\n${pick(['', '```\n', '</div>\n'])}`,
  () => `<div markdown="${pick(['1', 'block', 'span', '0'])}">\n${chance(0.5) ? '\n' : ''}${paragraph()}${chance(0.5) ? '\n' : ''}</div>\n`,
  () => `<${pick(['script', 'style', 'pre', 'textarea'])}>\n${pick(['*not em*', 'a < b && c', '  <b>x</b>', '# no header'])}\n</${pick(['script', 'style', 'pre', 'textarea'])}>\n`,
  () => `- ${line()}\n\n  ${pick(['```', '~~~'])}${pick(['', 'js'])}\n  ${inline()}\n  ${pick(['```', '~~~'])}\n`,
  () => `1. ${line()}\n${pick(['   ', '    ', '\t'])}- ${line()}\n${pick(['   ', '      '])}${line()}\n2. ${line()}\n`,
  () => `<${pick(['img src="a.png" alt="x">', 'iframe src="https://example.com/v" width="1"></iframe>', 'br>', 'hr/>', 'p>x</p>', 'a href="/x">link</a>', 'span>s</span> tail'])}\n${chance(0.5) ? line() + '\n' : ''}`,
  () => `<!--\n${line()}\n\n${line()}\n-->\n${chance(0.5) ? line() + '\n' : ''}`,
  () => `${line()}<${pick(['span', 'a href="/x"', 'em'])}\n${pick(['class="y"', 'title="t"'])}>${pick(WORDS)}</${pick(['span', 'a', 'em'])}>\n`,
  () => `${pick(['1986\\. A year', '1986. A year', '+ not a list?', '\\# not header', '#hashtag start', '  indented two', '\t tab start'])} ${line()}\n`,
  () => `[^${pick(['1', 'a'])}]: ${line()}\n\n    ${line()}\n\n    ${pick(['- item', '```\n    code\n    ```', '> quote'])}\n`,
  () => `${pick(WORDS)}\n: ${line()}\n\n: ${line()}\n\n${pick(WORDS)}\n${pick(WORDS)}\n: ${line()}\n`,
  () => `${inline()} $$${pick(['a', 'x < y', '\\{a\\}'])}$$ ${inline()}\n\n$$${pick(['a', 'b|c'])}$$\n`,
  () => `> ${line()}\n${line()}\n> ${pick(['- item', '```', '# h', '> nested'])}\n`,
  () => `${pick(['Term', '中文'])} | ${pick(WORDS)}\n--- | ---\n${pick(WORDS)} | ${inline()}\n`,
];

// Constructs of real posts the grammar above seldom makes whole: kramdown's tables, footnotes,
// definition lists, abbreviations, HTML with markdown=, code in nested lists, math, IALs and
// ALDs, headers whose ids come from non-ASCII text, typography next to HTML, autolinks, entities.
const CELLS = ['a', '`x | y`', 'a \\| b', '**bold**', '[l](/u)', '中文', '', ' 1.5 ', '<br>', '$$x$$', '"q"', 'x{: .c}'];
const HEADINGS = ['Café résumé', '中文 标题', '123 numbers', 'Ünïcödé Straße', 'émoji 🎉 here', 'C++ & C#', 'Über', 'Ελληνικά', 'Русский текст', '日本語の見出し', 'naïve--approach', '"Quoted" title', 'The `code` part', 'A [link](/x) in it', '*em* and **strong**', 'Title', 'Title', '#hash', 'ends with ?', '  spaced  out  '];
const TYPO = ['"<em>x</em>"', "'<a href=\"/x\">y</a>'", "<b>don't</b>", '--<span>s</span>', '"quoted" <br>', '<kbd>"</kbd>', '...<sup>1</sup>', "'80s", "\"'nested'\"", '<< and >>', 'a -- b --- c', '"<code>c</code>"', "it's <i>here</i>'s", '(c) (r) (tm)', '1/2', '<span>"</span>x"', '"x"<span>y</span>'];
const AUTO = ['<user@example.com>', '<mailto:x@y.z>', '<http://example.com/?a=1&b=2>', 'http://bare.example.com/x', '<https://例え.jp/パス>', '<ftp://files.example.com>', '<x@y>', 'www.example.com', '<http://a.b/c_d_e>'];
const ENTITIES = ['&nbsp;', '&mdash;', '&#x2014;', '&unknownentity;', '&amp;amp;', '&#0;', '&lt;tag&gt;', 'AT&T', '&copy', '&#8217;', '&hellip;', '&quot;', '&#65;&#x42;', '&Auml;', '&zwj;'];
const REAL = [
  () => {
    const cols = 1 + int(4);
    const row = () => `|${times(cols, () => ` ${pick(CELLS)} |`)}`;
    return `${row()}\n|${times(cols, () => `${pick(['---', ':--', '--:', ':-:'])}|`)}\n${times(1 + int(3), () => `${row()}\n`)}${chance(0.3) ? `|${times(cols, () => '---|')}\n${row()}\n` : ''}${chance(0.2) ? `|${'='.repeat(5)}|\n${row()}\n` : ''}${chance(0.3) ? '{: .table}\n' : ''}`;
  },
  () => `${inline()}[^${pick(['a', '1'])}] and again[^${pick(['a', 'b'])}].\n\n[^a]: ${line()}\n\n    ${line()}\n\n[^b]: ${pick(['- item\n    - two', '`code`', line()])}\n${chance(0.3) ? '[^1]: one\n' : ''}`,
  () => `${pick(['Term', 'Term one', '*Emph term*', '中文'])}\n${chance(0.4) ? `${pick(WORDS)}\n` : ''}: ${line()}\n${chance(0.5) ? `\n    ${line()}\n` : ''}${chance(0.4) ? `: ${line()}\n` : ''}${chance(0.3) ? `\n:     code in a definition\n` : ''}`,
  () => `${pick(['HTML and CSS', 'Use W3C now', 'the API is the API', 'AT&T calls'])} ${inline()}\n\n*[${pick(['HTML', 'W3C', 'API', 'AT&T', 'CSS'])}]: ${pick(['HyperText Markup Language', 'World Wide Web Consortium', '', 'a "quoted" title'])}\n${chance(0.4) ? '*[CSS]: Cascading Style Sheets\n' : ''}`,
  () => `<${pick(['div', 'section', 'details', 'aside', 'p', 'span', 'td'])} markdown="${pick(['1', 'span', 'block'])}"${chance(0.3) ? ' class="x"' : ''}>\n${chance(0.4) ? '<summary>Sum *mary*</summary>\n' : ''}${chance(0.5) ? '\n' : ''}${paragraph()}${chance(0.4) ? `\n- ${line()}\n- ${line()}\n` : ''}${chance(0.3) ? '<div>\n*inner*\n</div>\n' : ''}${chance(0.5) ? '\n' : ''}</${pick(['div', 'section', 'details', 'aside', 'p', 'span', 'td'])}>\n`,
  () => `${pick(['1.', '-', '*'])} ${line()}\n\n   ${pick(['```', '~~~'])}${pick(['', 'ruby', 'js'])}\n   ${inline()}\n     indented more\n   ${pick(['```', '~~~'])}\n${pick(['   - ', '    - ', '  * '])}${line()}\n\n      code four past the nested item\n\n${pick(['2.', '-', '*'])} ${line()}\n`,
  () => `${chance(0.5) ? `${line()}\n\n` : ''}$$\n${pick(['x^2 + y^2 = z^2', 'a < b && c > d', '\\begin{aligned}\na &= b \\\\\nc &= d\n\\end{aligned}', 'f(x) = |x|', '\\text{if } x'])}\n${chance(0.3) ? '\n' : ''}$$\n${chance(0.5) ? `${inline()} $$\\frac{a}{b}$$ and \\$$ not math\n` : ''}`,
  () => `{:${pick(['ref', 'note'])}: .${pick(['a', 'b'])} #${pick(['i1', 'i2'])} title="t"}\n\n${pick([`{: ${pick(['ref', 'note'])}}\n${line()}\n`, `${line()}\n{: ${pick(['ref', '.x ref', '#id2'])}}\n`, `# ${pick(HEADINGS)} {#${pick(['id', 'ünï'])} .${pick(['a', 'b'])}}\n`, `*emph*{: ${pick(['ref', '.c'])}} and **b**{:.d}\n`, `- item\n{: .li}\n- two\n{: ${pick(['ref', '.l'])}}\n`])}`,
  () => `${pick(['#', '##', '###'])} ${pick(HEADINGS)}${chance(0.2) ? ' #' : ''}\n${chance(0.5) ? `\n${pick(HEADINGS)}\n${pick(['===', '---'])}\n` : ''}\n${chance(0.5) ? `## ${pick(HEADINGS)}\n` : ''}`,
  () => `${times(1 + int(3), () => `${pick(TYPO)} ${chance(0.5) ? pick(WORDS) : ''}`)}\n`,
  () => `${pick(AUTO)} ${pick(WORDS)} ${pick(AUTO)}\n`,
  () => `${times(1 + int(4), () => `${pick(ENTITIES)}${pick([' ', '', 'x '])}`)}\n${chance(0.3) ? `\`${pick(ENTITIES)}\`\n` : ''}`,
];

// Kramdown constructs in combination, as the grammar above makes them only one at a time:
// definition lists holding blocks, abbreviations next to punctuation and markup, IALs and ALDs on
// spans and on every kind of block, math in lists and tables, HTML with markdown= nested,
// nested lists with lazy lines, setext headers after other blocks, aligned tables with code and
// escaped pipes, footnotes inside lists and quotes, typographic symbols around markup.
const IALS = ['{: .c}', '{:#i}', '{: .a .b #j title="t"}', '{: ref}', '{:ref}', '{: data-x="1" .d}', '{::}', '{: #}', '{: .c-1 lang="en"}'];
const SYMS = ['--', '---', '...', '<<', '>>', '"', "'", '(c)', '-->', '<--', '->', '<<<', '"\'', "'\"", '&', '...\'', '--"'];
const MORE = [
  () => `${pick(['Term', '*Term*', '`code` term', 'Term {#t}', 'HTML'])}\n${chance(0.3) ? `${pick(WORDS)}\n` : ''}: ${pick(['- a\n  - b', `> ${line()}`, '```\n  x\n  ```', `${line()}\n\n  ${line()}`, `${pick(WORDS)}\n${line()}`, `$$x$$ ${line()}`])}\n${chance(0.4) ? `: ${line()}\n` : ''}${chance(0.3) ? `${pick(IALS)}\n` : ''}`,
  () => `${times(1 + int(3), () => `${pick(['HTML', '(HTML)', 'HTML.', '"HTML"', 'HTML-5', 'xHTML', '*HTML*', '[HTML](/h)', 'C++', 'W3C\'s', 'e.g.'])} ${pick(WORDS)} `)}\n\n*[${pick(['HTML', 'C++', 'W3C', 'e.g.'])}]: ${pick(['Hyper *Text*', 'a & b', '"q"', '<b>x</b>', ''])}\n`,
  () => `${pick(['para', '# head', '> quote', '- item', '1. one', '    code', '| a |', '***', '<div>x</div>', '$$\nx\n$$', 'Term\n: def'])}${pick(['\n', ' '])}${pick(IALS)}\n${chance(0.3) ? `{:ref: .r title="${pick(WORDS)}"}\n` : ''}`,
  () => `${pick(['*e*', '**s**', '`c`', '[l](/u)', '![i](/i.png)', '<span>x</span>', '$$m$$', 'word', '"q"'])}${pick(IALS)}${pick([' tail', '', '{: .again}', '.'])}\n`,
  () => `${pick(['-', '1.', '*'])} ${pick(['$$x^2$$', `${line()} $$a$$`, 'Term'])}\n${pick(['', `  : def\n`, `  $$\n  y\n  $$\n`])}| $$a|b$$ | \`c|d\` |\n|---|---|\n`,
  () => `<${pick(['div', 'section'])} markdown="${pick(['1', 'block', 'span'])}">\n${pick(['<div markdown="1">\n*inner*\n</div>', '<p markdown="span">*p*</p>', '<div markdown="0">*raw*</div>', `- ${line()}`, `# ${pick(HEADINGS)}`, 'Term\n: def', `${line()}{: .x}`])}\n${chance(0.5) ? '\n' : ''}${chance(0.5) ? `${paragraph()}` : ''}</${pick(['div', 'section'])}>\n`,
  () => `${pick(['-', '*', '1.'])} ${line()}\n${pick(['lazy line', '  - nested', '    - deeper', '   1. num'])}\n${pick(['lazy two', '      more', ' - back', '\n  para after blank', '- sibling'])}\n${chance(0.5) ? `${line()}\n` : ''}`,
  () => `${pick(['', `${line()}\n\n`, '- item\n', '> q\n'])}${pick(HEADINGS)}\n${pick(['===', '---', '=', '-', '= =', '---  '])}\n${chance(0.5) ? `${line()}\n` : ''}`,
  () => {
    const cols = 1 + int(3);
    const cell = () => pick(['`a|b`', '`a\\|b`', 'a \\| b', '``x | y``', '*e|m*', '<code>a|b</code>', '[l|x](/u)', 'x', '']);
    return `${chance(0.5) ? '|' : ''}${times(cols, () => ` ${cell()} |`)}\n|${times(cols, () => `${pick([':--', '--:', ':-:', '---', ':---:'])}|`)}\n${times(1 + int(3), () => `|${times(cols, () => ` ${cell()} |`)}\n`)}`;
  },
  () => `${pick(['-', '1.'])} item[^${pick(['1', 'a'])}]\n${pick(['', '\n'])}  [^${pick(['1', 'a'])}]: ${pick([line(), '- in\n    - note', '> q'])}\n${chance(0.5) ? `> quoted[^q]\n>\n> [^q]: note in quote\n` : ''}${chance(0.5) ? '\n[^a]: outer\n' : ''}`,
  () => `${times(1 + int(4), () => `${pick(SYMS)}${pick(['*e*', '**s**', '`c`', '<b>x</b>', '[l](/u)', 'word', '', '&amp;', '$$m$$'])}${pick(SYMS)}${pick([' ', '', '\n'])}`)}\n`,
];

// Code as posts show it: fenced blocks in the languages blogs use, highlighted by Rouge.
const CODE = {
  python: ['def f(x: int = 3) -> str:\n    """Doc."""\n    return f"{x!r:>4}" if x else None  # note', '@decorator\nclass A(B, metaclass=M):\n    async def g(self): await h(*a, **kw)', 'print(0x1F, 1e-3, 1_000, b"\\x00", r"\\d+")'],
  javascript: ['const f = async (a, {b = 2, ...c}) => `t ${a + b}`; // c', 'class A extends B { #p = 1; static get x() { return /re[g]+/gi.test(s) } }', 'export default { a: 1n, b: 0b101, c: null ?? undefined?.x }'],
  ruby: ['def f(a, *b, k: 1, &blk) = a.map { |x| x ** 2 }', '%w[a b].each do |s| puts "#{s}!" end # c', 'class A < B; attr_reader :x; X = /a#{1}b/i; end'],
  shell: ['$ echo "$HOME" | grep -v \'#\' > /dev/null 2>&1 && ls -la', 'for f in *.md; do sed -i "s/a/b/g" "$f"; done # loop', 'export PATH="$HOME/bin:$PATH"\nif [ -z "$X" ]; then exit 1; fi'],
  yaml: ['title: "A: b"\nlist:\n  - 1\n  - {a: [x, y]}\n# comment\nanchor: &a !!str 3', 'key: |\n  multi\n  line\ndate: 2022-02-11 10:00:00 +0800'],
  json: ['{"a": [1, 2.5e3, true, null], "b": {"c": "\\u00e9"}}', '[\n  {"x": -1}\n]'],
  html: ['<!DOCTYPE html>\n<a href="/x" class=\'y\'>t &amp; u</a><!-- c -->\n<script>var a = 1 < 2;</script>', '<div id="a"><img src="x.png" alt=""/></div>'],
  css: ['.a > b:hover::after { content: "\\201C"; color: #fff !important; margin: -1.5em 0 }', '@media (max-width: 600px) { :root { --x: calc(100% - 2px); } }'],
  c: ['#include <stdio.h>\nint main(void) { printf("%d\\n", 0x10 >> 1); return 0; } /* c */', 'static const char *s = "a\\tb"; unsigned long long x = 10ULL;'],
  go: ['package main\nfunc main() { x := []int{1, 2}; fmt.Println(x[1:], `raw`) }', 'type T struct { A int `json:"a"` }'],
  rust: ['fn main() -> Result<(), Box<dyn Error>> { let v: Vec<_> = (0..3).collect(); println!("{:?}", v); Ok(()) }', "impl<'a> T for &'a str { fn f(&self) {} } // c"],
  sql: ["SELECT a, COUNT(*) AS n FROM t WHERE b LIKE 'x%' GROUP BY a HAVING n > 1; -- c", 'CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL);'],
  diff: ['--- a/x\n+++ b/x\n@@ -1,2 +1,2 @@\n-old\n+new\n context'],
  console: ['$ npm install\nadded 1 package\n# whoami\nroot'],
  java: ['public class A { @Override public String toString() { return "a" + 1L; } }'],
  php: ['<?php echo $a->b["c"] ?? \'d\'; // e ?>'],
  text: ['plain <b>text</b> & more'],
  plaintext: ['x  y'],
  '': ['no language <here>'],
};
const codeBlock = () => {
  const lang = pick(Object.keys(CODE));
  const body = pick(CODE[lang]);
  return pick([
    () => `\`\`\`${lang}\n${body}\n\`\`\`\n`,
    () => `~~~ ${lang}\n${body}\n~~~\n`,
    () => `${body.split('\n').map((l) => `    ${l}`).join('\n')}\n${lang ? `{: .language-${lang}}\n` : ''}`,
    () => `- item\n\n  \`\`\`${lang}\n${body.split('\n').map((l) => `  ${l}`).join('\n')}\n  \`\`\`\n`,
    () => `\`${body.split('\n')[0]}\`{:.language-${lang || 'x'}} in a line\n`,
  ])();
};
REAL.push(codeBlock, codeBlock);

// What CommonMark sites write that kramdown's grammar above does not reach: GFM task lists, fences
// whose info string has more than a language, tables with escaped pipes, tildes, bare links,
// the tags tagfilter escapes, every kind of HTML block, smart punctuation and hard breaks.
const INFO = ['ruby', 'js linenos', ' python ', 'c++', 'shell {.x}', 'html+erb', 'nosuchlang', 'RUBY', 'text', 'diff', 'yaml', 'console', 'sh\\_x', 'a&amp;b', '`'];
const COMMONMARK = [
  () => times(1 + int(4), () => `${pick(['- ', '* ', '1. ', '  - '])}[${pick([' ', 'x', 'X', '', '  '])}]${pick([' ', '', '  '])}${chance(0.8) ? line() : ''}\n`),
  () => `${pick(['```', '~~~', '````', '  ```'])}${pick(INFO)}\n${pick(['x = 1 < 2 && "s"', 'def f; end', '  <b>tag</b>', '', '\\tab\\t', '# comment'])}\n${chance(0.3) ? '\n' : ''}${pick(['```', '~~~', '````', ''])}\n`,
  () => `| ${pick(CELLS)} | ${pick(['`a|b`', 'a \\| b', '~~s~~', 'www.x.com', '<b>x</b>', '-'])} |\n|${pick([':--', '--:', ':-:', '---'])}|${pick([':--', '--:', ':-:', '---', ''])}|\n${times(1 + int(3), () => `| ${pick(CELLS)} |${chance(0.3) ? '' : ` ${pick(CELLS)} |`}${chance(0.2) ? ' extra |' : ''}\n`)}${chance(0.3) ? `${line()}\n` : ''}`,
  () => `${pick(['~', '~~', '~~~'])}${pick(WORDS)}${pick(['~', '~~', '~~~'])} ${pick(['a~b~c', '~~ x ~~', '~~**b**~~'])}\n`,
  () => `${pick(['www.example.com/a?b=c.', 'http://x.y/(a)b).', 'https://a.b/c_d_e_', 'foo@bar.baz.', 'a.b-c_d@e.f', 'www.x.com/a*b*', 'Www.x.com', '(www.y.com)', 'http://a.b/&amp;c', 'xmpp:a@b.c/d', 'mailto:a@b.c', 'https://x.y/<z'])} ${inline()}\n`,
  () => `${chance(0.5) ? `${line()}\n` : ''}<${pick(['title', 'textarea', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'script', 'plaintext', 'TITLE', 'Script'])}${pick(['>', ' a="b">', '/>'])}${pick(WORDS)}</${pick(['title', 'textarea', 'style', 'xmp', 'script'])}>\n`,
  () => `${pick(['<!-- c -->', '<?php x ?>', '<!DOCTYPE html>', '<![CDATA[ x ]]>', '<pre>\n*x*\n</pre>', '<div>\n*x*\n\n*y*\n</div>', '<custom-el a=1>', '</div>', '<del>*x*</del>', '<a href="x">'])}\n${chance(0.5) ? `${line()}\n` : ''}`,
  () => `${pick(TYPO)} ${pick(["'tis", "rock 'n' roll", '"a "b" c"', '---x---', '....', '. . .', "5'10\"", "'a' \"b\"", '*"x"*', "l'amour", '"[link](/x)"'])} ${pick(WORDS)}\n`,
  () => `${line()}${pick(['  ', '\\', ' ', '   '])}\n${line()}\n`,
  () => `${inline()}[^${pick(['1', 'a', 'x y', 'A'])}]${chance(0.4) ? '[^b]' : ''}\n\n[^${pick(['1', 'a', 'A'])}]: ${line()}\n${chance(0.4) ? `\n    ${line()}\n` : ''}${chance(0.3) ? '[^b]: > quote\n' : ''}`,
  () => `[${pick(['Ref', 'ref', 'Ä', 'a  b'])}]: ${pick(['/u', '<a b>', '"t"', '/u "t"', '/u\n"t"', "/u 't'", '/u (t)', '/ü'])}\n\n[${pick(['ref', 'REF', 'ä', 'a b'])}]${pick(['', '[]', '[ref]'])} ${pick(['![ref]', '[x][ref]'])}\n`,
  () => `${pick(['*a**b*', '_a_b_', '**a*b**', '***a***', '_*a*_', '__a__b', 'a**"b"**', '*a `*` b*', '**a\nb**', '*(a)*b'])} ${pick(WORDS)}\n`,
];

// --deep: shapes of real sites' posts the grammars above reach seldom (session 50): HTML blocks with
// markdown="1" holding lists, code, headings with IALs and nested HTML blocks, indented or not, closed
// on a content line or not; lists three deep whose items hold paragraphs, fenced and indented code
// and blank lines, at the item's indent, one off, or with tabs; reference definitions in odd places
// (inside list items, quotes, HTML blocks, definition lists, indented, titles on the next line,
// defined twice, labels differing in case, spaces or Unicode) and used in every form.
const SENT = ['Some text here.', 'A *short* sentence with `code`.', 'See [the docs](/docs/) for more.', 'It\'s "quoted" -- and more...', 'Item with **bold** text', '中文的句子，没有空格。', 'Run `npm install` first:', 'A line with a <span>span</span>.', 'Café & naïve text', 'Note: this is _important_.'];
const txt = () => (chance(0.25) ? line() : pick(SENT));
const LABELS = ['ref', 'Ref', 'REF', 'my ref', 'my  ref', 'Ünï', 'ünï', '1', 'a-b', 'x_y', 'foo bar'];
const DEFS = ['/u', '<http://e.com/a b>', 'http://e.com/x "T"', '/p \'single\'', '/p (paren)', '/q\n  "next line"', '/r\n"next"', 'http://e.com/?a=1&b=2', '#frag', '/ü/é', ''];
const refUse = () => pick([`[${pick(WORDS)}][${pick(LABELS)}]`, `[${pick(LABELS)}]`, `[${pick(LABELS)}][]`, `[${pick(WORDS)}] [${pick(LABELS)}]`, `![${pick(WORDS)}][${pick(LABELS)}]`, `[*${pick(LABELS)}*][]`, `[\`${pick(LABELS)}\`]`]);
const refDef = () => `${pick(['', ' ', '  ', '   '])}[${pick(LABELS)}]:${pick([' ', '  ', '\t'])}${pick(DEFS)}\n`;
const codeLines = () => pick(['x = 1\n', 'a < b && c\n\n  after blank\n', '# not a header\n- not a list\n', '<div>raw</div>\n', '*not em*\n\tand a tab\n']);
function fenced(ind) {
  const f = pick(['```', '~~~', '````']);
  const body = codeLines().split('\n').map((l) => (l === '' ? '' : ind + l)).join('\n');
  return `${ind}${f}${pick(['', 'ruby', ' js', 'text'])}\n${body}${ind}${f}\n`;
}
const indentedCode = (ind) => codeLines().split('\n').map((l) => (l === '' ? '' : `${ind}    ${l}`)).join('\n');
function deepItem(level, ind) {
  const marker = pick(['-', '*', '+', '1.', '2.', '10.', '1)']);
  const pad = pick([' ', ' ', '  ', '   ']);
  const inner = ind + ' '.repeat(marker.length + pad.length);
  let out = `${ind}${marker}${pad}${pick([txt(), refUse() + ' ' + txt(), txt() + '[^n]'])}\n`;
  for (let i = 0, n = int(4); i < n; i++) {
    const blank = pick(['\n', '\n', '', '\n\n']);
    const off = pick([inner, inner, inner, inner.slice(1), inner + ' ', ind + '\t', inner + '  ']);
    const k = int(level < 2 ? 8 : 6);
    if (k === 0) out += `${blank}${off}${txt()}\n`;
    else if (k === 1) out += `${blank}${fenced(off)}`;
    else if (k === 2) out += `${blank === '' ? '\n' : blank}${indentedCode(off)}`;
    else if (k === 3) out += `${blank}${refDef().replace(/^ */, off)}`;
    else if (k === 4) out += `${blank}${off}> ${txt()}\n${off}> ${refUse()}\n`;
    else if (k === 5) out += `${blank}${off}<div markdown="1">\n${off}${txt()}\n${off}</div>\n`;
    else out += `${blank}${deepList(level + 1, off)}`;
  }
  return out;
}
function deepList(level = 0, ind = '') {
  let out = '';
  for (let i = 0, n = 1 + int(3); i < n; i++) out += deepItem(level, ind) + pick(['', '', '\n']);
  return out;
}
const MDATTR = [' markdown="1"', ' markdown="1"', ' markdown="block"', ' markdown="span"', ' markdown="0"', " markdown='1'", ' markdown=1', ' class="c" markdown="1"', ''];
function htmlBlock(level = 0) {
  const tag = pick(['div', 'div', 'section', 'details', 'aside', 'article', 'figure', 'blockquote', 'p', 'span', 'td', 'li', 'center', 'header']);
  const ind = pick(['', '', '  ', '    ']);
  const parts = [];
  for (let i = 0, n = 1 + int(4); i < n; i++) {
    const k = int(level < 2 ? 9 : 7);
    if (k === 0) parts.push(`${txt()}\n${chance(0.5) ? `${txt()}\n` : ''}`);
    else if (k === 1) parts.push(deepList(1));
    else if (k === 2) parts.push(fenced(''));
    else if (k === 3) parts.push(`${pick(['#', '##', '###'])} ${pick(HEADINGS)}${pick(['', ' {#h}', ' {: .c}'])}\n`);
    else if (k === 4) parts.push(`${refUse()} ${txt()}\n${refDef()}`);
    else if (k === 5) parts.push(`${pick(['<summary>Sum *x*</summary>', '<p>raw *p*</p>', '<br>', '<hr/>', '<img src="a.png">', '<!-- c -->'])}\n`);
    else if (k === 6) parts.push(`${pick(WORDS)}\n: ${txt()}\n`);
    else parts.push(htmlBlock(level + 1).split('\n').map((l) => (l === '' ? '' : pick(['', '', '  ']) + l)).join('\n'));
  }
  const body = parts.join(pick(['\n', '\n', '']));
  const shaped = chance(0.2) ? body.split('\n').map((l) => (l === '' ? '' : ind + l)).join('\n') : body;
  const close = `</${chance(0.92) ? tag : pick(['div', 'span'])}>`;
  return `<${tag}${pick(MDATTR)}>${pick(['\n', '\n\n', ''])}${pick([shaped, shaped.replace(/\n$/, '')])}${pick(['\n', '\n\n', '', ' '])}${close}${pick(['', '', ' tail', '\n{: .ial}'])}\n`;
}
const DEEP = [
  () => htmlBlock(),
  () => htmlBlock(),
  () => deepList(),
  () => deepList(),
  () => `${refUse()} ${txt()}\n${pick(['', '\n'])}${refDef()}${pick(['', '\n'])}${refDef()}${chance(0.5) ? `\n> ${refDef()}> ${refUse()}\n` : ''}`,
  () => `${pick(WORDS)}\n: ${refUse()}\n\n${pick(['    ', '  '])}${refDef().trim()}\n${chance(0.5) ? `\n[^n]: note ${refUse()}\n\n    ${refDef().trim()}\n` : ''}`,
  () => `| ${refUse()} | b |\n|---|---|\n| x | ${refUse()} |\n\n${refDef()}`,
  () => `${txt()}\n${refDef()}${txt()}\n`,
];
const deep = flag('deep');

function block(depth = 0) {
  if (depth === 0 && deep && chance(0.5)) return pick(DEEP)();
  if (depth === 0 && commonmark && chance(0.35)) return pick(COMMONMARK)();
  if (depth === 0 && chance(0.3)) return pick(chance(0.5) || flag('real') ? REAL : STICKY)();
  if (depth < 2 && chance(0.12)) return pick(MORE)();
  const r = int(depth > 1 ? 6 : 22);
  switch (r) {
    case 0:
    case 1:
    case 2:
      return paragraph();
    case 3:
      return list(depth);
    case 4:
      return indent(block(depth + 1), pick(['> ', '>', '> > ']));
    case 5:
      return `${'#'.repeat(1 + int(6))} ${inline()}${chance(0.2) ? ' ##' : ''}${chance(0.2) ? ' {#my-id}' : ''}\n`;
    case 6:
      return `${inline()}\n${pick(['===', '---', '-----'])}\n`;
    case 7:
      return indent(`${inline()}\n${chance(0.3) ? '\n' : ''}${inline()}\n`, pick(['    ', '\t']));
    case 8:
      return `${pick(['```', '~~~', '````'])}${pick(['', 'ruby', 'js', ' python', 'html', 'text', 'shell', 'nosuchlang'])}\n${inline()}\n${chance(0.3) ? '\n  indented <b>\n' : ''}${pick(['```', '~~~', '````'])}\n`;
    case 9:
      return `<${pick(['div', 'div markdown="1"', 'p', 'section class="x"', 'table', 'details', 'figure'])}>\n${chance(0.5) ? paragraph() : `${inline()}\n`}</${pick(['div', 'p', 'section', 'table', 'details', 'figure'])}>\n`;
    case 10:
      return `${pick(['***', '- - -', '___', '* * *'])}\n`;
    case 11:
      return table();
    case 12:
      return `${pick(WORDS)}\n: ${line()}\n${chance(0.4) ? `: ${line()}\n` : ''}`;
    case 13:
      return `[^${pick(['1', 'note', '2'])}]: ${line()}\n${chance(0.3) ? `    ${line()}\n` : ''}`;
    case 14:
      return `[${pick(['ref', 'Ref', 'x y'])}]: ${pick(URLS.slice(0, 6))}${chance(0.3) ? ' "Title"' : ''}\n`;
    case 15:
      return `*[${pick(['HTML', 'HTMLs', 'AT&T'])}]: ${pick(WORDS)} text\n`;
    case 16:
      return `${paragraph()}{: ${pick(['.note', '#anchor', 'style="color: red"', '.a .b'])}}\n`;
    case 17:
      return `$$\n${pick(['x^2 + y^2', 'a_b', '\\frac{1}{2}'])}\n$$\n`;
    case 18:
      return `<!-- ${pick(WORDS)} -->\n`;
    case 19:
      return `{% highlight ${pick(['ruby', 'js'])} %}\n${inline()}\n{% endhighlight %}\n`;
    case 20:
      return `^\n`;
    default:
      return `${line()}\n${pick(['', '    ', '\t'])}${line()}\n`;
  }
}

function documentText() {
  const blocks = [];
  for (let i = 0, n = 1 + int(7); i < n; i++) blocks.push(block());
  return blocks.join(pick(['\n', '\n', '', '\n\n'])).replace(/\n*$/, pick(['\n', '', '\n\n']));
}

// --- comparing and reducing -------------------------------------------------------------------
async function differs(text) {
  return !same(kyll(text), await jekyll(text));
}

/** Lines dropped while the two converters still differ. */
const reduce = (text) => reduceLines(text, differs);

if (opt('try-file') !== undefined) {
  // --try-file FILE: one JSON string (a Markdown text) a line, each printed with both outputs when they differ
  const texts = fs.readFileSync(opt('try-file'), 'utf8').split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  let differ = 0;
  for (const text of texts) {
    const [want, got] = [await jekyll(text), kyll(text)];
    if (same(want, got)) continue;
    differ++;
    console.log(`${JSON.stringify(text)}\njekyll: ${JSON.stringify(want)}\nkyll:   ${JSON.stringify(got)}\n`);
  }
  console.log(`${texts.length} texts, ${differ} differ`);
  oracle.end();
  process.exit(0);
}

fs.mkdirSync(outDir, { recursive: true });
const seen = new Set();
let found = 0;
for (let i = 0; i < count && found < maxCases; i++) {
  const text = documentText();
  if (flag('show')) console.log(JSON.stringify(text));
  if (!(await differs(text))) continue;
  const small = await reduce(text);
  const key = small.replace(/\w+/g, 'w');
  if (seen.has(key)) continue;
  seen.add(key);
  found++;
  const want = await jekyll(small);
  const got = kyll(small);
  const name = String(found).padStart(3, '0');
  fs.writeFileSync(path.join(outDir, `${name}.md`), small);
  fs.writeFileSync(path.join(outDir, `${name}.html`), typeof want === 'string' ? want : JSON.stringify(want));
  console.log(`--- case ${name} (text ${i} of seed ${seed})\n${JSON.stringify(small)}\njekyll: ${JSON.stringify(want)}\nkyll:   ${JSON.stringify(got)}\n`);
}
oracle.end();
console.log(`seed ${seed}: ${count} texts, ${found} distinct differences (written to ${path.relative(process.cwd(), outDir) || '.'})`);
