// The methods of the payload itself. Jekyll renders with one UnifiedPayloadDrop
// (jekyll/drops/unified_payload_drop.rb) as Liquid's environment, and Drop#[] calls a name the
// class can invoke (Liquid::Drop.invokable_methods): a top-level name that no scope defines may
// be one of Drop's public methods or Enumerable's count/first/min/max/sort, run on the payload.
import { LiquidFailure } from './errors.js';
import { DROP_ARITIES } from './property.js';
import { markLiquidViews } from '../values/document-drop-mark.js';

type Scope = Record<string, unknown>;

// UnifiedPayloadDrop#content_methods in Ruby's method order; Jekyll's renderer sets only these
// (through their setters), so they are the payload's keys for every render.
const PAYLOAD_KEYS = ['jekyll', 'site', 'page', 'theme', 'content', 'paginator', 'layout', 'highlighter_prefix', 'highlighter_suffix'] as const;

const NAMES: ReadonlySet<string> = new Set(['keys', 'content_methods', 'count', 'first', 'min', 'max', 'sort', ...DROP_ARITIES.keys()]);

/** Whether `key`, not found in any scope, names a method of the payload drop. */
export function isPayloadMethod(key: string): boolean {
  return NAMES.has(key);
}

/** A scope holding the payload method `key`, run on the render's environment `env`. */
export function payloadMethodScope(key: string, env: Scope): Scope {
  // Drop#each yields [key, value] pairs, which Enumerable's methods compare by key; the value is
  // what the renderer set, the to_liquid of each object (a Page's Hash, printed by its #inspect,
  // not the Page's own to_s)
  const pair = (k: string): [string, unknown] => markLiquidViews([k, env[k] ?? null], (i) => i === 1);
  const arity = DROP_ARITIES.get(key);
  const method = (): unknown => {
    if (arity !== undefined) {
      // Drop#fetch(key, default = nil), #merge(other), #merge!(other), called with no argument
      throw new LiquidFailure('plain', `wrong number of arguments (given 0, expected ${arity})`);
    }
    switch (key) {
      case 'count':
        return PAYLOAD_KEYS.length;
      case 'first':
        return pair(PAYLOAD_KEYS[0]);
      case 'min':
      case 'max':
      case 'sort': {
        const sorted = [...PAYLOAD_KEYS].sort();
        if (key === 'sort') return sorted.map(pair);
        return pair(key === 'min' ? sorted[0] : sorted[sorted.length - 1]);
      }
      default: // keys (Drop#keys) and content_methods: the same list
        return [...PAYLOAD_KEYS];
    }
  };
  return { [key]: method };
}
