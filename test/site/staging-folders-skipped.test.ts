// The folders a build writes beside its destination (lib/write/staging.ts) are
// no part of the source: a previous site that a background process is still
// removing must not be read, listed or hashed by the next build.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openSource } from '../../lib/site/build-collections.js';

describe('openSource skips the staging folders builds leave beside their destination', () => {
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
    expect([...openSource(dir).list()].sort()).toEqual(['index.md', 'public/a.html']);
  });

  test('a destination given inside the source', () => {
    expect([...openSource(dir, path.join(dir, 'public')).list()].sort()).toEqual(['_site/index.html', 'index.md']);
  });

  // `kyll serve` rebuilding into _site (its previous site retired beside it, removed in the
  // background) while `kyll build -d elsewhere` reads the same source: any build's folders are skipped.
  test("a destination outside the source: every build's staging folders, not _site (a collection may be named site)", () => {
    expect([...openSource(dir, path.join(os.tmpdir(), 'elsewhere')).list()].sort()).toEqual(['_site/index.html', 'index.md', 'public/a.html']);
  });
});
