// `__proto__`, `constructor` and `prototype` are data (issue 7): Jekyll keeps them as keys
// (checked with Jekyll 4.3.1, fixtures/sites/js-safety-keys), and building a site from
// them never reaches Object.prototype.
import { renderSite, memorySource } from '../../lib/index.js';
import { parseYaml } from '../../lib/read/yaml.js';
import { parseCsvTable } from '../../lib/read/csv.js';
import { deepMerge } from '../../lib/config/merge.js';
import { readData } from '../../lib/read/data.js';

const POISON_YAML = '__proto__:\n  polluted: 1\nconstructor:\n  prototype:\n    polluted: 1\n';
const POISON_JSON = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}';

function objectPrototypeUntouched(): void {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(ORIGINAL_NAMES);
}
const ORIGINAL_NAMES = Object.getOwnPropertyNames(Object.prototype).sort();

describe('__proto__ is a key', () => {
  test('YAML keeps __proto__ as an own key at every depth', () => {
    const v = parseYaml(`${POISON_YAML}a:\n  __proto__: x\n`, 'x.yml') as Record<string, Record<string, unknown>>;
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor', 'a']);
    expect(Object.getPrototypeOf(v)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(v, '__proto__')?.value).toEqual({ polluted: 1 });
    expect(Object.getOwnPropertyDescriptor(v.a, '__proto__')?.value).toBe('x');
    objectPrototypeUntouched();
  });

  test('JSON data (read by the YAML loader) keeps it too', () => {
    const v = parseYaml(POISON_JSON, 'x.json') as Record<string, unknown>;
    expect(Object.keys(v)).toEqual(['__proto__', 'constructor']);
    objectPrototypeUntouched();
  });

  test('a CSV column named __proto__ is a column', () => {
    const rows = parseCsvTable('__proto__,name\np1,n1\n');
    expect(Object.keys(rows[0]!)).toEqual(['__proto__', 'name']);
    expect(Object.getPrototypeOf(rows[0])).toBe(Object.prototype);
  });

  test('deep merges (config, defaults, theme data) keep and merge it', () => {
    const a = parseYaml('__proto__: {x: 1}', 'a.yml') as Record<string, unknown>;
    const b = parseYaml('__proto__: {y: 2}\nconstructor: {prototype: {polluted: 1}}', 'b.yml') as Record<string, unknown>;
    const m = deepMerge(a, b);
    expect(Object.keys(m)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(m, '__proto__')?.value).toEqual({ x: 1, y: 2 });
    expect(Object.getPrototypeOf(m)).toBe(Object.prototype);
    objectPrototypeUntouched();
  });

  test('_data/__proto__.yml is site.data.__proto__', () => {
    const data = readData(memorySource({ '_data/__proto__.yml': 'a: 1', '_data/b.yml': 'c: 2' }, '/s'));
    expect(Object.keys(data)).toEqual(['__proto__', 'b']);
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
  });

  test('a whole site built from such keys keeps them and leaves Object.prototype alone', async () => {
    const files = {
      '_config.yml': `title: T\n${POISON_YAML}defaults:\n  - scope: {path: ""}\n    values:\n${POISON_YAML.replace(/^/gm, '      ')}`,
      '_data/__proto__.yml': POISON_YAML,
      '_data/j.json': POISON_JSON,
      '_data/c.csv': '__proto__,constructor\n1,2\n',
      '_posts/2020-01-01-a.md': `---\n${POISON_YAML}---\n{{ page.__proto__.polluted }}`,
      'index.html':
        '---\n---\n{{ site.__proto__.polluted }}|{{ site.data.__proto__.__proto__.polluted }}|{{ site.data.j | jsonify }}|' +
        '{{ site.data.c | jsonify }}|{{ page.constructor.prototype.polluted }}|{{ site.posts.first.__proto__ | jsonify }}',
    };
    const result = await renderSite({ source: memorySource(files, '/site'), write: false });
    const index = result.files.find((f) => f.path === 'index.html')!;
    expect(index.contents).toBe(
      '1|1|{"__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}}}|[{"__proto__":"1","constructor":"2"}]|1|{"polluted":1}',
    );
    expect(result.files.find((f) => f.path === '2020/01/01/a.html')!.contents).toBe('<p>1</p>\n');
    objectPrototypeUntouched();
  });

  // Checked with Jekyll 4.3.1: `___proto__/a.md` is written to __proto__/a.html, and the collection is listed.
  test('collections named __proto__ and constructor are collections like any other', async () => {
    const files = {
      '_config.yml': 'collections:\n  __proto__:\n    output: true\n  constructor:\n    output: true\n',
      '___proto__/a.md': '---\n__proto__: {polluted: fm}\n---\nA {{ page.__proto__.polluted }} {{ site.collections.size }}',
      '_constructor/b.md': '---\ntitle: b\n---\nb',
      'index.html': '---\n---\n{% for c in site.collections %}{{ c.label }}={{ c.docs.size }} {% endfor %}|{{ site.__proto__.size }}',
    };
    const result = await renderSite({ source: memorySource(files, '/site'), write: false });
    const out = Object.fromEntries(result.files.map((f) => [f.path, String(f.contents)]));
    expect(out).toEqual({ '__proto__/a.html': '<p>A fm 3</p>\n', 'constructor/b.html': '<p>b</p>\n', 'index.html': '__proto__=1 constructor=1 posts=0 |1' });
    objectPrototypeUntouched();
  });
});
