// jekyll-polyglot 1.5.1: the site built once per language (language-builds.ts runs the builds);
// in each, the documents of the active language (coordinate.ts), links into the language's
// folder (relativize.ts), site.default_lang/languages/active_lang and the Liquid tags (tags.ts).
import type { HookDocument } from '../hooks.js';
import type { KyllPlugin, PluginContext } from '../plugin.js';
import { coordinateSite } from './coordinate.js';
import { relativizer, type Relativizer } from './relativize.js';
import { POLYGLOT } from './settings.js';
import { registerPolyglotTags } from './tags.js';

const byConfig = new WeakMap<object, Relativizer>();

// hooks/process.rb runs at :site :post_render over every page and collection document with output.
function relativize(doc: HookDocument, ctx: PluginContext): void {
  if (doc.output === undefined || !doc.write) return;
  const config = ctx.site.config;
  let rewrite = byConfig.get(config);
  if (!rewrite) byConfig.set(config, (rewrite = relativizer(config)));
  doc.output = rewrite(doc.output);
}

export const polyglotPlugin: KyllPlugin = {
  name: POLYGLOT,
  registerLiquid: (engine) => registerPolyglotTags(engine),
  hooks: {
    site: { post_read: (site) => coordinateSite(site) },
    pages: { post_render: relativize },
    documents: { post_render: relativize },
  },
};
