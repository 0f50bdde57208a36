// renderSite and createBuilder build as `jekyll build` does, whose command sets `serving: false`
// after the flags (commands/build.rb): {{ site.serving }} prints `false` (Jekyll 4.3.1's output),
// even over a _config.yml that says otherwise; a caller's own `serving` stands (kyll serve's true).
import { createBuilder, memorySource, renderSite } from '../../lib/index.js';

const files = { '_config.yml': 'serving: true\n', 'index.html': '---\n---\n[{{ site.serving }}]' };
const index = (result: { files: ReadonlyArray<{ path: string; contents: string | Uint8Array }> }): string => String(result.files.find((f) => f.path === 'index.html')?.contents);

test('renderSite: site.serving is false', async () => {
  expect(index(await renderSite({ source: memorySource(files), write: false }))).toBe('[false]');
  expect(index(await renderSite({ source: memorySource(files), write: false, config: { serving: true } }))).toBe('[true]');
});

test('createBuilder: site.serving is false', async () => {
  const builder = await createBuilder({ source: memorySource(files), write: false });
  expect(index(await builder.build())).toBe('[false]');
});
