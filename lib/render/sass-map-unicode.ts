// Columns of non-ASCII text in libsass's source maps. position.cpp Offset::add
// counts UTF-8 bytes: 3.6.2 (sass.js) adds one for an ASCII byte and one for each
// continuation byte (10xxxxxx), so a character of three bytes counts two, one of four
// counts three; 3.6.5 (Jekyll's sassc, "Fix how we count unicode characters") counts
// one per character.

const ASCII = /^[\x00-\x7f]*$/;

/** The string index at libsass 3.6.2's column `units` of `line`. */
export function indexAtLibsass362(line: string, units: number): number {
  if (ASCII.test(line)) return units;
  let seen = 0;
  let index = 0;
  for (const ch of line) {
    if (seen >= units) break;
    const cp = ch.codePointAt(0)!;
    seen += cp < 0x80 ? 1 : cp < 0x800 ? 1 : cp < 0x10000 ? 2 : 3;
    index += ch.length;
  }
  return index + Math.max(0, units - seen);
}

/** libsass 3.6.5's column (characters) at string index `index` of `line`. */
export function libsass365Column(line: string, index: number): number {
  if (ASCII.test(line)) return index;
  return [...line.slice(0, index)].length + Math.max(0, index - line.length);
}
