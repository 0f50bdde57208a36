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
