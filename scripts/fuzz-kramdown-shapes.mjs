#!/usr/bin/env node
// Differential fuzzing of kyll's kramdown against Jekyll 4.3.1's (scripts/markdown-oracle.rb) with
// other shapes than scripts/fuzz-markdown.mjs: HTML soup (nested, unclosed, mismatched, markdown=
// attributes, pretty-printed with indentation), CJK runs without spaces, Unicode white space,
// NUL and astral characters, deep lists with tabs, code and quotes, tables with code pipes,
// footnotes, abbreviations, IALs and ALDs, {::extensions}, math, autolinks, escapes, Liquid-looking
// code, long documents whose parts refer to each other, code blocks for many Rouge lexers, and
// blocks of real posts recombined and nested, raw HTML mixed with Markdown and CJK (mode mixed), definition lists, IALs, ALDs, abbreviations,
// footnotes and smart quotes where they meet each other and CJK punctuation (mode odd). Differences are reduced by lines, then by words and
// characters.
//
//   npm run build && node scripts/fuzz-kramdown-shapes.mjs --seed N --count N [--max N] [--out DIR]
//     [--mode mix|struct|soup|mutate|html|pretty|global|code|real|mixed|odd] [--config JSON] [--no-char]
//     [--pool FILE]   (mode real: a JSON array of Markdown blocks, e.g. the blank-line separated
//                      chunks of many real posts, front matter removed)
import fs from 'node:fs';
import path from 'node:path';
import { commandLine, reduceLines, ROOT, rubyOracle, seededRandom, convertOrError, sameAnswer, importBundle } from './fuzz-common.mjs';
const { createMarkdownConverter } = await importBundle('markdown.js');

const { opt, flag } = commandLine();
const seed = Number(opt('seed', 1));
const count = Number(opt('count', 500));
const maxCases = Number(opt('max', 30));
const mode = opt('mode', 'mix');
const outDir = path.resolve(opt('out', path.join(ROOT, 'fuzz-out', `shapes-${mode}-${seed}`)));
const config = JSON.parse(opt('config', '{}'));

const oracle = rubyOracle('markdown-oracle.rb', [JSON.stringify(config)], { env: { ...process.env, MARKDOWN_ORACLE_TIMEOUT: '10' } });
const converter = createMarkdownConverter(config);
const kyll = convertOrError(converter);
const same = sameAnswer;
// errors: same Ruby message (kyll names its class KyllError)
const equal = (a, b) => same(a, b) || (a?.error !== undefined && b?.error !== undefined && String(a.error).replace(/^\w+: /, '').split('\n')[0] === String(b.error).replace(/^[\w:]+: /, '').split('\n')[0]);

const { int, pick, chance } = seededRandom(seed * 7919 + 13);
const times = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('');

