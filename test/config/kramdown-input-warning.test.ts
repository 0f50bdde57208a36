// `kramdown: input: html` (kramdown's HTML parser, which kyll does not have): said once, not silently read as GFM.
import { kramdownInputWarning } from '../../lib/config/kramdown-input-warning.js';
import { memorySource, renderSite } from '../../lib/index.js';

test.each([{ kramdown: { input: 'html' } }, { kramdown: { input: 'Html' } }])('%j warns', (config) => {
  expect(kramdownInputWarning(config)?.message).toMatch(/^kramdown input: [hH]tml is not supported by kyll/);
});

test.each([{}, { kramdown: { input: 'GFM' } }, { kramdown: { input: 'kramdown' } }, { markdown: 'CommonMark', kramdown: { input: 'html' } }, { kramdown: null }])('%j does not', (config) => {
  expect(kramdownInputWarning(config)).toBeUndefined();
});

test('a build says it once', async () => {
  const source = memorySource({ '_config.yml': 'kramdown:\n  input: html\n', 'a.md': '---\n---\n<p>a</p>\n', 'b.md': '---\n---\nb\n' });
  const result = await renderSite({ source, env: {} });
  expect(result.diagnostics.filter((d) => d.message.startsWith('kramdown input: html'))).toHaveLength(1);
});
