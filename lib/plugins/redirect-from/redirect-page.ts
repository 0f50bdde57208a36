// A redirect page of jekyll-redirect-from 0.16.0 (lib/jekyll-redirect-from/redirect_page.rb)
// and the HTML of its default layout (redirect.html).
import type { Data, SiteConfig } from '../../types.js';
import { absoluteUrl } from '../../url/jekyll-url.js';

export interface Redirect {
  readonly from: string;
  readonly to: string;
}

/** RedirectPage#set_paths: `from` gets a leading slash, a relative `to` becomes absolute. */
export function redirectPaths(from: string, to: string, config: Pick<SiteConfig, 'url' | 'baseurl'>): Redirect {
  const f = from.startsWith('/') || from === '' ? from : `/${from}`;
  return { from: f, to: /^https?:\/\//.test(to) ? to : absoluteUrl(to, config) };
}

/** RedirectPage::DEFAULT_DATA merged with the paths. */
/** RedirectPage::DEFAULT_DATA, the data its read_yaml gives. */
export function redirectDefaultData(): Data {
  return { sitemap: false, layout: 'redirect' };
}

export function redirectData(r: Redirect): Data {
  return { sitemap: false, layout: 'redirect', permalink: r.from, redirect: { from: r.from, to: r.to } };
}

/** The gem's redirect.html, the layout it adds when the site has no `redirect` layout. */
export const REDIRECT_LAYOUT_TEMPLATE = redirectHtml('{{ page.redirect.to }}');

/** The gem's redirect layout rendered for `to` (printed as is, not escaped). */
export function redirectHtml(to: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en-US">',
    '  <meta charset="utf-8">',
    '  <title>Redirecting&hellip;</title>',
    `  <link rel="canonical" href="${to}">`,
    `  <script>location="${to}"</script>`,
    `  <meta http-equiv="refresh" content="0; url=${to}">`,
    '  <meta name="robots" content="noindex">',
    '  <h1>Redirecting&hellip;</h1>',
    `  <a href="${to}">Click here if you are not redirected.</a>`,
    '</html>',
    '',
  ].join('\n');
}

/** Ruby's Hash#to_json for string keys and values, in insertion order. */
export function redirectsJson(redirects: ReadonlyMap<string, string>): string {
  return `{${[...redirects].map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`).join(',')}}`;
}