const UNI = ['\u00a0', '\u3000', '\u2003', '\ufeff', '\u200b', '\u2028', '\u0085', '\v', '\f', '\r', '\r\n', '😀', '𝒳', '𠀀', '👨‍👩‍👧', 'e\u0301', '❤️', 'Σ', 'ΟΔΟΣ', 'İ', 'ß', 'ǅ', 'ﬁ', 'Å', '\u0000', '\u00ad', 'ｱ', '١٢', 'עברית', '\u202e'];
const CJK = ['中文没有空格的句子', '日本語の文章です', '。', '，', '、', '「引用」', '『書名』', '“中文引号”', '‘单’', '（括号）', '！', '？', '：', '；', '——', '……', '한국어', 'テスト', '中', '文字', '《书名》', '〜'];
const WORDS = ['word', 'foo', 'bar_baz', 'x', 'Jekyll', 'HTML', 'CSS', 'W3C', 'a.b', 'don\'t', 'it\'s', '1.', '2)', '-', '+', '#', '##', '*', '_', '**', '__', '~', '|', '||', ':', '::', '=', '==', '---', '--', '...', '>', '<', '&', '"', "'", '`', '``', '[', ']', '(', ')', '{', '}', '!', '^', '$', '$$', '\\', '%', '@'];
const SPAN_HTML = ['<span>', '</span>', '<span class="x">', '<b>', '</b>', '<i>', '</i>', '<em>', '</em>', '<strong>', '</strong>', '<a href="/x">', '</a>', '<a href="http://e.com/a_b_c">', '<br>', '<br/>', '<br />', '<img src="a.png" alt="x">', '<img src=a.png>', '<kbd>Ctrl</kbd>', '<span markdown="1">*md*</span>', '<span markdown="0">*no*</span>', '<abbr title="t">HTML</abbr>', '<!-- c -->', '<!--c-->', '<!-- a -- b -->', '<sup>1</sup>', '<sub>2</sub>', '<code>a|b</code>', '<code>*x*</code>', '<em>*x*</em>', '<del>d</del>', '<ins>', '<u>u</u>', '<small>', '<mark>m</mark>', '<q>q</q>', '<cite>', '<span\nclass="y">', '<font color=red>', '<input type="checkbox" checked>', '<x-custom>', '</x-custom>', '<foo:bar>', '<?php x ?>', '<![CDATA[ c ]]>', '</p>', '</div>', '<p>', '<div>', '<3', 'a<b', 'a < b', '<>', '< span>', '<span/>', '<span a=\'1\' b="2" c=3 d>', '<textarea>*t*</textarea>', '<script>a<b</script>', '<style>p{}</style>', '<math><mi>x</mi></math>', '<svg><path d="M0"/></svg>', '<iframe src="x"></iframe>', '<button>b</button>', '<label>l</label>', '<time datetime="2020">t</time>'];
const ENT = ['&nbsp;', '&amp;', '&lt;', '&gt;', '&quot;', '&#39;', '&#x4e2d;', '&#20013;', '&copy;', '&hellip;', '&mdash;', '&foo;', '&', '&;', '&#;', '&#x;', '&#xD800;', '&#1234567;', '&AMP;', '&rsquo;', '&ldquo;', '&zwnj;', '&amp', '&nbsp'];
const MATH = ['$$x$$', '$$a|b$$', '$$ x < y $$', '\\$$x$$', '$$x\\$$', '$x$', '$$', '$$\\alpha_1$$', '$$a*b*c$$', '$$`c`$$', '$$[a](b)$$', '$$\n$$', '$$x$$$$y$$', '$$$x$$$'];
const AUTO = ['<http://a.b/c>', '<https://例え.jp/パス>', '<a@b.c>', '<mailto:x@y.z>', '<user.name+tag@example.co.uk>', 'http://bare.com', '<http://a.b/c?d=e&f=g>', '<http://x y>', '<ftp://f.b>', '<a@b>', '<irc://x>', '<http://a.b/_c_>', 'x@y.z', '<javascript:alert(1)>'];
const ESC = ['\\*', '\\_', '\\|', '\\<', '\\>', '\\{', '\\}', '\\$', '\\\\', '\\:', '\\"', "\\'", '\\#', '\\.', '\\!', '\\[', '\\]', '\\`', '\\+', '\\-', '\\=', '\\^', '\\~', '\\a', '\\中', '\\&', '\\(', '\\)'];
const CODE = ['`a|b`', '`{{ x }}`', '`{% raw %}`', '``a ` b``', '` `` `', '`a\\|b`', '`<b>`', '`*x*`', '`&amp;`', '`中文`', '`` ` ``', '`x`{: .l}', '```inline```', '`a\nb`', '`unclosed'];
const LIQ = ['{{ page.title }}', '{% if x %}', '{% endif %}', '{{ "a" | b }}', '{%raw%}', '{# c #}', '{{', '}}', '{%', '%}'];
const IAL_S = ['{: .c}', '{:#x}', '{: key="v"}', '{: .a #b k=\'v\'}', '{:.c}', '{::}', '{: }', '{:ref}', '{: .c', '{:.a}{:.b}', '{: title="a}b"}', '{: data-x="1"}'];
const EXT_S = ['{::nomarkdown}<b>x</b>{:/}', '{::nomarkdown}*x*{:/nomarkdown}', '{::comment}c{:/comment}', '{::comment}c{:/}', '{::options auto_ids="false" /}', '{::nomarkdown type="html"}x{:/}', '{::foo}x{:/foo}', '{::nomarkdown /}', '{::comment /}', '{:/}', '{::nomarkdown}'];
const LINKS = ['[a](/b)', '[a](/b "t")', '[a](</b c>)', '[a][r]', '[r]', '[R][]', '![i](/i.png)', '![i](/i.png "t"){: .c}', '[a]( /b )', '[a](b(c))', '[a](#中文)', '[中文](/中文)', '[a\nb](/c)', '[`c`](/d)', '[*e*](/f)', '[a][missing]', '[^1]', '[^n]', '[^中]', '[^missing]', '[a](/b \'t\')', '[a](/b){:target="_blank"}', '[![img](/i.png)](/l)', '[a]: not def'];
const QUOTE = ['"', "'", '“', '”', '‘', '’', "'s", "'80s", '"中文"', "'中'", '「"x"」', '--', '---', '...', '<<', '>>', '(c)', '->', '"*x*"', "'`c`'", '"<b>x</b>"', '."', ',"', '"。', '"，'];

function inlineToken() {
  if (chance(0.06)) return pick(UNI);
  const r = int(22);
  if (r < 4) return pick(WORDS);
  if (r < 7) return pick(CJK);
  if (r === 7) return pick(SPAN_HTML);
  if (r === 8) return pick(ENT);
  if (r === 9) return pick(MATH);
  if (r === 10) return pick(AUTO);
  if (r === 11) return pick(ESC);
  if (r === 12) return pick(CODE);
  if (r === 13) return pick(LIQ);
  if (r === 14) return pick(IAL_S);
  if (r === 15) return pick(EXT_S);
  if (r === 16) return pick(LINKS);
  if (r === 17) return pick(QUOTE);
  if (r === 18) return `${pick(['*', '**', '_', '__', '***'])}${inlineWords(2)}${pick(['*', '**', '_', '__', '***'])}`;
  if (r === 19) return `${pick(CJK)}${pick(['*', '**', '_'])}${pick(CJK)}${pick(['*', '**', '_'])}${pick(CJK)}`;
  if (r === 20) return `<${pick(['span', 'b', 'em', 'a href="#"'])}>${inlineWords(2)}</${pick(['span', 'b', 'em', 'a'])}>`;
  return pick(['HTML', 'W3C', 'CSS', 'API']);
}
function inlineWords(n) {
  return times(1 + int(n), () => pick(chance(0.5) ? WORDS : CJK)).trim();
}
function inline(n = 8) {
  let s = '';
  for (let i = 0, k = 1 + int(n); i < k; i++) s += inlineToken() + pick(['', ' ', ' ', ' ', '  ', '\t']);
  return s;
}
function line() {
  return inline() + pick(['', '', '', '', '  ', ' \\', '\\', '   ', ' ']);
}
function para() {
  return times(1 + int(3), () => `${line()}\n`);
}
const ind = (t, p, first = p) => t.split('\n').map((l, i) => (l === '' && i > 0 ? l : (i === 0 ? first : p) + l)).join('\n');

