// A template as Ruby Liquid's tokenizer and lax parsers read it, written back for
// liquidjs (Jekyll's default `liquid.error_mode: warn`). Liquid::Tokenizer splits at
// Liquid::TemplateParser: an output ends at the first `}}` and a tag at the first `%}`,
// even inside a quoted string. Each markup the strict grammar rejects is rewritten as
// the tag's lax_parse reads it, with a warning; `{% else anything %}` is `{% else %}`,
// and an end tag's words are dropped in every mode (`{% endif x %}` is `{% endif %}`);
// a second `else` of an `if` opens a block that never renders (If#render_to_output_buffer
// stops at the first else), a second `else` of a `case` continues the first
// (Case#render_to_output_buffer renders every else block); a comment's body is read
// for its blocks (comments nest) and left out. Lines stay where they were.
import { BACKSLASH_STANDIN, quoteOperatorNames, rubyNestedBrackets, rubyStrip } from './expression.js';
import { laxOutput } from './output.js';
import { caseValue, LAX_MODE_TAGS, LAX_TAGS, LaxSyntaxError, whenValues } from './tags.js';
import { canonicalFor, joinedLookups, strictVariable } from './strict.js';
import { rubyWhitespaceControl } from './whitespace-control.js';
import { GUARDED_TAGS, guardMarkup } from './markup-guard.js';
import { LiquidFailure } from '../errors.js';

