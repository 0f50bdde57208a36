// A document of a collection that is not written, whose permalink names a placeholder documents
// lack: Jekyll computes Document#url only when something asks for it, and a post_render hook
// (jekyll-mentions') does not, so the build goes on. Compared byte for byte with what real Jekyll
// wrote: fixtures/expected/s43d-hook-unplaced-document.
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { loadFolder } from '../helpers/compare-output.js';

const name = 's43d-hook-unplaced-document';
const root = path.join(import.meta.dirname, '../../fixtures');

test('document hooks do not ask for the URL of a document that is not written', async () => {
  const { files } = await renderSite({ source: memorySource(loadFolder(path.join(root, 'sites', name))), env: FIXED_ENV });
  expect(files.map((f) => f.path)).toEqual(['index.html']);
  expect(String(files[0]?.contents)).toBe(fs.readFileSync(path.join(root, 'expected', name, 'index.html'), 'utf8'));
});