// --- HTML block soup --------------------------------------------------------------------------
const BLOCK_TAGS = ['div', 'p', 'table', 'details', 'section', 'article', 'aside', 'figure', 'blockquote', 'ul', 'ol', 'li', 'dl', 'pre', 'form', 'nav', 'header', 'footer', 'center', 'iframe', 'video', 'canvas', 'tr', 'td', 'th', 'tbody', 'summary', 'figcaption', 'main', 'fieldset', 'h2', 'hr', 'address', 'noscript', 'object', 'map', 'dd', 'dt'];
const RAW_TAGS = ['script', 'style', 'textarea', 'pre', 'math'];
const MD_ATTR = ['', '', '', ' markdown="1"', ' markdown="span"', ' markdown="block"', ' markdown="0"', " markdown='1'", ' markdown=1', ' markdown'];
function htmlBlock(depth = 0) {
  const r = int(10);
  if (r === 0) return `<!--${pick([' c ', '\n' + para(), ' a --> after', ''])}-->${pick(['', ' tail', '\n'])}\n`;
  if (r === 1) {
    const t = pick(RAW_TAGS);
    return `<${t}${pick(['', ' type="text/javascript"', ' class="x"'])}>${pick(['', '\n'])}${pick(['var a = 1 < 2 && "*x*";', '  <b>x</b>\n\n  # not h', '{{ x }}', '.a > b { c: d }', '\n\n*x*\n\n'])}${pick(['', '\n'])}</${pick([t, t, t.toUpperCase(), 'div'])}>${pick(['', ' trail'])}\n`;
  }
  if (r === 2) return `<${pick(['iframe', 'video', 'img', 'hr', 'br', 'input', 'embed'])} src="${pick(['https://x.y/a', 'a.png'])}"${pick(['', ' allowfullscreen', ' width="1"'])}${pick(['>', '/>', ' />', '></iframe>', '></video>'])}${pick(['', '\n', ' text'])}\n`;
  const t = pick(BLOCK_TAGS);
  const attr = pick(MD_ATTR) + pick(['', '', ' class="x"', ' id="y"', ' style="a:b"']);
  let inner = '';
  for (let i = 0, n = int(4); i < n; i++) {
    const q = int(8);
    if (q < 2) inner += para();
    else if (q === 2 && depth < 3) inner += htmlBlock(depth + 1);
    else if (q === 3) inner += pick(['\n', '\n\n']);
    else if (q === 4 && depth < 2) inner += mdBlock(depth + 1);
    else if (q === 5) inner += `  ${line()}\n`;
    else if (q === 6) inner += `<${pick(['p', 'span', 'td', 'li', 'summary'])}${pick(MD_ATTR)}>${inline(4)}${pick(['', `</${pick(['p', 'span', 'td', 'li', 'summary', 'div'])}>`])}\n`;
    else inner += `${inline(4)}`;
  }
  const close = pick([`</${t}>`, `</${t}>`, `</${t}>`, '', `</${pick(BLOCK_TAGS)}>`, `</${t.toUpperCase()}>`, `</${t} >`]);
  return `${pick(['', '', '  ', ' '])}<${chance(0.1) ? t.toUpperCase() : t}${attr}>${pick(['\n', '\n', '', ' '])}${inner}${pick(['', '\n'])}${close}${pick(['', '', ' tail', '<!-- c -->', pick(IAL_S)])}\n`;
}

function prettyHtml(depth = 0, indent = '') {
  const t = pick(['div', 'figure', 'figcaption', 'p', 'section', 'details', 'summary', 'table', 'tr', 'td', 'ul', 'li', 'span', 'a href="/x"', 'blockquote', 'center', 'iframe src="x"', 'pre', 'script', 'style', 'video', 'picture', 'source src="s"', 'img src="i"']);
  const name = t.split(' ')[0];
  const step = pick(['  ', '    ', '\t', ' ']);
  let out = `${indent}<${t}${pick(MD_ATTR)}${pick(['', ' class="c"'])}>${pick(['', ' ' + inline(2)])}\n`;
  for (let i = 0, n = int(4); i < n; i++) {
    const q = int(6);
    if (q < 2 && depth < 3) out += prettyHtml(depth + 1, indent + step);
    else if (q === 2) out += `${indent}${step}${line()}\n`;
    else if (q === 3) out += '\n';
    else if (q === 4) out += ind(mdBlock(3), indent + step) + '\n';
    else out += `${indent}${step}${pick(SPAN_HTML)}${inline(2)}\n`;
  }
  out += `${chance(0.9) ? indent : ''}${chance(0.9) ? `</${name}>` : ''}${pick(['', '', ' ' + inline(1)])}\n`;
  return out;
}

