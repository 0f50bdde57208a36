// The read site crosses to render workers as bytes: kyll's Ruby values must
// come back as the same classes with the same fields, shared objects once.
import vm from 'node:vm';
import { decodeModel, encodeModel } from '../../lib/render/worker-model.js';
import { RubyDate } from '../../lib/read/ruby-date.js';
import { parseYaml } from '../../lib/read/yaml.js';
import { readFrontMatter } from '../../lib/read/front-matter.js';
import { typedEntries } from '../../lib/values/typed-keys.js';
import { JekyllTime } from '../../lib/time/jekyll-time.js';
import { RubyFloat } from '../../lib/values/ruby-float.js';
import { RubyHash } from '../../lib/values/ruby-hash.js';
import { RubyRange } from '../../lib/values/ruby-range.js';

const roundTrip = <T>(v: T): T => decodeModel<T>(encodeModel(v)!);

// What Liquid sees of a time: its class, text, zone and offset.
const shown = (t: JekyllTime): unknown[] => [t.constructor.name, t.getTime(), t.toString(), t.inspect(), t.zoneName, t.utcOffset, t.isUtc, t.toXmlSchema(), JSON.stringify(t)];

test('times keep their offset, UTC flag and local zone', () => {
  const times = [
    new JekyllTime(Date.UTC(2022, 1, 11, 14, 22, 45), 8 * 3600),
    new JekyllTime(Date.UTC(2022, 1, 11, 14, 22, 45, 500), 0, true),
    JekyllTime.inZone(Date.UTC(2022, 6, 1, 12), 'America/New_York'),
    JekyllTime.inZone(Date.UTC(2022, 0, 1, 12), undefined),
    new RubyDate(2022, 2, 11),
    new RubyDate(99, 12, 31),
  ];
  const back = roundTrip(times);
  back.forEach((t, i) => {
    expect(t).toBeInstanceOf(times[i]!.constructor);
    expect(shown(t)).toEqual(shown(times[i]!));
  });
  expect(back[2]!.zoneName).toBe('EDT');
  expect(back[4]!.toString()).toBe('2022-02-11');
});

test('floats, hashes with typed keys and ranges come back as their classes', () => {
  const hash = new RubyHash([
    [1, 'one'],
    ['1', 'string one'],
    [true, new RubyFloat(2)],
  ]);
  const back = roundTrip({ f: new RubyFloat(3), h: hash, r: new RubyRange(2, 5), big: 2n ** 70n, neg: -0 });
  expect(back.f).toBeInstanceOf(RubyFloat);
  expect(String(back.f)).toBe('3.0');
  expect(back.h).toBeInstanceOf(RubyHash);
  expect(back.h.entries()).toEqual([
    [1, 'one'],
    ['1', 'string one'],
    [true, new RubyFloat(2)],
  ]);
  expect(back.h.liquidMethodMissing(1)).toBe('one');
  expect(back.h.entries()[2]![1]).toBeInstanceOf(RubyFloat);
  expect(back.r).toBeInstanceOf(RubyRange);
  expect([String(back.r), [...back.r]]).toEqual(['2..5', [2, 3, 4, 5]]);
  expect(back.big).toBe(2n ** 70n);
  expect(Object.is(back.neg, -0)).toBe(true);
});

test('front matter as the YAML reader makes it round-trips', () => {
  const data = parseYaml('when: 2022-02-03 10:00:00 +05:30\nday: 2022-02-04\nutc: 2022-02-05 01:02:03Z\nlocal: 2022-02-06 07:08:09\nratio: 3.0\nmap: {1: one, two: 2}\nlist: [1, 2.5, ~, yes]\n', 'x.yml', 0, { zone: 'Asia/Shanghai' }) as Record<string, unknown>;
  const back = roundTrip(data);
  expect(Object.keys(back)).toEqual(Object.keys(data));
  for (const k of ['when', 'day', 'utc', 'local']) {
    expect(back[k]).toBeInstanceOf((data[k] as object).constructor);
    expect(shown(back[k] as JekyllTime)).toEqual(shown(data[k] as JekyllTime));
  }
  expect(back.ratio).toBeInstanceOf(RubyFloat);
  expect(back.map).toBeInstanceOf(RubyHash);
  expect((back.map as RubyHash).entries()).toEqual((data.map as RubyHash).entries());
  expect(back.list).toEqual(data.list);
});

test('front matter with typed keys (`true:`, `2:`, `1.5:`, `~:`) keeps their types and its key order', () => {
  const data = readFrontMatter('---\ntitle: T\n2: int\ntrue: yes\n1.5: f\n~: n\nnest: {7: seven, q: 1}\n---\nx\n', 'a.md')!.data;
  const shared = { a: data, b: data };
  const back = roundTrip(shared);
  expect(back.a).toBe(back.b);
  expect(typedEntries(back.a)).toEqual(typedEntries(data));
  expect(typedEntries(back.a).map(([k]) => k)).toEqual(['title', 2, true, 1.5, null, 'nest']);
  expect((back.a.nest as RubyHash).entries()).toEqual([[7, 'seven'], ['q', 1]]);
});

