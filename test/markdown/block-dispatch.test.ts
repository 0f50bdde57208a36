// The parser's fast paths (block constructs picked by a line's first character,
// cheap checks before patterns) against the slow path that tries every
// construct at every line, as kramdown does: both must build the same tree and
// the same warnings, on kramdown's own cases and on generated input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseKramdown } from '../../lib/markdown/kramdown/parse.js';
import { createGrammar } from '../../lib/markdown/kramdown/constructs.js';
import { blockDispatch, endAt } from '../../lib/markdown/kramdown/block-dispatch.js';
import { PARAGRAPH_END_GFM, PARAGRAPH_END_KRAMDOWN } from '../../lib/markdown/kramdown/paragraph.js';
import { IAL_BLOCK_SRC, LAZY_END, LAZY_END_HTML_START_SRC, LAZY_END_HTML_STOP_SRC } from '../../lib/markdown/kramdown/patterns.js';
import { parseFirstListLine } from '../../lib/markdown/kramdown/list-common.js';
import { Scanner } from '../../lib/markdown/kramdown/scanner.js';
import { ALNUM, R, UNAME } from '../../lib/markdown/kramdown/regex.js';
import { rawStart } from '../../lib/markdown/kramdown/html-common.js';
import { closers, GFM_CLOSER, KD_CLOSER } from '../../lib/markdown/kramdown/fence-limit.js';
import { resolveOptions } from '../../lib/markdown/options.js';
import { HAS_SHARED, KRAMDOWN_CASES } from './conformance.js';

const flavours = [
  { name: 'GFM', options: resolveOptions(), gfm: true },
  { name: 'kramdown', options: resolveOptions({ input: 'kramdown' }), gfm: false },
];

function both(text: string, f: (typeof flavours)[number]): [string, string] {
  const run = (dispatch: boolean) => {
    const g = createGrammar({ gfm: f.gfm, hardWrap: false, noAutoTypographic: false, dispatch });
    const r = parseKramdown(text, f.options, g);
    return JSON.stringify({ root: r.root, warnings: r.warnings });
  };
  return [run(true), run(false)];
}

// A small deterministic generator: lines that start with every construct's
// characters, indented 0 to 4 spaces or by tabs.
let seed = 7;
function rand(n: number): number { // mulberry32
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) % n;
}
const PREFIXES = ['', '', ' ', '  ', '   ', '    ', '     ', '\t', ' \t'];
const BODIES = [
  '# h', '#h', '## h ##', '####### h', '> q', '>q', '- a', '* a', '+ a', '-a', '1. a', '12.a', '1) a', '***', '- - -',
  '___', '---', '===', '=', ': d', ':d', '<div>', '</div>', '<p>x</p>', '<span>a</span>', '<!-- c -->', '<a href="x">',
  '$$x$$', '\\$$x$$', '| a | b |', 'a | b', 'a \\| b', '|-|-|', '|---|:-:|', '[^1]: fn', '[^1]', '[a]: http://x', '[a]',
  '*[A]: abbr', '{: .c}', '{::comment}x{:/}', '{:a: .b}', '^', '~~~', '```', '```ruby', '~~~ ruby', 'text', 'A line',
  '中文', '<http://x>', '`code`', '\\', '', ' ', '\t', 'x  ', '&amp;', '"q"', '&', '<', '<<', 'a <b>c</b>', '``` |',
];
function generated(): string {
  const lines = Array.from({ length: 1 + rand(12) }, () => PREFIXES[rand(PREFIXES.length)] + BODIES[rand(BODIES.length)]);
  return lines.join('\n') + (rand(4) === 0 ? '' : '\n');
}

