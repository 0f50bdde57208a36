// Rouge 3.30 raising while it lexes a Markdown code block: `jekyll build` stops with Renderer#convert's
// "Conversion error" naming the converter and the file, then the exception's to_s (checked with
// Jekyll 4.3.1; ourcodingclub.github.io's Stan tutorial showed it). The highlight tag's Liquid
// Exception keeps Rouge's own message.
import { createMarkdownConverter } from '../../lib/markdown/converter.js';
import { highlightCode } from '../../lib/highlight/index.js';

const head = `Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'index.md': `;

describe('a Rouge exception in a Markdown code block', () => {
  test.each([
    ['stan', 'print("x");', 'unknown state: :string'],
    ['haxe', 'using x;', 'unknown state: :namespace'],
    // lang= naming no lexer: Ruby 3.1's error_highlight line, folded as Jekyll's logger prints it
    ['escape?lang=nope', 'a <!x!>', "undefined method `continue_lex' for nil:NilClass @lang.continue_lex(stream[1], &b) ^^^^^^^^^^^^^"],
    ['escape?lang=nope', 'abc', "undefined method `continue_lex' for nil:NilClass @lang.continue_lex(stream.rest, &b) ^^^^^^^^^^^^^"],
    ['epp?parent=nope', 'x <% y %>', "undefined method `reset!' for nil:NilClass start { parent.reset! } ^^^^^^^"],
  ])('```%s stops kramdown\'s conversion as Renderer#convert reports it', (lang, code, message) => {
    const md = createMarkdownConverter({});
    expect(() => md.convert(`\`\`\`${lang}\n${code}\n\`\`\`\n`, 'index.md'))
      .toThrow(expect.objectContaining({ code: 'MARKDOWN_ERROR', file: 'index.md', message: head + message }));
  });

  test('jekyll-commonmark reports it alike', () => {
    const md = createMarkdownConverter({ markdown: 'CommonMark' });
    expect(() => md.convert('```stan\nprint("x");\n```\n', 'index.md'))
      .toThrow(expect.objectContaining({ message: `${head}unknown state: :string` }));
  });

  test('outside a converter (the highlight tag) the message is Rouge\'s own', () => {
    expect(() => highlightCode('print("x");\n', 'stan')).toThrow(expect.objectContaining({ code: 'MARKDOWN_ERROR', message: 'unknown state: :string' }));
  });
});
