// `liquid: strict_filters: true` as in Jekyll 4.3.1 (Liquid 5.4): an unknown filter fails when it
// runs (Context#invoke), with "undefined filter NAME" at its line; one that never runs is no error.
import { liquid, failure } from './helpers.js';

const strict = { liquid: { strict_filters: true } };

describe('strict_filters', () => {
  test('an unknown filter that never runs is no error', () => {
    const l = liquid({ config: strict });
    const text = [
      '{% if false %}{{ x | nosuch }}{% endif %}',
      '{% assign a = "b" %}{% if a == "c" %}{% assign z = a | nosuch2 %}{% capture q %}{{ a | nosuch3 }}{% endcapture %}{% endif %}',
      '{% for i in (1..3) %}{% if i > 5 %}{{ i | nosuch4 }}{% endif %}{% endfor %}',
      // Liquid's lax condition reads `1` and leaves the rest
      '{% if 1 | noif %}y{% endif %}',
      '{{ "a" | upcase }}',
    ].join('\n');
    expect(l.render(l.parse(text, 'index.md'), {})).toBe('\n\n\ny\nA');
  });

  test('an earlier failure in the template is the one reported', () => {
    const l = liquid({ config: strict });
    const e = failure(() => l.render(l.parse('x\n{{ 1 | divided_by: 0 }}\n\n{{ x | nosuch }}', 'index.md', 2), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 2): divided by 0 in index.md');
  });

  test.each([
    ['an output', 'x\n\n{{ x | nosuch }}', 3, 'nosuch'],
    ['an assign', 'x\n{% assign z = 1 | noassign %}', 2, 'noassign'],
    ['an output in a capture', 'x\n{% capture z %}\n{{ 1 | nocap }}{% endcapture %}', 3, 'nocap'],
    ['the first unknown of a chain', 'x\n{{ "a" | upcase | nochain | alsono }}', 2, 'nochain'],
    ['a nil input', 'x\n{{ nil | nonil }}', 2, 'nonil'],
  ])('%s: the error at its line, counted from the body', (_, text, line, name) => {
    const l = liquid({ config: strict });
    const e = failure(() => l.render(l.parse(text, 'index.md', 2), {}));
    expect(e.message).toBe(`Liquid Exception: Liquid error (line ${line}): undefined filter ${name} in index.md`);
    expect(e.line).toBe(line + 2);
  });

  test('in a layout: the layout named by its path', () => {
    const l = liquid({ config: strict });
    const e = failure(() => l.render(l.parse('<b>\n\n{{ content | nolay }}', '_layouts/default.html', 0, '/site/_layouts/default.html'), { content: 'c' }));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 3): undefined filter nolay in /site/_layouts/default.html');
  });

  test('in an include: the include and its line, included in the page', () => {
    const l = liquid({ config: strict, files: { '_includes/inc.html': 'i\n{% if include.bad %}{{ 1 | noinc }}{% endif %}\n' } });
    expect(l.render(l.parse('x\n{% include inc.html %}', 'index.md'), {})).toBe('x\ni\n\n');
    const e = failure(() => l.render(l.parse('x\n{% include inc.html bad=true %}', 'index.md'), {}));
    expect(e.message).toBe('Liquid Exception: Liquid error (/site/_includes/inc.html line 2): undefined filter noinc included in index.md');
  });

  // Jekyll 4.3.1: group_by_exp's expression is a Liquid::Variable, its filters called once an item is grouped
  test('a filter in group_by_exp: an error only when an item is grouped', () => {
    const l = liquid({ config: strict });
    const template = "{{ list | group_by_exp: 'p', 'p | nope' | size }}";
    expect(l.render(l.parse(template, 'index.md'), { list: [] })).toBe('0');
    const e = failure(() => l.render(l.parse(template, 'index.md'), { list: [1] }));
    expect(e.message).toBe('Liquid Exception: Liquid error (line 1): undefined filter nope in index.md');
  });

  test('without strict_filters an unknown filter gives its input back', () => {
    const l = liquid();
    expect(l.render(l.parse('{{ "a" | nosuch: 1 }}{% assign z = 2 | nope %}{{ z }}', 'index.md'), {})).toBe('a2');
  });
});
