// Follows Rouge 3.30 lib/rouge/lexers/cpp.rb.
import { rx, type LexerDef } from '../engine.js';
import { C_ID, C_WORDS, cLexer, type CWords, type Extra } from './c.js';

/** A subclass's word list: its parent's plus its own (`super + Set.new(...)`). */
export const plus = (a: ReadonlySet<string>, more: string): Set<string> => new Set([...a, ...more.trim().split(/\s+/)]);
// A Regexp interpolated into another is a group (?-mix:...), so that a quantifier after it applies to all of it.
const DQ = String.raw`(?:\d('?\d)*)`;

export const CPP_WORDS: CWords = {
  keywords: plus(C_WORDS.keywords, `asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield
    delete dynamic_cast explicit export friend mutable namespace new operator private protected public
    reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual final override
    alignas alignof decltype noexcept static_assert thread_local try`),
  types: plus(C_WORDS.types, 'bool'),
  reserved: plus(C_WORDS.reserved, `__virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event`),
};

/** Cpp's rules over C's. */
const CPP_EXTRA: Extra = {
  root: [[/(?:__offload|__blockingoffload|__outer)\b/, 'Keyword.Pseudo']],
  statements: [
    [/(class|struct)\b/, 'Keyword', 'classname'],
    [/template\b/, 'Keyword', 'template'],
    [rx(`${DQ}(\\.${DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\\b`), 'Num.Other'],
    [rx(`(${DQ}[.]${DQ}?|[.]${DQ})(e[+-]?${DQ}[lu]*)?`, 'i'), 'Num.Float'],
    [rx(`${DQ}e[+-]?${DQ}[lu]*`, 'i'), 'Num.Float'],
    [/0x\h('?\h)*[lu]*/i, 'Num.Hex'],
    [/0b[01]+('[01]+)*/, 'Num.Bin'],
    [/0[0-7]('?[0-7])*[lu]*/i, 'Num.Oct'],
    [rx(`${DQ}[lu]*`, 'i'), 'Num.Integer'],
    [/\bnullptr\b/, 'Name.Builtin'],
    [/(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*\+\-\/\^&|~!=,"']{,16})\(.*?\)\1"/s, 'Str'],
    [/(::|<=>)/, 'Operator'],
    [/[{}]/, 'Punctuation'],
  ],
  states: {
    classname: [
      [rx(C_ID), 'Name.Class', '#pop'],
      { mixin: 'whitespace' },
      [/[.]{3}/, 'Operator'],
      [/,/, 'Punctuation', '#pop'],
      [/(?:)/, (lx) => lx.pop()],
    ],
    template: [
      [/[>;]/, 'Punctuation', '#pop'],
      [/typename\b/, 'Keyword', 'classname'],
      { mixin: 'statements' },
    ],
    case: [[/:(?!:)/, 'Punctuation', '#pop'], { mixin: 'statements' }],
  },
};

/** A lexer of Cpp or a subclass (cuda.rb, objective_cpp.rb): `more` rules go before Cpp's, as a
 * subclass's `prepend` puts them. */
export function cppLexer(name: string, aliases: readonly string[], words: CWords, more: Extra = {}): LexerDef {
  return cLexer(name, aliases, words, {
    root: [...(more.root ?? []), ...CPP_EXTRA.root!],
    statements: [...(more.statements ?? []), ...CPP_EXTRA.statements!],
    states: { ...CPP_EXTRA.states, ...more.states },
  });
}

export const cpp = cppLexer('cpp', ['c++'], CPP_WORDS);
