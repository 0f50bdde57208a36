// A mapping or a sequence as the key of a mapping, as Psych keeps it. `title: {{ site.title }}`
// (Liquid left unquoted in front matter) is a flow mapping whose one key is the mapping
// {"site.title"=>nil}: Psych's ToRuby#revive_hash makes that Hash the key, so the value prints as
// `{{"site.title"=>nil}=>nil}`; `[a, b]: v` has the Array ["a", "b"] as its key. js-yaml's
// storeMappingPair turns every mapping key into the string "[object Object]" and joins a sequence
// key ("a,b"). So in a text where such a key may be, each mapping closed carries a way back: a
// toStringTag other than Object's (js-yaml then does not rename it) and a Symbol.toPrimitive giving
// the mark that names it (symbol keys: never one of the mapping's own keys, nor in its entries);
// a sequence followed by `:` (a key) is handed on as a SequenceKey, which js-yaml does not copy.
import type jsyaml from 'js-yaml';

/** A text where a collection may stand as a key: `{{`, `{[`, `}:`, `]:` or an explicit `? ` key. Others pay nothing. */
export const COLLECTION_KEY = /\{[ \t]*[{[]|[}\]][ \t]*:|^[ \t-]*\?[ \t]/m;

/** A sequence read as a key; unbox makes it the array again. */
export class SequenceKey {
  constructor(readonly items: unknown[]) {}
  get [Symbol.toStringTag](): string {
    return 'RubyKey';
  }
}

// After a node: blanks, maybe line breaks (an explicit key's `:` on the next line), then `:`.
const COLON_NEXT = /[ \t]*(?:\r?\n[ \t]*)*:/y;

/** Marks collections as they close; `markOf` registers one and returns the string it is known by as a key. */
export function collectionKeyListener(markOf: (collection: object) => string): NonNullable<jsyaml.LoadOptions['listener']> {
  return (event, state) => {
    if (event !== 'close') return;
    const s = state as unknown as { kind: string | null; result: unknown; input: string; position: number };
    const node = s.result;
    if (s.kind === 'sequence' && Array.isArray(node)) {
      COLON_NEXT.lastIndex = s.position;
      if (COLON_NEXT.test(s.input)) {
        const key = new SequenceKey(node);
        let mark: string | undefined;
        Object.defineProperty(key, Symbol.toPrimitive, { value: () => (mark ??= markOf(key)) });
        s.result = key;
      }
      return;
    }
    if (s.kind !== 'mapping' || typeof node !== 'object' || node === null || Object.getPrototypeOf(node) !== Object.prototype) return;
    if (Object.hasOwn(node, Symbol.toPrimitive)) return; // an alias of one already marked
    let mark: string | undefined;
    Object.defineProperty(node, Symbol.toStringTag, { value: 'RubyKey', configurable: true });
    Object.defineProperty(node, Symbol.toPrimitive, { value: () => (mark ??= markOf(node)), configurable: true });
  };
}

/**
 * A key's contents as one string, equal where Ruby's Hash#eql? finds two keys equal: a Hash
 * whatever the order of its pairs, an Array in order; `scalar` names a loaded scalar with its type,
 * `named` a key as loaded (one occurrence of a key written twice: yaml.ts#keyOccurrences).
 * Undefined for a collection that holds itself.
 */
export function keyContents(value: unknown, scalar: (v: unknown) => string, named: (key: string) => string = (key) => key, seen = new Set<object>()): string | undefined {
  if (typeof value !== 'object' || value === null) return scalar(value);
  if (value instanceof SequenceKey) return keyContents(value.items, scalar, named, seen);
  if (seen.has(value)) return undefined;
  let out: string | undefined;
  seen.add(value);
  if (Array.isArray(value)) {
    const items = value.map((x) => keyContents(x, scalar, named, seen));
    if (items.every((x) => x !== undefined)) out = `[${items.join(',')}]`;
  } else if (Object.getPrototypeOf(value) === Object.prototype) {
    const pairs = Object.keys(value)
      .map((k) => [named(k), keyContents((value as Record<string, unknown>)[k], scalar, named, seen)] as const)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    if (pairs.every(([, v]) => v !== undefined)) out = `{${pairs.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
  } else out = scalar(value);
  seen.delete(value);
  return out;
}
