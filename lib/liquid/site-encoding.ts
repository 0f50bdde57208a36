// Liquid's output buffer in a site of another `encoding:` (GBK, Shift_JIS...). Ruby Liquid 5.4
// renders into a UTF-8 String (`+''`, BlockBody#render_to_output_buffer) and appends each piece
// with String#<< (rb_enc_cr_str_buf_cat): the buffer takes the encoding of the first piece beyond
// ASCII, and a later piece beyond ASCII of the other encoding raises Encoding::CompatibilityError
// ("incompatible character encodings: GBK and UTF-8", the buffer's first), which Jekyll's
// Renderer#render_liquid reports as a Liquid Exception and the build stops. The template's own
// text is of the site's encoding (File.read with site.file_read_opts); front matter and
// _config.yml values are UTF-8 (Psych transcodes). A JavaScript string carries no encoding, so
// only pieces whose encoding is certain are classed: the template's text, outputs of a front
// matter or config string (`page.title`, `site.title`) through filters that keep it, and any
// other printed text that is one of the build's known texts (KnownTexts: a front matter value
// such as `post.title` in a loop, a document's converted content, a capture's text with its own
// buffer's encoding). Any other piece beyond ASCII (data, tags' own output) leaves the buffer's
// encoding unknown, and nothing is decided after it unless a classed piece came first.
import { LiquidFailure } from './errors.js';
import { TextEmitter } from './sync-templates.js';

type Kind = 'site' | 'utf8';
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Texts beyond ASCII whose encoding one build knows, whatever prints them: front matter and
 * config strings (UTF-8, from Psych), documents' converted content (liquid/site-encoding's class of
 * their render). A text known as both is no longer known. One per build (engine.ts).
 */
export class KnownTexts {
  private readonly kinds = new Map<string, Kind | 'both'>();

  /** Notes that `text` is of `kind` (ASCII text is left out: any buffer takes it). */
  note(text: string, kind: Kind): void {
    if (!NON_ASCII.test(text)) return;
    const was = this.kinds.get(text);
    this.kinds.set(text, was === undefined || was === kind ? kind : 'both');
  }

  /** Notes every string in a front matter or config value (hashes and lists walked) as UTF-8. */
  noteUtf8Values(value: unknown, seen = new Set<object>()): void {
    if (typeof value === 'string') return this.note(value, 'utf8');
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    for (const v of Array.isArray(value) ? value : Object.values(value)) this.noteUtf8Values(v, seen);
  }

  /** The encoding of `text`, when known. */
  kindOf(text: string): Kind | undefined {
    const kind = this.kinds.get(text);
    return kind === 'both' ? undefined : kind;
  }
}
/** A text's encoding as far as known: a class, 'unknown', or undefined for ASCII text (of a UTF-8 buffer). */
export type TextClass = Kind | 'unknown' | undefined;

export class EncodingEmitter extends TextEmitter {
  /** The class of the piece being written (set by the classed outputs; 'content': the layout's `content`). */
  kind: Kind | 'content' | undefined;
  /** The encoding of the buffer's first piece beyond ASCII: a class, 'unknown', or undefined while all is ASCII. */
  private first: TextClass;

  /** `content`: the text a layout gets as `content`, and its class. */
  constructor(
    private readonly siteName: string,
    private readonly content?: { readonly text: string; readonly class: TextClass },
    private readonly known?: KnownTexts,
  ) {
    super();
  }

  /** The rendered text's encoding: its first piece's beyond ASCII (undefined: all ASCII, a UTF-8 String). */
  get textClass(): TextClass {
    return this.first;
  }

  /**
   * A capture's own buffer (Capture#render_to_output_buffer renders its body into a new String):
   * `captured` gives its text, noted with that buffer's encoding wherever it is printed later.
   */
  capture(render: (emitter: EncodingEmitter) => void): string {
    const own = new EncodingEmitter(this.siteName, undefined, this.known);
    render(own);
    const kind = own.textClass;
    if (kind === 'site' || kind === 'utf8') this.known?.note(own.buffer, kind);
    return own.buffer;
  }

  /** A piece of the template's own text (of the site's encoding). */
  writeSite(text: string): void {
    if (NON_ASCII.test(text)) this.meet('site');
    this.buffer += text;
  }

