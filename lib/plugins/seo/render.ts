// The HTML {% seo %} writes: lib/template.html after SeoTag's MINIFY_REGEX, where
// every printed tag ends its own line and everything else collapses.
//
// What it costs (session 21, the bench blog of 1,000 posts, `kyll build`, callgrind of the main
// thread with node --single-threaded): 400M of 3,176M instructions (the same site without the tag
// in its layout: 2,779M). Of those, 139M convert each post's excerpt (drop.rb#description falls
// back to page.excerpt, whose Markdown is converted apart from the content, excerpt.rb), 71M format
// and print that ~1,000-character description (three times: description, og:description, JSON-LD),
// 190M everything else; the writer thread spends ~100M more on the longer pages. All the layouts'
// Liquid together: 945M (the site with `{{ content }}` layouts: 2,231M).
import { filterToS, liquidDefault, path, prop, toS, truthy } from '../shared/values.js';
import type { SeoInput } from './drop.js';
import { SeoValues, seoAbsoluteUrl } from './drop.js';
import { jsonLd } from './json-ld.js';

export const SEO_VERSION = '2.8.0';

/** `{{ value | remove: '@' }}` */
function noAt(value: unknown): string {
  // StandardFilters#remove: `input.to_s`, an Array's inspect (`["a", "b"]`)
  return filterToS(value).split('@').join('');
}

export function renderSeo(input: SeoInput, jekyllVersion = '4.3.1'): string {
  const seo = new SeoValues(input);
  const { page, site, paginator } = input;
  // one string built by concatenation (the emitter appends it as it is): no array of lines to join
  let out = `<!-- Begin Jekyll SEO tag v${SEO_VERSION} -->\n`;
  const add = (line: string): void => {
    out += `${line}\n`;
  };
  if (seo.showTitle) add(`<title>${seo.title}</title>`);
  add(`<meta name="generator" content="Jekyll v${jekyllVersion}" />`);
  const pageTitle = seo.pageTitle;
  if (pageTitle !== undefined) add(`<meta property="og:title" content="${pageTitle}" />`);
  const author = seo.author;
  if (truthy(author.name)) add(`<meta name="author" content="${toS(author.name)}" />`);
  add(`<meta property="og:locale" content="${seo.locale}" />`);
  const description = seo.description;
  if (description !== undefined) {
    add(`<meta name="description" content="${description}" />`);
    add(`<meta property="og:description" content="${description}" />`);
  }
  if (truthy(prop(site, 'url'))) {
    add(`<link rel="canonical" href="${toS(seo.canonicalUrl)}" />`);
    add(`<meta property="og:url" content="${toS(seo.canonicalUrl)}" />`);
  }
  const siteTitle = seo.siteTitle;
  if (siteTitle !== undefined) add(`<meta property="og:site_name" content="${siteTitle}" />`);
  const image = seo.image;
  if (image) {
    add(`<meta property="og:image" content="${image.path}" />`);
    if (truthy(image.hash.height)) add(`<meta property="og:image:height" content="${toS(image.hash.height)}" />`);
    if (truthy(image.hash.width)) add(`<meta property="og:image:width" content="${toS(image.hash.width)}" />`);
    if (truthy(image.hash.alt)) add(`<meta property="og:image:alt" content="${toS(image.hash.alt)}" />`);
  }
  if (truthy(prop(page, 'date'))) {
    add('<meta property="og:type" content="article" />');
    add(`<meta property="article:published_time" content="${seo.datePublished ?? ''}" />`);
  } else add('<meta property="og:type" content="website" />');
  if (truthy(prop(paginator, 'previous_page')))
    add(`<link rel="prev" href="${seoAbsoluteUrl(input, toS(prop(paginator, 'previous_page_path')))}" />`);
  if (truthy(prop(paginator, 'next_page')))
    add(`<link rel="next" href="${seoAbsoluteUrl(input, toS(prop(paginator, 'next_page_path')))}" />`);
  if (image) {
    const card = liquidDefault(liquidDefault(path(page, 'twitter', 'card'), path(site, 'twitter', 'card')), 'summary_large_image');
    add(`<meta name="twitter:card" content="${toS(card)}" />`);
    add(`<meta property="twitter:image" content="${image.path}" />`);
  } else add('<meta name="twitter:card" content="summary" />');
  if (image && truthy(image.hash.alt)) add(`<meta name="twitter:image:alt" content="${toS(image.hash.alt)}" />`);
  if (pageTitle !== undefined) add(`<meta property="twitter:title" content="${pageTitle}" />`);
  if (truthy(prop(site, 'twitter'))) {
    add(`<meta name="twitter:site" content="@${noAt(path(site, 'twitter', 'username'))}" />`);
    if (author.twitter !== undefined) add(`<meta name="twitter:creator" content="@${noAt(author.twitter)}" />`);
  }
  addFacebookAndVerifications(site, add);
  return `${out}<script type="application/ld+json">\n${jsonLd(seo)}</script>\n<!-- End Jekyll SEO tag -->\n`;
}

function addFacebookAndVerifications(site: unknown, add: (line: string) => void): void {
  const facebook = prop(site, 'facebook');
  if (truthy(facebook)) {
    const fb = (key: string): unknown => prop(facebook, key);
    if (truthy(fb('admins'))) add(`<meta property="fb:admins" content="${toS(fb('admins'))}" />`);
    if (truthy(fb('publisher'))) add(`<meta property="article:publisher" content="${toS(fb('publisher'))}" />`);
    if (truthy(fb('app_id'))) add(`<meta property="fb:app_id" content="${toS(fb('app_id'))}" />`);
  }
  const verifications = prop(site, 'webmaster_verifications');
  if (truthy(verifications)) {
    const names: Array<[string, string]> = [
      ['google', 'google-site-verification'],
      ['bing', 'msvalidate.01'],
      ['alexa', 'alexaVerifyID'],
      ['yandex', 'yandex-verification'],
      ['baidu', 'baidu-site-verification'],
      ['facebook', 'facebook-domain-verification'],
    ];
    for (const [key, name] of names) {
      const v = prop(verifications, key);
      if (truthy(v)) add(`<meta name="${name}" content="${toS(v)}" />`);
    }
  } else if (truthy(prop(site, 'google_site_verification'))) {
    add(`<meta name="google-site-verification" content="${toS(prop(site, 'google_site_verification'))}" />`);
  }
}
