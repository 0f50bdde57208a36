// {% increment %} and {% decrement %} counters live in Jekyll's one payload of
// the whole build (liquid's Increment#render writes context.environments.first,
// which Site#render shares between documents): a counter goes on from one
// document, layout and include to the next, in render order. Documents that
// render on several threads would each count from zero, so a site whose
// documents, layouts or includes use these tags renders its documents on one
// thread. Seen in the templates' text, before anything renders.
// jekyll-include-cache's `include_cached` is state of the same kind: its cache
// (tag.rb, emptied at :site :pre_render) keeps the output of the first render
// of each file and parameters, in render order, for the rest of the build; the
// long-lived builder treats it as a counter too (it renders everything again).
import { sourceRelativeDir } from '../config/site-dir.js';
import type { Source } from '../source/source.js';
import type { Site } from '../types.js';

const COUNTER_TAG = /\{%-?\s*(?:increment|decrement|include_cached)[\s%-]/;

/** Whether a template's text may use a counter tag (or include_cached). */
export function mayUseCounters(text: string): boolean {
  return COUNTER_TAG.test(text);
}

/** Whether any document, layout or include of the site may use a counter tag. */
export function usesCounters(site: Site, source: Source, theme?: Source): boolean {
  for (const label of Object.keys(site.collections)) {
    for (const doc of site.collections[label]!.docs) if (COUNTER_TAG.test(doc.content)) return true;
  }
  for (const layout of Object.values(site.layouts)) if (COUNTER_TAG.test(layout.content)) return true;
  const includes = sourceRelativeDir(source.root, String(site.config.includes_dir ?? '_includes'));
  return includesUseCounters(source, includes) || (theme !== undefined && includesUseCounters(theme, '_includes'));
}

function includesUseCounters(source: Source, dir: string): boolean {
  const prefix = dir === '' ? '' : `${dir}/`;
  for (const p of source.list()) {
    if (!p.startsWith(prefix)) continue;
    let text: string;
    try {
      text = source.readText(p);
    } catch {
      continue;
    }
    if (COUNTER_TAG.test(text)) return true;
  }
  return false;
}
