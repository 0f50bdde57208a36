// First-use cost of each lexer on ASCII text and on the same text with CJK characters
// (a Chinese comment in a code block): the non-ASCII first use compiles other variants of
// the rules' regexes (see bmpOnly in lib/highlight/regex.ts).
//   npm run build && node bench/highlight-first-use.mjs [--dist DIR] [--lang ruby,gherkin] [--fresh] [--cjk-only] [--top 20]
// Default: every lexer in one process, ASCII first then CJK (the per-lexer first CJK use).
// --fresh: each lexer and each text in its own node process (includes the shared set-up).
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

const arg = (name, dflt) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : dflt; };
const dist = resolve(arg('--dist', fileURLToPath(new URL('../dist', import.meta.url))));
const top = Number(arg('--top', '25'));
const { highlightCode, supportedLanguages } = await import(pathToFileURL(join(dist, 'highlight/index.js')).href);

const CJK = '# 这是一个注释\n// 注释 -- 说明\nFeature: 你好 = "字符串" 1 世界\n/* 多行 */ x <- 中文 ; 词\n';
const ASCII = CJK.replace(/[^\0-\x7f]/g, 'a');
// A lexer may stop on this text as Rouge does (stan's unknown state): the time until then counts.
const time = (code, lang) => {
  const t = process.hrtime.bigint();
  try { highlightCode(code, lang); } catch { /* Rouge fails too */ }
  return Number(process.hrtime.bigint() - t) / 1e6;
};

// One name per lexer (aliases share a lexer), unless --lang names some.
const langs = arg('--lang', '') ? arg('--lang', '').split(',') : supportedLanguages();

if (process.argv.includes('--child')) {
  const [lang, which] = [arg('--child-lang'), arg('--child-text')];
  process.stdout.write(String(time(which === 'cjk' ? CJK : ASCII, lang)));
} else if (process.argv.includes('--fresh')) {
  const rows = [];
  const run = (lang, which) => Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--dist', dist, '--child', '--child-lang', lang, '--child-text', which]).toString());
  for (const lang of langs) rows.push({ lang, asciiMs: run(lang, 'ascii'), cjkMs: run(lang, 'cjk') });
  report(rows);
} else {
  // --cjk-only: no ASCII pass first (a site whose code blocks all have Chinese comments).
  const cjkOnly = process.argv.includes('--cjk-only');
  const ascii = new Map(), cjk = new Map();
  const t0 = process.hrtime.bigint();
  for (const lang of langs) ascii.set(lang, cjkOnly ? 0 : time(ASCII, lang));
  const t1 = process.hrtime.bigint();
  for (const lang of langs) cjk.set(lang, time(CJK, lang));
  const t2 = process.hrtime.bigint();
  report(langs.map((lang) => ({ lang, asciiMs: ascii.get(lang), cjkMs: cjk.get(lang) })));
  console.log(`all ${langs.length} names: ASCII first use ${(Number(t1 - t0) / 1e6).toFixed(0)} ms, then CJK first use ${(Number(t2 - t1) / 1e6).toFixed(0)} ms`);
}

function report(rows) {
  const sum = (k) => rows.reduce((n, r) => n + r[k], 0);
  rows.sort((a, b) => (b.cjkMs - b.asciiMs) - (a.cjkMs - a.asciiMs));
  console.table(rows.slice(0, top).map((r) => ({ lang: r.lang, 'ASCII ms': +r.asciiMs.toFixed(1), 'CJK ms': +r.cjkMs.toFixed(1) })));
  console.log(`total: ASCII ${sum('asciiMs').toFixed(0)} ms, CJK ${sum('cjkMs').toFixed(0)} ms over ${rows.length} names`);
}
