// jekyll-mentions 1.6.0: `@login` in the HTML output of pages and written
// documents becomes a link to the user's profile (lib/jekyll-mentions.rb), by
// html-pipeline's MentionFilter (html/pipeline/@mention_filter.rb): text inside
// pre, code, a, style and script is left alone; `@mention(s|ed|ing)` too.
import { KyllError } from '../../errors/index.js';
import { parseFragment } from '../shared/html/dom.js';
import { filterBody, hasAncestor, outputKind, replaceWithHtml, textHtml, textNodes } from '../shared/html/pipeline.js';
import { innerHtml } from '../shared/html/serialize.js';
import type { HookDocument } from '../hooks.js';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { isHash, toS } from '../shared/values.js';
import { rubyInspect } from '../../liquid/ruby/to-s.js';
import { noMethodText } from '../../liquid/filters/no-method.js';

const GITHUB_DOT_COM = 'https://github.com';
const IGNORE_PARENTS = new Set(['pre', 'code', 'a', 'style', 'script']);
const MENTION_LOGINS = ['mention', 'mentions', 'mentioned', 'mentioning'];
// MentionPatterns[/[\w][\w-]*/]: a non-word character (or a line start) before
// `@login` (taken whole, as the atomic group does), no `/` after it, then dots
// and a non-word character, or a character that is not a word character or dot.
const MENTION = String.raw`(?:^|\W)@(?=([\w][\w-]*))\1(?!\/)(?=\.+[ \t\W]|\.+$|[^0-9a-zA-Z_.]|$)`;
const FILTER_REGEX = new RegExp(MENTION, 'im');

/** Mentions.mention_base: `jekyll-mentions` as a URL, or its `base_url`, or github.com. */
export function mentionBase(setting: unknown, file?: string, env: Readonly<Record<string, string | undefined>> = {}): unknown {
  if (setting === undefined || setting === null) return defaultBase(env);
  if (typeof setting === 'string') return setting;
  // Hash#fetch: a `base_url` given is taken as it is (nil, a number, a list), checked only when a mention is linked
  if (isHash(setting)) return setting.base_url === undefined ? defaultBase(env) : setting.base_url;
  throw new KyllError(
    'INVALID_CONFIG',
    `Your jekyll-mentions config has to either be a string or a hash. It's a ${rubyClass(setting)} right now.`,
    { file },
  );
}

// Mentions.default_mention_base: a GitHub Enterprise host when SSL and GITHUB_HOSTNAME are set.
function defaultBase(env: Readonly<Record<string, string | undefined>>): string {
  const ssl = env.SSL ?? '';
  const hostname = env.GITHUB_HOSTNAME ?? '';
  if (ssl === '' || hostname === '') return GITHUB_DOT_COM;
  return `${ssl === 'true' ? 'https://' : 'http://'}${hostname.replace(/\/$/, '')}`;
}

function rubyClass(v: unknown): string {
  if (Array.isArray(v)) return 'Array';
  if (typeof v === 'boolean') return v ? 'TrueClass' : 'FalseClass';
  if (typeof v === 'number') return Number.isInteger(v) ? 'Integer' : 'Float';
  return 'Object';
}

/**
 * MentionFilter#link_to_mentioned_user's href: `url = base_url.dup; url << '/' unless url =~ /[\/~]\z/;
 * url << login` with Filter#base_url `context[:base_url] || '/'`. A list takes '/' and the login as
 * items and prints as its inspect; an Integer's << wants an Integer; other values have no <<.
 */
function mentionHref(baseUrl: unknown): (login: string) => string {
  const base = baseUrl === undefined || baseUrl === null || baseUrl === false ? '/' : baseUrl;
  if (typeof base === 'string') {
    const url = /[/~]$/.test(base) ? base : `${base}/`;
    return (login) => `${url}${login}`;
  }
  if (Array.isArray(base)) return (login) => rubyInspect([...base, '/', login]);
  const message = typeof base === 'bigint' || (typeof base === 'number' && Number.isInteger(base)) ? 'no implicit conversion of String into Integer' : noMethodText('<<', base);
  return () => {
    throw new KyllError('INVALID_CONFIG', message, { file: '_config.yml' });
  };
}

/** MentionFilter#call on an HTML fragment. */
export function mentionFilter(html: string, baseUrl: unknown): string {
  const doc = parseFragment(html);
  const href = mentionHref(baseUrl);
  for (const node of textNodes(doc)) {
    const content = textHtml(node);
    if (!content.includes('@') || hasAncestor(node, IGNORE_PARENTS)) continue;
    const replaced = content.replace(new RegExp(MENTION, 'gim'), (match, login: string) =>
      MENTION_LOGINS.includes(login.toLowerCase()) ? match : match.replace(`@${login}`, `<a href='${href(login)}' class='user-mention'>@${login}</a>`),
    );
    if (replaced !== content) replaceWithHtml(node, replaced);
  }
  return innerHtml(doc);
}

/** Mentions.mentionable?: a page or a written document whose output is HTML, not opted out. */
export function isHtmlOutput(doc: HookDocument): boolean {
  const k = outputKind(doc);
  return k.writtenOrPage && (k.outputExt === '.html' || k.permalinkIsFolder);
}

// Jekyll::Hooks.register %i[pages documents], :post_render: the output, mentionified.
function mentionify(doc: HookDocument, ctx: PluginContext): void {
  const output = doc.output ?? '';
  if (!isHtmlOutput(doc) || doc.data['jekyll-mentions'] === false || !output.includes('@')) return;
  // `config.merge(doc.data) if doc.data.key?("jekyll-mentions")`: a page's default does not count.
  const own = Object.prototype.hasOwnProperty.call(doc.data, 'jekyll-mentions') && !doc.defaultedKeys?.includes('jekyll-mentions');
  const base = mentionBase(own ? doc.data['jekyll-mentions'] : ctx.site.config['jekyll-mentions'], own ? doc.relativePath : '_config.yml', ctx.env);
  doc.output = filterBody(output, (html) => FILTER_REGEX.test(html), (html) => mentionFilter(html, base));
}

export const mentionsPlugin: KyllPlugin = {
  name: 'jekyll-mentions',
  // html-pipeline 2.14 requires ActiveSupport
  activeSupport: true,
  hooks: { pages: { post_render: mentionify }, documents: { post_render: mentionify } },
};
