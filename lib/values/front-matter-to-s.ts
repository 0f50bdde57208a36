// Ruby's Object#to_s of a front matter value where Jekyll calls it (Document#populate_categories,
// UrlDrop#categories): a list or a mapping prints its inspect (`["a", "b"]`, `{"a"=>1}`), nil is
// empty, a scalar its own text (a YAML date `2020-01-02`, a time with its offset).
import { isPlainHash, rubyInspect } from '../liquid/ruby/to-s.js';
import { RubyHash } from './ruby-hash.js';

export function frontMatterToS(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value == null) return '';
  if (Array.isArray(value) || value instanceof RubyHash || isPlainHash(value)) return rubyInspect(value);
  return String(value);
}
