// `kramdown: input: html`: Jekyll hands Markdown files to kramdown's HTML parser
// (kramdown/parser/html.rb), which reads the text as HTML, turns what it can into kramdown's
// own elements (html_to_native) and writes it back: a parser of its own that kyll does not
// have. kyll reads such text as kramdown's default GFM input and says so once per build.
import type { Diagnostic } from '../types.js';

export function kramdownInputWarning(config: Readonly<Record<string, unknown>>): Diagnostic | undefined {
  if (String(config.markdown ?? 'kramdown').toLowerCase() !== 'kramdown') return undefined;
  const kramdown = config.kramdown as Record<string, unknown> | null | undefined;
  const input = kramdown && typeof kramdown === 'object' ? kramdown.input : undefined;
  // KramdownParser: "Kramdown::Parser::#{input[0].upcase}#{input[1..]}" names the parser.
  if (typeof input !== 'string' || !/^[hH]tml$/.test(input)) return undefined;
  return {
    level: 'warning',
    code: 'INVALID_CONFIG',
    message: `kramdown input: ${input} is not supported by kyll: Markdown is read as GFM, where Jekyll reads it with kramdown's HTML parser.`,
    file: '_config.yml',
  };
}
