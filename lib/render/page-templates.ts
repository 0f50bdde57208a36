// Renderer#render_liquid parses through site.liquid_renderer.file(path), whose template cache is keyed
// by Page#path (front matter `path`, else the relative path; liquid_renderer/file.rb#parse): a page
// whose path an earlier page already had renders that earlier page's template. jekyll-paginate-v2
// names every pagination page `.html`, so the pages of a second paginated template show the first
// template's text. The cache lives for one build (Site#reset calls LiquidRenderer#reset), so a
// rebuild after an edit renders what a fresh build of the edited site renders: the groups hold the
// pages themselves, whose text a long-lived build patches in place, and render-document.ts finds the
// first one whose Liquid runs when a page renders, from the text as it is then.
//
// The key is the path as LiquidRenderer#normalize_path rewrites it: a path with `/gems/` in it is
// cut to what follows its last `/gems/`, and one with `<dir>/lib` in it to what starts at that dir
// (cheatsheets/ruby/gems/index.md is keyed index.md, so it renders the site's index.md).
import type { Drop } from '../site/drops.js';
import type { Data } from '../types.js';

export interface TemplateCandidate {
  readonly content: string;
  readonly data: Data;
  readonly renderWithLiquid?: boolean;
  /** The file it comes from (a generated page's template): what a long-lived build notes as read. */
  readonly relativePath: string;
}

/** `page.path`'s cache key → the pages that share it, in render order (only paths two or more pages share). */
export type PageTemplates = ReadonlyMap<string, readonly TemplateCandidate[]>;

const GEMS_PATH = /(?:\/gems\/.*)*\/gems\/([^/]+)(.*)/;
const LIB_PATH = /([^/]+\/lib)(.*)/;

/** LiquidRenderer#normalize_path for a page's relative path: its template cache key. */
export function liquidCacheKey(path: string): string {
  // both patterns need one of these: most paths skip the backtracking of GEMS_PATH (microseconds a path)
  if (!path.includes('/lib') && !path.includes('/gems/')) return path;
  const m = GEMS_PATH.exec(path) ?? LIB_PATH.exec(path);
  return m ? m[1]! + m[2]! : path;
}

/**
 * The paths that two or more pages share (none for almost every site), each with its pages. The order
 * is renderPages': site.pages, then the generated pages not listed there.
 */
export function sharedPageTemplates(sitePages: readonly Drop[], entries: ReadonlyArray<readonly [Drop, TemplateCandidate]>): Map<string, TemplateCandidate[]> {
  const byDrop = new Map<Drop, TemplateCandidate>(entries);
  const listed = new Set(sitePages);
  const ordered = [...sitePages.filter((d) => byDrop.has(d)), ...[...byDrop.keys()].filter((d) => !listed.has(d))];
  const groups = new Map<string, TemplateCandidate[]>();
  for (const drop of ordered) {
    if (typeof drop.path !== 'string') continue;
    const key = liquidCacheKey(drop.path);
    const group = groups.get(key);
    if (group) group.push(byDrop.get(drop)!);
    else groups.set(key, [byDrop.get(drop)!]);
  }
  for (const [path, group] of groups) if (group.length < 2) groups.delete(path);
  return groups;
}