// --- markdown blocks --------------------------------------------------------------------------
const HEAD = ['Title', '中文标题', 'Ünïcödé', 'A `code` head', 'With *em*', 'Q&A', '"Quoted"', '1. number', 'a {#notid}', 'x <span>y</span>', '日本語のタイトル', 'C++ vs. C#', '', ' ', '#', 'foo #', 'Hello 世界'];
function list(depth) {
  const ordered = chance(0.4);
  const base = ordered ? pick(['1.', '1)', '10.', '0.', '3.']) : pick(['-', '*', '+']);
  const lead = pick(['', '', ' ', '  ', '   ']);
  let out = '';
  for (let i = 0, n = 1 + int(4); i < n; i++) {
    const m = ordered && chance(0.3) ? `${i + 1}.` : chance(0.1) ? pick(['-', '*', '+', '1.']) : base;
    const sep = pick([' ', ' ', ' ', '  ', '   ', '    ', '\t', '     ']);
    const contW = lead.length + m.length + (sep === '\t' ? 4 - ((lead.length + m.length) % 4) : sep.length);
    const contIndent = pick([' '.repeat(contW), ' '.repeat(contW), '\t', ' '.repeat(Math.max(0, contW - 1)), ' '.repeat(contW + 1), '    ', '  ', '\t\t', ' \t']);
    let body = chance(0.1) ? '' : para();
    for (let j = 0, k = int(3); j < k; j++) {
      const q = int(9);
      if (q === 0) body += '\n' + para();
      else if (q === 1) body += (chance(0.5) ? '\n' : '') + `${pick(['```', '~~~', '````'])}${pick(['', 'ruby', 'liquid', 'html', 'js'])}\n${pick(['{{ x }}', '{% if a %}b{% endif %}', '<b>*x*</b>', 'a|b', '\tx', '', '  indented'])}\n${pick(['```', '~~~', '````', ''])}\n`;
      else if (q === 2) body += '\n' + ind(`${pick(['x = 1', '{{ y }}', '<b>', '*a*', '\tt'])}\n${pick(['', 'more\n'])}`, pick(['    ', '\t', '     ']));
      else if (q === 3) body += (chance(0.5) ? '\n' : '') + ind(para(), pick(['> ', '>', '> > ']));
      else if (q === 4 && depth < 3) body += (chance(0.5) ? '\n' : '') + list(depth + 1);
      else if (q === 5) body += (chance(0.5) ? '\n' : '') + htmlBlock(2);
      else if (q === 6) body += pick(IAL_S) + '\n';
      else if (q === 7) body += (chance(0.5) ? '\n' : '') + mdBlock(depth + 2);
      else body += `${line()}\n`;
    }
    out += ind(body.replace(/\n+$/, '') || '', contIndent, lead + m + sep) + '\n' + (chance(0.3) ? '\n' : '') + (chance(0.1) ? `${pick(IAL_S)}\n` : '');
  }
  return out;
}
function table() {
  const cols = 1 + int(4);
  const CELL = ['a', '`a|b`', '`a\\|b`', 'a \\| b', '中文', '**b**', '<b>x</b>', '<span>|</span>', '$$a|b$$', '[l](/u)', '', ' ', '`c`', '{{ x }}', '&amp;', '"q"', 'x{: .c}', '<br>', '\\', '`|`', '[^1]', 'HTML', '<!-- | -->', '```x|y```', '``a|b``'];
  const lp = chance(0.7) ? '|' : '';
  const row = () => `${lp}${times(cols, (i) => ` ${pick(CELL)} ${i < cols - 1 || lp ? '|' : ''}`)}${chance(0.2) ? ' ' : ''}`;
  const sep = `${lp}${times(cols, (i) => `${pick(['---', ':--', '--:', ':-:', '-', ' --- '])}${i < cols - 1 || lp ? '|' : ''}`)}`;
  let out = chance(0.8) ? `${row()}\n${sep}\n` : '';
  out += times(1 + int(3), () => `${row()}\n`);
  if (chance(0.2)) out += `${sep}\n${row()}\n`;
  if (chance(0.15)) out += `${lp}${'='.repeat(3)}|\n${row()}\n`;
  if (chance(0.2)) out += `${pick(IAL_S)}\n`;
  return out;
}
function mdBlock(depth = 0) {
  const r = int(depth > 2 ? 6 : 30);
  switch (r) {
    case 0: case 1: case 2: return para();
    case 3: return `${pick(['#', '##', '###', '####', '#'.repeat(7)])}${pick([' ', '', '  ', '\t'])}${pick(HEAD)}${pick(['', '', ' {#id}', ' {#中文}', '{#x}', ' {#a .b}', ' #', ' ##', ' {: .c}', ' \\#'])}\n`;
    case 4: return `${pick(HEAD)}${pick(['', ' {#sid}', ' {: #s}'])}\n${pick(['===', '---', '=', '-', '= =', '---  ', '  ---'])}\n`;
    case 5: return ind(para(), pick(['> ', '>', '> > ', ' > ']));
    case 6: case 7: case 8: return list(depth);
    case 9: case 10: return htmlBlock(depth);
    case 11: return table();
    case 12: return `[^${pick(['1', 'n', '中', 'x y'])}]:${pick([' ', '', '\n    '])}${line()}\n${pick(['', `\n    ${line()}\n`, `    ${line()}\n`, '\n    ```\n    c\n    ```\n', '\n    - a\n    - b\n', `\n    > ${line()}\n`])}`;
    case 13: return `*[${pick(['HTML', 'CSS', 'W3C', '中文', 'API', 'a b', 'HTML5'])}]:${pick([' ', '', '  '])}${pick(['HyperText', 'T "q" t', '', '*x*', '中文说明', '<b>b</b>'])}\n`;
    case 14: return `{:${pick(['r', 'ref', 'a1'])}:${pick([' .c', ' #i', ' k="v"', ' .a .b', ''])}}\n`;
    case 15: return `[${pick(['r', 'R', 'ref', '中', 'a b'])}]: ${pick(['/u', '<http://x>', 'http://e.com/a_b', '/u "t"', "/u 't'", '/u (t)', '"t"', ''])}${pick(['', '\n  "next line title"', ' {: .c}'])}\n`;
    case 16: return `$$${pick(['\n', '', ' '])}${pick(['x^2', 'a|b\n\nc', '\\begin{aligned}a&=b\\\\c\\end{aligned}', '<b>', '\\$'])}${pick(['\n', '', ' '])}$$${pick(['', ' tail', '\n' + pick(IAL_S)])}\n`;
    case 17: return `{::${pick(['nomarkdown', 'comment'])}${pick(['', ' type="html"', ' /'])}}\n${para()}{:/${pick(['nomarkdown', 'comment', ''])}}\n`;
    case 18: return `{::options ${pick(['auto_ids="false"', 'parse_block_html="true"', 'parse_span_html="false"', 'smart_quotes="lsquo,rsquo,ldquo,rdquo"', 'auto_id_prefix="p-"', 'hard_wrap="true"', 'typographic_symbols="{hellip: \\"...\\"}"', 'math_engine="nil"', 'toc_levels="2"', 'footnote_nr="3"', 'entity_output="numeric"', 'footnote_backlink="x"', 'foo="bar"'])} /}\n`;
    case 19: return `${pick(['***', '---', '* * *', '- - -', '___', '_ _ _', '  ***', '****'])}${pick(['', ' ', ' {: .c}'])}\n`;
    case 20: return `${pick(['Term', '中文', '`c`', '*t*'])}\n: ${line()}\n${pick(['', `: ${line()}\n`, `\n    ${line()}\n`, '    ```\n    c\n    ```\n'])}`;
    case 21: return ind(`${pick(['code', '{{ liquid }}', '{% raw %}x{% endraw %}', '<b>', 'a\tb', '中文'])}\n${pick(['', '\n', 'more\n', '\n\nafter blank\n'])}`, pick(['    ', '\t', '     ', '  \t']));
    case 22: return `${pick(['```', '~~~', '~~~~', '````'])}${pick(['', 'ruby', ' liquid', 'html', 'text', 'js {: .x}', 'nosuch', 'ruby linenos'])}\n${pick(['{{ page.title }}', '{% for x in y %}\n{{ x }}\n{% endfor %}', '<div>\n</div>', '  \tx', '', '$$x$$'])}\n${pick(['```', '~~~', '~~~~', '````', '```   '])}\n${chance(0.2) ? pick(IAL_S) + '\n' : ''}`;
    case 23: return `${pick(IAL_S)}\n${para()}`;
    case 24: return `${para()}${pick(IAL_S)}\n`;
    case 25: return `${line()}\n${pick(['- ', '1. ', '> ', '# ', '```\n', '<div>', '| a |\n', '    ', '***', '$$', '{::comment}', '[^1]: ', '*[X]: y', '<!--', ': '])}${line()}\n`;
    case 26: return `${times(2 + int(3), () => `${line()}${pick(['  ', '\\', '', ' \\', '\t'])}\n`)}`;
    case 27: return `${pick(CJK)}${pick(CJK)}${pick(QUOTE)}${pick(CJK)}${pick(SPAN_HTML)}${pick(CJK)}${pick(QUOTE)}${pick(CJK)}${pick(['*', '**', '_', ''])}${pick(CJK)}\n`;
    case 28: return chance(0.5) ? `\t${line()}\n` : ind(prettyHtml(0), pick(['', '', '  ', '   ', '    ']));
    default: return `${pick(['', '  ', ' ', '   '])}${line()}\n`;
  }
}

