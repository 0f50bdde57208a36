// The kramdown corpus's own scorer, run on the compiled package with the score
// reached as its floor (it can only go up): 232 of 232 cases identical.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const CHECK = path.resolve('..', 'shared', 'conformance', 'kramdown', 'check.mjs');
const MODULE = path.resolve('dist', 'markdown', 'index.js');
const MIN_SCORE = 100;

const runnable = fs.existsSync(CHECK) && fs.existsSync(MODULE);
(runnable ? test : test.skip)(`check.mjs --min-score ${MIN_SCORE} passes on dist/markdown (skipped without ../shared or a build)`, () => {
  const out = execFileSync('node', [CHECK, MODULE, '--min-score', String(MIN_SCORE)], { encoding: 'utf8' });
  expect(out).toMatch(/kramdown cases: 232 total, 232 identical/);
});
