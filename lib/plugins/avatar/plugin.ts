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
import { rubyClass } from '../../liquid/filters/spaceship.js';
import { noMethodText } from '../../liquid/filters/no-method.js';
import { METHOD_LITERAL } from '../../liquid/operators.js';

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
  // size.to_i * scale: an Integer of any length (a BigInt), not a double
  const path = (scale: number): string => `${username}?v=${API_VERSION}&s=${scale === 1 ? size : BigInt(size) * BigInt(scale)}`;
  // Avatar#server_number: the server is picked from the 1x path's CRC32. With
  // PAGES_AVATARS_URL the path is resolved against that host (a slash added to its path).
  const host = `https://avatars${crc32(path(1)) % SERVERS}.githubusercontent.com`;
  const root = customHost.endsWith('/') ? customHost : `${customHost}/`;
  const url = (scale: number): string => (customHost === '' ? `${host}/${path(scale)}` : root + path(scale));
  const srcset = SCALES.map((s) => `${url(s)} ${s}x`).join(', ');
  const classes = BigInt(size) < 48n ? 'avatar avatar-small' : 'avatar';
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

// Avatar#lookup_variable: the first segment is `context[name]` (Liquid's Context#[], which reads
// the name as an expression: `blank`/`empty` are the method literal, `true` is true), each later
// segment Ruby's `lookup[segment]` on the value before.
function lookupVariable(ctx: Context, name: string): unknown {
  const segments = name.split('.');
  const first = segments[0]!;
  let value: unknown = Object.hasOwn(EXPRESSION_LITERALS, first) ? EXPRESSION_LITERALS[first] : /^\d+$/.test(first) ? Number(first) : ctx.getSync([first]);
  for (const segment of segments.slice(1)) value = rubyIndex(value, segment);
  return value;
}

// Liquid::Expression::LITERALS (liquid 5.4), the names that are no variable to Context#[].
const EXPRESSION_LITERALS: Record<string, unknown> = { nil: null, null: null, true: true, false: false, blank: METHOD_LITERAL, empty: METHOD_LITERAL };
const LOOKUP_LINE = { line: 'lookup = lookup[value]', call: '[value]' };

// `value[key]` in Ruby with a String key: a String's substring or nil, a Hash's or a drop's value,
// TypeError from an Array or Integer, NoMethodError (with error_highlight's line) from the rest.
function rubyIndex(value: unknown, key: string): unknown {
  if (typeof value === 'string') return value.includes(key) ? key : null;
  const cls = rubyClass(value);
  if (cls === 'Array' || cls === 'Integer') throw new LiquidFailure('plain', 'no implicit conversion of String into Integer');
  if (cls === 'Hash' || cls.startsWith('Jekyll::Drops::') || cls.startsWith('Liquid::') && value !== METHOD_LITERAL) return prop(value, key);
  throw new LiquidFailure('plain', noMethodText('[]', value, LOOKUP_LINE));
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
