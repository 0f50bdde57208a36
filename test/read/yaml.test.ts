// Expected values from Ruby 3.1 Psych 4.0.3 (Psych.safe_load as Jekyll calls it) and sites/front-matter-yaml.
import { parseYaml } from '../../lib/read/yaml.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { JekyllTime } from '../../lib/time/index.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';
import { RubyHash } from '../../lib/values/ruby-hash.js';
import { rubyInspect } from '../../lib/liquid/ruby/to-s.js';

const value = (scalar: string, zone?: string): unknown => (parseYaml(`a: ${scalar}\n`, 'x.yml', 0, { zone }) as Record<string, unknown>).a;

// A whole-number Float (`1.`, `1.5e+3`) stays a Float, printed `1.0` as Ruby does.
describe('plain scalars as Psych resolves them', () => {
  const rows: Array<[string, unknown]> = [
    ['1:30', 5400], ['1:30:00', 5400], ['-1:30', -1800], ['1:30.5', new RubyFloat(5430)],
    ['017', 15], ['08', '08'], ['0b101', 5], ['0x1F', 31], ['1,000', 1000], ['1_000', 1000],
    ['1.5e3', '1.5e3'], ['1.5e+3', new RubyFloat(1500)], ['1.', new RubyFloat(1)], ['.5', 0.5], ['+12', 12], ['0o17', '0o17'],
    ['y', 'y'], ['n', 'n'], ['Yes', true], ['YES', true], ['yEs', true], ['ON', true], ['Off', false],
    ['NULL', null], ['~', null], ['', null], ['.Inf', Infinity], ['-.INF', -Infinity],
    ['2022-02-30', '2022-02-30'], ['12e3', '12e3'], ['"true"', 'true'], ['3.50', 3.5], ['1.10', 1.1],
    ['!!str 12', '12'], ["!!int '12'", 12], ['"007"', '007'],
  ];
  test.each(rows)('%s', (scalar, expected) => {
    expect(value(scalar)).toEqual(expected);
  });

  test('.nan', () => expect(value('.NaN')).toBeNaN());

  test('a date is a Ruby Date', () => {
    const d = value('2022-2-3');
    expect(d).toBeInstanceOf(RubyDate);
    expect(String(d)).toBe('2022-02-03');
    expect((d as RubyDate).inspect()).toBe('#<Date: 2022-02-03 ((2459614j,0s,0n),+0s,2299161j)>');
  });

  test('timestamps: offset kept, none → local zone, Z → UTC', () => {
    expect(String(value('2022-02-11 22:22:45 +0800'))).toBe('2022-02-11 22:22:45 +0800');
    expect(String(value('2022-02-11 22:22:45'))).toBe('2022-02-11 22:22:45 +0000');
    expect(String(value('2022-02-11 22:22:45', 'Asia/Shanghai'))).toBe('2022-02-12 06:22:45 +0800');
    expect(String(value('2022-02-11T22:22:45Z'))).toBe('2022-02-11 22:22:45 UTC');
    expect(String(value('2022-02-11 22:22:45.5 -3'))).toBe('2022-02-11 22:22:45 -0300');
    expect(value('2021-03-04 23:30:00 -07:00')).toBeInstanceOf(JekyllTime);
  });
});