  override write(html: unknown): void {
    let kind = this.kind;
    if (kind === 'content') {
      // `{{ content }}` prints the layout's input, whose encoding the caller knows (unless assigned anew)
      const known = this.content;
      kind = known !== undefined && html === known.text && (known.class === 'site' || known.class === 'utf8') ? known.class : undefined;
    }
    // a text the build knows the encoding of, printed by any output (`{{ post.title }}` in a loop)
    if (kind === undefined && typeof html === 'string' && this.known !== undefined && NON_ASCII.test(html)) kind = this.known.kindOf(html);
    if (kind === undefined || typeof html !== 'string') {
      if (this.first === undefined && (typeof html !== 'string' || NON_ASCII.test(html))) {
        const before = this.buffer.length;
        super.write(html);
        if (NON_ASCII.test(this.buffer.slice(before))) this.first = 'unknown';
        return;
      }
      super.write(html);
      return;
    }
    if (NON_ASCII.test(html)) this.meet(kind);
    this.buffer += html;
  }

  private meet(kind: Kind): void {
    const first = this.first;
    if (first === undefined) this.first = kind;
    else if (first !== 'unknown' && first !== kind) {
      throw new LiquidFailure('plain', `incompatible character encodings: ${this.nameOf(first)} and ${this.nameOf(kind)}`);
    }
  }

  private nameOf(kind: Kind): string {
    return kind === 'site' ? this.siteName : 'UTF-8';
  }
}

/** liquidjs's HTML#render in a site of another encoding: the template's text, classed as the site's. */
export function writeSiteHtml(this: { str: string }, _ctx: unknown, emitter: { write(html: unknown): void }): void {
  if (emitter instanceof EncodingEmitter) emitter.writeSite(this.str);
  else emitter.write(this.str);
}

type Token = { kind?: number; content?: unknown; props?: Token[]; variable?: Token };
type FilterLike = { name?: string; args: Array<Token | [string, Token]> };
type OutputLike = { value: { initial: { postfix: Token[] }; filters: FilterLike[] }; render: (ctx: unknown, emitter: never) => unknown };

// Document values that hold the file's own text (Document#content, #output, the excerpt).
const PAGE_TEXTS = new Set(['content', 'excerpt', 'output']);
// Filters whose result is a String of the receiver's encoding (no argument of the template's text).
const KEEPING = new Set(['escape', 'h', 'xml_escape', 'escape_once', 'strip', 'lstrip', 'rstrip', 'upcase', 'downcase', 'capitalize',
  'strip_html', 'strip_newlines', 'normalize_whitespace', 'slugify', 'smartify']);
const NUMBERED = new Set(['truncate', 'truncatewords']);

// the engine's outputEscape (printedValue: Ruby's to_s, a String as it is), which liquidjs's
// Output appends named `toString.call(outputEscape)`
const TO_S = '[object Function]';

/**
 * What an output prints, where its encoding is known: 'utf8' for a front matter or config value
 * (`page.title`, `site.title | escape`: UTF-8 in Jekyll), 'content' for a layout's `{{ content }}`.
 */
export function outputClass(out: OutputLike): 'utf8' | 'content' | undefined {
  const postfix = out.value?.initial?.postfix;
  if (!Array.isArray(postfix) || postfix.length !== 1) return undefined;
  const token = postfix[0]!;
  if (token.variable !== undefined || !token.props?.every((p) => typeof p.content === 'string')) return undefined;
  const keys = token.props.map((p) => p.content as string);
  if (keys.length === 1 && keys[0] === 'content') return out.value.filters.every((f) => f.name === TO_S) ? 'content' : undefined;
  if (keys.length !== 2) return undefined;
  const [root, key] = keys;
  if (root === 'page' ? PAGE_TEXTS.has(key!) : root !== 'site' || key === 'data') return undefined;
  return keepsEncoding(out.value.filters) ? 'utf8' : undefined;
}

function keepsEncoding(filters: readonly FilterLike[]): boolean {
  return filters.every((f) => {
    if (f.name === TO_S) return true;
    const name = f.name ?? '';
    if (f.args.length === 0) return KEEPING.has(name);
    return NUMBERED.has(name) && f.args.length === 1 && !Array.isArray(f.args[0]) && typeof f.args[0]!.content === 'number';
  });
}

/** Classes what `out` writes (outputClass). */
export function classOutput(out: OutputLike, kind: 'utf8' | 'content'): void {
  const render = out.render;
  out.render = function (this: unknown, ctx: unknown, emitter: never) {
    const e = emitter as unknown;
    if (!(e instanceof EncodingEmitter)) return render.call(this, ctx, emitter);
    e.kind = kind;
    try {
      return render.call(this, ctx, emitter);
    } finally {
      e.kind = undefined;
    }
  };
}
