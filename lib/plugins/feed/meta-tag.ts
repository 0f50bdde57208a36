// {% feed_meta %}: lib/jekyll-feed/meta-tag.rb#render.
import { Tag, type Liquid } from 'liquidjs';
import type { Data } from '../../types.js';
import type { PluginContext } from '../plugin.js';
import { xmlAttr } from '../shared/text.js';
import { absoluteUrl } from '../../url/jekyll-url.js';
import { filterToS, isHash, or, toS, truthy } from '../shared/values.js';

/** Every value of the configuration the tag reads: feed.path, feed.collections.posts.path, title, name, url, baseurl. */
function feedMetaInputs(config: Data): unknown[] {
  const feed = isHash(config.feed) ? config.feed : {};
  const postsMeta = isHash(feed.collections) && isHash(feed.collections.posts) ? feed.collections.posts : {};
  return [feed.path, postsMeta.path, config.title, config.name, config.url, config.baseurl];
}

/** `cachedUrl`: the absolute_url filter through the build's Site#filter_cache (the tag includes URLFilters). */
export function feedMetaTag(config: Data & { url?: string; baseurl?: string }, cachedUrl?: (s: string) => string): string {
  const [feedPath, postsPath] = feedMetaInputs(config);
  // normalize_posts_meta copies collections.posts.path into feed.path.
  const path = or(or(feedPath, postsPath), 'feed.xml');
  const title = or(config.title, config.name);
  const attrs: Array<[string, string]> = [
    ['type', 'application/atom+xml'],
    ['rel', 'alternate'],
    ['href', typeof path === 'string' && cachedUrl ? cachedUrl(path) : absoluteUrl(toS(path), config)],
  ];
  // meta_tag.rb: `v.to_s.encode(:xml => :attr)`, a list's to_s is its inspect
  if (truthy(title)) attrs.push(['title', filterToS(title)]);
  return `<link ${attrs.map(([k, v]) => `${k}=${xmlAttr(v)}`).join(' ')} />`;
}

export function registerFeedMeta(engine: Liquid, ctx: PluginContext): void {
  const config = ctx.site.config;
  // The tag is the same on every page: made again only when one of the values it reads is
  // another (read down to the nested ones, so that a hook changing `feed.path` in place is seen).
  let inputs: unknown[] = [];
  let tag = '';
  // A Tag class: registerTag's options form parses the (unused) markup as a hash on every render.
  class FeedMetaTag extends Tag {
    render(): string {
      const now = feedMetaInputs(config);
      if (now.some((v, i) => v !== inputs[i]) || inputs.length === 0) {
        inputs = now;
        tag = feedMetaTag(config, ctx.absoluteUrl);
      }
      return tag;
    }
  }
  engine.registerTag('feed_meta', FeedMetaTag);
}
