// GitHub Pages' `markdown: GFM` (CommonMarkGhPages): a plain code block, which that converter
// writes without its closing newline, is glued to a table after it (the table extension's renderer
// opens `<table` without a cr), byte for byte as real Jekyll wrote fixtures/expected/s28a-ghpages-code-table
// (the site fixture runner counts a newline's difference as equivalent, so this compares exactly).
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's28a-ghpages-code-table';
const root = path.join(import.meta.dirname, '../../fixtures');

test('a plain code block before a table ends without a newline, as jekyll-commonmark-ghpages writes it', async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  const page = files.find((f) => f.path === 'index.html');
  expect(String(page?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
