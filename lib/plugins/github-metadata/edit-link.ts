// {% github_edit_link %} and {% github_edit_link "text" %}: the URL that edits
// the current page on GitHub, or a link to it (jekyll-github-metadata 2.15.0
// lib/jekyll-github-metadata/edit-link-tag.rb).
import type { Context, Liquid, TagToken } from 'liquidjs';
import { normalizeUrl } from '../../url/jekyll-url.js';
import type { PluginContext } from '../plugin.js';
import { scopeValue } from '../seo/plugin.js';
import { isHash, toS } from '../shared/values.js';
import { NoRepositoryValue } from './no-repository.js';

const MISSING_DATA_MSG = 'Cannot generate edit URLs due to missing site.github data';

// EditLinkTag#def_hash_delegator: `hash[key] || default`, nothing when it is not a hash.
function get(hash: unknown, key: string): unknown {
  if (!isHash(hash)) return undefined;
  // The drop's fields are read as the tag reads them: one that needs a missing repository fails.
  const v = hash[key] instanceof NoRepositoryValue ? (hash[key] as NoRepositoryValue).toLiquid() : hash[key];
  return v === null || v === undefined || v === false ? undefined : v;
}

/** EditLinkTag#uri: repository_url, "edit/", branch, source path and page path, joined as URIs. */
export function editUrl(siteGithub: unknown, pagePath: unknown): string | undefined {
  const source = get(siteGithub, 'source');
  const parts = [get(siteGithub, 'repository_url'), 'edit/', get(source, 'branch'), get(source, 'path'), pagePath ?? undefined];
  if (parts.some((p) => p === undefined)) return undefined;
  // #parts_normalized: no leading slash, a trailing one on all but the last, and "/" alone is "".
  const normalized = parts.map((p, i) => {
    let s = toS(p);
    if (s.startsWith('/')) s = s.slice(1);
    if (i !== parts.length - 1 && !s.endsWith('/')) s += '/';
    return s === '/' ? '' : s;
  });
  try {
    return normalizeUrl(normalized.reduce((base, part) => new URL(part, base).toString()));
  } catch {
    return normalized.join('');
  }
}

export function registerEditLink(engine: Liquid, plugin: PluginContext): void {
  engine.registerTag('github_edit_link', {
    parse(token: TagToken): void {
      // LINK_TEXT_REGEX: the first "double" or 'single' quoted text.
      const m = /(?:"(.*)"|'(.*)')/.exec(token.args);
      this.text = m ? (m[1] ?? m[2]) : undefined;
    },
    render(ctx: Context): string {
      const site = scopeValue(ctx, 'site');
      const page = scopeValue(ctx, 'page');
      const url = editUrl(isHash(site) ? site.github : undefined, isHash(page) ? page.path : undefined);
      if (url === undefined) plugin.warn(`JekyllEditLink: ${MISSING_DATA_MSG}`);
      const href = url ?? '';
      return this.text === undefined ? href : `<a href="${href}">${String(this.text)}</a>`;
    },
  });
}
