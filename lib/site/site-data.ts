// Site#data behind a site drop whose `data` key is a collection labelled `data` (SiteDrop#[] gives
// the collection's docs there): Ruby code that calls SiteDrop#data, a method, still reads the data
// files (jekyll-seo-tag's author_drop.rb). Set by drops.ts on that rare site only.
export const SITE_DATA: unique symbol = Symbol('Site#data');

/** The data files of the site behind a site drop, where its `data` key is something else; else undefined. */
export function hiddenSiteData(siteDrop: unknown): unknown {
  return siteDrop !== null && typeof siteDrop === 'object' ? (siteDrop as { [SITE_DATA]?: unknown })[SITE_DATA] : undefined;
}