describe('documents', () => {
  test('merge keys, anchors, repeated keys', () => {
    const v = parseYaml('base: &b {color: blue, size: 10}\nderived:\n  <<: *b\n  size: 12\na: 1\na: 2\n', 'x.yml') as any;
    expect(v.derived).toEqual({ color: 'blue', size: 12 });
    expect(v.a).toBe(2);
  });

  test('merge keys as Psych applies them (ToRuby#revive_hash), checked with Ruby 3.1 Psych 4.0.3', () => {
    const load = (text: string): any => parseYaml(`base: &b {a: 1, b: 2}\nm:\n${text}`, 'x.yml');
    const keys = (text: string) => Object.entries(load(text).m);
    // merge! at its place: it replaces the keys before it, the keys after it replace its
    expect(keys('  b: 9\n  <<: *b\n')).toEqual([['b', 2], ['a', 1]]);
    expect(keys('  <<: *b\n  b: 9\n')).toEqual([['a', 1], ['b', 9]]);
    // a sequence: merged last to first into a new hash, then merged
    expect(keys('  <<: [{a: 1, x: 1}, {b: 2, x: 2}]\n  c: 3\n')).toEqual([['b', 2], ['x', 1], ['a', 1], ['c', 3]]);
    // anything else stays a key named "<<"
    expect(keys('  <<: 5\n')).toEqual([['<<', 5]]);
    expect(keys('  <<: ~\n')).toEqual([['<<', null]]);
    expect(keys('  <<: [{a: 1}, 3]\n')).toEqual([['<<', [{ a: 1 }, 3]]]);
    // a quoted "<<" merges too, a second << merges again, and << as a value is a string
    expect(keys('  "<<": *b\n')).toEqual([['a', 1], ['b', 2]]);
    expect(keys('  <<: *b\n  <<: {z: 1}\n')).toEqual([['a', 1], ['b', 2], ['z', 1]]);
    expect(keys('  x: <<\n')).toEqual([['x', '<<']]);
    // quoted and plain ones that merge nothing set "<<" in their order (fuzz-documents --yaml seed 51552)
    expect(keys('  "<<": 1\n  <<: x\n  "<<": 3\n')).toEqual([['<<', 3]]);
    expect(keys("  <<: x\n  '<<': 2\n  q: '<<'\n")).toEqual([['<<', 2], ['q', '<<']]);
  });

  test('an anchor named again inside the node it names: an alias after both gives the inner one, begun last (ToRuby registers an anchor as its node begins; Ruby 3.1 Psych 4.0.3; fuzz-documents --yaml seeds 73022, 73048)', () => {
    expect(parseYaml('v0: &a\n  u: &a x\nv1:\n  b: *a\n', 'x.yml')).toEqual({ v0: { u: 'x' }, v1: { b: 'x' } });
    expect(parseYaml('v0: &base\n- &base {t: 1}\nv1: *base\n', 'x.yml')).toEqual({ v0: [{ t: 1 }], v1: { t: 1 } });
    expect(parseYaml('v0: &a {k: &a [&a z]}\nv1: *a\n', 'x.yml')).toEqual({ v0: { k: ['z'] }, v1: 'z' });
    // an alias inside, before the inner one, is the outer node; anchors one after the other: the last
    const v = parseYaml('v0: &a\n  k: *a\n  j: &a 2\nv1: *a\n', 'x.yml') as any;
    expect(v.v0.k).toBe(v.v0);
    expect(v.v1).toBe(2);
    expect(parseYaml('a: &x 1\nb: &x 2\nc: *x\n', 'x.yml')).toEqual({ a: 1, b: 2, c: 2 });
  });

  test('a `<<` of an alias of a sequence, even one of mappings, stays a key named "<<" (revive_hash merges an alias with merge!, a TypeError for an Array; Ruby 3.1 Psych 4.0.3)', () => {
    const list = 'l: &l [{a: 1}, {b: 2}]\n';
    expect(Object.entries((parseYaml(`${list}x:\n  <<: *l\n  d: 4\n`, 'x.yml') as any).x)).toEqual([['<<', [{ a: 1 }, { b: 2 }]], ['d', 4]]);
    expect((parseYaml(`${list}x: {c: 1, <<: *l}\n`, 'x.yml') as any).x).toEqual({ c: 1, '<<': [{ a: 1 }, { b: 2 }] });
    expect((parseYaml(`${list}x:\n  "<<": *l\n  <<: {z: 1}\n`, 'x.yml') as any).x).toEqual({ '<<': [{ a: 1 }, { b: 2 }], z: 1 });
    expect((parseYaml('l: &l []\nx:\n  <<: *l\n', 'x.yml') as any).x).toEqual({ '<<': [] });
    // the same sequence written in place is merged; its alias, later, is not
    expect(parseYaml('x:\n  <<: &c [{a: 1}, {b: 2}]\ny:\n  <<: *c\n', 'x.yml')).toEqual({ x: { b: 2, a: 1 }, y: { '<<': [{ a: 1 }, { b: 2 }] } });
    // an alias of a mapping, in a sequence or alone, is merged
    expect(parseYaml('m: &m {p: 1}\nx:\n  <<: [*m, {q: 2}]\n  y:\n    <<: *m\n', 'x.yml')).toEqual({ m: { p: 1 }, x: { q: 2, p: 1, y: { p: 1 } } });
  });

  test('a merge of a mapping still being revived (an alias of one that holds the `<<`) takes its entries set so far (Psych 4.0.3; fuzz-documents --yaml seeds 51512, 51514)', () => {
    expect(parseYaml('a: &x\n  k: 1\n  m:\n    <<: *x\n  n: 2\n', 'x.yml')).toEqual({ a: { k: 1, m: { k: 1 }, n: 2 } });
    expect(parseYaml('v1: &a\n  <<: N\n  <<: *a\n  b:\n    <<: [*a, *a]\n', 'x.yml')).toEqual({ v1: { '<<': 'N', b: { '<<': 'N' } } });
    const dated = (parseYaml('v0: &b\n  2020-03-04:\n    <<: *b\n    x-y: 1__0\n', 'x.yml') as { v0: RubyHash }).v0;
    expect(dated.entries().map(([, v]) => v)).toEqual([{ 'x-y': '1__0' }]);
    const [first, second] = parseYaml('- &x1\n  k:\n    1: 10:00\n    <<: [*x1, *x1]\n- <<: *x1\n', 'x.yml') as Array<{ k: RubyHash }>;
    expect(first!.k.entries()).toEqual([[1, 36000]]);
    expect(second!.k).toBe(first!.k);
  });

  test('a key written twice around a `<<` is set in its turn, as revive_hash sets each pair (Psych 4.0.3; Jekyll 4.3.1 front matter, _config.yml and _data alike)', () => {
    const read = (t: string): string => rubyInspect(parseYaml(t, 'x.yml'));
    // the merge lands over the first and under the second
    expect(read('k: 1\n<<: {k: 5, j: 6}\nk: 2\n')).toBe('{"k"=>2, "j"=>6}');
    expect(read('a: 1\n<<: {a: 2, b: 3}\na: 4\n')).toBe('{"a"=>4, "b"=>3}');
    expect(read('b: 2\nb: 3\n<<: {b: 4}\nb: 5\n')).toBe('{"b"=>5}');
    expect(read('1: a\n<<: {1: x}\n1: b\n')).toBe('{1=>"b"}');
    expect(read('"1": a\n<<: {"1": x, 2: y}\n"1": b\n')).toBe('{"1"=>"b", 2=>"y"}');
    expect(read('yes: a\n<<: {true: x}\non: b\n')).toBe('{true=>"b"}');
    // a merge of the mapping being revived sees the value the key had then
    expect(read('a: &x\n  k: 1\n  m:\n    <<: *x\n  k: 2\n')).toBe('{"a"=>{"k"=>2, "m"=>{"k"=>1}}}');
    expect(read('x: &r\n  a: 1\n  y: {<<: *r}\n  a: 2\n  z: {<<: *r}\n')).toBe('{"x"=>{"a"=>2, "y"=>{"a"=>1}, "z"=>{"a"=>2, "y"=>{"a"=>1}}}}');
    // a mapping as a key, written twice, is one key
    expect(read('{a: 1}: p\n<<: {k: 1}\n{a: 1}: q\n')).toBe('{{"a"=>1}=>"q", "k"=>1}');
    // a tag's constructor reads the keys as written: a `!!str` mapping's `str` and its members
    expect(read('x: !!str\n  str: q\n  str: r\n<<: {a: 1}\n')).toBe('{"x"=>"r", "a"=>1}');
    expect(() => parseYaml('x: !!str\n  c: 1\n  d: {<<: {a: 1}, a: 2, a: 3}\n', 'x.yml')).toThrow("can't modify frozen NilClass: nil");
    expect(() => parseYaml('x: !!str\n  c: 1\n  d: {<<: {a: 1}}\n', 'x.yml')).toThrow("can't modify frozen NilClass: nil");
  });

  test('a mapping standing as a key is revived before its value: its `<<` of a mapping being revived merges the entries so far (Psych 4.0.3; fuzz-documents --yaml seed 51553: the stack ran out)', () => {
    const v = parseYaml('yes: &base\n  ? complex:\n    a: x\n    <<: *base\n  <<: 2020-03-04T10:20\n', 'x.yml') as { get: never } & Record<string, unknown>;
    const base = (v as unknown as RubyHash).entries()[0]![1] as RubyHash;
    expect(base.entries().map(([k, x]) => [k instanceof Object ? Object.entries(k) : k, x])).toEqual([
      [[['complex', null], ['a', 'x']], null],
      ['<<', '2020-03-04T10:20'],
    ]);
  });

  test('an alias of a scalar under the non-specific tag `!` is the value Psych resolved, as the anchored node is (fuzz-documents --yaml seed 51560)', () => {
    const v = parseYaml('a: &x ! 12\nb: *x\nc: &y ! "2020-01-02"\nd: *y\n', 'x.yml') as Record<string, unknown>;
    expect([v.a, v.b]).toEqual([12, 12]);
    expect(v.d).toBeInstanceOf(RubyDate);
  });

  test('a mapping with a key that is no string, holding itself through an alias, is itself (fuzz-documents --yaml seed 51506: the stack ran out)', () => {
    const [hash] = parseYaml('- &a\n  true: x\n  y: *a\n', 'x.yml') as [RubyHash];
    expect(hash.entries()).toEqual([[true, 'x'], ['y', hash]]);
  });

  test('a block scalar that ends the input without a line break has none (libyaml; bulma-clean-theme _data/reviews)', () => {
    expect(parseYaml('a: >\n  x y ', 'x.yml')).toEqual({ a: 'x y ' });
    expect(parseYaml('- |\n  x\n\n  y', 'x.yml')).toEqual(['x\n\ny']);
    expect(parseYaml('a: !!str |+\n  x', 'x.yml')).toEqual({ a: 'x' });
    expect(parseYaml('b: |\n  x\nc: "q\\n"', 'x.yml')).toEqual({ b: 'x\n', c: 'q\n' });
    expect(parseYaml('a: >\n  x y\n', 'x.yml')).toEqual({ a: 'x y\n' });
  });

  test('a NEL (U+0085) is a line break to libyaml, read as a line feed', () => {
    const nel = '\u0085';
    expect(parseYaml(`a: "x${nel}y"\nb: [p, q${nel}]\nc: |\n  l1${nel}  l2\nd: x # c${nel}e: 1\n`, 'x.yml')).toEqual({ a: 'x y', b: ['p', 'q'], c: 'l1\nl2\n', d: 'x', e: 1 });
    expect(() => parseYaml(`t: a${nel}b`, 'x.yml')).toThrow("(<unknown>): could not find expected ':' while scanning a simple key at line 2 column 1");
  });

  // Psych 4.0.3 (Ruby 3.1.2): YAML.safe_load of each text
  test('U+2028 and U+2029 are line breaks to libyaml, kept in the scalar without the blanks around them', () => {
    const [ls, ps] = ['\u2028', '\u2029'];
    expect(parseYaml(`a: "x ${ls} y"\nb: "x${ls}${ls}y"\nc: "x  ${ps}  y"\nd: 'x ${ls} y'\n`, 'x.yml')).toEqual({ a: `x${ls}y`, b: `x${ls}${ls}y`, c: `x${ps}y`, d: `x${ls}y` });
    expect(parseYaml(`t: a  ${ls}  b  c\nl: |\n  a${ls}  b\n# x${ls}u: 1\nv: a${ls}\nw: [a, ${ls}b]\nk: a${ls}z: b\n`, 'x.yml'))
      .toEqual({ t: `a${ls}b  c`, l: `a${ls}b\n`, u: 1, v: 'a', w: ['a', 'b'], k: 'a', z: 'b' });
    expect(parseYaml(`? a${ls}  b\n: 1\nt: x${ps}${ls}  y\n`, 'x.yml')).toEqual({ [`a${ls}b`]: 1, t: `x${ps}${ls}y` });
    // after text that looks like an indicator, and after real ones
    expect(parseYaml(`a: "well-${ls} known"\nb: well-${ls}  known\nc: x ?${ls}  y\nd: >-${ls}  z\ne:\n- x -${ls}  y\n`, 'x.yml'))
      .toEqual({ a: `well-${ls}known`, b: `well-${ls}known`, c: `x ?${ls}y`, d: 'z', e: [`x -${ls}y`] });
    // beginning a line inside a quoted scalar: a break libyaml keeps, the blanks after it dropped
    expect(parseYaml(`a: "x\n\n${ls}y"\nb: "x\n${ls}\ny"\nc: "x\n  ${ls}  y"\nd: 'x\n${ls}y'\ne: "x"\n${ls}f: x 'y\n${ls}g: "x\n${ls}${ps}y"\n`, 'x.yml'))
      .toEqual({ a: `x\n${ls}y`, b: `x${ls}\ny`, c: `x${ls}y`, d: `x${ls}y`, e: 'x', f: "x 'y", g: `x${ls}${ps}y` });
    // before a line feed: a `|` block keeps that line feed, a fold keeps the blank line's
    expect(parseYaml(`a: |\n  x${ls}\n\n  y\nb: |\n  x${ls}\n  y\nc: >\n  x${ls}\n\n  y\nd: "x${ls}\n\n y"\ne: "x${ls}\ny"\n`, 'x.yml'))
      .toEqual({ a: `x${ls}\n\ny\n`, b: `x${ls}\ny\n`, c: `x${ls}\n\ny\n`, d: `x${ls}\n\ny`, e: `x${ls}\ny` });
    expect(() => parseYaml(`t: a${ls}b`, 'x.yml')).toThrow("(<unknown>): could not find expected ':' while scanning a simple key at line 2 column 1");
  });

  // Psych 4.0.3 (Ruby 3.1.2): YAML.safe_load of each text
  test('a flow collection continued at column 0: libyaml checks no indentation inside one', () => {
    expect(parseYaml('v: [a\nb]\nw: 1\n', 'x.yml')).toEqual({ v: ['a b'], w: 1 });
    expect(parseYaml('- - [a\nb]\n', 'x.yml')).toEqual([[['a b']]]);
    expect(parseYaml('v:\n  - [a\nb]\n', 'x.yml')).toEqual({ v: [['a b']] });
    expect(parseYaml('v: {a: b\nc}\n', 'x.yml')).toEqual({ v: { a: 'b c' } });
    expect(parseYaml('v: [a, [b\nc]]\n', 'x.yml')).toEqual({ v: ['a', ['b c']] });
    expect(parseYaml('v: [a\n\nb]\n', 'x.yml')).toEqual({ v: ['a\nb'] });
    expect(parseYaml("t: |\n  x [y\nv: ['it''s\nx', b\nc]\n", 'x.yml')).toEqual({ t: 'x [y\n', v: ["it's x", 'b c'] });
    expect(parseYaml('t: [a\u2028b]\n', 'x.yml')).toEqual({ t: ['a\u2028b'] });
    expect(() => parseYaml('v: [a # c\nb]\n', 'x.yml')).toThrow("(<unknown>): did not find expected ',' or ']' while parsing a flow sequence at line 1 column 4");
  });

  test('an empty document is null', () => {
    expect(parseYaml('', 'x.yml')).toBeNull();
    expect(parseYaml('---\n', 'x.yml')).toBeNull();
  });

  test('a syntax error: YAML_EXCEPTION, file line with the offset', () => {
    expect.assertions(4);
    try {
      parseYaml('title: ok\nfoo: [a, b\nbar: 1\n', '_posts/x.md', 10);
    } catch (e: any) {
      expect(e.code).toBe('YAML_EXCEPTION');
      expect(e.file).toBe('_posts/x.md');
      expect(e.message).toMatch(/^YAML Exception reading _posts\/x\.md: \(<unknown>\): .* at line \d+ column \d+$/);
      expect(e.line).toBeGreaterThan(10);
    }
  });

  test('a symbol is refused (Psych::DisallowedClass)', () => {
    expect(() => parseYaml('x: 1\na: :sym\n', 'p.md')).toThrow('Tried to load unspecified class: Symbol');
  });

  test('a refused symbol: YAML_EXCEPTION at its line (found by loading again with a line listener)', () => {
    expect(() => parseYaml('x: 1\ny: [1, 2]\nz:\n  a: :sym\n', 'p.md', 1)).toThrow(expect.objectContaining({ code: 'YAML_EXCEPTION', file: 'p.md', line: 5 }));
  });

  test('scalars tokenized once by resolve are the values construct gives (times, integers, floats, booleans)', () => {
    const data = parseYaml('t: 2015-01-04 21:48:23 +0800\nd: 2015-01-04\ni: 12\nf: 1.5\nb: yes\nlong: yesyesyes\nwide: 𝐲𝐞𝐬𝐬𝐬𝐬\n', 'p.md', 0, { zone: 'UTC' }) as Record<string, unknown>;
    expect(String(data.t)).toBe('2015-01-04 21:48:23 +0800');
    expect(data.d).toBeInstanceOf(Date);
    expect(data.i).toBe(12);
    expect(Number(data.f)).toBe(1.5);
    expect(data.b).toBe(true);
    expect(data.long).toBe('yesyesyes');
    expect(data.wide).toBe('𝐲𝐞𝐬𝐬𝐬𝐬');
  });
});

