// The kramdown patterns whose \p{...} classes (UNAME, Ruby's \b) cost V8 milliseconds to
// parse are made on first use (regex.ts lazyR), not when the converter's modules load:
// loading dist/markdown in a fresh process and converting plain Markdown makes none of
// them; a document with block HTML and quotes makes them, and converts as kramdown does.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = pathToFileURL(path.resolve('dist/markdown/index.js')).href;

// Sources that only the lazy patterns hold: LAZY_END's HTML stop, HTML_TAG_RE's name lookahead, smart quotes.
const LAZY_MARKS = ['<\\/(?!(?:a|abbr|acronym', '<(?=((?:[\\p{Alphabetic}_]', '("|\')(?='];

const SCRIPT = `
const Orig = RegExp;
const made = [];
globalThis.RegExp = new Proxy(Orig, { construct(t, a) { made.push(String(a[0] instanceof Orig ? a[0].source : a[0])); return new Orig(...a); } });
const marks = ${JSON.stringify(LAZY_MARKS)};
const lazy = () => made.filter((s) => marks.some((m) => s.includes(m))).length;
const { createMarkdownConverter } = await import(${JSON.stringify(ENTRY)});
const c = createMarkdownConverter({});
const atLoad = lazy();
const plain = c.convert('# Title\\n\\nSome *words* and a [link](/x).\\n\\n* one\\n* two\\n\\ntext\\n\\n    code\\n');
const afterPlain = lazy();
const html = c.convert('para\\n<div>\\n  x\\n</div>\\n\\n"quoted" it\\'s\\n');
console.log(JSON.stringify({ atLoad, afterPlain, afterHtml: lazy(), plain, html }));
`;

test('patterns with costly classes are made on first use', () => {
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', SCRIPT], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  const r = JSON.parse(run.stdout) as { atLoad: number; afterPlain: number; afterHtml: number; plain: string; html: string };
  expect(r.atLoad).toBe(0);
  expect(r.afterPlain).toBe(0);
  expect(r.afterHtml).toBeGreaterThanOrEqual(3);
  expect(r.plain).toBe('<h1 id="title">Title</h1>\n\n<p>Some <em>words</em> and a <a href="/x">link</a>.</p>\n\n<ul>\n  <li>one</li>\n  <li>two</li>\n</ul>\n\n<p>text</p>\n\n'
    + '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>code\n</code></pre></div></div>\n');
  expect(r.html).toBe('<p>para</p>\n<div>\n  x\n</div>\n\n<p>“quoted” it’s</p>\n');
});

// Span HTML's start (`<(UNAME|!--|\/)`) and the e-mail autolink: their \p{...} patterns are made
// only for a tag name that starts with a non-ASCII letter and for an `@` ahead (scanner.ts lazyPattern).
const SPAN_MARKS = ['<((?:[\\p{Alphabetic}_]', '+?@['];
const SPAN_SCRIPT = (doc: string): string => `
const Orig = RegExp;
const made = [];
globalThis.RegExp = new Proxy(Orig, { construct(t, a) { made.push(String(a[0] instanceof Orig ? a[0].source : a[0])); return new Orig(...a); } });
const marks = ${JSON.stringify(SPAN_MARKS)};
const { createMarkdownConverter } = await import(${JSON.stringify(ENTRY)});
const html = createMarkdownConverter({}).convert(${JSON.stringify(doc)});
console.log(JSON.stringify({ made: marks.map((m) => made.some((s) => s.includes(m))), html }));
`;

test('span HTML and e-mail autolinks with non-ASCII names make their Unicode patterns only then, and convert as kramdown does', () => {
  const run = (doc: string) => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', SPAN_SCRIPT(doc)], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    return JSON.parse(r.stdout) as { made: boolean[]; html: string };
  };
  const ascii = run('a <span class="x">b</span> <http://x.y> < c <!-- d --> e</span>\n');
  expect(ascii.made).toEqual([false, false]);
  expect(ascii.html).toBe('<p>a <span class="x">b</span> <a href="http://x.y">http://x.y</a> &lt; c <!-- d --> e&lt;/span&gt;</p>\n');
  const unicode = run('a <über x="1">x</über> and <ü@bücher.de> and <a@b.c> b <é/> <_x> < y\n\nc <日本>t</日本> <mailto:x@y>\n');
  expect(unicode.made).toEqual([true, true]);
  // Both as kramdown 2.4 (Jekyll 4.3's) with input GFM writes them.
  expect(unicode.html).toBe('<p>a <über x="1">x</über> and <a href="mailto:ü@bücher.de">ü@bücher.de</a> and <a href="mailto:a@b.c">a@b.c</a> b <é></é> <_x> &lt; y</_x></p>\n\n'
    + '<p>c <日本>t</日本> <a href="mailto:x@y">x@y</a></p>\n');
});