function doc() {
  const blocks = [];
  for (let i = 0, n = 1 + int(6); i < n; i++) blocks.push(mdBlock(0));
  return blocks.join(pick(['\n', '\n', '', '\n\n'])).replace(/\n*$/, pick(['\n', '', '\n\n']));
}
function soup() {
  // char-level token soup over a few lines: tokens, newlines and indentation mixed freely
  let s = '';
  for (let i = 0, n = 5 + int(40); i < n; i++) {
    const q = int(10);
    if (q < 6) s += inlineToken();
    else if (q === 6) s += pick(['\n', '\n\n', '\n    ', '\n\t', '\n> ', '\n- ', '\n1. ', '\n  ', '\n| ', '\n: ']);
    else if (q === 7) s += pick([' ', '  ', '\t']);
    else if (q === 8) s += pick(SPAN_HTML.concat(['<div>', '</div>', '<div markdown="1">', '<p markdown="span">', '<details>', '</details>', '<table>', '</table>', '<tr><td>', '</td></tr>']));
    else s += pick(CJK);
  }
  return s + pick(['\n', '']);
}
function mutate(text) {
  const lines = text.split('\n');
  for (let k = 0, n = 1 + int(4); k < n; k++) {
    const i = int(lines.length);
    const q = int(10);
    if (lines[i] === undefined) continue;
    if (q >= 7) { lines.splice(i, 0, pick(['  ', ' ', '\t', '    ', '     ', ' \t ', '        '])); continue; }
    if (q === 0) lines[i] = pick([' ', '  ', '\t', '    ']) + lines[i];
    else if (q === 1) lines[i] = lines[i].replace(/^\s/, '');
    else if (q === 2) lines.splice(i, 0, '');
    else if (q === 3) lines.splice(i, 1);
    else if (q === 4) lines.splice(i, 0, lines[i]);
    else if (q === 5 && lines[i].length > 0) { const cs = Array.from(lines[i]); cs.splice(int(cs.length), 1); lines[i] = cs.join(''); }
    else lines[i] = (lines[i] ?? '') + pick(['  ', '\\', ' ', '{: .m}', '<!--', '-->', '`', '*', '$$']);
  }
  return lines.join('\n');
}
// long documents whose parts refer to each other: references, footnotes, abbreviations, ALDs,
// duplicate headers and a TOC, definitions placed before, after and inside containers
const NAMES = ['a', 'B', '1', 'x y', '中', 'Ünï', 'r-1'];
function globalDoc() {
  const uses = () => pick([`[t][${pick(NAMES)}]`, `[${pick(NAMES)}]`, `[^${pick(NAMES)}]`, `${pick(['HTML', 'CSS', 'W3C', '中文', 'e.g.', 'A&B'])}`, `*e*{:${pick(NAMES)}}`, `![i][${pick(NAMES)}]`, `[l](/u){: ${pick(NAMES)}}`]);
  const defs = () => pick([
    `[${pick(NAMES)}]: ${pick(['/u', 'http://e.com "T"', '<>', '/中文 (t)', '#frag'])}\n`,
    `[^${pick(NAMES)}]: ${inline(3)} ${uses()}\n${chance(0.4) ? `\n    ${line()} ${uses()}\n` : ''}`,
    `*[${pick(['HTML', 'CSS', 'W3C', '中文', 'e.g.', 'A&B'])}]: ${pick(['t', '', '"q" <b>', '中文说明'])}\n`,
    `{:${pick(NAMES.filter((n) => /^[\w-]+$/.test(n)))}: ${pick(['.c', '#i', 'k="v"', '.a .b', 'other'])}}\n`,
  ]);
  const part = () => pick([
    () => `${pick(['#', '##', '###', '####'])} ${pick(['Same', 'Same', 'Other', '中文', 'Same 1', 'same', 'Same-1', uses()])}${pick(['', '', ' {#same}', ' {: .no_toc}', ` {:${pick(NAMES)}}`])}\n`,
    () => `${inline(4)} ${uses()} ${uses()}${pick(['', '.', '"'])}\n`,
    () => `- ${uses()} ${inline(2)}\n${pick(['', `  ${defs()}`, `\n  ${defs()}`, `  - ${uses()}\n`])}`,
    () => `> ${uses()} ${inline(2)}\n${chance(0.5) ? `>\n> ${defs()}` : ''}`,
    () => `| ${uses()} | ${uses()} |\n|---|---|\n| ${uses()} | x |\n`,
    () => `${pick(['Term', uses()])}\n: ${uses()}\n`,
    () => `<div markdown="1">\n${uses()}\n${chance(0.5) ? defs() : ''}</div>\n`,
    () => `* toc\n{:toc${pick(['', ' .x', ' #t'])}}\n`,
    () => `* f\n{:footnotes}\n`,
    defs, defs,
    () => `${pick(['{::options footnote_nr="3" /}', '{::options toc_levels="2..3" /}', '{::options auto_id_prefix="p-" /}', '{::options auto_ids="false" /}', '{::options footnote_backlink="^" /}', '{::options footnote_backlink_inline="true" /}', '{::options auto_id_stripping="true" /}', '{::options smart_quotes="apos,apos,quot,quot" /}'])}\n`,
    () => mdBlock(1),
  ])();
  return times(3 + int(12), () => part() + pick(['\n', '\n', ''])) ;
}

