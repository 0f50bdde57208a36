// The state machine of Rouge's regex_lexer.rb (RegexLexer#stream_tokens, #step) and lexer.rb
// (Lexer#continue_lex merges consecutive tokens of the same type).
import { FOLDED_TO_ASCII, atPosition, firstChars, type FirstChars } from './prefilter.js';
import { ALL_ZONES, asciiOnly, bmpOnly, jsRegex, jsSource, zonesOf } from './regex.js';
import { SHORT_NAMES } from './tokens.js';
import { RougeCrash } from './rouge-crash.js';

/** A regular expression in Ruby syntax with Ruby flags (i, m = dot matches newline, x). */
export interface RubySource { readonly source: string; readonly flags: string }
/** `rx(String.raw`...`, 'x')`: a Ruby regex written as a string (for /x and built-up sources). */
export const rx = (source: string, flags = ''): RubySource => ({ source, flags });

export type Callback<S> = (lx: Lexing<S>, m: RegExpExecArray) => void;
/** A token qualname ('Name.Function') or a callback; `next` is a state name, '#pop' or '#push'. */
export type RuleSpec<S> =
  | readonly [re: RegExp | RubySource, action: string | Callback<S>, next?: string]
  | { readonly mixin: string };

export interface LexerDef<S = unknown> {
  readonly name: string;
  readonly aliases?: readonly string[];
  readonly states: Readonly<Record<string, readonly RuleSpec<S>[]>>;
  /** The lexer's own variables, fresh for each lex (Rouge's `start` blocks). */
  readonly init?: () => S;
  /** Rouge's `start` blocks that touch the stack: run by Lexer#lex (reset!), not by continue_lex. */
  readonly start?: (lx: Lexing<S>) => void;
}

interface Rule<S> {
  /** The translated source, compiled on first use (a RegExp with \p classes is costly to make). */
  readonly js: string; readonly flags: string;
  /** Run on the rest of the input (a slice), as Ruby does; only where `whole` cannot be. */
  re: RegExp | null;
  /** The same match run on the whole input at the scan position (see prefilter.ts). */
  readonly wholeSrc: string | null;
  whole: RegExp | null;
  /** `re` and `whole` for inputs that are all ASCII (see asciiOnly), and without surrogates
   * (bmpOnly), by the zones of the input's characters beyond ASCII (zonesOf). */
  asciiRe: RegExp | null;
  asciiWhole: RegExp | null;
  bmpRe: Map<number, RegExp> | null;
  bmpWhole: Map<number, RegExp> | null;
  /** The characters before the scan position for which `whole` cannot be used. */
  readonly prevBad: Uint8Array | null;
  readonly first: FirstChars;
  readonly bol: boolean; readonly tok: string | null; readonly cb: Callback<S> | null; readonly next: string | null;
}
/** A rule of a state with its mixins inlined; `skipTo` is where Rouge's step goes on after
 * too many empty matches in a mixin (the end of the innermost mixin, or the end). */
interface Flat<S> { readonly rule: Rule<S>; readonly index: number; skipTo: number }
interface State<S> {
  readonly name: string;
  /** Its rules, compiled when the state is first entered (rulesOf): most inputs enter few of a lexer's states. */
  rules?: (Rule<S> | State<S>)[];
  readonly specs?: readonly RuleSpec<S>[];
  /** Per ASCII character code, the flat rules that can match there (listed when the character is
   * first met in this state: most inputs meet a few dozen of the 128); [128] for a character
   * beyond ASCII, [130] for the two that `i` folds to ASCII letters (FOLDED_TO_ASCII); [129] is every rule. */
  byChar?: (Flat<S>[] | undefined)[];
}
export interface Compiled<S> { readonly def: LexerDef<S>; readonly states: Map<string, State<S>>; readonly dynamic: Map<string, State<S>> }

