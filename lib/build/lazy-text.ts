// A text the disk cache (disk-cache.ts) knows where to find, not yet read: a document's content or
// output kept in an output file of the destination. A one-off `kyll build -I` after a one-post edit
// reads only the few that its renders look at, where reading back all 17 MB of a 1,000-post
// blog's outputs cost ~0.2 s. A drop's tracked field (track.ts) takes one as its value and reads
// it at its first read.
export class LazyText {
  private got = false;
  private value: unknown;
  constructor(private readonly read: () => unknown) {}
  /** The text, read once. */
  get(): unknown {
    if (!this.got) {
      this.value = this.read();
      this.got = true;
    }
    return this.value;
  }
}

/** The value itself, a LazyText's read. */
export function resolved(v: unknown): unknown {
  return v instanceof LazyText ? v.get() : v;
}

// The lazy texts of a record read back from the disk cache, by field.
const lazyFields = new WeakMap<object, Partial<Record<'content' | 'output', LazyText>>>();

/** Gives `record` the field `key` whose value is read when first asked for (enumerable, settable). */
export function defineLazy(record: object, key: 'content' | 'output', lazy: LazyText): void {
  let fields = lazyFields.get(record);
  if (!fields) lazyFields.set(record, (fields = {}));
  fields[key] = lazy;
  Object.defineProperty(record, key, { enumerable: true, configurable: true, get: () => lazy.get() });
}

/**
 * What a drop's field is given from a record: its LazyText when the record's field is one not read
 * yet and the drop's field is tracked (track.ts resolves it at its first read); else the value.
 */
export function handOver(record: object, key: 'content' | 'output', drop: object): unknown {
  const lazy = lazyFields.get(record)?.[key];
  if (lazy === undefined) return (record as Record<string, unknown>)[key];
  const get = Object.getOwnPropertyDescriptor(drop, key)?.get;
  return get !== undefined && resolvingGetters.has(get) ? lazy : lazy.get();
}

/** The getters (track.ts's) that read a LazyText their field holds. */
export const resolvingGetters = new WeakSet<() => unknown>();
