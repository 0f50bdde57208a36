// Liquid errors in Jekyll's wording: Liquid::Error#to_s (liquid/errors.rb) wrapped by
// Jekyll's renderer ("Liquid Exception: <message> in <path>", jekyll/renderer.rb #render_liquid).
import { LiquidError } from 'liquidjs';
import { codeFrame, exceptionMessage, KyllError } from '../errors/index.js';
import type { ErrorCode } from '../errors/index.js';
import { LIMIT_MESSAGES } from './limits.js';
import { walkParsed } from './walk-parsed.js';

// strict-lookup.ts's mark on an error that names its key as Ruby does
const RUBY_KEY = Symbol.for('kyll.rubyKey');

/**
 * A failure already described in Liquid's terms, raised by our own tags
 * (include, post_url, link...) or by an included file, carried up unchanged.
 */
export class LiquidFailure extends Error {
  constructor(
    /** `plain` errors are not Liquid::Error in Ruby (IOError, ArgumentError): no prefix. */
    readonly kind: 'syntax' | 'error' | 'plain',
    readonly detail: string,
    readonly code: ErrorCode = kind === 'syntax' ? 'LIQUID_SYNTAX' : 'LIQUID_EXCEPTION',
    /** The include the error happened in (Jekyll shows its full path), with its line. */
    readonly templateName?: string,
    readonly line?: number,
    readonly markupContext?: string,
  ) {
    super(detail);
    this.name = 'LiquidFailure';
  }

  /** Liquid::Error#to_s: `Liquid syntax error (line 3): Unknown tag 'foo'`. */
  liquidMessage(line?: number): string {
    if (this.kind === 'plain') return this.detail;
    const kind = this.kind === 'syntax' ? 'Liquid syntax error' : 'Liquid error';
    const l = this.templateName ? this.line : (line ?? this.line);
    const where = l === undefined ? '' : ` (${this.templateName ? `${this.templateName} ` : ''}line ${l})`;
    return `${kind}${where}: ${this.detail}${this.markupContext ? ` ${this.markupContext}` : ''}`;
  }
}

interface TokenLike {
  input: string;
  begin: number;
  file?: string;
  /** The line Ruby Liquid gives the node, where that is not its token's (./ruby-lines.ts). */
  rubyLine?: number;
  /** The tag whose line Ruby Liquid gives a failure in this token (lineOfTag). */
  rubyLineOf?: TokenLike;
}

/**
 * Ruby Liquid numbers a failure by the node that was rendering: an `elsif`'s or a `when`'s
 * condition is evaluated by its `if` or `case` tag, so a failure there is on that tag's line.
 * Marks the tokens under `parts` (those conditions) with the tag's token.
 */
export function lineOfTag(tag: TokenLike, parts: readonly unknown[]): void {
  if (parts.length === 0) return;
  walkParsed(parts, (node) => {
    const token = node as Partial<TokenLike>;
    if (token !== tag && token.input === tag.input && typeof token.begin === 'number') token.rubyLineOf = tag;
  });
}

/**
 * Find the innermost LiquidFailure, or describe a liquidjs error in Ruby Liquid's words; `token`,
 * the innermost token for which `own` holds (a filter's expression, parsed apart, has its own).
 */
export function describe(e: unknown, own: (token: TokenLike) => boolean = () => true): { failure: LiquidFailure; token?: TokenLike } {
  let cur: unknown = e;
  let token: TokenLike | undefined;
  let deepestLiquid: (Error & { token?: TokenLike }) | undefined;
  for (let i = 0; i < 20 && cur; i++) {
    if (cur instanceof LiquidFailure) return { failure: cur, token };
    if (cur instanceof KyllError) return { failure: new LiquidFailure('plain', innerMessage(exceptionMessage(cur)), cur.code), token };
    if (LiquidError.is(cur)) {
      const le = cur as Error & { token?: TokenLike; originalError?: unknown };
      if (le.token && le.token.input !== undefined && own(le.token)) token = le.token;
      deepestLiquid = le;
      cur = le.originalError;
      continue;
    }
    break;
  }
  const base = (cur instanceof Error ? cur : deepestLiquid) ?? new Error(String(e));
  return { failure: translate(base, deepestLiquid), token };
}

/**
 * A Liquid render inside this one failed (an excerpt a template asked for): Ruby raises the same
 * exception through both renderers, and each names its own file with the exception's own message.
 */
function innerMessage(message: string): string {
  const prefix = 'Liquid Exception: ';
  const at = message.lastIndexOf(' in ');
  return message.startsWith(prefix) && at > prefix.length ? message.slice(prefix.length, at) : message;
}