// raw HTML and Markdown side by side as posts write them: block HTML and comments with Markdown
// right after them (no blank line), `<div markdown="1">` around lists, headers and code, `<div>`s
// and comments inside list items, inline HTML in CJK text with emphasis and autolinks
const CJK_EM = () => `${pick(CJK)}${pick(['*', '**', '_', '__', '***'])}${pick(CJK)}${pick(['', ' ', '，'])}${pick(CJK)}${pick(['*', '**', '_', '__', '***'])}${pick(['', pick(CJK), '。', 'abc', ' '])}`;
const CJK_AUTO = () => `${pick(CJK)}${pick(['<https://例え.jp/パス>', '<http://a.b/中文>', '<a@b.c>', 'http://bare.com/路径', '<https://x.y/a_b_c>', '[链接](https://x.y/中)', '[链接](<https://x.y/a b>)'])}${pick(['', '。', '，', pick(CJK)])}`;
function mixedSpan() {
  return pick([CJK_EM, CJK_AUTO, () => pick(SPAN_HTML), () => inline(3), () => `<span markdown="1">${CJK_EM()}</span>`, () => `<a href="/x">${CJK_EM()}</a>`, () => `<!--${pick([' c ', '中文', '\n'])}-->`])();
}
function mixedLine() {
  return times(1 + int(4), () => mixedSpan() + pick(['', ' ', ''])) + pick(['', '', '  ', '\\']);
}
function mixedBlock(depth = 0) {
  const t = pick(['div', 'div', 'section', 'details', 'figure', 'aside', 'p', 'center', 'blockquote']);
  const md = pick(MD_ATTR);
  const after = () => pick(['', '', '\n']) + pick([`${mixedLine()}\n`, `- ${mixedLine()}\n- ${mixedLine()}\n`, `# ${pick(HEAD)}\n`, '```\ncode\n```\n', `> ${mixedLine()}\n`, `1. ${mixedLine()}\n`, '{: .c}\n', `${mixedLine()}\n===\n`, '    code\n', '| a | b |\n|---|---|\n| 1 | 2 |\n']);
  const r = int(depth > 1 ? 6 : 10);
  switch (r) {
    case 0: return `<!--${pick([' c ', '\n' + mixedLine() + '\n', '- x -'])}-->${pick(['', ' ' + mixedLine()])}\n${after()}`;
    case 1: return `<${t}${md}>${pick(['', mixedLine()])}</${t}>\n${after()}`;
    case 2: return `<${t}${md}>\n${pick(['', '\n'])}${times(1 + int(3), () => mixedBlock(depth + 1))}${pick(['', '\n'])}</${t}>${pick(['', ' ' + mixedLine()])}\n${after()}`;
    case 3: return `${pick(['-', '*', '1.'])} ${mixedLine()}\n${pick(['', '\n'])}${ind(mixedBlock(depth + 1).replace(/\n+$/, ''), pick(['  ', '   ', '    ', '\t', ' ']))}\n${pick(['', '\n'])}${pick(['-', '*', '2.', ''])} ${mixedLine()}\n`;
    case 4: return `${mixedLine()}\n${pick(['<div>', '<div markdown="1">', '<!-- c -->', '<p>', '<hr>', '<hr/>', '<br>', '<table>', '<pre>'])}${pick(['', '\n'])}${pick(['', mixedLine()])}${pick(['', '\n'])}${pick(['</div>', '', '</p>', '</table>', '</pre>'])}\n${after()}`;
    case 5: return `${mixedLine()}\n${pick(['', '\n'])}`;
    case 6: return `<${t}${pick([' markdown="1"', ' markdown="1"', md])}>\n${pick([`- ${mixedLine()}\n  - ${mixedLine()}\n`, `1. ${mixedLine()}\n\n   <div>${mixedLine()}</div>\n`, `## ${pick(HEAD)}\n${mixedLine()}\n`, `${mixedLine()}\n\n    code\n`, `> ${mixedLine()}\n`, `<${t}${md}>\n${mixedLine()}\n</${t}>\n`, `Term\n: ${mixedLine()}\n`, `[^1]: ${mixedLine()}\n\n${mixedLine()}[^1]\n`])}${pick(['', '\n'])}</${t}>\n${after()}`;
    case 7: return `- ${mixedLine()}\n${pick(['', '\n'])}  <!-- ${pick(['c', '中文'])} -->\n${pick(['', '\n'])}- ${mixedLine()}\n`;
    case 8: return `<${pick(['table', 'ul', 'dl'])}>\n  <${pick(['tr><td', 'li', 'dt'])}${md}>${mixedLine()}</${pick(['td></tr', 'li', 'dt'])}>\n</${pick(['table', 'ul', 'dl'])}>\n${after()}`;
    default: return `<${t}${md}>${mixedLine()}\n${mixedLine()}\n</${t}>\n${after()}`;
  }
}
function mixedDoc() {
  return times(1 + int(4), () => (chance(0.7) ? mixedBlock(0) : mdBlock(1)) + pick(['', '\n', '\n']));
}

