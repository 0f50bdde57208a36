// jekyll-commonmark's option and extension lists (jekyll-commonmark.rb#setup_options,
// #setup_extensions): option names are upcased, so any case works; extension names are taken as
// written and only CommonMarker's lower-case names are valid; an entry that is not a String drops
// its whole list (the NoMethodError is rescued with []). Compared byte for byte with what real
// Jekyll wrote: fixtures/expected/s48-commonmark-option-names and s48-commonmark-option-not-string.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const root = path.join(import.meta.dirname, '../../fixtures');

test.each(['s48-commonmark-option-names', 's48-commonmark-option-not-string'])('%s renders as Jekyll does', async (name) => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
