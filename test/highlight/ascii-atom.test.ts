// ascii-atom.ts reads which ASCII characters an atom matches from its text; V8 is the judge:
// for every atom it reads, the answer must be the one a RegExp of it gives on each of the 128
// characters, under the flags the highlighter uses (`yu`, `yui`).
import fc from 'fast-check';
import { asciiAtom } from '../../lib/highlight/ascii-atom.js';

function byV8(atom: string, flags: string): Uint8Array {
  const re = new RegExp(atom, flags);
  const set = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    re.lastIndex = 0;
    if (re.test(String.fromCharCode(c))) set[c] = 1;
  }
  return set;
}

const ATOMS = [
  '.', 'a', 'Z', '_', '-', 'é', '😀', '\\d', '\\D', '\\w', '\\W', '\\s', '\\S', '\\n', '\\t', '\\r', '\\f', '\\v', '\\0',
  '\\.', '\\\\', '\\/', '\\-', '\\[', '\\x41', '\\x7f', '\\u0041', '\\u{61}', '\\u{1f600}',
  '[a-z]', '[A-Z_]', '[^a-z]', '[^\\s]', '[\\w$]', '[^\\w.]', '[\\d.eE+-]', '[-+]', '[+-]', '[a\\-z]', '[\\]\\\\]', '[]', '[^]',
  '[\\x00-\\x1f]', '[!-/:-@\\[-`{-~]', '[\\b]', '[\\t ]', '[^\\n\\r]', '[\\u0041-\\u005a]', '[a-é]', '[éa]', '[[]', '[\\S\\s]',
  '[^\\wа-яё]', '[\\p{L}]', '\\p{L}', '[\\p{Alphabetic}\\p{Nd}]', '\\cA', 'K', 'k', '[k]', '[K]', '[\\u212a]', '\\u212a', '[s-t]', '[^k]',
];

describe('asciiAtom', () => {
  test.each(ATOMS.flatMap((a) => [[a, 'yu'], [a, 'yui']]))('%s under %s: as V8 matches, or left to V8', (atom, flags) => {
    const read = asciiAtom(atom, flags);
    if (read !== undefined) expect([...read]).toEqual([...byV8(atom, flags)]);
  });

  test('reads the common forms (the Python lexer\'s atoms are read without V8)', () => {
    for (const atom of ['.', '\\d', '\\s', '[a-z]', '[^\\s]', '[\\w$]', '[\\d.eE+-]', '[]', '\\.']) expect(asciiAtom(atom, 'yu')).toBeDefined();
    for (const atom of ['[a-z]', '\\d', '[_a-z]']) expect(asciiAtom(atom, 'yui')).toBeDefined();
  });

  test('leaves to V8 what can fold into ASCII or needs Unicode tables', () => {
    expect(asciiAtom('\\p{L}', 'yu')).toBeUndefined();
    expect(asciiAtom('[\\u212a]', 'yui')).toBeUndefined(); // the Kelvin sign is k under i
    expect(asciiAtom('\\W', 'yui')).toBeUndefined();
  });

  test('random classes match as V8 matches them', () => {
    const member = fc.oneof(
      fc.constantFrom('a', 'z', 'A', 'Q', '0', '9', '_', ' ', '.', '$', '+', '~', 'é', 'ſ', '\\d', '\\w', '\\s', '\\D', '\\S', '\\W', '\\n', '\\t', '\\-', '\\]', '\\\\', '\\x20', '\\u0061'),
      fc.tuple(fc.integer({ min: 32, max: 126 }), fc.integer({ min: 0, max: 40 })).map(([lo, n]) => {
        const hi = Math.min(lo + n, 126);
        const esc = (c: number): string => (/[\\\]\-^[]/.test(String.fromCharCode(c)) ? `\\${String.fromCharCode(c)}` : String.fromCharCode(c));
        return `${esc(lo)}-${esc(hi)}`;
      }),
    );
    fc.assert(
      fc.property(fc.boolean(), fc.array(member, { maxLength: 5 }), fc.constantFrom('yu', 'yui'), (neg, members, flags) => {
        const atom = `[${neg ? '^' : ''}${members.join('')}]`;
        let valid = true;
        try {
          new RegExp(atom, flags);
        } catch {
          valid = false;
        }
        fc.pre(valid);
        const read = asciiAtom(atom, flags);
        if (read !== undefined) expect([...read]).toEqual([...byV8(atom, flags)]);
      }),
      { numRuns: 2000 },
    );
  });
});
