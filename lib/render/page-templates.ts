// Renderer#render_liquid parses through site.liquid_renderer.file(path), whose template cache is keyed
// by Page#path (front matter `path`, else the relative path; liquid_renderer/file.rb#parse): a page
// whose path an earlier page already had renders that earlier page's template. jekyll-paginate-v2
// names every pagination page `.html`, so the pages of a second paginated template show the first
// template's text. Worked out once per build, in render order, for the paths two pages share.
import type { Drop } from '../site/drops.js';
import type { Data } from '../types.js';
import { runsLiquid } from './render-document.js';

export interface TemplateCandidate {
  readonly content: string;
  readonly data: Data;
  readonly renderWithLiquid?: boolean;
}

/**
 * `page.path` → the template text every page with that path renders, for the paths that two or more
 * Liquid-running pages share (empty for almost every site). The order is renderPages': site.pages,
 * then the generated pages not listed there.
 */
export function sharedPageTemplates(sitePages: readonly Drop[], entries: ReadonlyArray<readonly [Drop, TemplateCandidate]>): Map<string, string> {
  const byDrop = new Map<Drop, TemplateCandidate>(entries);
  const listed = new Set(sitePages);
  const ordered = [...sitePages.filter((d) => byDrop.has(d)), ...[...byDrop.keys()].filter((d) => !listed.has(d))];
  const first = new Map<string, string>();
  const shared = new Map<string, string>();
  // Only pages whose Liquid runs parse a template (render-document.ts#runsLiquid).
  for (const drop of ordered) {
    const candidate = byDrop.get(drop)!;
    if (typeof drop.path !== 'string' || !runsLiquid(candidate)) continue;
    const text = first.get(drop.path);
    if (text === undefined) first.set(drop.path, candidate.content);
    else shared.set(drop.path, text);
  }
  return shared;
}
