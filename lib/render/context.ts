// Everything one build renders with, created once: the Liquid engine, the
// Markdown converter, the drops, the parsed layouts. Nothing here is global:
// two builds in one process never share state.
import type { LsiRelated } from './lsi/related.js';
import type { JekyllLiquid, ParsedTemplate } from '../liquid/index.js';
import type { MarkdownConverter } from '../markdown/index.js';
import type { KyllPlugin, PluginContext } from '../plugins/plugin.js';
import type { Drop, Drops } from '../site/drops.js';
import type { Diagnostic, Layout, Site } from '../types.js';
import type { ConverterTable } from './converters.js';
import type { PageTemplates } from './page-templates.js';
import type { RendererTexts } from './renderer-cache.js';
import type { SassFilter } from './sass-filter.js';
import type { RenderProfile } from './profile.js';

export interface ParsedLayout {
  readonly layout: Layout;
  readonly template: ParsedTemplate;
  /** Its Liquid syntax warnings, reported at each render of the layout (as Renderer#render_liquid prints a cached template's warnings each time). */
  readonly warnings: readonly Diagnostic[];
}

export interface RenderContext {
  readonly site: Site;
  readonly liquid: JekyllLiquid;
  readonly markdown: MarkdownConverter;
  /** A site `encoding:` other than UTF-8: kramdown for a text Liquid made UTF-8 (render-document.ts#convertMarkdown). */
  readonly markdownUtf8?: () => MarkdownConverter;
  /**
   * In a site of another `encoding:` whose Liquid buffers are classed (liquid/site-encoding.ts): the outputs
   * whose text beyond ASCII is all UTF-8, by output path, which Jekyll writes in UTF-8 (render-document.ts).
   */
  readonly utf8Outputs?: Map<string, string>;
  readonly converters: ConverterTable;
  readonly drops: Drops;
  /** Converters::Scss#convert with no page associated (scssify, and a collection's .scss/.sass documents). */
  readonly sassify?: SassFilter;
  readonly jekyll: Drop;
  /** Liquid's `theme`: the theme's ThemeDrop, or null without a theme; with jekyll-data, the theme's settings (site/theme-drop.ts). */
  readonly theme: unknown;
  readonly diagnostics: Diagnostic[];
  /** `--verbose`: Jekyll's debug line (`Rendering:`, `Writing:`...) for what happens now (debug-trail.ts). */
  readonly debug?: (topic: string, message: string) => void;
  /** Layouts parsed on first use and kept for the whole build. */
  readonly parsedLayouts: Map<string, ParsedLayout>;
  /**
   * Jekyll renders every document with one shared payload, so `layout` and
   * `content` keep the values the previous document left (renderer.rb). We
   * keep that carry-over to render the same bytes.
   */
  carry: { layout: Drop | null; content: string | undefined };
  /** Plugins that have hooks, in hook order (plugins/hooks.ts#hookOrder). */
  readonly hooked?: readonly KyllPlugin[];
  /** What the hooks get after Jekyll's arguments (the same context as registerLiquid and generate). */
  readonly plugin: PluginContext;
  /** Set when the build is profiled (--profile): each document, layout and include notes its time. */
  readonly profile?: RenderProfile;
  /** The pages that share a `page.path`, by path (page-templates.ts). */
  readonly pageTemplates?: PageTemplates;
  /** LiquidRenderer's cache of texts by path, shared by pages and include_relative (renderer-cache.ts); not in recorded builds. */
  readonly rendererTexts?: RendererTexts;
  /** `lsi: true`: site.related_posts is the LSI's answer for this document (lsi/related.ts). */
  readonly lsi?: LsiRelated;
}
