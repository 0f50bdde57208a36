// The shared conformance corpus (../shared/conformance): every site rendered
// in memory and compared with real Jekyll's output. Files recorded in
// passing.json must stay identical or equivalent; the rest is reported.
import fs from 'node:fs';
import path from 'node:path';
import { renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { compareWithExpected, isPass } from '../helpers/compare-output.js';

const CORPUS = path.resolve('..', 'shared', 'conformance');
const PASSING_FILE = path.resolve('test', 'conformance', 'passing.json');
const present = fs.existsSync(path.join(CORPUS, 'sites'));
const passing: Record<string, string[]> = fs.existsSync(PASSING_FILE) ? JSON.parse(fs.readFileSync(PASSING_FILE, 'utf8')) : {};
const sites = present ? fs.readdirSync(path.join(CORPUS, 'sites')).filter((n) => fs.existsSync(path.join(CORPUS, 'sites', n, '_config.yml'))).sort() : [];

if (!present) {
  test.skip('shared conformance corpus not found at ../shared/conformance: skipped', () => undefined);
} else {
  process.env.TZ = FIXED_ENV.TZ;
  describe.each(sites)('conformance site %s', (name) => {
    test('files recorded as passing still match real Jekyll', async () => {
      const recorded = passing[name] ?? [];
      const rendering = renderSite({ source: path.join(CORPUS, 'sites', name), write: false, env: FIXED_ENV });
      // A site none of whose files pass yet may still fail to build; once one passes, it must build.
      if (recorded.length === 0) {
        await rendering.catch(() => undefined);
        return;
      }
      const result = await rendering;
      const statuses = compareWithExpected(path.join(CORPUS, 'expected', name), result.files);
      const regressions = recorded.filter((f) => !isPass(statuses.get(f) ?? 'missing'));
      expect(regressions).toEqual([]);
    });
  });
}
