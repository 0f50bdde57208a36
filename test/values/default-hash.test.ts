// site.categories / site.tags are Site#post_attr_hash's `Hash.new { |h, k| h[k] = [] }`:
// Hash#[] of a missing key stores an empty list. Expected values from real Jekyll 4.3.1
// (fixtures/sites/fidelity11-post-attr-default).
import { render } from '../liquid/helpers.js';
import { growableRecord } from '../../lib/site/ordered-record.js';
import { withDefault } from '../../lib/values/default-hash.js';
import { RubyHash } from '../../lib/values/ruby-hash.js';

function tagsHash(): Record<string, unknown> {
  const { record, add } = growableRecord<unknown[]>([['soil', [1]], ['seeds', [1, 2]]]);
  return withDefault(record, (key) => {
    const list: unknown[] = [];
    add(String(key), list);
    return list;
  });
}

const KEYS = '{% for t in h %}{{ t[0] }}:{{ t[1] | size }},{% endfor %}';

describe('a hash with a default block (post_attr_hash)', () => {
  test('map indexes the hash itself and stores the key last', () => {
    expect(render(`{{ h | map: "x" | inspect }} ${KEYS}`, { h: tagsHash() })).toBe('[[]] soil:1,seeds:2,x:0,');
    expect(render(`{{ h | map: 0 | jsonify }} ${KEYS}`, { h: tagsHash() })).toBe('[[]] soil:1,seeds:2,0:0,');
  });

  test('compact stores the key and keeps the hash (its value is [], not nil)', () => {
    expect(render(`{{ h | compact: "c" | size }} ${KEYS}`, { h: tagsHash() })).toBe('1 soil:1,seeds:2,c:0,');
  });

  test('lookups by name ask key? first and store nothing', () => {
    expect(render(`{{ h.nope | size }}{{ h["nope"] | inspect }}{% if h.x %}y{% endif %} ${KEYS}`, { h: tagsHash() })).toBe('0nil soil:1,seeds:2,');
  });

  test('uniq and sort_natural on the one-item list read no property', () => {
    expect(render(`{{ h | uniq: "u" | size }}{{ h | sort_natural: "s" | size }} ${KEYS}`, { h: tagsHash() })).toBe('11 soil:1,seeds:2,');
  });

  test('an Integer index goes through Hash#[] (a Hash responds to fetch)', () => {
    expect(render(`{{ h[3] | inspect }} ${KEYS}`, { h: tagsHash() })).toBe('[] soil:1,seeds:2,3:0,');
  });

  test('a hash with typed keys keeps the stored key an Integer', () => {
    const hash = new RubyHash([[2024, [1]], ['2024', [2]]]);
    withDefault(hash, (key) => {
      const list: unknown[] = [];
      hash.set(key, list);
      return list;
    });
    expect(render('{{ h | map: 0 | inspect }}{% for t in h %}[{{ t[0] | inspect }}]{% endfor %}', { h: hash })).toBe('[[]][2024][&quot;2024&quot;][0]');
  });

  test('a hash without a default block stores nothing', () => {
    expect(render('{{ h | map: "x" | inspect }} {{ h | size }}', { h: { a: 1 } })).toBe('[nil] 1');
  });
});
