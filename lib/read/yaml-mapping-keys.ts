// A mapping as the key of a mapping, as Psych keeps it. `title: {{ site.title }}` (Liquid left
// unquoted in front matter) is a flow mapping whose one key is the mapping {"site.title"=>nil}:
// Psych's ToRuby#revive_hash makes that Hash the key, so the value prints as
// `{{"site.title"=>nil}=>nil}`. js-yaml turns every mapping key into the string "[object Object]"
// (storeMappingPair), so each mapping closed in such a text carries a way back: a toStringTag
// other than Object's, so js-yaml does not rename it, and a Symbol.toPrimitive giving the mark
// that names it (symbol keys, never one of the mapping's own string keys nor listed in its entries).
import type jsyaml from 'js-yaml';

/** A text where a mapping may stand as a key: `{{`, `}:` or an explicit `? ` key. Others pay nothing. */
export const MAPPING_KEY = /\{[ \t]*\{|\}[ \t]*:|^[ \t-]*\?[ \t]/m;

/** Marks every mapping when it closes; `markOf` registers it and returns the string it is known by as a key. */
export function mappingKeyListener(markOf: (mapping: object) => string): NonNullable<jsyaml.LoadOptions['listener']> {
  return (event, state) => {
    const s = state as unknown as { kind: string | null; result: unknown };
    if (event !== 'close' || s.kind !== 'mapping') return;
    const mapping = s.result;
    if (typeof mapping !== 'object' || mapping === null || Object.getPrototypeOf(mapping) !== Object.prototype) return;
    if (Object.hasOwn(mapping, Symbol.toPrimitive)) return; // an alias of one already marked
    let mark: string | undefined;
    Object.defineProperty(mapping, Symbol.toStringTag, { value: 'RubyKey', configurable: true });
    Object.defineProperty(mapping, Symbol.toPrimitive, { value: () => (mark ??= markOf(mapping)), configurable: true });
  };
}
