// The folders a build writes beside its destination (lib/write/staging.ts) are
// no part of the source: a previous site that a background process is still
// removing must not be read, listed or hashed by the next build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSource } from '../../lib/site/build-collections.js';

describe('openSource skips the staging folders of the destination', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-staging-skip-'));
    const put = (rel: string): void => {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), 'x');
    };
    put('index.md');
    put('_site/index.html');
    put('._site.kyll-old-123-abc/index.html');
    put('._site.kyll-new-123-abd/index.html');
    put('out/._site.kyll-old-123-abc/kept.html');
    put('._other.kyll-old-123-abc/kept.html');
    put('public/a.html');
    put('.public.kyll-old-9-z1/index.html');
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('the default destination _site', () => {
    expect([...openSource(dir).list()].sort()).toEqual(['._other.kyll-old-123-abc/kept.html', '.public.kyll-old-9-z1/index.html', 'index.md', 'out/._site.kyll-old-123-abc/kept.html', 'public/a.html']);
  });

  test('a destination given inside the source', () => {
    expect([...openSource(dir, path.join(dir, 'public')).list()].sort()).toEqual([
      '._other.kyll-old-123-abc/kept.html',
      '._site.kyll-new-123-abd/index.html',
      '._site.kyll-old-123-abc/index.html',
      '_site/index.html',
      'index.md',
      'out/._site.kyll-old-123-abc/kept.html',
    ]);
  });
});
