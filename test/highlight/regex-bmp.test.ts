// The regex variant for inputs without surrogates (regex.ts bmpOnly): each \p{..} class
// narrowed to its BMP ranges must match exactly the BMP characters the property matches,
// case-insensitively too, alone, inside classes, negated, and in look-arounds. Narrowed
// further to the zones of an input's characters (zonesOf), it must match as the property
// does on every character of those zones.
import { ALL_ZONES, BOUNDARY, bmpOnly, jsSource, zonesOf } from '../../lib/highlight/regex.js';

const SOURCES = [
  '[\\p{L}]', '[\\p{M}]', '[\\p{N}]', '[\\p{Pc}]', '[\\p{Alphabetic}]', '[\\p{Nd}]', '[\\p{Uppercase}]', '[\\p{Lowercase}]',
  '[\\p{P}]', '[\\p{Join_Control}]', '[^\\p{L}]', '[\\P{L}]', '[\\p{Alphabetic}_][\\p{Alphabetic}\\p{Nd}]*',
  '[^\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}\\p{Join_Control}-]', `x${BOUNDARY}`, `${BOUNDARY}.`, '(?<=[\\p{Lu}])x',
  jsSource('\\p{Word}+|[[:upper:]]|\\bint\\b'),
];
let all = '';
for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c > 0xdfff) all += String.fromCharCode(c);

describe('regexes narrowed to the BMP', () => {
  test.each(SOURCES.flatMap((s) => [[s, 'yu'], [s, 'yui']]))('%s (%s) matches as the property does on every BMP character', (src, flags) => {
    const full = new RegExp(src, flags);
    const narrow = new RegExp(bmpOnly(src), flags);
    expect(bmpOnly(src)).not.toMatch(/\\[pP]\{/);
    const differ: string[] = [];
    for (let i = 0; i < all.length; i++) {
      for (const s of [all[i]!, `x${all[i]}`, `${all[i]}x`]) {
        full.lastIndex = narrow.lastIndex = s === all[i] ? 0 : 1;
        if (full.exec(s)?.[0] !== narrow.exec(s)?.[0]) differ.push(s);
      }
      if (differ.length > 5) break;
    }
    expect(differ).toEqual([]);
  });
});

describe('regexes narrowed to the zones of an input', () => {
  const texts = ['# 这是一个注释，“你好”（全角）', 'Привет мир', 'é à ü', '한국어 ひらがな カタカナ', 'ⓐ ⅻ Ⰰ ﬀ ＡＢ'];
  test('zonesOf: the zones of the characters beyond ASCII', () => {
    expect(zonesOf('plain ASCII')).toBe(0);
    expect(zonesOf('é')).toBe(zonesOf('ɐ'));
    expect(zonesOf('中')).not.toBe(zonesOf('é'));
    expect(zonesOf('中é')).toBe(zonesOf('中') | zonesOf('é'));
    expect(texts.reduce((m, t) => m | zonesOf(t), 0) & ~ALL_ZONES).toBe(0);
  });
  test.each(texts.flatMap((t) => SOURCES.map((s) => [t, s])))('%s: %s matches as the property does', (text, src) => {
    const zones = zonesOf(text);
    const narrow = new RegExp(bmpOnly(src, zones), 'yu');
    expect(bmpOnly(src, zones).length).toBeLessThanOrEqual(bmpOnly(src).length);
    const full = new RegExp(src, 'yu');
    // Every character of the zones the text touches (and ASCII), as the text's characters would be met.
    const differ: string[] = [];
    for (let i = 0; i < all.length; i++) {
      if (all.charCodeAt(i) >= 0x80 && (zonesOf(all[i]!) & zones) === 0) continue;
      for (const s of [all[i]!, `x${all[i]}`, `${all[i]}x`]) {
        full.lastIndex = narrow.lastIndex = s === all[i] ? 0 : 1;
        if (full.exec(s)?.[0] !== narrow.exec(s)?.[0]) differ.push(s);
      }
      if (differ.length > 5) break;
    }
    expect(differ).toEqual([]);
  });
});
