// Ruby Liquid's lax parsing of `{{ ... }}` (Liquid::Variable#lax_parse), used when
// Jekyll's default `liquid.error_mode: warn` lets a sloppy output through:
// `{{ }}`, `{{ x | default "y" }}`, `{{ a | | b }}`, `{{ a > 5 }}` (prints a).
import { laxExpression, QUOTED_FRAGMENT } from './expression.js';

// Variable's MarkupWithQuotedFragment, FilterMarkupRegex, FilterParser, FilterArgsRegex, JustTagAttributes
const MARKUP_WITH_FRAGMENT = new RegExp(`(${QUOTED_FRAGMENT})([\\s\\S]*)`);
const FILTER_MARKUP = /\|[\t\n\v\f\r ]*([\s\S]*)/;
const FILTER_PARSER = new RegExp(`(?:[\\t\\n\\v\\f\\r ]+|${QUOTED_FRAGMENT}|,)+`, 'g');
const FILTER_ARGS = new RegExp(`(?::|,)[\\t\\n\\v\\f\\r ]*((?:\\w+[\\t\\n\\v\\f\\r ]*:[\\t\\n\\v\\f\\r ]*)?${QUOTED_FRAGMENT})`, 'g');
const KEYWORD_ARG = new RegExp(`^(\\w[\\w-]*)[\\t\\n\\v\\f\\r ]*:[\\t\\n\\v\\f\\r ]*(${QUOTED_FRAGMENT})$`);

/** The strict markup Ruby's lax parser reads `markup` as; '' when it reads nothing. */
export function laxOutputMarkup(markup: string): string {
  const m = MARKUP_WITH_FRAGMENT.exec(markup);
  if (!m) return '';
  const filters: string[] = [];
  const filterMarkup = FILTER_MARKUP.exec(m[2]!);
  if (filterMarkup) {
    for (const f of filterMarkup[1]!.match(FILTER_PARSER) ?? []) {
      const filterName = /\w+/.exec(f);
      if (!filterName) continue;
      const args = [...f.matchAll(FILTER_ARGS)].map((a) => {
        const kw = KEYWORD_ARG.exec(a[1]!);
        return kw ? `${kw[1]}: ${laxExpression(kw[2]!)}` : laxExpression(a[1]!);
      });
      filters.push(args.length > 0 ? `${filterName[0]}: ${args.join(', ')}` : filterName[0]);
    }
  }
  return [laxExpression(m[1]!), ...filters].join(' | ');
}

const OUTPUT = /\{\{(-?)([\s\S]*?)(-?)\}\}/g;
const VERBATIM = /\{%-?[\t\n\v\f\r ]*(raw|comment)[\t\n\v\f\r ]*-?%\}[\s\S]*?\{%-?[\t\n\v\f\r ]*end\1[\t\n\v\f\r ]*-?%\}/g;

/**
 * Rewrites each `{{ ... }}` of `text` that `parses` rejects (outside raw and
 * comment blocks) as Ruby's lax parser reads it. Lines stay where they were.
 */
export function relaxOutputs(text: string, parses: (output: string) => boolean, rewritten: (from: string, to: string, at: number) => void = () => undefined): string {
  const verbatim: Array<[number, number]> = [];
  for (const v of text.matchAll(VERBATIM)) verbatim.push([v.index!, v.index! + v[0].length]);
  return text.replace(OUTPUT, (whole: string, open: string, markup: string, close: string, at: number) => {
    if (verbatim.some(([a, b]) => at >= a && at < b) || parses(whole)) return whole;
    const out = laxOutput(open, markup, close);
    rewritten(whole, out, at);
    return out;
  });
}

/** `{{ markup }}` as the lax parser reads it, on as many lines. */
export function laxOutput(open: string, markup: string, close: string): string {
  const lax = laxOutputMarkup(markup);
  const newlines = '\n'.repeat((markup.match(/\n/g) ?? []).length);
  return `{{${open} ${lax === '' ? '""' : lax} ${newlines}${close}}}`;
}
