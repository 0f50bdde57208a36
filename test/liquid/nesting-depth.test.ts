// Context#check_overflow (liquid/context.rb): a render holds at most Block::MAX_DEPTH (100) scopes,
// its own first one included; each include, for and tablerow holds one while it renders. An
// include of itself stops with "Nesting too deep", named by the innermost include (Jekyll 4.3.1:
// 99 nested includes render, 100 fail; with a for around each, 50 render and 51 fail).
import { liquid } from './helpers.js';

function build(depth: number, withFor = false): () => string {
  const inner = withFor ? '{% for i in (1..1) %}{% include a.html %}{% endfor %}' : '{% include a.html %}';
  const l = liquid({ files: { '_includes/a.html': `{% assign d = d | plus: 1 %}{% if d < ${depth} %}${inner}{% endif %}` } });
  return () => l.render(l.parse('{% assign d = 0 %}{% include a.html %}{{ d }}', 'index.html'), {});
}

const TOO_DEEP = 'Liquid Exception: Liquid error (/site/_includes/a.html line 1): Nesting too deep included in index.html';

test.each([
  [99, false, '99'],
  [100, false, TOO_DEEP],
  [50, true, '50'],
  [51, true, TOO_DEEP],
])('includes %d deep (for around each: %s)', (depth, withFor, expected) => {
  const run = build(depth, withFor);
  if (expected === TOO_DEEP) expect(run).toThrow(TOO_DEEP);
  else expect(run()).toBe(expected);
});

test('an include of itself stops at the same depth, not at the stack size of JavaScript', () => {
  const l = liquid({ files: { '_includes/a.html': '{% include a.html %}' } });
  expect(() => l.render(l.parse('x\n{% include a.html %}', 'index.html'), {})).toThrow(TOO_DEEP);
});
