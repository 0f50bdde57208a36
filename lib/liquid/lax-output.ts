// Ruby Liquid's lax parsing of `{{ ... }}` (Liquid::Variable#lax_parse), used
// when Jekyll's default `liquid.error_mode: warn` lets a sloppy output through:
// `{{ }}`, `{{ x | default "y" }}`, `{{ a | | b }}`, `{{ page.title.. }}`.
// An output liquidjs cannot parse is rewritten into the strict form Ruby
// would have understood, and a warning says so.

// Liquid's QuotedString, QuotedFragment, FilterParser and FilterArgsRegex (liquid.rb).
const QUOTED_STRING = `"[^"]*"|'[^']*'`;
const QUOTED_FRAGMENT = `(?:${QUOTED_STRING}|(?:[^\\s,|'"]|${QUOTED_STRING})+)`;
const MARKUP_WITH_FRAGMENT = new RegExp(`(${QUOTED_FRAGMENT})([\\s\\S]*)`);
const FILTER_MARKUP = /\|\s*([\s\S]*)/;
const FILTER_PARSER = new RegExp(`(?:\\s+|${QUOTED_FRAGMENT}|,)+`, 'g');
const FILTER_ARGS = new RegExp(`(?::|,)\\s*((?:\\w+\\s*:\\s*)?${QUOTED_FRAGMENT})`, 'g');
const LITERAL = new RegExp(`^(?:${QUOTED_STRING}|-?\\d+(?:\\.\\d+)?|\\(\\S+\\.\\.\\S+\\)|true|false|nil|null|empty|blank)$`);
const LOOKUP_PART = /\[[^\]]+\]|[\w-]+\??/g;

/** The strict markup Ruby's lax parser reads `markup` as; '' when it reads nothing. */
export function laxOutputMarkup(markup: string): string {
  const m = MARKUP_WITH_FRAGMENT.exec(markup);
  if (!m) return '';
  const name = expression(m[1]!);
  if (name === '') return '';
  const filters: string[] = [];
  const filterMarkup = FILTER_MARKUP.exec(m[2]!);
  if (filterMarkup) {
    for (const f of filterMarkup[1]!.match(FILTER_PARSER) ?? []) {
      const filterName = /\w+/.exec(f);
      if (!filterName) continue;
      const args = [...f.matchAll(FILTER_ARGS)].map((a) => a[1]!);
      filters.push(args.length > 0 ? `${filterName[0]}: ${args.join(', ')}` : filterName[0]);
    }
  }
  return [name, ...filters].join(' | ');
}

// Expression.parse: a literal as it is, else a variable lookup of its parts.
function expression(markup: string): string {
  if (LITERAL.test(markup)) return markup;
  const parts = markup.match(LOOKUP_PART) ?? [];
  return parts.map((p, i) => (p.startsWith('[') || i === 0 ? p : `.${p}`)).join('');
}

const OUTPUT = /\{\{(-?)([\s\S]*?)(-?)\}\}/g;
const VERBATIM = /\{%-?\s*(raw|comment)\s*-?%\}[\s\S]*?\{%-?\s*end\1\s*-?%\}/g;

/**
 * Rewrites each `{{ ... }}` of `text` that `parses` rejects (outside raw and
 * comment blocks) as Ruby's lax parser reads it. Lines stay where they were.
 */
export function relaxOutputs(text: string, parses: (output: string) => boolean, rewritten: (from: string, to: string) => void = () => undefined): string {
  const verbatim: Array<[number, number]> = [];
  for (const v of text.matchAll(VERBATIM)) verbatim.push([v.index!, v.index! + v[0].length]);
  return text.replace(OUTPUT, (whole: string, open: string, markup: string, close: string, at: number) => {
    if (verbatim.some(([a, b]) => at >= a && at < b) || parses(whole)) return whole;
    const lax = laxOutputMarkup(markup);
    const newlines = '\n'.repeat((markup.match(/\n/g) ?? []).length);
    const out = lax === '' ? `{{${open} "" ${newlines}${close}}}` : `{{${open} ${lax} ${newlines}${close}}}`;
    rewritten(whole, out);
    return out;
  });
}
