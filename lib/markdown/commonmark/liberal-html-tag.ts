// commonmark's LIBERAL_HTML_TAG option: when a `<` opens no autolink and no HTML that cmark
// reads, cmark-gfm (inlines.c#handle_pointy_brace) still takes it as raw inline HTML when
// `[^\n\x00]+ [>]` follows it (scanners.re#_scan_liberal_html_tag): at least one character and
// then a `>` on the same line, re2c's longest match reaching the line's LAST `>`. Tried after the
// other constructs at `<` (add: 'after'), it gives the htmlText tokens they give, so the tree has
// the same `html` node (written or, without UNSAFE, left out as other raw HTML is).
import type { Code, Construct, Extension, State, TokenizeContext, Effects } from 'micromark-util-types';

const LT = 60, GT = 62;
// micromark's codes: null the end, -5..-3 line endings.
const ends = (c: Code): boolean => c === null || c < -2;

// A `>` with another `>` later on its line: the match goes on to that one.
const laterGt: Construct = {
  name: 'cmarkLiberalLaterGt',
  tokenize(effects: Effects, ok: State, nok: State): State {
    const scan: State = (code) => {
      if (ends(code)) return nok(code);
      if (code === GT) return ok(code);
      effects.consume(code);
      return scan;
    };
    return (code) => {
      effects.consume(code);
      return scan;
    };
  },
  partial: true,
};

function tokenizeLiberalTag(this: TokenizeContext, effects: Effects, ok: State, nok: State): State {
  const rest: State = (code) => {
    if (ends(code)) return nok(code);
    if (code === GT) return effects.check(laterGt, goOn, finish)(code);
    effects.consume(code);
    return rest;
  };
  const goOn: State = (code) => {
    effects.consume(code);
    return rest;
  };
  const finish: State = (code) => {
    effects.consume(code);
    effects.exit('htmlTextData');
    effects.exit('htmlText');
    return ok;
  };
  const first: State = (code) => {
    if (ends(code)) return nok(code);
    effects.consume(code);
    return rest;
  };
  return (code) => {
    effects.enter('htmlText');
    effects.enter('htmlTextData');
    effects.consume(code);
    return first;
  };
}

const liberalTag: Construct = { name: 'cmarkLiberalHtmlTag', tokenize: tokenizeLiberalTag, add: 'after' };

export const cmarkLiberalHtmlTag: Extension = { text: { [LT]: liberalTag } };
