// Liquid's `if`, `unless`, `case`, `assign` and `capture` rendered with direct calls in a
// synchronous render. liquidjs writes each tag's render as a generator (IfTag#render...
// of liquidjs 10), driven a step at a time by toValueSync: on a blog's layouts (an `if`
// per pager link, an `assign` and an `if` per menu entry) making and driving those
// generators cost more than the tags' own work. The direct renders below do what the
// generators do, in the same order, with the same values; an asynchronous render keeps
// liquidjs's generator.
import { AssignTag, CaptureTag, IfTag, Tag, Tokenizer, UnlessTag, Value, evalToken, isTruthy, toValue } from 'liquidjs';
import type { Context, Emitter, Expression, Liquid, Parser, Template, TagToken, TopLevelToken } from 'liquidjs';
import { shortCircuit } from '../condition.js';
import { isEmptyOrBlankLiteral, storedValue } from '../operators.js';
import { runSync } from '../sync-templates.js';
import { LiquidFailure, lineOfTag } from '../errors.js';
import { incompatibleEncodings } from '../../values/binary-text.js';
import { utf8Text } from '../filters/us-ascii.js';
import { EncodingEmitter } from '../site-encoding.js';

/**
 * What a render that finished synchronously returns: nothing. liquidjs types a tag's render
 * as a generator, but its render loop takes any value (Render#renderTemplates yields it, and
 * toValueSync hands a non-iterator straight back; ../sync-templates.ts does the same).
 */
export const FINISHED = undefined as never;

type Branch = { value: Value; templates: Template[]; test?: (v: unknown, ctx: Context) => boolean };
// Case#record_when_condition compares with Condition's `==` (liquidjs's CaseTag calls its own equality)
const equals = (ctx: Context, l: unknown, r: unknown): unknown => (ctx.opts.operators as unknown as Record<string, (l: unknown, r: unknown, ctx: Context) => unknown>)['=='](l, r, ctx);

type Renderer = { renderTemplates(templates: Template[], ctx: Context, emitter?: Emitter): unknown };

/** Value#value as the tag's `yield toValue(yield value.value(...))` reads it. */
function conditionOf(value: Value, ctx: Context): unknown {
  return runSync(toValue(runSync(value.value(ctx, ctx.opts.lenientIf))));
}

/** IfTag#render / UnlessTag#render: the first branch whose test passes, else the else branch. */
function renderBranches(branches: readonly Branch[], elseTemplates: Template[] | undefined, r: Renderer, ctx: Context, emitter: Emitter): void {
  for (const { value, templates, test } of branches) {
    const v = conditionOf(value, ctx);
    if (test ? test(v, ctx) : isTruthy(v, ctx)) {
      runSync(r.renderTemplates(templates, ctx, emitter));
      return;
    }
  }
  runSync(r.renderTemplates(elseTemplates ?? [], ctx, emitter));
}

/** Each branch's condition evaluated with Ruby's short-circuit (../condition.ts). */
function lazyBranches(branches: readonly Branch[]): void {
  for (const b of branches) {
    const value = b.value as unknown as { initial: Expression };
    value.initial = shortCircuit(value.initial);
  }
}

export class SyncIfTag extends IfTag {
  constructor(...args: ConstructorParameters<typeof IfTag>) {
    super(...args);
    const branches = (this as unknown as { branches: Branch[] }).branches;
    lazyBranches(branches);
    lineOfTag(this.token, branches.slice(1).map((b) => b.value));
  }

  override render(ctx: Context, emitter: Emitter): ReturnType<IfTag['render']> {
    if (!ctx.sync) return super.render(ctx, emitter);
    const self = this as unknown as { branches: Branch[]; elseTemplates?: Template[] };
    renderBranches(self.branches, self.elseTemplates, this.liquid.renderer as unknown as Renderer, ctx, emitter);
    return FINISHED;
  }
}

export class SyncUnlessTag extends UnlessTag {
  constructor(...args: ConstructorParameters<typeof UnlessTag>) {
    super(...args);
    const branches = (this as unknown as { branches: Branch[] }).branches;
    lazyBranches(branches);
    lineOfTag(this.token, branches.slice(1).map((b) => b.value));
  }

