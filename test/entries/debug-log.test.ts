// NODE_DEBUG lines logged by a worker (lib/entries/debug-log.ts): written whole to stderr at once,
// so that a worker busy in synchronous work and then terminated, as the build's threads are, loses
// none of them (through node's worker stderr, the second line waited for the main thread for ever).
// Run in a child process on the compiled module (dist/, built by `npm test`).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const DIST = path.resolve('dist', 'entries', 'debug-log.js');
const maybe = fs.existsSync(DIST) ? describe : describe.skip;

maybe('debugLog', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-debug-log-'));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const run = (nodeDebug: string): { status: number | null; lines: string[] } => {
    const worker = path.join(dir, 'worker.mjs');
    fs.writeFileSync(worker, `import { parentPort } from 'node:worker_threads';
const { debugLog } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
const log = debugLog('kyll');
log('first %s', 'line'); log('second line, %d', 2); log('third');
parentPort.postMessage(log.enabled);
// busy for good, as a thread in its synchronous work loop: its event loop never turns again
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
`);
    const main = path.join(dir, 'main.mjs');
    fs.writeFileSync(main, `import { Worker } from 'node:worker_threads';
const { debugLog } = await import(${JSON.stringify(pathToFileURL(DIST).href)});
const w = new Worker(${JSON.stringify(worker)});
w.once('message', (enabled) => { debugLog('kyll')('main: worker enabled %s', enabled); void w.terminate(); });
`);
    const r = spawnSync(process.execPath, [main], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: '', NODE_DEBUG: nodeDebug } });
    return { status: r.status, lines: r.stderr.split('\n').filter(Boolean) };
  };

  test("a terminated worker's lines all reach stderr, formatted as node's debuglog formats them", () => {
    const { status, lines } = run('kyll');
    expect(status).toBe(0);
    const pid = /^KYLL (\d+): /.exec(lines[0] ?? '')?.[1];
    expect(lines).toEqual([`KYLL ${pid}: first line`, `KYLL ${pid}: second line, 2`, `KYLL ${pid}: third`, `KYLL ${pid}: main: worker enabled true`]);
  });

  test('nothing without NODE_DEBUG naming the section', () => {
    const { status, lines } = run('other');
    expect(status).toBe(0);
    expect(lines).toEqual([]);
  });
});
