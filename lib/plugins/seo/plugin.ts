// jekyll-seo-tag 2.8.0: the {% seo %} tag (lib/jekyll-seo-tag.rb#render).
import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { path, toS } from '../shared/values.js';
import { createSeoFormatter } from './format.js';
import { renderSeo } from './render.js';
import { runSync } from '../../liquid/sync-templates.js';

/**
 * Read a top-level Liquid variable without failing on strict settings: Context#getSync's
 * lookup (the scope that has the name, then its property) with direct calls, not its
 * generators (four lookups per {% seo %}, on every page).
 */
export function scopeValue(ctx: Context, name: string): unknown {
  try {
    const scope = (ctx as unknown as { findScope(key: string): unknown }).findScope(name);
    return runSync(ctx.readProperty(scope as never, name));
  } catch {
    return undefined;
  }
}

function registerSeo(engine: Liquid, plugin: PluginContext): void {
  const config = plugin.site.config;
  const markdownify = (s: string): string => plugin.markdownify(s);
  // One format_string for the build: the site's title and description are formatted once.
  const format = createSeoFormatter(markdownify, config);
  // A Tag class, not registerTag's options form: that one parses the markup
  // as a hash on every render, which {% seo %} never reads as one.
  class SeoTag extends Tag {
    private readonly markup: string;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.markup = String(token.args ?? '');
    }
    render(ctx: Context): string {
      const version = toS(path(scopeValue(ctx, 'jekyll'), 'version')) || '4.3.1';
      return renderSeo(
        {
          page: scopeValue(ctx, 'page'),
          site: scopeValue(ctx, 'site'),
          paginator: scopeValue(ctx, 'paginator'),
          config,
          zone: config.timezone,
          markup: this.markup,
          markdownify,
          format,
          absoluteUrl: plugin.absoluteUrl,
        },
        version,
      );
    }
  }
  engine.registerTag('seo', SeoTag);
}

export const seoPlugin: KyllPlugin = {
  name: 'jekyll-seo-tag',
  registerLiquid: registerSeo,
};
