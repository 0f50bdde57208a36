// The fast reader of simple front matter (lib/read/yaml-simple.ts) against the full
// js-yaml path (parseYamlFully): on generated documents mixing every scalar form and
// edge, and on the front matter of every fixture and conformance site. Whenever the
// fast reader answers, its value must be the full parser's (key order included).
import fs from 'node:fs';
import path from 'node:path';
import { NOT_SIMPLE, readSimpleYaml } from '../../lib/read/yaml-simple.js';
import { parseYaml, parseYamlFully } from '../../lib/read/yaml.js';
import { splitFrontMatter, stripBom } from '../../lib/read/front-matter.js';

const ZONES = [undefined, 'Asia/Shanghai', 'America/New_York'];

// Every scalar form Psych resolves, and the edges of the simple shape.
const SCALARS = [
  'hello', 'Hello World', 'yes', 'no', 'on', 'off', 'Yes', 'OFF', 'true', 'False', 'y', 'n', 'NULL', 'null', '~',
  '0o12', '012', '08', '0x1F', '0b101', '1_000', '1,000', '+12', '-1', '42', '.inf', '-.Inf', '+.inf', '.nan', '.NaN',
  '1:30', '1:30:00', '-1:30', '1:30.5', '1.5', '1.', '3.0', '.5', '1e3', '12e3', '1.5e+3', '-', '-x', '?x', '?', ':sym', ':',
  '2022-02-11', '2022-2-3', '2022-02-30', '2022-02-11 10:00:00 +0800', '2022-02-11T10:00:00Z', '2022-02-11 10:00:00.5',
  '2004-12-16 15:17:59.000000000 +00:00', '2022-02-11 10:00:00 -3', '2022-13-01 10:00:00', '2022-02-11t10:00:00z',
  'a --- b', '--- x', 'key:value', 'a: b', 'a:', 'a #c', 'a#b', 'a # c # d', 'a  ', 'it\'s', 'say "hi"',
  "'q'", '"q"', "'it''s'", "''", '""', '"esc \\" \\\\ \\n \\t \\u00e9 \\x41 \\U0001F600 \\/ \\0 \\_ \\N"', '"bad \\q"',
  '"\\ud83d"', '"a\\', "'unterminated", '"unterminated', "'a' #c", "'a'#c", '"a" b', "'a':", '"a" # c',
  '[a, b]', '[]', '[ ]', '[a, \'b\', "c", 1, yes, 2022-01-01]', '[a,]', '[a, [b]]', '[a, b', '[a b, c d]', '[a:b]', '[a, b] #c',
  '[a, b] x', '[a, #c]', '[c#, a#b]', '[a #b]', '[:s]', '[-x, -]', '[\'a\': b]', '[a, {b: c}]', '[ a , b ]', '[a,,b]',
  '{a: 1}', '&anchor x', '*alias', '!tag x', '!!str 12', '! \'x\'', '! "x: y"', '! x', '!  \'a\' # c', '! \'a\' b', '!', '! ', '|', '>', '|-', '%x', '@x', '`x', '<<', '[<<]',
  '中文标题', '😀 emoji', 'caf\u00e9', 'a,b', 'a]b', 'a}b', 'a[b]', 'x: y: z', '#comment', 'http://example.com/a?b=c#frag',
  '/path/to/x.png', 'C:\\dir', '100%', 'a\\b', '0', '-0', '00', '0.0', '1_0.5', '_1', 'a b  c',
];
const KEYS = ['title', 'date', 'tags', 'categories', 'layout', 'permalink', 'a-b', 'a_b', 'x1', '1', '0o12', 'yes', 'no', 'on',
  'y', 'null', 'true', 'Title', '__proto__', 'constructor', 'toString', 'og:image', 'my key', '2022-01-01', '_k', 'k-'];

