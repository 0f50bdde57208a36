// The writer thread (write-queue.ts): its work is write-loop.ts, its setup its workerData.
import { workerData } from 'node:worker_threads';
import { serveWrites } from './write-loop.js';
import type { WriterSetup } from './write-queue.js';

serveWrites(workerData as WriterSetup);
