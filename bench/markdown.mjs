// Throughput of our kramdown parser and converter next to remark-parse, on
// ~1000 seed-shaped posts (Chinese news paragraphs in block HTML, an autolink,
// links) and English Markdown with lists, code and tables, built in memory.
//   npx tsc -p tsconfig.json && node bench/markdown.mjs [--posts N]
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { createMarkdownConverter, kramdownParse } from '../dist/markdown/index.js';

const argIndex = process.argv.indexOf('--posts');
const POSTS = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 1000;

// A small deterministic generator, so every run measures the same text.
let seed = 42;
const rand = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
const pick = (a) => a[rand(a.length)];
const HAN = '记者从有关部门获悉春节七天假期全国国内旅游出游亿人次按可比口径恢复至疫前同期的七成以上实现收入据介绍今年期间就地过年与短途出行相结合城市周边游乡村游成为热点';
const han = (n) => Array.from({ length: n }, () => HAN[rand(HAN.length)]).join('');
const WORDS = 'the quick brown fox jumps over lazy dog markdown kramdown parser speed test with some longer words like conformance and typography'.split(' ');
const words = (n) => Array.from({ length: n }, () => pick(WORDS)).join(' ');

function seedPost(i) {
  const paras = Array.from({ length: 3 + rand(5) }, () => `<p>${han(60 + rand(120))}，“${han(8)}”${han(30)}。</p>`);
  return `${paras.join('\n ')}<p class="em_media">（文章来源：${han(4)}）</p>\n\n` +
    `<http://finews.zning.xyz/html_News/NewsShare.html?infoCode=NW2022020822688${i}>\n\n` +
    `[返回${han(4)}](//finews.withounder.com/category/x.html)｜[返回首页](//finews.withounder.com/)\n`;
}

function englishPost() {
  const out = [`# ${words(4)}\n`, `${words(40)} *${words(2)}* and **${words(2)}** with \`code\` and a [link](http://example.com/${rand(100)}).\n`];
  out.push(Array.from({ length: 4 }, () => `- ${words(8)}`).join('\n') + '\n');
  out.push(Array.from({ length: 3 }, (_, k) => `${k + 1}. ${words(6)} "quoted" -- it's`).join('\n') + '\n');
  out.push('```ruby\ndef hello\n  puts "hi" if x < 3\nend\n```\n');
  out.push(`| a | b | c |\n|---|:-:|--:|\n${Array.from({ length: 4 }, () => `| ${words(1)} | ${words(2)} | ${rand(1000)} |`).join('\n')}\n`);
  out.push(`> ${words(20)}\n> ${words(10)}\n`);
  out.push(`## ${words(3)}\n\n${words(60)}...\n`);
  return out.join('\n');
}

const seedPosts = Array.from({ length: POSTS }, (_, i) => seedPost(i));
const englishPosts = Array.from({ length: Math.ceil(POSTS / 4) }, englishPost);

// One warm-up pass, then the best of three passes (the machine may be shared).
function measure(label, posts, fn) {
  const bytes = posts.reduce((n, p) => n + Buffer.byteLength(p), 0);
  for (const p of posts) fn(p);
  let ms = Infinity;
  for (let round = 0; round < 3; round++) {
    const t0 = performance.now();
    for (const p of posts) fn(p);
    ms = Math.min(ms, performance.now() - t0);
  }
  const mbs = bytes / 1e6 / (ms / 1000);
  console.log(`${label.padEnd(44)} ${mbs.toFixed(1).padStart(7)} MB/s ${(ms / posts.length).toFixed(3).padStart(8)} ms/post`);
}

const kramdownParser = unified().use(kramdownParse).freeze();
const remarkParser = unified().use(remarkParse).use(remarkGfm).freeze();
const ours = createMarkdownConverter({});
const remarkHtml = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeStringify, { allowDangerousHtml: true }).freeze();

for (const [name, posts] of [['seed-shaped', seedPosts], ['English', englishPosts]]) {
  const mb = posts.reduce((n, p) => n + Buffer.byteLength(p), 0) / 1e6;
  console.log(`\n${name}: ${posts.length} posts, ${mb.toFixed(2)} MB`);
  measure('kyll kramdown parse (→ mdast)', posts, (p) => kramdownParser.parse(p));
  measure('remark-parse + remark-gfm parse (→ mdast)', posts, (p) => remarkParser.parse(p));
  measure('kyll kramdown convert (→ HTML)', posts, (p) => ours.convert(p));
  measure('remark → rehype-stringify (→ HTML)', posts, (p) => String(remarkHtml.processSync(p)));
}
