// The filters Jekyll adds to Liquid, and Liquid filters whose Ruby behaviour differs
// from liquidjs, registered explicitly on the build's engine.
import type { FilterImplOptions, Liquid } from 'liquidjs';
import type { JekyllEnv } from '../env.js';
import { arrayFilters } from './array.js';
import { dateFilters } from './date.js';
import { jsonFilters } from './json.js';
import { mathFilters } from './math.js';
import { stringFilters } from './string.js';
import { urlFilters } from './url.js';
import { registerRubyStringFilters } from './ruby-strings.js';
import { checkFilterArity } from './arity.js';
import { noteUsAsciiResults } from './us-ascii.js';
import { stopOnInvalidUtf8 } from './invalid-utf8.js';

export function registerFilters(engine: Liquid, env: JekyllEnv): void {
  const groups = [
    urlFilters(env.opts.config, env.opts.filterCache),
    dateFilters(env),
    arrayFilters(((env.opts.config.liquid ?? {}) as Record<string, unknown>)['error_mode'] === 'strict'),
    stringFilters(env.opts),
    jsonFilters,
    mathFilters,
  ];
  for (const group of groups) {
    for (const [name, fn] of Object.entries(group)) {
      // `nil`, `empty` and `blank` literals reach them as Ruby values: checkFilterArity's wrapper (./arity.ts)
      engine.registerFilter(name, fn as FilterImplOptions);
    }
  }
  registerRubyStringFilters(engine);
  noteUsAsciiResults(engine);
  stopOnInvalidUtf8(engine);
  checkFilterArity(engine);
}
