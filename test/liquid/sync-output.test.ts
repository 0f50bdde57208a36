// Outputs of the simple shape (a variable or literal with filters) render
// without liquidjs's generators (lib/liquid/sync-output.ts); their output is the
// one liquidjs's own evaluation gave (the rows were rendered before the change).
import { Output } from 'liquidjs';
import { JekyllTime } from '../../lib/time/index.js';
import { liquid } from './helpers.js';

const l = liquid({ config: { baseurl: '/blog', timezone: 'Asia/Shanghai' } });
const scope = {
  page: {
    title: 'A <b>', tags: ['x', 'y'], n: 3, f: 1.5, date: new JekyllTime(1420379303000, 28800),
    nested: { list: [{ k: 'v1' }, { k: 'v2' }] }, key: 'list', nil: null,
  },
  site: { data: { cats: { a: 'Alpha' } } },
};

const rows: Array<[string, string]> = [
  ["{{ page.title }}","A <b>"],
  ["{{ page.title | escape }}","A &lt;b&gt;"],
  ["{{ page.tags }}","xy"],
  ["{{ page.tags | join: \", \" }}","x, y"],
  ["{{ page.tags.size }}","2"],
  ["{{ page.tags.first }}","x"],
  ["{{ page.nested[page.key][1].k }}","v2"],
  ["{{ page.nested.list | map: \"k\" | join }}","v1 v2"],
  ["{{ page.missing }}",""],
  ["{{ page.missing | default: \"d\" }}","d"],
  ["{{ \"/x/\" | relative_url }}","/blog/x/"],
  ["{{ page.date | date: \"%Y-%m-%d %H:%M\" }}","2015-01-04 21:48"],
  ["{{ page.date | date_to_xmlschema }}","2015-01-04T21:48:23+08:00"],
  ["{{ 4 | times: 1.0 }}","4.0"],
  ["{{ page.n | plus: 2 | append: \"!\" }}","5!"],
  ["{{ nil }}",""],
  ["{{ true }}","true"],
  ["{{ \"a,b\" | split: \",\" | last }}","b"],
  ["{{ site.data.cats[\"a\"] }}","Alpha"],
  ["{{ page.nested.list | where: \"k\", \"v2\" | first | map: \"k\" }}","v2"],
  ["{{ page.nested.list | sort: \"k\" | reverse | first }}","{\"k\"=>\"v2\"}"],
  ["{{ page.tags | jsonify }}","[\"x\",\"y\"]"],
  ["{{ (1..3) | join: \"-\" }}","1-2-3"],
  ["{{ page.nil.x }}",""],
  ["{{ page.f }}","1.5"],
  ["{% assign x = page.tags | size %}{{ x }}","2"],
  ["{% for t in page.tags %}{{ forloop.index }}{{ t | upcase }}{% endfor %}","1X2Y"],
];

describe('outputs rendered without generators', () => {
  test.each(rows)('%s → %j', (template, expected) => {
    expect(l.render(l.parse(template, 'a.md'), scope)).toBe(expected);
  });

  const isGenerator = (f: unknown): boolean => (f as { constructor: { name: string } }).constructor.name === 'GeneratorFunction';
  const renderOf = (template: string): unknown => (l.parse(template, 'a.md').templates[0] as Output).render;

  test('a variable with filters and arguments gets the direct render', () => {
    expect(isGenerator(renderOf('{{ page.nested[page.key] | map: "k" | join: ", " }}'))).toBe(false);
  });

  test('a range keeps liquidjs render', () => {
    expect(isGenerator(renderOf('{{ (1..3) | join }}'))).toBe(true);
  });

  test('outputs inside tags get it too', () => {
    const tpl = l.parse('{% for t in page.tags %}{{ t }}{% endfor %}', 'a.md');
    const loop = tpl.templates[0] as unknown as { templates: Output[] };
    expect(isGenerator(loop.templates[0]!.render)).toBe(false);
  });

  test('a failing property read is the same Liquid error', () => {
    const strict = liquid({ config: { liquid: { strict_variables: true } } });
    expect(() => strict.render(strict.parse('{{ page.nope | upcase }}', 'a.md'), { page: {} })).toThrow(
      'Liquid Exception: Liquid error (line 1): undefined variable nope in a.md',
    );
  });
});
