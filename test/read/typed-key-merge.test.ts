// Front matter defaults and front matter whose keys are not all Strings (`5: five`, `true: yes`,
// a nested `7: seven`), merged as Jekyll 4.3.1 merges them (Utils.deep_merge_hashes,
// Convertible#to_liquid, Document#merge_data!): each key keeps its Ruby type and its place, the
// defaults' keys first, nested hashes merged key by key. What real Jekyll printed for such a site
// (`{{ page | inspect }}`, `{{ post | jsonify }}`) is in fixtures/expected/drops20-typed-keys.
import { defaultsFor } from '../../lib/config/front-matter-defaults.js';
import { deepMerge } from '../../lib/config/merge.js';
import { parsePage } from '../../lib/read/parse-page.js';
import { parsePost } from '../../lib/read/parse-post.js';
import { parseYaml } from '../../lib/read/yaml.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { Data, SiteConfig } from '../../lib/types.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';
import { RubyHash } from '../../lib/values/ruby-hash.js';
import { typedEntries } from '../../lib/values/typed-keys.js';

const CONFIG = `defaults:
  - scope: {path: ""}
    values:
      dflt: 1
      5: five
      nest:
        q: 1
        7: seven
`;

const config = (): SiteConfig => ({ ...(parseYaml(CONFIG, '_config.yml') as Data), permalink: 'date', markdown_ext: 'md' }) as SiteConfig;

// A hash's pairs with their Ruby keys, nested hashes too.
const pairs = (h: unknown): unknown => {
  if (h instanceof RubyHash) return h.entries().map(([k, v]) => [k, pairs(v)]);
  if (typeof h === 'object' && h !== null && !Array.isArray(h) && Object.getPrototypeOf(h) === Object.prototype) return typedEntries(h).map(([k, v]) => [k, pairs(v)]);
  return h;
};

describe('front matter defaults with keys of other types than String', () => {
  test('the defaults keep their Integer keys, nested ones too', () => {
    expect(pairs(defaultsFor(config(), 'index.html', 'pages'))).toEqual([['dflt', 1], [5, 'five'], ['nest', [['q', 1], [7, 'seven']]]]);
  });

  test('a page: the defaults first, then its own keys in their order, Integer keys after String ones', () => {
    const cfg = config();
    const page = parsePage('---\ntitle: I\n2: int\nnest:\n  6: six\n---\nx\n', { path: 'index.html', config: cfg, defaults: defaultsFor(cfg, 'index.html', 'pages') });
    expect(pairs(page.data)).toEqual([['dflt', 1], [5, 'five'], ['nest', [[6, 'six']]], ['title', 'I'], [2, 'int']]);
    // Convertible#to_liquid: deep_merge_hashes(defaults, data) merges the nested hashes key by key
    expect(pairs(deepMerge(defaultsFor(cfg, 'index.html', 'pages'), page.data))).toEqual([['dflt', 1], [5, 'five'], ['nest', [['q', 1], [7, 'seven'], [6, 'six']]], ['title', 'I'], [2, 'int']]);
  });

  test('a post: merge_data! merges the defaults, then the front matter, nested hashes key by key', () => {
    const cfg = config();
    const post = parsePost('---\ntitle: P\n4: four\ntrue: yes\nnest:\n  8: eight\n  q: 2\n---\nbody\n', {
      path: '_posts/2020-01-01-p.md', config: cfg, defaults: defaultsFor(cfg, '_posts/2020-01-01-p.md', 'posts'), time: new JekyllTime(1767225600000, 0),
    });
    // (kyll's own keys, categories, slug..., are left out: the drop shows its methods apart)
    const mine = new Set<unknown>(['dflt', 5, 'nest', 'title', 4, true]);
    expect(typedEntries(post.data).map(([k]) => k).filter((k) => mine.has(k))).toEqual(['dflt', 5, 'nest', 'title', 4, true]);
    expect(pairs(post.data.nest)).toEqual([['q', 2], [7, 'seven'], [8, 'eight']]);
  });
});

describe('deepMerge', () => {
  test('a whole Float is a value, not a hash to merge (`x: 1.0` under `x: 2.0`)', () => {
    const merged = deepMerge({ x: new RubyFloat(1), r: 1.5 }, { x: new RubyFloat(2), r: 3 });
    expect(merged.x).toBeInstanceOf(RubyFloat);
    expect((merged.x as RubyFloat).value).toBe(2);
    expect(merged.r).toBe(3);
  });

  test('nil keeps what the target has; a typed key already there keeps its place', () => {
    const a = parseYaml('2: a\nb: 1\n', 'a.yml') as RubyHash;
    const b = parseYaml('b: ~\n2: z\n1: new\n', 'b.yml') as RubyHash;
    expect(pairs(deepMerge({ m: a }, { m: b }).m)).toEqual([[2, 'z'], ['b', 1], [1, 'new']]);
  });
});
