// The folders the fs source prunes for speed (.git, node_modules) are listed when the config's
// include: lets them in: Jekyll's EntryFilter#filter takes an included entry whatever else it is
// (special, as .git, or a default exclude, as node_modules), so `include: [".*"]` copies .git's files.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildCollections } from '../../lib/index.js';
import { destinationSkipper } from '../../lib/site/pruned-folders.js';

function site(config: string): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-pruned-'));
  const files: Record<string, string> = { '_config.yml': config, '.git/HEAD': 'ref', 'node_modules/m/i.js': 'm', '.htaccess': 'h', 'a.txt': 'a' };
  for (const [p, c] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, p)), { recursive: true });
    fs.writeFileSync(path.join(root, p), c);
  }
  return root;
}

const statics = (root: string): string[] => buildCollections({ source: root, env: {} }).staticFiles.map((f) => f.relativePath).sort();

describe('pruned folders and include:', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => fs.rmSync(r, { recursive: true, force: true })));
  test.each([
    // (the files Jekyll 4.3.1 writes for each config)
    ['', ['.htaccess', 'a.txt']],
    ['include: [.htaccess]\n', ['.htaccess', 'a.txt']],
    ['include: [".*"]\n', ['.git/HEAD', '.htaccess', 'a.txt']],
    ['include: [.git]\n', ['.git/HEAD', 'a.txt']],
    ['include:\n  - .gi\n', ['.git/HEAD', 'a.txt']],
    ['include: ["*"]\n', ['.git/HEAD', '.htaccess', '_config.yml', 'a.txt', 'node_modules/m/i.js']],
    ['include: [node_modules]\n', ['a.txt', 'node_modules/m/i.js']],
  ])('%j', (config, expected) => {
    const root = site(config);
    roots.push(root);
    expect(statics(root)).toEqual(expected);
  });

  test('the caches stay pruned whatever include: says', () => {
    const root = site('include: [".*"]\n');
    roots.push(root);
    const skip = destinationSkipper(root);
    expect([skip('.git'), skip('.jekyll-cache'), skip('.sass-cache'), skip('node_modules'), skip('_site')]).toEqual([false, true, true, true, true]);
  });
});
