// Jekyll's `link` tag (jekyll/tags/link.rb): the URL of a page, post, document or static
// file named by its path in the source, with baseurl; the path may contain `{{ }}`.
import { Tag } from 'liquidjs';
import type { Context, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';
import type { JekyllEnv, TagClass } from '../env.js';
import { LiquidFailure } from '../errors.js';
import { relativeUrl } from '../filters/url.js';
import { rubyStrip, tagMarkup } from '../lax/markup-guard.js';

export function makeLinkTag(env: JekyllEnv): TagClass {
  let urls: Map<string, { url: string; urlError?: Error }> | undefined;
  // Site#each_site_file: pages, static files, then every collection's documents, each only when it
  // is written (static_files_to_write, docs_to_write): a file or document of a collection that is
  // not output is not found.
  // The URL of the one found is asked for (relative_url(item)): a page or document whose permalink
  // cannot make one fails the template of this tag.
  const siteUrls = (): Map<string, { url: string; urlError?: Error }> => {
    if (urls) return urls;
    const site = env.opts.site;
    urls = new Map();
    const add = (item: { relativePath: string; url: string; urlError?: Error }): void => {
      if (!urls!.has(item.relativePath)) urls!.set(item.relativePath, item);
    };
    for (const p of site.pages) add(p);
    for (const f of site.staticFiles) if (f.outputPath) add(f);
    for (const c of Object.values(site.collections)) {
      for (const d of c.docs) if (d.write) add(d);
      for (const f of c.files) if (f.outputPath) add(f);
    }
    for (const p of site.posts) if (p.write) add(p);
    return urls;
  };

  return class LinkTag extends Tag {
    private readonly path: Template[];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.path = liquid.parse(rubyStrip(tagMarkup(token.args)));
    }

    *render(ctx: Context): Generator<unknown, string, unknown> {
      const relativePath = (yield this.liquid.renderer.renderTemplates(this.path, ctx)) as string;
      const map = siteUrls();
      const item = map.get(relativePath) ?? map.get(relativePath.replace(/^\/+/, '')) ?? map.get(`/${relativePath}`);
      if (item === undefined) {
        throw new LiquidFailure(
          'plain',
          `Could not find document '${relativePath}' in tag 'link'.\n\nMake sure the document exists and the path is correct.\n`,
          'LINK_NOT_FOUND',
        );
      }
      if (item.urlError) throw item.urlError;
      return relativeUrl(env.opts.config, item.url) ?? '';
    }
  };
}
