// How a thread writes the documents it renders (staged-outputs.ts): a render
// worker, and the main thread beside workers, write each output into the
// staging folder themselves, encoded once (the size they report is the UTF-8
// size of what they wrote); the main thread rendering alone hands its outputs
// to its SiteWriter (the writer thread). Contested paths go back as text.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memorySource } from '../../lib/source/index.js';
import { prepareBuild } from '../../lib/render/prepare-build.js';
import { documentWriter, mainDocumentWriter } from '../../lib/render/staged-outputs.js';
import type { SiteWriter } from '../../lib/write/site-writer.js';
import type { WrittenOutput } from '../../lib/write/written-output.js';
import type { OutputFile } from '../../lib/types.js';

const source = memorySource({
  '_config.yml': 'title: W\n',
  '_posts/2022-02-01-a.md': '---\ntitle: A\n---\nÉté **ü** 金融\n',
  '_posts/2022-02-02-b.md': '---\ntitle: B\npermalink: /same/\n---\nB\n',
  'same.html': '---\npermalink: /same/\n---\npage\n',
});

/** A SiteWriter that records what it is given (only write and written are called here). */
function recordingWriter(): SiteWriter & { puts: OutputFile[]; outs: WrittenOutput[] } {
  const puts: OutputFile[] = [];
  const outs: WrittenOutput[] = [];
  const file = (out: WrittenOutput): OutputFile => ({ path: out.path, url: out.url, size: out.size, contents: '' });
  return {
    puts,
    outs,
    destination: '',
    staging: '',
    previous: undefined,
    expect: () => undefined,
    write: (f) => (puts.push(f), f),
    written: (out) => (outs.push(out), file(out)),
    finish: () => Promise.reject(new Error('not here')),
    abort: () => Promise.resolve(),
  };
}

describe('writing rendered documents', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-docwriter-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const setup = () => {
    const build = prepareBuild({ source, env: { SOURCE_DATE_EPOCH: '1767225600', TZ: 'UTC' } });
    const [a, b] = build.site.posts;
    const to = { staging: path.join(dir, 'staging'), destination: path.join(dir, '_site') };
    fs.mkdirSync(to.staging);
    return { build, a: a!, b: b!, to };
  };
  const text = '<p>Été ü 金融</p>\n';

  test('a worker writes the UTF-8 bytes of the output and reports their size; a contested path comes back as text', () => {
    const { build, a, b, to } = setup();
    const write = documentWriter(build, to);
    expect(write(a, text)).toEqual({ path: '2022/02/01/a.html', size: Buffer.byteLength(text) });
    expect(fs.readFileSync(path.join(to.staging, '2022/02/01/a.html'), 'utf8')).toBe(text);
    // /same/ is also a page's: Jekyll's write order decides, on the main thread.
    expect(write(b, 'B')).toBeUndefined();
    expect(fs.existsSync(path.join(to.staging, 'same'))).toBe(false);
  });

  test('beside workers the main thread writes its documents itself; alone it hands them to its SiteWriter', () => {
    const { build, a, b, to } = setup();
    const beside = recordingWriter();
    const written = mainDocumentWriter(build, to, beside, true)(a, text);
    expect(beside.puts).toEqual([]);
    expect(beside.outs).toEqual([{ path: '2022/02/01/a.html', url: a.url, size: Buffer.byteLength(text), text: true }]);
    expect(written?.size).toBe(Buffer.byteLength(text));
    expect(fs.readFileSync(path.join(to.staging, '2022/02/01/a.html'), 'utf8')).toBe(text);
    expect(mainDocumentWriter(build, to, beside, true)(b, 'B')).toBeUndefined();

    fs.rmSync(to.staging, { recursive: true });
    fs.mkdirSync(to.staging);
    const alone = recordingWriter();
    mainDocumentWriter(build, to, alone, false)(a, text);
    expect(alone.outs).toEqual([]);
    expect(alone.puts).toEqual([{ path: a.outputPath, url: a.url, size: Buffer.byteLength(text), contents: text }]);
    expect(fs.readdirSync(to.staging)).toEqual([]);
    expect(mainDocumentWriter(build, to, alone, false)(b, 'B')).toBeUndefined();
  });
});
