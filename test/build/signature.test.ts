// The prints the builder keeps (signature.ts#compact): a long print as its hash, which stays
// equal for equal prints and apart for different ones, lone surrogates included.
import { compact, fingerprint, printOf } from '../../lib/build/signature.js';

describe('compact prints', () => {
  test('a short print is kept as it is, a long one as a hash of fixed length', () => {
    expect(compact('"post"')).toBe('"post"');
    const long = fingerprint({ title: 'x'.repeat(100) });
    expect(compact(long)).toMatch(/^\x01[A-Za-z0-9+/]{27}=$/);
    expect(compact(long)).toBe(printOf({ title: 'x'.repeat(100) }));
  });

  test('different long prints give different hashes, whatever their characters', () => {
    const prints = [
      printOf({ title: 'a'.repeat(60) }),
      printOf({ title: `${'a'.repeat(59)}b` }),
      printOf({ title: `${'a'.repeat(59)}\uD800` }),
      printOf({ title: `${'a'.repeat(59)}\uD801` }),
      printOf({ title: `${'a'.repeat(59)}\uFFFD` }),
      printOf({ title: `${'a'.repeat(58)}\uDC00\uD800` }),
    ];
    expect(new Set(prints).size).toBe(prints.length);
  });

  test('a hash never equals a print kept as it is', () => {
    // every fingerprint starts with a character other than \x01
    for (const v of ['', 'x', 1, null, undefined, [], {}, new Date(0), new Map(), Object.create(null)]) expect(fingerprint(v).startsWith('\x01')).toBe(false);
  });
});
