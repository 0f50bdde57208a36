// GitHub Pages' CommonMarkGhPages converter: in a tight list item, an HTML block (or the comment
// that stands for it without UNSAFE) beside a plain code block keeps the newline between them
// (HtmlRenderer#html writes it between `cr`s; only the plain `<pre><code>` goes without them),
// byte for byte as real Jekyll wrote fixtures/expected/s51a-ghpages-item-html-code.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's51a-ghpages-item-html-code';
const root = path.join(import.meta.dirname, '../../fixtures');

test("an item's HTML block beside a plain code block keeps its newline, as jekyll-commonmark-ghpages writes it", async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
