// jekyll-avatar 0.8.0: `{% avatar user size=40 %}` → a GitHub avatar <img> with a
// srcset for 1x–4x (lib/jekyll-avatar.rb). The markup is Liquid first; `user=var`
// names a variable holding the login; `lazy=true` moves src/srcset to data-*.
// Avatar#initialize reads `size=` and `user=` from the markup as written, before
// any render: `size={{ n }}` is the default 40 (hyperconnect.github.io's tiles).
import { Tag } from 'liquidjs';
import type { Context, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';
import type { KyllPlugin } from '../plugin.js';
import { LiquidFailure } from '../../liquid/errors.js';
import { filterToS, prop, toS, truthy } from '../shared/values.js';
import { crc32 } from './crc32.js';

const SERVERS = 4;
const API_VERSION = '3';
const SCALES = [1, 2, 3, 4];

/**
 * The <img> for the rendered markup `text`; `size=` and `user=` come from the markup as written
 * (`written`, by default the same); `lookup` reads a Liquid variable (Avatar#lookup_variable).
 */
export function avatarHtml(text: string, lookup: (name: string) => unknown, customHost = '', written = text): string {
  const size = /\bsize=(\d+)\b/i.exec(written)?.[1] ?? '40';
  const userVariable = /\buser=([\w.]+)\b/.exec(written)?.[1];
  let username: string;
  if (userVariable !== undefined) {
    const v = lookup(userVariable);
    // "#{username}" in the gem's path and attributes: Ruby's to_s, a list's inspect (`["a", "b"]`)
    username = truthy(v) ? filterToS(v) : userVariable;
  } else {
    // String#split(" "): runs of ASCII whitespace, leading ones ignored.
    const first = text.includes(' ') ? (text.replace(/^[ \t\n\v\f\r]+/, '').split(/[ \t\n\v\f\r]+/)[0] ?? '') : text;
    username = first.startsWith('@') ? first.replace('@', '') : first;
  }
  const path = (scale: number): string => `${username}?v=${API_VERSION}&s=${scale === 1 ? size : Number.parseInt(size, 10) * scale}`;
  // Avatar#server_number: the server is picked from the 1x path's CRC32. With
  // PAGES_AVATARS_URL the path is resolved against that host (a slash added to its path).
  const host = `https://avatars${crc32(path(1)) % SERVERS}.githubusercontent.com`;
  const root = customHost.endsWith('/') ? customHost : `${customHost}/`;
  const url = (scale: number): string => (customHost === '' ? `${host}/${path(scale)}` : root + path(scale));
  const srcset = SCALES.map((s) => `${url(s)} ${s}x`).join(', ');
  const classes = Number.parseInt(size, 10) < 48 ? 'avatar avatar-small' : 'avatar';
  const base = `class="${classes}" alt="${username}" width="${size}" height="${size}" data-proofer-ignore="true"`;
  return text.includes('lazy=true')
    ? `<img ${base} src="" data-src="${url(1)}" data-srcset="${srcset}" />`
    : `<img ${base} src="${url(1)}" srcset="${srcset}" />`;
}

class AvatarTag extends Tag {
  private readonly markup: Template[];
  private readonly written: string;
  /** PAGES_AVATARS_URL, set when the tag is registered. */
  customHost = '';

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    this.written = token.args.trim();
    this.markup = liquid.parse(this.written);
  }

  *render(ctx: Context): Generator<unknown, string, unknown> {
    const text = (yield this.liquid.renderer.renderTemplates(this.markup, ctx)) as string;
    return avatarHtml(text, (name) => lookupVariable(ctx, name), this.customHost, this.written);
  }
}

// Avatar#lookup_variable: each segment of a dotted name looked up in turn; a
// missing middle segment fails as Ruby does (nil has no `[]`).
function lookupVariable(ctx: Context, name: string): unknown {
  const segments = name.split('.');
  let value: unknown = ctx.getSync([segments[0]!]);
  for (const segment of segments.slice(1)) {
    if (value === undefined || value === null) throw new LiquidFailure('plain', "undefined method `[]' for nil:NilClass");
    value = prop(value, segment);
  }
  return value;
}

export const avatarPlugin: KyllPlugin = {
  name: 'jekyll-avatar',
  registerLiquid: (engine, ctx) => {
    const host = ctx.env?.PAGES_AVATARS_URL ?? '';
    engine.registerTag(
      'avatar',
      class extends AvatarTag {
        override customHost = host;
      },
    );
  },
};
