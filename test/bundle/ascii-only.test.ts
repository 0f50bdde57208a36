// The engine bundle is made pure ASCII (scripts/ascii-only.mjs) so that the
// loader can read it as Latin-1 (entries/engine-loader.ts#readEngine): every
// rewrite must leave what the code does as it was. Each case is evaluated
// before and after and compared; the rewrites that cannot be made safely stop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ENGINE_WRAPPER, readEngine } from '../../lib/entries/engine-loader.js';

type AsciiOnly = (text: string, fileName?: string) => string;
let asciiOnly: AsciiOnly;
beforeAll(async () => {
  ({ asciiOnly } = (await import(pathToFileURL(path.resolve('scripts/ascii-only.mjs')).href)) as { asciiOnly: AsciiOnly });
});

const evaluate = (expr: string): unknown => new Function(`return (${expr});`)();
const isAscii = (s: string): boolean => /^[\x00-\x7f]*$/.test(s);
const SAMPLES = ['', 'a', 'à', 'á', 'ä', 'é', 'É', 'ß', 'ẞ', 'я', 'Ё', '😀', '😀😀', '\ud83d', 'x😀y', 'ab\\é', 'а-я', '-', 'abc'];

describe('asciiOnly', () => {
  test.each([
    ['a class of accented letters', '/[àáâãäå]/g'],
    ['a range in a class', '/^[а-яё]+$/i'],
    ['an identity escape of a letter', '/a\\é/'],
    ['a character beyond the BMP, no u flag (two code units)', '/x😀+y/'],
    ['a character beyond the BMP, u flag', '/x😀+y/u'],
    ['a class beyond the BMP, u flag', '/^[😀é]+$/u'],
    ['a unicode set', '/[\\p{L}--[é]]/v'],
  ])('a regular expression: %s matches as before', (_name, literal) => {
    const after = asciiOnly(`const r = ${literal};`);
    expect(isAscii(after)).toBe(true);
    const before = evaluate(literal) as RegExp;
    const rewritten = evaluate(after.slice('const r = '.length, -1)) as RegExp;
    expect(rewritten.flags).toBe(before.flags);
    for (const s of SAMPLES) expect([s, rewritten.exec(s)?.[0]]).toEqual([s, before.exec(s)?.[0]]);
  });

  test.each([
    ['an untagged template', '`é ${1 + 1} ü\\é 😀`'],
    ['a String.raw template', 'String.raw`(?<=[^\\wа-яё]|^)(Конец ${"x"} \\d)`'],
    ['a String.raw template without substitutions', 'String.raw`а\\b`'],
    ['a string', '"é\\é😀"'],
    ['a template inside a substitution', '`a${`é`}b`'],
  ])('%s has the same value', (_name, expr) => {
    const after = asciiOnly(`x = ${expr};`);
    expect(isAscii(after)).toBe(true);
    expect(evaluate(after.slice('x = '.length, -1))).toBe(evaluate(expr));
  });

  test('comments keep their text as \\u{...}; ASCII text is returned as it is', () => {
    expect(asciiOnly('// 🪦 é\nconst a = 1; /* ü */')).toBe('// \\u{1FAA6} \\u{E9}\nconst a = 1; /* \\u{FC} */');
    const plain = 'const a = /b/g; // c\n';
    expect(asciiOnly(plain)).toBe(plain);
  });

  test('what cannot be rewritten safely stops the build', () => {
    expect(() => asciiOnly('const é = 1;')).toThrow(/non-ASCII text left/);
    expect(() => asciiOnly('tag`é`;')).toThrow(/tagged tag/);
    expect(() => asciiOnly('String.raw`\\é`;')).toThrow(/escaped non-ASCII/);
  });
});

describe('readEngine', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-read-engine-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('reads a file marked ascii as Latin-1 and any other as UTF-8', () => {
    const marked = path.join(dir, 'a.cjs');
    fs.writeFileSync(marked, '// kyll-engine 0123abcd ascii\nmodule.exports = "\\u00e9";\n');
    expect(readEngine(marked)).toBe('// kyll-engine 0123abcd ascii\nmodule.exports = "\\u00e9";\n');
    const unmarked = path.join(dir, 'b.cjs');
    fs.writeFileSync(unmarked, '// kyll-engine 0123abcd\nmodule.exports = "é";\n');
    expect(readEngine(unmarked)).toBe('// kyll-engine 0123abcd\nmodule.exports = "é";\n');
    const wrapped = path.join(dir, 'c.cjs');
    fs.writeFileSync(wrapped, `${ENGINE_WRAPPER}// kyll-engine 0123abcd ascii\nmodule.exports = "\\u00e9";\n})`);
    expect(readEngine(wrapped)).toBe(`${ENGINE_WRAPPER}// kyll-engine 0123abcd ascii\nmodule.exports = "\\u00e9";\n})`);
  });

  const engine = path.resolve('dist/bundle/engine.cjs');
  (fs.existsSync(engine) ? test : test.skip)('the built engine is ASCII and says so', () => {
    const bytes = fs.readFileSync(engine);
    expect(bytes.every((b) => b < 0x80)).toBe(true);
    // Inside the loader's wrapper, so that V8 compiles the text as read (engine-loader.ts#ENGINE_WRAPPER).
    const head = bytes.subarray(0, 200).toString('latin1');
    expect(head.startsWith(ENGINE_WRAPPER)).toBe(true);
    expect(head.slice(ENGINE_WRAPPER.length)).toMatch(/^\/\/ kyll-engine [0-9a-f]+ ascii\n/);
    expect(bytes.subarray(-3).toString('latin1')).toBe('\n})');
    expect(readEngine(engine)).toBe(bytes.toString('utf8'));
  });
});
