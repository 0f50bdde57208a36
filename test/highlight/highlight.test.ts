// The public surface of lib/highlight and its guards.
import * as hl from '../../lib/highlight/index.js';
import { highlightCode, rougeTable, supportedLanguages } from '../../lib/highlight/index.js';
import { ROUGE_LEXERS } from '../../lib/markdown/plugins/rouge-lexers.js';

test('exports', () => {
  expect(Object.keys(hl).sort()).toEqual(['escapeHtml', 'highlightCode', 'rougeHighlighter', 'rougeTable', 'supportedLanguages']);
});

test('names and aliases (case-sensitive, as Rouge::Lexer.find)', () => {
  const langs = supportedLanguages();
  for (const n of ['ruby', 'rb', 'javascript', 'js', 'python', 'py', 'shell', 'bash', 'sh', 'html', 'css', 'json', 'xml',
    'c', 'cpp', 'c++', 'java', 'typescript', 'ts', 'diff', 'patch', 'go', 'golang', 'yaml', 'yml', 'scss', 'sql',
    'rust', 'rs', 'php', 'console', 'terminal', 'markdown', 'md', 'liquid', 'csharp', 'c#', 'kotlin', 'swift', 'lua',
    'perl', 'toml', 'ini', 'make', 'makefile', 'nginx', 'docker', 'dockerfile', 'erb', 'haskell', 'scala', 'elixir',
    'jsx', 'Dockerfile', 'TeX', 'LaTeX', 'latex', 'R', 'jsonc', 'bat', 'ftl', 'tf', 'proto', 'objc', 'text']) expect(langs).toContain(n);
  expect(highlightCode('x', 'Ruby')).toBeNull();
  expect(highlightCode('x', 'YAML')).toBeNull();
});

test('every name is one of Rouge 3.30 (kramdown\'s list of lexer names)', () => {
  expect(supportedLanguages().filter((n) => !ROUGE_LEXERS.has(n))).toEqual([]);
});

test('Text has no span; only & < > are escaped', () => {
  expect(highlightCode('a = "<b>&\'"\n', 'ruby')).toBe(
    '<span class="n">a</span> <span class="o">=</span> <span class="s2">"&lt;b&gt;&amp;\'"</span>\n');
});

test('a ?option suffix (Lexer.find_fancy) picks the lexer by its name', () => {
  expect(highlightCode('puts 1', 'ruby?foo=bar')).toBe(highlightCode('puts 1', 'ruby'));
});

test('no lexer: null; plaintext (and text): the code escaped, no spans', () => {
  expect(highlightCode('x', 'no-such-language')).toBeNull();
  expect(highlightCode('x', '')).toBeNull();
  expect(highlightCode('a <b> & c\n', 'plaintext')).toBe('a &lt;b&gt; &amp; c\n');
  expect(highlightCode('x', 'text')).toBe('x');
});

test('plaintext written without its lexer gives what the lexer gives (a ?option suffix runs the lexer)', () => {
  for (const code of ['a <b> & c\n', '', '\n\n', 'tab\tand \u00e9 \ud83d\ude00 \ud800 "q" \'s\'\r\n', 'x'.repeat(5000)]) {
    expect(highlightCode(code, 'plaintext')).toBe(highlightCode(code, 'plaintext?x=1'));
    expect(highlightCode(code, 'text')).toBe(highlightCode(code, 'text?x=1'));
  }
});

test('rougeTable: HTMLTable, one number per line, start_line and classes', () => {
  expect(rougeTable('<span class="n">a</span>', 'a', { startLine: 9 })).toBe(
    '<table class="rouge-table"><tbody><tr><td class="rouge-gutter gl"><pre class="lineno">9\n</pre></td>' +
    '<td class="rouge-code"><pre><span class="n">a</span>\n</pre></td></tr></tbody></table>');
  expect(rougeTable('a\nb\n', 'a\nb\n', { gutterClass: 'gutter', codeClass: 'code' })).toBe(
    '<table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n</pre></td>' +
    '<td class="code"><pre>a\nb\n</pre></td></tr></tbody></table>');
});

test('unmatched characters are Error tokens, astral characters kept whole', () => {
  expect(highlightCode('{"a": 😀}', 'json')).toBe(
    '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="err">😀</span><span class="p">}</span>');
});

describe('a Rouge lexer that raises', () => {
  test('haxe `using` pushes a state haxe.rb lacks: Jekyll stops with "unknown state: :namespace"', async () => {
    const { createMarkdownConverter } = await import('../../lib/markdown/converter.js');
    const md = createMarkdownConverter({});
    expect(() => md.convert('```haxe\nusing StringTools;\n```\n', 'index.md'))
      .toThrow(expect.objectContaining({ code: 'MARKDOWN_ERROR', message: expect.stringContaining('unknown state: :namespace') }));
    expect(md.convert('```haxe\nimport haxe.Json;\n```\n', 'index.md')).toContain('<span class="k">import</span>');
  });

  test('epp with a parent Rouge does not know: Jekyll stops (its parent is nil), other template lexers use HTML', async () => {
    const { createMarkdownConverter } = await import('../../lib/markdown/converter.js');
    const md = createMarkdownConverter({});
    expect(() => md.convert('```epp?parent=nosuch\n<p><%= $x %></p>\n```\n', 'index.md'))
      .toThrow(expect.objectContaining({ code: 'MARKDOWN_ERROR', message: expect.stringContaining("undefined method `reset!' for nil:NilClass") }));
    expect(md.convert('```erb?parent=nosuch\n<p><%= x %></p>\n```\n', 'index.md')).toContain('<span class="nt">&lt;p&gt;</span>');
  });
});
