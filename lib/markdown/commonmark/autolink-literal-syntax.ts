// Where cmark-gfm 0.29's autolink extension (commonmarker 0.23.6, autolink.c) starts a literal
// link differently from micromark's: `ftp://` is one of its schemes (sd_autolink_issafe: http,
// https, ftp, any case), and `www.` must be lower case (www_match compares bytes) after a space,
// `*`, `_`, `~` or `(` only, so `Www.x.com`, `\[www.x.com` and `a]www.x.com` stay text.
// micromark's `http(s)://` and e-mail constructs stay (autolink-literal.ts mends their ends).
import type { Code, Construct, Effects, Event, Extension, State, TokenizeContext } from 'micromark-util-types';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';

const LOWER_W = 119, UPPER_W = 87, F = 102, UPPER_F = 70, LT = 60, OPEN_BRACKET = 91, CLOSE_BRACKET = 93;
const isAlpha = (code: Code): boolean => code !== null && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122));
// cmark_isspace: ASCII white space; micromark's codes below 0 are line endings and tabs.
const isSpace = (code: Code): boolean => code === null || code < 0 || code === 32 || code === 11 || code === 12;

// Built when first used: V8 checks a \p{...} literal as it parses the bundle.
let punctuationRe: RegExp | undefined, spaceRe: RegExp | undefined;
// autolink.c#is_valid_hostchar: neither a (Unicode) space nor punctuation (ASCII or P*).
function isHostChar(ch: string): boolean {
  spaceRe ??= new RegExp(String.raw`[\t\n\f\r\p{Zs}]`, 'u');
  punctuationRe ??= new RegExp(String.raw`[!-/:-@[-\x60{-~]|\p{P}`, 'u');
  return !spaceRe.test(ch) && !punctuationRe.test(ch);
}

// cmark_inline_parser_in_bracket (cmark-gfm 0.29.0.gfm.6): no link while a `[` is open on the
// bracket stack, active or not (in_bracket_image0, copied to each bracket pushed after it), nor
// while the last open bracket is a `![` no link has closed after (in_bracket_image1: a link, not
// an image, clears it on the `![`s above the last inactive `[`, and there is none once no `[` is
// open). Open brackets are micromark's label starts not yet `_balanced`; a resolved link is a
// `link` token after them.
function inBracket(events: Event[]): boolean {
  let linkAfter = false;
  let top = true;
  for (let i = events.length - 1; i >= 0; i--) {
    const token = events[i]![1] as Event[1] & { _balanced?: boolean };
    if (token.type === 'link') linkAfter = true;
    else if (token.type === 'labelLink' && !token._balanced) return true;
    else if (token.type === 'labelImage' && !token._balanced) {
      if (top && !linkAfter) return true;
      top = false;
    }
  }
  return false;
}

/**
 * autolink.c#check_domain on what follows `://` (allow_short) or from `www.` (`dot`: www_match
 * wants a `.` among the characters it looked at): host characters, `-`, `.` and `_` up to the
 * first other one (or just after the first character that is not ASCII: its is_valid_hostchar
 * decodes at each byte, and a continuation byte decodes to nothing: `_` after `é` is no domain's);
 * refused when an `_` is in one of its last two labels. cmark never looks at the
 * chunk's last character, so at the end of the text it is not counted (`with www.` ends no link).
 */
function domainOk(chars: string[], atEnd: boolean, dot = false): boolean {
  let under1 = 0, under2 = 0, dots = 0;
  const stop = atEnd ? chars.length - 1 : chars.length;
  for (let i = 1; i < stop; i++) {
    const c = chars[i]!;
    if (c === '_') under2++;
    else if (c === '.') {
      under1 = under2;
      under2 = 0;
      dots++;
    } else if (c !== '-' && !isHostChar(c)) break;
    // it steps one byte at a time: the byte after a character's first is no character, and ends the domain
    if (c.charCodeAt(0) >= 0x80) break;
  }
  return under1 === 0 && under2 === 0 && (!dot || dots > 0);
}

