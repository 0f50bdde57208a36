// Small in-memory sites for the plugin tests.
import { createMarkdownConverter } from '../../lib/markdown/index.js';
import { smartify } from '../../lib/markdown/smartify.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JekyllTime } from '../../lib/time/index.js';
import type { Data, Page, Post, Site, SiteConfig, StaticFile } from '../../lib/types.js';
import type { PluginContext } from '../../lib/plugins/plugin.js';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

export function utc(iso: string): JekyllTime {
  return new JekyllTime(Date.parse(iso), 0);
}

export function config(extra: Data = {}): SiteConfig {
  return {
    source: '.',
    destination: '_site',
    permalink: 'date',
    markdown: 'kramdown',
    markdown_ext: 'markdown,mkdown,mkdn,mkd,md',
    excerpt_separator: '\n\n',
    collections: { posts: { output: true, permalink: '/:categories/:year/:month/:day/:title:output_ext' } },
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

export function page(relativePath: string, url: string, data: Data = {}, content = ''): Page {
  const ext = relativePath.slice(relativePath.lastIndexOf('.'));
  const outputPath = url.endsWith('/') ? `${url.slice(1)}index.html` : url.slice(1);
  return { kind: 'page', relativePath, collection: null, data, content, contentLine: 1, ext, outputExt: '.html', url, outputPath, write: true };
}

export function post(relativePath: string, url: string, date: JekyllTime, data: Data = {}, content = ''): Post {
  const slug = relativePath.replace(/^.*\d{4}-\d\d-\d\d-/, '').replace(/\.[^.]+$/, '');
  return {
    kind: 'post', relativePath, collection: 'posts', data: { date, ...data }, content, contentLine: 1, ext: '.md', outputExt: '.html',
    url, outputPath: url.slice(1), write: true, date, slug, id: url.replace(/\.html$/, ''), draft: false, tags: [], categories: [],
  };
}

export function site(cfg: SiteConfig, parts: { posts?: Post[]; pages?: Page[]; staticFiles?: StaticFile[]; layouts?: Site['layouts']; time?: JekyllTime } = {}): Site {
  const posts = parts.posts ?? [];
  return {
    config: cfg,
    time: parts.time ?? utc('2026-01-01T00:00:00Z'),
    posts,
    pages: parts.pages ?? [],
    collections: { posts: { label: 'posts', output: true, docs: posts, files: [], metadata: {} } },
    staticFiles: parts.staticFiles ?? [],
    layouts: parts.layouts ?? {},
    data: {},
    categories: {},
    tags: {},
  };
}

export function pluginContext(s: Site, environment = 'production'): PluginContext & { warnings: string[] } {
  const warnings: string[] = [];
  const markdown = createMarkdownConverter(s.config);
  return { site: s, environment, warnings, warn: (m: string) => void warnings.push(m), markdownify: (t) => markdown.convert(t), smartify };
}
