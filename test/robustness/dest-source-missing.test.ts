// A source folder that does not exist is an error (SOURCE_NOT_FOUND, exit 1)
// that creates nothing. Jekyll builds an empty site from it and exits 0.
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';
import { renderSite } from '../../lib/render/render-site.js';
import { buildCollections } from '../../lib/site/build-collections.js';
import { capture, makeSiteDir, treeHash } from './dest-tree.js';

describe('a missing source', () => {
  let root: string;
  beforeEach(() => {
    ({ root } = makeSiteDir());
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('renderSite rejects with SOURCE_NOT_FOUND and creates nothing', async () => {
    const before = treeHash(root);
    const missing = path.join(root, 'nonexistnt');
    await expect(renderSite({ source: missing })).rejects.toMatchObject({ code: 'SOURCE_NOT_FOUND', file: missing });
    await expect(renderSite({ source: missing, destination: path.join(root, 'out') })).rejects.toMatchObject({ code: 'SOURCE_NOT_FOUND' });
    expect(treeHash(root)).toBe(before);
  });

  test('a source that is a file is refused the same way', async () => {
    const file = path.join(root, 'sib', 'keep.txt');
    await expect(renderSite({ source: file })).rejects.toMatchObject({ code: 'SOURCE_NOT_FOUND', message: expect.stringContaining('is not a folder') });
  });

  test('buildCollections refuses it too', () => {
    expect(() => buildCollections({ source: path.join(root, 'nonexistnt') })).toThrow(expect.objectContaining({ code: 'SOURCE_NOT_FOUND' }));
  });

  test('kyll build -s /missing exits 1 with one message and creates no _site', async () => {
    const before = treeHash(root);
    const c = capture();
    expect(await run(['build', '-s', path.join(root, 'nonexistnt')], c.printer)).toBe(1);
    expect(c.err.filter((l) => l !== 'Configuration file: none')[0]).toBe(`             Error: The source folder ${path.join(root, 'nonexistnt')} does not exist.`);
    // (Jekyll's Source/Destination lines come first; nothing is built)
    expect(c.out.some((l) => l.includes('done in'))).toBe(false);
    expect(treeHash(root)).toBe(before);
  });
});
