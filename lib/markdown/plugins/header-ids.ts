// Header ids when the parser left none (kramdown's own scheme, used with
// `input: kramdown` and for headers inside footnotes): generate_id and in_toc?
// of kramdown/converter/base.rb.
import type { ConvertState } from './convert-state.js';
import { basicId } from './handlers-block.js';

export function headerId(s: ConvertState, rawText: string): string {
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
