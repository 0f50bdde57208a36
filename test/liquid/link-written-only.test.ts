// Jekyll's `link` tag looks through Site#each_site_file (jekyll/tags/link.rb): pages, the static
// files it writes, then the documents it writes. A document or static file of a collection that is
// not output is not among them: Jekyll 4.3.1 stops with "Could not find document" (checked with
// `jekyll build` on the same files), where a written collection's are found.
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const CONFIG = 'collections:\n  notes:\n    output: false\n  docs:\n    output: true\n';
const FILES = { '_notes/d.md': '---\n---\ndoc\n', '_notes/a.txt': 'plain\n', '_docs/d.md': '---\n---\ndoc\n', '_docs/a.txt': 'plain\n' };

async function linkTo(path: string): Promise<string> {
  const source = memorySource({ '_config.yml': CONFIG, ...FILES, 'index.html': `---\n---\n{% link ${path} %}` });
  const result = await renderSite({ source, env: FIXED_ENV, write: false });
  return String(result.files.find((f) => f.path === 'index.html')!.contents);
}

test.each(['_notes/d.md', '_notes/a.txt'])('%s, in a collection that is not output, is not found', async (path) => {
  await expect(linkTo(path)).rejects.toThrow(`Liquid Exception: Could not find document '${path}' in tag 'link'.`);
});

test.each([
  ['_docs/d.md', '/docs/d.html'],
  ['_docs/a.txt', '/docs/a.txt'],
])('%s, in a written collection, is found', async (path, url) => {
  expect(await linkTo(path)).toBe(url);
});
