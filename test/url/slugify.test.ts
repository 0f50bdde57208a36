// Expected values from Jekyll 4.3.1's Jekyll::Utils.slugify (ruby -rjekyll), never guessed.
import { slugify } from '../../lib/url/slugify.js';

const rows: Array<[string, string, string, string]> = [
  ["Hello, World! Ümlaut", "raw", "hello,-world!-ümlaut", "Hello,-World!-Ümlaut"],
  ["Hello, World! Ümlaut", "default", "hello-world-ümlaut", "Hello-World-Ümlaut"],
  ["Hello, World! Ümlaut", "pretty", "hello,-world!-ümlaut", "Hello,-World!-Ümlaut"],
  ["Hello, World! Ümlaut", "ascii", "hello-world-mlaut", "Hello-World-mlaut"],
  ["Hello, World! Ümlaut", "latin", "hello-world-umlaut", "Hello-World-Umlaut"],
  ["Hello, World! Ümlaut", "none", "hello, world! ümlaut", "Hello, World! Ümlaut"],
  ["  C++ Tips & Tricks  ", "raw", "c++-tips-&-tricks", "C++-Tips-&-Tricks"],
  ["  C++ Tips & Tricks  ", "default", "c-tips-tricks", "C-Tips-Tricks"],
  ["  C++ Tips & Tricks  ", "pretty", "c++-tips-&-tricks", "C++-Tips-&-Tricks"],
  ["  C++ Tips & Tricks  ", "ascii", "c-tips-tricks", "C-Tips-Tricks"],
  ["  C++ Tips & Tricks  ", "latin", "c-tips-tricks", "C-Tips-Tricks"],
  ["  C++ Tips & Tricks  ", "none", "  c++ tips & tricks  ", "  C++ Tips & Tricks  "],
  ["中文 标题", "raw", "中文-标题", "中文-标题"],
  ["中文 标题", "default", "中文-标题", "中文-标题"],
  ["中文 标题", "pretty", "中文-标题", "中文-标题"],
  ["中文 标题", "ascii", "", ""],
  ["中文 标题", "latin", "", ""],
  ["中文 标题", "none", "中文 标题", "中文 标题"],
  ["The _config.yml file?", "raw", "the-_config.yml-file?", "The-_config.yml-file?"],
  ["The _config.yml file?", "default", "the-config-yml-file", "The-config-yml-file"],
  ["The _config.yml file?", "pretty", "the-_config.yml-file", "The-_config.yml-file"],
  ["The _config.yml file?", "ascii", "the-config-yml-file", "The-config-yml-file"],
  ["The _config.yml file?", "latin", "the-config-yml-file", "The-config-yml-file"],
  ["The _config.yml file?", "none", "the _config.yml file?", "The _config.yml file?"],
  ["Café déjà vu", "raw", "café-déjà-vu", "Café-déjà-vu"],
  ["Café déjà vu", "default", "café-déjà-vu", "Café-déjà-vu"],
  ["Café déjà vu", "pretty", "café-déjà-vu", "Café-déjà-vu"],
  ["Café déjà vu", "ascii", "caf-d-j-vu", "Caf-d-j-vu"],
  ["Café déjà vu", "latin", "cafe-deja-vu", "Cafe-deja-vu"],
  ["Café déjà vu", "none", "café déjà vu", "Café déjà vu"],
  ["a--b", "raw", "a--b", "a--b"],
  ["a--b", "default", "a-b", "a-b"],
  ["a--b", "pretty", "a-b", "a-b"],
  ["a--b", "ascii", "a-b", "a-b"],
  ["a--b", "latin", "a-b", "a-b"],
  ["a--b", "none", "a--b", "a--b"],
  ["Ünïcödé ß Œuvre", "raw", "ünïcödé-ß-œuvre", "Ünïcödé-ß-Œuvre"],
  ["Ünïcödé ß Œuvre", "default", "ünïcödé-ß-œuvre", "Ünïcödé-ß-Œuvre"],
  ["Ünïcödé ß Œuvre", "pretty", "ünïcödé-ß-œuvre", "Ünïcödé-ß-Œuvre"],
  ["Ünïcödé ß Œuvre", "ascii", "n-c-d-uvre", "n-c-d-uvre"],
  ["Ünïcödé ß Œuvre", "latin", "unicode-ss-oeuvre", "Unicode-ss-OEuvre"],
  ["Ünïcödé ß Œuvre", "none", "ünïcödé ß œuvre", "Ünïcödé ß Œuvre"],
];

