// Which file a request path names, as WEBrick's FileHandler (set_filename,
// search_index_file) and Jekyll's Servlet#search_file find it.
import fs from 'node:fs';
import path from 'node:path';
import { escapePath } from './request-path.js';

export type Resolved =
  | { readonly kind: 'file'; readonly file: string }
  /** A folder asked for without its slash: WEBrick answers 301 to the same path with a slash. */
  | { readonly kind: 'redirect'; readonly location: string }
  /** A folder without an index file (or any folder, with --show-dir-listing): WEBrick's FancyIndexing lists it. */
  | { readonly kind: 'listing'; readonly dir: string }
  | { readonly kind: 'missing' };

/** Serve::DIRECTORY_INDEX, in its order. */
const DIRECTORY_INDEX = ['index.htm', 'index.html', 'index.rhtml', 'index.xht', 'index.xhtml', 'index.cgi', 'index.xml', 'index.json'];
/**
 * Never served, nor listed: Serve#file_handler_opts :NondisclosureName (`.ht*`, `*~`... as
 * File.fnmatch with FNM_CASEFOLD), and FileHandler#windows_ambiguous_name? (a name ending in dots
 * or spaces, or in `::$DATA`), which WEBrick checks on every system.
 */
export const HIDDEN = [/^\.ht/i, /^~/, /[. ]$/, /::\$DATA$/];

const stat = (p: string): fs.Stats | undefined => {
  try {
    return fs.statSync(p);
  } catch {
    return undefined;
  }
};

/**
 * Resolves `urlPath` (unescaped and normalized by requestTarget, stripped of the
 * baseurl, starting with `/`) against `root`. A name that is neither a file nor a
 * folder finds `name.html` then `name.xhtml` (Servlet#search_file); a file
 * followed by more path is still that file (WEBrick keeps the rest as path_info).
 */
export function resolveRequest(root: string, urlPath: string, options: { readonly dirListing?: boolean; readonly query?: string } = {}): Resolved {
  const query = options.query ?? '';
  // WEBrick fails on a NUL in a file name (a 500: "path name contains null byte"); nothing has one.
  if (urlPath.includes('\0')) return { kind: 'missing' };
  const parts = urlPath.split('/').filter((s) => s !== '' && s !== '.');
  // requestTarget resolved every `..` that stays inside; one left means a caller skipped it.
  if (parts.includes('..')) return { kind: 'missing' };
  // FileHandler#set_filename checks the root first: gone (the source folder deleted under
  // `serve`, the destination with it), every path is "`/x' not found."
  if (!stat(root)?.isDirectory()) return { kind: 'missing' };
  let current = root;
  for (const part of parts) {
    if (HIDDEN.some((re) => re.test(part))) return { kind: 'missing' };
    const next = path.join(current, part);
    const s = stat(next);
    if (s?.isDirectory()) {
      current = next;
      continue;
    }
    if (s?.isFile()) return { kind: 'file', file: next };
    const found = ['.html', '.xhtml'].map((ext) => next + ext).find((f) => stat(f)?.isFile());
    return found ? { kind: 'file', file: found } : { kind: 'missing' };
  }
  // AbstractServlet#redirect_to_directory_uri: escape_path(req.path + "/"), the query kept.
  if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${escapePath(urlPath)}/${query}` };
  // Serve#webrick_opts: --show-dir-listing empties the DirectoryIndex list.
  const index = options.dirListing ? undefined : DIRECTORY_INDEX.map((n) => path.join(current, n)).find((f) => stat(f)?.isFile());
  return index ? { kind: 'file', file: index } : { kind: 'listing', dir: current };
}
