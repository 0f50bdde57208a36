// Which ASCII characters one atom of a translated regex (a character, an escape or a class)
// matches, read from its text for the forms Rouge's lexers mostly use. prefilter.ts asked V8
// instead, compiling a RegExp per atom and testing the 128 characters (each such RegExp is
// compiled twice, to bytecode then to machine code): ~8M instructions per lexer at its first
// use. Anything not read here (\p{..}, a non-ASCII character under `i`) returns undefined,
// and the caller asks V8 as before. The flags are jsFlags' (`yu`, maybe `i`): no dotAll.

/** The ASCII characters `atom` matches under `flags`, or undefined when it is not read here. */
export function asciiAtom(atom: string, flags: string): Uint8Array | undefined {
  const ignoreCase = flags.includes('i');
  const set = new Uint8Array(128);
  if (atom === '.') {
    set.fill(1);
    set[10] = set[13] = 0;
    return set;
  }
  if (atom[0] === '[') return classSet(atom, ignoreCase);
  const one = atom[0] === '\\' ? escape(atom, 1) : { chars: [atom.codePointAt(0)!], end: atom.length === 2 && atom.charCodeAt(0) >= 0xd800 ? 2 : 1 };
  if (one === undefined || one.end !== atom.length) return undefined;
  if (!add(set, one, ignoreCase)) return undefined;
  return set;
}

/** Characters an escape (or a character) stands for: a list, or a named ASCII set and whether it is negated. */
interface Member { readonly chars?: readonly number[]; readonly ascii?: Uint8Array; readonly end: number }

const range = (from: number, to: number, set: Uint8Array = new Uint8Array(128)): Uint8Array => set.fill(1, from, to + 1);
const DIGIT = range(48, 57);
const WORD = range(95, 95, range(97, 122, range(65, 90, range(48, 57))));
const SPACE = range(32, 32, range(9, 13));
const not = (s: Uint8Array): Uint8Array => s.map((v) => 1 - v);
const SETS: Readonly<Record<string, Uint8Array>> = { d: DIGIT, D: not(DIGIT), w: WORD, W: not(WORD), s: SPACE, S: not(SPACE) };
const CONTROL: Readonly<Record<string, number>> = { n: 10, t: 9, r: 13, f: 12, v: 11 };

/** The escape at `i` (just after its backslash) in `src`; undefined for one not read here. */
function escape(src: string, i: number, inClass = false): Member | undefined {
  const c = src[i];
  if (c === undefined) return undefined;
  if (c in SETS) return { ascii: SETS[c], end: i + 1 };
  if (c in CONTROL) return { chars: [CONTROL[c]!], end: i + 1 };
  if (c === '0' && !/[0-9]/.test(src[i + 1] ?? '')) return { chars: [0], end: i + 1 };
  if (c === 'b' && inClass) return { chars: [8], end: i + 1 };
  if (c === 'x' && /^[0-9a-fA-F]{2}$/.test(src.slice(i + 1, i + 3))) return { chars: [parseInt(src.slice(i + 1, i + 3), 16)], end: i + 3 };
  if (c === 'u' && /^[0-9a-fA-F]{4}$/.test(src.slice(i + 1, i + 5))) return { chars: [parseInt(src.slice(i + 1, i + 5), 16)], end: i + 5 };
  if (c === 'u' && src[i + 1] === '{') {
    const close = src.indexOf('}', i);
    const hex = src.slice(i + 2, close);
    return close > 0 && /^[0-9a-fA-F]+$/.test(hex) ? { chars: [parseInt(hex, 16)], end: close + 1 } : undefined;
  }
  // Under `u` only syntax characters (and `-` in a class) may be escaped: they stand for themselves.
  if (/[\^$\\.*+?()[\]{}|/]/.test(c) || (inClass && c === '-')) return { chars: [c.charCodeAt(0)], end: i + 1 };
  return undefined;
}

/** Adds a member's ASCII characters (both cases under `i`); false when a character beyond ASCII could fold into ASCII. */
function add(set: Uint8Array, m: Member, ignoreCase: boolean): boolean {
  if (m.ascii) {
    // \W under `iu` is left to V8 (the complement of a case-folded \w).
    if (ignoreCase && m.ascii === SETS.W) return false;
    for (let c = 0; c < 128; c++) set[c] |= m.ascii[c]!;
    return true;
  }
  for (const c of m.chars ?? []) {
    if (c >= 128) {
      if (ignoreCase) return false; // the Kelvin sign folds to k, the long s to s
      continue;
    }
    set[c] = 1;
    if (ignoreCase && /[a-zA-Z]/.test(String.fromCharCode(c))) set[c ^ 0x20] = 1;
  }
  return true;
}

/** A class `[...]` or `[^...]` (the `u` flag's syntax: no nested classes). */
function classSet(src: string, ignoreCase: boolean): Uint8Array | undefined {
  const negated = src[1] === '^';
  const set = new Uint8Array(128);
  let i = negated ? 2 : 1;
  while (i < src.length && src[i] !== ']') {
    const from = member(src, i);
    if (from === undefined) return undefined;
    i = from.end;
    if (src[i] === '-' && src[i + 1] !== ']' && i + 1 < src.length) {
      const to = member(src, i + 1);
      if (to === undefined || from.chars?.length !== 1 || to.chars?.length !== 1) return undefined;
      const lo = from.chars[0]!, hi = to.chars[0]!;
      if (ignoreCase && hi >= 128) return undefined;
      for (let c = lo; c <= Math.min(hi, 127); c++) add(set, { chars: [c], end: 0 }, ignoreCase);
      i = to.end;
      continue;
    }
    if (!add(set, from, ignoreCase)) return undefined;
  }
  if (i !== src.length - 1) return undefined;
  return negated ? not(set) : set;
}

function member(src: string, i: number): Member | undefined {
  if (src[i] === '\\') return escape(src, i + 1, true);
  const code = src.codePointAt(i)!;
  return { chars: [code], end: i + (code > 0xffff ? 2 : 1) };
}
