#!/usr/bin/env node
// Differential fuzzing of kyll's `markdown: CommonMark` (jekyll-commonmark) against Jekyll's, with
// GFM-shaped documents: tables (escaped pipes, alignments, ragged rows), task lists, strikethrough,
// autolink literals and addresses, raw HTML blocks and inlines, nested lists and quotes with lazy
// lines, footnotes, reference definitions, fences and setext headings. One Ruby process converts
// every case (scripts/markdown-oracle.rb, the converter Jekyll's site uses); each difference is
// reduced to its fewest lines and printed, and appended to DIR/cases-SEED.txt (a JSON string a line).
//
//   npm run build && node scripts/fuzz-gfm.mjs [--seed N] [--count N] [--max N] [--out DIR]
//     [--commonmark OPTIONS/EXTENSIONS]   (default: UNSAFE,FOOTNOTES/table,strikethrough,autolink,tagfilter,tasklist)
//   --real: blocks shaped as READMEs and docs sites write them, mixed with the others: fences of real
//   code in the languages they use (shell sessions, YAML, JSON, HTML with Liquid, diffs, an unknown or
//   upper-case info string, attributes after it), <details>/<summary> and <div align> around Markdown,
//   badge rows of linked images, headings with links, code, emoji shortcodes and kramdown {#id}/{: .x}
//   leftovers, tables of options (code with pipes, links, <br>, escaped pipes), footnotes with several
//   paragraphs and code, task lists under headings, HTML comments and <kbd>/<sup> inline, numbered
//   steps with code blocks inside.
//   --config JSON: convert with these settings instead of CommonMark's (e.g. '{"kramdown": {"input": "GFM"}}').
import path from 'node:path';
import fs from 'node:fs';
import { commandLine, reduceLines, ROOT, rubyOracle, seededRandom, convertOrError, sameAnswer, importBundle } from './fuzz-common.mjs';

const { opt } = commandLine();
const seedArg = opt('seed', String(Date.now() % 100000));
const countArg = opt('count', '300');
const spec = opt('commonmark', 'UNSAFE,FOOTNOTES/table,strikethrough,autolink,tagfilter,tasklist');
const maxArg = opt('max', '15');
const outDir = path.resolve(opt('out', path.join(ROOT, 'fuzz-out')));
const { createMarkdownConverter } = await importBundle('markdown.js');

const [o = '', e = ''] = spec.split('/');
const names = (l) => l.split(',').filter((x) => x && x !== '-');
// --config JSON: the converter's settings instead (e.g. '{"kramdown": {"input": "GFM"}}', GitHub Pages'
// kramdown, which reads the same READMEs); --commonmark is then unused.
const config = opt('config') ? JSON.parse(opt('config')) : { markdown: 'CommonMark', commonmark: { options: names(o), extensions: names(e) } };
const oracle = rubyOracle('markdown-oracle.rb', [JSON.stringify(config)], { env: { ...process.env, MARKDOWN_ORACLE_TIMEOUT: '5' } });
const conv = createMarkdownConverter(config);
const kyll = convertOrError(conv);
const same = sameAnswer;

const { int, pick, chance } = seededRandom(Number(seedArg));
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('');
const WORDS = ['foo', 'bar', 'Jekyll', 'a_b', 'x*y', '1<2', 'AT&T', 'café', '中文', "don't", '"q"', '--', '...', '\\*', '\\_', '\\|', '|', '~', '~~', '`', '[', ']', '!', '&amp;', '&copy;', '&#35;', ':', '#', '>', '-', '+', '1.', '*', '_', '<', '\\'];
const URLS = ['http://example.com', '/about/', 'a.html#x', 'https://e.com/a_(b)', '<http://x.y/z w>', 'mailto:me@e.com', ''];
const AUTOS = ['www.example.com', 'http://example.com/path?q=1', 'https://e.com/a_b_', 'user@example.com', 'foo.bar@e.co.uk.', 'www.e.com/(x)', 'http://e.com.', '<http://x.com>', '<me@e.com>', 'ftp://f.org/x', 'www.x.com/a&amp;b', 'http://e.com/`x`'];