describe('block dispatch', () => {
  test.each(flavours)('$name: every ASCII character at a line start, indented 0 to 4', (f) => {
    for (let code = 1; code < 128; code++) {
      const c = String.fromCharCode(code);
      for (const pre of ['', ' ', '   ', '    ', '\t']) {
        for (const text of [`${pre}${c} x\n${c}${c}${c}\nnext\n`, `${pre}${c}${c}${c}\n-\n`, `a\n${pre}${c} | x\n|-|-|\n`, `${pre}${c}`]) {
          const [fast, slow] = both(text, f);
          expect({ text, tree: fast }).toEqual({ text, tree: slow });
        }
      }
    }
  });

  test.each(flavours)('$name: generated documents', (f) => {
    for (let i = 0; i < 1500; i++) {
      const text = generated();
      const [fast, slow] = both(text, f);
      expect({ text, tree: fast }).toEqual({ text, tree: slow });
    }
  });

  (HAS_SHARED ? test.each(flavours) : test.skip.each(flavours))('$name: kramdown\'s cases', (f) => {
    const manifest = JSON.parse(readFileSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'), 'utf8')) as { cases: { input: string }[] };
    for (const c of manifest.cases) {
      const text = readFileSync(path.join(KRAMDOWN_CASES, c.input), 'utf8');
      const [fast, slow] = both(text, f);
      expect({ input: c.input, tree: fast }).toEqual({ input: c.input, tree: slow });
    }
  });

  // Lines for the pattern checks below: every start character, indented, blank or not.
  const LINES: string[] = [];
  for (const pre of ['', ' ', '  ', '   ', '    ', '     ', '\t', ' \t', '\x0b']) {
    for (const body of [...BODIES, '{:a}', '{: .c}', '{:/}', '<div a="b">', '</p>', '</span>', '<em>', '<spanx>', '</div  >', '{:a}\n']) {
      for (const end of ['\n', '', '\nnext\n', '\n\n']) LINES.push(pre + body + end);
    }
  }
  LINES.push('', '\n', ' ', '  \n', '\t\n', '\n\n');

  test('the cheap paragraph-end answers agree with the patterns', () => {
    let decided = 0;
    for (const line of LINES) {
      const cheap = endAt(line, 0);
      if (cheap === undefined) continue;
      decided++;
      for (const end of [PARAGRAPH_END_GFM, PARAGRAPH_END_KRAMDOWN, LAZY_END]) {
        expect({ line, end: cheap }).toEqual({ line, end: new Scanner(line).test(end) });
      }
    }
    expect(decided).toBeGreaterThan(LINES.length / 2);
  });

  test('lazy list lines agree with list.rb\'s pattern', () => {
    for (let k = 0; k <= 3; k++) {
      const lazy = parseFirstListLine(k, 'x').lazyRe;
      const slow = R(`(?!^ {0,${k}}(?:${IAL_BLOCK_SRC}|${LAZY_END_HTML_STOP_SRC}|${LAZY_END_HTML_START_SRC})).*\\S.*\\n`);
      for (const line of LINES) {
        expect({ line, k, m: new Scanner(line).scan(lazy) }).toEqual({ line, k, m: new Scanner(line).scan(slow) });
      }
    }
  });

  test('autolinks: the two alternatives tried apart match as the one pattern', () => {
    const ACHARS = `[${ALNUM}\\-_.]`;
    const whole = R(`<((mailto|https?|ftps?):.+?|${ACHARS}+?@${ACHARS}+?)>`);
    const parts = ['http:', 'https://a', 'ftp:', 'mailto:x@y', 'a@b', 'é@ü', 'a@', '@b', '>', ' ', 'x', '\n', '中', '.', '-'];
    for (let i = 0; i < 1500; i++) {
      const text = '<' + Array.from({ length: 1 + rand(5) }, () => parts[rand(parts.length)]).join('');
      const doc = `a ${text} b\n`;
      const tree = (d: string) => JSON.stringify(parseKramdown(d, flavours[0].options).root);
      const m = new Scanner(text).check(whole);
      const kids = JSON.parse(tree(doc)).children[0].children;
      const link = kids.find((k: { type: string }) => k.type === 'a');
      expect({ text, href: link?.attr.href ?? null }).toEqual({ text, href: m ? (m[2] === undefined ? `mailto:${m[1]}` : m[1]) : null });
    }
  });

  test('raw HTML: the next tag found with indexOf where HTML_RAW_START finds it', () => {
    const pattern = R(`(?=<(${UNAME}|\\/|!--|\\?))`, 'g');
    const parts = ['<', 'a', 'Z', '_', '/', '?', '!', '!-', '!--', '1', ' ', '中', 'é', '\u00d7', '😀', '𝒜', '\u0301', '>', '-', '\n'];
    for (let i = 0; i < 2000; i++) {
      const s = Array.from({ length: 1 + rand(8) }, () => parts[rand(parts.length)]).join('');
      const fast: number[] = [];
      const slow: number[] = [];
      for (let from = 0; from <= s.length; from++) {
        pattern.lastIndex = from;
        fast.push(rawStart(s, from));
        slow.push(pattern.exec(s)?.index ?? -1);
      }
      expect({ s, at: fast }).toEqual({ s, at: slow });
    }
  });

  test('fence closers: found at line starts as the global pattern finds them', () => {
    const parts = ['```', '~~~', '````', '`', '~', ' ', '   ', '    ', '\t', 'a', '\n', '\n', '\n', '中'];
    for (const re of [GFM_CLOSER, KD_CLOSER]) {
      for (let i = 0; i < 1500; i++) {
        const s = Array.from({ length: 1 + rand(12) }, () => parts[rand(parts.length)]).join('');
        const slow = [...s.matchAll(re)].map((m) => ({ at: m.index, run: m[1] }));
        expect({ s, list: closers(new Scanner(s), re) }).toEqual({ s, list: slow });
      }
    }
  });

  test('a construct that says no to a character is not tried there', () => {
    const tried: string[] = [];
    const make = (name: string, ch: string) => ({
      name, start: /x/y, first: (c: string) => c === ch, parse: () => (tried.push(name), false),
    });
    const pick = blockDispatch([make('hash', '#'), make('star', '*'), make('hash2', '#')]);
    expect(pick('  # x', 0).map((b) => b.name)).toEqual(['hash', 'hash2']);
    expect(pick('中', 0).map((b) => b.name)).toEqual([]);
    expect(pick('   ', 0).map((b) => b.name)).toEqual(['hash', 'star', 'hash2']);
  });
});