describe('mappings with Integer keys (Psych: {1=>"one"})', () => {
  test('keep their key types, so that h[1] and h["1"] differ as in Ruby', () => {
    const data = parseYaml('numeric_keys:\n  2: two\n  1: one\n  "b": bee\nplain: {a: 1}\n', 'x.yml') as Record<string, unknown>;
    const hash = data.numeric_keys as RubyHash;
    expect(hash).toBeInstanceOf(RubyHash);
    expect(hash.entries()).toEqual([[2, 'two'], [1, 'one'], ['b', 'bee']]);
    expect(hash.liquidMethodMissing(1)).toBe('one');
    expect(hash.liquidMethodMissing('1')).toBeUndefined();
    expect(data.plain).toEqual({ a: 1 });
  });
  // Ruby 3.1 Psych.safe_load("1.5: f\n3.0: w\ntrue: t\nno: n\non: o\n~: z\n2024-01-02: d\n1: i\n")
  // is {1.5=>"f", 3.0=>"w", true=>"o", false=>"n", nil=>"z", #<Date: 2024-01-02>=>"d", 1=>"i"}:
  // `on` is the key true again, its value replaces `t` in the first place.
  test('Float, true, false, nil and Date keys keep their types too; keys eql? in Ruby are one', () => {
    const hash = parseYaml('1.5: f\n3.0: w\ntrue: t\nno: n\non: o\n~: z\n2024-01-02: d\n1: i\n"x": s\n', 'x.yml') as RubyHash;
    expect(hash).toBeInstanceOf(RubyHash);
    const keys = hash.entries().map(([k]) => k);
    expect(keys.slice(0, 5)).toEqual([1.5, new RubyFloat(3), true, false, null]);
    expect(keys[5]).toBeInstanceOf(RubyDate);
    expect(keys.slice(6)).toEqual([1, 'x']);
    expect(hash.entries().map(([, v]) => v)).toEqual(['f', 'w', 'o', 'n', 'z', 'd', 'i', 's']);
    expect(hash.liquidMethodMissing(true)).toBe('o');
    expect(hash.liquidMethodMissing('true')).toBeUndefined();
    expect(hash.liquidMethodMissing(null)).toBe('z');
    expect(hash.liquidMethodMissing(new RubyFloat(3))).toBe('w');
  });

  // Liquid left unquoted in front matter (stanford-cs324's `name: {{ site.title }}`) is a flow
  // mapping whose key is a mapping: Psych keeps that Hash as the key, {{"site.title"=>nil}=>nil}.
  test('a mapping as a key stays a mapping (js-yaml named it "[object Object]"); equal ones are one key', () => {
    const data = parseYaml('name: {{ site.title }}\nq:\n  ? {a: 1, toString: [2]}\n  : v\nt: {{ a }: 1, { a }: 2, {b}: 3}\nu: {{a: 1, b: 2}: x, {b: 2, a: 1}: y, {a: 1.0, b: 2}: z}\n', 'x.yml') as Record<string, unknown>;
    const name = data.name as RubyHash;
    expect(name).toBeInstanceOf(RubyHash);
    expect(name.entries()).toEqual([[{ 'site.title': null }, null]]);
    expect((data.q as RubyHash).entries()).toEqual([[{ a: 1, toString: [2] }, 'v']]);
    expect((data.t as RubyHash).entries()).toEqual([[{ a: null }, 2], [{ b: null }, 3]]);
    // Hash#eql? ignores the order of the pairs but not a value's type (1 and 1.0)
    expect((data.u as RubyHash).entries()).toEqual([[{ a: 1, b: 2 }, 'y'], [{ a: new RubyFloat(1), b: 2 }, 'z']]);
  });

  test('a sequence as a key stays an array (js-yaml joined it: "a,b")', () => {
    const data = parseYaml('a:\n  [a, b]: 1\n  [a, b] : 2\n  c: 3\nb: {[]: 1, [[x], 2]: 2}\nc:\n  ? - x\n    - y\n  : 3\n', 'x.yml') as Record<string, unknown>;
    expect((data.a as RubyHash).entries()).toEqual([[['a', 'b'], 2], ['c', 3]]);
    expect((data.b as RubyHash).entries()).toEqual([[[], 1], [[['x'], 2], 2]]);
    expect((data.c as RubyHash).entries()).toEqual([[['x', 'y'], 3]]);
  });
});