// kramdown's own constructs where they meet: definition lists (several terms and definitions, IALs
// on dt and dd, blocks and lazy lines inside dd), IALs and ALDs on every block and span kind,
// abbreviations and footnotes inside headers, tables, links, terms, emphasis and each other's
// definitions, and smart quotes against CJK punctuation, emphasis, code and links (mode odd)
const ABBR = ['HTML', 'CSS', 'W3C', '中文', 'e.g.', 'A&B', 'API', 'HTML5', 'Jekyll'];
const ALD = ['a', 'b1', 'ref'];
function oddSpan() {
  const q = () => pick(['"', "'", '“', '”', '‘', '’']);
  return pick([
    () => `${q()}${pick(CJK)}${q()}`,
    () => `${pick(CJK)}${q()}${pick(WORDS.slice(0, 10))}${q()}${pick(['。', '，', '、', '！', ''])}`,
    () => `${q()}${pick(['*', '**', '_', '`'])}${pick(CJK)}${pick(['*', '**', '_', '`'])}${q()}`,
    () => `${pick(['「', '（', '《', ''])}${q()}${pick(['word', '中文', 'it'])}${q()}${pick(['」', '）', '》', ''])}`,
    () => `${q()}[${pick(['link', '链接'])}](/u)${q()}${pick(['。', ''])}`,
    () => `${pick(ABBR)}${pick(['', 's', '。', '，', '-x', '_y', '"'])}`,
    () => `[^${pick(NAMES)}]${pick(['', '。', '"', "'", ','])}`,
    () => `${pick(['*e*', '**s**', '`c`', '[l](/u)', '![i](/i.png)', '<span>h</span>', 'word', '中文'])}{:${pick(['.c', '#i', ` ${pick(ALD)}`, ' k="v"', '.a title="t"'])}}`,
    () => pick(QUOTE),
    () => `${pick(CJK)}${pick(['--', '---', '...', '<<', '>>'])}${pick(CJK)}`,
    () => pick(WORDS.slice(0, 10)),
  ])();
}
const oddLine = () => times(1 + int(4), () => oddSpan() + pick([' ', '', ' ']));
const BIAL = () => pick(['{: .c}', '{:#id}', `{: ${pick(ALD)}}`, '{: .a k="v"}', `{:${pick(ALD)} .x}`, '{: title="a \"q\" b"}', '{::}']);
function oddBlock(depth = 0) {
  const deeper = () => (depth < 2 ? oddBlock(depth + 1) : `${oddLine()}\n`);
  switch (int(16)) {
    case 0: return `${pick(['Term', oddLine()])}\n${chance(0.3) ? `${oddLine()}\n` : ''}${chance(0.3) ? `${BIAL()}\n` : ''}: ${oddLine()}\n${chance(0.4) ? `${pick(['', '  '])}${oddLine()}\n` : ''}${chance(0.4) ? `${pick(['', '\n'])}: ${chance(0.3) ? `${BIAL()} ` : ''}${oddLine()}\n` : ''}`;
    case 1: return `${oddLine()}\n\n: ${oddLine()}\n\n${ind(deeper().replace(/\n+$/, ''), pick(['  ', '    ', '\t']))}\n`;
    case 2: return `${pick(['#', '##', '###'])} ${oddLine()}${pick(['', ' {#h}', ` {: ${pick(ALD)}}`, ' {: .c}'])}\n${chance(0.3) ? `${BIAL()}\n` : ''}`;
    case 3: return `| ${oddLine()} | ${oddLine()} |\n${pick(['|---|---|\n', '|:--|--:|\n', ''])}| ${oddSpan()} | ${oddSpan()} |\n${chance(0.4) ? `${BIAL()}\n` : ''}`;
    case 4: return `[^${pick(NAMES)}]: ${oddLine()}\n${chance(0.5) ? `\n${ind(deeper().replace(/\n+$/, ''), '    ')}\n` : ''}`;
    case 5: return `*[${pick(ABBR)}]: ${pick(['t', '', '"q" <b>', '中文说明', 'it\'s', '“x”'])}\n`;
    case 6: return `{:${pick(ALD)}: ${pick(['.c', '#i', 'k="v"', '.a .b', 'a', `${pick(ALD)} .x`])}}\n`;
    case 7: return `${pick(['-', '*', '1.'])} ${oddLine()}\n${chance(0.4) ? `${pick(['  ', ''])}${BIAL()}\n` : ''}${chance(0.4) ? `\n${ind(deeper().replace(/\n+$/, ''), pick(['  ', '   ', '    ']))}\n` : ''}${chance(0.5) ? `${pick(['-', '*', '2.'])} ${oddLine()}\n` : ''}${chance(0.3) ? `${BIAL()}\n` : ''}`;
    case 8: return `${ind(deeper().replace(/\n+$/, ''), pick(['> ', '>']))}\n${chance(0.4) ? `${BIAL()}\n` : ''}`;
    case 9: return `<div${pick(['', ' markdown="1"', ' markdown="block"', ' markdown="span"'])}>\n${deeper()}</div>\n${chance(0.4) ? `${BIAL()}\n` : ''}`;
    case 10: return `${pick(['***', '---', '* * *'])}\n${chance(0.5) ? `${BIAL()}\n` : ''}`;
    case 11: return `${pick(['~~~', '```', '    '])}${pick(['', 'ruby'])}\ncode "q" ${pick(ABBR)}\n${pick(['~~~', '```', ''])}\n${chance(0.5) ? `${BIAL()}\n` : ''}`;
    case 12: return `${BIAL()}\n${deeper()}`;
    case 13: return `${oddLine()}\n${BIAL()}\n`;
    case 14: return `[${pick(NAMES)}]: ${pick(['/u', '/u "t"', 'http://e.com \'t\''])}\n${chance(0.3) ? `${BIAL()}\n` : ''}`;
    default: return `${oddLine()}\n${chance(0.3) ? `${oddLine()}\n` : ''}`;
  }
}
const oddDoc = () => times(1 + int(6), () => oddBlock(0) + pick(['\n', '\n', '']));

