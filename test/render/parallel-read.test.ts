// Posts parsed by render workers (parallel-read.ts) come back into readSite's
// memo: the site read is the one a single thread reads, warnings and errors
// included. Here the "worker" is this thread, so that who parses what is fixed:
// it takes every post before the main thread's own loop, or none.
import { MessageChannel } from 'node:worker_threads';
import { loadConfig } from '../../lib/config/load-config.js';
import { parseShare, ReadShare, type ReadJobMessage } from '../../lib/render/parallel-read.js';
import { decodeModel, encodeModel } from '../../lib/render/worker-model.js';
import { readSite } from '../../lib/site/build-collections.js';
import { siteTime } from '../../lib/site/site-time.js';
import { memorySource } from '../../lib/source/memory-source.js';
import type { Source } from '../../lib/source/source.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600' };

function site(extra: Record<string, string | Uint8Array> = {}, config = ''): Source {
  const files: Record<string, string | Uint8Array> = {
    '_config.yml': config + 'timezone: America/New_York\ndefaults:\n  - scope: { path: "" }\n    values: { author: { name: Ann } }\n',
    'index.md': '---\n---\nhome\n',
  };
  for (let i = 0; i < 30; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    files[`_posts/2021-03-${day}-p${i}.md`] = `---\ntitle: P${i}\ndate: 2021-03-${day} 10:0${i % 10}:00 +0100\ntags: [a${i % 4}, b]\nratio: 1.0\nwhen: 2020-01-0${(i % 9) + 1}\n---\nFirst ${i}.\n\nMore.\n`;
  }
  return memorySource({ ...files, ...extra });
}

/** readSite with a memo whose posts this thread parses as a worker first (`worker`), or not at all. */
function readShared(src: Source, worker: boolean) {
  const config = loadConfig(src, { env: ENV });
  const time = siteTime(ENV, config);
  const share = new ReadShare();
  const { port1, port2 } = new MessageChannel();
  share.listen(port1);
  const jobs: ReadJobMessage[] = [];
  // The shared counter's cells: the next post to take, the posts the worker sent back.
  const counter = new Int32Array(share.counter);
  let sent = 0;
  let own = new Map<string, unknown>();
  const memo = share.memo(src, (job) => {
    jobs.push(job);
    if (worker && job.readJob) own = parseShare(job.readJob, share.counter, port2, src);
    sent = counter[1]!;
  });
  const read = readSite(src, config, time, undefined, memo);
  port2.close();
  return { read, jobs, sent, alone: readSite(src, config, time), share, own };
}

test('the site sent to the worker names the posts it parsed: it gets its own objects, and the site it would get whole', () => {
  const { read, share, own } = readShared(site(), true);
  expect(own.size).toBe(30);
  expect(share.fromWorkers.size).toBe(30);
  const whole = encodeModel(read)!;
  const named = encodeModel(read, share.fromWorkers)!;
  // The posts cross once, not twice.
  expect(named.length).toBeLessThan(whole.length / 2);
  const got = decodeModel<typeof read>(named, own);
  expect(got).toStrictEqual(decodeModel<typeof read>(whole));
  expect(got).toStrictEqual(read);
  // The worker's own post objects, shared as the read shares them (site.posts, the collection, the tag index).
  const first = got.posts[0]!;
  expect(own.get(first.relativePath)).toBe(first);
  expect(got.collections.posts!.docs[0]).toBe(first);
  expect(got.tags['b']).toContain(first);
});

test.each([true, false])('the site read with posts parsed elsewhere (%s) is the site read alone', (worker) => {
  const { read, jobs, sent, alone } = readShared(site(), worker);
  expect(jobs).toHaveLength(1);
  expect(sent).toBe(worker ? 30 : 0);
  expect(read.posts).toHaveLength(30);
  expect(read).toStrictEqual(alone);
  // Order, values and classes (a Ruby float, a date, a time with its offset) as one thread reads them.
  expect(read.posts.map((p) => p.relativePath)).toEqual(alone.posts.map((p) => p.relativePath));
  expect(read.posts[0]!.data.ratio?.constructor.name).toBe('RubyFloat');
  expect(String(read.posts[3]!.date)).toBe(String(alone.posts[3]!.date));
});

test('warnings of posts parsed elsewhere are reported in the order of one read', () => {
  // Not UTF-8: PostReader leaves the post out with a warning; broken YAML: a warning, and the post without front matter data.
  const latin = new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]);
  const { read, alone } = readShared(site({ '_posts/2021-03-05-latin.md': latin, '_posts/2021-03-07-yaml.md': '---\ntitle: [unclosed\n---\nx\n' }), true);
  // PostReader's "Skipping:" line for the first comes once the folder is read.
  expect(read.diagnostics?.map((d) => d.code)).toEqual(['INVALID_ENCODING', 'YAML_EXCEPTION', 'POST_SKIPPED']);
  expect(read.diagnostics).toEqual(alone.diagnostics);
});

test('a post that fails elsewhere is read again here: the first error in read order, with its file and line', () => {
  // With strict_front_matter, broken YAML stops Jekyll's build.
  const broken = { '_posts/2021-03-02-bad.md': '---\ntitle: [a\n---\nx\n', '_posts/2021-03-09-bad2.md': '---\ntitle: [b\n---\ny\n' };
  const src = site(broken, 'strict_front_matter: true\n');
  const config = loadConfig(src, { env: ENV });
  const alone = (() => {
    try {
      readSite(src, config, siteTime(ENV, config));
    } catch (e) {
      return e;
    }
  })();
  expect(alone).toMatchObject({ file: '_posts/2021-03-02-bad.md' });
  expect(() => readShared(src, true)).toThrow(expect.objectContaining({ file: (alone as { file: string }).file, line: (alone as { line: number }).line }) as Error);
});
