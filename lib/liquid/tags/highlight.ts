// Jekyll's `highlight` block (jekyll/tags/highlight.rb, render_rouge + add_code_tag):
// `<figure class="highlight"><pre><code class="language-x" data-lang="x">…</code></pre></figure>`,
// with `linenos` Rouge's HTMLTable; tokens coloured by lib/highlight as Rouge does.
import { Tag } from 'liquidjs';
import type { Context, Emitter, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';
import { LiquidFailure } from '../errors.js';
import { highlightCode, rougeTable } from '../../highlight/index.js';
import { HIGHLIGHT_NEWLINE, isCommonMarkGhPages } from '../../markdown/ghpages-highlight-newline.js';
import { rubyStrip, tagMarkup } from '../lax/markup-guard.js';

const SYNTAX = /^([a-zA-Z0-9.+#_-]+)((\s+\w+(=(\w+|"([0-9]+\s)*[0-9]+"))?)*)$/;
const OPTION = /(?:\w="[^"]*"|\w=\w|\w)+/g;
const EDGE_NEWLINES = /^[\n\r]+|[\n\r]+$/g;

/** Rouge's HTML escaping: only `&`, `<` and `>`. */
export function rougeEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export class HighlightTag extends Tag {
  readonly templates: Template[] = [];
  private readonly lang: string;
  private readonly options: Record<string, string | string[] | true> = {};

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const markup = tagMarkup(token.args);
    const m = SYNTAX.exec(rubyStrip(markup));
    if (!m) {
      // HighlightBlock#initialize raises Ruby's ::SyntaxError, no Liquid::Error: no "Liquid syntax error (line N)"
      throw new LiquidFailure(
        'plain',
        `Syntax Error in tag 'highlight' while parsing the following markup:\n\n${markup}\n\nValid syntax: highlight <lang> [linenos]\n`,
        'LIQUID_SYNTAX',
      );
    }
    this.lang = m[1]!.toLowerCase();
    for (const opt of (m[2] ?? '').match(OPTION) ?? []) {
      const [key, value] = opt.split('=') as [string, string | undefined];
      this.options[key] = value === undefined ? true : value.includes('"') ? value.replace(/"/g, '').split(/\s+/) : value;
    }
    if (this.options['linenos'] === true) this.options['linenos'] = 'inline';
    const stream = this.liquid.parser
      .parseStream(remain)
      .on('tag:endhighlight', () => stream.stop())
      .on('template', (tpl: Template) => this.templates.push(tpl))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const body = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    const code = body.replace(EDGE_NEWLINES, '');
    const prefix = ctx.getSync(['highlighter_prefix']) ?? '';
    const suffix = ctx.getSync(['highlighter_suffix']) ?? '';
    // highlight.rb#render_rouge: Rouge's lexer for the language, else plain text.
    let formatted = highlightCode(code, this.lang) ?? rougeEscape(code);
    if (this.options['linenos']) formatted = rougeTable(formatted, code, { gutterClass: 'gutter', codeClass: 'code' }); // render_rouge's HTMLTable
    // jekyll-commonmark-ghpages' render_rouge: with CommonMarkGhPages as the site's Markdown processor, the
    // newlines become `<br data-jekyll-commonmark-ghpages>` (its converter turns them back, in Markdown only).
    if (isCommonMarkGhPages(ctx.getSync(['site', 'markdown']))) formatted = formatted.replace(/\r?\n/g, HIGHLIGHT_NEWLINE);
    // render_codehighlighter: a site highlighter other than rouge/pygments gets the code escaped (ERB h) and stripped;
    // render_pygments warns (on each render, as Jekyll logs it) and calls render_rouge.
    const highlighter = String(ctx.getSync(['site', 'highlighter']) ?? 'rouge');
    if (highlighter === 'pygments') this.warn?.(PYGMENTS_WARNING, '');
    if (highlighter === 'rouge' || highlighter === 'pygments') this.renderedRouge();
    else formatted = code.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    // ERB's h(code).strip: String#strip (ASCII white space and NUL)
    if (highlighter !== 'rouge' && highlighter !== 'pygments') formatted = rubyStrip(formatted);
    const attrs = `class="language-${this.lang.replace(/\+/g, '-')}" data-lang="${this.lang}"`;
    // add_code_tag: String#chomp removes one trailing \n, \r\n or \r.
    emitter.write(`${prefix}<figure class="highlight"><pre><code ${attrs}>${formatted.replace(/(?:\r?\n|\r)$/, '')}</code></pre></figure>${suffix}`);
  }

  /** A hook for what render_rouge does besides highlighting (makeHighlightTag). */
  protected renderedRouge(): void {}

  /** Where a build's warnings go (makeHighlightTag). */
  protected warn?: (message: string, file: string) => void;
}

// highlight.rb#render_pygments: Jekyll's two log lines, as one warning.
const PYGMENTS_WARNING = 'Warning: Highlight Tag no longer supports rendering with Pygments. Using the default highlighter, Rouge, instead.';

/** The highlight tag of a build: HighlightTag, telling `onRouge` of each render_rouge where a plugin hooks it (jekyll-commonmark-ghpages), warning through `warn`. */
export function makeHighlightTag(onRouge: (() => void) | undefined, warn?: (message: string, file: string) => void): typeof HighlightTag {
  if (!onRouge && !warn) return HighlightTag;
  return class extends HighlightTag {
    protected override warn = warn;
    protected override renderedRouge(): void {
      onRouge?.();
    }
  };
}