describe('what follows the first document once its root node ends', () => {
  // Psych.safe_load gives the first document as soon as libyaml ends it (Ruby 3.1, Psych 4):
  // YAML.load("  url: x\n  b: y\ntitle: T\n") is {"url"=>"x", "b"=>"y"}.
  test('a root mapping indented, then a key at column 0: the rest of the file is not read', () => {
    expect(parseYaml('---\n# note\n  url: "x"\n  b: ""\n\ntitle: T\nnav:\n  a: 1\n', '_config.yml')).toEqual({ url: 'x', b: '' });
  });
  test('a flow root followed by a key: the flow collection only', () => {
    expect(parseYaml('[a, b]\nc: 1\n', '_data/x.yml')).toEqual(['a', 'b']);
  });
  test('an error inside the root node is still an error', () => {
    expect(() => parseYaml('a: 1\n  b: 2\n', '_data/x.yml')).toThrow(/YAML Exception reading _data\/x.yml/);
  });
});

// Psych 4.0.3 (Debian's libyaml) on the same texts: libyaml's plain scalar at the root goes on over
// lines at any column (js-yaml ended it at the first line left of it), to a comment, a document
// marker or a `: `; a block scalar or a comment-ended scalar ends the root, and the rest is not read.
describe('a root scalar and the lines after it', () => {
  test.each([
    ['  abc\nk\n', 'abc k'],
    ['  !!str abc\n- x\n', 'abc - x'],
    ['  abc\n"x"\n', 'abc "x"'],
    ['  abc\n\n\nk', 'abc\n\nk'],
    ['  abc\n: x\n', 'abc'],
    ['abc # c\nk: v\n', 'abc'],
    ['--- abc # c\nk: v\n', 'abc'],
    ['abc\n  #x\nk\n', 'abc'],
    ['  abc\n  k #x\n  l: v\n', 'abc k'],
    ['|\n  x\nk: v\n', 'x\n'],
    ['>\n  x\n- y\n', 'x\n'],
    ['>\n  x\n k: v\n', 'x\n'],
    ['abc # c\nk: "unterminated\n', 'abc'],
  ])('%j is %j', (text, want) => {
    expect(parseYaml(text, 'x.yml')).toBe(want);
  });
  test.each([
    ['  abc\nk: v\n', 'line 2 column 2'],
    ['  abc\n  def\nk: v\n', 'line 3 column 2'],
    ['---\n  abc\n k: v\n', 'line 3 column 3'],
  ])('%j: mapping values are not allowed at %s', (text, place) => {
    expect(() => parseYaml(text, 'x.yml', 0, { psychName: 'x.yml' })).toThrow(`YAML Exception reading x.yml: (x.yml): mapping values are not allowed in this context at ${place}`);
  });
  // the parser still reads the token after the root, and the scanner fails on it
  test.each([
    ['|\n  x\n"unterminated\n', 'found unexpected end of stream while scanning a quoted scalar at line 3 column 1'],
    ["abc # c\n'unterminated\n", 'found unexpected end of stream while scanning a quoted scalar at line 2 column 1'],
    ['abc # c\n\tk\n', 'found character that cannot start any token while scanning for the next token at line 2 column 1'],
    ['|\n x\n`y\n', 'found character that cannot start any token while scanning for the next token at line 3 column 1'],
    ['abc # c\n*\n', 'did not find expected alphabetic or numeric character while scanning an alias at line 2 column 1'],
    ['abc # c\n!<x\n', "did not find the expected '>' while scanning a tag at line 2 column 1"],
    // a quoted root, then white space at a line's start and a tab: no token starts there
    ["'a'\n\tb\n", 'found character that cannot start any token while scanning for the next token at line 2 column 1'],
    ["'a'\n  \tb\n", 'found character that cannot start any token while scanning for the next token at line 2 column 3'],
    ["'a'\n!\"x\n", 'did not find expected whitespace or line break while scanning a tag at line 2 column 1'],
    ["'a'\n!x,y\n", 'did not find expected whitespace or line break while scanning a tag at line 2 column 1'],
    ["'a'\n|x\n", 'did not find expected comment or line break while scanning a block scalar at line 2 column 1'],
    ["'a'\n|0\n", 'found an indentation indicator equal to 0 while scanning a block scalar at line 2 column 1'],
    ['"a" # c\n%x\n', 'found unknown directive name while scanning a directive at line 2 column 1'],
    ["'a'\n%\n", 'could not find expected directive name while scanning a directive at line 2 column 1'],
    ["'a'\n%YAML\n", 'did not find expected version number while scanning a %YAML directive at line 2 column 1'],
    ["'a'\n%YAML 1\n", "did not find expected digit or '.' character while scanning a %YAML directive at line 2 column 1"],
    ["'a'\n%YAML 1.1 x\n", 'did not find expected comment or line break while scanning a directive at line 2 column 1'],
    ['%YAML\n--- a\n', 'did not find expected version number while scanning a %YAML directive at line 1 column 1'],
    // a root block scalar's breaks: a tab left of its indent, named at the header
    ['|\n  x\n\tb\n', 'found a tab character where an indentation space is expected while scanning a block scalar at line 1 column 1'],
    ['--- |\n  a\n \tb\n', 'found a tab character where an indentation space is expected while scanning a block scalar at line 1 column 5'],
    ['>\n a\n\n\tb\n', 'found a tab character where an indentation space is expected while scanning a block scalar at line 1 column 1'],
    ['|\n\tb\n', 'found a tab character where an indentation space is expected while scanning a block scalar at line 1 column 1'],
  ])('%j: %s', (text, problem) => {
    expect(() => parseYaml(text, 'x.yml', 0, { psychName: 'x.yml' })).toThrow(`YAML Exception reading x.yml: (x.yml): ${problem}`);
  });
  test('in front matter, the line counts from the file\'s first', () => {
    expect(() => parseYaml('  abc\nk: v\n', 'p.md', 1, { psychName: 'p.md' })).toThrow('(p.md): mapping values are not allowed in this context at line 3 column 2');
  });});

