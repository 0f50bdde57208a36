// The Markdown thread (lib/render/markdown-thread.ts): texts converted ahead on a
// thread of their own are taken only when they are exactly what this thread would
// make; anything else (not sent, warned, failed) is converted here, with its own
// warnings and errors. The thread is a compiled .js file: these tests load the
// compiled package (dist/, built by `npm test`). None depends on which thread wins a race:
// each checks what must hold whichever of the two converted a text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { jest } from '@jest/globals';
import type { MarkdownConverter } from '../../lib/markdown/types.js';

type Thread = typeof import('../../lib/render/markdown-thread.js');
type ThreadSettings = typeof import('../../lib/render/markdown-thread-settings.js');
type Converter = typeof import('../../lib/markdown/converter.js');
type Results = import('../../lib/render/markdown-thread.js').ThreadResults;

const DIST = path.resolve('dist', 'render', 'markdown-thread.js');
const maybe = fs.existsSync(DIST) ? describe : describe.skip;

const TEXTS = [
  'Plain words only',
  '# Title\n\nA *paragraph* with a [link](http://example.com) and `code`.\n',
  '<p>一段中文。</p>\n <p>第二段。</p>\n\n[返回](//example.com/)\n',
  '```ruby\ndef x; 1; end\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  'Text with a footnote[^1].\n\n[^1]: The note.\n',
  '* one\n* two\n\n> quoted "text" -- here...\n',
];
// Each warns (kramdown's warnings), or fails (nested too deeply).
const WARNS = 'a [^nope] b\n';
const FAILS = `${'>'.repeat(2000)} a\n`;

