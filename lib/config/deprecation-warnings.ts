// The deprecation notes Jekyll 4.3.1 logs for settings of older sites (they change no output):
// PluginManager#deprecation_checks for `paginate` without jekyll-paginate, and
// FrontmatterDefaults#valid_sets for front matter defaults of the old types and invalid sets.
import type { Diagnostic } from '../types.js';
import { isPlainHash, rubyInspect } from '../liquid/ruby/to-s.js';

// Ruby's truth: only nil and false are false (`paginate: 0` is on).
const truthy = (v: unknown): boolean => v !== undefined && v !== null && v !== false;

/**
 * PluginManager#deprecation_checks: `paginate` set while neither `plugins` lists jekyll-paginate
 * nor anything loaded it (`defined?(Jekyll::Paginate)`: the Gemfile's group, a theme's dependency).
 * An old site's `gems: [jekyll-paginate]` is no longer read, so its pagination is off.
 */
export function paginationDeprecation(config: Readonly<Record<string, unknown>>, loadedPlugins: readonly string[]): Diagnostic | undefined {
  if (!truthy(config.paginate)) return undefined;
  const listed = Array.isArray(config.plugins) && config.plugins.includes('jekyll-paginate');
  if (listed || loadedPlugins.includes('jekyll-paginate')) return undefined;
  return {
    level: 'warning',
    code: 'INVALID_CONFIG',
    message: "Deprecation: You appear to have pagination turned on, but you haven't included the `jekyll-paginate` gem. Ensure you have `plugins: [jekyll-paginate]` in your configuration file.",
    file: '_config.yml',
  };
}

// FrontmatterDefaults#update_deprecated_types
const OLD_TYPES: Readonly<Record<string, string>> = { page: 'pages', post: 'posts', draft: 'drafts' };

/**
 * FrontmatterDefaults#valid_sets: a valid set (a Hash whose `values` is a Hash) scoped to the
 * type `page`, `post` or `draft` is told once (update_deprecated_types changes the type in place);
 * an invalid set is told with its #to_s. Jekyll repeats the latter on each new lookup (each path
 * and type): kyll says it once.
 */
export function defaultsDeprecations(config: Readonly<Record<string, unknown>>): Diagnostic[] {
  const sets = config.defaults;
  if (!Array.isArray(sets)) return [];
  const out: Diagnostic[] = [];
  const warn = (message: string): void => void out.push({ level: 'warning', code: 'INVALID_CONFIG', message, file: '_config.yml' });
  for (const set of sets) {
    if (!isPlainHash(set) || !isPlainHash(set.values)) {
      warn(`Defaults: An invalid front-matter default set was found: ${rubyInspect(set)}`);
      continue;
    }
    const type = isPlainHash(set.scope) ? set.scope.type : undefined;
    const current = typeof type === 'string' ? OLD_TYPES[type] : undefined;
    if (current === undefined) continue;
    warn(`Defaults: The '${type}' type has become '${current}'.`);
    warn(`Defaults: Please update your front-matter defaults to use 'type: ${current}'.`);
  }
  return out;
}
