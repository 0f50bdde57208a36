// jekyll-polyglot's post_render hook (hooks/process.rb, Site#process_documents): in another
// language's build, links to the site's own pages gain `/LANG`; `ferh=` (what {% static_href %}
// writes) becomes `href=` again, unchanged. Patterns as site.rb#relative_url_regex and
// #absolute_url_regex build them, with the config values interpolated unescaped as Ruby does.
import type { Data } from '../../types.js';
import { polyglotSettings } from './settings.js';

// Ruby's \s is ASCII whitespace only.
const S = ' \\t\\r\\n\\f\\v';

function pathPattern(exclude: readonly string[], languages: readonly string[], disabled: boolean): string {
  const ahead = disabled ? '' : [...exclude.map((x) => `(?!${x})`), ...languages.map((l) => `(?!${l}/)`)].join('');
  return `((?:${ahead}[^,'"${S}/?.]+\\.?)*(?:/[^\\]\\[)("'${S}]*)?)"`;
}

export interface Relativizer {
  (output: string): string;
}

/** The rewriting of one build's outputs (pages and documents; not static files). */
export function relativizer(config: Data): Relativizer {
  const s = polyglotSettings(config);
  const baseurl = config.baseurl == null ? '' : String(config.baseurl);
  const exclude = Array.isArray(config.exclude) ? config.exclude.map(String) : [];
  // config.fetch('url', false): any value but a missing key or nil (an empty string too).
  const url = config.url == null || config.url === false ? undefined : String(config.url);
  const other = s.activeLang !== s.defaultLang;
  const rel = (disabled: boolean) => new RegExp(`${disabled ? 'ferh' : 'href'}="?${baseurl}/${pathPattern(exclude, s.languages, disabled)}`, 'g');
  const abs = (disabled: boolean) =>
    new RegExp(`(?<!hreflang="${s.defaultLang}" )${disabled ? 'ferh' : 'href'}="?${url}${baseurl}/${pathPattern(exclude, s.languages, disabled)}`, 'g');
  const steps: Array<[RegExp, string]> = [];
  if (other) steps.push([rel(false), `href="${baseurl}/${s.activeLang}/`]);
  steps.push([rel(true), `href="${baseurl}/`]);
  if (url !== undefined) {
    if (other) steps.push([abs(false), `href="${url}${baseurl}/${s.activeLang}/`]);
    steps.push([abs(true), `href="${url}${baseurl}/`]);
  }
  return (output) => steps.reduce((text, [regex, prefix]) => text.replace(regex, (_m, path: string) => `${prefix}${path}"`), output);
}
