#!/usr/bin/env node
// Times the Markdown converter (dist/, so `npm run build` first) on hostile
// input: runs of unclosed constructs, deep nesting. Each case runs in its own
// child process with a time limit, so a quadratic case cannot hold up the rest.
//
//   node scripts/bench-markdown.mjs [size in bytes, default 100000] [time limit s, default 60] [case names...]
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const rep = (s, n) => s.repeat(Math.max(1, Math.ceil(n / s.length)));
const lines = (f, n) => { const out = []; let len = 0; for (let i = 0; len < n; i++) { const l = f(i); out.push(l); len += l.length + 1; } return out.join('\n') + '\n'; };
export const cases = {
  'backticks': (n) => rep('`', n),
  'backticks, then a closing fence': (n) => rep('`', n) + '\n```\n',
  'fences, one per line': (n) => rep('```\n', n),
  'unclosed fences with info': (n) => rep('~~~ a\n', n),
  '{:': (n) => rep('{:', n),
  '{: lines': (n) => rep('{:\n', n),
  '{::': (n) => rep('{::', n),
  '{::comment}': (n) => rep('{::comment}', n),
  '<!--': (n) => rep('<!--', n),
  '<!-- lines': (n) => rep('<!--\n', n),
  '<?': (n) => rep('<?', n),
  'staircase list': (n) => lines((i) => '  '.repeat(i) + '- a', n),
  '[': (n) => rep('[', n),
  '![': (n) => rep('![', n),
  '[a](': (n) => rep('[a](', n),
  '*': (n) => rep('*', n),
  '*a ': (n) => rep('*a ', n),
  '**a ': (n) => rep('**a ', n),
  '_a ': (n) => rep('_a ', n),
  'line of _': (n) => 'a ' + rep('_', n),
  '<': (n) => rep('<', n),
  '<div>': (n) => rep('<div>', n),
  '<div> lines': (n) => rep('<div>\n', n),
  '<span>': (n) => rep('<span>', n),
  '<span a="': (n) => rep('<span a="', n),
  '$$': (n) => rep('$$', n),
  '$$ a': (n) => rep('$$ a ', n),
  'table rows': (n) => '|a|b|\n|-|-|\n' + rep('|a|b|\n', n),
  'table of pipes': (n) => '|a|b|\n|-|-|\n|' + rep('|', n) + '\n',
  'table cells with `': (n) => '|a|b|\n|-|-|\n' + rep('|`a', n) + '\n',
  '> on one line': (n) => rep('>', n) + ' x\n',
  'quotes': (n) => rep('"\'', n),
  '*[a': (n) => rep('*[a', n),
  '<http://a': (n) => rep('<http://a', n),
  '~~a ': (n) => rep('~~a ', n),
  'a\\n\\n': (n) => rep('a\n\n', n),
};

const self = fileURLToPath(import.meta.url);
if (process.argv[2] === '--one') {
  const [, , , name, size] = process.argv;
  const dist = pathToFileURL(path.join(path.dirname(self), '..', 'dist', 'markdown', 'index.js')).href;
  const { createMarkdownConverter } = await import(dist);
  const text = cases[name](Number(size));
  const t = performance.now();
  let status = 'ok';
  try { createMarkdownConverter({}).convert(text, 'bench.md'); } catch (e) { status = e.code ?? e.name; }
  console.log(`${Math.round(performance.now() - t)} ms ${status}`);
} else if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const size = Number(process.argv[2] ?? 100000);
  const limit = Number(process.argv[3] ?? 60);
  const names = process.argv.length > 4 ? process.argv.slice(4) : Object.keys(cases);
  for (const name of names) {
    const r = spawnSync(process.execPath, [self, '--one', name, String(size)], { encoding: 'utf8', timeout: limit * 1000 });
    const out = r.error ? `> ${limit} s` : (r.stdout.trim() || `failed: ${r.stderr.trim().split('\n').pop()}`);
    console.log(`${name.padEnd(34)} ${String(size).padStart(8)}  ${out}`);
  }
}
