// A JekyllLiquid over an in-memory site, for the tests of lib/liquid.
import { KyllError } from '../../lib/errors/index.js';
import { createJekyllLiquid } from '../../lib/liquid/index.js';
import type { JekyllLiquid } from '../../lib/liquid/index.js';
import { memorySource } from '../../lib/source/memory-source.js';
import { JekyllTime } from '../../lib/time/index.js';
import type { Data, Post, Site, SiteConfig } from '../../lib/types.js';

export const SITE_TIME = new JekyllTime(1767225600000, 0);

export function config(extra: Data = {}): SiteConfig {
  return {
    source: '/site',
    destination: '/site/_site',
    permalink: 'date',
    markdown: 'kramdown',
    markdown_ext: 'markdown,md',
    excerpt_separator: '\n\n',
    collections: {},
    plugins: [],
    exclude: [],
    include: [],
    keep_files: [],
    defaults: [],
    future: false,
    unpublished: false,
    limit_posts: 0,
    kramdown: {},
    liquid: {},
    ...extra,
  } as SiteConfig;
}

export function post(relativePath: string, url: string, date: JekyllTime, slug: string): Post {
  return {
    kind: 'post', relativePath, collection: 'posts', data: {}, content: '', contentLine: 1, ext: '.md', outputExt: '.html',
    url, outputPath: url.slice(1), write: true, date, slug, id: url.replace(/\.html$/, ''), draft: false, tags: [], categories: [],
  };
}

export function site(cfg: SiteConfig, posts: Post[] = []): Site {
  return {
    config: cfg, time: SITE_TIME, posts, pages: [], collections: {}, staticFiles: [], layouts: {}, data: {}, categories: {}, tags: {},
  };
}

export interface Setup {
  files?: Record<string, string>;
  theme?: Record<string, string>;
  config?: Data;
  posts?: Post[];
  pages?: Site['pages'];
  staticFiles?: Site['staticFiles'];
}

export function liquid(setup: Setup = {}): JekyllLiquid {
  const cfg = config(setup.config);
  const s = { ...site(cfg, setup.posts ?? []), pages: setup.pages ?? [], staticFiles: setup.staticFiles ?? [] };
  return createJekyllLiquid({
    config: cfg,
    source: memorySource(setup.files ?? {}, '/site'),
    themeSource: setup.theme ? memorySource(setup.theme, '/theme') : undefined,
    site: s,
    markdownify: (t) => `<p>${t}</p>\n`,
    smartify: (t) => t.replace(/"([^"]*)"/g, '“$1”'),
  });
}

/** Parse and render `text` with `scope`. */
export function render(text: string, scope: Data = {}, setup: Setup = {}): string {
  const l = liquid(setup);
  return l.render(l.parse(text, 'test.html'), scope);
}

/** The KyllError `fn` throws (anything else thrown goes on; no throw fails the test). */
export function failure(fn: () => unknown): KyllError {
  try {
    fn();
  } catch (e) {
    if (e instanceof KyllError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}
