// jekyll-commonmark's SOURCEPOS option, with both converters: `data-sourcepos` on each block
// commonmarker's renderers write, at the lines and byte columns where cmark-gfm's block parser
// started and finalized it (ATX heading lines as chop_trailing_hashtags cut them, setext headings
// and fences ending on their closing line, items and rules going on over blank lines, table rows
// and cells placed as table.c places them, a task item's paragraph after its box, an indented
// block after a tab the item's marker partly took), byte for byte as real Jekyll wrote
// fixtures/expected/s49a-commonmark-sourcepos and s49b-ghpages-sourcepos.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const root = path.join(import.meta.dirname, '../../fixtures');

test.each(['s49a-commonmark-sourcepos', 's49b-ghpages-sourcepos'])('SOURCEPOS writes cmark\'s block positions (%s)', async (name) => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
