// The public surface of lib/highlight and its guards.
import * as hl from '../../lib/highlight/index.js';
import { highlightCode, supportedLanguages } from '../../lib/highlight/index.js';

test('exports', () => {
  expect(Object.keys(hl).sort()).toEqual(['escapeHtml', 'highlightCode', 'rougeHighlighter', 'supportedLanguages']);
});

test('names and aliases (case-sensitive, as Rouge::Lexer.find)', () => {
  const langs = supportedLanguages();
  for (const n of ['ruby', 'rb', 'javascript', 'js', 'python', 'py', 'shell', 'bash', 'sh', 'html', 'css', 'json', 'xml',
    'c', 'cpp', 'c++', 'java', 'typescript', 'ts', 'diff', 'patch', 'go', 'golang', 'yaml', 'yml', 'scss', 'sql',
    'rust', 'rs', 'php', 'console', 'terminal', 'markdown', 'md', 'liquid', 'csharp', 'c#', 'kotlin', 'swift', 'lua',
    'perl', 'toml', 'ini', 'make', 'makefile', 'nginx', 'docker', 'dockerfile', 'erb', 'haskell', 'scala', 'elixir',
    'jsx']) expect(langs).toContain(n);
  expect(highlightCode('x', 'Ruby')).toBeNull();
});

test('Text has no span; only & < > are escaped', () => {
  expect(highlightCode('a = "<b>&\'"\n', 'ruby')).toBe(
    '<span class="n">a</span> <span class="o">=</span> <span class="s2">"&lt;b&gt;&amp;\'"</span>\n');
});

test('a ?option suffix (Lexer.find_fancy) picks the lexer by its name', () => {
  expect(highlightCode('puts 1', 'ruby?foo=bar')).toBe(highlightCode('puts 1', 'ruby'));
});

test('no lexer: null', () => {
  expect(highlightCode('x', 'plaintext')).toBeNull();
  expect(highlightCode('x', '')).toBeNull();
});

test('unmatched characters are Error tokens, astral characters kept whole', () => {
  expect(highlightCode('{"a": 😀}', 'json')).toBe(
    '<span class="p">{</span><span class="nl">"a"</span><span class="p">:</span><span class="w"> </span><span class="err">😀</span><span class="p">}</span>');
});
