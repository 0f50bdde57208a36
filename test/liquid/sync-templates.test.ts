// Tags in synchronous renders: template lists run in a plain loop
// (lib/liquid/sync-templates.ts) and the values tags evaluate (if conditions,
// assign, include parameters) are computed with direct calls
// (lib/liquid/sync-output.ts). The rows were rendered by liquidjs's own
// generators before the change; errors keep their line numbers.
import type { Value } from 'liquidjs';
import { liquid } from './helpers.js';

const l = liquid({ files: { '_includes/x.html': '[{{ include.a }}|{{ include.b | upcase }}{% if include.a > 1 %}big{% endif %}]' } });
const scope = { page: { tags: ['x', 'y', 'z'], n: 3, title: 'T', empty: [], nil: null, h: { a: 1 } }, site: { list: [1, 2, 3, 4, 5] } };

const rows: Array<[string, string]> = [
  ["{% if page.n > 2 and page.title == \"T\" %}yes{% else %}no{% endif %}", "yes"],
  ["{% if page.n < 2 or page.tags contains \"y\" %}yes{% endif %}", "yes"],
  ["{% unless page.nil %}none{% endunless %}", "none"],
  ["{% if page.empty == empty %}e{% endif %}{% if page.title != blank %}b{% endif %}", "eb"],
  ["{% if page.tags.size == 3 %}3{% elsif page.n %}n{% endif %}", "3"],
  ["{% assign x = page.tags | join: \"-\" | upcase %}{{ x }}", "X-Y-Z"],
  ["{% assign t = page.n == 3 %}{{ t }}", "3"],
  ["{% for t in page.tags %}{{ forloop.index }}{{ t }}{% if forloop.last %}.{% endif %}{% endfor %}", "1x2y3z."],
  ["{% for i in site.list limit: 3 offset: 1 %}{% if i == 3 %}{% continue %}{% endif %}{{ i }}{% endfor %}", "24"],
  ["{% for i in site.list %}{% if i > 2 %}{% break %}{% endif %}{{ i }}{% endfor %}after", "12after"],
  ["{% for a in page.tags %}{% for b in site.list limit: 2 %}{{ forloop.parentloop.index }}{{ b }}{% endfor %}{% endfor %}", "111221223132"],
  ["{% for i in page.empty %}x{% else %}empty{% endfor %}", "empty"],
  ["{% case page.n %}{% when 1 %}one{% when 3 %}three{% else %}other{% endcase %}", "three"],
  ["{% capture c %}{% for t in page.tags reversed %}{{ t }}{% endfor %}{% endcapture %}[{{ c }}]", "[zyx]"],
  ["{% include x.html a=page.n b=page.title %}{% include x.html a=1 b=\"q\" %}", "[3|Tbig][1|Q]"],
  ["{% assign h = page.h %}{% if h.a == 1 %}{{ h.a | plus: 1 }}{% endif %}", "2"],
  ["{% if page.missing.deep %}x{% else %}y{% endif %}", "y"],
  ["{% tablerow t in page.tags cols: 2 %}{{ t }}{% endtablerow %}", "<tr class=\"row1\">\n<td class=\"col1\">x</td><td class=\"col2\">y</td></tr>\n<tr class=\"row2\"><td class=\"col1\">z</td></tr>\n"],
  ["{% increment c %}{% increment c %}{% decrement d %}", "01-1"],
  ["{% for i in (1..3) %}{% if i == 2 %}{% break %}{% endif %}{{ i }}{% endfor %}", "1"],
];

const isGenerator = (f: unknown): boolean => (f as { constructor: { name: string } }).constructor.name === 'GeneratorFunction';
type ValueHolder = { value: Value };

describe('tags rendered without generators', () => {
  test.each(rows)('%s → %j', (template, expected) => {
    expect(l.render(l.parse(template, 'a.md'), scope)).toBe(expected);
  });

  test('an if condition with operators and an assign value get a direct evaluation', () => {
    const [tag] = l.parse('{% if page.n > 2 and page.title == "T" %}y{% endif %}', 'a.md').templates as unknown as Array<{ branches: ValueHolder[] }>;
    expect(isGenerator(tag!.branches[0]!.value.value)).toBe(false);
    const [assign] = l.parse('{% assign x = page.tags | join: "-" %}', 'a.md').templates as unknown as ValueHolder[];
    expect(isGenerator(assign!.value.value)).toBe(false);
  });

  test('a range keeps liquidjs evaluation', () => {
    const [assign] = l.parse('{% assign r = (1..3) %}', 'a.md').templates as unknown as ValueHolder[];
    expect(isGenerator(assign!.value.value)).toBe(true);
  });

  test('a tag body renders in one call and returns the text, not a generator', () => {
    const renderer = l.engine.renderer as unknown as { renderTemplates: (...a: unknown[]) => unknown };
    const body = l.parse('a{{ "b" }}c', 'a.md').templates;
    const emitter = { buffer: '', write(h: unknown) { this.buffer += String(h); } };
    const ctx = { sync: true, opts: l.engine.options, renderLimit: { check() {} }, breakCalled: false, continueCalled: false, strictVariables: false };
    expect(renderer.renderTemplates(body, ctx, emitter)).toBe('abc');
  });

  test.each([
    ['line1\n{% if page.n %}\n{{ page.n | divided_by: 0 }}\n{% endif %}', 3],
    ['{% for t in page.tags %}\n\n{{ t | nosuchfilter: 1 }}{% assign z = 1 | divided_by: 0 %}{% endfor %}', 3],
  ])('an error inside a tag body keeps its line: %j', (template, line) => {
    expect(() => l.render(l.parse(template, 'a.md'), scope)).toThrow(
      expect.objectContaining({ code: 'LIQUID_EXCEPTION', line, message: `Liquid Exception: Liquid error (line ${line}): divided by 0 in a.md` }),
    );
  });
});
