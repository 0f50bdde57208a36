// A builder's full build (serve's and --watch's first) converts the site's Markdown on a thread
// of its own, as a one-off build does, when the site has enough posts; the thread ends with the
// build, and the updates after it convert on this thread (builder.ts#mayThread); an --incremental
// build starts one only when it has no cache to start from. The builder
// runs in a child process, with NODE_DEBUG=kyll telling where each text was converted. These
// tests load the compiled package (dist/, built by `npm test`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { jest } from '@jest/globals';

const dist = (...parts: string[]): string => path.resolve('dist', ...parts);
// The package's entry (the bundle: its threads start from their code caches, as the CLI's do).
const entry = dist('bundle', 'kyll.js');
const maybe = fs.existsSync(entry) ? describe : describe.skip;

// The child: a full build, an edit of one post, its update; prints the edited page.
const CHILD = `
import fs from 'node:fs';
import path from 'node:path';
const [entry, site, out, incremental] = process.argv.slice(1);
const { createBuilder } = await import(entry);
const builder = await createBuilder({ source: site, destination: out, incremental: incremental === 'yes', env: { ...process.env } });
await builder.build();
const post = path.join(site, '_posts', '2020-01-01-p7.md');
fs.writeFileSync(post, fs.readFileSync(post, 'utf8').replace('## Part 7', '## Edited *7*'));
await builder.update([post]);
process.stdout.write(fs.readFileSync(path.join(out, '2020', '01', '01', 'p7.html'), 'utf8'));
`;

maybe("a builder's Markdown thread", () => {
  jest.setTimeout(120_000);
  let dir: string;
  let threshold: number;
  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-builder-markdown-'));
    threshold = ((await import(pathToFileURL(dist('render', 'markdown-thread.js')).href)) as typeof import('../../lib/render/markdown-thread.js')).MARKDOWN_THREAD_THRESHOLD;
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const siteOf = (name: string, posts: number): string => {
    const site = path.join(dir, name);
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    for (let i = 0; i < posts; i++) fs.writeFileSync(path.join(site, '_posts', `2020-01-01-p${i}.md`), `---\ntitle: P${i}\n---\n## Part ${i}\n\n* a *${i}*\n* b\n`);
    return site;
  };
  const build = (site: string, incremental: boolean): { stderr: string; page: string } => {
    const env = { ...process.env, NODE_DEBUG: 'kyll', NODE_OPTIONS: '', KYLL_CODE_CACHE_DIR: path.join(dir, 'cc') };
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', CHILD, pathToFileURL(entry).href, site, path.join(site, '_site'), incremental ? 'yes' : 'no'], { encoding: 'utf8', env });
    expect(run.status).toBe(0);
    return { stderr: run.stderr, page: run.stdout };
  };

  test('the full build of a site with enough posts converts them on a thread; the update after it, here', () => {
    const { stderr, page } = build(siteOf('many', threshold), false);
    expect(stderr).toContain('markdown: thread started from');
    // (how many the thread converted before this thread came to them depends on the machine's load)
    const sent = /markdown: (\d+) texts sent, (\d+) taken from the thread/.exec(stderr);
    expect(sent).not.toBeNull();
    expect(Number(sent![1])).toBeGreaterThanOrEqual(threshold);
    // one thread, for the full build only
    expect(stderr.match(/markdown: thread started from/g)).toHaveLength(1);
    expect(page).toBe('<h2 id="edited-7">Edited <em>7</em></h2>\n\n<ul>\n  <li>a <em>7</em></li>\n  <li>b</li>\n</ul>\n');
  });

  test('a site of few posts starts none, nor an --incremental build that has its cache to start from', () => {
    expect(build(siteOf('few', 8), false).stderr).not.toContain('markdown: thread started from');
    const site = siteOf('incremental', threshold);
    // no cache yet: every text is converted, as in a full build
    expect(build(site, true).stderr).toContain('markdown: thread started from');
    const { stderr, page } = build(site, true);
    expect(stderr).not.toContain('markdown: thread started from');
    expect(page).toContain('<h2 id="edited-7">Edited <em>7</em></h2>');
  });
});
