// The contract other stages rely on: markdownToHtml, createMarkdownConverter,
// the highlighter hook, warnings, and the kramdown options we honour.
import * as markdown from '../../lib/markdown/index.js';
import fc from 'fast-check';
import { createMarkdownConverter, markdownToHtml } from '../../lib/markdown/index.js';

test('public exports', () => {
  expect(Object.keys(markdown).sort()).toEqual([
    'JEKYLL_KRAMDOWN_DEFAULTS', 'createKramdownHandlers', 'createMarkdownConverter', 'escapeHighlighter',
    'kramdownParse', 'markdownToHtml', 'rehypeKramdownLayout', 'rehypeKramdownStringify', 'remarkKramdownRehype',
    'resolveOptions',
  ]);
});

describe('markdownToHtml', () => {
  test('seed-blog shapes: block HTML re-emitted, autolinks, smart quotes', () => {
    const md = '<p>a & “b”</p>\n <p>c </p><p class="em_media">d</p>\n\n<http://x.y/z?a=1>\n\n[l](//h/p)｜"q"\n';
    expect(markdownToHtml(md)).toBe(
      '<p>a &amp; “b”</p>\n<p>c </p>\n<p class="em_media">d</p>\n\n' +
        '<p><a href="http://x.y/z?a=1">http://x.y/z?a=1</a></p>\n\n<p><a href="//h/p">l</a>｜”q”</p>\n',
    );
  });

  test('empty input gives a newline', () => {
    expect(markdownToHtml('')).toBe('\n');
  });

  test('code: default highlighter only escapes, inside Rouge wrappers', () => {
    expect(markdownToHtml('```\na < b\n```\n')).toBe(
      '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>a &lt; b\n</code></pre></div></div>\n',
    );
  });
});

describe('createMarkdownConverter', () => {
  test('reuses one processor and calls the highlight hook', () => {
    const calls: Array<[string, string | undefined]> = [];
    const c = createMarkdownConverter({
      highlight: (code, lang) => {
        calls.push([code, lang]);
        return `<b>${code.trim()}</b>`;
      },
    });
    expect(c.convert('```ruby\nx\n```\n')).toContain('<code><b>x</b></code>');
    expect(c.convert('`y`{:.language-js}\n')).toContain('<code class="language-js highlighter-rouge"><b>y</b></code>');
    expect(calls).toEqual([['x\n', 'ruby'], ['y', 'js']]);
  });

  test('markdown: kramdown is case-insensitive', () => {
    expect(createMarkdownConverter({ markdown: 'Kramdown' }).convert('"a"\n')).toBe('<p>“a”</p>\n');
  });

  // As jekyll-commonmark 1.4 writes it (checked with fixtures/sites/commonmark*):
  // GFM syntax only for the extensions listed, `"` escaped, raw HTML left out unless UNSAFE.
  test('markdown: CommonMark / GFM use remark, written as commonmarker does', () => {
    for (const markdown of ['CommonMark', 'GFM']) {
      const html = createMarkdownConverter({ markdown }).convert('# T\n\n~~x~~ "q" <b>b</b>\n');
      expect(html).toBe('<h1>T</h1>\n<p>~~x~~ &quot;q&quot; <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n');
    }
    const gfm = createMarkdownConverter({ markdown: 'CommonMark', commonmark: { options: ['UNSAFE'], extensions: ['strikethrough'] } });
    expect(gfm.convert('~~x~~ <b>b</b>\n')).toBe('<p><del>x</del> <b>b</b></p>\n');
  });

  test('kramdown warnings become vfile messages with file and line', () => {
    const c = createMarkdownConverter({});
    c.convert('a\n\n<div>\nunclosed\n', '_posts/x.md');
    expect(c.warnings.length).toBeGreaterThan(0);
    expect(c.warnings[0]).toMatchObject({ file: '_posts/x.md', line: 3, ruleId: 'kramdown' });
    expect(c.warnings[0].message).toMatch(/auto-closing/);
    c.convert('fine\n');
    expect(c.warnings).toEqual([]);
  });

  test('never throws on odd input', () => {
    const c = createMarkdownConverter({});
    for (const s of ['\u0000', '&#99999999;', '[^x]: y\n', '{::options bogus="1" /}', '<a href="x', '\r\n\r', '*'.repeat(100)]) {
      expect(typeof c.convert(s)).toBe('string');
    }
  });
});

