// Jekyll's smartify filter (and jekyll-feed's titles): Jekyll::Converters::SmartyPants
// (jekyll/converters/smartypants.rb) runs kramdown's SmartyPants parser over the text with
// the site's kramdown options (entity_output, smart_quotes, typographic_symbols...), then
// kramdown's HTML converter, and chomps the result.
import { parseKramdown } from './kramdown/parse.js';
import { SMARTYPANTS_GRAMMAR } from './kramdown/smartypants.js';
import { parseResultToMdast } from './plugins/kramdown-parse.js';
import remarkKramdownRehype from './plugins/remark-kramdown-rehype.js';
import { writeKelHtml } from './plugins/write-kel-html.js';
import { writeKramdownHtml } from './plugins/write-kramdown-html.js';
import { createHandlers } from './plugins/handlers.js';
import { JEKYLL_KRAMDOWN_DEFAULTS, type KramdownOptions } from './options.js';
import { escapeAll } from './escape.js';
import { firstBinaryByte } from '../values/binary-text.js';
import { KyllError } from '../errors/kyll-error.js';

/** SmartyPants over `input` as a site with these kramdown options converts it. */
export type Smartify = (input: string) => string;

/** A smartify for one site's kramdown options (resolveOptions of its `kramdown:`), made once per build. */
export function createSmartify(options: KramdownOptions = JEKYLL_KRAMDOWN_DEFAULTS): Smartify {
  // The parser class is SmartyPants < Kramdown::Parser::Kramdown: kramdown's rules, not GFM's.
  const o: KramdownOptions = { ...options, input: 'kramdown' };
  const handlerConfig = { options: o, highlight: (code: string) => escapeAll(code) };
  const handlers = createHandlers(handlerConfig);
  const toHast = remarkKramdownRehype({ handlers });
  return (input) => {
    // a binary String (base64_decode's) with bytes beyond ASCII: kramdown's String#encode to UTF-8 fails
    const byte = firstBinaryByte(input);
    if (byte !== undefined) throw new KyllError('MARKDOWN_ERROR', `${byte} from ASCII-8BIT to UTF-8`);
    const result = parseKramdown(input, o, SMARTYPANTS_GRAMMAR);
    const html = writeKelHtml(result, handlerConfig, handlers) ?? writeKramdownHtml(toHast(parseResultToMdast(result)));
    // String#chomp
    return html.replace(/(?:\r\n|\n|\r)$/, '');
  };
}

/** smartify with Jekyll's default kramdown options. */
export const smartify: Smartify = createSmartify();