describe('slugify (Utils.slugify)', () => {
  test.each(rows)('%j in mode %s', (input, mode, lower, cased) => {
    expect(slugify(input, mode)).toBe(lower);
    expect(slugify(input, mode, true)).toBe(cased);
  });

  test('no mode means default', () => {
    expect(slugify('Hello, World!')).toBe('hello-world');
  });

  test('an unknown mode only downcases', () => {
    expect(slugify('Hello World', 'whatever')).toBe('hello world');
  });
});

// Utils.slugify's `Jekyll.logger.warn("Warning:", "Empty `slug` generated for '#{string}'.")`, as
// `ruby -rjekyll -e 'Jekyll::Utils.slugify(...)'` printed it (the logger folds whitespace runs).
describe('slugify: the empty-slug warning', () => {
  const warned = (input: string, mode?: string): string[] => {
    const out: string[] = [];
    slugify(input, mode, false, (m) => out.push(m));
    return out;
  };
  test.each<[string, string | undefined, string[]]>([
    ['!! \n\t !!', undefined, ["Empty `slug` generated for '!! !!'."]],
    ['中文', 'ascii', ["Empty `slug` generated for '中文'."]],
    ['ÀÉ!', 'latin', []],
    ['中', 'latin', ["Empty `slug` generated for '?'."]],
    ['--', 'raw', ["Empty `slug` generated for '--'."]],
    ['  ', 'raw', ["Empty `slug` generated for ' '."]],
    ['', undefined, ["Empty `slug` generated for ''."]],
    ['***', 'none', []],
    ['ok', undefined, []],
  ])('%j in mode %s', (input, mode, messages) => {
    expect(warned(input, mode)).toEqual(messages);
  });
});

describe('slugify: where Jekyll warns of an empty slug', () => {
  test('the filter, jekyll-archives names and the URL placeholders a written document uses, the last after the render', async () => {
    const { renderSite } = await import('../../lib/render/render-site.js');
    const { memorySource } = await import('../../lib/source/index.js');
    const { FIXED_ENV } = await import('../helpers/build-env.js');
    const files = {
      '_config.yml': 'plugins: [jekyll-archives]\njekyll-archives: {enabled: [tags]}\ncollections: {docs: {output: true, permalink: /:collection/:name/}, notes: {permalink: /:name/}}\n',
      '_posts/2020-01-01-!!!.md': '---\npermalink: /x/:slug/:slugified_categories/\ncategories: ["??", b]\ntags: ["##"]\n---\na\n',
      '_posts/2020-01-02-b.md': '---\nslug: ""\n---\nb\n',
      '_posts/2020-01-03-c.md': '---\npermalink: /:title/\nslug: "%%"\n---\nc\n',
      '_docs/@@.md': '---\n---\nd\n',
      '_notes/@@.md': '---\n---\nn\n',
      'index.html': '---\n---\n{{ "!!!" | slugify }}|{{ "" | slugify }}|{{ "é" | slugify: "ascii" }}|{{ "é" | slugify: "latin" }}|{{ "*" | slugify: "none" }}\n',
    };
    const r = await renderSite({ source: memorySource(files), write: false, env: FIXED_ENV });
    const messages = r.diagnostics.filter((d) => d.message.startsWith('Empty')).map((d) => d.message.slice(27));
    // (checked with Jekyll 4.3.1: the same warnings in this order; none for the notes, not written)
    expect(messages).toEqual(["'##'.", "'!!!'.", "''.", "'é'.", "'!!!'.", "'??'.", "''.", "'%%'.", "'@@'."]);
  });
});
