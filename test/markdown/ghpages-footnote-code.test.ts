// GitHub Pages' `markdown: GFM` (CommonMarkGhPages): a note whose last block is a plain code block
// (a language Rouge lacks, or none) has its back link right after `</code></pre>`: that converter
// writes the block without its closing newline and HtmlRenderer#footnote_definition writes the link
// without a cr. A highlighted block keeps its newline. Byte for byte as real Jekyll wrote
// fixtures/expected/s45-ghpages-footnote-code (the site fixture runner counts a newline's
// difference as equivalent, so this compares exactly).
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's45-ghpages-footnote-code';
const root = path.join(import.meta.dirname, '../../fixtures');

test("a note's back link follows its last plain code block on the same line, as jekyll-commonmark-ghpages writes it", async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
