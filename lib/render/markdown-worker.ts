// The Markdown thread's entry beside tsc's output (dist/render): its work, as ES modules.
// The package starts markdown-worker-cached.ts instead (a code cache).
import { workerData } from 'node:worker_threads';
import { arriveAtGate } from '../entries/boot-gate.js';
import { runMarkdownThread } from './markdown-work.js';
import type { ThreadSetup } from './markdown-thread.js';

arriveAtGate((workerData as ThreadSetup).gate);
runMarkdownThread(workerData as ThreadSetup);
