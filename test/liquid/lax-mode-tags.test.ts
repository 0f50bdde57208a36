// `liquid: {error_mode: lax}`: If, elsif, unless and For read every markup with their lax parser,
// also one the strict parser takes (Liquid 5.4's ParserSwitching#parse_with_selected_parser).
// Each expected output is real Jekyll 4.3.1's (scripts/fuzz-liquid.mjs --try with
// --liquid 'error_mode: lax', and build-both.sh for the include).
import { render } from './helpers.js';

const lax = { config: { liquid: { error_mode: 'lax' } } };
const page = { title: 'Fuzz', list: [3, 1, 2], h: { a: 1, b: [1, 2] } };
const setup = '{% assign a = "x" %}{% assign b = "x" %}{% assign n = 2 %}{% assign l = "3,1,2" | split: "," %}';

describe('error_mode: lax reads if/unless/elsif/for laxly whatever their markup', () => {
  test('a comparison with no spaces is one fragment: the lookup `a.b`, never a comparison', () => {
    const t = `${setup}[{% if a==b %}T{% else %}F{% endif %}][{% unless a==b %}U{% endunless %}][{% if n<3 %}T{% else %}F{% endif %}][{% if a=="x" %}T{% else %}F{% endif %}][{% if a == "y" %}A{% elsif a==b %}E{% else %}F{% endif %}][{% if a==b or n %}T{% endif %}][{% for x in l limit:2 %}{{ x }}{% endfor %}][{% for x in l reversed offset:1 %}{{ x }}{% endfor %}][{% if l.size>2 %}T{% else %}F{% endif %}]`;
    expect(render(t, {}, lax)).toBe('[F][U][F][F][F][T][31][21][F]');
    // error_mode warn (Jekyll's default) parses them strictly: comparisons
    expect(render(t)).toBe('[T][][T][T][E][T][31][21][T]');
  });

  test('lookups with brackets and spaces, as the lax parser splits them', () => {
    const t = '[{% if page.list.size>=3 %}T{% endif %}][{% if page["title"]=="Fuzz" %}T{% endif %}][{% if page.h.b contains 2 %}T{% endif %}][{% if page.h["a"] == 1 %}T{% endif %}][{% if page .title == "Fuzz" %}T{% else %}F{% endif %}][{% for x in page.list limit:1 offset:1 reversed %}{{x}}{% endfor %}][{% for x in page.list reversed limit:1 %}{{x}}{% endfor %}]';
    expect(render(t, { page }, lax)).toBe('[][][T][T][T][1][3]');
    expect(render(t, { page })).toBe('[T][T][T][T][T][1][3]');
  });

  test('markups both parsers read alike are unchanged', () => {
    const t = `${setup}[{% if a contains "x" %}T{% endif %}][{% if l contains "1" %}T{% endif %}][{% if l.size > 2 and a == "x" %}T{% endif %}][{% if nil == null %}T{% endif %}][{% if (1..3) contains 2 %}T{% endif %}][{% if l[0] == "3" %}T{% endif %}][{% if -1 < 0 %}T{% endif %}][{% for x in (1..n) reversed %}{{ x }}{% endfor %}][{% for x in l limit: 1 %}{{ x }}{% endfor %}{% for x in l offset: continue %}{{ x }}{% endfor %}][{% if a<>"x" %}T{% else %}F{% endif %}][{% unless a == "x" and n > 5 %}U{% endunless %}]`;
    expect(render(t, {}, lax)).toBe('[T][T][T][T][T][T][T][21][312][F][U]');
  });

  test('an include is parsed in the same mode', () => {
    const files = { '_includes/cmp.html': '{% if include.a==include.b %}same{% else %}differ{% endif %}' };
    expect(render('{% include cmp.html a="1" b="1" %}', {}, { ...lax, files })).toBe('differ');
    expect(render('{% include cmp.html a="1" b="1" %}', {}, { files })).toBe('same');
  });
});
