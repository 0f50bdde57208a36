// sort, sort_natural and the comparison operators order strings as Ruby does: by code
// point (String#<=>), sort_natural with String#casecmp (only A-Z folded). Expected values
// from real Jekyll 4.3.1 (fixtures/sites/realsites15h-unicode-order).
import { render } from './helpers.js';

describe('string order in Liquid', () => {
  test('sort puts astral characters (emoji) after U+E000-U+FFFF', () => {
    expect(render('{{ "ﬁ,😀,a,Ａ,￮,𝒜" | split: "," | sort | join: "|" }}')).toBe('a|ﬁ|Ａ|￮|𝒜|😀');
  });

  test('sort of a hash compares its keys by code point', () => {
    const h = { '😀 smile': 1, 'ﬁne': 2, zeta: 3 };
    expect(render('{% assign s = h | sort %}{% for t in s %}{{ t[0] }};{% endfor %}', { h })).toBe('zeta;ﬁne;😀 smile;');
  });

  test('sort_natural folds only ASCII letters', () => {
    expect(render('{{ "éz,Éz,б,А,а,Б,b,B" | split: "," | sort_natural | join: "," }}')).toBe('b,B,Éz,éz,А,Б,а,б');
  });

  test('< and > compare strings by code point', () => {
    expect(render('{% if "😀" > "ﬁ" %}gt{% else %}le{% endif %} {% if "ﬁ" < "😀" %}lt{% else %}ge{% endif %}')).toBe('gt lt');
  });
});
