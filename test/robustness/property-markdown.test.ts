// Property: any Markdown text converts without an unexpected exception, in a time linear
// in its size (issue 7). Inputs are kept small: pathological inputs for the kramdown
// parser are another test's business (test/markdown/pathological.test.ts).
import fc from 'fast-check';
import { markdownToHtml } from '../../lib/markdown/index.js';
import { checkRun, params, textOf } from './property-helpers.js';

const MARKDOWN = [
  '\n', '\n\n', ' ', '    ', '\t', '*', '**', '_', '__', '`', '```', '~~~', '#', '## ', '> ', '- ', '+ ', '1. ', '* ', '[', ']', '(', ')',
  '![', '](', '<', '>', '</', '<div>', '</div>', '<!--', '-->', '{:', '}', '{::', '{:/}', '{::comment}', '{::nomarkdown}', '$$', '\\', '|', '---',
  '===', '[^1]', '[^1]: ', '*[', ']: ', '&', '&amp;', '"', "'", ':', 'http://x.y', 'a', 'word ', '{: .c #i}', '^', '~', '=', '{% raw %}', '{{',
];

test('markdownToHtml: only KyllErrors, time linear in size', () => {
  fc.assert(
    fc.property(textOf(MARKDOWN, 120), (text) => {
      checkRun(text, () => markdownToHtml(text));
    }),
    params(300),
  );
});

test('markdownToHtml with GFM input: only KyllErrors, time linear in size', () => {
  fc.assert(
    fc.property(textOf(MARKDOWN, 120), (text) => {
      checkRun(text, () => markdownToHtml(text, { input: 'GFM', hard_wrap: true, auto_ids: true }));
    }),
    params(100),
  );
});
