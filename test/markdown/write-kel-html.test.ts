// The converter writes HTML straight from the parser's tree (write-kel-html.ts) when it can;
// the handlers' route (mdast → hast → write-kramdown-html.ts) is the reference: both must
// give the same bytes on kramdown's own cases, the fixtures and the shapes below, with
// Rouge and with the escaping highlighter, under several option sets.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createKramdownHandlers, remarkKramdownRehype, resolveOptions } from '../../lib/markdown/index.js';
import { parseKramdown } from '../../lib/markdown/kramdown/parse.js';
import { parseResultToMdast } from '../../lib/markdown/plugins/kramdown-parse.js';
import { writeKramdownHtml } from '../../lib/markdown/plugins/write-kramdown-html.js';
import { writeKelHtml } from '../../lib/markdown/plugins/write-kel-html.js';
import { escapeHighlighter } from '../../lib/markdown/converter.js';
import { rougeHighlighter } from '../../lib/highlight/index.js';
import type { Highlighter } from '../../lib/markdown/types.js';
import { HAS_SHARED, KRAMDOWN_CASES } from './conformance.js';

function routes(kramdown: Record<string, unknown>, highlight: Highlighter) {
  const config = { options: resolveOptions(kramdown), highlight };
  const handlers = createKramdownHandlers(config);
  const toHast = remarkKramdownRehype({ handlers });
  return (text: string): { direct: string | null; reference: string } => {
    const result = parseKramdown(text, config.options);
    return {
      direct: writeKelHtml(result, config, handlers),
      reference: writeKramdownHtml(toHast(parseResultToMdast(parseKramdown(text, config.options)))),
    };
  };
}

const SETTINGS: Array<[string, Record<string, unknown>, Highlighter]> = [
  ['Jekyll defaults, Rouge', {}, rougeHighlighter],
  ['escaping highlighter', {}, escapeHighlighter],
  ['kramdown input, options changed', {
    input: 'kramdown', entity_output: 'numeric', header_offset: 1, auto_id_prefix: 'x-',
    smart_quotes: 'apos,apos,quot,quot', typographic_symbols: { hellip: '...', mdash: '--' }, syntax_highlighter: null,
  }, rougeHighlighter],
  ['no auto ids, symbolic entities, hard wrap', { auto_ids: false, entity_output: 'symbolic', hard_wrap: true }, rougeHighlighter],
];

