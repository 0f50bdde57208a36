// GitHub Pages' CommonMarkGhPages converter with commonmark's GITHUB_PRE_LANG option: a fence in a
// language Rouge does not know is written `<pre lang="...">` (the language unescaped, as
// JekyllCommonMarkCustomRenderer#code_block writes it), byte for byte as real Jekyll wrote
// fixtures/expected/s43a-ghpages-pre-lang.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's43a-ghpages-pre-lang';
const root = path.join(import.meta.dirname, '../../fixtures');

test('GITHUB_PRE_LANG puts an unhighlighted fence\'s language on its <pre>, as jekyll-commonmark-ghpages does', async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
