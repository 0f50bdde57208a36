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
    // a file inside a pruned folder: reader.rb#read_included_excludes reads it where the walk never goes
    ['include: [node_modules/m/i.js]\n', ['a.txt', 'node_modules/m/i.js']],
    ['include: [./node_modules/m/i.js, .git/HEAD]\n', ['.git/HEAD', 'a.txt', 'node_modules/m/i.js']],
    ['include: ["node_modules//m/../m/i.js"]\n', ['a.txt', 'node_modules/m/i.js']],
    ['include: [node_modules/m]\n', ['a.txt']],
  ])('%j', (config, expected) => {
    const root = site(config);
    roots.push(root);
    expect(statics(root)).toEqual(expected);
  });

  test('a file named inside node_modules lists the folders on the way to it, no other', () => {
    const root = site('include: [node_modules/m/i.js]\n');
    roots.push(root);
    const skip = destinationSkipper(root);
    expect([skip('node_modules'), skip('node_modules/m'), skip('node_modules/other'), skip('node_modules/m/deeper'), skip('.git'), skip('a')]).toEqual([false, false, true, true, true, false]);
  });

  test('the caches stay pruned whatever include: says', () => {
    const root = site('include: [".*"]\n');
    roots.push(root);
    const skip = destinationSkipper(root);
    expect([skip('.git'), skip('.jekyll-cache'), skip('.sass-cache'), skip('node_modules'), skip('_site')]).toEqual([false, true, true, true, true]);
  });
});
