// renderFixture: a site given as an object of files, rendered in memory, with
// its outputs looked up by URL: for tests of posts, layouts, plugins.
import type { Data, Diagnostic, Document, OutputFile, RenderResult, Site } from '../types.js';
import { renderSite, type RenderSiteOptions } from '../render/render-site.js';
import { memorySource } from '../source/index.js';
import { KyllError } from '../errors/index.js';
import { parseHtml, textContent, type HtmlElement } from './html.js';
import { selectAll } from './select.js';

/** renderSite's options, but the source is the files and nothing is written. */
export type RenderFixtureOptions = Omit<RenderSiteOptions, 'source' | 'destination' | 'write' | 'threads'>;

export interface FixturePage {
  /** The URL (without baseurl): `/2022/02/11/hello.html`, `/about/`. */
  readonly url: string;
  /** The output path, relative to the destination: `2022/02/11/hello.html`. */
  readonly path: string;
  /** The rendered text (a static file's bytes as UTF-8). */
  readonly html: string;
  /** The front matter after defaults, with what Jekyll derives (title, date, tags...); `{}` for generated files (feed, sitemap) and static files. */
  readonly data: Data;
  /** The post, page or collection document it was rendered from. */
  readonly document?: Document;
  readonly file: OutputFile;
  /** Elements matching a CSS selector (tag, #id, .class, [attr=value], descendant and child combinators, `,`). */
  select(selector: string): HtmlElement[];
  /** The text of the first element matching `selector` (entities decoded), or of the whole page; undefined when nothing matches. */
  text(selector?: string): string | undefined;
}

export interface FixtureSite {
  readonly result: RenderResult;
  readonly site: Site;
  readonly diagnostics: readonly Diagnostic[];
  /** Every output URL, sorted. */
  readonly urls: readonly string[];
  /** The output at `url` (or output path); throws PAGE_NOT_FOUND listing the URLs there are. */
  page(url: string): FixturePage;
  /** Whether there is an output at `url` (or output path). */
  has(url: string): boolean;
  /** The output paths as an indented tree, sorted: stable text for snapshots. */
  tree(): string;
}

/** Render `files` (path → content, as in a site folder) in memory as Jekyll would build them. */
export async function renderFixture(files: Readonly<Record<string, string | Uint8Array>>, options: RenderFixtureOptions = {}): Promise<FixtureSite> {
  const result = await renderSite({ ...options, source: memorySource(files), write: false });
  const outputs = [...result.files].sort((a, b) => compare(a.path, b.path));
  const documents = documentsByOutput(result.site);
  const find = (key: string): OutputFile | undefined => {
    const path = key.replace(/^\/+/, '');
    return outputs.find((f) => f.url === key || f.path === path) ?? outputs.find((f) => f.path === `${path.replace(/\/?$/, '/')}index.html`);
  };
  return {
    result,
    site: result.site,
    diagnostics: result.diagnostics,
    urls: outputs.map((f) => f.url).sort(compare),
    has: (url) => find(url) !== undefined,
    page(url) {
      const file = find(url);
      if (!file) {
        const list = outputs.map((f) => f.url).sort(compare).join(', ');
        throw new KyllError('PAGE_NOT_FOUND', `No output at ${url}; the fixture wrote: ${list || 'nothing'}`, {}, { hint: 'Posts dated after site.time are not written unless `future: true`.' });
      }
      return fixturePage(file, documents.get(file.path));
    },
    tree: () => pathTree(outputs.map((f) => f.path)),
  };
}

function fixturePage(file: OutputFile, document: Document | undefined): FixturePage {
  const html = typeof file.contents === 'string' ? file.contents : Buffer.from(file.contents).toString('utf8');
  let root: HtmlElement | undefined;
  const parsed = (): HtmlElement => (root ??= parseHtml(html));
  return {
    url: file.url,
    path: file.path,
    html,
    data: document?.data ?? {},
    document,
    file,
    select: (selector) => selectAll(parsed(), selector),
    text(selector) {
      if (selector === undefined) return textContent(parsed());
      const [first] = selectAll(parsed(), selector);
      return first === undefined ? undefined : textContent(first);
    },
  };
}

function documentsByOutput(site: Site): Map<string, Document> {
  const map = new Map<string, Document>();
  const docs: Document[] = [...site.pages, ...site.posts, ...Object.values(site.collections).flatMap((c) => c.docs)];
  for (const doc of docs) if (doc.write !== false && !map.has(doc.outputPath)) map.set(doc.outputPath, doc);
  return map;
}

/** Code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `a/b.html`, `a/c/d.html` → "a/\n  b.html\n  c/\n    d.html". */
function pathTree(paths: readonly string[]): string {
  const lines: string[] = [];
  let previous: string[] = [];
  for (const path of paths) {
    const parts = path.split('/');
    let same = 0;
    while (same < parts.length - 1 && same < previous.length - 1 && parts[same] === previous[same]) same++;
    for (let d = same; d < parts.length; d++) lines.push(`${'  '.repeat(d)}${parts[d]}${d < parts.length - 1 ? '/' : ''}`);
    previous = parts;
  }
  return lines.join('\n');
}
