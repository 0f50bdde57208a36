// What a Jekyll Generator keeps in its instance variables (`@x ||= ...`) lives as long as the
// Site: jekyll-polyglot with `parallel_localization: false` runs Site#process once per language on
// one Site, so its later languages' generators answer with what they memoized in the first one's.

/** The memo of one Site's builds; `first`: this build is the first of them (its values are kept). */
export interface GeneratorMemo {
  readonly values: Map<string, unknown>;
  readonly first: boolean;
}

/** A memo shared by a site's builds one after the other, as seen by the build at `index`. */
export function memoForBuild(values: Map<string, unknown>, index: number): GeneratorMemo {
  return { values, first: index === 0 };
}

/**
 * A generator's `@key ||= make()`: the first build's value in the later builds, else `make()`
 * (kept when the first build asks, unless `store` is false: a generator run only to see what it
 * would add, transform.ts's generateOn).
 */
export function keepIn<T>(memo: GeneratorMemo | undefined, key: string, make: () => T, store = true): T {
  if (memo && !memo.first && memo.values.has(key)) return memo.values.get(key) as T;
  const value = make();
  if (memo?.first && store) memo.values.set(key, value);
  return value;
}
