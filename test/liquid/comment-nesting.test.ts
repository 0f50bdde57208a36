// Liquid 5.4's Comment is a Block: its body is parsed, so a comment inside a comment
// needs its own endcomment, and a raw block inside hides an endcomment (a Carpentries
// workshop's include says "use {% comment %} and {% endcomment %}" inside a comment).
// Whole-site check: fixtures/sites/realsites11a-nested-comments.
import { render } from './helpers.js';

describe.each(['warn', 'strict'])('error_mode: %s', (mode) => {
  const setup = { config: { liquid: { error_mode: mode } } };
  test.each([
    ['A{% comment %} a {% comment %} b {% endcomment %} c {% endcomment %}B', 'AB'],
    ['A {%- comment -%} {% comment %}{% endcomment %} {%- endcomment -%} B', 'AB'],
    ['A{% comment %}{% raw %}{% endcomment %}{% endraw %}x{% endcomment %}B', 'AB'],
    ['A{% comment %}{% if true %}{% endif %}{% nosuch %}{% endcomment %}B', 'AB'],
    ['{% if false %}{% else %}a{% else %}{% comment %}{% comment %}{% endcomment %}{% endcomment %}{% endif %}b', 'ab'],
    ['{% if true %}a{% comment %}{% endif %}{% endfor %}{% endcomment %}b{% endif %}', 'ab'],
    ['{% if true %}a{% comment %}{% endif %}{% comment %}{% endcomment %}{% endcomment %}b{% endif %}', 'ab'],
    ['{% for i in (1..2) %}{% comment %}{% if x %}{% endif %}{% endfor %}{% endcomment %}{{ i }}{% endfor %}', '12'],
    ['{% liquid\ncomment\ncomment\necho 1\nendcomment\necho 2\nendcomment\necho 3\n%}', '3'],
  ])('%s', (template, expected) => {
    expect(render(template, {}, setup)).toBe(expected);
  });
});