test('an object reached twice is one object on the other side too', () => {
  const date = new JekyllTime(0, 3600);
  const post = { title: 'a', date, data: { date } };
  const back = roundTrip({ posts: [post], categories: { c: [post] }, byDate: new Map([[date, post]]) });
  expect(back.categories.c[0]).toBe(back.posts[0]);
  expect(back.posts[0]!.data.date).toBe(back.posts[0]!.date);
  expect([...back.byDate.keys()][0]).toBe(back.posts[0]!.date);
  expect(back.byDate.get(back.posts[0]!.date)).toBe(back.posts[0]);
});

test('keys are data, `__proto__` included', () => {
  const data = parseYaml('__proto__: {polluted: yes}\nconstructor: 1\n', 'x.yml') as Record<string, unknown>;
  const back = roundTrip(data);
  expect((back as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.hasOwn(back, '__proto__')).toBe(true);
  expect(Object.getOwnPropertyDescriptor(back, '__proto__')!.value).toEqual({ polluted: true });
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

test('what cannot be sent is refused as a whole: the workers then read the folder themselves', () => {
  class Custom {}
  expect(encodeModel({ a: [new Custom()] })).toBeUndefined();
  expect(encodeModel({ f: () => 1 })).toBeUndefined();
  expect(encodeModel({ s: Symbol('x') })).toBeUndefined();
  // A hash that looks like a tagged value is not taken for one.
  expect(encodeModel({ '\u0000kyll.value': 'float', value: 1 })).toBeUndefined();
  expect(encodeModel({ ok: [1, 'two', null, undefined, new Date(0)] })).toBeDefined();
});

test('an object named in refs crosses as its name: the receiver gets its own object, once for every reference; an unknown name is an internal error', () => {
  const post = { title: 'P', date: new JekyllTime(Date.UTC(2022, 1, 11), 3600) };
  const other = { title: 'Q' };
  const mine = { title: 'P, as the receiver parsed it' };
  const bytes = encodeModel({ posts: [post, other], byTag: { a: [post] } }, new Map([[post, '_posts/p.md']]))!;
  const back = decodeModel<{ posts: object[]; byTag: { a: object[] } }>(bytes, new Map([['_posts/p.md', mine]]));
  expect(back.posts[0]).toBe(mine);
  expect(back.byTag.a[0]).toBe(mine);
  expect(back.posts[1]).toEqual(other);
  expect(bytes.length).toBeLessThan(encodeModel({ posts: [post, other], byTag: { a: [post] } })!.length);
  expect(() => decodeModel(bytes)).toThrow(/refers to _posts\/p\.md/);
});

test("plain values of another realm (what v8.deserialize makes under a vm context) are sent; a subclass or an object with an inherited field is not", () => {
  const foreign = vm.runInNewContext('({ a: [1, { b: 2 }], m: new Map([[1, "x"]]), s: new Set([3]), d: new Date(0), n: Object.create(null) })') as Record<string, unknown>;
  expect(Object.getPrototypeOf(foreign)).not.toBe(Object.prototype);
  const back = roundTrip(foreign);
  expect(JSON.stringify(back)).toBe(JSON.stringify(foreign));
  expect([...(back.m as Map<number, string>)]).toEqual([[1, 'x']]);
  expect([...(back.s as Set<number>)]).toEqual([3]);
  expect((back.d as Date).getTime()).toBe(0);
  class MyMap extends Map {}
  expect(encodeModel({ m: new MyMap() })).toBeUndefined();
  expect(encodeModel({ o: Object.create(Object.assign(Object.create(null), { inherited: 1 })) })).toBeUndefined();
  expect(encodeModel({ a: vm.runInNewContext('class A extends Array {}; new A()') })).toBeUndefined();
});

test("a document's excerpt source that starts its content crosses as a length: the same text comes back, in fewer bytes", () => {
  const content = `First paragraph ${'é金'.repeat(40)}.\n\nSecond paragraph.\n`;
  const head = content.slice(0, content.indexOf('\n\n'));
  const docs = [
    { content, excerptSource: content },
    { content, excerptSource: head },
    // Not a prefix (a link definition appended), short, absent, or no content: sent as they are.
    { content, excerptSource: `${head}\n\n[a]: /b` },
    { content, excerptSource: 'First' },
    { content },
    { excerptSource: head },
    { content: 42, excerptSource: head },
  ];
  expect(roundTrip(docs)).toEqual(docs);
  const plain = (d: (typeof docs)[number]) => ({ ...d, excerptSource: undefined, text: d.excerptSource });
  expect(encodeModel(docs.slice(0, 2))!.length).toBeLessThan(encodeModel(docs.slice(0, 2).map(plain))!.length - 2 * head.length);
  // A user's hash shaped like the tag is refused, as any hash holding the tag's key.
  expect(encodeModel({ data: { excerptSource: { '\u0000kyll.value': 'prefix', of: 'content', length: 1 } } })).toBeUndefined();
});
