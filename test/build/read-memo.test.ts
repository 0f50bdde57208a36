// A read of the whole site after a list-changing edit (a new, deleted or
// redated post) parses only the changed files again: the rest come from the
// builder's memo (lib/site/read-memo.ts), warnings included.
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath, mutableSource } from './edit-site.js';

function site(): ReturnType<typeof mutableSource> {
  const files: Record<string, string> = {
    '_config.yml': 'title: Memo\ncollections:\n  recipes:\n    output: true\n',
    '_layouts/default.html': '<h1>{{ page.title }}</h1>{{ content }}\n',
    'index.html': '---\nlayout: default\ntitle: Home\n---\n{% for p in site.posts %}{{ p.title }};{% endfor %} {{ site.recipes | size }}\n',
    'about.md': '---\ntitle: About\n---\nabout\n',
    '_recipes/soup.md': '---\ntitle: Soup\n---\nhot\n',
    '_posts/2024-01-01-bad.md': '---\ntitle: [unclosed\n---\nbroken front matter\n',
  };
  for (let i = 0; i < 20; i++) files[`_posts/2024-02-${String(i + 1).padStart(2, '0')}-p${i}.md`] = `---\nlayout: default\ntitle: P${i}\n---\nbody ${i}\n`;
  return mutableSource(files);
}

/** Counts each path's whole reads from now on (not the inventory's look at a file's first bytes). */
function counting(source: ReturnType<typeof mutableSource>): Map<string, number> {
  const reads = new Map<string, number>();
  const count = (p: string): void => void reads.set(p, (reads.get(p) ?? 0) + 1);
  const { readText, readBytes } = source;
  source.readHead = (p, n) => readBytes(p).subarray(0, n);
  source.readText = (p) => (count(p), readText(p));
  source.readBytes = (p) => (count(p), readBytes(p));
  return reads;
}

test('a new post, a redated post and a new recipe parse only their own files again; warnings of the others stay reported', async () => {
  const source = site();
  const builder = await createBuilder({ source, env: FIXED_ENV, write: false });
  const first = await builder.build();
  const yaml = first.diagnostics.filter((d) => d.file === '_posts/2024-01-01-bad.md');
  expect(yaml.length).toBe(1);
  const reads = counting(source);
  const edits: Array<[string, string | undefined, string[]]> = [
    ['_posts/2024-03-01-new.md', '---\nlayout: default\ntitle: New\n---\nnew\n', ['_posts/2024-03-01-new.md']],
    ['_posts/2024-02-05-p4.md', undefined, ['_posts/2024-02-05-p4.md', '_posts/2023-12-31-p4.md']],
    ['_recipes/bread.md', '---\ntitle: Bread\n---\nbaked\n', ['_recipes/bread.md']],
    ['about.md', '---\ntitle: About us\nlayout: default\n---\nabout\n', ['about.md']],
  ];
  for (const [path, text, changed] of edits) {
    reads.clear();
    if (text === undefined) {
      // The post moves to another date: deleted under one name, added under another.
      source.files.set(changed[1]!, source.files.get(path)!);
      source.files.delete(path);
    } else source.files.set(path, text);
    const update = await builder.update(changed);
    const parsed = [...reads.keys()].filter((p) => /^(_posts|_recipes)\/|^about\.md$/.test(p) && !changed.includes(p));
    expect({ path, parsed }).toEqual({ path, parsed: [] });
    const clean = await renderSite({ source, env: FIXED_ENV, write: false });
    expect(contentsByPath(update.result.files)).toEqual(contentsByPath(clean.files));
    expect(update.result.diagnostics.filter((d) => d.file === '_posts/2024-01-01-bad.md')).toEqual(yaml);
  }
  expect(contentsByPath((await builder.update([])).result.files).get('index.html')).toContain('New;');
});

// serve takes the clock again at each read (Site#reset): the memo keeps what took nothing from it.
test('when the clock moves, an update re-parses only what took the time, and equals a clean build at the new time', async () => {
  const env: Record<string, string> = { ...FIXED_ENV }; // 2026-01-01 00:00 UTC: the fake clock
  const later = String(Date.UTC(2026, 0, 10, 12) / 1000);
  const files: Record<string, string> = {
    '_config.yml': 'title: Clock\ncollections:\n  notes:\n    output: true\n',
    '_layouts/default.html': '<h1>{{ page.title }} {{ page.date }}</h1>{{ content }}\n',
    'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }}@{{ p.date }};{% endfor %}|{% for n in site.notes %}{{ n.title }}@{{ n.date }}{% endfor %}|{{ site.time }}\n',
    // Undated: a note is dated site.time.
    '_notes/undated.md': '---\nlayout: default\n---\nnote\n',
    // In the future at the first build, past at the second (by file name, then by front matter).
    '_posts/2026-01-05-soon.md': '---\nlayout: default\ntitle: Soon\n---\nsoon\n',
    '_posts/2025-06-01-fm.md': '---\nlayout: default\ntitle: FM\ndate: 2026-01-03 10:00:00\n---\nfm\n',
    // A date equal to site.time counts as none: at the second build this post takes its file name's date.
    '_posts/2025-06-02-same.md': '---\nlayout: default\ntitle: Same\ndate: 2026-01-10 12:00:00\n---\nsame\n',
    // A time without a day is today's.
    '_posts/2025-06-03-today.md': '---\nlayout: default\ntitle: Today\ndate: "10:00"\n---\ntoday\n',
  };
  for (let i = 0; i < 10; i++) files[`_posts/2025-12-${String(i + 10)}-p${i}.md`] = `---\nlayout: default\ntitle: P${i}\n---\nbody ${i}\n`;
  const source = mutableSource(files);
  const builder = await createBuilder({ source, env, write: false });
  const first = await builder.build();
  const index = contentsByPath(first.files).get('index.html')!;
  expect(index).not.toContain('Soon@');
  expect(index).not.toContain('FM@');
  const reads = counting(source);
  env.SOURCE_DATE_EPOCH = later;
  source.files.set('_posts/2025-12-31-added.md', '---\nlayout: default\ntitle: Added\n---\nadded\n');
  const update = await builder.update(['_posts/2025-12-31-added.md']);
  const parsed = [...reads.keys()].filter((p) => /^_(posts|notes)\//.test(p)).sort();
  expect(parsed).toEqual(['_notes/undated.md', '_posts/2025-06-02-same.md', '_posts/2025-06-03-today.md', '_posts/2025-12-31-added.md']);
  const clean = await renderSite({ source, env, write: false });
  expect(contentsByPath(update.result.files)).toEqual(contentsByPath(clean.files));
  const after = contentsByPath(update.result.files).get('index.html')!;
  expect(after).toContain('Soon@2026-01-05 00:00:00 +0000;');
  expect(after).toContain('FM@2026-01-03 10:00:00 +0000;');
  expect(after).toContain('Same@2025-06-02 00:00:00 +0000;');
  expect(after).toContain('Today@2026-01-10 10:00:00 +0000;');
  expect(after).toContain('|Undated@2026-01-10 12:00:00 +0000|');
});