/**
 * autolink.c#autolink_delim: how many characters cmark drops from the end of a URL it scanned up
 * to a space or `<`. Trailing `?!.,:*_~'"` go, a `;` goes with the `&name` before it, a `)` goes
 * while the URL holds more of them than `(`; anything else stays. Every dropped character is
 * ASCII, so the count is the same in UTF-16 units and in code points.
 */
export function autolinkTrailLength(s: string): number {
  let end = s.length;
  while (end > 0) {
    const c = s[end - 1]!;
    if ('?!.,:*_~\'"'.includes(c)) end--;
    else if (c === ';') {
      let n = end - 2;
      while (n > 0 && /[A-Za-z]/.test(s[n]!)) n--;
      end = n < end - 2 && s[n] === '&' ? n : end - 1;
    } else if (c === ')') {
      const head = s.slice(0, end);
      if (head.split(')').length <= head.split('(').length) break;
      end--;
    } else break;
  }
  return s.length - end;
}

/** A literal cmark links: its scheme (`www.` byte for byte, the others in any case) and token. */
interface CmarkLiteral {
  readonly scheme: string;
  readonly exact: boolean;
  readonly token: 'literalAutolinkHttp' | 'literalAutolinkWww';
}
const FTP: CmarkLiteral = { scheme: 'ftp://', exact: false, token: 'literalAutolinkHttp' };

/**
 * autolink.c#url_match (`ftp://`, and `http(s)://`) or www_match: after `://` a host character,
 * then a domain check_domain accepts (`www.` included for www_match), then everything up to a space
 * or `<`, less autolink_delim's trail. A look ahead measures the link; the construct then takes
 * that many characters as micromark's own literal tokens.
 */
function cmarkLiteral(literal: CmarkLiteral, ok: State, nok: State, effects: Effects): State {
  const { scheme, exact, token } = literal;
  const domainFrom = scheme.endsWith('://') ? scheme.length : 0;
  let length = 0;
  const measure: Construct = {
    partial: true,
    tokenize(fx, yes, no) {
      const chars: string[] = [];
      const judge = (code: Code, atEnd: boolean): State | undefined => {
        if (domainFrom > 0 && (chars.length === domainFrom || !isHostChar(chars[domainFrom]!))) return no(code);
        if (!domainOk(chars.slice(domainFrom), atEnd, domainFrom === 0)) return no(code);
        length = chars.length - autolinkTrailLength(chars.join(''));
        return length > domainFrom ? yes(code) : no(code);
      };
      // The paragraph's last line loses its trailing spaces: a link before them ends the text.
      const trailing: State = (code) => {
        if (code === 32 || code === -2 || code === -1) {
          fx.consume(code);
          return trailing;
        }
        return judge(code, code === null);
      };
      const scan: State = (code) => {
        if (chars.length < scheme.length) {
          const ch = code === null || code < 0 ? '' : String.fromCodePoint(code);
          if ((exact ? ch : ch.toLowerCase()) !== scheme[chars.length]) return no(code);
        } else if (code === 32 || code === -2 || code === -1) {
          return trailing(code);
        } else if (isSpace(code) || code === LT) {
          return judge(code, code === null);
        }
        chars.push(String.fromCodePoint(code!));
        fx.consume(code);
        return scan;
      };
      return scan;
    },
  };
  let taken = 0;
  const take: State = (code) => {
    if (taken === length) {
      effects.exit(token);
      effects.exit('literalAutolink');
      return ok(code);
    }
    taken++;
    effects.consume(code);
    return take;
  };
  return effects.check(
    measure,
    (c) => {
      effects.enter('literalAutolink');
      effects.enter(token);
      return take(c);
    },
    nok,
  );
}

function tokenizeFtp(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const link = cmarkLiteral(FTP, ok, nok, effects);
  return (code) => ((code !== F && code !== UPPER_F) || isAlpha(this.previous) || inBracket(this.events) ? nok(code) : link(code));
}

