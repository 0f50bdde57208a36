// Property: whatever permalinks, titles and paths a site has, a build writes only inside
// its destination (Jekyll.sanitized_path) and throws nothing but KyllErrors (issue 7).
import fc from 'fast-check';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { KyllError, memorySource, renderSite } from '../../lib/index.js';
import { params } from './property-helpers.js';

const SEGMENT = fc.constantFrom('..', '.', '', 'a', ':title', ':path', ':basename', ':categories', '%2e%2e', '%2F', '..%2F..', '~', '\\..', 'b.html', '/');
const PERMALINK = fc.array(SEGMENT, { minLength: 1, maxLength: 6 }).map((s) => s.join('/'));
const TITLE = fc.oneof(fc.constantFrom('../../x', '..', '/etc/passwd', 'a/../../b'), fc.string({ maxLength: 8 }));

function allFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}

test('a build writes inside its destination only', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(PERMALINK, TITLE, fc.constantFrom('page', 'post')), { minLength: 1, maxLength: 4 }), async (docs) => {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-write-'));
      const dest = path.join(root, 'out', '_site');
      try {
        const files: Record<string, string> = { '_config.yml': 'title: t\n' };
        docs.forEach(([permalink, title, kind], i) => {
          const fm = `---\npermalink: ${JSON.stringify(permalink)}\ntitle: ${JSON.stringify(title)}\ncategories: [${JSON.stringify(title)}]\n---\n${i}`;
          files[kind === 'post' ? `_posts/2020-01-0${i + 1}-${i}.md` : `p${i}.md`] = fm;
        });
        try {
          await renderSite({ source: memorySource(files, path.join(root, 'src')), destination: dest, write: true });
        } catch (e) {
          if (!(e instanceof KyllError)) throw e;
        }
        const outside = allFiles(root).filter((f) => !f.startsWith(dest + path.sep));
        expect(outside).toEqual([]);
      } finally {
        fs.rmSync(root, { recursive: true, force: true });
      }
    }),
    params(25),
  );
});
