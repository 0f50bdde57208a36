// Errors a user can act on: each keeps where it came from (file, line in the
// user's file, not in the stripped body) and uses Jekyll's wording where Jekyll
// has a message, so that searching for it finds answers.
import type { Diagnostic } from '../types.js';
import { sharedInstanceof } from '../entries/shared-class.js';

export type ErrorCode =
  | 'YAML_EXCEPTION'
  | 'LIQUID_EXCEPTION'
  | 'LIQUID_SYNTAX'
  | 'LIQUID_LIMIT'
  | 'INCLUDE_NOT_FOUND'
  | 'LAYOUT_NOT_FOUND'
  | 'INVALID_DATE'
  | 'INVALID_FILENAME'
  | 'INVALID_PERMALINK'
  | 'INVALID_CONFIG'
  | 'CONFIG_NOT_FOUND'
  | 'SOURCE_NOT_FOUND'
  | 'POST_URL_NOT_FOUND'
  | 'LINK_NOT_FOUND'
  | 'URL_CONFLICT'
  | 'SASS_ERROR'
  | 'DATA_ERROR'
  // a file the reader must open is a symbolic link to nothing (source/dangling-links.ts)
  | 'FILE_NOT_FOUND'
  | 'INVALID_ENCODING'
  | 'WRITE_ERROR'
  | 'DESTINATION_CONTAINS_SOURCE'
  // a plugin's own code threw (plugins/plugin-errors.ts)
  | 'PLUGIN_ERROR'
  // the destination is the home folder or holds it (write/destination-guard.ts)
  | 'UNSAFE_DESTINATION'
  | 'MARKDOWN_ERROR'
  // kyll/testing: a URL the rendered fixture does not have, a selector outside the supported subset
  | 'PAGE_NOT_FOUND'
  | 'INVALID_SELECTOR';

export interface ErrorPlace {
  /** Path relative to the site source (or absolute outside it). */
  file?: string;
  /** 1-based line in that file. */
  line?: number;
  column?: number;
  /** A few lines of the file around the line, with a caret. */
  frame?: string;
}

export class KyllError extends Error {
  readonly code: ErrorCode;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly frame?: string;
  readonly hint?: string;
  /** The warnings the build had reported when this error stopped it (the CLI prints them first, as Jekyll has by then). */
  diagnostics?: readonly Diagnostic[];
  /** Set when the build had written its destination before this error stopped it (a post_write hook failed). */
  written?: boolean;

  constructor(code: ErrorCode, message: string, place: ErrorPlace = {}, options: { cause?: unknown; hint?: string } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'KyllError';
    this.code = code;
    this.file = place.file;
    this.line = place.line;
    this.column = place.column;
    this.frame = place.frame;
    this.hint = options.hint;
  }
}

// `instanceof KyllError` holds for a KyllError of either bundle (entries/shared-class.ts).
sharedInstanceof(KyllError, 'KyllError');

// A Ruby exception escaping the build is reported with its class after the message's first line
// ("... (NoMethodError)"), and Ruby 3.1's error_highlight lines after; a Liquid Exception shows the
// exception's message alone (Renderer#render_liquid). The message alone, kept on the error for that.
const EXCEPTION_MESSAGE = Symbol.for('kyll.exceptionMessage');

/** `e`, whose message is Ruby's report of the exception escaping, with `message`: the exception's message alone. */
export function withExceptionMessage(e: KyllError, message: string): KyllError {
  (e as unknown as Record<symbol, string>)[EXCEPTION_MESSAGE] = message;
  return e;
}

/** What a Liquid Exception shows of `e`: the exception's message (its report's, unless set apart). */
export function exceptionMessage(e: KyllError): string {
  return (e as unknown as Record<symbol, string | undefined>)[EXCEPTION_MESSAGE] ?? e.message;
}

/** Keeps the warnings reported before `e` stopped the build on it (a KyllError; the first report wins). */
export function withDiagnostics(e: unknown, diagnostics: readonly Diagnostic[]): unknown {
  if (e instanceof KyllError && e.diagnostics === undefined && diagnostics.length > 0) e.diagnostics = [...diagnostics];
  return e;
}

// A WRITE_ERROR seen while another output was being written (the writer thread's failure of an
// earlier file, write/write-queue.ts): the file being written then is not where it came from.
const ABOUT_ANOTHER_OUTPUT = Symbol.for('kyll.aboutAnotherOutput');

/** Marks `e` (a WRITE_ERROR naming its file) as not about the output being written when it was seen: atSourceFile leaves it unplaced. */
export function aboutAnotherOutput(e: KyllError): KyllError {
  (e as unknown as Record<symbol, boolean>)[ABOUT_ANOTHER_OUTPUT] = true;
  return e;
}

/** A WRITE_ERROR that does not say which source file's output failed, placed at `file` (the failure itself is the same). */
export function atSourceFile(e: unknown, file: string): unknown {
  if (!(e instanceof KyllError) || e.code !== 'WRITE_ERROR' || e.file !== undefined) return e;
  if ((e as unknown as Record<symbol, boolean | undefined>)[ABOUT_ANOTHER_OUTPUT]) return e;
  return new KyllError(e.code, e.message, { file }, { cause: e.cause, hint: e.hint });
}

/** Marks `e` as stopping a build after it wrote its destination (Site#write runs the post_write hooks last). */
export function afterWriting(e: unknown): unknown {
  if (e instanceof KyllError) e.written = true;
  return e;
}

export function isKyllError(e: unknown): e is KyllError {
  return e instanceof KyllError;
}
