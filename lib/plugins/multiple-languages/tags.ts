// jekyll-multiple-languages-plugin 1.7.0's Liquid tags: `t`/`translate` (LocalizeTag),
// `tf`/`translate_file` (LocalizeInclude) and `tl`/`translate_link` (LocalizeLink).
import { Tag, Value } from 'liquidjs';
import type { Context, Emitter, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';
import { LiquidFailure } from '../../liquid/errors.js';
import { validIncludeFileName, VALID_SYNTAX, VARIABLE_SYNTAX } from '../../liquid/tags/include.js';
import { rubyToS } from '../../liquid/ruby/to-s.js';
import { storedValue } from '../../liquid/operators.js';
import type { Data, Document, Page } from '../../types.js';
import type { PluginContext } from '../plugin.js';
import { markdownExtensions } from '../shared/documents.js';
import { isHash } from '../shared/values.js';
import { multipleLanguagesSettings } from './settings.js';

// Liquid::Expression::LITERALS and the shapes Expression.parse reads before a variable lookup.
const LITERALS: Record<string, string> = { '': '', nil: '', null: '', true: 'true', false: 'false', blank: '', empty: '' };

// Liquid::VariableLookup: a name, then `.key` or `[expression]` lookups.
const LOOKUP = /^[\w-]+\??(?:\.[\w-]+\??|\[[^\]]+\])*$/;
const LOOKUP_PART = /\[([^\]]+)\]|[\w-]+\??/g;

/** Liquid::Expression.parse then evaluate: literals, then a variable lookup (nil where it names nothing). */
function evaluate(markup: string, ctx: Context): unknown {
  if (Object.prototype.hasOwnProperty.call(LITERALS, markup)) return LITERALS[markup] === '' ? null : LITERALS[markup] === 'true';
  const quoted = /^'(.*)'$/s.exec(markup) ?? /^"(.*)"$/s.exec(markup);
  if (quoted) return quoted[1]!;
  if (/^-?\d+$/.test(markup)) return Number(markup);
  if (!LOOKUP.test(markup)) return null;
  const path: unknown[] = [];
  for (const m of markup.matchAll(LOOKUP_PART)) {
    if (m[1] === undefined) path.push(m[0]);
    else {
      const key = evaluate(m[1].trim(), ctx);
      if (key === null || key === undefined) return null;
      path.push(key);
    }
  }
  try {
    return ctx.getSync(path as string[]);
  } catch {
    return null;
  }
}

/**
 * `"#{context[markup]}"`: the markup read as a Liquid expression (a quoted string, a number, a
 * variable such as `page.key` or `include.link[0]`), printed with to_s; '' when it names nothing.
 */
function contextText(markup: string, ctx: Context): string {
  return rubyToS(evaluate(markup, ctx));
}

/**
 * Hash#access as the plugin defines it: the key split on dots, an integer part indexes, any
 * other names a key; the walk stops at nil or false.
 */
function access(root: unknown, key: string): unknown {
  let ret = root;
  const parts = key.split('.');
  while (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  for (const p of parts) {
    if (/^(?:0|-?[1-9]\d*)$/.test(p)) {
      const i = Number(p);
      if (Array.isArray(ret)) ret = ret.at(i);
      else if (typeof ret === 'string') ret = i < ret.length && i >= -ret.length ? [...ret].at(i) : undefined;
      else if (isHash(ret)) ret = (ret as Data)[p];
      else ret = undefined;
    } else if (isHash(ret)) ret = (ret as Data)[p];
    else if (typeof ret === 'string') ret = ret.includes(p) ? p : undefined;
    else if (Array.isArray(ret)) throw new LiquidFailure('plain', 'no implicit conversion of String into Integer');
    else ret = undefined;
    if (ret === undefined || ret === null || ret === false) break;
  }
  return ret;
}

/** Liquid 5's Tag#render_to_output_buffer, `output << render(context)`: a String, or an Integer as the character of that code. */
function appended(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 0x10ffff) return String.fromCodePoint(v);
  const kind = v == null ? 'nil' : Array.isArray(v) ? 'Array' : isHash(v) ? 'Hash' : typeof v === 'boolean' ? String(v) : typeof v === 'number' ? 'Float' : 'Object';
  throw new LiquidFailure('plain', `no implicit conversion of ${kind} into String`);
}