  override render(ctx: Context, emitter: Emitter): ReturnType<UnlessTag['render']> {
    if (!ctx.sync) return super.render(ctx, emitter);
    const self = this as unknown as { branches: Branch[]; elseTemplates: Template[] };
    renderBranches(self.branches, self.elseTemplates, this.liquid.renderer as unknown as Renderer, ctx, emitter);
    return FINISHED;
  }
}

// Liquid's Assign::Syntax and Capture::Syntax take a name of VariableSignature characters
// (/\(?[\w\-\.\[\]]\)?/): `site.tags` or `list[0]` is stored under that literal name, which no
// lookup reaches (`{{ site.tags }}` reads `site`, then `tags`). liquidjs reads `site` and stops.
// Both are matched unanchored (`markup =~ Syntax`): Assign's name is the first run of those
// characters followed by `=` (`{% assign /x = 1 %}` sets `x`; liquid 5.4 tags/assign.rb).
const ASSIGN_SYNTAX = /((?:\(?[\w\-.[\]]\)?)+)\s*=/;
const PLAIN = /^\s*[\w-]+\s*=/;

/** The Ruby name and the place of its `=` in `input`, where liquidjs would read another name. */
function rubyAssignName(input: string, from: number): { name: string; eq: number } | undefined {
  const m = ASSIGN_SYNTAX.exec(input.slice(from));
  if (!m || (PLAIN.test(input.slice(from)) && !/[.[\]()]/.test(m[1]!))) return undefined;
  return { name: m[1]!, eq: from + m.index + m[0].length - 1 };
}

export class SyncAssignTag extends AssignTag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid) {
    const tokenizer = token.tokenizer as unknown as { input: string; p: number; N: number };
    const ruby = rubyAssignName(tokenizer.input.slice(0, tokenizer.N), tokenizer.p);
    // liquidjs reads the value after `=`: hand it a plain name in front of it.
    if (ruby) (token as { tokenizer: unknown }).tokenizer = new Tokenizer(`_${tokenizer.input.slice(ruby.eq, tokenizer.N)}`, liquid.options.operators, token.file);
    super(token, remainTokens, liquid);
    if (ruby) (this as unknown as { key: string }).key = ruby.name;
  }

  override render(ctx: Context): ReturnType<AssignTag['render']> {
    if (!ctx.sync) return this.renderAsync(ctx);
    const self = this as unknown as { key: string; value: Value };
    ctx.bottom()[self.key] = storedValue(runSync(self.value.value(ctx, this.liquid.options.lenientIf)));
    return FINISHED;
  }

  private *renderAsync(ctx: Context): Generator<unknown, void, unknown> {
    const self = this as unknown as { key: string; value: Value };
    ctx.bottom()[self.key] = storedValue(yield self.value.value(ctx, this.liquid.options.lenientIf));
  }
}

// Capture::Syntax is matched unanchored (`markup =~ Syntax`): the name is the first run of
// VariableSignature characters anywhere in the markup, so `{% capture /dev/null %}` captures
// into `dev` and `{% capture "x y" %}` into `x` (liquid 5.4 tags/capture.rb).
const CAPTURE_SYNTAX = /(?:\(?[\w\-.[\]]\)?)+/;

export class SyncCaptureTag extends CaptureTag {
  constructor(token: TagToken, remainTokens: TopLevelToken[], liquid: Liquid, parser: Parser) {
    const name = CAPTURE_SYNTAX.exec(token.args)?.[0];
    // liquidjs reads a name or a quoted string: hand it a plain one, the Ruby name is set below.
    if (name !== undefined) (token as { tokenizer: unknown }).tokenizer = new Tokenizer('_', liquid.options.operators, token.file);
    super(token, remainTokens, liquid, parser);
    if (name !== undefined) (this as unknown as { variable: string }).variable = name;
  }

