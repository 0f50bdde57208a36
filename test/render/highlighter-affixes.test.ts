// renderer.rb#assign_highlighter_options!: highlighter_prefix and highlighter_suffix are the
// converter's class settings: "\n" for Markdown (converters/markdown.rb), nil for the others
// (Identity: an HTML page). A template tells nil from "" (`== nil`), and a counter of that name
// starts from nil's 0 where "\n" + 1 fails. Outputs of Jekyll 4.3.1 (scripts/liquid-oracle.rb).
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

test('an HTML page has nil highlighter affixes, a Markdown page newlines', async () => {
  const body = '{% if highlighter_suffix == nil %}nil{% else %}[{{ highlighter_prefix | size }}]{% endif %}';
  const files = { 'a.html': `---\n---\n${body}{% increment highlighter_prefix %}{% increment highlighter_prefix %}`, 'b.md': `---\n---\n${body}` };
  const result = await renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  const text = (p: string): string => String(result.files.find((f) => f.path === p)!.contents);
  expect(text('a.html')).toBe('nil01');
  expect(text('b.html')).toBe('<p>[1]</p>\n');
});