/** Ruby's NoMethodError message for a number, true or false. */
function noMethod(method: string, v: number | boolean): LiquidFailure {
  const receiver = typeof v === 'boolean' ? `${v}:${v ? 'TrueClass' : 'FalseClass'}` : `${rubyToS(v)}:${Number.isInteger(v) ? 'Integer' : 'Float'}`;
  return new LiquidFailure('plain', `undefined method \`${method}' for ${receiver}`);
}

/** The tags' shared first steps: the markup, or the value it names, rendered as Liquid. */
abstract class TranslationTag extends Tag {
  protected readonly markup: string;
  private readonly parsed = new Map<string, Template[]>();
  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, protected readonly plugin: PluginContext) {
    super(token, remain, liquid);
    this.markup = token.args.trim();
  }
  /** `key = Liquid::Template.parse(key).render(context)` after the context lookup. */
  protected *key(markup: string, ctx: Context): Generator<unknown, string, unknown> {
    const named = contextText(markup, ctx);
    const key = named !== '' ? named : markup;
    let templates = this.parsed.get(key);
    if (!templates) this.parsed.set(key, (templates = this.liquid.parse(key)));
    return (yield this.liquid.renderer.renderTemplates(templates, ctx)) as string;
  }
  protected get config(): Data {
    return this.plugin.site.config as Data;
  }
}

/** `{% t key %}`: the key in the language's translations, else in the default language's. */
function localizeTag(plugin: PluginContext) {
  return class LocalizeTag extends TranslationTag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid, plugin);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const key = yield* this.key(this.markup, ctx);
      const s = multipleLanguagesSettings(this.config);
      const translations = (this.config.translations ?? {}) as Data;
      let translation = access(translations[s.lang], key);
      // `translation.nil? or translation.empty?`: a number, true or false has no empty? (NoMethodError).
      if (typeof translation === 'number' || typeof translation === 'boolean') throw noMethod('empty?', translation);
      if (translation == null || translation === '' || (Array.isArray(translation) && translation.length === 0) || (isHash(translation) && Object.keys(translation).length === 0)) {
        translation = access(translations[s.defaultLang], key);
      }
      emitter.write(appended(translation));
    }
  };
}

// IncludeTag#initialize and #parse_params: the file (with `{{ }}` in it), then key=value parameters (the patterns of ../../liquid/tags/include.ts).
type Param = { key: string; literal?: string; value?: Value };

/**
 * `{% tf file.md %}`: the file of `_i18n/LANG/` (of the default language's folder when the
 * language has none or lacks the file) rendered with the page's variables (and `include.*`),
 * then converted by the converter of its extension (Markdown; others as they are).
 */
