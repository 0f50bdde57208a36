// A keep_files entry that Jekyll.sanitized_path makes the destination itself (`..`, `""`, `./`,
// `//`, `a/..`, the destination's own path) sends Jekyll's Cleaner#parent_dirs past the destination
// to `/`, without end: Jekyll 4.3.1 stops every build of such a site with "stack level too deep"
// (SystemStackError, cleaner.rb:76) after the render, before anything is written. kyll stops there
// too, leaving the destination as it was; an entry that climbs out of the destination any other way
// (`../outside`, `%2e%2e/`, `~`) keeps nothing and builds, as in Jekyll, touching nothing outside.
// (Checked with jekyll build 4.3.1 -d /tmp/kf/out for each entry below.)
import fs from 'node:fs';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';
import { createBuilder } from '../../lib/index.js';
import { renderSite } from '../../lib/render/render-site.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { capture, makeSiteDir, treeHash } from './dest-tree.js';

describe('a keep_files entry that is the destination itself', () => {
  let root: string;
  let site: string;
  let dest: string;
  beforeEach(() => {
    ({ root, site } = makeSiteDir('kyll-keep-loop-'));
    dest = path.join(root, 'out');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'old.html'), 'old\n');
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));
  // The destination and the folder beside the site (the site gets its .jekyll-cache, as in Jekyll).
  const outside = (): string => treeHash(dest) + treeHash(path.join(root, 'sib'));
  const config = (entry: string): void => fs.writeFileSync(path.join(site, '_config.yml'), `title: T\nkeep_files: [${JSON.stringify(entry)}]\n`);

  test.each(['..', '', './', '//', 'a/..', '../../', '/'])('%j stops renderSite with "stack level too deep", the destination as it was', async (entry) => {
    config(entry);
    const before = outside();
    await expect(renderSite({ source: site, destination: dest, env: FIXED_ENV })).rejects.toMatchObject({ code: 'INVALID_CONFIG', message: 'stack level too deep', file: '_config.yml' });
    expect(outside()).toBe(before);
  });

  test('the destination\'s own path, with or without a trailing slash, stops it too', async () => {
    for (const entry of [dest, `${dest}/`]) {
      config(entry);
      await expect(renderSite({ source: site, destination: dest, env: FIXED_ENV })).rejects.toMatchObject({ message: 'stack level too deep' });
    }
  });

  test('a first build (no destination yet) stops too: keep_dirs is computed before the destination is read', async () => {
    config('..');
    fs.rmSync(dest, { recursive: true });
    await expect(renderSite({ source: site, destination: dest, env: FIXED_ENV })).rejects.toMatchObject({ message: 'stack level too deep' });
    expect(fs.existsSync(dest)).toBe(false);
  });

  test('the render comes first: a Liquid error in a page is the error reported', async () => {
    config('..');
    fs.writeFileSync(path.join(site, 'bad.html'), '---\n---\n{% if %}\n');
    await expect(renderSite({ source: site, destination: dest, env: FIXED_ENV })).rejects.toMatchObject({ message: expect.stringContaining("Syntax Error in tag 'if'") });
  });

  test('the long-lived builder (serve, --watch) stops the same way', async () => {
    config('./');
    const before = outside();
    const builder = await createBuilder({ source: site, destination: dest, env: FIXED_ENV });
    await expect(builder.build()).rejects.toMatchObject({ message: 'stack level too deep' });
    expect(outside()).toBe(before);
  });

  test('kyll build exits 1 naming _config.yml and the entry', async () => {
    config('..');
    const before = outside();
    const c = capture();
    expect(await run(['build', '-s', site, '-d', dest], c.printer)).toBe(1);
    expect(c.err.filter((l) => l !== 'Configuration file: none').slice(0, 2)).toEqual(['             Error: stack level too deep', '  at _config.yml']);
    expect(c.err.join('\n')).toContain('the keep_files entry ".."');
    expect(outside()).toBe(before);
  });

  test.each(['../sib', '%2e%2e/', '~', '../sib/keep.txt'])('%j keeps nothing, builds, and touches nothing outside the destination', async (entry) => {
    config(entry);
    const sib = treeHash(path.join(root, 'sib'));
    await renderSite({ source: site, destination: dest, env: FIXED_ENV });
    expect(fs.existsSync(path.join(dest, 'old.html'))).toBe(false);
    expect(fs.existsSync(path.join(dest, 'index.html'))).toBe(true);
    expect(treeHash(path.join(root, 'sib'))).toBe(sib);
  });
});
