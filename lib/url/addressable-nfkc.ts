// Addressable::IDNA.unicode_normalize_kc (addressable/idna/pure.rb), the NFKC that Jekyll's
// uri_escape, relative_url and absolute_url apply: it decomposes with the Unicode data
// addressable ships, older than Node's, so characters added since (㉑, 𝐀, 🈚, ᴬ...) stay as
// they are where String#normalize would make them `21`, `A`, `無`, `A`.
import { KEPT_RANGES, MAPPED } from './addressable-nfkc-table.js';

let kept: RegExp | undefined;

/** The characters Addressable does not normalize as Node does (built on first use; only
 * search and matchAll use it, which leave its lastIndex at 0). */
function keptPattern(): RegExp {
  if (kept === undefined) {
    const cp = (h: string): string => `\\u{${h}}`;
    const ranges = KEPT_RANGES.split(' ').map((r) => r.split('-').map(cp).join('-'));
    for (const code of MAPPED.keys()) ranges.push(cp(code.toString(16)));
    kept = new RegExp(`[${ranges.join('')}]`, 'gu');
  }
  return kept;
}

/** NFKC as Addressable computes it. */
export function addressableNfkc(text: string): string {
  const pattern = keptPattern();
  if (text.search(pattern) < 0) return text.normalize('NFKC');
  // Addressable knows no decomposition and no combining class for such a character: a starter
  // that nothing composes with, so the text on each side of it is normalized on its own.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += text.slice(last, m.index).normalize('NFKC') + (MAPPED.get(m[0].codePointAt(0)!) ?? m[0]);
    last = m.index + m[0].length;
  }
  return out + text.slice(last).normalize('NFKC');
}
