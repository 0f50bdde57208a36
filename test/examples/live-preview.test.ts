// examples/live-preview.mjs against the compiled package (dist/, so `npm run build` first, as npm
// test does): a long-lived builder over a Source the editor keeps changing, all in memory.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

test('the live preview example runs, reports a broken include with its file and line, and ends equal to a fresh build', () => {
  const out = execFileSync(process.execPath, [path.resolve('examples/live-preview.mjs')], { encoding: 'utf8', timeout: 120_000 });
  expect(out).toContain('edit a post: 2 rendered; changed /2024/03/02/first.html /');
  expect(out).toMatch(/break the include: LIQUID_SYNTAX at _layouts\/post\.html:3: Liquid Exception: Liquid syntax error \(\(editor\)\/_includes\/footer\.html line \d+\): 'if' tag was never closed/);
  expect(out).toContain('delete a post: 2 rendered; changed /2024/03/02/first.html /; gone 2024/03/09/second.html');
  expect(out).toContain('the preview equals a fresh build: 2 pages');
}, 150_000);
