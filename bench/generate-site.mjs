#!/usr/bin/env node
// Generates a benchmark site shaped like the seed blog (金融消息): N posts,
// ~80% Chinese HTML-paragraph news posts (~3 KB, +0800 dates spread over ten
// years, categories, tags, an autolink, Markdown links) and ~20% English
// Markdown posts (lists, code, emphasis, tables), with the seed blog's layout
// structure (default/post/category layouts, a header include, _data, category
// pages, 404, jekyll-feed + jekyll-seo-tag).
//
// Deterministic: the same N and seed give byte-identical files.
//
//   node bench/generate-site.mjs <N> <dest> [--seed 42] [--hugo <hugo-dest>]
//
// As a module: generateSite({ posts, dest, seed }) and
// generateHugoSite({ posts, dest, seed }) (the same posts as a Hugo site).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// --- seeded PRNG (mulberry32) -------------------------------------------------
export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(next() * arr.length)];
  const sample = (arr, k) => {
    const copy = arr.slice();
    const out = [];
    while (out.length < k && copy.length > 0) out.push(copy.splice(Math.floor(next() * copy.length), 1)[0]);
    return out;
  };
  return { next, int, pick, sample };
}

// --- vocabulary -----------------------------------------------------------------
export const CATEGORIES = {
  jingjicankaobao: { name: '经济参考报新闻', source: '经济参考报' },
  gupiao: { name: '股票', source: '证券日报' },
  xinhuawang: { name: '新华网新闻', source: '新华网' },
  zhengquanshibao: { name: '证券时报新闻', source: '证券时报' },
  zhongguoxinwenwang: { name: '中国新闻网新闻', source: '中国新闻网' },
  markets: { name: 'Markets (English)', source: 'Desk' },
};
const CN_CATEGORIES = Object.keys(CATEGORIES).filter((c) => c !== 'markets');

const CN_TAGS = ['宏观经济', '货币政策', '资本市场', 'A股', '债券', '基金', '外汇', '房地产', '新能源', '半导体',
  '消费', '制造业', '进出口', '科技创新', '银行', '保险', '券商', '上市公司', '产业政策', '数字经济',
  '物价', '就业', '基建', '汽车', '农业', '能源', '港股', '私募', '理财', '监管'];
const EN_TAGS = ['rates', 'equities', 'bonds', 'fx', 'earnings', 'inflation', 'commodities', 'tech', 'energy', 'policy'];

const CN_SUBJECTS = ['国家统计局', '央行', '证监会', '多家券商', '业内人士', '市场分析人士', '有关部门负责人', '行业协会',
  '多位经济学家', '上市公司公告', '海关总署', '财政部', '银保监会', '多家基金公司', '地方政府', '研究机构'];
const CN_VERBS = ['数据显示', '表示', '指出', '预计', '认为', '发布消息称', '在接受记者采访时说', '分析称'];
const CN_OBJECTS = [
  '一季度国内生产总值同比增长，经济运行总体平稳，稳中有进的态势进一步巩固',
  '市场流动性保持合理充裕，货币政策将继续保持稳健，精准有力支持实体经济',
  '上市公司整体业绩持续改善，超过六成公司实现营业收入和净利润双增长',
  '新能源汽车产销量再创新高，产业链上下游企业订单饱满，产能利用率明显回升',
  '居民消费价格指数温和上涨，核心通胀保持稳定，物价总体运行在合理区间',
  '外贸进出口规模稳中有升，贸易结构持续优化，机电产品出口占比进一步提高',
  '债券市场收益率小幅波动，信用利差有所收窄，投资者风险偏好逐步修复',
  '制造业采购经理指数回到扩张区间，新订单指数和生产指数均有所上升',
  '资本市场改革稳步推进，注册制配套制度不断完善，市场生态持续向好',
  '科技创新企业融资渠道进一步拓宽，研发投入强度保持较快增长',
  '房地产市场总体平稳，各地因城施策，合理住房需求得到更好满足',
  '银行业资产质量保持稳定，不良贷款率较年初下降，拨备覆盖率维持高位',
  '基金发行市场回暖，权益类基金发行份额环比明显增加',
  '人民币汇率在合理均衡水平上保持基本稳定，跨境资金流动总体平衡',
  '基础设施投资保持较快增长，重大项目建设有序推进，有效带动社会投资',
  '就业形势总体稳定，城镇调查失业率较上月有所回落',
];
const CN_TAIL = ['。', '。', '。', '，后续走势仍需密切关注。', '，这一趋势有望延续。', '，但仍面临一定不确定性。'];
const CN_TITLE_A = ['多项指标回暖', '政策持续加码', '市场信心提振', '行业景气上行', '结构性机会显现', '改革红利释放', '外资持续流入', '产业升级提速'];
const CN_TITLE_B = ['专家解读后市走向', '机构看好下半年表现', '经济稳中向好', '投资者关注三大主线', '“开门红”成色足', '龙头企业加大R&D投入', '区域协调发展提速', '多地出台配套措施'];

