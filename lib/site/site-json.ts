// What `jsonify` and `inspect` show of the drops that hold Jekyll's own objects
// (drops/drop.rb #to_h, #hash_for_json). as_liquid (filters.rb) turns only hashes and
// arrays into their Liquid form: a SiteDrop or CollectionDrop is written by its own
// #to_json, whose values are the Documents and Pages themselves, which the json gem
// writes as their to_s (Document#to_s: output || content; Convertible#to_s: content).
import { HASH_FOR_JSON, RUBY_CLASS, RUBY_TO_S, markJekyllDrop } from '../values/document-drop-mark.js';
import { setKey } from '../values/own-keys.js';
import type { Drop } from './drops.js';

/** Marks a CollectionDrop: a Drop, whose `docs` are written as their to_s. */
export function markCollectionDrop(drop: Drop): Drop {
  markJekyllDrop(drop);
  Object.defineProperty(drop, HASH_FOR_JSON, { value: () => ({ ...drop }) });
  // (its to_s is no class name: a NoMethodError names the class from this)
  Object.defineProperty(drop, RUBY_CLASS, { value: 'Jekyll::Drops::CollectionDrop' });
  // CollectionDrop#to_s is docs.to_s: Array#inspect of Document#inspect.
  Object.defineProperty(drop, RUBY_TO_S, { value: () => `[${(Array.isArray(drop.docs) ? drop.docs : []).map((d: Drop) => `#<Jekyll::Document ${String(d.relative_path)} collection=${String(drop.label)}>`).join(', ')}]` });
  return drop;
}

/**
 * Marks the SiteDrop: Drop#to_h lists `keys` (its methods, then the config's keys),
 * each as SiteDrop#[] gives it: `config` is nil, `related_posts` nil outside a document,
 * a page is its content.
 */
export function markSiteDrop(drop: Drop, keys: readonly string[]): Drop {
  markJekyllDrop(drop, () => keys);
  // Liquid::Drop#to_s: `{{ site }}` prints the class name.
  Object.defineProperty(drop, RUBY_TO_S, { value: () => 'Jekyll::Drops::SiteDrop' });
  Object.defineProperty(drop, HASH_FOR_JSON, {
    value: () => {
      const out: Drop = {};
      for (const k of keys) setKey(out, k, k === 'config' ? null : k === 'pages' || k === 'html_pages' ? pagesToS(drop[k]) : drop[k]);
      return out;
    },
  });
  return drop;
}

// Convertible#to_s: a page's content (the converted content once it is rendered).
function pagesToS(pages: unknown): unknown {
  return Array.isArray(pages) ? pages.map((p: Drop) => String(p.content ?? '')) : pages;
}
