// Plugins that edit the read site run one after another in Jekyll's generator
// order: by priority, highest first (plugin.rb PRIORITIES, site.rb#setup sorts
// the generators); plugins of equal priority keep the order they were listed in.
import type { Site } from '../types.js';
import type { GeneratedPage, KyllPlugin, PluginPriority, SiteTransformContext } from './plugin.js';
import { inPlugin } from './plugin-errors.js';

const PRIORITIES: Record<PluginPriority, number> = { lowest: -100, low: -10, normal: 0, high: 10, highest: 100 };

export function priorityOf(plugin: KyllPlugin): number {
  return PRIORITIES[plugin.priority ?? 'normal'];
}

/** The plugins in Jekyll's generator order: highest priority first, equal ones as listed. */
export function generatorOrder(plugins: readonly KyllPlugin[]): KyllPlugin[] {
  return plugins
    .map((plugin, i) => ({ plugin, i }))
    .sort((a, b) => priorityOf(b.plugin) - priorityOf(a.plugin) || a.i - b.i)
    .map(({ plugin }) => plugin);
}

/** What a plugin's `generate` would add to the given site (its pages), without keeping anything. */
export type GenerateOn = (plugin: KyllPlugin, site: Site) => readonly GeneratedPage[];

export interface TransformedSite {
  readonly site: Site;
  /**
   * How many pages site.pages holds when each plugin's generator runs: the pages a generator adds
   * go after those (Jekyll appends to site.pages as each generator runs, so jekyll-redirect-from's
   * pages, :normal, come before jekyll-readme-index's, :low).
   */
  readonly pagesBefore: ReadonlyMap<KyllPlugin, number>;
}

/**
 * The site after every plugin's `transformSite`, highest priority first. Each one can ask for the
 * pages the generators before it add (`generateOn` runs them on the site as it is then), since in
 * Jekyll those pages are already in site.pages when it runs.
 */
export function transformSite(site: Site, plugins: readonly KyllPlugin[], ctx: SiteTransformContext, generateOn?: GenerateOn): TransformedSite {
  let out = site;
  const pagesBefore = new Map<KyllPlugin, number>();
  const order = generatorOrder(plugins);
  const liquidRead = new Set<string>();
  const emptied = new Set<string>();
  order.forEach((plugin, i) => {
    pagesBefore.set(plugin, out.pages?.length ?? 0);
    if (plugin.transformSite) {
      const before = order.slice(0, i).filter((p) => p.generate);
      const at = out;
      const pagesGeneratedBefore = (): readonly GeneratedPage[] => (generateOn ? before.flatMap((p) => generateOn(p, at)) : []);
      const read: ReadonlySet<string> = new Set(liquidRead);
      const emptiedBefore: ReadonlySet<string> = new Set(emptied);
      out = inPlugin(plugin, 'transformSite', () => plugin.transformSite!(out, { ...ctx, pagesGeneratedBefore, pagesLiquidReadBefore: () => read, contentEmptiedBefore: () => emptiedBefore }));
    }
    if (plugin.readsPagesLiquid) for (const p of out.pages ?? []) liquidRead.add(p.relativePath);
    if (plugin.emptiesContent) for (const p of plugin.emptiesContent(out)) emptied.add(p);
  });
  return { site: out, pagesBefore };
}
