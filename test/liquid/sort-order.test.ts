// Jekyll's sort filter over values that <=> compares one way only, and the message Array#sort
// raises when <=> gives nil. Expected results and messages from real Jekyll 4.3.1 runs of
// `{{ site.data.d | sort | inspect }}` and `{{ site.data.d.a | sort | inspect }}` over the same YAML.
import { parseYaml } from '../../lib/read/yaml.js';
import { render } from './helpers.js';

const data = (yaml: string): unknown => parseYaml(yaml, 'd.yml');
// inspect escapes like xml_escape: undone here to read the Ruby text
const unescape = (s: string): string => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
const sorted = (yaml: string, path = 'd'): string => unescape(render(`{{ ${path} | sort | inspect }}`, { d: data(yaml) }));
const fails = (yaml: string, message: string, path = 'd'): void =>
  expect(() => sorted(yaml, path)).toThrow(`Liquid Exception: Liquid error (line 1): ${message} in `);

const DATE = '#<Date: 2020-01-01 ((2458850j,0s,0n),+0s,2299161j)>';

describe('sort: Date <=> Numeric works, Numeric <=> Date does not', () => {
  test('glibc merge sort compares [Date, 1]: a Date before a number sorts', () => {
    expect(sorted('2020-01-01: a\n1: b\n')).toBe(`[[1, "b"], [${DATE}, "a"]]`);
    expect(sorted('2020-01-01: a\n1.5: b\n3: c\n')).toBe(`[[1.5, "b"], [3, "c"], [${DATE}, "a"]]`);
    expect(sorted('b: [2020-01-01, 1]\n', 'd.b')).toBe(`[1, ${DATE}]`);
  });

  test('a number before a Date fails', () => {
    fails('1: b\n2020-01-01: a\n', 'comparison of Array with Array failed');
    fails('a: [1, 2020-01-01]\n', 'comparison of Integer with Date failed', 'd.a');
  });

  test('a Date and a Time never compare', () => {
    fails('2020-01-01: a\n2020-01-01 10:00:00: b\n', 'comparison of Array with Array failed');
    fails('2020-01-01 10:00:00: a\n1: b\n', 'comparison of Array with Array failed');
  });
});

describe('sort: rb_cmperr names the right value by inspect when it is a special constant or a Float', () => {
  test.each([
    ['a: [x, 1]\n', 'comparison of String with 1 failed'],
    ['a: [1, x]\n', 'comparison of Integer with String failed'],
    ['a: [~, 1]\n', 'comparison of NilClass with 1 failed'],
    ['a: [true, false]\n', 'comparison of TrueClass with false failed'],
    ['a: [1, 1.5, x]\n', 'comparison of Float with String failed'],
    ['a: [x, 2.5]\n', 'comparison of String with 2.5 failed'],
    ['a: [x, 2020-01-01]\n', 'comparison of String with Date failed'],
    ['a: [x, 99999999999999999999]\n', 'comparison of String with Integer failed'],
    ['a: [[1], [x]]\n', 'comparison of Array with Array failed'],
  ])('%j', (yaml, message) => fails(yaml, message, 'd.a'));

  test('what compares still sorts', () => {
    expect(sorted('3: c\n1: a\n2: b\n')).toBe('[[1, "a"], [2, "b"], [3, "c"]]');
    expect(sorted('1.5: c\n1: a\n2: b\n')).toBe('[[1, "a"], [1.5, "c"], [2, "b"]]');
    expect(sorted('a: [[1, 2], [1]]\n', 'd.a')).toBe('[[1], [1, 2]]');
    expect(sorted('a: [true, true]\n', 'd.a')).toBe('[true, true]');
  });
});

// Jekyll::Filters#sort with no property is `input.sort`: the Array as the site holds it, whose pages and
// static files are Ruby objects with no <=> (not their drops, which a filter's InputIterator would
// make): Jekyll 4.3.1 builds of these pages (fuzz-liquid --messages strict seed 4459).
describe('sort: the raw objects of site.pages and site.static_files', () => {
  const build = async (template: string) => {
    const { renderSite, memorySource } = await import('../../lib/index.js');
    const { FIXED_ENV } = await import('../helpers/build-env.js');
    const files = { 'a.html': `---\n---\n${template}`, 'b.html': '---\n---\nb\n', 'x.css': 'x', 'y.txt': 'y' };
    return renderSite({ source: memorySource(files), env: FIXED_ENV, write: false });
  };
  test.each([
    ['{{ site.pages | sort | size }}', 'comparison of Jekyll::Page with Jekyll::Page failed'],
    ['{{ site.html_pages | sort | size }}', 'comparison of Jekyll::Page with Jekyll::Page failed'],
    ['{{ site.static_files | sort | size }}', 'comparison of Jekyll::StaticFile with Jekyll::StaticFile failed'],
    // reverse's InputIterator made drops of them; push keeps the pages raw, the drop it is given a drop
    ['{{ site.static_files | reverse | sort | size }}', 'comparison of Jekyll::Drops::StaticFileDrop with Jekyll::Drops::StaticFileDrop failed'],
    ['{{ site.pages | push: site.static_files.first | sort | size }}', 'comparison of Jekyll::Page with Jekyll::Drops::StaticFileDrop failed'],
  ])('%s: %s', async (template, message) => {
    await expect(build(template)).rejects.toThrow(`Liquid Exception: Liquid error (line 1): ${message} in a.html`);
  });
});