  override render(ctx: Context, emitter?: Emitter): ReturnType<CaptureTag['render']> {
    if (!ctx.sync) return super.render(ctx);
    const self = this as unknown as { variable: string; templates: Template[] };
    // (in a site of another encoding: the capture's buffer takes an encoding of its own, site-encoding.ts)
    const html =
      emitter instanceof EncodingEmitter
        ? emitter.capture((own) => runSync(this.liquid.renderer.renderTemplates(self.templates, ctx, own)))
        : runSync(this.liquid.renderer.renderTemplates(self.templates, ctx));
    // the capture's own buffer joins the pieces: a binary String next to UTF-8 text fails there
    const clash = typeof html === 'string' ? incompatibleEncodings(html) : undefined;
    if (clash !== undefined) throw new LiquidFailure('plain', clash);
    utf8Text(html);
    ctx.bottom()[self.variable] = html;
    return FINISHED;
  }
}

// Case#record_when_condition makes one Condition per value of `{% when a, b %}` / `{% when a or b %}`,
// all sharing the body: the body is rendered once for each value that matches (liquidjs: once).
// Case#render_to_output_buffer goes through its blocks in order: a `when` renders when it matches,
// an `else` when no `when` before it matched, so a `when` after an `else` is still tested and an
// `else` before any match renders (liquidjs: whens after an else are dropped, one else at the end).
export class SyncCaseTag extends Tag {
  private readonly value: Value;
  /** The when blocks and else blocks in order (named as liquidjs's CaseTag names its whens, for the walks of the parsed tree). */
  private readonly branches: Array<{ values: Parameters<typeof evalToken>[0][]; templates: Template[]; else?: true }> = [];
  /** (always empty: the else blocks are among the branches) */
  readonly elseTemplates: Template[] = [];

  constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remain, liquid);
    this.value = new Value(this.tokenizer.readFilteredValue(), this.liquid);
    // the body before the first when or else is parsed and dropped
    let templates: Template[] = [];
    const stream = parser.parseStream(remain)
      .on('tag:when', (t: TagToken) => {
        templates = [];
        const values: Parameters<typeof evalToken>[0][] = [];
        while (!t.tokenizer.end()) {
          values.push(t.tokenizer.readValueOrThrow());
          t.tokenizer.skipBlank();
          if (t.tokenizer.peek() === ',') t.tokenizer.readTo(',');
          else t.tokenizer.readTo('or');
        }
        this.branches.push({ values, templates });
      })
      .on('tag:else', () => {
        templates = [];
        this.branches.push({ values: [], templates, else: true });
      })
      .on('tag:endcase', () => stream.stop())
      .on('template', (tpl: Template) => {
        templates.push(tpl);
      })
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
    lineOfTag(this.token, this.branches.map((b) => b.values));
  }

  override render(ctx: Context, emitter: Emitter): ReturnType<Tag['render']> {
    if (!ctx.sync) return this.renderAsync(ctx, emitter);
    const r = this.liquid.renderer as unknown as Renderer;
    const raw = runSync(this.value.value(ctx, ctx.opts.lenientIf));
    // (`case blank`, `case empty`: each when value is still evaluated, and equals it not)
    const literal = isEmptyOrBlankLiteral(raw);
    const target = literal ? raw : toValue(raw);
    let executeElse = true;
    for (const block of this.branches) {
      if (block.else) {
        if (executeElse) runSync(r.renderTemplates(block.templates, ctx, emitter));
        continue;
      }
      for (const valueToken of block.values) {
        const value = runSync(evalToken(valueToken, ctx, ctx.opts.lenientIf));
        if (!literal && runSync(equals(ctx, target, value))) {
          executeElse = false;
          runSync(r.renderTemplates(block.templates, ctx, emitter));
        }
      }
    }
    return FINISHED;
  }

  /** The same steps as a generator, with Condition's `==`. */
  private *renderAsync(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const r = this.liquid.renderer;
    const raw = yield this.value.value(ctx, ctx.opts.lenientIf);
    const literal = isEmptyOrBlankLiteral(raw);
    const target = literal ? raw : toValue(raw);
    let executeElse = true;
    for (const block of this.branches) {
      if (block.else) {
        if (executeElse) yield r.renderTemplates(block.templates, ctx, emitter);
        continue;
      }
      for (const valueToken of block.values) {
        const value = yield evalToken(valueToken, ctx, ctx.opts.lenientIf);
        if (!literal && (yield equals(ctx, target, value))) {
          executeElse = false;
          yield r.renderTemplates(block.templates, ctx, emitter);
        }
      }
    }
  }
}