const WWW: CmarkLiteral = { scheme: 'www.', exact: true, token: 'literalAutolinkWww' };
const HTTP: CmarkLiteral = { scheme: 'http://', exact: false, token: 'literalAutolinkHttp' };
const HTTPS: CmarkLiteral = { scheme: 'https://', exact: false, token: 'literalAutolinkHttp' };

// Where micromark's www or http(s) construct refuses a literal whose domain cmark's check accepts
// (it reads an `_` in the last two labels before a final `.` as the domain's: `www.ex_ample.org.`
// ends in the labels `org` and the empty one), cmark's own reading of the link: same previous
// character rules as micromark's construct, no link in an open bracket.
function orCmarkLiteral(self: TokenizeContext, micromark: Construct, literals: CmarkLiteral[], ok: State, nok: State, effects: Effects): State {
  if (inBracket(self.events) || (micromark.previous && !micromark.previous.call(self, self.previous))) return nok;
  return literals.reduceRight<State>((next, literal) => cmarkLiteral(literal, ok, next, effects), nok);
}

const ftpAutolink: Construct = { name: 'cmarkFtpAutolink', tokenize: tokenizeFtp, previous: (code) => !isAlpha(code) };

// check_domain on what www_match or url_match reads (from `www.`, or after `://`), up to a space
// or `<`: a trailing `_` is still the domain's for cmark (`www.x.org_` is no link), where micromark
// drops it as trail first.
function cmarkDomain(skip: number, dot: boolean): Construct {
  return {
    partial: true,
    tokenize(effects, ok, nok) {
      const chars: string[] = [];
      const judge = (atEnd: boolean): boolean => chars.length <= skip || domainOk(chars.slice(skip), atEnd, dot);
      // The paragraph's last line loses its trailing spaces: a domain before them ends the text.
      const trailing: State = (code) => {
        if (code === 32 || code === -2 || code === -1) {
          effects.consume(code);
          return trailing;
        }
        return judge(code === null) ? ok(code) : nok(code);
      };
      const scan: State = (code) => {
        if (code === 32 || code === -2) return trailing(code);
        if (isSpace(code) || code === LT) return judge(code === null) ? ok(code) : nok(code);
        chars.push(String.fromCodePoint(code!));
        effects.consume(code);
        return scan;
      };
      return (code) => {
        effects.enter('data');
        return scan(code);
      };
    },
  };
}

// www_match: only after a space, `*`, `_`, `~` or `(` (micromark also takes `[` and `]`).
function wwwAfterCmarkPrevious(www: Construct): Construct {
  return {
    ...www,
    tokenize(effects, ok, nok) {
      if (this.previous === OPEN_BRACKET || this.previous === CLOSE_BRACKET) return nok;
      return effects.check(cmarkDomain(0, true), orCmarkLiteral(this, www, [WWW], ok, nok, effects), nok);
    },
  };
}

// url_match: the domain after `://` as check_domain reads it.
function protocolWithCmarkDomain(protocol: Construct): Construct {
  return {
    ...protocol,
    tokenize(effects, ok, nok) {
      const run = orCmarkLiteral(this, protocol, [HTTP, HTTPS], ok, nok, effects);
      let scheme = 0;
      const measure: Construct = {
        partial: true,
        tokenize(fx, yes, no) {
          const skip: State = (code) => {
            if (code === null || code < 0 || code === 32) return no(code);
            fx.consume(code);
            scheme++;
            return code === 47 && scheme >= 3 ? slash2 : skip;
          };
          // `://`: the domain starts after the second slash.
          const slash2: State = (code) => (code === 47 ? (fx.consume(code), fx.exit('data'), fx.attempt(cmarkDomain(0, false), yes, no)) : no(code));
          return (code) => {
            fx.enter('data');
            return skip(code);
          };
        },
      };
      return effects.check(measure, run, nok);
    },
  };
}

