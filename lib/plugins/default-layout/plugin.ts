// jekyll-default-layout 0.1.5: Markdown pages and posts that name no layout
// (front matter defaults count) get `home` (the page at `/`), `page`, `post`
// or `default`, the first that the site or its theme has; none of them
// leaves `layout: nil` (lib/jekyll-default-layout/generator.rb).
import type { Document, Site } from '../../types.js';
import type { KyllPlugin } from '../plugin.js';
import { mapDocuments, markdownMatcher } from '../shared/documents.js';

function transform(site: Site): Site {
  const isMarkdown = markdownMatcher(site.config);
  const exists = (name: string): boolean => site.layouts[name] !== undefined;
  // #layout_for
  const layoutFor = (doc: Document): string | null => {
    // #index? reads document.url first: a URL the permalink cannot make stops the build here
    if (doc.urlError) throw doc.urlError;
    if (doc.url === '/' && exists('home')) return 'home';
    if (doc.kind === 'page' && exists('page')) return 'page';
    if (doc.kind === 'post' && exists('post')) return 'post';
    return exists('default') ? 'default' : null;
  };
  // #should_set_layout?: `layout_specified?` asks to_liquid, so a `layout: null` counts as specified.
  const edit = <T extends Document>(doc: T): T => {
    if (!isMarkdown(doc.ext)) return doc;
    // a Page's to_liquid (Convertible#to_liquid) makes its url and dir
    if (doc.kind === 'page' && doc.urlError) throw doc.urlError;
    return 'layout' in doc.data ? doc : { ...doc, data: { ...doc.data, layout: layoutFor(doc) } };
  };
  // #documents: site.pages and site.posts.docs.
  return mapDocuments({ ...site, pages: site.pages.map(edit) }, (d) => (d.kind === 'post' ? edit(d) : d));
}

export const defaultLayoutPlugin: KyllPlugin = {
  name: 'jekyll-default-layout',
  generatorClass: 'JekyllDefaultLayout::Generator',
  priority: 'lowest',
  // #layout_specified? asks each Markdown page's to_liquid
  readsPagesLiquid: true,
  transformSite: transform,
};
