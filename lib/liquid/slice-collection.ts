// The items `for` and `tablerow` keep of their collection for offset/limit (liquid/utils.rb).
/**
 * Utils.slice_collection_using_each: the items at indexes from <= i < to, so a nil offset is 0,
 * a nil limit no limit, a negative offset all items and a negative limit none (a string stays one
 * item whatever the offset or limit: Ruby 1.8's String#each).
 */
export function sliceCollection(collection: unknown[], from: number, to: number | undefined): unknown[] {
  const start = Math.max(from, 0);
  return to === undefined ? collection.slice(start) : to <= start ? [] : collection.slice(start, to);
}
