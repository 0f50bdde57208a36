// Rouge::Formatters::HTML#span (formatters/html.rb) over Lexer#lex, as kramdown's rouge.rb
// and Jekyll's highlight tag call them; lexers looked up like Rouge::Lexer.find (lexer.rb).
import { Bailout, Lexing, type LexerDef } from './engine.js';
import { guessLexer } from './guess.js';
import { lexerModule } from './lexer-modules.js';
import { LEXER_INDEX, type LexerEntry } from './registry.js';

const byName = new Map<string, LexerEntry>();
for (const entry of LEXER_INDEX) for (const n of [entry[0], ...entry[1]]) byName.set(n, entry);

/** The lexer named `name` (or an alias), its module loaded on first use. */
function lexerDef(name: string): LexerDef<any> | undefined {
  const entry = byName.get(name);
  if (!entry) return undefined;
  const def = lexerModule(entry[2])?.[entry[3]] as LexerDef<any> | undefined;
  if (!def?.states) throw new Error(`highlight: lexers/${entry[2]} defines no lexer ${entry[3]}`);
  return def;
}

/** Every language name and alias we highlight (Rouge's tags and aliases, case-sensitive). */
export function supportedLanguages(): string[] {
  return [...byName.keys()].sort();
}

/** The options of Lexer.find_fancy (CGI.parse: `&`- or `;`-separated key=value, the last value kept). */
function parseOptions(query: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const pair of query.split(/[&;]/)) {
    if (!pair) continue;
    const eq = pair.indexOf('=');
    const dec = (s: string): string => { try { return decodeURIComponent(s.replace(/\+/g, ' ')); } catch { return s; } };
    out[dec(eq < 0 ? pair : pair.slice(0, eq))] = eq < 0 ? '' : dec(pair.slice(eq + 1));
  }
  return out;
}

/** Lexer.find_fancy: a fresh, reset lexer for `lang` (with its ?options), or null; the name
 * `guess` asks Lexer.guess about `code` (and the `mimetype` option). */
function findLexer(lang: string, code = ''): Lexing<any> | null {
  const q = lang.indexOf('?');
  const name = q < 0 ? lang : lang.slice(0, q);
  const options = q < 0 ? {} : parseOptions(lang.slice(q + 1));
  const def = lexerDef(name === 'guess' ? guessLexer(code, options.mimetype) : name);
  if (!def) return null;
  const lx = new Lexing(def);
  lx.options = options;
  lx.find = findLexer;
  return lx.reset();
}

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
/** HTML#escape_special_html_chars: only & < > are escaped (quotes stay as they are). */
export function escapeHtml(s: string): string {
  return /[&<>]/.test(s) ? s.replace(/[&<>]/g, (c) => ESC[c]!) : s;
}

/**
 * The inner HTML Rouge writes for `code` in `lang` (one span per merged token, Text without a
 * span, & < > escaped), or null when we have no lexer for `lang`: the caller then escapes the
 * code as plain text, which is what Rouge's plaintext lexer writes. `lang` may carry Rouge's
 * `?option=value` suffix (Lexer.find_fancy); the options are ignored.
 */
export function highlightCode(code: string, lang: string): string | null {
  // PlainText: the whole input is one Text token, written without a span (kramdown's
  // default language for code spans and blocks, so the common case).
  if (lang === 'plaintext' || lang === 'text') return escapeHtml(code);
  const lx = findLexer(lang, code);
  if (!lx) return null;
  lx.budget = { steps: code.length * 4 + 1000 };
  let html = '';
  let lastTok: string | null = null;
  let lastVal = '';
  const flush = (): void => {
    if (lastTok === null) return;
    const v = escapeHtml(lastVal);
    html += lastTok === '' ? v : `<span class="${lastTok}">${v}</span>`;
  };
  try {
    lx.run(code, (tok, val) => {
      if (!val) return;
      if (tok === 'esc') tok = 'err'; // Formatter#filter_escapes
      if (tok === lastTok) { lastVal += val; return; }
      flush();
      lastTok = tok;
      lastVal = val;
    });
  } catch (e) {
    if (e instanceof Bailout || e instanceof RangeError) return escapeHtml(code);
    throw e;
  }
  flush();
  return html;
}
