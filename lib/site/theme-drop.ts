// Liquid's `theme` (jekyll/drops/unified_payload_drop.rb#theme): a ThemeDrop over the theme's
// gemspec when the site has a theme, nil otherwise. Chirpy's footer prints `v{{ theme.version }}`.
import fs from 'node:fs';
import path from 'node:path';
import type { Source } from '../source/source.js';
import { markJekyllDrop, RUBY_TO_S } from '../values/document-drop-mark.js';
import { listField, metadataField, runtimeDependencies, stringField } from './gemspec-fields.js';

/** The text of the gemspec a theme was loaded from: the installed gem's, or the one at the top of a source folder. */
function gemspecText(theme: Source): string | undefined {
  const dir = theme.root;
  // An installed gem: <gems>/<name-version>, its spec in <gems>/../specifications.
  const installed = path.join(path.dirname(path.dirname(dir)), 'specifications', `${path.basename(dir)}.gemspec`);
  try {
    return fs.readFileSync(installed, 'utf8');
  } catch {
    // A theme's own source folder (a theme repository, a Gemfile `path:`): its top-level gemspec.
    const spec = theme.list().find((f) => !f.includes('/') && f.endsWith('.gemspec'));
    return spec === undefined ? undefined : theme.readText(spec);
  }
}

/**
 * ThemeDrop's fields, in the order its `keys` (and jsonify) give them: version, metadata, root,
 * dependencies (runtime_dependencies, each printed as Gem::Dependency#to_s), authors (joined with
 * ", ") and description (or the summary). A Drops::Drop, so Enumerable over those keys
 * (`{% for k in theme %}`), printed as its class name (Liquid::Drop#to_s).
 */
export function themeDrop(theme: Source | undefined): object | null {
  if (!theme) return null;
  const text = gemspecText(theme) ?? '';
  // Gem::Version#to_s of a gemspec without one is "0" only for a broken spec; keep "" then.
  const version = stringField(text, 'version') ?? '';
  const description = stringField(text, 'description') ?? stringField(text, 'summary') ?? null;
  const drop = markJekyllDrop({
    version,
    metadata: metadataField(text),
    root: theme.root,
    dependencies: runtimeDependencies(text),
    authors: listField(text, 'authors').join(', '),
    description,
  });
  Object.defineProperty(drop, RUBY_TO_S, { value: () => 'Jekyll::Drops::ThemeDrop' });
  return drop;
}

/**
 * Liquid's `theme` as jekyll-data (jekyll/theme_drop.rb) makes it: site.config[site.config["theme"]],
 * the settings kept under the theme's name; nil without a theme or without that key.
 */
export function themeSettings(config: Readonly<Record<string, unknown>>): unknown {
  const name = config.theme;
  if (typeof name !== 'string' || !Object.hasOwn(config, name)) return null;
  return config[name] ?? null;
}