// Liquid::TemplateParser (liquid.rb), BlockBody::FullToken / ContentOfVariable, Raw::FullTokenPossiblyInvalid
const TEMPLATE_PARSER = /(\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}?|\{%|\{\{)/;
const FULL_TOKEN = /^\{%(-?)([\t\n\v\f\r ]*)(#|\w+)([\t\n\v\f\r ]*)([\s\S]*?)(-?)%\}$/;
const CONTENT_OF_VARIABLE = /^\{\{(-?)([\s\S]*?)(-?)\}\}$/;
// BlockBody::LiquidTagToken: a line of a `{% liquid %}` tag (Ruby's `.` takes a `\r`)
const LIQUID_TAG_LINE = /^[\t\n\v\f\r ]*(#|\w+)[\t\n\v\f\r ]*([^\n]*)$/;
const RAW_END = /^([\s\S]*)\{%[\t\n\v\f\r ]*(\w+)[\t\n\v\f\r ]*([\s\S]*)?%\}$/;
const BLOCKS = new Set(['if', 'unless', 'case', 'for', 'tablerow', 'capture', 'comment', 'ifchanged', 'highlight']);
// Liquid's and Jekyll's tags that are not blocks: an `end` of theirs is never their own
const SIMPLE_TAGS = new Set(['assign', 'break', 'continue', 'cycle', 'decrement', 'echo', 'increment', 'include', 'include_relative', 'render', 'link', 'post_url', '#']);
// the tags that If#unknown_tag and Case#unknown_tag read inside their own block (`else` is handled apart)
const SUB_TAGS: Record<string, string> = { elsif: 'if unless', when: 'case' };
// a literal whose last character is a backslash: liquidjs would read an escaped quote
const TRAILING_BACKSLASH = /"[^"]*\\"|'[^']*\\'/g;

/** [begin, end, line]: the tokens liquidjs reads from `begin` to `end` are at Ruby's `line` (./../ruby-lines.ts). */
export type RubyLines = Array<readonly [number, number, number]>;

export interface LaxNote {
  /** Liquid's message: `Expected end_of_string but found comparison in "{{ a > 1 }}"`. */
  readonly message: string;
  readonly line: number;
  /** The markup context that ends `message` (`in "{{ a > 1 }}"`). */
  readonly context?: string;
}

interface Frame {
  readonly name: string;
  /** A plugin's block (a tag this scanner does not know, closed by its `end` tag): its body is the plugin's to read. */
  readonly foreign?: boolean;
  elses: number;
  dead: boolean;
  /** Where a `for`'s else block starts in the output. */
  elseAt?: number;
}

// Block::MAX_DEPTH (liquid/block.rb): Block#parse_body refuses a body this many blocks deep
const MAX_DEPTH = 100;

const newlines = (s: string): string => '\n'.repeat((s.match(/\n/g) ?? []).length);

// where liquidjs's raw tag would end: any `{%` its scan reads as the start of `{% endraw` (Ruby's
// tokens can hide one, as in `{{ "{% endraw " }}%}`, which Raw#parse takes whole into its body)
const LIQUIDJS_ENDRAW = /\{%(?=-?[\t\n\v\f\r ]*endraw)/g;

/** A raw body (Raw#parse's) written so liquidjs prints all of it: each `{%` that liquidjs would take for its end comes as a literal between two raw blocks. */
function rawBody(body: string): string {
  return body.replace(LIQUIDJS_ENDRAW, "{% endraw %}{{ '{%' }}{% raw %}");
}

/** Ruby's tokens of `text` (Liquid::Tokenizer#tokenize). */
export function rubyTokens(text: string): string[] {
  return text.split(TEMPLATE_PARSER).filter((t) => t !== '');
}

/**
 * `text` as liquidjs must see it to render what Ruby Liquid renders (laxly unless `strict`).
 * `isTag` tells the registered tags: given it, a tag that is none of them stops the scan at
 * its line ("Unknown tag 'x'"), before any later error, as Ruby's parse does.
 */
export function laxSource(text: string, warn: (note: LaxNote) => void = () => undefined, strict = false, isTag?: (name: string) => boolean, rubyLines?: RubyLines, laxMode = false): string {
  // error_mode: lax reads if/elsif/unless/for laxly whatever their markup (LAX_MODE_TAGS)
  const relaxers = laxMode ? { ...LAX_TAGS, ...LAX_MODE_TAGS } : LAX_TAGS;
  // error_mode: strict raises what warn would have read laxly
  const complain = (note: LaxNote): void => {
    // the markup context stays apart from the message, as on Liquid::SyntaxError: an include
    // around the error then adds no "included" (IncludeTag#render sets it only where it is nil)
    if (strict) {
      const detail = note.context ? note.message.slice(0, -note.context.length - 1) : note.message;
      throw new LiquidFailure('syntax', detail, undefined, undefined, note.line, note.context);
    }
    warn(note);
  };
  const tokens = rubyTokens(text);
  const out: string[] = [];
  const stack: Frame[] = [];
  let line = 1;
  // The line Ruby's ParseContext gives the token being read (its nodes' line_number, its errors'),
  // where that is not `line`: a tag's counts the newlines around its name (BlockBody#parse_for_document
  // adds them), and the token right after a `liquid` tag has the line where that tag's own tokenizer
  // stopped (the loop goes on without setting it back). `rubyAt` is for the tag being handled.
  let afterLiquid: number | undefined;
  let rubyAt = 1;
  // [index in `out`, Ruby's line] of the tags and outputs whose Ruby line is not their own, or
  // that span lines (the parts liquidjs makes of them, on later lines, fail at the node's line)
  const relined: Array<[number, number]> = [];
  const reline = (at: number, token: string): void => {
    if (at !== line || token.includes('\n')) relined.push([out.length, at]);
  };
  const dead = (): boolean => stack.some((f) => f.dead);
  // the depth of the stack where a `{% liquid %}` tag's lines are read, while they are
  let liquidDepth: number | undefined;
  // Block#parse_body: a block opened inside MAX_DEPTH others is "Nesting too deep" (a
  // StackLevelError, no syntax error: Document#parse gives it no line)
  const openBlock = (frame: Frame): void => {
    if (stack.length >= MAX_DEPTH) throw new LiquidFailure('error', 'Nesting too deep');
    stack.push(frame);
  };
  const emit = (token: string, as: string): void => {
    out.push(dead() ? newlines(token) : as);
    line += newlines(token).length;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const start = afterLiquid ?? line;
    afterLiquid = undefined;
    if (token.startsWith('{{')) {
      const v = CONTENT_OF_VARIABLE.exec(token);
      // BlockBody.raise_missing_variable_terminator
      if (!v) throw new LiquidFailure('syntax', `Variable '${token}' was not properly terminated with regexp: /\\}\\}/`, undefined, undefined, start);
      reline(start, token);
      const complaint = strictVariable(v[2]!);
      // BlockBody#whitespace_handler trims after a token whose third character from the end is
      // `-`: in `{{-}}` that is the dash that trims before it, so it trims both sides
      const close = token === '{{-}}' ? '-' : v[3]!;
      // `{{ }}` is a Variable with no name in Ruby, in every mode
      if (complaint === undefined) emit(token, rubyStrip(v[2]!) === '' ? laxOutput(v[1]!, v[2]!, close) : fixBackslashes(withMarkup(token, v[2]!, v[3]!.length, quoteOperatorNames(rubyNestedBrackets(joinedLookups(v[2]!, 'variable'))))));
      else {
        complain({ message: `${complaint} in "{{${v[2]}}}"`, line: start, context: `in "{{${v[2]}}}"` });
        emit(token, laxOutput(v[1]!, v[2]!, v[3]!));
      }
      continue;
    }
    const t = token.startsWith('{%') ? FULL_TOKEN.exec(token) : null;
    // BlockBody.raise_missing_tag_terminator
    if (!t && token.startsWith('{%')) throw new LiquidFailure('syntax', `Tag '${token}' was not properly terminated with regexp: /\\%\\}/`, undefined, undefined, start);
    if (!t) {
      emit(token, token);
      continue;
    }
    const [, open, before, name, after, markup, close] = t as unknown as string[];
    const tag = (m: string, n = name!): string => `{%${open} ${n} ${m}${newlines(token)}${close}%}`;
    rubyAt = start + newlines(before! + after!).length;
    if (name === 'raw') {
      // Raw#ensure_valid_markup: a raw tag takes no markup (checked before its body is read)
      if (!/^[\t\n\v\f\r ]*$/.test(markup!)) throw new LiquidFailure('syntax', "Syntax Error in 'raw' - Valid syntax: raw", undefined, undefined, rubyAt);
      // Raw#parse: every token up to one that reads as `{% endraw %}` (no `-` after `{%`)
      let body = '';
      let before = '';
      let j = i + 1;
      for (; j < tokens.length; j++) {
        const end = RAW_END.exec(tokens[j]!);
        if (end && end[2] === 'endraw') {
          before = end[1]!;
          break;
        }
        body += tokens[j];
      }
      // Raw#parse: no end tag; the line is the raw tag's own
      if (j >= tokens.length) throw new LiquidFailure('syntax', "'raw' tag was never closed", undefined, undefined, rubyAt);
      // the `-%}` of `{% raw -%}` trims the text after the block (BlockBody#whitespace_handler
      // sets trim_whitespace, which Raw#parse leaves for the next text); endraw's own is ignored
      const all = tokens.slice(i, j + 1).join('');
      // text before `{%` in the end tag's own token (`a{% endraw{% endraw %}`) is the body's too
      body += before;
      emit(all, `{%${open} raw ${newlines(token)}%}${rawBody(body)}{% endraw ${newlines(tokens[j]!)}${close}%}`);
      i = j;
      continue;
    }
    if (name === 'liquid') {
      // Liquid's `liquid` tag (BlockBody#parse_for_liquid_tag): each line is a tag, read with
      // the same lax rules; comment tags carry the newlines and the tag's `-` trims
      out.push(`{%${open} #${newlines(before! + after!)}%}`);
      line += newlines(before! + after!).length;
      liquidDepth = stack.length;
      const first = rubyAt;
      const lines = markup!.split('\n');
      lines.forEach((text, k) => {
        if (k > 0) {
          out.push('{% #\n%}');
          line++;
        }
        rubyAt = line;
        const m = LIQUID_TAG_LINE.exec(text);
        // BlockBody#parse_for_liquid_tag: no `liquid` in a `liquid` tag; `raw` finds no {% endraw %} in its lines
        if (m?.[1] === 'liquid') throw new LiquidFailure('syntax', "Unknown tag 'liquid'", undefined, undefined, line);
        if (m?.[1] === 'raw') throw new LiquidFailure('syntax', "'raw' tag was never closed", undefined, undefined, line);
        if (m) handle(`{% ${m[1]} ${m[2]}%}`, i);
      });
      // Liquid's tokenizer of the tag's lines (String#split drops the empty ones at the end) counts one a line
      while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
      afterLiquid = first + lines.length;
      // Block#parse_body: a block opened in the tag ends with the tag's lines (BlockBody#parse_for_liquid_tag
      // yields nil), never closed at the line where the tag's tokenizer stopped, whatever follows the tag
      const inner = stack[stack.length - 1];
      if (stack.length > liquidDepth) throw new LiquidFailure('syntax', `'${inner!.name}' tag was never closed`, undefined, undefined, afterLiquid);
      liquidDepth = undefined;
      out.push(`{% #${close}%}`);
      continue;
    }
    reline(rubyAt, token);
    handle(token, i);
  }
  rubyWhitespaceControl(out);
  if (rubyLines && relined.length > 0) {
    // each token's place in the text liquidjs reads, where its tokens `begin`
    let offset = 0;
    let next = 0;
    for (let k = 0; k < out.length && next < relined.length; k++) {
      // (a token left out, in a block that never renders, is no token: nothing begins there)
      if (relined[next]![0] === k && out[k]!.startsWith('{')) rubyLines.push([offset, offset + out[k]!.length, relined[next]![1]]);
      if (relined[next]![0] === k) next++;
      offset += out[k]!.length;
    }
  }
  return out.join('');

  /** A lax reading; its syntax error is Liquid's, at this line. */
  function laxRead<T>(read: () => T): T {
    try {
      return read();
    } catch (e) {
      if (e instanceof LaxSyntaxError) throw new LiquidFailure('syntax', e.message, undefined, undefined, rubyAt);
      throw e;
    }
  }

  /** One tag; `at`, its token's index (a `liquid` tag's for its lines). */
  function handle(token: string, at: number): void {
    const [, open, , name, , markup, close] = FULL_TOKEN.exec(token) as unknown as string[];
    const tag = (m: string, n = name!): string => `{%${open} ${n} ${m}${newlines(token)}${close}%}`;
    // BlockBody.unknown_tag_in_liquid_tag: a line of a `liquid` tag that no block opened in the
    // tag takes (an `else`, an end tag) fails as the `liquid` block's, even inside an outer block
    if (liquidDepth === stack.length && (name === 'else' || name!.startsWith('end'))) {
      const message = name === 'else' ? "liquid tag does not expect 'else' tag" : `'${name}' is not a valid delimiter for liquid tags. use %}`;
      throw new LiquidFailure('syntax', message, undefined, undefined, rubyAt);
    }
      const top = stack[stack.length - 1];
      if (name === 'else' && top?.name === 'case' && rubyStrip(markup!) !== '') {
        // Case#record_else_condition
        throw new LiquidFailure('syntax', "Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters) ", undefined, undefined, rubyAt);
      }
      if (name === 'else' && top?.name === 'for') {
        // For#unknown_tag ignores what follows `else`. For#parse reads two bodies only: a second
        // `else` starts a new, empty else block and ends the loop there, without its endfor;
        // what follows belongs to the enclosing block (whose end tag the `endfor` then is not).
        top.elses++;
        if (top.elses === 1) {
          emit(token, tag('', 'else'));
          top.elseAt = out.length;
          return;
        }
        for (let k = top.elseAt!; k < out.length; k++) out[k] = newlines(out[k]!);
        emit(token, `{%${open} else %}{% endfor ${newlines(token)}${close}%}`);
        stack.pop();
        return;
      }
      if (name === 'else' && top && (top.name === 'if' || top.name === 'unless' || top.name === 'case')) {
        top.elses++;
        // (each `else` of a case is a block of its own: tags/sync-blocks.ts)
        if (top.elses === 1 || top.name === 'case') emit(token, tag('', 'else'));
        else if (!dead()) {
          emit(token, `{%${open} comment ${newlines(token)}%}`);
          top.dead = true;
        } else emit(token, '');
        return;
      }
      const fail = (message: string): never => {
        throw new LiquidFailure('syntax', message, undefined, undefined, rubyAt);
      };
      // A block's unknown_tag (Block#unknown_tag, Document#unknown_tag): an `else` where no
      // `else` belongs, or an end tag that is not the open block's, stops the parse (a comment
      // ignores both). Only the end tags of blocks this scanner knows: a plugin's pass through,
      // and so does what a plugin's block holds.
      const ownBody = top?.name !== 'comment' && top?.foreign !== true;
      if (ownBody) {
        if (name === 'else') fail(top ? `${top.name} tag does not expect 'else' tag` : "Unexpected outer 'else' tag");
        if (name === 'end' || (name!.startsWith('end') && BLOCKS.has(name!.slice(3)) && top?.name !== name!.slice(3))) {
          if (top) fail(`'${name}' is not a valid delimiter for ${top.name} tags. use end${top.name}`);
          fail(name === 'end' ? "Unexpected outer 'end' tag" : `Unknown tag '${name}'`);
        }
      }
      // an end tag inside a comment closes no block opened outside it (Comment#unknown_tag ignores it)
      const comment = stack.map((f) => f.name).lastIndexOf('comment');
      const closable = comment < 0 ? stack : stack.slice(comment);
      if (name!.startsWith('end') && closable.some((f) => `end${f.name}` === name)) {
        let frame: Frame;
        do frame = stack.pop()!;
        while (`end${frame.name}` !== name);
        if (frame.dead && frame.name !== 'comment') out.push('{% endcomment %}');
        // Block#parse_body ends the block at its end tag's name and ignores what follows it
        emit(token, tag('', name));
        return;
      }
      // BlockBody#parse: a tag that is not registered goes to the block's unknown_tag (Block.raise_unknown_tag)
      if (isTag && ownBody && !isTag(name!) && !SUB_TAGS[name!]?.split(' ').includes(top?.name ?? '')) {
        fail(top && name!.startsWith('end') ? `'${name}' is not a valid delimiter for ${top.name} tags. use end${top.name}` : `Unknown tag '${name}'`);
      }
      if (name === 'comment') {
        // Comment is a Block: Ruby parses its body, so comments nest; liquidjs's comment
        // ends at the first endcomment, so it gets the body as newlines only
        emit(token, tag(''));
        openBlock({ name, elses: 0, dead: true });
        return;
      }
      if (name === 'case' || name === 'when') {
        // (a `when` that is no case's, in a comment, is the comment's unknown tag: never read)
        const reading = name === 'case' ? laxRead(() => caseValue(markup!)) : top?.name === 'case' ? laxRead(() => whenValues(markup!)).join(' or ') : undefined;
        emit(token, reading === undefined ? token : tag(reading));
        if (name === 'case') openBlock({ name, elses: 0, dead: false });
        return;
      }
      // If#unknown_tag takes an `elsif`; elsewhere it is an unknown tag, whatever its markup
      if (name === 'elsif' && (liquidDepth === stack.length || (top?.name !== 'if' && top?.name !== 'unless' && top?.name !== 'comment'))) {
        throw new LiquidFailure('syntax', "Unknown tag 'elsif'", undefined, undefined, rubyAt);
      }
      if (name === 'elsif' && top && (top.name === 'if' || top.name === 'unless') && top.elses > 0) {
        // If#unknown_tag adds it after the else block, which always renders first: parsed, never reached
        const reading = laxRead(() => relaxers['elsif']!(markup!));
        if (reading?.warning !== undefined) complain({ message: reading.warning, line: rubyAt, context: reading.context });
        if (reading !== undefined) laxRead(() => reading.markup);
        if (!dead()) {
          emit(token, `{%${open} comment ${newlines(token)}%}`);
          top.dead = true;
        } else emit(token, '');
        return;
      }
      const rewritten = laxRead(() => relaxers[name!]?.(markup!));
      if (rewritten !== undefined && !rewritten.own) {
        if (rewritten.warning !== undefined) complain({ message: rewritten.warning, line: rubyAt, context: rewritten.context });
        emit(token, tag(laxRead(() => rewritten.markup)));
      } else {
        const own = rewritten?.markup ?? markup!;
        emit(token, fixBackslashes(withMarkup(token, markup!, close!.length, GUARDED_TAGS.has(name!) ? guardMarkup(own) : operandNames(name!, EXPRESSION_TAGS.has(name!) ? rubyNestedBrackets(strictJoined(name!, own)) : own))));
      }
      if (BLOCKS.has(name!)) openBlock({ name: name!, elses: 0, dead: false });
      else if (isTag && !SIMPLE_TAGS.has(name!) && closedLater(name!, at)) openBlock({ name: name!, elses: 0, dead: false, foreign: true });
  }

  /** Whether a `{% end<name> %}` follows token `i` (a plugin's tag used as a block). */
  function closedLater(name: string, i: number): boolean {
    const end = new RegExp(String.raw`^\{%-?[\t\n\v\f\r ]*end${name}\b`);
    for (let k = i + 1; k < tokens.length; k++) if (end.test(tokens[k]!)) return true;
    return false;
  }
}

/** `token` with its markup (the text before the closing `-` and `%}` or `}}`) replaced. */
function withMarkup(token: string, markup: string, closeLength: number, replaced: string): string {
  if (replaced === markup) return token;
  const end = token.length - 2 - closeLength;
  const start = end - markup.length;
  // FullToken's name is `\w+`, so `{% assign: x = 1 %}` is `assign` with the markup `: x = 1`
  // (Assign's unanchored Syntax finds `x = 1`): a markup read anew keeps its space from the name
  const apart = /\w/.test(token.charAt(start - 1)) && /^\w/.test(replaced) ? ' ' : '';
  return token.slice(0, start) + apart + replaced + token.slice(end);
}

// Liquid's tags whose markup holds expressions (VariableLookups)
const EXPRESSION_TAGS = new Set(['if', 'elsif', 'unless', 'echo', 'assign', 'for', 'tablerow', 'cycle']);

// Assign's Syntax: the target, then the value
const ASSIGN_TARGET = /^([^=]*=)([\s\S]*)$/;

/** A strict tag markup with its lookups' whitespace taken out, as Parser#expression reads them. */
function strictJoined(name: string, markup: string): string {
  if (name === 'if' || name === 'elsif' || name === 'unless') return joinedLookups(markup, 'condition');
  if (name === 'echo') return joinedLookups(markup, 'variable');
  if (name === 'for') return canonicalFor(markup);
  if (name !== 'assign') return markup;
  const a = ASSIGN_TARGET.exec(markup);
  return a ? a[1]! + joinedLookups(a[2]!, 'variable') : markup;
}

/** A strict tag markup whose variables named `and`, `or`, `contains` liquidjs must read as names. */
function operandNames(name: string, markup: string): string {
  if (name === 'if' || name === 'elsif' || name === 'unless' || name === 'echo') return quoteOperatorNames(markup);
  if (name !== 'assign') return markup;
  const a = ASSIGN_TARGET.exec(markup);
  return a ? a[1]! + quoteOperatorNames(a[2]!) : markup;
}

function fixBackslashes(token: string): string {
  return token.includes('\\') ? token.replace(TRAILING_BACKSLASH, (lit) => lit.slice(0, -2) + BACKSLASH_STANDIN + lit.slice(-1)) : token;
}