// libyaml's indent for a block scalar at the root is its indentation indicator itself (the parent's
// is -1); Psych 4.0.3 on the same texts. A line less indented ends it; the rest is not read.
test.each([
  ['|2\n   a\n  b\n', ' a\nb\n'],
  ['--- |2\n   a\n  b\n', ' a\nb\n'],
  ['# c\n--- !!str |2\n   a\n  b\n', ' a\nb\n'],
  ['>2\n   a\n  b\n', ' a\nb\n'],
  ['|-2\n  a\n', 'a'],
  ['|2+\n  a\n\n', 'a\n\n'],
  ['|2\n\n   a\n', '\n a\n'],
  ['|2\n a\n', ''],
  ['|2\n   a\n b\n', ' a\n'],
  ['a: |2\n   x\n  y\n', { a: ' x\ny\n' }],
  // `9`, the largest indicator
  ['--- |9\n         abc\n           def\n', 'abc\n  def\n'],
  ['|9\n          abc\n\n         def\n', ' abc\n\ndef\n'],
  ['--- >9\n         abc\n         def\n\n           ghi\n', 'abc def\n\n  ghi\n'],
  ['--- |9-\n         abc\n            \n', 'abc\n   '],
  ['--- |9\n        abc\n', ''],
  ['--- !!str |9\n           \n         abc\n', '  \nabc\n'],
  ['--- |9\n         abc\n...\n x\n', 'abc\n'],
  ['x: |9\n          abc\n', { x: ' abc\n' }],
])('a root block scalar with an indentation indicator: %j is %j', (text, want) => {
  expect(parseYaml(text, 'x.yml')).toEqual(want);
});

