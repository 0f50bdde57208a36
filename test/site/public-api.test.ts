// The exact list of what each entry point of the package exports (package.json "exports").
import * as kyll from '../../lib/index.js';
import * as markdown from '../../lib/entries/markdown.js';
import * as liquid from '../../lib/entries/liquid.js';
import * as highlight from '../../lib/entries/highlight.js';
import * as testing from '../../lib/testing/index.js';
import { readFileSync } from 'node:fs';

test('the package exports exactly the public API', () => {
  expect(Object.keys(kyll).sort()).toEqual(['JekyllTime', 'KyllError', 'buildCollections', 'createBuilder', 'fsSource', 'isKyllError', 'memorySource', 'parsePost', 'renderSite']);
});

test('kyll/markdown, kyll/liquid, kyll/highlight and kyll/testing export exactly their API', () => {
  expect(Object.keys(markdown).sort()).toEqual([
    'JEKYLL_KRAMDOWN_DEFAULTS', 'createKramdownHandlers', 'createMarkdownConverter', 'escapeHighlighter', 'kramdownHandlers', 'kramdownParse',
    'markdownToHtml', 'rehypeKramdownLayout', 'rehypeKramdownStringify', 'remarkKramdownRehype', 'resolveOptions', 'rougeHighlighter',
  ]);
  expect(Object.keys(liquid).sort()).toEqual([
    'LiquidFailure', 'RubyFloat', 'absoluteUrl', 'createJekyllLiquid', 'isRubyFloat', 'relativeUrl', 'rubyInspect', 'rubyJson', 'rubyToS', 'strftime',
  ]);
  expect(Object.keys(highlight).sort()).toEqual(['highlight', 'isSupportedLanguage', 'supportedLanguages']);
  expect(Object.keys(testing).sort()).toEqual(['decodeEntities', 'parseHtml', 'renderFixture', 'selectAll', 'textContent']);
});

test('package.json maps each entry point to its bundle (scripts/bundle.mjs) and its tsc types, for import and require alike', () => {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
  expect(pkg.exports).toEqual({
    '.': { types: './dist/index.d.ts', default: './dist/bundle/kyll.js' },
    './markdown': { types: './dist/entries/markdown.d.ts', default: './dist/bundle/markdown.js' },
    './liquid': { types: './dist/entries/liquid.d.ts', default: './dist/bundle/liquid.js' },
    './highlight': { types: './dist/entries/highlight.d.ts', default: './dist/bundle/highlight.js' },
    './testing': { types: './dist/testing/index.d.ts', default: './dist/bundle/testing.js' },
    './package.json': './package.json',
  });
});