function inline(depth = 0) {
  let out = '';
  for (let i = 0, n = 1 + int(6); i < n; i++) {
    const r = int(depth > 1 ? 10 : 26);
    let p;
    if (r < 10) p = pick(WORDS);
    else if (r === 10) p = `*${inline(depth + 1)}*`;
    else if (r === 11) p = `**${inline(depth + 1)}**`;
    else if (r === 12) p = `_${inline(depth + 1)}_`;
    else if (r === 13) p = `~~${inline(depth + 1)}~~`;
    else if (r === 14) p = `~${pick(WORDS)}~`;
    else if (r === 15) p = `\`${pick(WORDS)}${pick([' ', '', '  '])}${pick(WORDS)}\``;
    else if (r === 16) p = `[${inline(depth + 1)}](${pick(URLS)}${chance(0.3) ? ` "t${pick(WORDS)}"` : ''})`;
    else if (r === 17) p = `![${pick(WORDS)}](${pick(URLS)})`;
    else if (r === 18) p = `[${pick(['ref', 'Ref', 'nope'])}]${pick(['', '[]', '[ref]'])}`;
    else if (r === 19) p = `[^${pick(['1', 'n', 'x'])}]`;
    else if (r === 20 || r === 21) p = pick(AUTOS);
    else if (r === 22) p = `<${pick(['span', 'em', 'a href="/x"', 'br', 'br/', 'img src="a.png"', 'script', 'kbd'])}>${pick(WORDS)}</${pick(['span', 'em', 'a', 'script'])}>`;
    else if (r === 23) p = `<!-- ${pick(WORDS)} -->`;
    else if (r === 24) p = `${pick(WORDS)}\\`;
    else p = pick(['&nbsp;', '&#x27;', '&bogus;', '\\!', '\\\\', '  ', '\t']);
    out += p + pick([' ', ' ', '', '  ']);
  }
  return out.replace(/\s+$/, '');
}
const line = () => inline() + pick(['', '', '', '  ', '\\', ' ']);
const para = () => times(1 + int(3), () => `${line()}\n`);

function table() {
  const cols = 1 + int(4);
  const cell = () => pick(['a', 'b c', '`x|y`', '`a\\|b`', 'a \\| b', '**s**', '[l](/u)', '', ' ', '~~d~~', 'www.e.com', '<br>', '中文', '1']);
  const row = (n = cols) => `${chance(0.8) ? '|' : ''}${times(n, () => ` ${cell()} |`)}${chance(0.2) ? ' x' : ''}`;
  const sep = `${chance(0.85) ? '|' : ''}${times(cols, () => `${pick([' --- ', ':--', '--:', ':-:', '-', ' :---: '])}|`)}`;
  return `${chance(0.2) ? `${line()}\n` : ''}${row()}\n${sep}\n${times(int(4), () => `${row(chance(0.2) ? cols + pick([-1, 1]) : cols)}\n`)}`;
}

function list(depth) {
  const ordered = chance(0.35);
  const marker = ordered ? pick(['1.', '2)', '10.']) : pick(['-', '*', '+']);
  const loose = chance(0.25);
  let out = '';
  for (let i = 0, n = 1 + int(4); i < n; i++) {
    const m = ordered ? marker : marker;
    const pad = pick([' ', ' ', '  ', '   ', '\t']);
    const w = ' '.repeat(m.length + (pad === '\t' ? 2 : pad.length));
    const task = chance(0.35) ? `${pick(['[ ]', '[x]', '[X]', '[ ] ', '[x]\t', '[]', '[-]'])} ` : '';
    let body = `${task}${line()}\n`;
    if (chance(0.3)) body += `${line()}\n`;
    if (depth < 2 && chance(0.35)) body += `${chance(0.5) ? '\n' : ''}${block(depth + 1)}`;
    if (chance(0.12)) body += `${pick(['', ' ', '  '])}${line()}\n`; // lazy-ish
    const lines = body.replace(/\n+$/, '').split('\n');
    out += lines.map((l, k) => (k === 0 ? `${m}${pad}${l}` : l === '' ? '' : chance(0.1) ? l : `${w}${l}`)).join('\n') + '\n' + (loose ? '\n' : '');
  }
  return out;
}

function quote(depth) {
  const inner = depth < 2 && chance(0.5) ? block(depth + 1) : para();
  return inner
    .replace(/\n+$/, '')
    .split('\n')
    .map((l, k) => (k > 0 && chance(0.1) ? l : `>${l === '' ? '' : pick([' ', ' ', '', '  '])}${l}`))
    .join('\n') + '\n';
}

