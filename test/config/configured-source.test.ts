// `source:` in _config.yml: Jekyll reads the configuration where it starts, then builds the
// folder it names (Configuration#config_files, Site#config=); whole-site check: fixture config-source-folder.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { followConfiguredSource } from '../../lib/config/configured-source.js';
import { memorySource } from '../../lib/source/index.js';

describe('followConfiguredSource', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-configured-source-'));
    fs.mkdirSync(path.join(root, 'docs'));
    fs.writeFileSync(path.join(root, '_config.yml'), 'source: docs\ntitle: top\n');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('a folder: the site moves, its configuration file and default destination stay at the top', () => {
    expect(followConfiguredSource({ source: root })).toEqual({
      source: path.join(root, 'docs'),
      destination: path.join(root, '_site'),
      configFiles: [path.join(root, '_config.yml')],
    });
  });

  test('a source given by the caller (--source) wins over the file', () => {
    const options = { source: root, config: { source: root } };
    expect(followConfiguredSource(options)).toBe(options);
  });

  test('no `source:`, or one naming the folder itself: nothing moves', () => {
    const same = { source: memorySource({ '_config.yml': 'source: .\n' }) };
    expect(followConfiguredSource(same)).toBe(same);
    const none = { source: memorySource({ '_config.yml': 'title: x\n' }) };
    expect(followConfiguredSource(none)).toBe(none);
  });

  test('a memory source: a view of the folder that reads the top-level configuration', () => {
    const moved = followConfiguredSource({ source: memorySource({ '_config.yml': 'source: docs/\n', 'docs/_config.yml': 'title: no\n', 'docs/a.md': 'A', 'b.md': 'B' }) });
    const source = moved.source as ReturnType<typeof memorySource>;
    expect(source.list()).toEqual(['_config.yml', 'a.md']);
    expect(source.readText('_config.yml')).toBe('source: docs/\n');
    expect(source.readText('a.md')).toBe('A');
    expect(source.exists('b.md')).toBe(false);
  });
});
