// jekyll-seo-tag 2.8.0: the {% seo %} tag (lib/jekyll-seo-tag.rb#render).
import type { Context, Liquid, TagToken } from 'liquidjs';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { path, toS } from '../shared/values.js';
import { renderSeo } from './render.js';

/** Read a top-level Liquid variable without failing on strict settings. */
export function scopeValue(ctx: Context, name: string): unknown {
  try {
    return ctx.getSync([name]);
  } catch {
    return undefined;
  }
}

function registerSeo(engine: Liquid, plugin: PluginContext): void {
  const config = plugin.site.config;
  const markdownify = (s: string): string => plugin.markdownify(s);
  engine.registerTag('seo', {
    parse(token: TagToken): void {
      this.markup = token.args;
    },
    render(ctx: Context): string {
      const version = toS(path(scopeValue(ctx, 'jekyll'), 'version')) || '4.3.1';
      return renderSeo(
        {
          page: scopeValue(ctx, 'page'),
          site: scopeValue(ctx, 'site'),
          paginator: scopeValue(ctx, 'paginator'),
          config,
          zone: config.timezone,
          markup: String(this.markup ?? ""),
          markdownify,
        },
        version,
      );
    },
  });
}

export const seoPlugin: KyllPlugin = {
  name: 'jekyll-seo-tag',
  registerLiquid: registerSeo,
};
