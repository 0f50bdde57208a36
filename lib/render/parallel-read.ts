// Posts parsed on several threads. The main thread reads the site as always
// (readSite); when it comes to the posts, it gives the render workers (which
// loaded the engine meanwhile) the config, the site's time and the post paths
// it listed, then every thread takes posts from one shared counter and parses
// them (readPostFile). Workers send theirs back in batches (worker-model.ts's
// tagged encoding) into the read memo, where readSite finds them as a
// long-lived build finds unchanged files (site/read-memo.ts): the site model
// is the one a single thread reads, in the same order. A post that failed to
// parse anywhere is left out of the memo: readSite parses it again, so that
// the first error of Jekyll's order is reported, with its file and line.
// Each worker keeps the posts it parsed: when one worker renders with this
// thread, the site sent to it names them instead of copying them back
// (worker-model.ts refs; at 10,000 posts that is about half of what the main
// thread encodes and the worker decodes before it can render).
import { receiveMessageOnPort, type MessagePort } from 'node:worker_threads';
import { readPostFile } from '../site/build-collections.js';
import type { ReadMemo } from '../site/read-memo.js';
import type { Source } from '../source/source.js';
import type { JekyllTime } from '../time/jekyll-time.js';
import type { Diagnostic, Post, SiteConfig } from '../types.js';
import { decodeModel, encodeModel } from './worker-model.js';

/** What the main thread sends the workers before the posts are read: encodeModel of a ReadJob, or null (nothing to share). */
export interface ReadJobMessage {
  readJob: ArrayBuffer | SharedArrayBuffer | null;
}

interface ReadJob {
  config: SiteConfig;
  time: JekyllTime;
  paths: readonly string[];
}

/** One parsed post as readSite's memo keeps it. */
type Parsed = [path: string, post: Post | undefined, warnings: Diagnostic[]];

/** What a worker sends back: `count` posts taken, those parsed among them (encoded; null when they could not be). */
interface ReadBatch {
  count: number;
  parsed: ArrayBuffer | null;
}

// Posts a worker parses before sending them (the main thread waits only for the last batch).
const BATCH = 32;
// A worker that sends nothing for this long is not waited for: its posts are parsed here.
const STALL_MS = 3000;

// The counter's cells: the next post to take, and how many posts the workers have sent back.
const NEXT = 0;
const SENT = 1;

/** The shared counter of a read, and the ports the workers send their posts on. */
export class ReadShare {
  readonly counter = new SharedArrayBuffer(8);
  readonly #ints = new Int32Array(this.counter);
  readonly #ports: MessagePort[] = [];
  /** The posts the workers parsed, as this thread decoded them, by path: what the worker that parsed one holds too. */
  readonly fromWorkers = new Map<object, string>();

  /** Where worker `port`'s posts come back. */
  listen(port: MessagePort): void {
    this.#ports.push(port);
  }

  /**
   * A memo for this thread's readSite: when told the post paths, it gives them to the workers
   * (`send`), parses posts from `src` until none is left, then takes what the workers parsed.
   */
  memo(src: Source, send: (message: ReadJobMessage) => void): ReadMemo {
    const memo: ReadMemo = { entries: new Map() };
    memo.prefetch = (paths, config, time) => {
      const bytes = paths.length > 0 ? encodeModel({ config, time, paths } satisfies ReadJob) : undefined;
      send({ readJob: bytes ? shareBytes(bytes) : null });
      if (!bytes) return;
      let own = 0;
      for (let i = this.#take(); i < paths.length; i = this.#take()) {
        own++;
        const parsed = parseOne(src, paths[i]!, config, time);
        if (parsed) memo.entries.set(parsed[0], { kind: 'posts', value: parsed[1], warnings: parsed[2] });
      }
      this.#waitFor(paths.length - own);
      for (const [path, post, warnings] of this.#received()) {
        memo.entries.set(path, { kind: 'posts', value: post, warnings });
        if (post) this.fromWorkers.set(post, path);
      }
    };
    return memo;
  }

  #take(): number {
    return Atomics.add(this.#ints, NEXT, 1);
  }

  /** Until the workers sent back `count` posts, or stopped sending. */
  #waitFor(count: number): void {
    let seen = Atomics.load(this.#ints, SENT);
    let since = performance.now();
    while (seen < count) {
      Atomics.wait(this.#ints, SENT, seen, 50);
      const now = Atomics.load(this.#ints, SENT);
      if (now !== seen) {
        seen = now;
        since = performance.now();
      } else if (performance.now() - since > STALL_MS) return;
    }
  }

  *#received(): Generator<Parsed> {
    for (const port of this.#ports) {
      for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
        const batch = m.message as ReadBatch;
        if (batch.parsed) yield* decodeModel<Parsed[]>(new Uint8Array(batch.parsed));
      }
      port.close();
    }
  }
}

/**
 * A worker's share: posts from the shared counter, parsed and sent back on `port` in batches.
 * Returns them by path (the main thread's site may name them: decodeModel's `refs`).
 */
export function parseShare(job: ArrayBuffer | SharedArrayBuffer, counter: SharedArrayBuffer, port: MessagePort, src: Source): Map<string, Post> {
  const { config, time, paths } = decodeModel<ReadJob>(new Uint8Array(job));
  const own = new Map<string, Post>();
  const ints = new Int32Array(counter);
  let batch: Parsed[] = [];
  let count = 0;
  const flush = (): void => {
    if (count === 0) return;
    const bytes = encodeModel(batch);
    const parsed = bytes ? toArrayBuffer(bytes) : null;
    port.postMessage({ count, parsed } satisfies ReadBatch, parsed ? [parsed] : []);
    // After the message is queued: the main thread counts it as sent.
    Atomics.add(ints, SENT, count);
    Atomics.notify(ints, SENT);
    batch = [];
    count = 0;
  };
  for (let i = Atomics.add(ints, NEXT, 1); i < paths.length; i = Atomics.add(ints, NEXT, 1)) {
    count++;
    const parsed = parseOne(src, paths[i]!, config, time);
    if (parsed) batch.push(parsed);
    if (parsed?.[1]) own.set(parsed[0], parsed[1]);
    if (count >= BATCH) flush();
  }
  flush();
  return own;
}

/** A post as readSite would read it, or undefined when that fails (readSite then reads it again and reports the error). */
function parseOne(src: Source, path: string, config: SiteConfig, time: JekyllTime): Parsed | undefined {
  const warnings: Diagnostic[] = [];
  try {
    return [path, readPostFile(src, path, 'posts', config, time, (d) => void warnings.push(d)), warnings];
  } catch {
    return undefined;
  }
}

/** Bytes that every worker reads without a copy each. */
export function shareBytes(bytes: Uint8Array): SharedArrayBuffer {
  const shared = new SharedArrayBuffer(bytes.length);
  new Uint8Array(shared).set(bytes);
  return shared;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return (whole ? bytes.buffer : bytes.slice().buffer) as ArrayBuffer;
}
