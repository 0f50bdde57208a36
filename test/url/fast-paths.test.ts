// The URL shortcuts against the plain algorithms they stand for: templates read once and
// filled with lazily computed placeholders (URL#generate_url_from_drop), slugify's
// plain-name answer, sanitize_url and the destination path of URLs with nothing to clean.
import fc from 'fast-check';
import { documentPlaceholders, documentUrl } from '../../lib/url/placeholders.js';
import { escapePath } from '../../lib/url/escape.js';
import { sanitizeUrl } from '../../lib/url/permalink.js';
import { SLUGIFY_MODES, slugify } from '../../lib/url/slugify.js';
import { urlToOutputPath } from '../../lib/url/url-to-path.js';
import { JekyllTime } from '../../lib/time/index.js';

// url.rb#generate_url_from_drop as the code read before: every placeholder computed, one replace.
function referenceFill(template: string, placeholders: Record<string, string>): string {
  return template.replace(/:([a-z_]+)/g, (_match, name: string) => {
    const pool = name.endsWith('_') ? [name, name.slice(0, -1)] : [name];
    const winner = pool.find((key) => Object.hasOwn(placeholders, key));
    if (winner === undefined) throw new Error('unknown');
    return escapePath(placeholders[winner]!) + name.slice(winner.length);
  });
}

const NAMES = ['collection', 'name', 'title', 'slug', 'categories', 'slugified_categories', 'output_ext', 'path', 'year', 'month', 'day', 'hour',
  'minute', 'second', 'i_day', 'i_month', 'short_month', 'long_month', 'short_year', 'w_year', 'week', 'w_day', 'short_day', 'long_day', 'y_day'];

test('documentUrl fills a template as filling it with every placeholder computed does', () => {
  const piece = fc.oneof(
    fc.constantFrom(...NAMES).map((n) => `:${n}`),
    fc.constantFrom(...NAMES).map((n) => `:${n}_`),
    fc.constantFrom('/', '-', '.html', '_', '/:', 'x', '%', ':nope', ''),
  );
  const input = fc.record({
    slug: fc.oneof(fc.constant(undefined), fc.constantFrom('hello-world', 'Hello World', 'a$&b', "x$'y", '中文', 'a/b', 'c#')),
    categories: fc.oneof(fc.constant(undefined), fc.constantFrom(['News', 'a b'], ['x$&y'], 'Solo', [['n', ['m']]], [2020])),
    ms: fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2030, 0, 1) }),
    file: fc.constantFrom('_posts/2020-01-02-My Post.md', 'news/_posts/2015-01-04-a.b.md', '_notes/sub/x.markdown', '_posts/2020-1-2-$1.md'),
  });
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 8 }), input, (pieces, i) => {
      const template = pieces.join('');
      const doc = {
        collection: i.file.startsWith('_notes') ? 'notes' : 'posts',
        relativePath: i.file,
        collectionDir: i.file.startsWith('_notes') ? '_notes' : '_posts',
        slug: i.slug,
        categories: i.categories,
        date: new JekyllTime(i.ms, 28800),
        outputExt: '.html',
      };
      let expected: string;
      try {
        expected = sanitizeUrl(referenceFill(template, documentPlaceholders(doc)));
      } catch {
        expect(() => documentUrl(template, null, doc)).toThrow(/doesn't have/);
        return;
      }
      expect(documentUrl(template, null, doc)).toBe(expected);
      expect(documentUrl('/ignored/', template, doc)).toBe(expected);
    }),
    { numRuns: 1500 },
  );
});

test('a `$` in a value is written as it is (Jekyll 4.3.1: _site/2020/01/02/a$&b$\'c.html)', () => {
  const doc = { collection: 'posts', relativePath: '_posts/2020-01-02-x.md', collectionDir: '_posts', slug: "a$&b$'c", date: new JekyllTime(Date.UTC(2020, 0, 2), 0), outputExt: '.html' };
  expect(documentUrl('/:year/:month/:day/:title:output_ext', null, doc)).toBe("/2020/01/02/a$&b$'c.html");
});

// utils.rb#slugify as the code read before the plain-name shortcut.
function referenceSlugify(input: string, mode: string, cased: boolean): string {
  if (!SLUGIFY_MODES.has(mode)) return cased ? input : input.toLowerCase();
  const patterns: Record<string, RegExp> = {
    raw: /[ \t\r\n\f\v]+/g,
    default: /[^\p{M}\p{L}\p{Nd}]+/gu,
    pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
    ascii: /[^A-Za-z0-9]+/g,
    latin: /[^\p{M}\p{L}\p{Nd}]+/gu,
  };
  const s = input.replace(patterns[mode]!, '-').replace(/^-|-$/g, '');
  return cased ? s : s.toLowerCase();
}

test('slugify: names of letters, digits and hyphens come back as they are, in every mode', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', 'B', '1', '-', '-', ' ', '_', '.'), { maxLength: 10 }).map((a) => a.join('')), fc.constantFrom('raw', 'default', 'pretty', 'ascii', 'latin', 'none'), fc.boolean(), (s, mode, cased) => {
      expect(slugify(s, mode, cased)).toBe(referenceSlugify(s, mode, cased));
    }),
    { numRuns: 3000 },
  );
});

test('sanitizeUrl and urlToOutputPath: clean URLs as the full clean-up gives them', () => {
  const reference = (url: string) => `/${url}`.replaceAll('..', '/').replaceAll('./', '').replace(/\/{2,}/g, '/');
  // File.expand_path(url, "/"): `..` climbs one folder (never above the root), empty and `.` segments go.
  const destination = (url: string) =>
    url.split('/').reduce<string[]>((kept, s) => (s === '..' ? kept.slice(0, -1) : s === '' || s === '.' ? kept : [...kept, s]), []).join('/');
  fc.assert(
    fc.property(fc.array(fc.constantFrom('a', '/', '.', '-', 'b.html', '%41'), { maxLength: 10 }).map((a) => a.join('')), fc.constantFrom('.html', '.xml', ''), fc.boolean(), (url, ext, page) => {
      expect(sanitizeUrl(url)).toBe(reference(url));
      const path = urlToOutputPath(url, ext, { page });
      const unescaped = destination(url.replaceAll('%41', 'A'));
      const expected = url.endsWith('/')
        ? ((p) => (page && !p.endsWith(ext) ? p + ext : p))(unescaped === '' ? (page ? 'index' : 'index.html') : `${unescaped}/${page ? 'index' : 'index.html'}`)
        : unescaped.endsWith(ext) ? unescaped : unescaped + ext;
      expect(path).toBe(expected);
    }),
    { numRuns: 3000 },
  );
});
