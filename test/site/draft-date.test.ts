// Document#date: `data["date"] ||= (draft? ? source_file_mtime : site.time)`. An undated draft
// is dated by its file's modification time (no later than site.time, as every file time the
// build shows); a post's date comes from its name. Checked with Jekyll 4.3.1 (`jekyll build
// --drafts`, the clock frozen with libfaketime and NO_FAKE_STAT=1 so that it reads the real
// mtime): a draft touched at 2025-06-01 12:00 UTC is written to 2025/06/01/ and
// `{{ page.date }}` prints `2025-06-01 12:00:00 +0000`.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource, type Source } from '../../lib/source/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const JUNE = Date.UTC(2025, 5, 1, 12, 0, 0);

function withMtimes(source: Source, mtimes: Record<string, number>): Source {
  return { ...source, mtime: (p) => mtimes[p] };
}

const files = {
  '_config.yml': 'show_drafts: true\ntimezone: Europe/Paris\n',
  '_drafts/undated.md': '---\ntitle: U\n---\n{{ page.date }}\n',
  '_drafts/dated.md': '---\ntitle: D\ndate: 2024-01-02 03:04:05 +0000\n---\n{{ page.date }}\n',
  '_posts/2023-05-06-post.md': '---\ntitle: P\n---\n{{ page.date }}\n',
};

const build = (mtimes: Record<string, number>) =>
  renderSite({ source: withMtimes(memorySource(files), mtimes), write: false, env: FIXED_ENV });

const text = (r: Awaited<ReturnType<typeof build>>, path: string) => Buffer.from(r.files.find((f) => f.path === path)!.contents).toString();

test("an undated draft is dated by its file's modification time, in the site's zone", async () => {
  const r = await build({ '_drafts/undated.md': JUNE, '_drafts/dated.md': JUNE, '_posts/2023-05-06-post.md': JUNE });
  expect(text(r, '2025/06/01/undated.html')).toBe('<p>2025-06-01 14:00:00 +0200</p>\n');
  // a date of its own wins; a post's comes from its name
  expect(text(r, '2024/01/02/dated.html')).toBe('<p>2024-01-02 04:04:05 +0100</p>\n');
  expect(text(r, '2023/05/06/post.html')).toBe('<p>2023-05-06 00:00:00 +0200</p>\n');
});

test('a draft modified after the build time is dated at the build time', async () => {
  const r = await build({ '_drafts/undated.md': Date.UTC(2026, 5, 1) });
  expect(text(r, '2026/01/01/undated.html')).toBe('<p>2026-01-01 01:00:00 +0100</p>\n');
});
