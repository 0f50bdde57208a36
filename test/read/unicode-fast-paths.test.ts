// Patterns with \p{...} classes (costly for V8 to make and compile) have ASCII
// (and CJK) fast paths that answer as the full pattern does: psych-scalar's
// STRINGISH, parse-date's noise and time patterns (lib/read).
import { STRINGISH, stringish, surelyStringishChar } from '../../lib/read/psych-scalar.js';
import { NOISE_ASCII, NOISE_RE, TIME_ASCII, TIME_RE } from '../../lib/read/parse-date.js';

const CLASS = /^[\p{Alphabetic}_ \t\n\v\f\r!@#$%^&*(){}<>|/\\~;=]$/u;

test('surelyStringishChar holds only members of STRINGISH’s class', () => {
  for (let cp = 0; cp < 0x10000; cp++) {
    if (cp >= 0xd800 && cp <= 0xdfff) continue;
    if (surelyStringishChar(cp) && !CLASS.test(String.fromCodePoint(cp))) throw new Error(`U+${cp.toString(16)} is not in the class`);
  }
  for (const c of 'aZ_ !=~漢か카ア') expect(surelyStringishChar(c.codePointAt(0)!)).toBe(true);
  for (const c of '09.:-"\'é') expect(surelyStringishChar(c.codePointAt(0)!)).toBe(false);
});

test('stringish answers as STRINGISH', () => {
  const parts = ['', 'a', 'Z', '1', '-', '.', ':', '"', "'", ' ', '_', '漢', '字', 'か', '카', 'é', 'ж', '😀', '🀄', '\u0301', '々', '〇', '。', '「', '\n', '=', '9', '\ud800'];
  let n = 0;
  for (const a of parts)
    for (const b of parts)
      for (const c of ['', 'x', '1', '漢', '\nb']) {
        const s = a + b + c;
        expect([s, stringish(s)]).toEqual([s, STRINGISH().test(s)]);
        n++;
      }
  expect(n).toBe(parts.length * parts.length * 5);
});

test('the ASCII noise and time patterns read ASCII text as the Unicode ones', () => {
  const texts = [
    '2020-01-02 10:20:30 PST',
    'Sat Aug 28 02:55:50 +09:00 1999',
    '10:20 pm Pacific Standard Time',
    '1999-12-31 23:59 utc+5:30',
    '3pm est (dst)',
    'PT0H10M 1h30m 5 h 3 am',
    'Thu, 01 Jan 1970 00:00:00 GMT+0100',
    '12:00 a.m. Zulu9',
    '[2020/01/02] <10:00> {x} #1 $2 %3 ^4 &5 *6',
    '10:00 foo_bar baz-qux',
  ];
  for (const t of texts) {
    expect([t, t.replace(NOISE_ASCII, ' ')]).toEqual([t, t.replace(NOISE_RE(), ' ')]);
    const s = t.replace(NOISE_ASCII, ' ');
    expect([t, TIME_ASCII.exec(s)?.slice()]).toEqual([t, TIME_RE().exec(s)?.slice()]);
  }
});
