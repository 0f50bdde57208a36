// Span constructs picked by the character at the scanner's stop (span-dispatch.ts, with each
// construct's `first` characters and `quick` test) against the slow path that tries every
// construct's start pattern in turn, as kramdown's parse_spans does: the same tree and warnings.
import fc from 'fast-check';
import { parseKramdown } from '../../lib/markdown/kramdown/parse.js';
import { createGrammar } from '../../lib/markdown/kramdown/constructs.js';
import { Scanner } from '../../lib/markdown/kramdown/scanner.js';
import { resolveOptions } from '../../lib/markdown/options.js';
import { compile, RULES } from '../../lib/markdown/kramdown/smart-quotes.js';
import { R } from '../../lib/markdown/kramdown/regex.js';

const flavours = [
  { options: resolveOptions(), gfm: true, hardWrap: false },
  { options: resolveOptions({ hard_wrap: true }), gfm: true, hardWrap: true },
  { options: resolveOptions({ input: 'kramdown' }), gfm: false, hardWrap: false },
];

function tree(text: string, f: (typeof flavours)[number], dispatch: boolean): string {
  const g = createGrammar({ gfm: f.gfm, hardWrap: f.hardWrap, noAutoTypographic: false, dispatch });
  const r = parseKramdown(text, f.options, g);
  const seen = new WeakSet<object>();
  return JSON.stringify({ root: r.root, warnings: r.warnings }, (_key, value) => {
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return '[seen]';
    seen.add(value);
    return value;
  });
}

const PIECES = [
  'a', 'it', 's', ' ', '  ', '\n', '  \n', '\t', '中文', '😀', '\ud83d', 'é', '9', '1.', '(x)', ':', '|', '#', ',', '!', '?',
  '"', "'", '"', "'", '\\"', "\\'", '\\', '\\\\', "'90s", '--', '---', '...', '<<', '>>', ' >>', '<< ', '\\<<', '\\>>',
  '`', '``', '`c`', '*', '**', '_', '*a*', '**b**', 'x_y', '[', ']', '[l](u)', '![i](s)', '[^1]', '{', '}', '{:.c}', '{::comment}x{:/}',
  '&amp;', '&', '&#39;', '$$', '$$x$$', '~~', '~~d~~', '<b>', '</b>', '<em>x</em>', '<http://x.y>', '<a@b.c>',
];
const BLOCKS = ['', '', '* ', '1. ', '# ', '> ', '| ', 'a | ', ': '];

describe('span constructs picked by character', () => {
  test.each(flavours.map((f, i) => [i, f] as const))('flavour %i: generated documents build the slow path\'s tree', (_i, f) => {
    const line = fc.tuple(fc.constantFrom(...BLOCKS), fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }))
      .map(([b, p]) => b + p.join(''));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
      const text = lines.join('\n') + '\n';
      expect(tree(text, f, true)).toBe(tree(text, f, false));
    }), { numRuns: 1500 });
  });

  test('no start pattern matches at a character its construct leaves out', () => {
    const grammars = [createGrammar({ gfm: true, hardWrap: false, noAutoTypographic: false }), createGrammar({ gfm: false, hardWrap: false, noAutoTypographic: false })];
    const tails = ['', '"', "'", '<', '>', '<<', '>>', '-', '\n', '[', 'a', ':', '*', '`', '\\', ' ', '~', '$', '#39;', 'amp;'];
    for (const g of grammars) {
      for (const s of g.spans) {
        for (let code = 0; code < 128; code++) {
          for (const tail of tails) {
            const text = String.fromCharCode(code) + tail + tail;
            const src = new Scanner(text);
            const may = (s.first === undefined || s.first.includes(text[0])) && (s.quick === undefined || s.quick(text, 0));
            if (!may) expect([s.name, text, src.test(s.start)]).toEqual([s.name, text, false]);
          }
        }
      }
    }
  });
});

describe('smart quote rules as one pattern', () => {
  test('the alternative that matches is the first rule that does, with the same groups', () => {
    const { re, rules } = compile();
    const one = re;
    const each = RULES.map(([source, flags]) => new RegExp(R(source, flags).source, `mu${flags}y`));
    const chars = ['"', "'", '"', "'", ' ', '\t', '\n', 'a', 's', '1', '9', '_', '²', 'é', '\u0301', '*', '-', '.', '(', '[', '{', '\\', '!', '中', '😀', '\ud83d'];
    fc.assert(fc.property(fc.array(fc.constantFrom(...chars), { minLength: 1, maxLength: 6 }), (list) => {
      const text = list.join('');
      one.lastIndex = 0;
      const m = one.exec(text);
      let expected: [number, string[]] | null = null;
      for (let r = 0; r < each.length && !expected; r++) {
        each[r].lastIndex = 0;
        const e = each[r].exec(text);
        if (e) expected = [r, [...e]];
      }
      const got = m ? ((r: number): [number, string[]] => [r, m.slice(rules[r].at, rules[r].at + expected![1].length)])(rules.findIndex((x) => m[x.at] !== undefined)) : null;
      expect(got).toEqual(expected);
    }), { numRuns: 20000 });
  });
});
