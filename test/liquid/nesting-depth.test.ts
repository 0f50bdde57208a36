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

// Block#parse_body (liquid/block.rb): a block opened inside Block::MAX_DEPTH (100) others stops the
// parse with a StackLevelError, which has no line (Document#parse adds one to syntax errors only).
// Jekyll 4.3.1: 100 nested `if`s render, 101 fail; comments, cases and the blocks of a `liquid`
// tag count alike; 10,000 of them fail the same way, not with JavaScript's stack overflow.
describe('blocks nested too deep to parse', () => {
  const nest = (open: string, close: string, n: number, inner = 'x') => open.repeat(n) + inner + close.repeat(n);
  const PARSE_TOO_DEEP = 'Liquid Exception: Liquid error: Nesting too deep in index.html';

  test.each([
    ['if', nest('{% if true %}', '{% endif %}', 100), 'x'],
    ['if', nest('{% if true %}', '{% endif %}', 101), PARSE_TOO_DEEP],
    ['if', nest('{% if true %}', '{% endif %}', 10_000), PARSE_TOO_DEEP],
    ['comment', nest('{% comment %}', '{% endcomment %}', 101), PARSE_TOO_DEEP],
    ['case', nest('{% case 1 %}{% when 1 %}', '{% endcase %}', 101), PARSE_TOO_DEEP],
    ['liquid tag', `{% liquid\n${'if true\n'.repeat(101)}echo 1\n${'endif\n'.repeat(101)}%}`, PARSE_TOO_DEEP],
    ['raw (no block body)', nest('{% if true %}', '{% endif %}', 100, '{% raw %}x{% endraw %}'), 'x'],
  ])('%s: %#', (_name, text, expected) => {
    const l = liquid({});
    const run = () => l.render(l.parse(text, 'index.html'), {});
    if (expected === PARSE_TOO_DEEP) expect(run).toThrow(PARSE_TOO_DEEP);
    else expect(run()).toBe(expected);
  });

  test('in an include, the error has the line of the include tag in the file that includes it', () => {
    const deep = nest('{% if true %}', '{% endif %}', 101);
    const l = liquid({ files: { '_includes/deep.html': `a\n${deep}`, '_includes/a.html': 'x\ny\n{% include deep.html %}' } });
    expect(() => l.render(l.parse('line\n{% include deep.html %}', 'index.html'), {})).toThrow(
      'Liquid Exception: Liquid error (/site/_includes/deep.html line 2): Nesting too deep included in index.html',
    );
    // an include around it names its own file instead, with the line of the tag inside it
    expect(() => l.render(l.parse('{% include a.html %}', 'index.html'), {})).toThrow(
      'Liquid Exception: Liquid error (/site/_includes/a.html line 3): Nesting too deep included in index.html',
    );
  });
});