function block(depth = 0) {
  const r = int(depth > 1 ? 6 : 18);
  switch (r) {
    case 0: case 1: case 2: return para();
    case 3: return list(depth);
    case 4: return quote(depth);
    case 5: return `${pick(['#', '##', '###', '####'])} ${inline()}${pick(['', ' #', ' ##'])}\n`;
    case 6: return table();
    case 7: return `${pick(['```', '~~~', '````'])}${pick(['', 'js', 'ruby', ' python x', '{.x}'])}\n${times(1 + int(3), () => `${pick(['', '  ', '\t'])}${pick(WORDS)} ${pick(WORDS)}\n`)}${pick(['```', '~~~', '````', ''])}\n`;
    case 8: return `    ${pick(WORDS)} ${pick(WORDS)}\n${chance(0.5) ? `\n    ${pick(WORDS)}\n` : ''}`;
    case 9: return `<${pick(['div', 'details', 'section', 'table', 'p'])}${pick(['', ' class="x"'])}>\n${chance(0.5) ? '\n' : ''}${para()}${chance(0.5) ? '\n' : ''}</${pick(['div', 'details', 'section', 'table', 'p'])}>\n`;
    case 10: return `<!--\n${line()}\n-->\n`;
    case 11: return `<${pick(['script', 'style', 'pre', 'textarea', 'iframe', 'xmp', 'title'])}>\n${pick(['a < b', '*x*', '</div>'])}\n</${pick(['script', 'style', 'pre', 'textarea'])}>\n`;
    case 12: return `[^${pick(['1', 'n', 'x'])}]: ${line()}\n${chance(0.5) ? `\n    ${line()}\n` : ''}${chance(0.3) ? `${line()}\n` : ''}`;
    case 13: return `[${pick(['ref', 'Ref', 'x'])}]: ${pick(['/url', '<a b>', 'http://e.com'])}${pick(['', ' "title"', "\n'title'", ' (t)'])}\n`;
    case 14: return `${pick(['***', '---', '___', '* * *', '- - -'])}\n`;
    case 15: return `${line()}\n${pick(['===', '---', '-', '= ='])}\n`;
    case 16: return `${line()}\n${pick(['- ', '1. ', '2. ', '> ', '# ', '```\n', '<div>\n', '| a | b |\n|---|---|\n', '    ', '<span>'])}${line()}\n`;
    default: return `${pick(AUTOS)} ${inline()}\n`;
  }
}

