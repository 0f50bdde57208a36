// A one-off build of a site with enough posts converts their Markdown ahead on the read-ahead
// thread (render/markdown-thread.ts#hostedMarkdownThread), the work's code loaded from
// dist/bundle/markdown-work.cjs (NODE_DEBUG=kyll says so); no Markdown thread of its own is
// started. The files it writes are those of a build without the thread
// (renderSite from the TypeScript sources has no compiled thread to start), and a
// document that kramdown refuses fails the build with the same message, naming it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/index.js';
import { MARKDOWN_THREAD_THRESHOLD } from '../../lib/render/markdown-thread.js';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;
const env = { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC', JEKYLL_ENV: 'production' };

const BODIES = [
  '<p>An HTML paragraph.</p>\n\nThen *Markdown* with a [link](/x/).\n',
  '# Heading\n\nFirst paragraph, the excerpt.\n\n```js\nconst a = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  'A footnote[^1] and "quotes" -- dashes...\n\n[^1]: The note.\n',
  'A footnote that is never defined [^nope]: kramdown warns.\n\nSecond paragraph.\n',
  'Liquid here: {{ page.title }} and {% if true %}yes{% endif %}.\n',
  '* one\n* two\n\n> quoted\n',
];

maybe('the Markdown thread in a build', () => {
  jest.setTimeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-markdown-thread-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const site = (extra?: string): string => {
    const root = path.join(dir, 'site');
    fs.mkdirSync(path.join(root, '_posts'), { recursive: true });
    fs.mkdirSync(path.join(root, '_layouts'));
    fs.writeFileSync(path.join(root, '_config.yml'), 'title: Thread\n');
    fs.writeFileSync(path.join(root, '_layouts', 'post.html'), '<main>{{ content }}</main>\n<aside>{{ page.excerpt }}</aside>\n');
    fs.writeFileSync(path.join(root, 'index.md'), '---\n---\n{% for p in site.posts limit: 5 %}{{ p.excerpt }}{% endfor %}\n\nThe *index*.\n');
    for (let i = 0; i < MARKDOWN_THREAD_THRESHOLD + 10; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      const month = String(1 + Math.floor(i / 28) % 12).padStart(2, '0');
      const body = `${BODIES[i % BODIES.length]!}\nPost ${i}.\n`;
      fs.writeFileSync(path.join(root, '_posts', `20${10 + Math.floor(i / 336)}-${month}-${day}-post-${i}.md`), `---\nlayout: post\ntitle: Post ${i}\n---\n${body}`);
    }
    if (extra) fs.writeFileSync(path.join(root, '_posts', '2009-01-01-deep.md'), extra);
    return root;
  };
  const build = (root: string): ReturnType<typeof spawnSync> & { stderr: string; stdout: string } =>
    spawnSync(process.execPath, [bin, 'build', '-s', root, '-d', path.join(dir, 'out')], { encoding: 'utf8', env: { ...process.env, ...env, NODE_DEBUG: 'kyll' } }) as never;

  test('writes what a build without the thread renders', async () => {
    const root = site();
    const r = build(root);
    expect(r.status).toBe(0);
    expect(r.stderr).toContain('markdown: converting on the read-ahead thread');
    expect(r.stderr).toContain(`markdown: thread code ${path.resolve('dist/bundle/markdown-work.cjs')}`);
    expect(r.stderr).not.toContain('markdown: thread started from');
    // A blog's thread goes from the first text, ahead of the main thread.
    expect(r.stderr).not.toContain('(from the last text)');
    expect(r.stderr).toMatch(/markdown: \d+ texts sent/);
    const alone = await renderSite({ source: root, write: false, env });
    expect(alone.files.length).toBeGreaterThan(MARKDOWN_THREAD_THRESHOLD);
    for (const f of alone.files) expect(fs.readFileSync(path.join(dir, 'out', f.path), 'utf8')).toBe(f.contents);
  });

  test('a post that kramdown refuses stops the build with the message a build without the thread gives', async () => {
    const root = site(`---\n---\n${'>'.repeat(2000)} deep\n`);
    const r = build(root);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('markdown: converting on the read-ahead thread');
    const alone = await renderSite({ source: root, write: false, env }).then(
      () => undefined,
      (e: Error) => e.message,
    );
    expect(alone).toMatch(/Markdown nested too deeply .* in _posts\/2009-01-01-deep\.md$/);
    expect(r.stderr).toContain(alone);
  });
});

// A site of few posts whose pages hold much Markdown (a project's docs) starts the thread once
// it is read (render/late-markdown-thread.ts): the main thread converts from the first text,
// the thread from the last, and the files are a build's without the thread.
maybe('a Markdown thread started once the site is read', () => {
  jest.setTimeout(120_000);
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-late-markdown-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const PLAIN = BODIES.filter((b) => !b.includes('{{') && !b.includes('[^nope]'));
  /** `pages` pages of about `chars` characters of Markdown each, no posts. */
  const docs = (config: string, pages: number, chars: number): string => {
    const root = path.join(dir, 'site');
    fs.mkdirSync(path.join(root, 'docs'), { recursive: true });
    fs.writeFileSync(path.join(root, '_config.yml'), config);
    for (let i = 0; i < pages; i++) {
      let body = '';
      for (let k = 0; body.length < chars; k++) body += `## Part ${i}.${k}\n\n${PLAIN[k % PLAIN.length]!}\n`;
      fs.writeFileSync(path.join(root, 'docs', `page-${i}.md`), `---\ntitle: Page ${i}\n---\n${body}`);
    }
    return root;
  };
  const build = (root: string, more: Record<string, string> = {}): ReturnType<typeof spawnSync> & { stderr: string; stdout: string } =>
    spawnSync(process.execPath, [bin, 'build', '-s', root, '-d', path.join(dir, 'out')], { encoding: 'utf8', env: { ...process.env, ...env, ...more, NODE_DEBUG: 'kyll' } }) as never;
  const sameAsAlone = async (root: string): Promise<void> => {
    const alone = await renderSite({ source: root, write: false, env });
    expect(alone.files.length).toBeGreaterThan(10);
    for (const f of alone.files) expect(fs.readFileSync(path.join(dir, 'out', f.path), 'utf8')).toBe(f.contents);
  };

  test.each([
    // (KYLL_LATE_THREAD_CHARS below: the sizes that pay, 8 MB and 3 MB, would take minutes here)
    ['kramdown', 'title: Docs\n', 48, 25_000],
    ['CommonMark', 'markdown: CommonMark\nplugins: [jekyll-commonmark]\ncommonmark:\n  extensions: [table]\n', 20, 8_000],
  ])('%s: enough Markdown starts it, and the files are the same', async (_name, config, pages, chars) => {
    const root = docs(config, pages, chars);
    const r = build(root, { KYLL_LATE_THREAD_CHARS: '100000' });
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/markdown: thread started from .* \(from the last text\)/);
    expect(r.stderr).toMatch(new RegExp(`markdown: ${pages} texts sent`));
    await sameAsAlone(root);
  });

  test('a little Markdown does not', async () => {
    const root = docs('title: Docs\n', 12, 2_000);
    const r = build(root);
    expect(r.status).toBe(0);
    expect(r.stderr).not.toContain('markdown: thread started');
    await sameAsAlone(root);
  });
});
