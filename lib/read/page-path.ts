// Page#path: `data.fetch("path") { relative_path }`. A page's front matter `path` replaces its
// file's path wherever Jekyll asks for it (readme-index's README test, in_source_dir after the
// first layout, Liquid errors, page.path), nil included; a front matter default's `path` does
// not count, since #fetch never asks the default_proc that answers the defaults' keys.

interface PathOwner {
  readonly relativePath: string;
  readonly data: Readonly<Record<string, unknown>>;
  readonly defaultedKeys?: readonly string[];
}

/** Does the page's own front matter set `path` (so that Page#path is that value)? */
export function hasOwnPagePath(page: PathOwner): boolean {
  return Object.hasOwn(page.data, 'path') && !(page.defaultedKeys?.includes('path') ?? false);
}

/** Page#path: the front matter's `path` (any value, nil too) or the file's relative path. */
export function rubyPagePath(page: PathOwner): unknown {
  return hasOwnPagePath(page) ? page.data.path : page.relativePath;
}
