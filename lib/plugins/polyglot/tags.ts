// jekyll-polyglot's Liquid tags (liquid/tags/i18n_headers.rb, static_href.rb).
import { Tag } from 'liquidjs';
import type { Context, Emitter, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';
import { LiquidFailure } from '../../liquid/errors.js';
import { polyglotSettings } from './settings.js';

const text = (v: unknown): string => (v == null ? '' : String(v));

/** `{% I18n_Headers [url] %}`: Content-Language and an alternate link per language, for the page's permalink. */
class I18nHeadersTag extends Tag {
  private readonly url: string;
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    // @url.strip! then chomp!('/'): one trailing slash.
    this.url = token.args.trim().replace(/\/$/, '');
  }
  render(ctx: Context): string {
    const site = (ctx.getSync(['site']) ?? {}) as Record<string, unknown>;
    const s = polyglotSettings({ default_lang: site.default_lang, languages: site.languages, active_lang: site.active_lang });
    const permalink = text(ctx.getSync(['page', 'permalink']));
    const siteUrl = this.url === '' ? text(site.url) : this.url;
    let out = `<meta http-equiv="Content-Language" content="${s.activeLang}">\n`;
    out += `<link rel="alternate" hreflang="${s.defaultLang}" href="${siteUrl}${permalink}"/>\n`;
    for (const lang of s.languages) {
      if (lang !== s.defaultLang) out += `<link rel="alternate" hreflang="${lang}" href="${siteUrl}/${lang}${permalink}"/>\n`;
    }
    return out;
  }
}

/** `{% static_href %}href="..."{% endstatic_href %}`: written `ferh="..."`, turned back into href= unrelativized after rendering. */
class StaticHrefTag extends Tag {
  private readonly templates: Template[] = [];
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
    super(token, remain, liquid);
    const end = `tag:end${token.name}`;
    const stream = this.liquid.parser
      .parseStream(remain)
      .on(end, () => stream.stop())
      .on('template', (tpl: Template) => this.templates.push(tpl))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
  }
  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const body = (yield this.liquid.renderer.renderTemplates(this.templates, ctx)) as string;
    const attrs = body.trim().split('=');
    const value = attrs[1] ?? '';
    if (!(attrs.length === 2 && attrs[0] === 'href' && value.startsWith('"') && value.endsWith('"'))) {
      throw new LiquidFailure(
        'syntax',
        `static_href parameters must include match href="..." attribute param, eg. href="http://example.com, href="/about", href="/" , instead got:\n${body}`,
      );
    }
    emitter.write(`ferh=${value}`);
  }
}

export function registerPolyglotTags(engine: Liquid): void {
  engine.registerTag('I18n_Headers', I18nHeadersTag);
  engine.registerTag('i18n_headers', I18nHeadersTag);
  engine.registerTag('Static_Href', StaticHrefTag);
  engine.registerTag('static_href', StaticHrefTag);
}
