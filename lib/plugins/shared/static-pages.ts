// A static file read as a page (Jekyll::Page.new(site, base, dir, name) on a
// StaticFile's folder and name), as jekyll-optional-front-matter and
// jekyll-readme-index make them: no front matter, the whole file is content.
import { foundDefaultsFor } from '../../config/front-matter-defaults.js';
import { readKeepingBytes } from '../../read/decode.js';
import { fileReadCodec } from '../../read/text-codec.js';
import { parsePage } from '../../read/parse-page.js';
import { jekyllFilename } from '../../read/front-matter.js';
import type { Source } from '../../source/source.js';
import type { Data, Page, SiteConfig, StaticFile } from '../../types.js';

export function pageFromStaticFile(source: Source, file: StaticFile, config: SiteConfig, overrides: Data | undefined, warn: (message: string, file: string) => void): Page {
  const path = file.relativePath;
  // Convertible#read_yaml, as for any page: text that is not UTF-8 is logged ("Error reading
  // file") and kept; its conversion (or a plugin's regexp) stops the build later
  const { text, unreadable, refused } = readKeepingBytes(source, path, fileReadCodec(config));
  const filename = jekyllFilename(source.root, path);
  if (unreadable || refused) warn(`Error reading file ${filename}: ${unreadable?.reason ?? refused}`, path);
  return parsePage(text, { path, config, defaults: foundDefaultsFor(config, path, 'pages'), overrides, filename, ...(unreadable ? { unreadable } : {}) });
}

/** Ruby's File.dirname on a URL or path: `/a/b.md` → `/a`, `/b.md` → `/`, `b.md` → `.`. */
export function rubyDirname(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  if (trimmed === '') return p.startsWith('/') ? '/' : '.';
  const i = trimmed.lastIndexOf('/');
  if (i === -1) return '.';
  const dir = trimmed.slice(0, i).replace(/\/+$/, '');
  return dir === '' ? '/' : dir;
}