/** A token's short CSS class from its qualname ('Keyword.Pseudo' → 'kp'); throws on a typo. */
export function short(qualname: string): string {
  let s = shortCache.get(qualname);
  if (s === undefined) shortCache.set(qualname, (s = lookupShort(qualname)));
  return s;
}
const shortCache = new Map<string, string>();
function lookupShort(qualname: string): string {
  const s = SHORT_NAMES[qualname] ?? SHORT_NAMES[qualname.replace(/^Str\b/, 'Literal.String').replace(/^Num\b/, 'Literal.Number')];
  if (s === undefined) throw new Error(`highlight: unknown token ${qualname}`);
  return s;
}

const compiled = new WeakMap<LexerDef<any>, Compiled<any>>();

/**
 * A lexer's states, made once (on first use) and kept for every later lex; each
 * state's rules are compiled when the state is first entered (translating and
 * analysing a rule's regex is most of a lexer's cold cost: the Python lexer
 * has 40 states, a short snippet enters a few of them).
 */
export function compile<S>(def: LexerDef<S>): Compiled<S> {
  let c = compiled.get(def) as Compiled<S> | undefined;
  if (c) return c;
  const states = new Map<string, State<S>>();
  for (const [name, specs] of Object.entries(def.states)) states.set(name, { name, specs });
  c = { def, states, dynamic: new Map() };
  compiled.set(def, c);
  return c;
}

/** A state's rules, compiled on first use. */
function rulesOf<S>(c: Compiled<S>, st: State<S>): (Rule<S> | State<S>)[] {
  return (st.rules ??= compileRules(c, st.specs!));
}

function compileRules<S>(c: Compiled<S>, specs: readonly RuleSpec<S>[]): (Rule<S> | State<S>)[] {
  return specs.map((spec) => {
    if ('mixin' in spec) {
      const st = c.states.get(spec.mixin);
      if (!st) throw new Error(`highlight: ${c.def.name}: unknown mixin ${spec.mixin}`);
      return st;
    }
    const [re, action, next] = spec;
    const flags = re instanceof RegExp ? re.flags.replace('s', 'm') : re.flags;
    const src = re.source;
    if (next && next !== '#pop' && next !== '#push' && !c.states.has(next)) throw new Error(`highlight: ${c.def.name}: unknown state ${next}`);
    const js = jsSource(src, flags);
    const at = atPosition(js, flags);
    return {
      js, flags, re: null, wholeSrc: at && at.source, whole: null, asciiRe: null, asciiWhole: null, bmpRe: null, bmpWhole: null, prevBad: at && at.prevBad,
      first: firstChars(js, flags), bol: src.startsWith('^'),
      tok: typeof action === 'string' ? short(action) : null,
      cb: typeof action === 'function' ? action : null, next: next ?? null,
    };
  });
}

/** RegexLexer#step's order of rules, mixins inlined, to be filtered by first character (rulesAt). */
function dispatch<S>(c: Compiled<S>, state: State<S>): (Flat<S>[] | undefined)[] {
  const flat: Flat<S>[] = [];
  const inline = (st: State<S>, depth: number): void => {
    if (depth > 50) throw new Error(`highlight: mixins of ${state.name} nest too deep`);
    for (const r of rulesOf(c, st)) {
      if (!('name' in r)) { flat.push({ rule: r, index: flat.length, skipTo: -1 }); continue; }
      const start = flat.length;
      inline(r, depth + 1);
      for (let k = start; k < flat.length; k++) if (flat[k]!.skipTo === -1) flat[k]!.skipTo = flat.length;
    }
  };
  inline(state, 0);
  for (const f of flat) if (f.skipTo === -1) f.skipTo = Infinity;
  const byChar = new Array<Flat<S>[] | undefined>(131);
  byChar[ALL_RULES] = flat;
  return (state.byChar = byChar);
}

const ALL_RULES = 129;
/** The rules of a state (its dispatch table) that can match at ASCII character `code`, or at
 * a character beyond ASCII for 128: the others' regexes are not even compiled there. */
function rulesAt<S>(byChar: (Flat<S>[] | undefined)[], slot: number): Flat<S>[] {
  const least = slot === 128 ? 2 : 1; // first[128] is a Wide
  const at = slot === FOLDED ? 128 : slot;
  return (byChar[slot] = byChar[ALL_RULES]!.filter((f) => !f.rule.first || f.rule.first[at]! >= least));
}
const FOLDED = 130;
/** A character's place in a state's dispatch table. */
function slotOf(code: number): number {
  return code < 128 ? code : code === FOLDED_TO_ASCII[0] || code === FOLDED_TO_ASCII[1] ? FOLDED : 128;
}

