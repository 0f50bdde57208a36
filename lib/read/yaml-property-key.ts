// A block mapping that starts on its key's line after an anchor or a tag (`k: &a a: b`,
// `- k: !!map "a": b`). libyaml's scanner allows no simple key on the rest of a line after a
// simple key's `:` (yaml_parser_fetch_value clears simple_key_allowed, and only a line break sets
// it again; an anchor or a tag does not), so the second `:` is Psych's "mapping values are not
// allowed in this context", as it is for `k: a: b`. js-yaml reads a compact mapping there once
// the value has properties. (After an explicit key's `:`, `? k` then `: &a a: b`, libyaml allows
// the key, and so does js-yaml.)
import jsyaml from 'js-yaml';

const CANDIDATE = /:[ \t]+(?:[&!][^ \t\r\n]*[ \t]+)+[^ \t\r\n#][^\r\n]*:(?:[ \t\r\n]|$)/m;
const PROPERTIES = /:[ \t]+((?:[&!][^ \t\r\n]*[ \t]+)+)(?=[^ \t\r\n#])/g;

export function mayHavePropertyKey(text: string): boolean {
  return CANDIDATE.test(text);
}

/**
 * js-yaml's error for `k: a: b` (its "bad indentation of a mapping entry" at the second `:`, which
 * yaml-psych-error.ts words as Psych does) where a mapping value's properties are followed by a key
 * on the same line, or undefined. `load` parses a text as the real load does: each candidate's
 * properties are made blanks of the same length, and js-yaml then stops at a `:` of that line
 * exactly when the key is a block mapping's (not text of a block or quoted scalar, nor inside a
 * flow collection); an earlier mistake of the text stops it first, and the real load reports that.
 */
export function propertyKeyError(text: string, load: (text: string) => unknown): jsyaml.YAMLException | undefined {
  for (const m of text.matchAll(PROPERTIES)) {
    const start = m.index + m[0].length - m[1]!.length;
    const end = m.index + m[0].length;
    const lineEnd = text.indexOf('\n', end) < 0 ? text.length : text.indexOf('\n', end);
    try {
      load(`${text.slice(0, start)}${' '.repeat(end - start)}${text.slice(end)}`);
    } catch (e) {
      if (!(e instanceof jsyaml.YAMLException) || e.mark === undefined) continue;
      const at = e.mark.position;
      if (e.reason === 'bad indentation of a mapping entry' && text[at] === ':' && at > end && at <= lineEnd) return e;
      if (at < start) return undefined;
    }
  }
  return undefined;
}
