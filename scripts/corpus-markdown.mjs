#!/usr/bin/env node
// Differential test of kyll's kramdown against Jekyll's on real Markdown files: every .md,
// .markdown (and kramdown's own .page/.text) file under the given directories, its front matter
// removed as Jekyll's Document does, converted by both with Jekyll's default configuration; the
// kramdown warnings are compared too (Jekyll logs them with show_warnings: true).
//
//   npm run build && node scripts/corpus-markdown.mjs DIR... [--out DIR] [--reduce N] [--warnings]
//     [--config JSON] [--timeout SECONDS]
//
// Prints the files compared and how many differ (HTML, warnings); writes DIR (default:
// corpus-out/, ignored) /differ.jsonl, one {file, jekyll, kyll} a line, and with --reduce N
// the first N differing files reduced to a few lines (as scripts/fuzz-markdown.mjs does) as
// NNN.md with Jekyll's NNN.html beside it, one per distinct shape; with --warnings, the files
// whose warnings differ, reduced while their warnings differ. Needs Ruby with Jekyll.
import fs from 'node:fs';
import path from 'node:path';
import { commandLine, reduceLines, ROOT, rubyOracle } from './fuzz-common.mjs';

const { opt, flag } = commandLine();
const args = process.argv.slice(2);
const dirs = args.filter((a, i) => !a.startsWith('--') && !(i > 0 && args[i - 1].startsWith('--')));
const outDir = path.resolve(opt('out', path.join(ROOT, 'corpus-out')));
const reduceCount = Number(opt('reduce', 0));
const config = JSON.parse(opt('config', '{}'));

const { createMarkdownConverter } = await import(path.join(ROOT, 'dist/bundle/markdown.js'));
const converter = createMarkdownConverter(config);
// (a text kramdown takes over a minute for is left out, counted as skipped)
const oracle = rubyOracle('markdown-oracle.rb', [JSON.stringify(config)], {
  env: { ...process.env, MARKDOWN_ORACLE_WARNINGS: '1', MARKDOWN_ORACLE_TIMEOUT: opt('timeout', '60') },
});

/** kyll's HTML and warnings (kramdown's message strings), or the error it throws. */
function kyll(text) {
  try {
    const html = converter.convert(text);
    return { html, warnings: converter.warnings.map((w) => w.message) };
  } catch (e) {
    return { error: String(e.message ?? e) };
  }
}

const MARKDOWN = /\.(md|markdown|mkdn?|page|text)$/i;
function* walk(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else if (entry.isFile() && MARKDOWN.test(entry.name)) yield full;
  }
}

// Jekyll::Document::YAML_FRONT_MATTER_REGEXP: the content is what follows the closing line.
const FRONT_MATTER = /^(---[ \t]*\n[\s\S]*?\n?)^((---|\.\.\.)[ \t]*$\n?)/m;
function content(file) {
  const text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const m = text.startsWith('---') ? FRONT_MATTER.exec(text) : null;
  return m && m.index === 0 ? text.slice(m[0].length) : text;
}

const files = dirs.flatMap((d) => [...walk(d)]);
fs.mkdirSync(outDir, { recursive: true });
const differ = fs.createWriteStream(path.join(outDir, 'differ.jsonl'));
let [same, htmlDiffers, warningsDiffer] = [0, 0, 0];
const skipped = [];
const byDir = new Map();
const differing = [];
const warningsOnly = [];
// Jekyll works on the next texts while kyll converts this one.
const WINDOW = 32;
const pending = [];
for (let i = 0; i < files.length + WINDOW; i++) {
  if (i < files.length) {
    const text = content(files[i]);
    pending.push({ file: files[i], text, answer: oracle.ask(text) });
  }
  if (pending.length <= WINDOW && i < files.length) continue;
  const next = pending.shift();
  if (!next) break;
  const want = await next.answer;
  if (String(want.error).startsWith('Timeout::Error')) {
    skipped.push(next.file);
    continue;
  }
  const got = kyll(next.text);
  const top = path.relative(process.cwd(), next.file).split(path.sep)[0];
  const counts = byDir.get(top) ?? { files: 0, html: 0, warnings: 0 };
  counts.files++;
  byDir.set(top, counts);
  const htmlSame = want.error !== undefined ? got.error !== undefined : want.html === got.html;
  const warnSame = JSON.stringify(want.warnings ?? []) === JSON.stringify(got.warnings ?? []);
  if (htmlSame && warnSame) same++;
  if (!htmlSame) {
    htmlDiffers++;
    counts.html++;
    differing.push(next);
  } else if (!warnSame) {
    warningsDiffer++;
    counts.warnings++;
    warningsOnly.push(next);
  }
  if (!htmlSame || !warnSame) differ.write(`${JSON.stringify({ file: next.file, jekyll: want, kyll: got })}\n`);
}
differ.end();

for (const [dir, c] of [...byDir].sort()) console.log(`${dir.padEnd(48)} ${String(c.files).padStart(6)} files ${String(c.html).padStart(5)} HTML ${String(c.warnings).padStart(5)} warnings differ`);
for (const file of skipped) console.log(`skipped (kramdown took over ${opt('timeout', '60')} s): ${file}`);
console.log(`${files.length - skipped.length} files: ${same} identical, ${htmlDiffers} differ in HTML, ${warningsDiffer} only in warnings`);

// --reduce N: the first N differing files reduced while the HTML still differs, one per shape.
const seen = new Set();
let written = 0;
const byWarnings = flag('warnings');
for (const { file, text } of (byWarnings ? warningsOnly : differing).slice(0, reduceCount)) {
  const differs = async (t) => {
    const [want, got] = [await oracle.ask(t), kyll(t)];
    if (byWarnings) return JSON.stringify(want.warnings) !== JSON.stringify(got.warnings);
    return want.error !== undefined ? got.error === undefined : want.html !== got.html;
  };
  const small = await reduceLines(text, differs);
  const key = small.replace(/\w+/g, 'w');
  if (seen.has(key)) continue;
  seen.add(key);
  const name = String(++written).padStart(3, '0');
  const want = await oracle.ask(small);
  fs.writeFileSync(path.join(outDir, `${name}.md`), small);
  fs.writeFileSync(path.join(outDir, `${name}.html`), want.html ?? JSON.stringify(want));
  const show = (r) => JSON.stringify(byWarnings ? r.warnings : r.html ?? r);
  console.log(`--- ${name} (${file})\n${JSON.stringify(small)}\njekyll: ${show(want)}\nkyll:   ${show(kyll(small))}\n`);
}
oracle.end();
