// jekyll-toc 0.18.0 (lib/jekyll-toc.rb): the `toc`, `toc_only` and
// `inject_anchors` filters, active on pages whose front matter says
// `toc: true`, and the `{% toc %}` tag (any truthy `toc`, the page's content).
import { Tag, type Context, type Liquid } from 'liquidjs';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { prop, toS, truthy } from '../shared/values.js';
import { TocParser, tocOptions } from './parser.js';
import { registerRubyFilter } from '../../liquid/filters/arity.js';

function pageOf(ctx: Context | undefined): unknown {
  try {
    return ctx?.getSync(['page']);
  } catch {
    return undefined;
  }
}

function registerToc(engine: Liquid, plugin: PluginContext): void {
  const config = plugin.site.config.toc;
  const options = tocOptions(config);
  // TableOfContentsFilter#toc_enabled?: page['toc'] == true, nothing else.
  const enabled = (ctx: Context | undefined): boolean => prop(pageOf(ctx), 'toc') === true;
  registerRubyFilter(engine, 'toc', function (this: { context?: Context }, html: unknown) {
    return enabled(this.context) ? new TocParser(toS(html), options).toc() : html;
  });
  registerRubyFilter(engine, 'toc_only', function (this: { context?: Context }, html: unknown) {
    return enabled(this.context) ? new TocParser(toS(html), options).buildToc() : '';
  });
  registerRubyFilter(engine, 'inject_anchors', function (this: { context?: Context }, html: unknown) {
    return enabled(this.context) ? new TocParser(toS(html), options).injectAnchors() : html;
  });
  class TocTag extends Tag {
    render(ctx: Context): string {
      const page = pageOf(ctx);
      if (!truthy(prop(page, 'toc'))) return '';
      return new TocParser(toS(prop(page, 'content')), options).buildToc();
    }
  }
  engine.registerTag('toc', TocTag);
}

export const tocPlugin: KyllPlugin = {
  name: 'jekyll-toc',
  registerLiquid: registerToc,
};
