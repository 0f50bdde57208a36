// Jekyll's `include` tag (jekyll/tags/include.rb, IncludeTag / OptimizedIncludeTag):
// `{% include file.html key="v" key2=var %}`, a file name with `{{ }}` in it, the
// `include.*` scope, the include folders of the site then the theme.
import { LiquidError, RenderError, Tag, type Value } from 'liquidjs';
import { expressionValue } from '../expression-value.js';
import type { Context, Emitter, Liquid, TagToken, Template, TopLevelToken } from 'liquidjs';
import type { IncludeDir, JekyllEnv, TagClass } from '../env.js';
import { joinPath } from '../env.js';
import { describe, failureLine, LiquidFailure } from '../errors.js';
import { inspectString } from '../ruby/to-s.js';
import { BACKSLASH_STANDIN } from '../lax/expression.js';
import type { Source } from '../../source/source.js';
import { runSync } from '../sync-templates.js';
import { storedValue } from '../operators.js';
import { FINISHED } from './sync-blocks.js';
import { rubyStrip, tagMarkup } from '../lax/markup-guard.js';

// Ruby's \s is ASCII white space (JS's also takes U+2028, NBSP, BOM...), and its ^ and $ are only
// at a \n (JS's multiline ones also at \r, U+2028 and U+2029): `note\u2028x.html` is no valid name.
const SPACE = String.raw`[\t\n\v\f\r ]`;
export const VALID_SYNTAX = new RegExp(String.raw`([\w-]+)${SPACE}*=${SPACE}*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))`, 'g');
// unanchored, as Ruby's String#match searches: `{{ "a" | f }} x={{ y }}` names `"a" | f }} x={{ y }}`
export const VARIABLE_SYNTAX = new RegExp(String.raw`(?<variable>[^{]*(?:\{\{${SPACE}*[\w\-.]+${SPACE}*(?:\|.*)?\}\}[^\t\n\v\f\r {}]*)+)(?<params>.*)$`, 's');
const FULL_VALID_SYNTAX = new RegExp(String.raw`^${SPACE}*(?:${VALID_SYNTAX.source}(?=${SPACE}|$)${SPACE}*)*$`);
const VALID_FILENAME_LINE = /^[\w/.\-()+~#@]+$/;
const INVALID_SEQUENCES = /[./]{2,}/;

/** IncludeTag#validate_file_name's test: no `..`/`//` and a line of only VALID_FILENAME_CHARS (`^...$` match per \n-line). */
export function validIncludeFileName(file: string): boolean {
  return !INVALID_SEQUENCES.test(file) && file.split('\n').some((line) => VALID_FILENAME_LINE.test(line));
}

type Param = { key: string; literal?: string; value?: Value };

/** An include's file, located, and its evaluated `key=value` parameters. */
export interface ResolvedInclude {
  /** The absolute path Jekyll names the file by (`/site/_includes/a.html`). */
  readonly label: string;
  readonly source: Source;
  readonly path: string;
  /** `include.*`; undefined when the tag has no parameters. */
  readonly params?: Record<string, unknown>;
  /** The include's name in `--profile`'s table. */
  readonly profilePath: string;
}

/** The include tag class, with its two halves open to tags built on it (include_cached). */
export type IncludeTagClass = new (...args: ConstructorParameters<TagClass>) => IncludeTagInstance;

export interface IncludeTagInstance extends Tag {
  resolve(ctx: Context): Generator<unknown, ResolvedInclude, unknown>;
  renderResolved(resolved: ResolvedInclude, ctx: Context, emitter: Emitter): Generator<unknown, void, unknown>;
}

/** Where an include tag looks for its file. */
export type IncludeDirsOf = (ctx: Context) => readonly IncludeDir[];

export function makeIncludeTag(env: JekyllEnv, tagName: string, dirsOf: IncludeDirsOf): IncludeTagClass {
  return class IncludeTag extends Tag {
    private readonly file: string;
    private readonly fileTemplate?: Template[];
    private readonly params?: Param[];
    /** The file and parameters of a literal include, for the build that shares includes. */
    private known?: { shared: unknown; resolved: ResolvedInclude; templates: Template[]; key: string };

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      // The lax reader hides a backslash that ends a quoted piece (`"a=\"`) from liquidjs; Jekyll's
      // VALID_SYNTAX reads `\"` inside a parameter's quotes, so give it back.
      const markup = rubyStrip(tagMarkup(token.args).replaceAll(BACKSLASH_STANDIN, '\\'));
      const matched = VARIABLE_SYNTAX.exec(markup);
      let params: string | undefined;
      if (matched) {
        this.file = rubyStrip(matched.groups!['variable']!);
        params = rubyStrip(matched.groups!['params']!);
        this.fileTemplate = liquid.parse(this.file);
      } else {
        // markup.split(%r!\s+!, 2): Ruby's \s is ASCII white space
        const i = markup.search(/[\t\n\v\f\r ]/);
        this.file = i < 0 ? markup : markup.slice(0, i);
        params = i < 0 ? undefined : markup.slice(i).replace(/^[\t\n\v\f\r ]+/, '');
      }
      if (params !== undefined) {
        if (!FULL_VALID_SYNTAX.test(params)) {
          throw new LiquidFailure('plain', `Invalid syntax for include tag:\n\n${params}\n\nValid syntax:\n\n${syntaxExample(tagName)}\n\n`);
        }
        this.params = [...params.matchAll(VALID_SYNTAX)].map((m) => {
          const [, key, dq, sq, variable] = m;
          if (dq !== undefined) return { key: key!, literal: dq.replace(/\\"/g, '"') };
          if (sq !== undefined) return { key: key!, literal: sq.replace(/\\'/g, "'") };
          // Context#[]: the value as Expression.parse reads it (`1..3` is 1.0, `-x` a variable)
          return { key: key!, value: expressionValue(variable!, liquid) };
        });
      }
    }

    render(ctx: Context, emitter: Emitter): ReturnType<Tag['render']> {
      if (!ctx.sync) return this.renderSteps(ctx, emitter);
      // A synchronous render: the same steps with direct calls (see ./sync-blocks.ts).
      // With a literal file name and literal parameters, where the include folders are the
      // build's (not include_relative's, which depend on the page), the file found and the
      // parameters are the same on every page of a build that shares includes: kept per build.
      const literal = !this.fileTemplate && !this.params?.some((p) => p.value);
      const shared = literal ? env.shared : undefined;
      let known = shared && this.known?.shared === shared ? this.known : undefined;
      if (!known) {
        const file = this.fileTemplate ? this.atTag(() => runSync(this.liquid.renderer.renderTemplates(this.fileTemplate!, ctx)) as string) : this.file;
        const found = this.find(file, ctx);
        let params: Record<string, unknown> | undefined;
        if (this.params) {
          params = {};
          for (const p of this.params) params[p.key] = p.value ? storedValue(this.atTag(() => runSync(p.value!.value(ctx, false)))) : p.literal;
        }
        const resolved = resolvedInclude(found, file, params);
        // the key only where it is used: shared includes have literal (string) parameters; others
        // may pass any value, circular ones included (a page with next/previous)
        const key = shared ? `${resolved.label}\0${JSON.stringify(params ?? null)}` : '';
        known = { shared, resolved, templates: this.templatesOf(resolved), key };
        if (shared && tagName === 'include') this.known = known;
      }
      const { resolved, templates } = known;
      // `output`: what the same include wrote on an earlier page, when it reads nothing of the page (../shared-includes.ts)
      const run = (output?: string): void => {
        const rendered = this.enter(resolved, ctx, emitter);
        let ok = false;
        try {
          if (output === undefined) runSync(this.liquid.renderer.renderTemplates(templates, ctx, emitter));
          else emitter.write(output);
          ok = true;
        } catch (e) {
          throw included(e, resolved.label);
        } finally {
          rendered(ok);
          ctx.pop();
        }
      };
      // shared only with a file name and parameters that are literals: then they are the key
      if (shared) shared.render(known.key, templates, resolved.params !== undefined, ctx, emitter, run);
      else run();
      return FINISHED;
    }

    private *renderSteps(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const resolved = (yield* this.resolve(ctx)) as ResolvedInclude;
      yield* this.renderResolved(resolved, ctx, emitter);
    }

    /**
     * The file name's and the parameters' values are parsed apart from the page (their tokens
     * are not the page's): a failure there is reported at the tag, whose line Ruby Liquid gives.
     */
    private atTag<T>(evaluate: () => T): T {
      try {
        return evaluate();
      } catch (e) {
        throw this.tagged(e);
      }
    }

    private tagged(e: unknown): unknown {
      return LiquidError.is(e) ? new RenderError(e as Error, this as never) : e;
    }

    /** The include's file in the include folders, or Jekyll's error (looked up at each render: a kept template outlives a build in `serve`). */
    private find(file: string, ctx: Context): Found {
      const dirs = dirsOf(ctx);
      validateFileName(file, tagName);
      const found = locate(dirs, file);
      if (!found) {
        const list = `[${dirs.map((d) => inspectString(d.label)).join(', ')}]`;
        // include.rb#could_not_locate_message: the advice differs in safe mode.
        const advice =
          env.opts.config.safe === true
            ? ' is not a symlink as those are not allowed in safe mode.'
            : ', if it is a symlink, does not point outside your site source.';
        throw new LiquidFailure(
          'plain',
          `Could not locate the included file '${file}' in any of ${list}. Ensure it exists in one of those directories and${advice}`,
          'INCLUDE_NOT_FOUND',
        );
      }
      return found;
    }

    /**
     * The include's scope pushed (popped by the caller) and, with --profile, its clock started: the
     * function returned is called once the include is done (`ok`: rendered without an error, noted).
     */
    private enter(resolved: ResolvedInclude, ctx: Context, emitter: Emitter): (ok: boolean) => void {
      ctx.push(resolved.params ? { include: resolved.params } : {});
      const profile = env.opts.profile;
      if (!profile) return () => undefined;
      const t = performance.now();
      const restore = ownOutput(emitter);
      return (ok) => {
        const own = restore();
        if (ok) profile.record(resolved.profilePath, own, performance.now() - t);
      };
    }

    private templatesOf(resolved: ResolvedInclude): Template[] {
      try {
        return env.parseFile(resolved.source, resolved.path, resolved.label, tagName === 'include_relative' ? resolved.path : undefined);
      } catch (e) {
        const failure = included(e, resolved.label);
        // a parse failure with no line (Block#parse_body's "Nesting too deep") gets this tag's,
        // as the including template's BlockBody#render_node gives it (Context#handle_error)
        if (failure.line !== undefined || failure.kind === 'plain') throw failure;
        throw new LiquidFailure(failure.kind, failure.detail, failure.code, failure.templateName, failureLine(failure, this.token as never), failure.markupContext);
      }
    }

    /** The file found and the `include.*` values, before rendering (IncludeTag#render's first half). */
    *resolve(ctx: Context): Generator<unknown, ResolvedInclude, unknown> {
      let file = this.file;
      let params: Record<string, unknown> | undefined;
      try {
        if (this.fileTemplate) file = (yield this.liquid.renderer.renderTemplates(this.fileTemplate, ctx)) as string;
      } catch (e) {
        throw this.tagged(e);
      }
      const found = this.find(file, ctx);
      try {
        if (this.params) {
          params = {};
          for (const p of this.params) params[p.key] = p.value ? storedValue(yield p.value.value(ctx, false)) : p.literal;
        }
      } catch (e) {
        throw this.tagged(e);
      }
      return resolvedInclude(found, file, params);
    }

    *renderResolved(resolved: ResolvedInclude, ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const { label } = resolved;
      const templates = this.templatesOf(resolved);
      const rendered = this.enter(resolved, ctx, emitter);
      let ok = false;
      try {
        yield this.liquid.renderer.renderTemplates(templates, ctx, emitter);
        ok = true;
      } catch (e) {
        throw included(e, label);
      } finally {
        rendered(ok);
        ctx.pop();
      }
    }
  };
}

function syntaxExample(tagName: string): string {
  return `{% ${tagName} file.ext param='value' param2='value' %}`;
}

function validateFileName(file: string, tagName: string): void {
  if (!validIncludeFileName(file)) {
    throw new LiquidFailure(
      'plain',
      `Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  ${file}\n\nValid syntax:\n\n  ${syntaxExample(tagName)}\n\n`,
    );
  }
}

type Found = { dir: IncludeDir; path: string };

function resolvedInclude(found: Found, file: string, params: Record<string, unknown> | undefined): ResolvedInclude {
  const label = joinPath(found.dir.label, file);
  return { label, source: found.dir.source, path: found.path, params, profilePath: joinPath(found.dir.dir, file) };
}

function locate(dirs: readonly IncludeDir[], file: string): Found | undefined {
  for (const dir of dirs) {
    // File.join(dir, file): a file named from the root (`/part.md`) is still under the folder
    const path = joinPath(dir.dir, file).replace(/^\/+/, '');
    if (dir.source.exists(path)) return { dir, path };
  }
  return undefined;
}

/**
 * An error inside an included file names that file (IncludeTag#render sets template_name,
 * "included"); each include around it sets template_name again, so the outermost one is
 * named, with the line where the error is in the innermost.
 */
function included(e: unknown, label: string): LiquidFailure {
  const { failure, token } = describe(e);
  if (failure.kind === 'plain') return failure;
  if (failure.templateName) return new LiquidFailure(failure.kind, failure.detail, failure.code, label, failure.line, failure.markupContext);
  // A token without a file is an expression's in this include's own text (a strict variable's lookup).
  const line = token && (token.file === label || token.file === undefined) ? failureLine(failure, token) : failure.line;
  return new LiquidFailure(failure.kind, failure.detail, failure.code, label, line, failure.markupContext ?? 'included');
}

/**
 * For --profile, the bytes an include writes (Jekyll's LiquidRenderer::File#measure_bytes, its own
 * output's bytesize): a buffering emitter (liquidjs's SimpleEmitter keeps a string) starts empty for
 * the include, and the function returned puts back what was before it, followed by the include's
 * output, and returns that output's UTF-8 length. Measuring the whole page before and after each
 * include took ~3 s of a 1.9 s minimal-mistakes build (1,024 includes on its tag pages).
 */
function ownOutput(emitter: Emitter): () => number {
  const e = emitter as { buffer?: unknown };
  const before = e.buffer;
  if (typeof before !== 'string') return () => 0;
  e.buffer = '';
  return () => {
    const own = e.buffer;
    e.buffer = before + (typeof own === 'string' ? own : '');
    return typeof own === 'string' ? Buffer.byteLength(own, 'utf8') : 0;
  };
}
