// Document#url is computed when first read (document.rb): a collection that is not written
// (output: false) may have a permalink template it cannot fill; Jekyll 4.3.1 builds the site
// and raises only where a template reads such a document's url. Fixture from real Jekyll:
// fixtures/sites/fidelity16-unwritten-doc-bad-permalink (test/sites/fixture-sites).
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const config = 'collections:\n  notes:\n    output: false\n    permalink: /notes/#:id\n';
const build = (index: string) =>
  renderSite({ source: memorySource({ '_config.yml': config, '_notes/a.md': '---\nname: A\n---\nText\n', 'index.html': `---\n---\n${index}` }), write: false, env: FIXED_ENV });

test('a document that is not written builds with a template it cannot fill', async () => {
  const result = await build('{% for n in site.notes %}{{ n.name }}: {{ n.content }}{% endfor %}');
  const index = result.files.find((f) => f.path === 'index.html');
  expect(Buffer.from(index!.contents).toString()).toBe('A: <p>Text</p>\n');
});

test.each(['url', 'id'])("reading its %s raises Jekyll's error", async (key) => {
  await expect(build(`{{ site.notes[0].${key} }}`)).rejects.toThrow("The URL template doesn't have id keys. Check your permalink template!");
});

test('a written document with such a template stops the build', async () => {
  const written = renderSite({ source: memorySource({ '_config.yml': config.replace('false', 'true'), '_notes/a.md': '---\n---\nx' }), write: false, env: FIXED_ENV });
  await expect(written).rejects.toMatchObject({ code: 'INVALID_PERMALINK' });
});
