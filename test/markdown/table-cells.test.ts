// A table row's cells (table.rb splits rows on unescaped pipes outside code spans): the
// shortcut for rows without escapes or code (splitCells) must give what the general
// splitting (splitCodeCells) gives, and whole tables must parse as before.
import fc from 'fast-check';
import { Parser } from '../../lib/markdown/kramdown/parser.js';
import { createGrammar } from '../../lib/markdown/kramdown/constructs.js';
import { splitCells, splitCodeCells, splitUnescapedPipes } from '../../lib/markdown/kramdown/table.js';
import { resolveOptions } from '../../lib/markdown/options.js';
import { markdownToHtml } from '../../lib/markdown/converter.js';

const parser = (): Parser => new Parser(resolveOptions(), createGrammar({ gfm: true, hardWrap: false, noAutoTypographic: false }));

const PIECES = ['a', 'b c', ' ', '  ', '|', '||', '\\', '\\|', '`', '``', '`x|y`', '<code>', '</code>', '<code>a|b</code>', '<', '>', '*', '表', '\t', ''];

describe('table cells', () => {
  test('rows of pieces split as the general splitting splits them', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
      const row = pieces.join('');
      expect(splitCells(parser(), row)).toEqual(splitCodeCells(parser(), row));
    }), { numRuns: 3000 });
  });

  test.each(['', 'a', '|', '| a | b |', 'a|b|', ' | x ', '|||', '表 | 格'])('%j takes the shortcut and splits as the general case', (row) => {
    expect(splitCells(parser(), row)).toEqual(splitCodeCells(parser(), row));
  });

  test("a text splits at unescaped pipes as kramdown's split(/(?<!\\\\)\\|/) and gsub(/\\\\\\|/, '|') do", () => {
    const byRegExp = (t: string): string[] => t.split(/(?<!\\)\|/).map((x) => x.replace(/\\\|/g, '|'));
    fc.assert(fc.property(fc.array(fc.constantFrom('a', ' ', '|', '\\', '\\|', '||', '表'), { maxLength: 14 }), (pieces) => {
      const text = pieces.join('');
      expect(splitUnescapedPipes(text)).toEqual(byRegExp(text));
    }), { numRuns: 3000 });
  });

  // Checked with kramdown 2.4 (GFM input, Jekyll's Rouge code spans; empty cells get U+00A0).
  test('a table with plain, escaped and code cells', () => {
    expect(markdownToHtml('| a | b\\|c | `d|e` |\n|---|:-:|--:|\n| 1 | 2 | 3 |\n|  | x |\n')).toBe(
      '<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th style="text-align: center">b|c</th>\n      <th style="text-align: right"><code class="language-plaintext highlighter-rouge">d|e</code></th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>1</td>\n      <td style="text-align: center">2</td>\n      <td style="text-align: right">3</td>\n    </tr>\n    <tr>\n      <td>\u00a0</td>\n      <td style="text-align: center">x</td>\n      <td style="text-align: right">\u00a0</td>\n    </tr>\n  </tbody>\n</table>\n');
  });
});
