// The Nokogiri stand-in (lib/plugins/shared/html): fragments parsed and written
// back as Nokogiri 1.13 (libxml2) does. The expected strings in
// fixtures/nokogiri-fragments.json were written by
// `Nokogiri::HTML::DocumentFragment.parse(html).inner_html` in Ruby.
import { parseFragment } from '../../lib/plugins/shared/html/dom.js';
import { innerHtml } from '../../lib/plugins/shared/html/serialize.js';
import { generateTocId, TocParser, tocOptions } from '../../lib/plugins/toc/index.js';
import { memorySource, renderSite } from '../../lib/index.js';
import { fixture } from './helpers.js';

const cases = JSON.parse(fixture('nokogiri-fragments.json')) as [string, string][];

test.each(cases)('%j is written back as Nokogiri writes it', (input, expected) => {
  expect(innerHtml(parseFragment(input))).toBe(expected);
});

describe('jekyll-toc', () => {
  test('ids as Helper#generate_toc_id makes them', () => {
    expect(generateTocId('Intro & "quotes"')).toBe('intro--quotes');
    expect(generateTocId('Ünï 2024')).toBe('%C3%BCn%C3%AF-2024');
    // jekyll-toc 0.18.0 Helper#generate_toc_id on Ruby 3.1.2: String#downcase, \p{Word} of Unicode 13
    expect(generateTocId('ƛ ΑΣ Ⱟ x𐕰 ǅ')).toBe('%C6%9B-%CE%B1%CF%83--x-%C7%86');
  });

  test('generated ids are numbered, given ids are not', () => {
    const html = '<h2>Same</h2><h2>Same</h2><h2 id="x">A</h2><h2 id="x">B</h2>';
    expect(new TocParser(html, tocOptions(undefined)).buildToc()).toBe(
      '<ul id="toc" class="section-nav">\n' +
        '<li class="toc-entry toc-h2"><a href="#same">Same</a></li>\n' +
        '<li class="toc-entry toc-h2"><a href="#same-1">Same</a></li>\n' +
        '<li class="toc-entry toc-h2"><a href="#x">A</a></li>\n' +
        '<li class="toc-entry toc-h2"><a href="#x">B</a></li>\n</ul>',
    );
  });

  test('`toc:` that is not a hash means the defaults; unknown keys warn', async () => {
    expect(tocOptions('yes').listId).toBe('toc');
    const r = await renderSite({
      source: memorySource({ '_config.yml': 'plugins: [jekyll-toc]\ntoc: {min_level: 2, colour: red}\n', 'a.md': '---\ntoc: true\n---\n# T\n\n## U\n' }),
      env: { TZ: 'UTC' },
    });
    // Configuration#initialize merges the hash and reads its own keys: jekyll-toc 0.18.0 says nothing of others
    expect(r.diagnostics).toEqual([]);
  });

  // jekyll-toc 0.18.0 on Jekyll 4.3.1 (Nokogiri 1.13.10, Ruby 3.1): the levels are Ruby's
  // min_level..max_level and the options are interpolated with "#{}", so odd values fail or print as Ruby does.
  const html = '<h2>A</h2><h3>B</h3><h2>C</h2>';
  test('levels: an empty range, or no no-TOC section classes, is an empty CSS selector Nokogiri rejects', () => {
    expect(() => new TocParser(html, tocOptions({ min_level: 4, max_level: 2 }))).toThrow("unexpected '$' after ''");
    expect(() => new TocParser(html, tocOptions({ no_toc_section_class: [] }))).toThrow("unexpected '$' after ''");
    expect(() => new TocParser(html, tocOptions({ no_toc_section_class: null }))).toThrow("unexpected ' ' after '.'");
    expect(() => new TocParser(html, tocOptions({ min_level: 2, max_level: '4' }))).toThrow('bad value for range');
    expect(() => new TocParser(html, tocOptions({ min_level: null }))).toThrow("can't iterate from NilClass");
    expect(() => new TocParser(html, tocOptions({ min_level: 1.5 }))).toThrow("can't iterate from Float");
    // Strings of digits iterate as numbers (String#upto): "2".."10" is h2..h10
    expect(new TocParser(html, tocOptions({ min_level: '2', max_level: '10' })).buildToc()).toContain('toc-h3');
    expect(new TocParser(html, tocOptions({ min_level: '3', max_level: '10' })).buildToc()).not.toContain('toc-h2');
  });

  test('sublist_class: asked for only when a list nests; nil has no empty?, an Array prints as its inspect', () => {
    expect(new TocParser('<h2>A</h2>', tocOptions({ sublist_class: null })).buildToc()).toContain('href="#a"');
    expect(() => new TocParser(html, tocOptions({ sublist_class: null })).buildToc()).toThrow(
      "undefined method `empty?' for nil:NilClass @ul_attributes ||= @configuration.sublist_class.empty? ? '' : %( class=\"#{@configuration.sublist_class}\") ^^^^^^^",
    );
    expect(new TocParser(html, tocOptions({ sublist_class: ['a', 'b'], list_class: ['x'] })).buildToc()).toBe(
      '<ul id="toc" class="["x"]">\n<li class="toc-entry toc-h2"><a href="#a">A</a>\n<ul class="["a", "b"]">\n' +
        '<li class="toc-entry toc-h3"><a href="#b">B</a></li>\n</ul>\n</li>\n<li class="toc-entry toc-h2"><a href="#c">C</a></li>\n</ul>',
    );
  });
});
