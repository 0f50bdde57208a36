// libsass options Jekyll's sassc receives from `sass:` (line_comments, precision)
// and kyll's libsass build does not take: said once, not silently written as other CSS.
import { sassOptionsWarning } from '../../lib/config/sass-options-warning.js';
import { memorySource, renderSite } from '../../lib/index.js';

test.each([
  [{ sass: { line_comments: true } }, 'sass line_comments is not supported'],
  [{ sass: { line_comments: 'false' } }, 'sass line_comments is not supported'],
  [{ sass: { precision: 3 } }, 'sass precision is not supported'],
  [{ sass: { line_comments: true, precision: 3, source_map_embed: true } }, 'sass line_comments, precision are not supported'],
])('%j warns', (config, start) => {
  expect(sassOptionsWarning(config)?.message.startsWith(start)).toBe(true);
});

test.each([{}, { sass: null }, { sass: { style: 'compressed' } }, { sass: { line_comments: false, precision: 10 } }, { sass: { line_comments: null } }, { safe: true, sass: { line_comments: true } }])('%j does not', (config) => {
  expect(sassOptionsWarning(config)).toBeUndefined();
});

test('a build says it once', async () => {
  const source = memorySource({ '_config.yml': 'sass:\n  line_comments: true\n', 'a.scss': '---\n---\n.a { b: c; }\n', 'b.scss': '---\n---\n.b { c: d; }\n' });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.filter((d) => d.message.startsWith('sass line_comments is not supported'))).toHaveLength(1);
});
