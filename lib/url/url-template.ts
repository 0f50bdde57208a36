// URL#generate_url_from_drop (jekyll/url.rb) with the template read once: the text
// between placeholders, and for each `:name` the placeholder it takes. Values are
// asked for only for the placeholders the template has.
import { KyllError, withExceptionMessage } from '../errors/index.js';
import { escapePath } from './escape.js';

type Part = string | { readonly key: string; readonly rest: string };
type Compiled = { readonly parts: readonly Part[] } | { readonly unknown: readonly string[] };

// Per set of placeholder names: template → its parts. Templates are few (a collection's, a
// site's permalink style, front matter permalinks); past the bound the cache starts over.
const caches = new WeakMap<readonly string[], Map<string, Compiled>>();
const BOUND = 2000;
const RAISE_LINE = 'raise NoMethodError, ^^^^^';

/**
 * Fill `template`: each `:name` ([a-z_]+; `:month_` may mean `:month` then `_`) becomes
 * the escaped value of its placeholder (written as is: `$&` in a value is text); an unknown
 * name is INVALID_PERMALINK. `keys` are the placeholder names, `value` gives one's value.
 */
export function fillUrlTemplate(template: string, keys: readonly string[], value: (key: string) => string | null | undefined, where?: string): string {
  let cache = caches.get(keys);
  if (!cache) caches.set(keys, (cache = new Map()));
  let compiled = cache.get(template);
  if (!compiled) {
    if (cache.size >= BOUND) cache.clear();
    cache.set(template, (compiled = compile(template, keys)));
  }
  if ('unknown' in compiled) {
    // A NoMethodError, with error_highlight's line (url.rb's `raise NoMethodError,`) after the message.
    const message = `The URL template doesn't have ${compiled.unknown.join(' or ')} keys. Check your permalink template!`;
    const error = new KyllError('INVALID_PERMALINK', `${message} (NoMethodError) ${RAISE_LINE}`, { file: where }, {
      hint: `Known placeholders: ${keys.map((k) => `:${k}`).join(' ')}`,
    });
    throw withExceptionMessage(error, `${message} ${RAISE_LINE}`);
  }
  let out = '';
  for (const part of compiled.parts) out += typeof part === 'string' ? part : escapePath(value(part.key) ?? '', where) + part.rest;
  return out;
}

function compile(template: string, keys: readonly string[]): Compiled {
  const parts: Part[] = [];
  const placeholder = /:([a-z_]+)/g;
  let last = 0;
  for (let m = placeholder.exec(template); m; m = placeholder.exec(template)) {
    const name = m[1]!;
    const pool = name.endsWith('_') ? [name, name.slice(0, -1)] : [name];
    const key = pool.find((k) => keys.includes(k));
    if (key === undefined) return { unknown: pool };
    if (m.index > last) parts.push(template.slice(last, m.index));
    parts.push({ key, rest: name.slice(key.length) });
    last = m.index + m[0].length;
  }
  if (last < template.length) parts.push(template.slice(last));
  return { parts };
}
