// Block#parse_body (Liquid 5.4) ends a block at its end tag's name and ignores the rest
// of that tag, in every error_mode: `{% endif +++ %}` closes the `if` (a Carpentries
// lesson's syllabus include has one). Whole-site check: fixtures/sites/realsites11a-end-tag-markup.
import { KyllError } from '../../lib/errors/index.js';
import { liquid, render } from './helpers.js';

describe.each(['warn', 'strict'])('error_mode: %s', (mode) => {
  const setup = { config: { liquid: { error_mode: mode } } };
  test.each([
    ['{% if true %}a{% endif +++ %}', 'a'],
    ['{% for i in (1..3) %}{{ i }}{%- endfor i -%} .', '123.'],
    ['{% unless false %}u{% endunless ! %}', 'u'],
    ['{% case 1 %}{% when 1 %}one{% endcase ? %}', 'one'],
    ['{% capture x %}c{% endcapture x %}[{{ x }}]', '[c]'],
    ['{% comment %}hidden{% endcomment zz %}shown', 'shown'],
    ['{% raw %}{{ a }}{% endraw zz %}', '{{ a }}'],
    // Raw#parse: text before `{%` in the end tag's token is the body's (Jekyll 4.3.1 prints it)
    ['{% raw %}a{% endraw{% endraw %}b', 'a{% endrawb'],
    ['{% raw -%}  {{ x }} {% endraw x{% endraw %}   b', '  {{ x }} {% endraw xb'],
    ['{% raw %}x"y{% endraw{% endraw %}|{{ 1 }}', 'x"y{% endraw|1'],
    // Liquid::Tokenizer reads `{{ "{% endraw " }}` as one output token, which Raw#parse takes
    // into the body whole: the `{% endraw` inside it ends nothing (a Korean blog's post on raw)
    ['{%raw%}{{ "{% endraw " }}%}{%endraw%} b', '{{ "{% endraw " }}%} b'],
    ['{% raw %}{{ "{%endraw" }} {{ \'{%- endraw x\' }}%}{% endraw %}|{{ 2 }}', '{{ "{%endraw" }} {{ \'{%- endraw x\' }}%}|2'],
  ])('%s', (template, expected) => {
    expect(render(template, {}, setup)).toBe(expected);
  });
});

test('the lines of an end tag\'s words still count for the next error', () => {
  const l = liquid();
  let caught: unknown;
  try {
    l.parse('{% if true %}x{% endif\nsome\nwords %}\n{% nosuch %}', 'index.html');
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(KyllError);
  expect((caught as KyllError).message).toBe("Liquid Exception: Liquid syntax error (line 4): Unknown tag 'nosuch' in index.html");
});

test('an end tag with words inside a second else (never rendered) still closes its block', () => {
  expect(render('{% if true %}a{% else %}b{% else %}{% if true %}c{% endif x %}{% endif y %}.')).toBe('a.');
});