maybe('the Markdown thread', () => {
  jest.setTimeout(60_000);
  let thread: Thread;
  let threadSettings: ThreadSettings;
  let converter: Converter;
  beforeAll(async () => {
    thread = (await import(pathToFileURL(DIST).href)) as Thread;
    threadSettings = (await import(pathToFileURL(path.resolve('dist', 'render', 'markdown-thread-settings.js')).href)) as ThreadSettings;
    converter = (await import(pathToFileURL(path.resolve('dist', 'markdown', 'converter.js')).href)) as Converter;
  });
  const settings = { markdown: 'kramdown', kramdown: { syntax_highlighter: 'rouge', input: 'GFM' } };

  // The thread's own protocol, driven here: every result is awaited, so this sees the thread's work.
  async function threadResults(given: object, texts: readonly string[]): Promise<Map<number, string | null>> {
    const state = new SharedArrayBuffer(8 + 64);
    thread.headerOf(state)[thread.WANT] = -1;
    const { port1, port2 } = new MessageChannel();
    const worker = new Worker(new URL('./markdown-worker.js', pathToFileURL(DIST)), { workerData: { state, results: port2 }, transferList: [port2] });
    try {
      const got = new Map<number, string | null>();
      const all = new Promise<void>((resolve) => {
        (port1 as MessagePort).on('message', ({ first, html }: Results) => {
          html.forEach((h, k) => got.set(first + k, h));
          if (got.size === texts.length) resolve();
        });
      });
      worker.postMessage({ settings: given });
      worker.postMessage({ first: 0, texts });
      await all;
      return got;
    } finally {
      port1.close();
      await worker.terminate();
    }
  }

  test("the thread's HTML is the local conversion's; a text that warns or fails comes back null", async () => {
    const got = await threadResults(settings, [...TEXTS, WARNS, FAILS]);
    const local = converter.createMarkdownConverter(settings);
    TEXTS.forEach((t, i) => expect(got.get(i)).toBe(local.convert(t)));
    expect(got.get(TEXTS.length)).toBeNull();
    expect(got.get(TEXTS.length + 1)).toBeNull();
  });

  test("jekyll-commonmark's processors convert on the thread as here", async () => {
    for (const cm of [
      { markdown: 'CommonMark', kramdown: {}, commonmark: { extensions: ['table', 'strikethrough'], options: ['SMART'] } },
      { markdown: 'GFM', kramdown: {} },
    ]) {
      expect(threadSettings.canConvertElsewhere(cm)).toBe(true);
      const got = await threadResults(cm, TEXTS);
      const local = converter.createMarkdownConverter(cm);
      TEXTS.forEach((t, i) => expect(got.get(i)).toBe(local.convert(t)));
    }
  });

  test('the converter gives exactly the local conversion, and its warnings and errors, for texts sent or not', () => {
    const md = thread.startMarkdownThread()!;
    try {
      expect(threadSettings.configureMarkdownThread(md, settings)).toBe(md);
      md.send([...TEXTS, WARNS, FAILS, ...TEXTS]);
      const expected = converter.createMarkdownConverter(settings);
      const c = md.converter(converter.createMarkdownConverter(settings));
      for (const t of [...TEXTS, 'not sent: *emphasis*\n']) {
        expect(c.convert(t, 'a.md')).toBe(expected.convert(t, 'a.md'));
        expect(c.warnings).toEqual([]);
      }
      // A warning is this thread's own, naming the file, whichever thread converted the text first.
      expect(c.convert(WARNS, '_posts/w.md')).toBe(expected.convert(WARNS, '_posts/w.md'));
      expect(c.warnings).toEqual([{ message: "Footnote definition for 'nope' not found on line 1", file: '_posts/w.md', line: 1, ruleId: 'kramdown' }]);
      expect(() => c.convert(FAILS, '_posts/deep.md')).toThrow(/Markdown nested too deeply .* in _posts\/deep\.md$/);
    } finally {
      md.stop();
    }
  });

  test('a text the thread has not converted is converted locally; the thread result is used only for its own text', () => {
    const md = thread.startMarkdownThread()!;
    try {
      expect(threadSettings.configureMarkdownThread(md, settings)).toBe(md);
      md.send(TEXTS);
      const calls: string[] = [];
      const real = converter.createMarkdownConverter(settings);
      const local: MarkdownConverter = {
        convert: (text, file) => (calls.push(text), real.convert(text, file)),
        get warnings() {
          return real.warnings;
        },
      };
      const c = md.converter(local);
      expect(c.convert('never sent\n\n* x\n')).toBe(real.convert('never sent\n\n* x\n'));
      expect(calls).toEqual(['never sent\n\n* x\n']);
      // Whichever thread converts each one, the bytes are the same.
      for (const t of TEXTS) expect(c.convert(t)).toBe(real.convert(t));
    } finally {
      md.stop();
    }
  });

  test('after stop, and for settings it cannot take, everything is converted locally', () => {
    const md = thread.startMarkdownThread()!;
    // A setting kramdown refuses fails each conversion; a Ruby object does not cross.
    expect(threadSettings.canConvertElsewhere({ markdown: 'CommonMark', kramdown: {}, commonmark: { options: [new Date(0)] } })).toBe(false);
    expect(threadSettings.configureMarkdownThread(md, { markdown: 'kramdown', kramdown: {}, encoding: 'GBK' })).toBeUndefined();
    expect(threadSettings.canConvertElsewhere({ markdown: 'kramdown', kramdown: { auto_ids: 'yes please' } })).toBe(resolvesWithoutError({ auto_ids: 'yes please' }));
    expect(threadSettings.canConvertElsewhere({ markdown: 'kramdown', kramdown: { when: new Date(0) } })).toBe(false);
    expect(threadSettings.canConvertElsewhere({ markdown: 'KRAMDOWN', kramdown: { input: 'GFM', toc_levels: [1, 2] } })).toBe(true);
    const c = md.converter(converter.createMarkdownConverter(settings));
    md.send(TEXTS);
    expect(c.convert(TEXTS[1]!)).toBe(converter.createMarkdownConverter(settings).convert(TEXTS[1]!));
  });

  test('a build starts the thread only from the threshold of posts, with two cores', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-markdown-thread-'));
    try {
      fs.mkdirSync(path.join(dir, '_posts'));
      for (let i = 0; i < thread.MARKDOWN_THREAD_THRESHOLD - 1; i++) fs.writeFileSync(path.join(dir, '_posts', `2020-01-01-p${i}.md`), '---\n---\nx\n');
      expect(thread.markdownThreadFor(dir, undefined, false, 2)).toBeUndefined();
      fs.writeFileSync(path.join(dir, '_posts', '2020-01-02-last.md'), '---\n---\nx\n');
      expect(thread.markdownThreadFor(dir, undefined, false, 1)).toBeUndefined();
      const md = thread.markdownThreadFor(dir, undefined, false, 2);
      expect(md).toBeDefined();
      md!.stop();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  // Whether kramdown's option validators accept the settings (markdown/options.ts).
  function resolvesWithoutError(kramdown: Record<string, unknown>): boolean {
    const c = converter.createMarkdownConverter({ kramdown });
    try {
      c.convert('x *y*');
      return true;
    } catch {
      return false;
    }
  }
});
