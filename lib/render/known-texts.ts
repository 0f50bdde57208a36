// The texts of a site of another `encoding:` whose encoding Jekyll 4.3.1's Strings have before
// anything renders: front matter (Convertible#read_yaml, Document#read: SafeYAML.load, which
// Psych gives as UTF-8) and _config.yml values, front matter defaults among them. Liquid's output
// buffer takes their encoding wherever they are printed (liquid/site-encoding.ts#KnownTexts).
import type { KnownTexts } from '../liquid/site-encoding.js';
import type { Site } from '../types.js';

/** Notes the site's front matter and config strings as UTF-8 texts. */
export function noteFrontMatterTexts(known: KnownTexts, site: Site): void {
  known.noteUtf8Values(site.config);
  for (const page of site.pages) known.noteUtf8Values(page.data);
  for (const collection of Object.values(site.collections)) for (const doc of collection.docs) known.noteUtf8Values(doc.data);
}