// --real: what READMEs and docs sites write (see the header).
const REAL = process.argv.includes('--real');
const CODE = {
  shell: ['$ bundle exec jekyll serve', 'npm install --save-dev kyll', 'git clone https://github.com/u/r.git && cd r', 'echo "$HOME" | tr a-z A-Z # comment', 'export PATH=~/bin:$PATH', 'for f in *.md; do wc -l "$f"; done', '> output line', 'sudo apt-get install -y ruby-full \\', '  build-essential'],
  yaml: ['title: My Blog', 'baseurl: "" # the subpath', 'plugins:', '  - jekyll-feed', 'defaults:', '  - scope: {path: "", type: posts}', '    values: {layout: post}', '---', 'key: |', '  multi line'],
  json: ['{', '  "name": "x",', '  "version": "1.0.0",', '  "list": [1, 2.5, true, null],', '  "nested": {"a": "b\\n"}', '}'],
  html: ['<!DOCTYPE html>', '<div class="post">', '  <h1>{{ page.title }}</h1>', '  {% for p in site.posts %}<a href="{{ p.url }}">{{ p.title }}</a>{% endfor %}', '</div>', '<script src="/a.js"></script>', '<!-- c -->'],
  diff: ['--- a/file.rb', '+++ b/file.rb', '@@ -1,3 +1,4 @@', ' unchanged', '-removed line', '+added line'],
  javascript: ['const x = require("x");', 'function f(a, b) { return a < b && b > 0; }', '// comment', 'export default { a: `t ${x}` };', '/* block */'],
  python: ['def f(x):', '    return x ** 2  # square', 'class A(object):', '    """doc"""', 'print(f"{x!r}")'],
  ruby: ['module Jekyll', '  class Foo < Generator', '    def generate(site) = site.pages.each { |p| p.data["x"] = 1 }', '  end', 'end', ':sym => "str #{x}"'],
  text: ['plain text <b>not bold</b>', '    indented', '*not em*', '\t tab'],
};
const INFO = ['shell', 'bash', 'sh', 'console', 'yaml', 'yml', 'json', 'html', 'liquid', 'diff', 'javascript', 'js', 'python', 'ruby', 'text', 'plaintext', '', 'Ruby', 'JSON', 'nosuchlang', 'js title="a.js"', 'ruby {.line-numbers}', 'c++', 'html+erb', 'sh $'];
function realCode() {
  const info = pick(INFO);
  const key = Object.keys(CODE).find((k) => info.toLowerCase().startsWith(k.slice(0, 2))) ?? pick(Object.keys(CODE));
  const fence = pick(['```', '```', '~~~', '````']);
  return `${fence}${pick(['', ' '])}${info}\n${times(1 + int(5), () => `${pick(CODE[key])}\n`)}${chance(0.2) ? '\n' : ''}${fence}\n`;
}
const BADGE = () => `[![${pick(['Build Status', 'npm', 'License: MIT', 'Gem Version'])}](https://img.shields.io/${pick(['badge/license-MIT-blue.svg', 'npm/v/x.svg?style=flat', 'travis/u/r/main.svg'])})](${pick(['https://travis-ci.org/u/r', 'https://npmjs.com/package/x', 'LICENSE', '#license'])})`;
const HEADTXT = () => pick(['Installation', 'Usage', '`config` options', '[Docs](/docs/) and more', 'FAQ :question:', "What's new?", 'Step 1: *Setup*', 'API {#api}', 'Contributing {: .no_toc}', '中文 说明', 'v2.0.0 (2020-01-01)', 'Q&A <small>beta</small>']);
function realBlock(depth = 0) {
  switch (int(depth > 0 ? 6 : 13)) {
    case 0: case 1: return realCode();
    case 2: return `${pick(['#', '##', '###'])} ${HEADTXT()}\n`;
    case 3: return `${times(1 + int(3), () => `${BADGE()}${pick([' ', '\n', ''])}`).trimEnd()}\n`;
    case 4: return `${int(3) + 1}. ${line()}\n${pick(['\n', ''])}${realCode().replace(/^(?=.)/gm, pick(['   ', '    ', '  ']))}${chance(0.5) ? `\n${int(3) + 2}. ${line()}\n` : ''}`;
    case 5: return `- [${pick([' ', 'x'])}] ${line()}\n- [${pick([' ', 'x'])}] ${line()}\n${chance(0.4) ? `  - [ ] ${line()}\n` : ''}`;
    case 6: return `<details>${pick(['', '\n'])}<summary>${pick(['Click to expand', '<b>More</b>', 'Code'])}</summary>\n${pick(['\n', ''])}${realBlock(depth + 1)}${pick(['\n', ''])}</details>\n`;
    case 7: return `<${pick(['div align="center"', 'p align="center"', 'div markdown="1"', 'center'])}>\n${pick(['\n', ''])}${pick([BADGE(), `<img src="logo.png" width="${pick(['200', '50%'])}">`, `# ${HEADTXT()}`, para()])}\n${pick(['\n', ''])}</${pick(['div', 'p', 'center'])}>\n`;
    case 8: {
      const cell = () => pick(['`--port`', '`a \\| b`', '`x|y`', '[link](#x)', 'one<br>two', 'a \\| b', '**yes**', ':white_check_mark:', '`"string"`', '`nil`', '1.0', '']);
      return `| ${pick(['Option', 'Name'])} | ${pick(['Default', 'Type'])} | Description |\n|${pick(['---', ':---', '-'])}|${pick(['---', ':---:', '--:'])}|---|\n${times(1 + int(3), () => `| ${cell()} | ${cell()} | ${cell()} |\n`)}`;
    }
    case 9: return `Text with a note[^${pick(['1', 'note', 'long-name'])}].\n\n[^${pick(['1', 'note', 'long-name'])}]: ${line()}\n${chance(0.6) ? `\n    ${line()}\n` : ''}${chance(0.4) ? '\n    ```\n    code\n    ```\n' : ''}`;
    case 10: return `${pick(['Press <kbd>Ctrl</kbd>+<kbd>C</kbd>', 'E = mc<sup>2</sup>', 'H<sub>2</sub>O', '<!-- TODO: more -->', 'See :smile: and :+1:', '{{ site.url }}/about', '{% link _posts/x.md %}', 'Table of contents\n{:toc}', '* TOC\n{:toc}'])} ${line()}\n`;
    case 11: return `> **Note**\n> ${line()}\n${chance(0.5) ? `>\n> ${realBlock(depth + 1).replace(/\n(?=.)/g, '\n> ')}` : ''}`;
    default: return block(depth);
  }
}
const doc = () => times(1 + int(REAL ? 7 : 5), () => (REAL && chance(0.6) ? realBlock() : block()) + (chance(0.75) ? '\n' : ''));

fs.mkdirSync(outDir, { recursive: true });
let found = 0;
const max = Number(maxArg);
const seen = new Set();
for (let i = 0; i < Number(countArg) && found < max; i++) {
  const text = doc();
  const j = await oracle.ask(text);
  if (j && typeof j === 'object' && String(j.error).includes('Timeout')) continue;
  if (same(j, kyll(text))) continue;
  const differs = async (t) => {
    const a = await oracle.ask(t);
    return !same(a, kyll(t));
  };
  const small = await reduceLines(text, differs);
  if (seen.has(small)) continue;
  seen.add(small);
  found++;
  const jj = await oracle.ask(small);
  console.log(`--- case ${found} (doc ${i})\n${JSON.stringify(small)}\n J ${JSON.stringify(jj)}\n K ${JSON.stringify(kyll(small))}`);
  fs.appendFileSync(path.join(outDir, `cases-${seedArg}.txt`), `${JSON.stringify(small)}\n`);
}
console.log(`seed ${seedArg}: ${found} differing`);
oracle.end();
