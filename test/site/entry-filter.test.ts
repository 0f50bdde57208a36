// EntryFilter: each list's patterns are tested as one regexp; the answers are those of
// testing each pattern (File.fnmatch, or a plain prefix) one by one.
import { createEntryFilter, fnmatchRegExp } from '../../lib/site/entry-filter.js';

// Jekyll 4.3's default exclude list, and a site's own lists.
const JEKYLL_EXCLUDE = ['.sass-cache', '.jekyll-cache', 'gemfiles', 'Gemfile', 'Gemfile.lock', 'node_modules', 'vendor/bundle/', 'vendor/cache/', 'vendor/gems/', 'vendor/ruby/'];
const LISTS: Array<[string[], string[]]> = [
  [['.htaccess'], JEKYLL_EXCLUDE],
  [['_pages', '.well-known/*'], [...JEKYLL_EXCLUDE, '*.sh', 'drafts/[a-c]*', 'README.md', '/docs', 'a?c', '\\*star', './build.sh', './drafts']],
  [[], []],
];

const ENTRIES = ['index.md', 'Gemfile', 'Gemfile.lock', 'node_modules/x/y.js', 'vendor/bundle/a.rb', 'vendor/other.rb', '.htaccess', '.well-known/x', '_pages/a.md', 'build.sh', 'scripts/run.sh', 'drafts/alpha.md', 'drafts/delta.md', 'README.md', 'docs/README.md', 'docsite/x.md', 'abc', 'a/c', 'abbc', '*star', 'xstar', '#tmp', 'notes~', 'x.', '~x', 'gemfiles/a'];

/** The filter as it was written before: each pattern tested alone. */
function onePatternAtATime(include: string[], exclude: string[]): (dir: string, name: string) => boolean {
  const strip = (p: string): string => p.replace(/^\/+/, '');
  const excludeList = exclude.filter((p) => !include.includes(p));
  const matches = (list: string[], entry: string): boolean => list.some((p) => fnmatchRegExp(p).test(entry) || entry.startsWith(strip(p)));
  const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);
  const special = (n: string): boolean => ['.', '_', '#', '~'].includes(n.charAt(0));
  return (dir, name) => {
    if (name.endsWith('.')) return false;
    const rel = dir ? `${dir}/${name}` : name;
    const included = matches(include, name) || matches(include, base(name));
    if (matches(excludeList, rel) && !included) return false;
    if (included) return true;
    return !special(name) && !special(base(name)) && !name.endsWith('~');
  };
}

describe('createEntryFilter', () => {
  test.each(LISTS)('include %j, exclude %j: the same answers as each pattern alone', (include, exclude) => {
    const filter = createEntryFilter(include, exclude);
    const reference = onePatternAtATime(include, exclude);
    for (const entry of ENTRIES) {
      const at = entry.lastIndexOf('/');
      for (const [dir, name] of [['', entry], [entry.slice(0, Math.max(0, at)), entry.slice(at + 1)]] as const) {
        expect([dir, name, filter.accepts(dir, name)]).toEqual([dir, name, reference(dir, name)]);
        expect([entry, filter.isExcluded(entry)]).toEqual([entry, exclude.filter((p) => !include.includes(p)).some((p) => fnmatchRegExp(p).test(entry) || entry.startsWith(p.replace(/^\/+/, '')))]);
      }
    }
  });

  test('Jekyll\'s defaults leave out what they name, and keep the rest', () => {
    const filter = createEntryFilter(['.htaccess'], JEKYLL_EXCLUDE);
    expect(filter.accepts('', 'Gemfile')).toBe(false);
    expect(filter.accepts('', 'vendor')).toBe(true);
    expect(filter.accepts('', '.htaccess')).toBe(true);
    expect(filter.accepts('', '.env')).toBe(false);
    expect(filter.accepts('', 'index.md')).toBe(true);
  });

  test('a pattern\'s `*` crosses folders and `[...]` is a class', () => {
    const filter = createEntryFilter([], ['*.sh', 'drafts/[a-c]*']);
    expect(filter.isExcluded('scripts/deep/run.sh')).toBe(true);
    expect(filter.isExcluded('drafts/beta.md')).toBe(true);
    expect(filter.isExcluded('drafts/delta.md')).toBe(false);
  });

  test('a leading `/` is the source, a leading `./` matches nothing (File.join keeps it; jekyll 4.3.1)', () => {
    const filter = createEntryFilter([], ['/z.txt', './a.txt', './dir', './s/*.scss']);
    expect(filter.isExcluded('z.txt')).toBe(true);
    expect(filter.isExcluded('a.txt')).toBe(false);
    expect(filter.isExcluded('dir/b.txt')).toBe(false);
    expect(filter.isExcluded('s/x.scss')).toBe(false);
  });

  test('an `include` pattern with a trailing slash keeps a folder of that name at the source root (glob_include?)', () => {
    const rootFolders = new Set(['_pages']);
    const filter = createEntryFilter(['_pages/', '_notes/'], [], (path) => rootFolders.has(path));
    expect(filter.accepts('', '_pages')).toBe(true);
    // A deeper entry's name is looked up at the root: sub/_pages is kept, docs/_notes is not.
    expect(filter.accepts('sub', '_pages')).toBe(true);
    expect(filter.accepts('docs', '_notes')).toBe(false);
    expect(filter.included('_pages')).toBe(true);
    expect(createEntryFilter(['_pages/'], []).accepts('', '_pages')).toBe(false);
  });
});
