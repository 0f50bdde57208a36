// Throughput of the CommonMark/GFM converter (jekyll-commonmark's path: remark-parse + our
// micromark/mdast/hast plugins → HTML as cmark-gfm writes it) on real Markdown files, in process.
//   npx tsc -p tsconfig.json && node bench/commonmark.mjs DIR... [--profile ghpages|all|plain]
//     [--rounds N] [--save OUT] [--check OUT]
// Every .md/.markdown file under the folders (front matter cut as Jekyll does) is one text.
// Profiles: ghpages = GitHub Pages' `markdown: GFM` (CommonMarkGhPages, table strikethrough autolink
// tagfilter, unsafe footnotes); all = `markdown: CommonMark` with every extension and option;
// plain = `markdown: CommonMark` with none. --save writes each text's HTML (and warnings) under
// OUT; --check compares with such a folder and counts the texts that differ.
import fs from 'node:fs';
import path from 'node:path';
import { createMarkdownConverter } from '../dist/markdown/index.js';

const PROFILES = {
  ghpages: { markdown: 'CommonMarkGhPages', commonmark: { extensions: ['table', 'strikethrough', 'autolink', 'tagfilter'], options: ['unsafe', 'footnotes'] } },
  all: { markdown: 'CommonMark', commonmark: { extensions: ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'], options: ['unsafe', 'footnotes', 'smart', 'hardbreaks'] } },
  plain: { markdown: 'CommonMark', commonmark: {} },
};

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const profile = flag('--profile', 'ghpages');
const rounds = Number(flag('--rounds', '3'));
const save = flag('--save', undefined);
const check = flag('--check', undefined);
if (!PROFILES[profile] || args.length === 0) {
  console.error('usage: node bench/commonmark.mjs DIR... [--profile ghpages|all|plain] [--rounds N] [--save OUT] [--check OUT]');
  process.exit(2);
}

function markdownFiles(dir, into = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) markdownFiles(full, into);
    else if (/\.(md|markdown)$/i.test(entry.name)) into.push(full);
  }
  return into;
}

// Document#read's front matter: `---` on the first line up to the next `---` or `...` line.
const FRONT_MATTER = /^---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*\r?\n/;
const texts = args.flatMap((dir) => markdownFiles(dir)).map((file) => {
  const text = fs.readFileSync(file, 'utf8');
  return { file, text: text.replace(FRONT_MATTER, '') };
});
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text), 0);
const converter = createMarkdownConverter(PROFILES[profile]);

function convertAll() {
  return texts.map(({ file, text }) => {
    try {
      const html = converter.convert(text, file);
      const warnings = converter.warnings;
      return warnings.length > 0 ? `${html}\n<!-- warnings ${JSON.stringify(warnings)} -->\n` : html;
    } catch (error) {
      return `<!-- error ${String(error?.message ?? error)} -->\n`;
    }
  });
}

const outName = (i) => `${String(i).padStart(5, '0')}-${path.basename(texts[i].file)}.html`;
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const first = convertAll();
const firstMs = performance.now() - t0;
if (save) {
  fs.mkdirSync(save, { recursive: true });
  first.forEach((html, i) => fs.writeFileSync(path.join(save, outName(i)), html));
}
if (check) {
  const differ = first.flatMap((html, i) => (fs.readFileSync(path.join(check, outName(i)), 'utf8') === html ? [] : [texts[i].file]));
  console.log(`check against ${check}: ${differ.length} of ${texts.length} differ`);
  for (const file of differ.slice(0, 20)) console.log(`  ${file}`);
  if (differ.length > 0) process.exitCode = 1;
}
const times = [];
for (let r = 0; r < rounds; r++) {
  const s = performance.now();
  convertAll();
  times.push(performance.now() - s);
}
const cpu = process.cpuUsage(cpu0);
const median = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? firstMs;
const mbs = (ms) => (bytes / 1e6 / (ms / 1000)).toFixed(2);
console.log(`${profile}: ${texts.length} texts, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`first pass ${firstMs.toFixed(0)} ms (${mbs(firstMs)} MB/s); ${rounds} more: median ${median.toFixed(0)} ms (${mbs(median)} MB/s)`);
console.log(`cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms for ${rounds + 1} passes (${mbs((cpu.user + cpu.system) / 1000 / (rounds + 1))} MB/s of CPU)`);