function inputs(): string[] {
  const all: string[] = [];
  const root = path.join(process.cwd(), 'fixtures/markdown');
  for (const name of readdirSync(root)) all.push(readFileSync(path.join(root, name, 'input.md'), 'utf8'));
  if (HAS_SHARED) {
    const manifest = JSON.parse(readFileSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'), 'utf8')) as { cases: Array<{ input: string }> };
    for (const c of manifest.cases) all.push(readFileSync(path.join(KRAMDOWN_CASES, c.input), 'utf8'));
  }
  return all;
}

const SHAPES = [
  '# A *b*\n\n## A *b*\n\ntext "quoted" -- it\'s... <<x>>\n', '* a\n\n  b\n* c\n', '* a\n  * b\n', '> a\n>\n> * b\n',
  '1. x\n2. y\n\n   z\n', '| a | b |\n|---|:-:|\n| c |  |\n| `d` | **e** |\n', '```ruby\nx = 1\n```\n', '    code\n', '***\n',
  'a `code` and `x <y>`{: .language-ruby} and [l](http://x "t") and <http://y> and ![i](s.png)\n', 'a  \nb\\\\\nc\n',
  '&copy; &#169; &amp; &lt;x&gt; &nbsp;\n', '![alone](a.png)\n{: standalone}\n', '<div>\n  <p>a</p>\n</div>\n', '<div markdown="1">\n*a*\n\n</div>\n',
  'x <span>*y*</span> <del>z</del>\n', 'term\n: def\n\n: def2\n', '$$x$$\n\n$y$ inline $$z$$\n', '<!-- c -->\n\n{::comment}\nc\n{:/}\n\n{::nomarkdown}\n<b>\n{:/}\n',
  '# Same\n\n# Same\n\n# {#given}\n\n#\n\n# 1 2 3\n',
  '![a](b.png "t") and ![](c.png){: .x} and ![d][r] ![e]()\n\n![lone](l.png)\n\n[r]: r.png "T"\n', '![x](y.png){: standalone #i .c}\n',
  'a <br> b <br/> <img src="x.png" alt="y"> <img src="z"></img> <del class="d">x</del> <span title="&quot;">*s* <b>t</b></span> <input disabled> <wbr>\n',
  // tables of contents: the marker's place, headers written here and by a delegated subtree, an empty one, a second `{:toc}` list
  '* x\n{:toc}\n\n# a\n\n## b *c* [l](u) `d` <span>s</span> &amp; "q" -- x\n\n### e\n\n# f {#g}\n\n## h\n{: .no_toc}\n\n#\n\n###### six\n',
  '> * x\n> {:toc}\n\n# a\n', '* a\n  * x\n  {:toc}\n\n# b\n', '* a\n\n  * x\n  {:toc}\n\n# b\n', '1. x\n{:toc}\n\nno headers\n',
  '* x\n{:toc .c #myid}\n\n# a\n\n* y\n{:toc}\n\n## b\n', '<div markdown="1">\n# in div\n</div>\n\n* x\n{:toc}\n\n# after\n\n<div markdown="1">\n## in div 2\n</div>\n',
  // footnotes: repeated, nested in a definition, in a header, a table, block HTML, with a TOC, unreferenced, empty-ish
  'a[^1] b[^2] c[^1]\n\n[^1]: one *x*\n[^2]: two[^3]\n\n    code\n\n[^3]: three\n', '# h[^n]\n\n| a[^n] |\n|---|\n| b |\n\n[^n]: note\n',
  '<div markdown="1">\na[^1]\n</div>\n\nb[^2]\n\n[^1]: one\n[^2]: two\n\n    > q\n', '* x\n{:toc}\n\n# a[^1]\n\n## b\n\n[^1]: note\n\n    ## in note\n',
  '* x\n{:toc}\n\n# a\n\nt[^1]\n\n[^1]: note\n\n    ## in note\n', 'a[^1]\n\n[^1]: note\n[^2]: unused\n', '* a[^1]\n* b\n\n[^1]:\n    * l\n', 'x[^1]\n\n* {:footnotes}\n\n[^1]: n\n',
  '# b\n\n## c\n\n* x\n{:toc}\n', 'text \u0000kyll-toc\u0000\n\n* x\n{:toc}\n\n# a\n', '> &#0;kyll-toc&#0;\n>\n> * x\n> {:toc}\n\n# a\n',
  'a <abbr title="x">y</abbr> <kbd>Ctrl</kbd>+<kbd>C</kbd> <a href="x" markdown="1">*m*</a> <sup>1</sup> <code>&lt;</code>\n', '* [ ] task\n* [x] done\n', 'a\n{: .c #i title="t"}\n\n> q\n{: .q}\n',
];

describe('writeKelHtml gives the handlers\' bytes', () => {
  const texts = [...SHAPES, ...inputs()];
  test.each(SETTINGS)('%s', (_label, kramdown, highlight) => {
    const convert = routes(kramdown, highlight);
    let direct = 0;
    for (const text of texts) {
      const { direct: html, reference } = convert(text);
      if (html === null) continue;
      direct++;
      expect({ text, html }).toEqual({ text, html: reference });
    }
    // most documents take the direct route (the rest: abbreviations, placeholders in subtrees)
    expect(direct).toBeGreaterThan(texts.length * 0.7);
  });

  test('a TOC takes the direct route, unless its list is inside a subtree left to the handlers', () => {
    const convert = routes({}, rougeHighlighter);
    for (const text of SHAPES.filter((t) => t.includes('{:toc}'))) {
      expect({ text, direct: convert(text).direct === null }).toEqual({ text, direct: text.startsWith('<div markdown="1">\n* x') || text.includes('&#0;') || /^# .*\[\^/m.test(text) });
    }
  });

  test.each([
    ['an abbreviation', 'HTML here\n\n*[HTML]: Hyper Text\n'],
    ['a TOC placeholder and a header with a footnote', '* x\n{:toc}\n\n# a[^1]\n\n[^1]: note\n'],
    ['a TOC placeholder inside block HTML', '<div markdown="1">\n* x\n{:toc}\n</div>\n\n# a\n'],
    ['a TOC placeholder inside a footnote', 'a[^1]\n\n# h\n\n[^1]: n\n\n    * x\n    {:toc}\n'],
    ['a footnotes placeholder', 'x[^1]\n\n* y\n{:footnotes}\n\n[^1]: n\n'],
  ])('%s: left to the handlers\' route', (_label, text) => {
    const { direct, reference } = routes({}, rougeHighlighter)(text);
    expect(direct).toBeNull();
    expect(reference).toMatch(/class="footnotes"|<abbr|markdown-toc/);
  });

  test.each([
    ['a footnote', 'a[^1]\n\n[^1]: note\n'],
    ['a footnote inside block HTML', '<div markdown="1">\na[^1]\n</div>\n\n[^1]: note\n'],
    ['a TOC and a footnote', '* x\n{:toc}\n\n# a\n\nb[^1]\n\n[^1]: note\n'],
  ])('%s: the direct route', (_label, text) => {
    const { direct, reference } = routes({}, rougeHighlighter)(text);
    expect(direct).toBe(reference);
    expect(direct).toMatch(/class="footnotes"/);
  });
});