// micromark-extension-gfm-autolink-literal's gfmAtext: letters, digits and `+-._`.
const isAtext = (c: number): boolean => c === 43 || c === 45 || c === 46 || c === 95 || (c >= 48 && c <= 57) || isAlpha(c);

/**
 * Whether the run of atext that starts where `context` is (a word's start) may end in `@`: the
 * e-mail construct takes nothing else (its `atext` state refuses any other end). False when the
 * run ends inside the current chunk on another character, when a second `@` follows in what cmark
 * reads as the domain (secondAt), or when a `www.` after an `_` in it
 * starts a URL: cmark links `www.` as it parses inlines (after a `_` too), before it looks for
 * addresses in what is left (`a_www.b.c@x.org` is `a_` and a www. link).
 */
function atextRunMayEndInAt(context: TokenizeContext): boolean {
  const now = context.now();
  // (an index of -1 slices nothing off: the whole chunk, without copying it)
  const [chunk] = context.sliceStream({ start: { ...now, _bufferIndex: -1 }, end: { ...now, _index: now._index + 1, _bufferIndex: 0 } });
  if (typeof chunk !== 'string' || !isAtext(chunk.charCodeAt(now._bufferIndex))) return true;
  for (let i = now._bufferIndex + 1; i < chunk.length; i++) {
    const c = chunk.charCodeAt(i);
    if (c === 64) return !wwwInRun(chunk.slice(now._bufferIndex, i + 1)) && !delimiterUnderscore(chunk, now._bufferIndex, i) && !secondAt(chunk, i + 1) && !urlInDomain(chunk, i + 1);
    if (!isAtext(c)) return false;
  }
  return true;
}

const isAlnumCode = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

// cmark looks for addresses only in the texts left once emphasis is resolved (autolink.c#postprocess):
// an `_` of the local part that is not between two letters or digits may open or close emphasis
// (`+_foo@e.co x_` is `+` and an <em> holding the address), so the construct leaves such a word to
// the attention and to the address search of the texts after (autolink-literal.ts). The character
// before the word is no letter or digit (micromark's previousEmail).
function delimiterUnderscore(chunk: string, start: number, at: number): boolean {
  for (let k = start; k < at; k++) {
    if (chunk.charCodeAt(k) === 95 && (k === start || !isAlnumCode(chunk.charCodeAt(k - 1)) || !isAlnumCode(chunk.charCodeAt(k + 1)))) return true;
  }
  return false;
}

// autolink.c#postprocess_text reads the domain on over letters, digits, `-`, `_`, a `.` before a
// letter or digit, and `@`, and links nothing when it met a second `@` (`a@b.c@d.e` is `a@` and
// the address `b.c@d.e`, found from the second `@`).
function secondAt(chunk: string, from: number): boolean {
  for (let j = from; j < chunk.length; j++) {
    const c = chunk.charCodeAt(j);
    if (c === 64) return true;
    if (isAlnumCode(c) || c === 45 || c === 95 || (c === 46 && j + 1 < chunk.length && isAlnumCode(chunk.charCodeAt(j + 1)))) continue;
    return false;
  }
  return false;
}

/**
 * Whether a URL literal starts in the domain after an `@` at `from` (over letters, digits, `-`,
 * `_` and `.`): cmark links it while parsing inlines, before it looks for addresses in the text
 * left (`a@b.co-http://a.b/c` is the text `a@b.co-` and a link). url_match rewinds from the `:`
 * over letters, so `http`, `https` or `ftp` after anything but a letter, then `://` and a domain
 * check_domain accepts; www_match takes `www.` after an `_` only (of the characters read here).
 */
