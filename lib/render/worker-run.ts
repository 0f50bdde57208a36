// What a render worker does (render-worker.ts runs it from the engine): prepares
// the build as the main thread does, from the site the main thread read, and
// renders posts and documents from the shared queue until none is left (see
// parallel.ts).
import { invalidUtf8Made } from '../values/invalid-utf8.js';
import { parentPort } from 'node:worker_threads';
import { KyllError } from '../errors/kyll-error.js';
import { DocumentQueue, type ReadModel, type RenderedDocument, type WorkerReply, type WorkerTask } from './parallel.js';
import { loadPluginUrls } from '../plugins/load.js';
import { usesCounters } from './counters.js';
import { renderWithHooks } from './hooked-render.js';
import { documentsInRenderOrder, prepareBuild } from './prepare-build.js';
import { openSource } from '../site/build-collections.js';
import type { Document, Site } from '../types.js';
import { decodeModel } from './worker-model.js';
import { parseShare, type ReadJobMessage } from './parallel-read.js';
import type { Source } from '../source/source.js';
import { documentWriter } from './staged-outputs.js';
import { traceThread } from './thread-trace.js';

// Rendered text sent to the main thread at a time (UTF-16 code units).
const BATCH_CHARS = 1 << 20;

/**
 * The site the main thread read, once it sends it (its bytes are not kept); undefined: read the
 * folder. Before it, a share of the posts to parse while the main thread reads (parallel-read.ts).
 */
async function receiveRead(task: WorkerTask, opened: Source): Promise<Site | undefined> {
  // One listener for both messages, so that none arrives while there is none.
  const inbox: Array<ReadModel | ReadJobMessage> = [];
  let wake: (() => void) | undefined;
  const listen = (m: ReadModel | ReadJobMessage): void => void (inbox.push(m), wake?.());
  parentPort!.on('message', listen);
  // The posts parsed here: the site may name them rather than hold copies (worker-model.ts refs).
  let own: Map<string, unknown> | undefined;
  try {
    for (;;) {
      while (inbox.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const message = inbox.shift()!;
      traceThread('readJob' in message ? 'read job' : 'site received');
      if (!('readJob' in message)) return message.site ? decodeModel<Site>(new Uint8Array(message.site), own) : undefined;
      if (message.readJob && task.read) own = parseShare(message.readJob, task.read.counter, task.read.port, opened);
      traceThread(`parsed ${own?.size ?? 0} posts`);
      // While the main thread finishes its read: the listing prepareBuild starts from (fs-source.ts lists once).
      opened.list();
    }
  } finally {
    parentPort!.off('message', listen);
  }
}

/** A render worker's whole task: its last reply (the first ones go as it renders). */
export async function runRenderWorker(task: WorkerTask): Promise<WorkerReply> {
  const queue = new DocumentQueue(task.queue, task.slot);
  let index: number | undefined;
  try {
    // Plugins and the source open while the main thread reads the site; then its model arrives.
    const plugins = await loadPluginUrls(task.inputs.pluginUrls ?? []);
    const opened = openSource(task.inputs.source, task.inputs.destination);
    traceThread('plugins');
    // Excerpts rendered here go back with the document being rendered (RenderedDocument.excerpts).
    const excerpts: Array<[string, string]> = [];
    const onExcerpt = (doc: Document, excerpt: string): void => void excerpts.push([doc.relativePath, excerpt]);
    const build = prepareBuild({ ...task.inputs, plugins, opened, read: await receiveRead(task, opened), onExcerpt });
    const docs: Array<[string, RenderedDocument]> = [];
    let bytes = 0;
    // Counters shared by all documents: the main thread renders them all, in order (counters.ts).
    if (usesCounters(build.site, build.source, build.theme)) return { ok: true, docs, done: true };
    const all = documentsInRenderOrder(build.site, build.replaced);
    const write = task.writeTo ? documentWriter(build, task.writeTo) : undefined;
    let count = 0;
    traceThread('documents');
    for (let i = queue.take(); i < all.length; i = queue.take(), count++) {
      index = i;
      const doc = all[i]!;
      const drop = build.ctx.drops.dropFor(doc);
      const mark = build.diagnostics.length;
      const { content, output, dataChanges } = renderWithHooks(doc, drop, build.ctx);
      const size = Buffer.byteLength(output, 'utf8');
      const sent = sendOrWrite(output, write?.(doc, output, size));
      // This document's warnings go with it; the main thread reports them in Jekyll's order.
      const diagnostics = build.diagnostics.length > mark ? build.diagnostics.splice(mark) : undefined;
      const rendered = excerpts.length > 0 ? { excerpts: excerpts.splice(0) } : {};
      const added = build.ctx.drops.addedKeys;
      if (added.length > 0) Object.assign(rendered, { indexKeys: added.splice(0) });
      if (build.ctx.utf8Outputs?.get(doc.outputPath) === output) Object.assign(rendered, { utf8: true });
      docs.push([doc.relativePath, { content, ...sent, size, ...rendered, ...(dataChanges ? { dataChanges } : {}), ...(diagnostics ? { diagnostics } : {}) }]);
      // The output goes to the main thread; here only what later documents may read
      // of this one stays (page.previous.content...): its output does not.
      drop.output = null;
      bytes += (sent.output?.length ?? 0) + content.length;
      if (bytes >= BATCH_CHARS) {
        parentPort?.postMessage({ ok: true, docs: docs.splice(0), done: false, ...madeInvalidUtf8() } satisfies WorkerReply);
        bytes = 0;
      }
    }
    queue.idle();
    traceThread(`rendered ${count} documents`);
    return { ok: true, docs, done: true, ...madeInvalidUtf8() };
  } catch (e) {
    // Jekyll stops at the first failing document: no thread takes another one.
    queue.stop();
    if (e instanceof KyllError) {
      return { ok: false, error: { code: e.code, message: e.message, file: e.file, line: e.line, column: e.column, frame: e.frame }, index };
    }
    const err = e instanceof Error ? e : new Error(String(e));
    return { ok: false, error: { message: err.message, stack: err.stack } };
  }
}

/** Tells the main thread that texts of this one may hold bytes that are no UTF-8 (invalid-utf8.ts). */
const madeInvalidUtf8 = (): { invalidUtf8?: true } => (invalidUtf8Made() > 0 ? { invalidUtf8: true } : {});

/** The output itself, or where this thread wrote it. */
function sendOrWrite(output: string, written: string | undefined): { output?: string; written?: string } {
  return written === undefined ? { output } : { written };
}
