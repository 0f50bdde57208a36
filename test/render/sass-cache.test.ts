// Compiled Sass is kept in <source>/.jekyll-cache between builds of a folder,
// keyed by everything libsass reads; `disable_disk_cache` turns it off, and a
// build that writes nothing (write: false) only reads it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/render/render-site.js';
import { sassCacheKey } from '../../lib/render/sass-cache.js';

const ENV = { SOURCE_DATE_EPOCH: '0' };
let dir: string;
const put = (rel: string, text: string): void => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const cssOf = async (write = true): Promise<string> => {
  const r = await renderSite({ source: dir, write, env: ENV });
  return String(r.files.find((f) => f.path === 'css/main.css')!.contents);
};
const entries = (): string[] => {
  const d = path.join(dir, '.jekyll-cache', 'kyll', 'sass');
  return fs.existsSync(d) ? fs.readdirSync(d).map((f) => path.join(d, f)) : [];
};
// Replaces every cached CSS, to see whether a build takes it from the cache
// (and forgets the last build's files, which an unchanged site would reuse: lib/build/warm.ts).
const tamper = (): void => {
  entries().forEach((f) => fs.writeFileSync(f, JSON.stringify({ ...JSON.parse(fs.readFileSync(f, 'utf8')), css: '/* cached */' })));
  fs.rmSync(path.join(dir, '.jekyll-cache', 'kyll', 'warm.json'), { force: true });
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-cache-'));
  put('css/main.scss', '---\n---\n@import "p";\na { color: red; }\n');
  put('_sass/_p.scss', '.p { margin: 0; }\n');
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('the Sass disk cache', () => {
  test('a second build takes the CSS from the cache', async () => {
    const css = await cssOf();
    expect(css).toBe('.p { margin: 0; }\n\na { color: red; }\n\n/*# sourceMappingURL=main.css.map */');
    expect(entries()).toHaveLength(1);
    tamper();
    expect(await cssOf()).toBe('/* cached */');
  }, 60_000);

  test("libsass's warnings are printed again when the CSS comes from the cache (Jekyll's libsass prints them every build)", async () => {
    put('_sass/_p.scss', '.p { $new: 1 !global; }\n');
    const deprecations = async (): Promise<number> => {
      const written: string[] = [];
      const spy = jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));
      try {
        await cssOf();
      } finally {
        spy.mockRestore();
      }
      return written.join('').split('\n').filter((l) => l.startsWith('DEPRECATION WARNING on line 1 of ')).length;
    };
    expect(await deprecations()).toBe(1);
    tamper();
    expect(await deprecations()).toBe(1);
    expect(await cssOf()).toBe('/* cached */');
  }, 60_000);

  test('a changed partial misses the cache', async () => {
    await cssOf();
    tamper();
    put('_sass/_p.scss', '.p { margin: 1px; }\n');
    expect(await cssOf()).toBe('.p { margin: 1px; }\n\na { color: red; }\n\n/*# sourceMappingURL=main.css.map */');
    expect(entries()).toHaveLength(2);
  }, 60_000);

  test('a build that writes nothing reads the cache but adds nothing to it', async () => {
    await cssOf(false);
    expect(entries()).toHaveLength(0);
    await cssOf();
    tamper();
    expect(await cssOf(false)).toBe('/* cached */');
  }, 60_000);

  test('disable_disk_cache neither reads nor writes it', async () => {
    put('_config.yml', 'disable_disk_cache: true\n');
    await cssOf();
    expect(entries()).toHaveLength(0);
  }, 60_000);

  test('cache_dir moves it', async () => {
    put('_config.yml', 'cache_dir: .my-cache\n');
    await cssOf();
    expect(fs.readdirSync(path.join(dir, '.my-cache', 'kyll', 'sass'))).toHaveLength(1);
  }, 60_000);

  // site.rb#cache_dir is in_source_dir(cache_dir): an absolute path or `..` still names a folder of the source.
  test('a cache_dir outside the source is a folder of the source, never written outside it', async () => {
    const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-outside-'));
    try {
      put('_config.yml', `cache_dir: ${outside}\n`);
      await cssOf();
      expect(fs.readdirSync(outside)).toEqual([]);
      expect(fs.readdirSync(path.join(dir, outside, 'kyll', 'sass'))).toHaveLength(1);
      put('_config.yml', 'cache_dir: ../up\n');
      await cssOf();
      expect(fs.existsSync(path.join(path.dirname(dir), 'up'))).toBe(false);
      expect(fs.readdirSync(path.join(dir, 'up', 'kyll', 'sass'))).toHaveLength(1);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  }, 60_000);

  test('scssify keeps its CSS in the cache too, keyed by its text and the partials', async () => {
    put('index.html', '---\n---\n{% capture s %}@import "p";\nb { c: d; }{% endcapture %}[{{ s | scssify }}]\n');
    const indexOf = async (): Promise<string> => {
      const r = await renderSite({ source: dir, write: true, env: ENV });
      return String(r.files.find((f) => f.path === 'index.html')!.contents);
    };
    expect(await indexOf()).toBe('[.p { margin: 0; }\n\nb { c: d; }\n]\n');
    expect(entries()).toHaveLength(2);
    tamper();
    expect(await indexOf()).toBe('[/* cached */]\n');
    put('_sass/_p.scss', '.p { margin: 2px; }\n');
    expect(await indexOf()).toBe('[.p { margin: 2px; }\n\nb { c: d; }\n]\n');
  }, 60_000);

  test('a failed scssify is not kept', async () => {
    fs.rmSync(path.join(dir, 'css'), { recursive: true });
    put('index.html', '---\n---\n{% capture s %}b { c: $nope; }{% endcapture %}{{ s | scssify }}\n');
    await expect(renderSite({ source: dir, write: true, env: ENV })).rejects.toThrow('Undefined variable: "$nope"');
    expect(entries()).toHaveLength(0);
  }, 60_000);

  test('keys tell lists apart however their parts are split', () => {
    expect(sassCacheKey(['ab', 'c'])).not.toBe(sassCacheKey(['a', 'bc']));
    expect(sassCacheKey(['a', 'b'])).toBe(sassCacheKey(['a', 'b']));
  });
});
