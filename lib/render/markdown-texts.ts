// The texts of a read site that the render will hand to the Markdown converter as
// they are, for the Markdown thread to convert ahead (markdown-thread.ts): a
// document's content where no Liquid runs on it (render-document.ts#runsLiquid) and
// no pre_render hook may change it, and its excerpt's text where no Liquid runs on
// that (renderExcerpt), in the order the render asks for them: each post, then each
// other collection's documents, then the pages; a document's content before its
// excerpt (a layout's {% seo %} asks for it after the content is converted). A
// generator may still change a text before it renders: it is then not found, and
// converted as before.
import type { KyllPlugin } from '../plugins/plugin.js';
import { hasDocumentHook } from '../plugins/hooks.js';
import { hasLiquidConstruct } from '../liquid/construct.js';
import type { Document, Site } from '../types.js';
import type { ConverterTable } from './converters.js';
import { runsLiquid } from './render-document.js';

export function markdownTexts(site: Site, converters: ConverterTable, hooked: readonly KyllPlugin[]): string[] {
  const texts: string[] = [];
  const add = (doc: Document): void => {
    if (converters.kindFor(doc.ext) !== 'markdown') return;
    if (!runsLiquid(doc) && !(hooked.length > 0 && hasDocumentHook(hooked, doc, 'pre_render'))) texts.push(doc.content);
    // excerpt.rb renders no hooks; an excerpt set in front matter is shown as written (drops.ts#defineExcerpt).
    const excerpt = doc.excerptSource;
    if (excerpt !== undefined && doc.data.excerpt == null && (doc.data.render_with_liquid === false || !hasLiquidConstruct(excerpt))) texts.push(excerpt);
  };
  const labels = Object.keys(site.collections).sort((a, b) => (a === 'posts' ? -1 : b === 'posts' ? 1 : 0));
  for (const label of labels) for (const doc of site.collections[label]!.docs) add(doc);
  for (const page of site.pages) add(page);
  return texts;
}

/** Whether any page or document is Markdown (Jekyll sets its Markdown converter up on the first). */
export function hasMarkdown(site: Site, converters: ConverterTable): boolean {
  const md = (doc: Document): boolean => converters.kindFor(doc.ext) === 'markdown';
  return site.pages.some(md) || Object.values(site.collections).some((c) => c.docs.some(md));
}
