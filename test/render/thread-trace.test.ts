// NODE_DEBUG=kyll-threads: one line per step with the thread's CPU (thread-trace.ts); silent otherwise.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const traced = (nodeDebug: string): string => {
  const url = pathToFileURL(path.resolve('dist', 'render', 'thread-trace.js')).href;
  const script = `const { traceThread } = await import(${JSON.stringify(url)}); traceThread('read');`;
  const env = { ...process.env, NODE_DEBUG: nodeDebug, NODE_OPTIONS: '' };
  return spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env }).stderr;
};

test('each step is one line with the thread, its CPU and its page faults', () => {
  const line = traced('kyll-threads');
  expect(line).toMatch(/KYLL-THREADS \d+: main read: cpu \d+ ms, faults \d+, at \d+\n$/);
});

test('nothing without NODE_DEBUG=kyll-threads', () => {
  expect(traced('kyll')).toBe('');
});
