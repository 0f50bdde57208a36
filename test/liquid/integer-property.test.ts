// Liquid 5.4's map and uniq index each item with the property as the template gave it:
// `item[property]`, so an Integer property reads Integer#[]'s bit and String#[]'s character
// (`map: 1` over [3, 1, 2] is 1,0,1), where kyll raised "cannot select the property".
// Jekyll's group_by_exp reads its expression as a Liquid::Variable: one with no markup at all
// renders nil, one group for every item. Expected values printed by Jekyll 4.3.1 on the same page.
import { render } from './helpers.js';

const data = { arr: [3, 1, 2], strs: ['abc', 'bcd', 'x'], nested: [[1, 2], [3, 4]], items: [{ n: 2 }, { n: 'b' }, {}, { n: 1 }] };

test.each([
  ['{{ arr | map: 0 | join: "," }}|{{ arr | map: 1 | join: "," }}|{{ arr | map: -1 | join: "," }}|{{ arr | map: 5 | join: "," }}', '1,1,0|1,0,1|0,0,0|0,0,0'],
  ['{{ strs | map: 1 | join: "," }}|{{ strs | map: -1 | join: "," }}|{{ strs | map: "bc" | join: "," }}', 'b,c,|c,d,x|bc,bc,'],
  ['{{ nested | map: 0 | join: "," }}|{{ nested | map: -1 | join: "," }}', '1,0,1,0|0,0,0,0'],
  ['{{ arr | uniq: 1 | join: "," }}|{{ arr | uniq: 0 | join: "," }}|{{ strs | uniq: 1 | join: "," }}|{{ strs | uniq: "b" | join: "," }}|{{ nested | uniq: 5 | size }}', '3,1|3,2|abc,bcd,x|abc,x|1'],
  ['{{ arr | compact: 1 | join: "," }}|{{ strs | compact: 2 | join: "," }}', '3,1,2|abc,bcd'],
])('an Integer property: %s', (template, expected) => {
  expect(render(template, data)).toBe(expected);
});

test.each([['""'], ['"  "'], ['"| upcase"']])('group_by_exp with the expression %s: one group named nil', (expression) => {
  expect(render(`{% assign g = items | group_by_exp: "i", ${expression} %}{{ g.size }} {{ g[0].name | inspect }} {{ g[0].size }}`, data)).toBe('1 nil 4');
});