const SUFFIX = /, (?:line:\d+, col:\d+|file:[^,]*, line:\d+, col:\d+)$/;

/** liquidjs messages → Ruby Liquid's (liquid/locales/en.yml). */
function translate(err: Error, liquid?: Error): LiquidFailure {
  const msg = err.message.replace(SUFFIX, '');
  const name = liquid?.name ?? err.name;
  const limit = LIMIT_MESSAGES[msg];
  if (limit) {
    return new LiquidFailure('error', `${msg}: this template does more work than liquid.${limit} allows in _config.yml (kyll's bound on runaway templates; raise it if the template is right)`, 'LIQUID_LIMIT');
  }
  let m: RegExpExecArray | null;
  if ((m = /^tag "([^"]+)" not found$/.exec(msg))) return new LiquidFailure('syntax', `Unknown tag '${m[1]}'`);
  if ((m = /^tag \{%-?[\t\n\v\f\r ]*(\w+)[\s\S]*%\} not closed$/.exec(msg))) return new LiquidFailure('syntax', `'${m[1]}' tag was never closed`);
  if ((m = /^unexpected token|^invalid|^unexpected|not closed|^illegal/.exec(msg))) return new LiquidFailure('syntax', msg);
  if ((m = /^undefined filter: (.+)$/.exec(msg))) return new LiquidFailure('error', `undefined filter ${m[1]}`);
  // (liquidjs names a dotted path; Ruby the key it stopped at)
  if ((m = /^undefined variable: (.*)$/.exec(msg))) {
    const key = (err as unknown as Record<symbol, unknown>)[RUBY_KEY] === true ? m[1]! : m[1]!.split('.').pop()!;
    return new LiquidFailure('error', `undefined variable ${key}`);
  }
  const syntax = name === 'ParseError' || name === 'TokenizationError';
  return new LiquidFailure(syntax ? 'syntax' : 'error', msg);
}

/** 1-based line of a token's start in its template. */
export function tokenLine(token: TokenLike): number {
  let line = 1;
  const end = Math.min(token.begin, token.input.length);
  for (let i = 0; i < end; i++) if (token.input.charCodeAt(i) === 10) line++;
  return line;
}

/**
 * The line Ruby Liquid gives a failure at `token`: the token's, except for a block never
 * closed, found once the tokenizer has reached the end of the template (its last line).
 */
export function failureLine(failure: LiquidFailure, token: TokenLike): number {
  if (!NEVER_CLOSED.test(failure.detail)) {
    const node = token.rubyLineOf ?? token;
    return node.rubyLine ?? tokenLine(node);
  }
  let line = 1;
  for (let i = 0; i < token.input.length; i++) if (token.input.charCodeAt(i) === 10) line++;
  return line;
}

const NEVER_CLOSED = /^'\w+' tag was never closed$/;

/**
 * The error for a failure while a plugin's page made in code (a feed, a sitemap) renders as `file`:
 * a Liquid failure, or the Liquid Exception of a render inside it (an excerpt it read), which Ruby
 * raises on through this page's renderer, named with this page's file.
 */
export function failureInPage(e: unknown, file: string): unknown {
  if (e instanceof LiquidFailure) return toKyllError(e, file, '', 0);
  if (e instanceof KyllError && e.message.startsWith('Liquid Exception')) return toKyllError(describe(e).failure, file, '', 0);
  return e;
}

/**
 * The KyllError for a failure while parsing or rendering `file` (lines shifted by `lineOffset`).
 * `named` is how the message names the file, when not as `file` (Renderer#render_liquid gives
 * a document's and a layout's absolute path, a page's relative one).
 */
export function toKyllError(e: unknown, file: string, text: string, lineOffset: number, parsedText = text, named = file): KyllError {
  if (e instanceof KyllError && e.message.startsWith('Liquid Exception')) return e;
  const { failure, token: ownToken } = describe(e, (token) => token.input === text || token.input === parsedText);
  const bodyLine = ownToken ? tokenLine(ownToken) : failure.templateName ? undefined : failure.line;
  const fileLine = bodyLine === undefined ? undefined : bodyLine + lineOffset;
  // The message counts lines from the body as Ruby Liquid does (the template starts after the front matter); the location and frame use the file's lines.
  const message = `Liquid Exception: ${failure.liquidMessage(ownToken ? failureLine(failure, ownToken) : bodyLine)} in ${named}`;
  const frame = fileLine === undefined ? undefined : codeFrame('\n'.repeat(lineOffset) + text, fileLine, undefined, 2, lineOffset + 1);
  return new KyllError(failure.code, message, { file, line: fileLine, frame }, { cause: e });
}
