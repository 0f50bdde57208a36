// A static file read as a page (Jekyll::Page.new(site, base, dir, name) on a
// StaticFile's folder and name), as jekyll-optional-front-matter and
// jekyll-readme-index make them: no front matter, the whole file is content.
import { foundDefaultsFor } from '../../config/front-matter-defaults.js';
import { readTextOrThrow } from '../../read/decode.js';
import { siteCodec } from '../../read/text-codec.js';
import { parsePage } from '../../read/parse-page.js';
import type { Source } from '../../source/source.js';
import type { Data, Page, SiteConfig, StaticFile } from '../../types.js';

export function pageFromStaticFile(source: Source, file: StaticFile, config: SiteConfig, overrides?: Data): Page {
  const path = file.relativePath;
  return parsePage(readTextOrThrow(source, path, siteCodec(config)), { path, config, defaults: foundDefaultsFor(config, path, 'pages'), overrides });
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
