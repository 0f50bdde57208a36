// GitHub Pages' CommonMarkGhPages converter: a plain code block (written without the `cr`s other
// blocks get) that opens a list item follows `<li>` on its line whether the item is tight or loose
// (HtmlRenderer#list_item writes no newline after `<li>`; a note's `<li>` has its own), byte for
// byte as real Jekyll wrote fixtures/expected/s51b-ghpages-loose-item-code.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's51b-ghpages-loose-item-code';
const root = path.join(import.meta.dirname, '../../fixtures');

test('a plain code block opening a loose list item follows <li> on its line, as jekyll-commonmark-ghpages writes it', async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