// A small seeded generator, so that a failure can be replayed.
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(random: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  const chance = (p: number): boolean => random() < p;
  const lines: string[] = [];
  if (chance(0.9)) lines.push(chance(0.9) ? '---' : '---  ');
  const entries = 1 + Math.floor(random() * 6);
  for (let n = 0; n < entries; n++) {
    const key = chance(0.85) ? pick(KEYS.slice(0, 8)) : pick(KEYS);
    const sep = chance(0.9) ? ': ' : pick([':', ':  ', ' : ', ':\t']);
    if (chance(0.25)) {
      // A block list, at column 0 or indented.
      lines.push(`${key}:${chance(0.1) ? ' # c' : ''}`);
      const indent = chance(0.5) ? '' : pick(['  ', '    ', ' ']);
      const items = Math.floor(random() * 4);
      for (let i = 0; i < items; i++) {
        const odd = chance(0.05) ? pick(['- - a', '- a: b', '-', '- ', '  - x', '- [a]', '- # c']) : undefined;
        lines.push(odd !== undefined ? indent + odd : `${indent}- ${pick(SCALARS)}${chance(0.1) ? ' # note' : ''}`);
        if (chance(0.05)) lines.push(pick(['', '# between', '  more text', '  # indented']));
      }
    } else {
      lines.push(`${key}${sep}${pick(SCALARS)}${chance(0.1) ? pick([' # comment', '   ', ' #']) : ''}`);
    }
    if (chance(0.08)) lines.push(pick(['', '# a comment', '  continued', '   ', '...', '--- ', 'plain line']));
  }
  let text = lines.join('\n') + (chance(0.9) ? '\n' : '');
  if (chance(0.1)) text = text.replace(/\n/g, '\r\n');
  if (chance(0.03)) text = `\ufeff${text}`;
  if (chance(0.03)) text = text.replace(' ', '\t');
  return text;
}

type Outcome = { value: unknown } | { error: string };

