// A walk over what liquidjs parsed (templates, tokens, values), for the passes that fix its
// nodes up afterwards: each object once, arrays item by item, objects key by key, but not
// the keys that lead back to the engine or hold the source text.

/** Keys of liquidjs's nodes a walk does not follow. */
export const NOT_WALKED = new Set(['liquid', 'parser', 'tokenizer', 'input', 'file', 'str', 'raw']);

/** Calls `enter` on each object (not array) under `root`, before the objects under it. */
export function walkParsed(root: unknown, enter: (node: Record<string, unknown>) => void): void {
  const seen = new Set<object>();
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    if (Array.isArray(node)) {
      for (const x of node) visit(x);
      return;
    }
    const rec = node as Record<string, unknown>;
    enter(rec);
    for (const key of Object.keys(rec)) if (!NOT_WALKED.has(key)) visit(rec[key]);
  };
  visit(root);
}
