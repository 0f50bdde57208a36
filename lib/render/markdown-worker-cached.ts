// The Markdown thread's entry in the package (dist/bundle/markdown-worker.cjs): its work
// compiled through a V8 code cache (markdown-work-cached.ts).
import { workerData } from 'node:worker_threads';
import type { ThreadSetup } from './markdown-thread.js';
import { cachedMarkdownWork, runCachedMarkdownWork } from './markdown-work-cached.js';

const file = cachedMarkdownWork();
if (file === undefined) throw new Error('markdown-work.cjs is missing beside the Markdown thread\'s code');
runCachedMarkdownWork(workerData as ThreadSetup, file);