/** Which of a state's rules (their places in its order, mixins inlined) step tries at the
 * character `ch`: the others cannot match there. */
export function rulesTriedAt<S>(def: LexerDef<S>, stateName: string, ch: string): number[] {
  const c = compile(def);
  const state = c.states.get(stateName);
  if (!state) throw new Error(`highlight: ${def.name}: unknown state ${stateName}`);
  const slot = slotOf(ch.charCodeAt(0));
  const byChar = state.byChar ?? dispatch(c, state);
  return (byChar[slot] ?? rulesAt(byChar, slot)).map((f) => f.index);
}

const MAX_NULL_SCANS = 5;
const NON_ASCII = /[^\0-\x7f]/;
const SURROGATE = /[\ud800-\udfff]/;
/** Which variant of the rules' regexes an input needs: its characters are all ASCII, all in the BMP, or any. */
const enum Chars { Ascii, Bmp, Any }
/** The variant of a rule's regex for `chars`: the Unicode one itself when it has no property classes. */
function narrowRegex(rule: Rule<any>, js: string, whole: boolean, chars: Chars.Ascii | Chars.Bmp, zones = ALL_ZONES): RegExp {
  const src = chars === Chars.Ascii ? asciiOnly(js) : bmpOnly(js, zones);
  if (src !== js) return jsRegex(src, rule.flags);
  return whole ? (rule.whole ??= jsRegex(js, rule.flags)) : (rule.re ??= jsRegex(js, rule.flags));
}
/** The BMP variant of a rule's regex for an input whose characters beyond ASCII lie in `zones`. */
function bmpRegex(rule: Rule<any>, whole: boolean, inputZones: number): RegExp {
  const byZones = whole ? (rule.bmpWhole ??= new Map()) : (rule.bmpRe ??= new Map());
  let re = byZones.get(inputZones);
  if (re === undefined) {
    // Under `i` not cut to the zones (bmpOnly): one variant for every input.
    const zones = rule.flags.includes('i') ? ALL_ZONES : inputZones;
    re = byZones.get(zones) ?? narrowRegex(rule, whole ? rule.wholeSrc! : rule.js, whole, Chars.Bmp, zones);
    byZones.set(zones, re).set(inputZones, re);
  }
  return re;
}

/** Receives the merged tokens (short class, text). */
export type Emit = (tok: string, val: string) => void;

/** One lexer instance: its state stack and variables (a Rouge lexer object). */
export class Lexing<S = unknown> {
  readonly lexer: Compiled<S>;
  stack: State<S>[];
  s: S;
  /** Lexer.find_fancy for lexers that pick a sub-lexer by name (Markdown's fenced code);
   * the name `guess` guesses from `code`. */
  find: (lang: string, code?: string) => Lexing<any> | null = () => null;
  /** The lexer options of a `lang?key=value&...` name (Lexer.find_fancy), as strings. */
  options: Readonly<Record<string, string>> = {};
  /** The whole input of the current lex and the scan position. */
  str = '';
  pos = 0;
  private out: Emit = () => {};
  private nullSteps = 0;
  /** The rest of the input at `restAt`, for rules that must run on a slice. */
  private restStr = '';
  /** What characters the current input has (the rules' regexes narrowed to them are used). */
  private chars = Chars.Any;
  /** For Chars.Bmp, the zones of the input's characters beyond ASCII (zonesOf). */
  private zones = 0;
  private restAt = -1;
  private children = new Map<LexerDef<any>, Lexing<any>>();

  constructor(def: LexerDef<S>) {
    this.lexer = compile(def);
    this.stack = [this.get('root')];
    this.s = def.init ? def.init() : (undefined as S);
  }

  /** Lexer#reset! as Lexer#lex runs it: a fresh stack and variables, then the start blocks. */
  reset(): this {
    this.stack = [this.get('root')];
    this.s = this.lexer.def.init ? this.lexer.def.init() : (undefined as S);
    this.lexer.def.start?.(this);
    return this;
  }