const codeDoc = (await import('./fuzz-kramdown-code.mjs')).makeCode({ int, pick, chance }, ind);
const POOL = ['real', 'mix2'].includes(mode) ? JSON.parse(fs.readFileSync(opt('pool'), 'utf8')) : [];
function realDoc() {
  let out = '';
  for (let i = 0, n = 1 + int(5); i < n; i++) {
    let b = pick(POOL);
    const r = int(10);
    if (r === 0) b = ind(b.replace(/\n+$/, ''), pick(['  ', '   ', '    ', '\t']), pick(['- ', '1. ', '* ', '10. ', '-\t'])) + '\n';
    else if (r === 1) b = ind(b.replace(/\n+$/, ''), pick(['> ', '>']));
    else if (r === 2) b = `<div markdown="${pick(['1', 'block', 'span'])}">\n${b}</div>\n`;
    else if (r === 3) b = `[^${pick(['1', 'n'])}]: ` + ind(b.replace(/\n+$/, ''), '    ', '') + '\n';
    else if (r === 4) b = mutate(b);
    else if (r === 5) b = `Term\n: ` + ind(b.replace(/\n+$/, ''), '  ', '') + '\n';
    out += b + pick(['\n', '', '\n\n']);
  }
  return out;
}
function generate() {
  const m = mode === 'mix' ? pick(['struct', 'struct', 'soup', 'mutate', 'html', 'pretty', 'global', 'global', 'mixed', 'mixed', 'odd', 'odd']) : mode;
  if (m === 'soup') return soup();
  if (m === 'mutate') return mutate(doc());
  if (m === 'global') return globalDoc();
  if (m === 'real') return realDoc();
  if (m === 'code') return codeDoc();
  if (m === 'mixed') return mixedDoc();
  if (m === 'odd') return oddDoc();
  if (m === 'pretty') return times(1 + int(3), () => (chance(0.3) ? para() + pick(['', '\n']) : '') + (chance(0.3) ? ind(prettyHtml(0), '  ', pick(['- ', '1. ', '> '])) : prettyHtml(0)) + pick(['', '\n']));
  if (m === 'html') return times(1 + int(3), () => htmlBlock(0) + pick(['', '\n'])) + (chance(0.5) ? para() : '');
  return doc();
}

// --- compare + reduce --------------------------------------------------------------------------
async function differs(text) {
  const got = kyll(text);
  const want = await oracle.ask(text);
  if (want && typeof want === 'object' && /^(Timeout|JSON::GeneratorError)/.test(String(want.error))) return false;
  return !equal(got, want);
}
async function reduceChars(text) {
  // after lines: drop tokens split by whitespace, then single chars in short texts
  let cur = text;
  let parts = cur.split(/(?<=\s)(?=\S)/);
  for (let i = 0; i < parts.length; ) {
    const cand = [...parts.slice(0, i), ...parts.slice(i + 1)].join('');
    if (cand.trim() !== '' && (await differs(cand))) parts = cand.split(/(?<=\s)(?=\S)/);
    else i++;
  }
  cur = parts.join('');
  if (cur.length < 400) {
    // (by code points: half an astral character is no text the oracle's JSON reads)
    let chars = Array.from(cur);
    for (let i = 0; i < chars.length; ) {
      const cand = [...chars.slice(0, i), ...chars.slice(i + 1)].join('');
      if (cand.trim() !== '' && (await differs(cand))) chars = Array.from(cand);
      else i++;
    }
    cur = chars.join('');
  }
  return cur;
}

fs.mkdirSync(outDir, { recursive: true });
const seen = new Set();
let found = 0;
let tried = 0;
const started = Date.now();
for (let i = 0; i < count && found < maxCases; i++) {
  const text = generate();
  tried++;
  if (flag('show')) console.log(JSON.stringify(text));
  if (!(await differs(text))) continue;
  let small = await reduceLines(text, differs);
  if (!flag('no-char')) small = await reduceChars(small);
  const key = small.replace(/[A-Za-z0-9]+/g, 'w').replace(/[\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]+/g, 'C');
  if (seen.has(key)) continue;
  seen.add(key);
  found++;
  const want = await oracle.ask(small);
  const got = kyll(small);
  const name = String(found).padStart(3, '0');
  fs.writeFileSync(path.join(outDir, `${name}.md`), small);
  fs.writeFileSync(path.join(outDir, `${name}.json`), JSON.stringify({ text: small, jekyll: want, kyll: got, original: text }, null, 1));
  console.log(`--- case ${name} (text ${i}, seed ${seed}, mode ${mode})\n${JSON.stringify(small)}\njekyll: ${JSON.stringify(want)}\nkyll:   ${JSON.stringify(got)}\n`);
}
oracle.end();
console.log(`seed ${seed} mode ${mode}: ${tried} texts, ${found} distinct differences, ${((Date.now() - started) / 1000).toFixed(0)}s`);
