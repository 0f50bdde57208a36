// Our own fixture sites (fixtures/sites/<name>), each with the output real
// Jekyll 4.3.1 wrote for it (fixtures/expected/<name>). Every file must be
// identical or equivalent, except those listed with a reason in
// fixtures/known-differences.json. The suite runs once reading from disk and
// once from memory: both sources must give the same site.
import fs from 'node:fs';
import path from 'node:path';
import { jest } from '@jest/globals';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { compareWithExpected, isPass, loadFolder } from '../helpers/compare-output.js';
import { findThemeDir, themeSourceFor } from '../../lib/site/theme.js';

const SITES = path.resolve('fixtures', 'sites');
const EXPECTED = path.resolve('fixtures', 'expected');
const KNOWN = path.resolve('fixtures', 'known-differences.json');
const known: Record<string, Record<string, string>> = fs.existsSync(KNOWN) ? JSON.parse(fs.readFileSync(KNOWN, 'utf8')) : {};
const names = fs.existsSync(SITES) ? fs.readdirSync(SITES).filter((n) => fs.existsSync(path.join(EXPECTED, n))).sort() : [];

process.env.TZ = FIXED_ENV.TZ;
// A whole site's build (the first one also loads libsass) can take longer than
// jest's 5 s on a loaded machine.
const SITE_TIMEOUT = 60_000;

test('there are fixture sites with expected output', () => {
  expect(names.length).toBeGreaterThanOrEqual(8);
});

// A site on a gem theme needs that gem installed (Debian: jekyll-theme-minima), unless the site is the theme's own gem.
function missingTheme(name: string): string | undefined {
  const yml = path.join(SITES, name, '_config.yml');
  // A site may have _config.toml instead (Jekyll reads it when there is no _config.yml).
  const m = fs.existsSync(yml) ? /^theme:\s*["']?([\w.-]+)/m.exec(fs.readFileSync(yml, 'utf8')) : null;
  if (!m || findThemeDir(m[1]!)) return undefined;
  try {
    themeSourceFor(m[1], process.env, undefined, memorySource(loadFolder(path.join(SITES, name))));
    return undefined;
  } catch {
    return m[1];
  }
}


describe.each(names)('fixture site %s', (name) => {
  const theme = missingTheme(name);
  if (theme) {
    test.skip(`the ${theme} theme is not installed: skipped`, () => undefined);
    return;
  }
  const check = (files: Parameters<typeof compareWithExpected>[1]): void => {
    const statuses = compareWithExpected(path.join(EXPECTED, name), files);
    const failures = [...statuses].filter(([file, s]) => !isPass(s) && !(known[name] && file in known[name]!)).map(([f, s]) => `${f}: ${s}`);
    expect(failures).toEqual([]);
  };

  // Run from the site folder, as regenerate-fixtures.sh runs Jekyll: what names files from the
  // working directory (Sass line comments) names them as there.
  test('renders from disk like real Jekyll', async () => {
    const cwd = jest.spyOn(process, 'cwd').mockReturnValue(path.join(SITES, name));
    try {
      const result = await renderSite({ source: path.join(SITES, name), write: false, env: FIXED_ENV });
      check(result.files);
    } finally {
      cwd.mockRestore();
    }
  }, SITE_TIMEOUT);

  test('renders from memory like real Jekyll', async () => {
    const result = await renderSite({ source: memorySource(loadFolder(path.join(SITES, name))), env: FIXED_ENV });
    check(result.files);
  }, SITE_TIMEOUT);
});