  get(name: string): State<S> {
    const st = this.lexer.states.get(name);
    if (!st) throw new Error(`highlight: ${this.lexer.def.name}: unknown state ${name}`);
    return st;
  }

  /** RegexLexer#stream_tokens: lexes `str` from the current state (continue_lex). */
  run(str: string, out: Emit): void {
    const budget = this.budget;
    const prevStr = this.str, prevPos = this.pos, prevOut = this.out;
    const prevRest = this.restStr, prevRestAt = this.restAt, prevChars = this.chars, prevZones = this.zones;
    this.chars = !NON_ASCII.test(str) ? Chars.Ascii : SURROGATE.test(str) ? Chars.Any : Chars.Bmp;
    if (this.chars === Chars.Bmp) this.zones = zonesOf(str);
    this.str = str; this.pos = 0; this.out = out; this.nullSteps = 0; this.restAt = -1;
    while (this.pos < str.length) {
      if (--budget.steps < 0) throw new Bailout();
      if (!this.step(this.stack[this.stack.length - 1]!)) {
        const cp = str.codePointAt(this.pos)!;
        const n = cp > 0xffff ? 2 : 1;
        out('err', str.substr(this.pos, n));
        this.pos += n;
      }
    }
    this.str = prevStr; this.pos = prevPos; this.out = prevOut; this.restStr = prevRest; this.restAt = prevRestAt;
    this.chars = prevChars; this.zones = prevZones;
  }

  /** RegexLexer#step: the first rule of the state (mixins inlined) that matches here. */
  private step(state: State<S>): boolean {
    const str = this.str, pos = this.pos;
    const code = str.charCodeAt(pos);
    const byChar = state.byChar ?? dispatch(this.lexer, state);
    const slot = slotOf(code);
    const rules = byChar[slot] ?? rulesAt(byChar, slot);
    let skipTo = 0;
    for (let k = 0; k < rules.length; k++) {
      const f = rules[k]!;
      if (f.index < skipTo) continue;
      const rule = f.rule;
      if (rule.bol && pos > 0 && str.charCodeAt(pos - 1) !== 10) continue;
      let m: RegExpExecArray | null = null;
      let end: number;
      const chars = this.chars;
      const whole = rule.wholeSrc === null ? null
        : chars === Chars.Ascii ? (rule.asciiWhole ??= narrowRegex(rule, rule.wholeSrc, true, chars))
        : chars === Chars.Bmp ? bmpRegex(rule, true, this.zones)
        : (rule.whole ??= jsRegex(rule.wholeSrc, rule.flags));
      const bad = rule.prevBad;
      if (whole && (bad === null || pos === 0 || !bad[Math.min(str.charCodeAt(pos - 1), 128)])) {
        whole.lastIndex = pos;
        if (rule.cb) {
          if (!(m = whole.exec(str))) continue;
          end = pos + m[0].length;
        } else {
          if (!whole.test(str)) continue;
          end = whole.lastIndex;
        }
      } else {
        if (this.restAt !== pos) { this.restStr = str.slice(pos); this.restAt = pos; }
        const re = chars === Chars.Ascii ? (rule.asciiRe ??= narrowRegex(rule, rule.js, false, chars))
          : chars === Chars.Bmp ? bmpRegex(rule, false, this.zones)
          : (rule.re ??= jsRegex(rule.js, rule.flags));
        re.lastIndex = 0;
        if (!(m = re.exec(this.restStr))) continue;
        end = pos + m[0].length;
      }
      this.pos = end;
      if (rule.cb) rule.cb(this, m!);
      else {
        if (end > pos) this.out(rule.tok!, m ? m[0] : str.slice(pos, end));
        if (rule.next === '#pop') { if (!this.stack.pop()) throw new Error('empty stack!'); }
        else if (rule.next === '#push') this.stack.push(this.stack[this.stack.length - 1]!);
        else if (rule.next) this.stack.push(this.get(rule.next));
      }
      if (end === pos) {
        if (++this.nullSteps > MAX_NULL_SCANS) {
          // The mixin's step returns false and its parent goes on with its next rules.
          skipTo = f.skipTo;
          continue;
        }
      } else this.nullSteps = 0;
      return true;
    }
    return false;
  }

