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
const config = { markdown: 'CommonMark', commonmark: { options: names(o), extensions: names(e) } };
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

const doc = () => times(1 + int(5), () => block() + (chance(0.75) ? '\n' : ''));

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
