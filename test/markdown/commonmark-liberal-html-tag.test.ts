// jekyll-commonmark's LIBERAL_HTML_TAG option: a `<` that opens nothing else is raw inline HTML up to the
// last `>` on its line (cmark-gfm's _scan_liberal_html_tag); table cells are read one by one. Compared
// byte for byte with what real Jekyll wrote: fixtures/expected/s43c-commonmark-liberal-html-tag.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's43c-commonmark-liberal-html-tag';
const root = path.join(import.meta.dirname, '../../fixtures');

test("LIBERAL_HTML_TAG reads a `<` up to the last `>` on its line as raw HTML, as commonmarker does", async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
