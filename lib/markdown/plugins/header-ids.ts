// Header ids when the parser left none (kramdown's own scheme, used with
// `input: kramdown` and for headers inside footnotes): generate_id and in_toc?
// of kramdown/converter/base.rb.
import type { ConvertState } from './convert-state.js';
import { basicId } from './handlers-block.js';
import { KyllError } from '../../errors/kyll-error.js';
import { checkMatchable } from '../kramdown-crash.js';

export function headerId(s: ConvertState, rawText: string): string {
  // generate_id transliterates through Kramdown::Utils::Unidecoder, whose first use runs
  // `gem 'stringex'`: Jekyll's Debian/Bundler set has no stringex, so the build stops on
  // Gem::MissingSpecError at the first header that needs an id (run with jekyll 4.3.1).
  if (s.o.transliterated_header_ids) throw missingStringex();
  // basic_generate_id's gsub raises on bytes that are no UTF-8 (`&#xD800;` in the header)
  checkMatchable(rawText, 'A header without an id of its own');
  let id = basicId(rawText);
  if (id === '') id = 'section';
  const used = s.usedIds.get(id);
  if (used !== undefined) {
    s.usedIds.set(id, used + 1);
    id += `-${used + 1}`;
  } else s.usedIds.set(id, 0);
  return `${s.o.auto_id_prefix}${id}`;
}

export function inToc(s: ConvertState, level: number, attr: Record<string, string>): boolean {
  return s.o.toc_levels.includes(level) && !/\bno_toc\b/.test(attr.class ?? '');
}

function missingStringex(): KyllError {
  return new KyllError('MARKDOWN_ERROR',
    "Could not find 'stringex' (>= 0) (Gem::MissingSpecError): kramdown's transliterated_header_ids needs the stringex gem to make a header id",
    {}, { hint: 'Remove transliterated_header_ids from the kramdown settings, or give the header an id of its own with {#id}' });
}
