// The read-ahead thread hosting the Markdown thread's work (render/markdown-thread.ts#hostedMarkdownThread):
// one Node thread for reading, converting and writing. The work converts what it is sent exactly
// as this thread would; once the build stops it, the thread converts nothing more and still reads
// and writes. These tests load the compiled package (dist/, built by `npm test`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { jest } from '@jest/globals';

type Thread = typeof import('../../lib/render/markdown-thread.js');
type Converter = typeof import('../../lib/markdown/converter.js');
type Results = import('../../lib/render/markdown-thread.js').ThreadResults;
type Batch = import('../../lib/read/read-ahead-protocol.js').AheadBatch;
type Ahead = typeof import('../../lib/read/read-ahead.js');

const dist = (...parts: string[]): string => path.resolve('dist', ...parts);
const maybe = fs.existsSync(dist('read', 'read-ahead-thread.js')) ? describe : describe.skip;
const load = async <T>(...parts: string[]): Promise<T> => (await import(pathToFileURL(dist(...parts)).href)) as T;
const nextMessage = <T>(port: MessagePort): Promise<T> => new Promise((resolve) => port.once('message', resolve));

const TEXTS = [
  '# Title\n\nA *paragraph* with a [link](http://example.com) and `code`.\n',
  '<p>一段中文。</p>\n <p>第二段。</p>\n\n[返回](//example.com/)\n',
  '```ruby\ndef x; 1; end\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  '* one\n* two\n\n> quoted "text" -- here...\n',
];
const SETTINGS = { markdown: 'kramdown', kramdown: { syntax_highlighter: 'rouge', input: 'GFM' } };

maybe('the read-ahead thread converting Markdown', () => {
  jest.setTimeout(60_000);
  let thread: Thread;
  let converter: Converter;
  let dir: string;
  beforeAll(async () => {
    thread = await load<Thread>('render', 'markdown-thread.js');
    converter = await load<Converter>('markdown', 'converter.js');
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-ahead-markdown-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('converts every text as this thread would; stopped, it converts no more and still reads files', async () => {
    const state = new SharedArrayBuffer(12 + 64);
    const header = thread.headerOf(state);
    header[thread.WANT] = -1;
    const results = new MessageChannel();
    const texts = new MessageChannel();
    const files = new MessageChannel();
    const workerData = { state: new SharedArrayBuffer(12), results: files.port2, markdown: { state, results: results.port2, texts: texts.port2 } };
    const worker = new Worker(pathToFileURL(dist('read', 'read-ahead-thread.js')), { workerData, transferList: [files.port2, results.port2, texts.port2] });
    try {
      const got = new Map<number, string | null>();
      const all = new Promise<void>((resolve) => {
        results.port1.on('message', ({ first, html }: Results) => {
          html.forEach((h, k) => got.set(first + k, h));
          if (got.size === TEXTS.length) resolve();
        });
      });
      texts.port1.postMessage({ settings: SETTINGS });
      texts.port1.postMessage({ first: 0, texts: TEXTS });
      await all;
      const local = converter.createMarkdownConverter(SETTINGS);
      TEXTS.forEach((t, i) => expect(got.get(i)).toBe(local.convert(t)));

      // Stopped: texts sent after it are never converted there.
      Atomics.store(header, thread.STOPPED, 1);
      texts.port1.postMessage({ first: TEXTS.length, texts: TEXTS });
      // The thread's own work goes on: it reads the files it is given.
      const file = path.join(dir, 'a.md');
      fs.writeFileSync(file, '读 ahead');
      const batch = nextMessage<Batch>(files.port1);
      worker.postMessage({ files: [file], stamps: false });
      const { bytes, ends } = await batch;
      expect(Buffer.from(bytes, 0, ends[0]).toString()).toBe('读 ahead');
      expect(got.size).toBe(TEXTS.length);
      expect(thread.claimsOf(state).subarray(TEXTS.length, 2 * TEXTS.length).every((c) => c === 0)).toBe(true);
    } finally {
      results.port1.close();
      texts.port1.close();
      files.port1.close();
      await worker.terminate();
    }
  });

  test("a read-ahead thread asked for it carries the build's Markdown thread: the same HTML, locally or there", async () => {
    const ahead = await load<Ahead>('read', 'read-ahead.js');
    const started = ahead.startReadAhead(undefined, false, { writeCache: false })!;
    try {
      const md = started.markdown!;
      expect(md).toBeDefined();
      md.configure({ markdown: SETTINGS.markdown, kramdown: SETTINGS.kramdown, commonmark: {} } as never);
      md.send(TEXTS);
      await new Promise((r) => setTimeout(r, 300));
      const local = converter.createMarkdownConverter(SETTINGS);
      const c = md.converter(converter.createMarkdownConverter(SETTINGS));
      for (const t of [...TEXTS, 'not sent *x*\n']) expect(c.convert(t, 'a.md')).toBe(local.convert(t, 'a.md'));
      md.stop();
      expect(c.convert(TEXTS[0]!)).toBe(local.convert(TEXTS[0]!));
    } finally {
      started.stop();
    }
    // A thread not asked for it has none.
    const plain = ahead.startReadAhead()!;
    expect(plain.markdown).toBeUndefined();
    plain.stop();
  });

  test('`kyll build` of a site with enough posts converts its Markdown on the read-ahead thread, starting no thread of its own', () => {
    const bin = dist('bundle', 'bin.cjs');
    if (!fs.existsSync(bin)) return;
    const site = path.join(dir, 'site');
    fs.mkdirSync(path.join(site, '_posts'), { recursive: true });
    for (let i = 0; i < thread.MARKDOWN_THREAD_THRESHOLD; i++) {
      fs.writeFileSync(path.join(site, '_posts', `2020-01-01-p${i}.md`), `---\ntitle: P${i}\n---\n## Part ${i}\n\n* a *${i}*\n* b\n`);
    }
    const env = { ...process.env, NODE_DEBUG: 'kyll', NODE_OPTIONS: '', KYLL_CODE_CACHE_DIR: path.join(dir, 'cc') };
    const run = spawnSync(process.execPath, [bin, 'build', '-s', site, '-d', path.join(dir, 'out'), '-q'], { encoding: 'utf8', env });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('markdown: converting on the read-ahead thread');
    expect(run.stderr).not.toContain('markdown: thread started from');
    expect(run.stderr).toMatch(/markdown: \d+ texts sent, \d+ taken from the thread/);
    expect(fs.readFileSync(path.join(dir, 'out', '2020', '01', '01', 'p7.html'), 'utf8')).toBe('<h2 id="part-7">Part 7</h2>\n\n<ul>\n  <li>a <em>7</em></li>\n  <li>b</li>\n</ul>\n');
  });
});