describe('kramdown options', () => {
  const k = (md: string, options: Record<string, unknown> = {}) => markdownToHtml(md, options);

  test('{::options syntax_highlighter_opts} is YAML: nested span and block settings (Jekyll 4.3.1 output)', () => {
    const md = '{::options syntax_highlighter_opts="{ default_lang: sh, block: { line_numbers: true, start_line: 3 \\} \\}" /}\n\n```\nx\n```\n';
    expect(k(md, {})).toBe(
      '\n<div class="language-sh highlighter-rouge"><div class="highlight"><pre class="highlight"><code><table class="rouge-table"><tbody><tr>' +
        '<td class="rouge-gutter gl"><pre class="lineno">3\n</pre></td><td class="rouge-code"><pre>x\n</pre></td></tr></tbody></table></code></pre></div></div>\n',
    );
    // YAML.safe_load refuses a date: the option stays as it was.
    expect(k('{::options syntax_highlighter_opts="{ default_lang: sh, d: 2020-01-01 \\}" /}\n\n```\nx\n```\n', {})).toMatch(/^\n<div class="language-plaintext/);
  });

  // Outputs of Jekyll 4.3.1's converter (kramdown 2.4.0, kramdown-parser-gfm 1.1.0).
  test('{::options} cannot change what the GFM parser fixed when the document started', () => {
    // gfm.rb #initialize sets @hard_line_break from hard_wrap: a later hard_wrap="true" leaves lines alone.
    expect(k('First line\nsecond line\n\n{::options hard_wrap="true" /}\n\nthird line\nfourth line\n', {}))
      .toBe('<p>First line\nsecond line</p>\n\n<p>third line\nfourth line</p>\n');
    // input is no kramdown option: the kramdown parser stays, a backslash before a line end stays text.
    expect(k('{::options input="GFM" /}\n\nline\\\nnext\n', { input: 'kramdown' })).toBe('\n<p>line\\\nnext</p>\n');
    expect(k('{::options input="GFM" /}\n\nline\\\nnext\n', {})).toBe('\n<p>line<br />\nnext</p>\n');
  });

  test('{::options auto_id_stripping="false" /} anywhere turns GFM\'s stripping off for every header', () => {
    // update_tree reads the option after all blocks are parsed: the header's id comes from its Markdown.
    expect(k('## Header with [link](http://x.com)\n\n{::options auto_id_stripping="false" /}\n', {}))
      .toBe('<h2 id="header-with-linkhttpxcom">Header with <a href="http://x.com">link</a></h2>\n\n');
    expect(k('## Header with [link](http://x.com)\n', {})).toBe('<h2 id="header-with-link">Header with <a href="http://x.com">link</a></h2>\n');
  });

  test('an empty table of contents or footnote list still fills the HTML element around it', () => {
    // convert_ul writes a random placeholder, replaced by '' only once the whole document is written.
    expect(k('<div markdown="1">\n* toc\n{:toc}\n', {})).toBe('<div>\n\n</div>\n');
    expect(k('<div markdown="1">\n* toc\n{:footnotes}\n', {})).toBe('<div>\n\n</div>\n');
    expect(k('<div markdown="1">\n<div markdown="1">\n1. x\n{:toc}\n</div>\n</div>\n', { input: 'kramdown' })).toBe('<div>\n  <div>\n\n  </div>\n</div>\n');
  });

  test('input: kramdown (no GFM fences with backticks, no task lists)', () => {
    expect(k('~~~\nx\n~~~\n', { input: 'kramdown' })).toContain('highlighter-rouge');
    expect(k('- [ ] a\n', { input: 'kramdown' })).toBe('<ul>\n  <li>[ ] a</li>\n</ul>\n');
    expect(k('- [ ] a\n', {})).toContain('task-list-item-checkbox');
  });

  test('auto_id_stripping with input: kramdown', () => {
    expect(k('# a *b* c\n', { input: 'kramdown', auto_id_stripping: true })).toContain('id="a-b-c"');
  });

  test('parse_block_html', () => {
    expect(k('<div>\n*a*\n</div>\n', { parse_block_html: true })).toBe('<div>\n  <p><em>a</em></p>\n</div>\n');
    expect(k('<div>\n*a*\n</div>\n', {})).toBe('<div>\n*a*\n</div>\n');
  });

  test('parse_span_html: false', () => {
    expect(k('a <span>*b*</span>\n', { parse_span_html: false })).toBe('<p>a <span>*b*</span></p>\n');
  });

  test('smart_quotes', () => {
    expect(k('"a" \'b\'\n', { smart_quotes: 'laquo,raquo,laquo,raquo' })).toBe('<p>«a» «b»</p>\n');
  });

  // Outputs and messages of jekyll 4.3.1 / kramdown 2.4.0 (options.rb smart_quotes validator, Utils::Entities.entity).
  test('smart_quotes code points: anything Integer() reads, named when kramdown knows the entity', () => {
    const md = 'He said "Bonjour" and \'salut\'.\n';
    expect(k(md, { smart_quotes: ['0x2039', '8250', 171, ' 187 '] })).toBe('<p>He said «Bonjour» and ‹salut›.</p>\n');
    expect(k(md, { smart_quotes: ['8216', '8217', '8222', '8220'], entity_output: 'symbolic' })).toBe('<p>He said &bdquo;Bonjour&ldquo; and &lsquo;salut&rsquo;.</p>\n');
    expect(k(md, { smart_quotes: ['1_0', '0b11', '0o10', '010'], entity_output: 'numeric' })).toBe('<p>He said &#8;Bonjour&#8; and &#10;salut&#3;.</p>\n');
  });

  test('smart_quotes kramdown refuses stop the conversion', () => {
    const md = 'He said "Bonjour" and \'salut\'.\n';
    // an entity name it does not know (a character, a name with a blank) fails where a quote is written
    expect(() => k(md, { smart_quotes: ['«', '»', '„', '“'] })).toThrow("Can't handle generic non-integer character reference '„'");
    expect(() => k(md, { smart_quotes: 'lsquo, rsquo, ldquo, rdquo' })).toThrow("Can't handle generic non-integer character reference ' ldquo'");
    expect(k('No quotes.\n', { smart_quotes: ['«', '»', '„', '“'] })).toBe('<p>No quotes.</p>\n');
    // not four values: every conversion fails
    expect(() => k('No quotes *here*.\n', { smart_quotes: 'a,b' })).toThrow('Option smart_quotes needs exactly 4 values');
    expect(k('x "y"\n', { smart_quotes: 'lsquo,rsquo,ldquo,rdquo,' })).toBe('<p>x “y”</p>\n');
  });

  // Outputs and messages of jekyll 4.3.1 / kramdown 2.4.0 (Options.parse and the toc_levels validator,
  // Utils.deep_merge_hashes for nil values), checked with scripts/markdown-oracle.rb.
  test('Boolean options as Options.parse reads them: only "false" or nothing is false', () => {
    const md = '# Head\n\nline\nnext\n';
    expect(k(md, { auto_ids: 0 })).toBe('<h1 id="head">Head</h1>\n\n<p>line\nnext</p>\n');
    expect(k(md, { auto_ids: 'no', hard_wrap: 0 })).toBe('<h1 id="head">Head</h1>\n\n<p>line<br />\nnext</p>\n');
    expect(k(md, { auto_ids: ' FALSE ', hard_wrap: 'false' })).toBe('<h1>Head</h1>\n\n<p>line\nnext</p>\n');
    expect(k('{::options auto_ids="nil" /}\n# Head\n')).toBe('<h1 id="head">Head</h1>\n');
    expect(k('{::options auto_ids="0" /}\n# Head\n')).toBe('<h1 id="head">Head</h1>\n');
    expect(k('{::options auto_ids="" /}\n# Head\n')).toBe('<h1>Head</h1>\n');
  });

  test('a nil setting keeps Jekyll\'s default; kramdown reads the others\' nil as empty text', () => {
    const md = '# A\n\n* toc\n{:toc}\n\nx[^1]\n\n[^1]: n\n';
    expect(k(md, { footnote_nr: null, toc_levels: null, auto_ids: null })).toBe(k(md, {}));
    expect(k('*a*\n\n<span>*b*</span>\n', { parse_span_html: null })).toBe('<p><em>a</em></p>\n\n<p><span>*b*</span></p>\n');
    expect(() => k(md, { header_offset: null })).toThrow("Invalid integer value for option 'header_offset': ''");
  });

  test('Integer options kramdown refuses stop every conversion', () => {
    expect(() => k('x\n', { footnote_nr: 'abc' })).toThrow("Invalid integer value for option 'footnote_nr': 'abc'");
    expect(() => k('x\n', { footnote_nr: 2.5 })).toThrow("Invalid integer value for option 'footnote_nr': '2.5'");
    expect(k('x[^1]\n\n[^1]: n\n', { footnote_nr: '0x10' })).toContain('<ol start="16">');
    // inline, the refused value is dropped and the old one kept
    expect(k('{::options footnote_nr="x" /}\nx[^1]\n\n[^1]: n\n')).toContain('rel="footnote">1</a>');
    // line_width and list_indent (the kramdown converter's) are validated too
    expect(() => k('x\n', { line_width: 'x' })).toThrow("Invalid integer value for option 'line_width': 'x'");
    expect(() => k('x\n', { list_indent: null })).toThrow("Invalid integer value for option 'list_indent': ''");
    expect(k('x\n', { line_width: 80, list_indent: '4' })).toBe('<p>x</p>\n');
  });

  test('toc_levels as its validator reads it', () => {
    const md = '# A\n\n## B\n\n### C\n\n* toc\n{:toc}\n';
    const toc = (opts: Record<string, unknown>) => /<ul id="markdown-toc">[\s\S]*?\n<\/ul>/.exec(k(md, opts))?.[0].match(/markdown-toc-\w+/g);
    expect(toc({ toc_levels: '2..3' })).toEqual(['markdown-toc-b', 'markdown-toc-c']);
    expect(toc({ toc_levels: 'x\n1..2' })).toEqual(['markdown-toc-a', 'markdown-toc-b']);
    expect(toc({ toc_levels: '3,1,1' })).toEqual(['markdown-toc-a', 'markdown-toc-c']);
    expect(toc({ toc_levels: ['2', 3.7] })).toEqual(['markdown-toc-b', 'markdown-toc-c']);
    expect(() => k(md, { toc_levels: 2 })).toThrow('Invalid type Integer for option toc_levels');
    expect(() => k(md, { toc_levels: '1, 2' })).toThrow('Invalid syntax for option toc_levels');
    expect(() => k(md, { toc_levels: '12' })).toThrow('Invalid syntax for option toc_levels');
    expect(() => k(md, { toc_levels: '0..2' })).toThrow('Level numbers for option toc_levels have to be integers from 1 to 6');
    expect(() => k(md, { toc_levels: ['2', 'x'] })).toThrow('Level numbers for option toc_levels have to be integers from 1 to 6');
    // inline, a refused value keeps the old levels
    expect(k(`{::options toc_levels="1, 2" /}\n${md}`)).toBe(k(md));
  });

  test('entity_output takes any name (str_to_sym); one kramdown does not know writes numeric references', () => {
    const md = '&copy; &amp; &#8212;\n';
    expect(k(md, { entity_output: ' :symbolic' })).toBe('<p>&copy; &amp; &mdash;</p>\n');
    expect(k(md, { entity_output: 'char' })).toBe('<p>&#169; &amp; &#8212;</p>\n');
    expect(k(`{::options entity_output="" /}\n${md}`)).toBe('<p>&#169; &amp; &#8212;</p>\n');
  });

  test('link_defs: links every document starts with (parser/kramdown.rb update_link_definitions)', () => {
    const defs = { a: ['/x', 'T'], 'Big  B': ['/y'] };
    expect(k('[a] and [big b][] and ![A][]\n', { link_defs: defs })).toBe('<p><a href="/x" title="T">a</a> and <a href="/y">big b</a> and <img src="/x" alt="A" title="T" /></p>\n');
    expect(k('[a]\n', { link_defs: '{a: [/z]}', input: 'kramdown' })).toBe('<p><a href="/z">a</a></p>\n');
    // a definition in the text wins; one set inline comes too late for the parser
    expect(k('[a]\n\n[a]: /doc\n', { link_defs: defs })).toBe('<p><a href="/doc">a</a></p>\n\n');
    expect(k('{::options link_defs="{c: [/z]\\}" /}\n[c]\n')).toBe('<p>[c]</p>\n');
    expect(() => k('x\n', { link_defs: { a: '/x' } })).toThrow('Invalid structure for hash value of option Kramdown::Options');
    expect(() => k('x\n', { link_defs: { a: ['/x', 't', 3] } })).toThrow('Invalid structure for hash value of option Kramdown::Options');
    expect(() => k('x\n', { link_defs: 'a' })).toThrow('Invalid type String for option link_defs');
    expect(() => k('x\n', { link_defs: '{a: [/x' })).toThrow('Invalid YAML value for option link_defs');
    expect(() => k('x\n', { link_defs: null })).toThrow('Invalid type NilClass for option link_defs');
  });

  test('typographic_symbols and gfm_quirks as their validators read them', () => {
    expect(() => k('x\n', { typographic_symbols: 'x' })).toThrow('Invalid type String for option typographic_symbols');
    expect(() => k('x\n', { typographic_symbols: ['a'] })).toThrow('Invalid type Array for option typographic_symbols');
    expect(k('a...\n', { typographic_symbols: '{hellip: ..}' })).toBe('<p>a..</p>\n');
    const md = 'para\n# head\n\n"q" -- x...\n';
    expect(k(md, { gfm_quirks: ' :paragraph_end ' })).toBe('<p>para</p>\n<h1 id="head">head</h1>\n\n<p>“q” – x…</p>\n');
    expect(k(md, { gfm_quirks: [' :no_auto_typographic', 'paragraph_end'] })).toBe('<p>para</p>\n<h1 id="head">head</h1>\n\n<p>“q” -- x...</p>\n');
    expect(() => k(md, { gfm_quirks: null })).toThrow('Invalid type NilClass for option gfm_quirks');
    expect(() => k(md, { gfm_quirks: 5 })).toThrow('Invalid type Integer for option gfm_quirks');
    // without input: GFM, Jekyll does not load kramdown-parser-gfm, which defines the option
    expect(k('x\n', { gfm_quirks: 5, input: 'kramdown' })).toBe('<p>x</p>\n');
  });

  test('remove_line_breaks_for_cjk: a line break in a text between Han, Hiragana or Katakana goes', () => {
    const o = { remove_line_breaks_for_cjk: true };
    expect(k('中文\n换行 text\nmore\n\n*强调\n文字*与\n**加粗**\n한국\n한국\n', o)).toBe('<p>中文换行 text\nmore</p>\n\n<p><em>强调文字</em>与\n<strong>加粗</strong>\n한국\n한국</p>\n');
    expect(k('注[^1]\n\n[^1]: 脚\n    注\n', o)).toContain('<p>脚注\u00a0<a href="#fnref:1"');
    expect(k('中文\n换行\n')).toBe('<p>中文\n换行</p>\n');
    // the converter's option: set inline anywhere, it takes the whole text
    expect(k('中\n文\n\n{::options remove_line_breaks_for_cjk="true" /}\n')).toBe('<p>中文</p>\n\n');
    expect(k('中文\n换行\n', { ...o, hard_wrap: true })).toBe('<p>中文<br />\n换行</p>\n');
  });

  // jekyll 4.3.1 / kramdown 2.4.0: converter/html.rb#footnote_content reads li.children.last.type,
  // nil for a note holding only a link definition; the build fails with Renderer#convert's message.
  test('a footnote made of definitions only fails the conversion, naming the file', () => {
    const c = createMarkdownConverter({ markdown: 'kramdown' });
    const md = 'Text[^1].\n\n[^1]: [ref]: http://x.com\n';
    expect(() => c.convert(md, 'index.md')).toThrow("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'index.md': undefined method `type' for nil:NilClass");
    // with a blank line after the marker, the note holds a blank element: no failure
    expect(c.convert('Text[^1].\n\n[^1]:\n    [ref]: http://x.com\n', 'index.md')).toContain('<li id="fn:1" role="doc-endnote">');
  });

  // jekyll 4.3.1 / rouge 3.30: HTMLTable sprintf's each line number through line_format; a
  // format wanting a second argument raises ArgumentError, reported as a conversion error.
  test('a line_format that is not a one-number sprintf format fails the conversion, naming the file', () => {
    const c = createMarkdownConverter({ markdown: 'kramdown', kramdown: { syntax_highlighter_opts: { line_numbers: true, line_format: '<a id="L%i">%i</a>' } } });
    expect(() => c.convert('```ruby\nx\n```\n', 'index.md')).toThrow("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'index.md': too few arguments");
    // spans take the top-level line_numbers too (a span of no language is Jekyll's plaintext)
    expect(() => c.convert('`x`\n', 'index.md')).toThrow('too few arguments');
    // unless `span:` turns them off
    const spans = createMarkdownConverter({ markdown: 'kramdown', kramdown: { syntax_highlighter_opts: { line_numbers: true, line_format: '%i %i', span: { line_numbers: false } } } });
    expect(spans.convert('`x`\n', 'index.md')).toBe('<p><code class="language-plaintext highlighter-rouge">x</code></p>\n');
  });

  // jekyll 4.3.1 / kramdown 2.4.0 (parser/kramdown/extensions.rb handle_extension, options.rb).
  test('forbidden_inline_options: {::options} may not set those, nor the list itself', () => {
    const md = '{::options parse_block_html="true" auto_ids="false" forbidden_inline_options="[]" /}\n<div>\n*x*\n</div>\n\n# H\n';
    expect(k(md, {})).toBe('<div>\n  <p><em>x</em></p>\n</div>\n\n<h1>H</h1>\n');
    expect(k(md, { forbidden_inline_options: ['parse_block_html', ' :auto_ids '] })).toBe('<div>\n*x*\n</div>\n\n<h1 id="h">H</h1>\n');
    expect(() => k(md, { forbidden_inline_options: 'parse_block_html' })).toThrow('undefined method `map!\' for "parse_block_html":String');
    const c = createMarkdownConverter({ kramdown: { forbidden_inline_options: ['auto_ids'] } });
    c.convert('{::options auto_ids="false" /}\n# H\n', 'a.md');
    expect(c.warnings.map((w) => w.message)).toEqual(['Option auto_ids may not be set inline']);
  });

  test('entity_output', () => {
    expect(k('"a" &copy;\n', { entity_output: 'numeric' })).toBe('<p>&#8220;a&#8221; &#169;</p>\n');
    expect(k('"a" &copy;\n', { entity_output: 'symbolic' })).toBe('<p>&ldquo;a&rdquo; &copy;</p>\n');
  });

  test('hard_wrap', () => {
    expect(k('a\nb\n', { hard_wrap: true })).toBe('<p>a<br />\nb</p>\n');
  });

  test('toc_levels', () => {
    const html = k('* x\n{:toc}\n\n# A\n\n## B\n', { toc_levels: [1] });
    expect(html).toContain('markdown-toc-a');
    expect(html).not.toContain('markdown-toc-b');
  });

  test('footnote_nr and footnote_backlink', () => {
    const html = k('a[^n]\n\n[^n]: note\n', { footnote_nr: 5, footnote_backlink: '^' });
    expect(html).toContain('class="footnote" rel="footnote">5</a>');
    expect(html).toContain('<ol start="5">');
    expect(html).toContain('role="doc-backlink">^</a>');
  });

  test('syntax_highlighter: none', () => {
    expect(k('```ruby\nx\n```\n\n`y`\n', { syntax_highlighter: 'none' }))
      .toBe('<pre><code class="language-ruby">x\n</code></pre>\n\n<p><code>y</code></p>\n');
  });

  // jekyll 4.3.1: KramdownParser#setup sets default_lang ||= "plaintext" and guess_lang from
  // kramdown.guess_lang; kramdown's rouge.rb tests disable and guess_lang as Ruby does (any value but nil/false)
  test('guess_lang and default_lang as KramdownParser#setup leaves them', () => {
    const md = '```\nx\n```\n';
    const wrapped = '<div class="language-plaintext highlighter-rouge"><div class="highlight"><pre class="highlight"><code>x\n</code></pre></div></div>\n';
    expect(k(md, { guess_lang: false })).toBe('<pre><code>x\n</code></pre>\n');
    expect(k(md, { guess_lang: 'false' })).toBe(wrapped);
    expect(k(md, { syntax_highlighter_opts: { guess_lang: false } })).toBe(wrapped);
    expect(k(md, { syntax_highlighter_opts: { default_lang: null } })).toBe(wrapped);
    expect(k('`y`{:.language-ruby}\n', { syntax_highlighter_opts: { disable: 'false' } })).toBe('<p><code class="language-ruby">y</code></p>\n');
  });

  // jekyll 4.3.1 / kramdown 2.4.0: a Symbol option, read through Options.str_to_sym
  test('syntax_highlighter named with blanks or a colon, or empty', () => {
    const md = '```ruby\nx\n```\n\n`y`\n';
    const rouge = k(md, {});
    expect(rouge).toContain('<span class="n">x</span>');
    expect(k(md, { syntax_highlighter: ' rouge ' })).toBe(rouge);
    expect(k(md, { syntax_highlighter: ':rouge' })).toBe(rouge);
    expect(k(md, { syntax_highlighter: '' })).toBe('<pre><code class="language-ruby">x\n</code></pre>\n\n<p><code>y</code></p>\n');
    expect(k(md, { syntax_highlighter: 'nil' })).toBe(k(md, { syntax_highlighter: '' }));
  });
});

// Plain words take the converter's shortcut; near misses (edge spaces, double
// spaces, a list marker, an apostrophe) still go through the parser. Expected
// values from kramdown 2.4 (Kramdown::Document.new(s).to_html).
describe('plain text', () => {
  test.each([
    ['行业景气上行 机构看好下半年表现', '<p>行业景气上行 机构看好下半年表现</p>\n'],
    ['Hello World 2015', '<p>Hello World 2015</p>\n'],
    ['Ünïcödé text', '<p>Ünïcödé text</p>\n'],
    ['a', '<p>a</p>\n'],
    ['x  y', '<p>x  y</p>\n'],
    [' lead', '<p>lead</p>\n'],
    ['trail ', '<p>trail</p>\n'],
    ['1. item', '<ol>\n  <li>item</li>\n</ol>\n'],
    ['Hello, World!', '<p>Hello, World!</p>\n'],
    ["It's", '<p>It’s</p>\n'],
  ])('%j', (text, html) => {
    expect(createMarkdownConverter().convert(text)).toBe(html);
  });
});

// HTML paragraphs read again (jekyll-seo-tag's description: markdownify of the excerpt's HTML):
// kramdown keeps a block HTML element's content as it is, escaping < > and a bare &; the
// converter returns such text as it is when it has none of them. Expected values from
// kramdown 2.4 with Jekyll's options (input GFM, and the same with input kramdown).
describe('HTML paragraphs', () => {
  test.each([
    ["<p>a &amp; b</p>\n", "<p>a &amp; b</p>\n"],
    ["<p>a & b</p>\n", "<p>a &amp; b</p>\n"],
    ["<p>a > b</p>\n", "<p>a &gt; b</p>\n"],
    ["<p>\"q\" 'r' -- ... *e* _u_ `c` [l](x) \\\\ {::comment}x{:/} $$m$$ :s: ~~d~~</p>\n", "<p>\"q\" 'r' -- ... *e* _u_ `c` [l](x) \\\\ {::comment}x{:/} $$m$$ :s: ~~d~~</p>\n"],
    ["<p>x  </p>\n<p class=\"em_media\">（文章来源：证券时报）</p>\n", "<p>x  </p>\n<p class=\"em_media\">（文章来源：证券时报）</p>\n"],
    ["<p>\ta\tb </p>\n", "<p>\ta\tb </p>\n"],
    ["<p>  lead</p>\n<p class=\"\">e</p>\n", "<p>  lead</p>\n<p class=\"\">e</p>\n"],
    ["<p>a</p>\n{: .x}\n", "<p class=\"x\">a</p>\n"],
    ["<p>1. x</p>\n<p># h</p>\n<p>http://example.com</p>\n<p>a\\</p>\n", "<p>1. x</p>\n<p># h</p>\n<p>http://example.com</p>\n<p>a\\</p>\n"],
    ["<p>a</p>", "<p>a</p>\n"],
    ["<p>a</p>\n\n", "<p>a</p>\n\n"],
    ["<p class=\"x\" id=\"y\">a</p>\n", "<p class=\"x\" id=\"y\">a</p>\n"],
  ])('%j', (text, html) => {
    expect(createMarkdownConverter().convert(text)).toBe(html);
    expect(createMarkdownConverter({ kramdown: { input: 'kramdown' } }).convert(text)).toBe(html);
  });

  test('the shortcut returns what the parser writes (with a blank line after, the parser runs)', () => {
    const text = fc.stringMatching(/^[^<>&\n\r\0]*$/);
    const paragraph = fc.tuple(fc.constantFrom('<p>', '<p class="em_media">', '<p class="a b-c_d">'), text).map(([open, t]) => `${open}${t}</p>\n`);
    const settings = [{}, { input: 'kramdown' }, { hard_wrap: true }, { remove_line_breaks_for_cjk: true }, { entity_output: 'numeric' }];
    const converters = settings.map((kramdown) => createMarkdownConverter({ kramdown }));
    fc.assert(
      fc.property(fc.array(paragraph, { minLength: 1, maxLength: 4 }), (paragraphs) => {
        const html = paragraphs.join('');
        for (const c of converters) {
          expect(c.convert(html)).toBe(html);
          expect(c.convert(`${html}\n`)).toBe(`${html}\n`);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('with parse_block_html the paragraphs are Markdown again', () => {
    expect(createMarkdownConverter({ kramdown: { parse_block_html: true } }).convert('<p>*a*</p>\n')).toBe('<p><em>a</em></p>\n');
  });
});
