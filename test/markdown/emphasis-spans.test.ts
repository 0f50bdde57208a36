// Texts whose only span markup is emphasis around plain text are span-parsed without the
// scanner (emphasis-spans.ts): the tree must be the one the scanner and the emphasis
// construct build (the slow grammar, with every fast path off), on generated documents.
import fc from 'fast-check';
import { parseKramdown } from '../../lib/markdown/kramdown/parse.js';
import { createGrammar } from '../../lib/markdown/kramdown/constructs.js';
import { emphasisSpans } from '../../lib/markdown/kramdown/emphasis-spans.js';
import { resolveOptions } from '../../lib/markdown/options.js';
import { markdownToHtml } from '../../lib/markdown/converter.js';

const flavours = [
  { options: resolveOptions(), gfm: true, hardWrap: false },
  { options: resolveOptions({ hard_wrap: true }), gfm: true, hardWrap: true },
  { options: resolveOptions({ input: 'kramdown' }), gfm: false, hardWrap: false },
  // (no typographic symbols: `--` and `...` are text)
  { options: resolveOptions({ gfm_quirks: ['paragraph_end', 'no_auto_typographic'] }), gfm: true, hardWrap: false, noAutoTypographic: true },
];

function tree(text: string, f: (typeof flavours)[number], dispatch: boolean): string {
  const g = createGrammar({ gfm: f.gfm, hardWrap: f.hardWrap, noAutoTypographic: 'noAutoTypographic' in f && !!f.noAutoTypographic, dispatch });
  const r = parseKramdown(text, f.options, g);
  return JSON.stringify({ root: r.root, warnings: r.warnings }, cycleSafe());
}

// A footnote that refers to itself (`a[^1]` then `[^1]:[^1]`) links its definition into its own tree:
// an object met again is written as a marker (both trees are walked in the same order).
function cycleSafe(): (key: string, value: unknown) => unknown {
  const seen = new WeakSet<object>();
  return (_key, value) => {
    if (typeof value !== 'object' || value === null) return value;
    if (seen.has(value)) return '[seen]';
    seen.add(value);
    return value;
  };
}

const PIECES = [
  'a', 'word', ' ', '  ', '\n', '  \n', '中文', '.', '-', '--', '...', '1.', '(x)', ':', '|', '#', '\t',
  '*', '**', '***', '*a*', '**b c**', '*a b*', '* a*', '*a *', '**a*', '*a**', '*a\nb*', '_a_', '__b__', '*a*b', 'x*y*z',
  '`c`', "it's", '"', "'90s", '---', '`', '``', '` `', '`a_b`', '``a`b``', '`"q"`', '[l](u)', '<b>', '&amp;', '"q"', "'", '\\*', '~~s~~', '$$m$$', '{: .c}', '[^1]', '>>', '<<',
];
const BLOCKS = ['', '', '* ', '1. ', '# ', '> ', '| ', 'a | '];

describe('emphasis spans without the scanner', () => {
  test.each(flavours.map((f, i) => [i, f] as const))('flavour %i: generated documents build the slow path\'s tree', (_i, f) => {
    const line = fc.tuple(fc.constantFrom(...BLOCKS), fc.array(fc.constantFrom(...PIECES), { maxLength: 10 }))
      .map(([b, p]) => b + p.join(''));
    fc.assert(fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
      const text = lines.join('\n') + '\n';
      expect(tree(text, f, true)).toBe(tree(text, f, false));
    }), { numRuns: 1500 });
  });

  test('a footnote that refers to itself compares without a cycle', () => {
    for (const f of flavours) {
      const text = 'a[^1]\n\n[^1]:[^1]\n';
      expect(tree(text, f, true)).toBe(tree(text, f, false));
    }
  });

  test.each([
    ['a *b* c', ['a ', 'em', ' c']],
    ['**b c** d*e*', ['strong', ' d', 'em']],
    ['x *中文*', ['x ', 'em']],
    ['*a* `c`', ['em', ' ', 'codespan']],
    ['`nav_order` | `"none"`', ['codespan', ' | ', 'codespan']],
    ['a ` b `` c', ['a ` b `` c']],
    ['``a`b`` `x', ['codespan', ' `x']],
    [`It's "quick" -- isn't it...`, ['It', 'smart_quote', 's ', 'smart_quote', 'quick', 'smart_quote', ' ', 'typographic_sym', ' isn', 'smart_quote', 't it', 'typographic_sym']],
    ["'90s `'q'` a---b", ['smart_quote', '90s ', 'codespan', ' a', 'typographic_sym', 'b']],
  ])('%j is taken', (text, kinds) => {
    expect(emphasisSpans(text, 1, { quotes: true, symbols: true })?.map((e) => (e.type === 'text' ? e.value : e.type))).toEqual(kinds);
  });

  test.each(['* a*', '*a *', '**a*', '*a**', '***a***', '*a\nb*', 'a _b_', "*it's*", '*a--b*', '*`c`*', 'a 😀"', 'a <<', '"a" [b]'])('%j is left to the scanner', (text) => {
    expect(emphasisSpans(text, 1, { quotes: true, symbols: true })).toBeNull();
  });

  test('quotes and symbols only where the grammar has them', () => {
    expect(emphasisSpans('a -- b', 1, { quotes: true, symbols: false })).toBeNull();
    expect(emphasisSpans("a's", 1, { quotes: false, symbols: true })).toBeNull();
    expect(emphasisSpans("a's", 1)).toBeNull();
  });

  // Checked with kramdown 2.4 (GFM input).
  test('a list of prose with emphasis', () => {
    expect(markdownToHtml('* Sector *momentum* and **growth**.\n* a *b* c\n')).toBe(
      '<ul>\n  <li>Sector <em>momentum</em> and <strong>growth</strong>.</li>\n  <li>a <em>b</em> c</li>\n</ul>\n');
  });
});
