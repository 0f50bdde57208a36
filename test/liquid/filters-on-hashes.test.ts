// Jekyll's filters given a Hash (site.data.h, site.tags): where/find/where_exp select over
// its values; group_by, group_by_exp and sort with a property enumerate its [key, value]
// pairs (Enumerable#group_by, #map); item_property of a pair (an Array) raises Ruby's
// TypeError. Expected values from real Jekyll 4.3.1 (fixtures/sites/fidelity11-hash-enumerable).
import { LiquidFailure } from '../../lib/liquid/errors.js';
import { render } from './helpers.js';

const h = { b: { n: 2, list: [1, 2] }, a: { n: 1, list: [3] }, c: { n: 2, list: [] } };

describe('filters given a hash', () => {
  test('group_by_exp groups the pairs', () => {
    expect(render('{{ h | group_by_exp: "t", "t[1].n" | map: "size" | join: "," }}', { h })).toBe('2,1');
    expect(render('{{ h | group_by_exp: "t", "t[1].n" | map: "name" | join: "," }}', { h })).toBe('2,1');
    expect(render('{% assign g = h | group_by_exp: "t", "t[1].n" %}{{ g[0].items[1][0] }}', { h })).toBe('c');
  });

  test('where and where_exp select among the values', () => {
    expect(render('{{ h | where: "n", 2 | map: "n" | join: "," }}', { h })).toBe('2,2');
    expect(render('{{ h | where_exp: "x", "x.n == 1" | size }}', { h })).toBe('1');
  });

  test('a property of a pair or of a list is a TypeError', () => {
    for (const t of ['{{ h | sort: "n" }}', '{{ h | group_by: "n" }}', '{{ l | where: "n", 1 }}']) {
      let error: unknown;
      try {
        render(t, { h, l: [[1], [2]] });
      } catch (e) {
        error = e;
      }
      expect(String(error)).toContain('no implicit conversion of String into Integer');
      // a Ruby TypeError, not a Liquid::Error: no "Liquid error (line 1)" prefix
      const failure = (error as { cause?: unknown }).cause ?? error;
      if (failure instanceof LiquidFailure) expect(failure.liquidMessage(1)).toBe('no implicit conversion of String into Integer');
    }
  });

  test('an empty hash has no pair to read', () => {
    expect(render('{{ h | sort: "n" | size }}{{ h | group_by: "n" | size }}', { h: {} })).toBe('00');
  });
});
