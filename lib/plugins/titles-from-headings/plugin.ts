// jekyll-titles-from-headings 0.5.3: a Markdown page without a title takes
// its first heading as title (lib/jekyll-titles-from-headings/generator.rb).
// With `collections: true` posts and collection documents too, whose title
// from the file name does not count as set. `strip_title` (site-wide, or in a
// page's front matter) removes the heading from the content.
import type { Data, Document, Page, Site } from '../../types.js';
import type { KyllPlugin, SiteTransformContext } from '../plugin.js';
import { extractExcerpt } from '../../read/excerpt.js';
import { titleField } from '../../read/model-fields.js';
import { normalizeWhitespace, stripHtml } from '../shared/text.js';
import { KyllError } from '../../errors/index.js';
import { markdownMatcher, mapDocuments, pluginOption } from '../shared/documents.js';

const KEY = 'titles_from_headings';
const WS = '[ \\t\\r\\n\\f\\v]';
// TITLE_REGEX with Ruby's meanings: \A, `.` and `$` stop at "\n", `\s` is ASCII.
const TITLE = new RegExp(
  `(?<![\\s\\S])${WS}*(?:#{1,3}${WS}+([^\\n]*)(?:${WS}+#{1,3})?|([^\\n]*)\\r?\\n[-=]+${WS}*)(?=\\n|(?![\\s\\S]))`,
);
// EXTRA_MARKUP_REGEX: footnote marks left after markdownify.
const FOOTNOTE = /\[\^[^\]]*\]/g;

/** #title_for: the first heading through markdownify, strip_html, normalize_whitespace; else the title it had. */
export function titleFromHeading(content: string, markdownify: (s: string) => string): string | undefined {
  const m = TITLE.exec(content);
  if (!m) return undefined;
  return normalizeWhitespace(stripHtml(markdownify(m[1] ?? m[2] ?? ''))).replace(FOOTNOTE, '');
}

/** #strip_title!: the heading removed, then String#strip. */
export function stripTitle(content: string): string {
  return content.replace(TITLE, '').replace(/^[ \t\r\n\f\v\0]+|[ \t\r\n\f\v\0]+$/g, '');
}

function transform(site: Site, ctx: SiteTransformContext): Site {
  const config = site.config;
  if (pluginOption(config, KEY, 'enabled') === false) return site;
  const isMarkdown = markdownMatcher(config);
  const siteStrip = pluginOption(config, KEY, 'strip_title') === true;
  const edit = <T extends Document>(doc: T): T => {
    // #title?: a page's own title counts; a document's (from its file name) does not.
    if (!isMarkdown(doc.ext) || (doc.kind === 'page' && doc.data.title != null)) return doc;
    // #title_for rescues the regexp's "invalid byte sequence in UTF-8" on a text that is not
    // UTF-8: its nil is the title; #strip_title!'s gsub does not, and the build stops there
    const title = doc.unreadable ? null : (titleFromHeading(doc.content, ctx.markdownify) ?? doc.data.title ?? null);
    const data: Data = { ...doc.data, title };
    const fields = titleField(data);
    // #strip_title?: the document's `strip_title` wins over the site's, asked with data.key?, which a
    // Page's front matter defaults (its data's default_proc) do not answer; a document's are merged in.
    const defaulted = doc.kind === 'page' ? (doc as unknown as Page).defaultedKeys : undefined;
    const own = 'strip_title' in doc.data && !defaulted?.includes('strip_title');
    const strip = own ? doc.data.strip_title === true : siteStrip;
    if (!strip) return { ...doc, data, ...fields };
    if (doc.unreadable) throw new KyllError('INVALID_ENCODING', `${doc.unreadable.reason} (ArgumentError) in ${doc.relativePath}`, { file: doc.relativePath, line: doc.unreadable.line });
    const content = stripTitle(doc.content);
    // #strip_title_excerpt!: a post's excerpt is taken again from the new content (when it has an
    // excerpt separator, Document#generate_excerpt?), one its front matter set too.
    const separator = separatorOf(doc, config.excerpt_separator);
    if (doc.kind !== 'post' || separator === '') return { ...doc, data, content, ...fields };
    const { excerpt: _, ...rest } = data;
    return { ...doc, data: rest, content, excerptSource: extractExcerpt(content, separator), ...fields };
  };
  const pages = site.pages.map(edit);
  const withPages = { ...site, pages };
  // site.docs_to_write: documents of collections that are written.
  return pluginOption(config, KEY, 'collections') === true ? mapDocuments(withPages, (d) => (d.write ? edit(d) : d)) : withPages;
}

function separatorOf(doc: Document, siteSeparator: string): string {
  return String(doc.data.excerpt_separator ?? siteSeparator ?? '\n\n');
}

export const titlesFromHeadingsPlugin: KyllPlugin = {
  name: 'jekyll-titles-from-headings',
  generatorClass: 'JekyllTitlesFromHeadings::Generator',
  priority: 'lowest',
  transformSite: transform,
};