  // --- the API of Rouge's RegexLexer for callbacks ---
  /** The current match (`@current_stream[0]`) is passed to callbacks as `m`. */
  token(qualname: string, val: string | undefined): void { if (val) this.out(short(qualname), val); }
  groups(m: RegExpExecArray, ...toks: string[]): void {
    for (let i = 0; i < toks.length; i++) { const v = m[i + 1]; if (v) this.out(short(toks[i]!), v); }
  }
  push(name?: string): void { this.stack.push(name ? this.get(name) : this.stack[this.stack.length - 1]!); }
  pop(times = 1): void {
    if (!this.stack.length) throw new Error('empty stack!');
    this.stack.length = Math.max(0, this.stack.length - times);
  }
  /** `push do ... end`: a state made from rules at lex time, compiled once per `key`. */
  pushDynamic(key: string, build: () => readonly RuleSpec<S>[]): void {
    const c = this.lexer as Compiled<S>;
    let st = c.dynamic.get(key);
    if (!st) { st = { name: key, rules: compileRules(c, build()) }; c.dynamic.set(key, st); }
    this.stack.push(st);
  }
  goto(name: string): void { this.stack[this.stack.length - 1] = this.get(name); }
  resetStack(): void { this.stack = [this.get('root')]; }
  state(name: string): boolean { return this.stack[this.stack.length - 1]!.name === name; }
  inState(name: string): boolean { return this.stack.some((st) => st.name === name); }
  /** The rest of the input after the match (StringScanner#rest / #check). */
  get rest(): string { return this.str.slice(this.pos); }
  /** RegexLexer#delegate: lexes `text` with a lexer instance kept by this one (continuing its state). */
  delegate(def: LexerDef<any>, text: string, fresh = false): void {
    let child = fresh ? undefined : this.children.get(def);
    if (!child) { child = new Lexing(def); child.find = this.find; if (fresh) child.reset(); else this.children.set(def, child); }
    child.budget = this.budget;
    child.run(text, this.out);
  }
  /** Delegates to a lexer instance the caller holds (for lexers kept in variables). */
  delegateTo(child: Lexing<any>, text: string): void { child.budget = this.budget; child.run(text, this.out); }
  /** RegexLexer#recurse: a fresh lexer of the same language. */
  recurse(text: string): void { this.delegate(this.lexer.def, text, true); }
  /**
   * TemplateLexer#parent (template_lexer.rb): the language being templated, kept for the whole
   * lex. It is the `parent` option's lexer (Lexer.find: a name or alias only), which gets the
   * other options, else `fallback` (HTML for most template lexers, plain text for epp). With
   * `unknownFails` (epp.rb, whose default applies only without the option), a name Rouge does not
   * know fails as Rouge's `parent.reset!` on nil does.
   */
  parent(fallback: LexerDef<any>, unknownFails = false): Lexing<any> {
    if (this.parentLexer) return this.parentLexer;
    const { parent: name, ...rest } = this.options;
    const named = name === undefined || name.includes('?') || name === 'guess' ? null : this.find(name);
    if (!named && name !== undefined && unknownFails) {
      throw new RougeCrash("undefined method `reset!' for nil:NilClass start { parent.reset! } ^^^^^^^");
    }
    if (named) {
      named.options = rest;
      named.reset();
    }
    return (this.parentLexer = named ?? this.child(fallback).reset());
  }
  private parentLexer: Lexing<any> | undefined;
  /** A kept child lexer (for `reset!` of delegated lexers or state checks). */
  child<T>(def: LexerDef<T>): Lexing<T> {
    let c = this.children.get(def) as Lexing<T> | undefined;
    if (!c) { c = new Lexing(def); c.find = this.find; this.children.set(def, c); }
    return c;
  }
  budget: { steps: number } = { steps: Infinity };
}

/** Thrown when the step budget runs out: the caller falls back to plain escaping. */
export class Bailout extends Error {}
