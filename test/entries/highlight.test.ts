// kyll/highlight: Rouge's HTML for a language, checked against what kramdown
// (our port, itself checked against Jekyll's fixtures) writes for a fenced block.
import { highlight, isSupportedLanguage, supportedLanguages } from '../../lib/entries/highlight.js';
import { markdownToHtml } from '../../lib/entries/markdown.js';

test('inline: the spans Rouge::Formatters::HTML writes', () => {
  expect(highlight('puts "a<b"\n', 'ruby')).toBe('<span class="nb">puts</span> <span class="s2">"a&lt;b"</span>\n');
});

test('block: the wrapper kramdown writes around a fenced code block', () => {
  const code = 'const x = 1; // <ok>\n';
  expect(highlight(code, 'javascript', { wrap: 'block' }) + '\n').toBe(markdownToHtml('~~~ javascript\n' + code + '~~~\n'));
});

test('a language without a lexer is escaped plain text, as Rouge writes it', () => {
  expect(highlight('a < b & "c"', 'nosuchlang')).toBe('a &lt; b &amp; "c"');
  expect(isSupportedLanguage('nosuchlang')).toBe(false);
});

test('the list of languages holds names and aliases', () => {
  const langs = supportedLanguages();
  expect(langs).toEqual(expect.arrayContaining(['ruby', 'rb', 'javascript', 'js', 'python', 'go', 'rust']));
  expect(isSupportedLanguage('js')).toBe(true);
  expect(isSupportedLanguage('ruby?start_inline=1')).toBe(true);
});