function full(text: string, zone: string | undefined): Outcome {
  try {
    return { value: parseYamlFully(text, 'x.md', 0, { zone }) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** Same value, same types, same key order all the way down. */
function expectSame(actual: unknown, expected: unknown, text: string): void {
  try {
    expect(shape(actual)).toEqual(shape(expected));
  } catch (e) {
    throw new Error(`${(e as Error).message}\nfor the YAML:\n${JSON.stringify(text)}`);
  }
}

// A value as plain nested arrays of strings: each node's class, own entries in order, and text.
function shape(value: unknown): unknown {
  if (value === null || typeof value !== 'object') {
    return `${typeof value}:${Object.is(value, -0) ? '-0' : String(value)}`;
  }
  const kind = Array.isArray(value) ? 'Array' : (Object.getPrototypeOf(value)?.constructor?.name ?? 'null-proto');
  const entries = Object.entries(value).map(([k, v]) => [k, shape(v)]);
  return [kind, value instanceof Date || kind !== 'Object' ? String(value) : '', entries];
}

describe('the simple reader agrees with js-yaml', () => {
  test('on 4,000 generated documents', () => {
    const random = rng(20261202);
    let simple = 0;
    for (let i = 0; i < 4000; i++) {
      const text = generate(random);
      const zone = ZONES[i % ZONES.length];
      const fast = readSimpleYaml(text, zone);
      const expected = full(text, zone);
      // parseYaml is the fast value when there is one, else the full parser's value or error.
      const got = ((): Outcome => {
        try {
          return { value: parseYaml(text, 'x.md', 0, { zone }) };
        } catch (e) {
          return { error: (e as Error).message };
        }
      })();
      if (fast === NOT_SIMPLE) {
        expect(shape(got)).toEqual(shape(expected));
        continue;
      }
      simple++;
      if ('error' in expected) throw new Error(`read as simple, but js-yaml fails (${expected.error}) on:\n${JSON.stringify(text)}`);
      expectSame(fast, expected.value, text);
      expectSame((got as { value: unknown }).value, expected.value, text);
    }
    // Enough of them take the fast path for the comparison to mean something.
    expect(simple).toBeGreaterThan(600);
  });

  test.each(SCALARS)('the scalar %s, as a value, a list item and in a flow list', (scalar) => {
    for (const zone of ZONES) {
      for (const text of [`---\nk: ${scalar}\n`, `k:\n- ${scalar}\n`, `k:\n  - ${scalar} # c\nz: 1\n`, `k: [${scalar}]\n`, `k: ${scalar}\r\nz: 2\r\n`]) {
        const fast = readSimpleYaml(text, zone);
        if (fast === NOT_SIMPLE) continue;
        const expected = full(text, zone);
        if ('error' in expected) throw new Error(`read as simple, but js-yaml fails (${expected.error}) on:\n${JSON.stringify(text)}`);
        expectSame(fast, expected.value, text);
      }
    }
  });

  test('the common shapes are read by it', () => {
    const shapes = [
      "---\nlayout: post\ntitle: 'Hello, world'\ndate: 2015-01-04 21:48:23 +0800\ncategories: news\ntags: 经济\n",
      '---\ntitle: "Quoted \\"title\\""\ntags:\n  - ruby\n  - rails\ncomments: true\n',
      '---\r\ntitle: x\r\ntags: [a, b]\r\n# a comment\r\npublished: false\r\n',
      '---\ntitle: x # trailing comment\nauthor:\nsummary: a --- b\n',
      '---\ntags:\n- a\n- b\ndate: 2022-02-11\n',
      "---\ncategory : web\ntitle: ! 'Rails 0.9.2: fixes'\ntags: [c#, x]\n",
      '---\n',
      '',
    ];
    for (const text of shapes) expect(readSimpleYaml(text)).not.toBe(NOT_SIMPLE);
    expect(readSimpleYaml('---\n')).toBeNull();
  });

  test('what is not simple is left to the full parser', () => {
    const others = [
      'a:\n  b: 1\n', 'a: &x 1\nb: *x\n', 'a: |\n  text\n', 'a: >\n  text\n', 'a: !!str 1\n', 'a: b\n  c\n', 'a: "x\n  y"\n',
      'a: 1\na: 2\n', 'a : 1\na: 2\n', '1: one\n', 'yes: 1\n', 'a:\tb\n', 'a: b\rc: d\n', 'a: :sym\n', '<<: {a: 1}\n', 'a: {b: 1}\n', 'a: [b,\n  c]\n',
      'key:value\n', 'a: b: c\n', '- a\n', 'a:\n- - b\n', 'a:\n- b: c\n', '\ufeffa: 1\n', 'a: "\\q"\n', 'og:image: x\n', 'my key: v\n',
    ];
    for (const text of others) expect([text, readSimpleYaml(text)]).toEqual([text, NOT_SIMPLE]);
  });
});

// Every file with front matter under the fixture sites and the conformance corpus.
function frontMatterFiles(root: string): string[] {
  if (!fs.existsSync(root)) return [];
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile() && /\.(md|markdown|html|xml|txt|json|scss|css|js|yml|yaml)$/i.test(e.name)) out.push(p);
    }
  };
  walk(root);
  return out;
}

describe('the front matter of every fixture and conformance site', () => {
  const roots = [path.resolve('fixtures', 'sites'), path.resolve('..', 'shared', 'conformance', 'sites')];
  const files = roots.flatMap(frontMatterFiles);
  test('read alike by both paths', () => {
    let simple = 0;
    for (const file of files) {
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(file));
      } catch {
        continue;
      }
      const split = splitFrontMatter(stripBom(text));
      if (!split) continue;
      for (const zone of [undefined, 'Asia/Shanghai']) {
        const fast = readSimpleYaml(split.yaml, zone);
        if (fast === NOT_SIMPLE) continue;
        simple++;
        const expected = full(split.yaml, zone);
        if ('error' in expected) throw new Error(`read as simple, but js-yaml fails (${expected.error}) on ${file}`);
        expectSame(fast, expected.value, `${file}:\n${split.yaml}`);
      }
    }
    expect(simple).toBeGreaterThan(200);
  });
});