// Psych 4.0.3 (Ruby 3.1) on the same texts: a block root goes on until a line back left of it.
test('a block root then a token at its own column is an error, as in libyaml', () => {
  expect(() => parseYaml('a: 1\n- b\n', 'x.yml')).toThrow(/did not find expected key while parsing a block mapping at line 1 column 1/);
  // Psych: "did not find expected '-' indicator while parsing a block collection at line 1 column 1"; not yet in its words.
  expect(() => parseYaml('- a\nc: 1\n', 'x.yml')).toThrow(/YAML Exception reading x\.yml/);
  expect(parseYaml(' - a\nc: 1\n', 'x.yml')).toEqual(['a']);
  expect(parseYaml('"s"\nc: 1\n', 'x.yml')).toBe('s');
});

// Psych.safe_load returns the first document of a stream and never reads the rest (not even a
// broken one); values from Jekyll 4.3.1's Utils.safe_load_yaml_file on the same texts.
describe('a stream of several documents: the first one', () => {
  test.each([
    ['---\na: 1\n---\nb: 2\n', { a: 1 }],
    ['a: 1\n---\nb: 2\n', { a: 1 }],
    ['---\n- 1\n--- \n- 2\n...\n', [1]],
    ['--- 5\n--- 6\n', 5],
    ['a: 1\n...\n---\nb: 2\n', { a: 1 }],
    ['---\n---\nb: 2\n', null],
    ['a: 1\n---\n[: b\n', { a: 1 }],
    ['a: 1\n---\n"unterminated\n', { a: 1 }],
    ['a: |\n  x\n---\n  y\n', { a: 'x\n' }],
    ['# c\n%YAML 1.1\n---\na: 1\n--- \nb\n', { a: 1 }],
    // a %YAML or %TAG directive at column 0 once the document began starts the next one (Psych 4.0.3)
    ['---\n%YAML 1.1\n', null],
    ['---\na: 1\n%YAML 1.1\n---\nb: 2\n', { a: 1 }],
    ['---\na: 1\n%TAG ! tag:x,2000:\n', { a: 1 }],
    ['---\na: |\n  x\n%YAML 1.1\n', { a: 'x\n' }],
    ['---\na: "x\n%YAML 1.1\n"', { a: 'x %YAML 1.1 ' }],
    // a value Psych would refuse in a later document is never made (Psych 4.0.3)
    ['a: 1\n---\nb: !!set {x}\n', { a: 1 }],
    ['a: 1\n--- :s\n', { a: 1 }],
    ['a: 1\n---\nb: !ruby/object:Foo {}\n', { a: 1 }],
  ])('%j', (text, expected) => expect(parseYaml(text, 'x.yml')).toEqual(expected));
});

