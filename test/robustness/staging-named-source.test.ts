// A build removes the staging folders killed builds left beside its destination
// (`.<dest>.kyll-new-<pid>-<stamp>`, staging.ts). A site folder that happens to bear such a name
// (or holds the site folder) is no leftover: removing it deleted the source being built.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/index.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };

describe('a source named like a stale staging folder', () => {
  // two builds and a wait of up to 5 s for the background removal: more than jest's default 5 s under load
  jest.setTimeout(60_000);
  let root: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-staging-named-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test.each([
    ['is the source', '.out.kyll-new-999999999-abc', ''],
    ['holds the source', '.out.kyll-old-999999999-abd', 'site'],
  ])('a folder that %s is not removed, built twice', async (_what, name, sub) => {
    const source = path.join(root, name, sub);
    fs.mkdirSync(source, { recursive: true });
    fs.writeFileSync(path.join(source, 'index.md'), '---\n---\nhi\n');
    const leftover = path.join(root, '.out.kyll-new-999999998-abe');
    fs.mkdirSync(leftover);
    for (let i = 0; i < 2; i++) await renderSite({ source, destination: path.join(root, 'out'), env: ENV });
    expect(fs.readFileSync(path.join(source, 'index.md'), 'utf8')).toBe('---\n---\nhi\n');
    expect(fs.readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toBe('<p>hi</p>\n');
    // a real leftover still goes (removed in the background: it may take a moment)
    for (let t = 0; t < 50 && fs.existsSync(leftover); t++) await new Promise((r) => setTimeout(r, 100));
    expect(fs.existsSync(leftover)).toBe(false);
  });
});
