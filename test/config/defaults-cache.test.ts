// Front matter defaults are merged once per combination of applying sets: every file
// still gets what a merge from scratch gives it (a list copy is read from scratch),
// a hash of its own, and a changed `defaults` list is read again.
import { defaultsFor } from '../../lib/config/front-matter-defaults.js';
import type { SiteConfig } from '../../lib/types.js';

const defaults = [
  { values: { everywhere: 1 } },
  { scope: { path: '' }, values: { layout: 'default', author: { name: 'A' } } },
  { scope: { path: '', type: 'posts' }, values: { layout: 'post', comments: true } },
  { scope: { path: '_posts/2020' }, values: { year: 2020 } },
  { scope: { path: 'docs/*/guide' }, values: { layout: 'guide' } },
  { scope: { path: 'docs', type: 'page' }, values: { toc: true, author: { mail: 'x' } } },
  { scope: { path: '**/drafts/*.md' }, values: { draft_note: 'yes' } },
  { scope: { type: 'notes' }, values: { layout: 'note' } },
  { scope: { path: 'docs/api' }, values: { layout: 'api', toc: null } },
];
const files: Array<[string, string]> = [
  ['_posts/2020-01-01-a.md', 'posts'], ['_posts/2021-01-01-b.md', 'posts'], ['_posts/2020-05-05-c.md', 'posts'],
  ['about.md', 'pages'], ['docs/index.md', 'pages'], ['docs/v1/guide/x.md', 'pages'], ['docs/v1/guide/y.md', 'pages'],
  ['docs/api/z.md', 'pages'], ['notes/drafts/n.md', 'notes'], ['_notes/n.md', 'notes'], ['docs/api/z.md', 'static_files'],
];

test('each file gets what a merge from scratch gives, in a hash of its own', () => {
  const config = { defaults, collections_dir: '' };
  for (let round = 0; round < 2; round++) {
    for (const [path, type] of files) {
      const got = defaultsFor(config, path, type);
      expect(got).toEqual(defaultsFor({ defaults: [...defaults] }, path, type));
      expect(got).not.toBe(defaultsFor(config, path, type));
    }
  }
  expect(defaultsFor(config, '_posts/2020-01-01-a.md', 'posts')).toEqual({ layout: 'post', author: { name: 'A' }, comments: true, year: 2020, everywhere: 1 });
});

test('a defaults list that changed is read again', () => {
  const list: SiteConfig['defaults'] = [{ scope: { path: '' }, values: { layout: 'a' } }];
  const config = { defaults: list };
  expect(defaultsFor(config, 'x.md', 'pages')).toEqual({ layout: 'a' });
  list.push({ scope: { path: '' }, values: { layout: 'b' } });
  expect(defaultsFor(config, 'x.md', 'pages')).toEqual({ layout: 'b' });
  list[0] = { scope: { path: 'x.md' }, values: { layout: 'c' } };
  expect(defaultsFor(config, 'x.md', 'pages')).toEqual({ layout: 'c' });
});

// Jekyll 4.3.1: FrontmatterDefaults#has_precedence? reads `new_scope["path"]`, nil's `[]` for a set
// without a scope that applies after one with a scope (a page's read stops the build; a document's
// is logged: fixtures/sites/s29d-defaults-without-scope). Before any scoped set, it applies as any.
test('a set without a scope after a scoped one that applies is NoMethodError', () => {
  const list = [{ scope: { path: 'docs' }, values: { a: 1 } }, { values: { x: 1 } }];
  expect(() => defaultsFor({ defaults: list }, 'docs/x.md', 'pages')).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', file: '_config.yml', message: "undefined method `[]' for nil:NilClass" }));
  expect(defaultsFor({ defaults: list }, 'other.md', 'pages')).toEqual({ x: 1 });
  expect(defaultsFor({ defaults: [...list].reverse() }, 'docs/x.md', 'pages')).toEqual({ a: 1, x: 1 });
});

// Jekyll 4.3.1: FrontmatterDefaults#valid_sets runs update_deprecated_types on every set whose
// `values` is a mapping: `set["scope"].key?("type")` is NoMethodError for a scope that is there but
// no mapping, whichever file asks (checked with jekyll: "undefined method `key?' for "x":String").
test.each([
  ['x', 'undefined method `key?\' for "x":String'],
  [null, "undefined method `key?' for nil:NilClass"],
  [['a'], 'undefined method `key?\' for ["a"]:Array'],
])('a scope that is %j: every lookup is NoMethodError', (scope, message) => {
  // (configurations a site may hold, which the type of a valid one does not allow)
  type Config = Parameters<typeof defaultsFor>[0];
  const list = [{ scope: { path: 'docs' }, values: { a: 1 } }, { scope, values: { x: 1 } }];
  for (const path of ['docs/x.md', 'other.md']) expect(() => defaultsFor({ defaults: list } as unknown as Config, path, 'pages')).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', file: '_config.yml', message }));
  // a set whose values are no mapping is left out before its scope is read
  expect(defaultsFor({ defaults: [{ scope, values: 'v' }, list[0]!] } as unknown as Config, 'docs/x.md', 'pages')).toEqual({ a: 1 });
});

// Jekyll 4.3.1: FrontmatterDefaults#applies_type? is `type&.to_sym.eql?(scope["type"].to_sym)`, after
// applies_path?. A type that is no String is NoMethodError for every file the path reaches, except a
// static file outside collections (no type: the call is skipped, and no typed set applies to it).
// Checked with jekyll (`scope: {type: 5}`: documents log "could not read file", a page stops the build).
test('a scope type that is no String is NoMethodError where the path applies', () => {
  type Config = Parameters<typeof defaultsFor>[0];
  const message = 'undefined method `to_sym\' for 5:Integer !scope.key?("type") || type&.to_sym.eql?(scope["type"].to_sym) ^^^^^^^ Did you mean? to_s';
  const config = { defaults: [{ scope: { path: 'docs', type: 5 }, values: { x: 1 } }] } as unknown as Config;
  expect(() => defaultsFor(config, 'docs/x.md', 'pages')).toThrow(expect.objectContaining({ code: 'INVALID_CONFIG', message }));
  expect(() => defaultsFor(config, '_posts/2020-01-01-a.md', 'posts')).not.toThrow();
  expect(defaultsFor(config, 'docs/x.txt', 'static_files')).toEqual({});
  expect(defaultsFor({ defaults: [{ scope: { type: 'static_files' }, values: { x: 1 } }] }, 'a.txt', 'static_files')).toEqual({});
});