const EN_WORDS = ['market', 'yield', 'curve', 'rally', 'earnings', 'guidance', 'volatility', 'spread', 'demand', 'supply',
  'inflation', 'policy', 'growth', 'margin', 'revenue', 'outlook', 'investor', 'sector', 'liquidity', 'momentum'];

// --- post generation ------------------------------------------------------------
const pad = (n, w = 2) => String(n).padStart(w, '0');

function cnSentence(r) {
  return `${r.pick(CN_SUBJECTS)}${r.pick(CN_VERBS)}，${r.pick(CN_OBJECTS)}${r.pick(CN_TAIL)}`;
}

function cnParagraph(r) {
  let p = '';
  const n = r.int(2, 4);
  for (let i = 0; i < n; i++) p += cnSentence(r);
  return p;
}

function enSentence(r) {
  const words = Array.from({ length: r.int(8, 16) }, () => r.pick(EN_WORDS));
  if (r.next() < 0.3) words[r.int(0, words.length - 1)] = `*${r.pick(EN_WORDS)}*`;
  if (r.next() < 0.2) words[r.int(0, words.length - 1)] = `**${r.pick(EN_WORDS)}**`;
  const s = words.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

/** The posts of a site, as plain data shared by the Jekyll and Hugo writers. */
export function makePosts(count, seed = 42) {
  const r = prng(seed);
  const start = Date.UTC(2015, 0, 1) / 1000;
  const end = Date.UTC(2025, 11, 1) / 1000;
  const posts = [];
  const used = new Set();
  for (let i = 0; i < count; i++) {
    const english = r.next() < 0.2;
    // local (+0800) wall-clock time spread over ten years
    const t = new Date((start + Math.floor(r.next() * (end - start)) + 8 * 3600) * 1000);
    const y = t.getUTCFullYear(), mo = pad(t.getUTCMonth() + 1), d = pad(t.getUTCDate());
    const hh = pad(t.getUTCHours()), mm = pad(t.getUTCMinutes()), ss = pad(t.getUTCSeconds());
    let id;
    do id = `NW${y}${mo}${d}${pad(r.int(0, 9999999999), 10)}`; while (used.has(id));
    used.add(id);
    const base = { id, english, year: y, month: mo, day: d, date: `${y}-${mo}-${d} ${hh}:${mm}:${ss} +0800`, iso: `${y}-${mo}-${d}T${hh}:${mm}:${ss}+08:00` };
    posts.push(english ? englishPost(r, base) : chinesePost(r, base));
  }
  return posts;
}

function chinesePost(r, base) {
  const category = r.pick(CN_CATEGORIES);
  const { name, source } = CATEGORIES[category];
  const tags = r.next() < 0.5 ? [name] : r.sample(CN_TAGS, r.int(1, 3));
  const title = `${r.pick(CN_TITLE_A)} ${r.pick(CN_TITLE_B)}`;
  const paras = [];
  let bytes = 0;
  const target = r.int(2600, 3400); // ~3 KB of UTF-8
  while (bytes < target) {
    const p = cnParagraph(r);
    paras.push(p);
    bytes += Buffer.byteLength(p) + 8;
  }
  // seed shape: first <p> flush left, the others indented by one space; the
  // last paragraph may end with a space; the source line shares its line
  const lines = paras.map((p, i) => `${i === 0 ? '' : ' '}<p>${p}${i === paras.length - 1 && r.next() < 0.5 ? ' ' : ''}</p>`);
  lines[lines.length - 1] += `<p class="em_media">（文章来源：${source}）</p>`;
  const body =
    `${lines.join('\n')}\n\n` +
    `<http://finews.example.com/html_News/NewsShare.html?infoCode=${base.id}>\n\n` +
    `[返回${name}](//finews.example.com/category/${category}.html)｜[返回首页](//finews.example.com/)\n`;
  return { ...base, title, categories: [category], tags, body };
}

function englishPost(r, base) {
  const tags = r.sample(EN_TAGS, r.int(1, 3));
  const title = `${r.pick(['Weekly', 'Morning', 'Evening', 'Quarterly'])} ${r.pick(['market', 'rates', 'earnings', 'policy'])} notes: ${r.pick(EN_WORDS)} and ${r.pick(EN_WORDS)}`;
  const rows = Array.from({ length: r.int(3, 5) }, () => `| ${r.pick(['CSI 300', 'SSE', 'HSI', 'CNY', '10Y CGB'])} | ${(r.next() * 4000).toFixed(2)} | ${(r.next() * 4 - 2).toFixed(2)}% |`);
  const body = [
    enSentence(r) + ' ' + enSentence(r),
    '',
    `## What moved`,
    '',
    ...Array.from({ length: r.int(3, 5) }, () => `* ${enSentence(r)}`),
    '',
    '| Index | Close | Change |',
    '|-------|------:|-------:|',
    ...rows,
    '',
    `## Numbers`,
    '',
    ...Array.from({ length: r.int(2, 4) }, (_, i) => `${i + 1}. ${enSentence(r)}`),
    '',
    '```python',
    `returns = prices.pct_change().dropna()`,
    `print(returns.rolling(${r.int(5, 60)}).std() * 252 ** 0.5)`,
    '```',
    '',
    `${enSentence(r)} See [the ${r.pick(EN_WORDS)} archive](/category/markets.html) and <https://data.example.com/${base.id}>.`,
    '',
  ].join('\n');
  return { ...base, title, categories: ['markets'], tags, body };
}

// --- writers ----------------------------------------------------------------------
export function writer(root) {
  return (rel, text) => {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
}

export const yamlString = (s) => `'${String(s).replace(/'/g, "''")}'`;

/** Writes a Jekyll site of `posts` posts into `dest` (emptied first). Returns the post list. */
export function generateSite({ posts: count, dest, seed = 42 }) {
  fs.rmSync(dest, { recursive: true, force: true });
  const w = writer(dest);
  const posts = makePosts(count, seed);
  w('_config.yml', [
    '# Benchmark site generated by bench/generate-site.mjs (seed-blog shape)',
    'title: 金融消息',
    'description: 每日财经要闻汇编，覆盖宏观经济、证券市场与产业动态。',
    'lang: zh-CN',
    'timezone: Asia/Shanghai',
    'url: "https://finews.example.com"',
    'baseurl: ""',
    'author: 金融消息编辑部',
    'plugins:',
    '  - jekyll-feed',
    '  - jekyll-seo-tag',
    '',
  ].join('\n'));
  w('_data/categories.yml', Object.entries(CATEGORIES).map(([k, v]) => `${k}: ${v.name}`).join('\n') + '\n');
  w('_layouts/default.html', `<!DOCTYPE html>
<html lang="{{ site.lang | default: "en" }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{% seo %}
{%- feed_meta %}
<link rel="stylesheet" href="{{ "/assets/site.css" | relative_url }}">
</head>
<body>
{% include header.html %}
<main class="page-content">
{{ content }}
</main>
<footer class="site-footer">
  <p>&copy; {{ site.time | date: "%Y" }} {{ site.title | escape }} · {{ site.description }}</p>
</footer>
</body>
</html>
`);
  w('_layouts/post.html', `---
layout: default
---
<article class="post" lang="{{ page.lang | default: site.lang }}">
  <h1 class="post-title">{{ page.title }}</h1>
  <p class="post-meta">
    <time datetime="{{ page.date | date_to_xmlschema }}">{{ page.date | date: "%Y-%m-%d %H:%M:%S" }}</time>
    {% for c in page.categories %}<a class="cat" href="{{ c | prepend: "/category/" | append: ".html" | relative_url }}">{{ site.data.categories[c] | default: c }}</a>{% unless forloop.last %} / {% endunless %}{% endfor %}
  </p>
  <div class="post-content">
{{ content }}
  </div>
  <p class="post-tags">标签：{{ page.tags | join }}</p>
  <nav class="pager">
    {%- if page.previous %}
    <a class="prev" href="{{ page.previous.url | relative_url }}">上一篇：{{ page.previous.title }}</a>
    {%- endif %}
    {%- if page.next %}
    <a class="next" href="{{ page.next.url | relative_url }}">下一篇：{{ page.next.title }}</a>
    {%- endif %}
  </nav>
</article>
`);
  w('_layouts/category.html', `---
layout: default
---
{% assign posts = site.categories[page.category] %}
<section class="category">
  <h1>{{ page.title }}</h1>
  <p>共 {{ posts | size }} 篇</p>
  <ul class="post-list">
    {% for post in posts limit: 200 %}
    <li>
      <span class="post-date">{{ post.date | date: "%Y-%m-%d %H:%M" }}</span>
      <a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a>
    </li>
    {% endfor %}
  </ul>
  {{ content }}
</section>
`);
  w('_includes/header.html', `<header class="site-header">
  <a class="site-title" href="{{ "/" | relative_url }}">{{ site.title | escape }}</a>
  <nav>
  {%- for pair in site.data.categories %}
    {%- assign slug = pair[0] %}
    {%- if site.categories[slug] %}
    <a href="{{ "/category/" | append: slug | append: ".html" | relative_url }}">{{ pair[1] }}（{{ site.categories[slug] | size }}）</a>
    {%- endif %}
  {%- endfor %}
  </nav>
</header>
`);
  w('index.html', `---
layout: default
title: 首页
---
<h1>最新消息</h1>
<ul class="post-list">
{% for post in site.posts limit: 10 %}
  <li>
    <span class="post-date">{{ post.date | date: "%m月%d日 %H:%M" }}</span>
    <a href="{{ post.url | relative_url }}">{{ post.title | escape }}</a>
    <p class="summary">{{ post.excerpt | strip_html | strip | truncate: 60 }}</p>
  </li>
{% endfor %}
</ul>
{% assign older = site.posts | slice: 10, 100 %}
<h2>更早</h2>
<ol>
{% for post in older %}<li><a href="{{ post.url | relative_url }}">{{ post.title }}</a> <small>{{ post.date | date: "%Y-%m-%d" }}</small></li>
{% endfor %}</ol>
<p>全站共 {{ site.posts | size }} 篇文章。</p>
`);
  for (const [slug, { name }] of Object.entries(CATEGORIES)) {
    w(`category/${slug}.md`, `---\nlayout: category\ntitle: ${name}\ncategory: ${slug}\npermalink: /category/${slug}.html\n---\n`);
  }
  w('404.md', `---\ntitle: 页面未找到\npermalink: /404.html\nlayout: default\n---\n\n# 404\n\n抱歉，您访问的页面不存在。请返回[首页]({{ "/" | relative_url }})。\n`);
  w('assets/site.css', 'body { font-family: sans-serif; max-width: 50rem; margin: auto; }\n.post-meta { color: #666; }\n');
  for (const p of posts) {
    const tags = p.tags.length === 1 ? `tags: ${p.tags[0]}` : `tags: [${p.tags.join(', ')}]`;
    w(`_posts/${p.year}-${p.month}-${p.day}-${p.id}.md`,
      `---\nlayout: post\ntitle: ${yamlString(p.title)}\ndate: ${p.date}\ncategories: ${p.categories.join(' ')}\n${tags}\n---\n${p.body}`);
  }
  return posts;
}

/**
 * The same posts as a minimal Hugo site with equivalent pages: one page per
 * post at the Jekyll URL (/:category/:year/:month/:day/:id.html), the home
 * page, one list page per category, an Atom-like RSS feed of 10 items.
 */
export function generateHugoSite({ posts: count, dest, seed = 42 }) {
  fs.rmSync(dest, { recursive: true, force: true });
  const w = writer(dest);
  const posts = makePosts(count, seed);
  w('hugo.toml', [
    'baseURL = "https://finews.example.com/"',
    'languageCode = "zh-CN"',
    'title = "金融消息"',
    'timeZone = "Asia/Shanghai"',
    'uglyURLs = true',
    'disableKinds = ["taxonomy", "term", "section", "sitemap", "robotsTXT"]',
    '[params]',
    '  description = "每日财经要闻汇编，覆盖宏观经济、证券市场与产业动态。"',
    '[services.rss]',
    '  limit = 10',
    '[markup.goldmark.renderer]',
    '  unsafe = true',
    '[markup.goldmark.extensions]',
    '  linkify = false',
    '',
  ].join('\n'));
  w('data/categories.toml', Object.entries(CATEGORIES).map(([k, v]) => `${k} = "${v.name}"`).join('\n') + '\n');
  w('layouts/_default/baseof.html', `<!DOCTYPE html>
<html lang="{{ .Site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ .Site.Title }}</title>
<meta name="description" content="{{ with .Summary }}{{ . | plainify | truncate 160 }}{{ else }}{{ .Site.Params.description }}{{ end }}">
<link rel="canonical" href="{{ .Permalink }}">
<meta property="og:title" content="{{ .Title }}">
<meta property="og:url" content="{{ .Permalink }}">
{{ with .Site.Home.OutputFormats.Get "rss" }}<link rel="alternate" type="application/rss+xml" href="{{ .Permalink }}" title="{{ $.Site.Title }}">{{ end }}
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
{{ partialCached "header.html" . }}
<main class="page-content">
{{ block "main" . }}{{ end }}
</main>
<footer class="site-footer"><p>&copy; {{ now.Format "2006" }} {{ .Site.Title }} · {{ .Site.Params.description }}</p></footer>
</body>
</html>
`);
  w('layouts/partials/header.html', `<header class="site-header">
  <a class="site-title" href="/">{{ .Site.Title }}</a>
  <nav>
  {{- range $slug, $name := .Site.Data.categories }}
    {{- with where $.Site.RegularPages "Params.category" $slug }}
    <a href="/category/{{ $slug }}.html">{{ $name }}（{{ len . }}）</a>
    {{- end }}
  {{- end }}
  </nav>
</header>
`);
  w('layouts/_default/single.html', `{{ define "main" }}
<article class="post" lang="{{ .Site.LanguageCode }}">
  <h1 class="post-title">{{ .Title }}</h1>
  <p class="post-meta">
    <time datetime="{{ .Date.Format "2006-01-02T15:04:05-07:00" }}">{{ .Date.Format "2006-01-02 15:04:05" }}</time>
    <a class="cat" href="/category/{{ .Params.category }}.html">{{ index .Site.Data.categories .Params.category }}</a>
  </p>
  <div class="post-content">
{{ .Content }}
  </div>
  <p class="post-tags">标签：{{ delimit .Params.tags "" }}</p>
  <nav class="pager">
    {{- with .NextInSection }}
    <a class="prev" href="{{ .RelPermalink }}">上一篇：{{ .Title }}</a>
    {{- end }}
    {{- with .PrevInSection }}
    <a class="next" href="{{ .RelPermalink }}">下一篇：{{ .Title }}</a>
    {{- end }}
  </nav>
</article>
{{ end }}
`);
  w('layouts/index.html', `{{ define "main" }}
<h1>最新消息</h1>
{{ $posts := where .Site.RegularPages "Section" "posts" }}
<ul class="post-list">
{{ range first 10 $posts }}
  <li>
    <span class="post-date">{{ .Date.Format "01月02日 15:04" }}</span>
    <a href="{{ .RelPermalink }}">{{ .Title }}</a>
    <p class="summary">{{ .Summary | plainify | truncate 60 }}</p>
  </li>
{{ end }}
</ul>
<h2>更早</h2>
<ol>
{{ range first 100 (after 10 $posts) }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> <small>{{ .Date.Format "2006-01-02" }}</small></li>
{{ end }}</ol>
<p>全站共 {{ len $posts }} 篇文章。</p>
{{ end }}
`);
  w('layouts/category/single.html', `{{ define "main" }}
{{ $posts := where .Site.RegularPages "Params.category" .Params.slug }}
<section class="category">
  <h1>{{ .Title }}</h1>
  <p>共 {{ len $posts }} 篇</p>
  <ul class="post-list">
    {{ range first 200 $posts }}
    <li>
      <span class="post-date">{{ .Date.Format "2006-01-02 15:04" }}</span>
      <a href="{{ .RelPermalink }}">{{ .Title }}</a>
    </li>
    {{ end }}
  </ul>
</section>
{{ end }}
`);
  w('layouts/_default/list.html', `{{ define "main" }}<h1>{{ .Title }}</h1>{{ end }}\n`);
  w('static/assets/site.css', 'body { font-family: sans-serif; max-width: 50rem; margin: auto; }\n.post-meta { color: #666; }\n');
  for (const [slug, { name }] of Object.entries(CATEGORIES)) {
    w(`content/category/${slug}.md`, `---\ntitle: ${name}\nslug: ${slug}\nurl: /category/${slug}.html\n---\n`);
  }
  w('content/_index.md', '---\ntitle: 首页\n---\n');
  for (const p of posts) {
    const url = `/${p.categories[0]}/${p.year}/${p.month}/${p.day}/${p.id}.html`;
    w(`content/posts/${p.year}-${p.month}-${p.day}-${p.id}.md`,
      `---\ntitle: ${yamlString(p.title)}\ndate: ${p.iso}\ncategory: ${p.categories[0]}\ntags: [${p.tags.map(yamlString).join(', ')}]\nurl: ${url}\n---\n${p.body}`);
  }
  return posts;
}

// --- CLI ------------------------------------------------------------------------
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    if (i < 0) return undefined;
    const v = args[i + 1];
    args.splice(i, 2);
    return v;
  };
  const seed = Number(opt('--seed') ?? 42);
  const hugo = opt('--hugo');
  const [n, dest] = args;
  if (!n || !dest || !Number.isInteger(Number(n)) || Number(n) < 1) {
    console.error('usage: node bench/generate-site.mjs <N> <dest> [--seed 42] [--hugo <hugo-dest>]');
    process.exit(2);
  }
  const posts = generateSite({ posts: Number(n), dest, seed });
  const english = posts.filter((p) => p.english).length;
  console.log(`wrote ${posts.length} posts (${posts.length - english} Chinese, ${english} English) to ${dest}`);
  if (hugo) {
    generateHugoSite({ posts: Number(n), dest: hugo, seed });
    console.log(`wrote the same posts as a Hugo site to ${hugo}`);
  }
}
