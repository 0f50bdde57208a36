// jekyll-commonmark's NOBREAKS option: each soft line break is written as a space (commonmarker's
// HtmlRenderer#softbreak), in paragraphs, list items, quotes, headings and notes; hard breaks keep
// theirs. Compared byte for byte with what real Jekyll wrote: fixtures/expected/s43b-commonmark-nobreaks.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's43b-commonmark-nobreaks';
const root = path.join(import.meta.dirname, '../../fixtures');

test('NOBREAKS writes soft line breaks as spaces, as commonmarker does', async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
