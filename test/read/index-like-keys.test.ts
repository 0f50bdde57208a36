// A quoted key that reads as an array index (`"2019":`, JSON's `{"3": 1}`) keeps its place, as in a
// Ruby Hash (a JavaScript object would list it first). Orders checked with Jekyll 4.3.1's jsonify.
import { parseYaml } from '../../lib/read/yaml.js';
import { parseCsvTable } from '../../lib/read/csv.js';
import { rubyKeys } from '../../lib/values/typed-keys.js';
import { readFrontMatter } from '../../lib/read/front-matter.js';

test.each([
  ['"2020": a\nb: x\n"2019": c\n"10": d\n', ['2020', 'b', '2019', '10']],
  ['{"2021": {"n": 1}, "b": 2, "2019": 3, "1": 4, "01": 5, "4294967296": 6}', ['2021', 'b', '2019', '1', '01', '4294967296']],
  ["'9': nine\na: aa\n'1': one\n", ['9', 'a', '1']],
  // a tagged or explicit key (Psych 4.0.3: `{"a"=>1, "1"=>2}`)
  ['a: 1\n!!str 1: 2\n', ['a', '1']],
  ['a: 1\n!<tag:yaml.org,2002:str> 7: 2\n', ['a', '7']],
  ['a: 1\n? "1"\n: 2\n', ['a', '1']],
  ['a: 1\n? !!str 1\n: 2\n', ['a', '1']],
])('%j', (text, order) => {
  expect(rubyKeys(parseYaml(text, 'x.yml') as object)).toEqual(order);
});

test('values that read as indexes stay strings', () => {
  const hash = parseYaml('"1": ["2", "3"]\n"0": "4"\n', 'x.yml') as Record<string, unknown>;
  expect([hash['1'], hash['0']]).toEqual([['2', '3'], '4']);
});

test('a CSV row keeps the order of its headers', () => {
  const [row] = parseCsvTable('name,2020,2019\nn,a,b\n');
  expect(rubyKeys(row as object)).toEqual(['name', '2020', '2019']);
});

// A collection key at the top level of front matter (`? [a, b]`, `? {k: 1}`) is held under its
// to_s, which for an Array or a Hash is its inspect, as Jekyll 4.3.1's jsonify names it
// (`{"[\"a\", \"b\"]":"seq","{\"k\"=>1}":"map"}`); equal sequences are one key, the last value kept.
test('a sequence or mapping key of front matter is named by its inspect', () => {
  const fm = readFrontMatter('---\n? [a, b]\n: seq\n? {k: 1}\n: map\n? [1]\n: x\n? [1.0]\n: y\n? [ 1 ]\n: z\n---\n', 'x.md')!;
  expect(rubyKeys(fm.data)).toEqual(['["a", "b"]', '{"k"=>1}', '[1]', '[1.0]']);
  expect(fm.data['[1]']).toBe('z');
});