// Psych.safe_load with a tag it has no class for reads the node as untagged (a scalar tokenized
// even when quoted); values from Ruby 3.1 Psych 4.0.3 on the same texts.
describe('tags Psych does not know', () => {
  test.each([
    ['a: !foo 1\n', { a: 1 }],
    ['a: !foo "1"\n', { a: 1 }],
    ['a: !foo true\n', { a: true }],
    ['a: !foo x\n', { a: 'x' }],
    ['a: !!foo 1\n', { a: 1 }],
    ['a: !<tag:x.com,2000:y> 1\n', { a: 1 }],
    ['a: !foo\n', { a: null }],
    ['a: !foo 0x1f\n', { a: 31 }],
    ['a: !foo {b: 1}\n', { a: { b: 1 } }],
    ['- !foo\n  b: 1\n', [{ b: 1 }]],
    ['a: !ruby/string 1\n', { a: '1' }],
    ['a: !ruby/array [1]\n', { a: [1] }],
    ['a: !ruby/hash {b: 1}\n', { a: { b: 1 } }],
  ])('%j', (text, expected) => expect(parseYaml(text, 'x.yml')).toEqual(expected));

  test('a date stays a date', () => {
    expect((parseYaml('a: !foo 2024-01-01\n', 'x.yml') as { a: RubyDate }).a).toBeInstanceOf(RubyDate);
  });
});

// Psych reads data nested thousands of levels deep (Jekyll 4.3.1: a 500-level JSON data file and a
// 300-level mapping render); js-yaml's own limit (100) refused them.
describe('deep nesting', () => {
  const depth = (v: unknown): number => (Array.isArray(v) ? 1 + depth(v[0]) : v !== null && typeof v === 'object' ? 1 + depth(Object.values(v)[0]) : 0);
  test('a 500-level flow list and a 300-level block mapping are read', () => {
    expect(depth(parseYaml(`${'['.repeat(500)}1${']'.repeat(500)}\n`, 'deep.json'))).toBe(500);
    const block = `${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`;
    expect(depth(parseYaml(block, 'deep.yml'))).toBe(300);
  });
  test('past 1,000 levels the error names the file and the place, never a stack overflow', () => {
    expect(() => parseYaml(`${'['.repeat(5000)}${']'.repeat(5000)}\n`, 'deep.json')).toThrow(
      expect.objectContaining({ code: 'YAML_EXCEPTION', message: expect.stringContaining('YAML Exception reading deep.json') }),
    );
  });
});
