// libyaml's reader (reader.c, yaml_parser_update_buffer) decodes and checks its whole input
// before the scanner sees a token (for an input under its 16 KB raw buffer, as front matter,
// _config.yml and _data files are): bytes that are not UTF-8 and characters YAML does not allow
// stop the parse there. Psych raises it as a SyntaxError placed at "line 1 column 1" (the reader
// sets no mark). js-yaml would read such text, or say something else ("expected valid JSON
// character"); these are libyaml's words, for the first bad byte or character.

/** YAML's printable characters (libyaml's reader check, YAML 1.1 c-printable plus NEL). */
function printable(c: number): boolean {
  return (
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    (c >= 0x20 && c <= 0x7e) ||
    c === 0x85 ||
    (c >= 0xa0 && c <= 0xd7ff) ||
    (c >= 0xe000 && c <= 0xfffd) ||
    (c >= 0x10000 && c <= 0x10ffff)
  );
}

const NOT_PRINTABLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;

/** What libyaml's reader says of decoded `text`: a character it does not allow, else undefined. */
export function yamlTextProblem(text: string): string | undefined {
  return NOT_PRINTABLE.test(text) ? 'control characters are not allowed' : undefined;
}

/** The line of the first character yamlTextProblem refuses. */
export function problemLine(text: string): number {
  const at = text.search(NOT_PRINTABLE);
  return at < 0 ? 1 : text.slice(0, at).split('\n').length;
}

/** What libyaml's reader says of `bytes` read as UTF-8 (the first problem in them), else undefined. */
export function yamlBytesProblem(bytes: Uint8Array): string | undefined {
  for (let i = 0; i < bytes.length; ) {
    const octet = bytes[i]!;
    const width = (octet & 0x80) === 0 ? 1 : (octet & 0xe0) === 0xc0 ? 2 : (octet & 0xf0) === 0xe0 ? 3 : (octet & 0xf8) === 0xf0 ? 4 : 0;
    if (width === 0) return 'invalid leading UTF-8 octet';
    if (width > bytes.length - i) return 'incomplete UTF-8 octet sequence';
    let value = width === 1 ? octet & 0x7f : width === 2 ? octet & 0x1f : width === 3 ? octet & 0x0f : octet & 0x07;
    for (let k = 1; k < width; k++) {
      const trailing = bytes[i + k]!;
      if ((trailing & 0xc0) !== 0x80) return 'invalid trailing UTF-8 octet';
      value = (value << 6) + (trailing & 0x3f);
    }
    const shortest = width === 1 || (width === 2 && value >= 0x80) || (width === 3 && value >= 0x800) || (width === 4 && value >= 0x10000);
    if (!shortest) return 'invalid length of a UTF-8 sequence';
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) return 'invalid Unicode character';
    if (!printable(value)) return 'control characters are not allowed';
    i += width;
  }
  return undefined;
}