function localizeInclude(plugin: PluginContext) {
  return class LocalizeInclude extends TranslationTag {
    private readonly file: string;
    private readonly params?: Param[];
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid, plugin);
      const matched = VARIABLE_SYNTAX.exec(this.markup);
      let params: string | undefined;
      if (matched) {
        this.file = matched.groups!['variable']!.trim();
        params = matched.groups!['params']!.trim();
      } else {
        const i = this.markup.search(/\s/);
        this.file = i < 0 ? this.markup : this.markup.slice(0, i);
        params = i < 0 ? undefined : this.markup.slice(i).trim();
      }
      if (params) {
        this.params = [...params.matchAll(VALID_SYNTAX)].map((m) => {
          const [, key, dq, sq, variable] = m;
          if (dq !== undefined) return { key: key!, literal: dq.replace(/\\"/g, '"') };
          if (sq !== undefined) return { key: key!, literal: sq.replace(/\\'/g, "'") };
          return { key: key!, value: new Value(variable!, liquid) };
        });
      }
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const file = yield* this.key(this.file, ctx);
      if (!validIncludeFileName(file)) {
        throw new LiquidFailure(
          'plain',
          `Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  ${file}\n\nValid syntax:\n\n  {% ${this.name} file.ext param='value' param2='value' %}\n\n`,
        );
      }
      const s = multipleLanguagesSettings(this.config);
      const source = this.plugin.source;
      const listed = (dir: string): Set<string> | undefined => {
        if (!source) return undefined;
        const files = source.list().filter((p) => p.startsWith(`${dir}/`)).map((p) => p.slice(dir.length + 1));
        return files.length === 0 ? undefined : new Set(files.filter((f) => !f.split('/').some((part) => part.startsWith('.'))));
      };
      let dir = `_i18n/${s.lang}`;
      let files = listed(dir);
      if (!files?.has(file)) files = listed((dir = `_i18n/${s.defaultLang}`));
      if (!source || !files?.has(file)) {
        const root = source?.absolute?.('') ?? '';
        throw new LiquidFailure('plain', `Included file '${file}' not found in ${root ? `${root.replace(/\/$/, '')}/` : ''}${dir} directory`);
      }
      let params: Data | undefined;
      if (this.params) {
        params = {};
        for (const p of this.params) params[p.key] = p.value ? storedValue(yield p.value.value(ctx, false)) : p.literal;
      }
      const templates = this.liquid.parse(source.readText(`${dir}/${file}`));
      ctx.push(params ? { include: params } : {});
      let contents: string;
      try {
        contents = (yield this.liquid.renderer.renderTemplates(templates, ctx)) as string;
      } finally {
        ctx.pop();
      }
      const dot = file.lastIndexOf('.');
      // File.extname: from the last dot of the base name (none for a dotfile name).
      const ext = dot > file.lastIndexOf('/') + 1 ? file.slice(dot).toLowerCase() : '';
      const markdown = markdownExtensions(this.plugin.site.config).includes(ext);
      emitter.write(markdown ? this.plugin.markdownify(contents) : contents);
    }
  };
}

/**
 * `{% tl namespace [lang] %}`: the permalink (its `permalink_LANG` first) of the last page or
 * collection document whose `namespace` is the one named, under the site's baseurl and, for
 * another language than the default one, `/LANG`.
 */
function localizeLink(plugin: PluginContext) {
  return class LocalizeLink extends TranslationTag {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid, plugin);
    }
    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const words = (yield* this.key(this.token.args, ctx)).split(/[ \t\n\v\f\r]+/).filter((w) => w !== '');
      const s = multipleLanguagesSettings(this.config);
      const namespace = words[0];
      const lang = words[1] ?? s.lang;
      let baseurl = String(this.config.baseurl_root ?? '');
      if (s.defaultLang !== lang || s.defaultLocaleInSubfolder) baseurl = `${baseurl}/${lang}`;
      const site = this.plugin.site;
      const docs: Array<Page | Document> = [...site.pages, ...Object.values(site.collections).flatMap((c) => c.docs)];
      let url = '';
      for (const p of docs) {
        const own = p.data.namespace;
        if (own == null || own !== namespace) continue;
        const forLang = p.data[`permalink_${lang}`];
        const permalink = forLang === undefined || forLang === null || forLang === false ? p.data.permalink : forLang;
        if (typeof permalink !== 'string') throw new LiquidFailure('plain', `no implicit conversion of ${permalink == null ? 'nil' : Array.isArray(permalink) ? 'Array' : typeof permalink === 'number' ? (Number.isInteger(permalink) ? 'Integer' : 'Float') : typeof permalink === 'boolean' ? String(permalink) : 'Hash'} into String`);
        url = baseurl + permalink;
      }
      emitter.write(url);
    }
  };
}

export function registerTranslationTags(engine: Liquid, plugin: PluginContext): void {
  const t = localizeTag(plugin);
  const tf = localizeInclude(plugin);
  const tl = localizeLink(plugin);
  engine.registerTag('t', t);
  engine.registerTag('translate', t);
  engine.registerTag('tf', tf);
  engine.registerTag('translate_file', tf);
  engine.registerTag('tl', tl);
  engine.registerTag('translate_link', tl);
}