function urlInDomain(chunk: string, from: number): boolean {
  for (let j = from; j < chunk.length; j++) {
    const c = chunk.charCodeAt(j);
    if (!(isAlnumCode(c) || c === 45 || c === 95 || c === 46)) return false;
    if (isAlpha(chunk.charCodeAt(j - 1))) continue;
    const scheme = /^(?:https?|ftp):\/\//i.exec(chunk.slice(j, j + 8));
    if (scheme && urlDomainOk(chunk, j + scheme[0].length, 0)) return true;
    if (c === 119 && chunk.charCodeAt(j - 1) === 95 && chunk.startsWith('www.', j) && urlDomainOk(chunk, j, 1)) return true;
  }
  return false;
}

// check_domain on the chunk from `at` up to a space or `<` (the domain after `://`, or from `www.`).
function urlDomainOk(chunk: string, at: number, dot: 0 | 1): boolean {
  const end = chunk.slice(at).search(/[\s<]/);
  const chars = [...(end < 0 ? chunk.slice(at) : chunk.slice(at, at + end))];
  if (chars.length === 0 || (!dot && !isHostChar(chars[0]!))) return false;
  return domainOk(chars, end < 0, dot === 1);
}

// A `_www.` in `run` (atext up to its `@`) whose domain www_match's check accepts (the `@` ends it).
function wwwInRun(run: string): boolean {
  for (let i = run.indexOf('_www.'); i >= 0; i = run.indexOf('_www.', i + 1)) {
    if (domainOk([...run.slice(i + 1)], false, true)) return true;
  }
  return false;
}

/**
 * The e-mail construct (registered on every letter, digit and `+-._`) asked first whether the
 * word ahead holds an `@` before its end. micromark's text tokenizer ends its data and attempts
 * the construct at every word start its `previous` lets through, then merges the data back
 * (text.js resolveAllText); a word without `@` fails the construct for sure, so it is no break.
 * The same tokens, without an attempt and two data tokens per word.
 */
function emailAhead(email: Construct): Construct {
  const previous = email.previous!;
  // micromark's previousEmail (true unless a `/` or atext comes before), asked at every letter:
  // its atext test reads each code through a regex, this one compares codes (null: the start).
  const fast = previous.name === 'previousEmail';
  return {
    ...email,
    previous(code) {
      return (fast ? code === null || (code !== 47 && !isAtext(code)) : previous.call(this, code)) && atextRunMayEndInAt(this);
    },
    // `previous` only tells micromark where a word may start: where another construct breaks the
    // text too (`f` for ftp://), the e-mail construct is tried whatever its `previous` says.
    tokenize(effects, ok, nok) {
      return atextRunMayEndInAt(this) ? email.tokenize.call(this, effects, ok, nok) : nok;
    },
  };
}

/** micromark's GFM autolink literals, with cmark's ftp:// and its stricter `www.`. */
export function cmarkAutolinkLiteral(): Extension {
  const text = { ...(gfmAutolinkLiteral().text as Record<number, Construct | Construct[]>) };
  let ahead: Construct | undefined;
  for (const [code, list] of Object.entries(text)) {
    text[Number(code)] = [list].flat().map((c) => (c.name === 'emailAutolink' ? (ahead ??= emailAhead(c)) : c));
  }
  const constructs = (code: number): Construct[] => [text[code] ?? []].flat();
  const email = constructs(UPPER_W).filter((c) => c.name !== 'wwwAutolink');
  // cmark links `www.` while parsing inlines and addresses only after (autolink.c#postprocess, in
  // texts): at a `w`, the `www.` literal is tried before an address (`www.a.b@c.d` is a URL).
  const www = constructs(LOWER_W)
    .map((c) => (c.name === 'wwwAutolink' ? wwwAfterCmarkPrevious(c) : c))
    .sort((a, b) => Number(b.name === 'wwwAutolink') - Number(a.name === 'wwwAutolink'));
  for (const code of [104, 72]) text[code] = constructs(code).map((c) => (c.name === 'protocolAutolink' ? protocolWithCmarkDomain(c) : c));
  text[UPPER_W] = email;
  text[LOWER_W] = www;
  text[F] = [...constructs(F), ftpAutolink];
  text[UPPER_F] = [...constructs(UPPER_F), ftpAutolink];
  return { text };
}
