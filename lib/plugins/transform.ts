// Plugins that edit the read site run one after another in Jekyll's generator
// order: by priority, highest first (plugin.rb PRIORITIES, site.rb#setup sorts
// the generators); plugins of equal priority keep the order they were listed in.
import type { Site } from '../types.js';
import type { KyllPlugin, PluginPriority, SiteTransformContext } from './plugin.js';

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

/** The site after every plugin's `transformSite`, highest priority first. */
export function transformSite(site: Site, plugins: readonly KyllPlugin[], ctx: SiteTransformContext): Site {
  let out = site;
  for (const plugin of generatorOrder(plugins)) if (plugin.transformSite) out = plugin.transformSite(out, ctx);
  return out;
}
