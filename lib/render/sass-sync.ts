// Jekyll's scssify and sassify filters (jekyll/filters.rb) convert with the site's Scss
// converter in the middle of a Liquid render, which is synchronous here, while sass.js
// (libsass 3.6, the compiler of the site's stylesheets) answers through a callback. The
// filters' compilations run on a thread of their own, started on the first use; the render
// waits for each answer with Atomics.wait and reads it with receiveMessageOnPort.
import nodeModule from 'node:module';
import { MessageChannel, receiveMessageOnPort, Worker } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { SassJob, SassResult } from './libsass.js';

// The thread compiles each job as libsass.ts#compileNow does: partials into sass.js's
// virtual file system, then the text. Plain CommonJS so that it runs from the sources too.
const THREAD = `
const { workerData } = require('node:worker_threads');
const port = workerData.port;
const answer = (signal, result) => {
  port.postMessage(result);
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
};
let sass, failure;
try {
  sass = require(workerData.sassPath);
} catch (e) {
  failure = String(e);
}
port.on('message', ({ job, signal }) => {
  if (failure) return answer(signal, { status: 3, message: failure, formatted: 'Error: ' + failure });
  sass.clearFiles();
  for (const [name, text] of job.files) sass.writeFile(name, text);
  sass.compile(job.text, { ...job.options, style: sass.style[job.options.style] ?? sass.style.expanded }, (result) => answer(signal, result));
});`;

let thread: { worker: Worker; port: MessagePort } | undefined;

/** Compiles `job` with libsass and waits for the result. */
export function runLibsassSync(job: SassJob): SassResult {
  if (!thread) {
    const { port1, port2 } = new MessageChannel();
    const sassPath = nodeModule.createRequire(import.meta.url).resolve('sass.js/dist/sass.sync.js');
    // no execArgv: the thread's code is CommonJS whatever flags started this process (--input-type=module)
    const worker = new Worker(THREAD, { eval: true, execArgv: [], workerData: { sassPath, port: port2 }, transferList: [port2] });
    // the thread never keeps a process alive: the render is waiting whenever it works
    worker.unref();
    port1.unref();
    thread = { worker, port: port1 };
  }
  const signal = new Int32Array(new SharedArrayBuffer(4));
  thread.port.postMessage({ job, signal });
  // a thread that died never answers: give up after a minute rather than hang the build
  Atomics.wait(signal, 0, 0, 60_000);
  const reply = receiveMessageOnPort(thread.port);
  if (!reply) throw new Error('the Sass thread gave no answer within a minute');
  return reply.message as SassResult;
}
