// The Markdown thread's numbering of the texts it was sent (lib/render/sent-texts.ts): found
// again by content in any order asked, not only in the order sent.
import { SentTexts } from '../../lib/render/sent-texts.js';

// Texts made at run time: equal contents in different string objects.
const text = (n: number): string => ['para ', String(n), '\n'].join('');

describe('SentTexts', () => {
  test('numbers texts in the order sent and finds them asked in that order, skipping some', () => {
    const sent = new SentTexts();
    for (let n = 0; n < 10; n++) expect(sent.push(text(n))).toBe(n);
    expect(sent.size).toBe(10);
    expect([0, 1, 3, 4, 7, 8, 9].map((n) => sent.idOf(text(n)))).toEqual([0, 1, 3, 4, 7, 8, 9]);
  });

  test('finds texts asked out of order (behind the last found, or far ahead), and none never sent', () => {
    const sent = new SentTexts();
    for (let n = 0; n < 20; n++) sent.push(text(n));
    expect(sent.idOf(text(15))).toBe(15);
    expect(sent.idOf(text(2))).toBe(2);
    expect(sent.idOf(text(3))).toBe(3);
    expect(sent.idOf(text(19))).toBe(19);
    expect(sent.idOf('never sent\n')).toBeUndefined();
    // Texts sent after the map was made are found too.
    expect(sent.push(text(20))).toBe(20);
    expect(sent.idOf(text(0))).toBe(0);
    expect(sent.idOf(text(20))).toBe(20);
  });

  test('a repeated text is found (any of its copies converts alike) wherever it is asked', () => {
    const sent = new SentTexts();
    for (const n of [0, 1, 0, 2, 0]) sent.push(text(n));
    expect(sent.idOf(text(0))).toBe(0);
    expect(sent.idOf(text(1))).toBe(1);
    expect(sent.idOf(text(0))).toBe(2);
    expect(sent.idOf(text(2))).toBe(3);
    expect([0, 2, 4]).toContain(sent.idOf(text(0)));
    expect(sent.idOf(text(1))).toBe(1);
  });

  test('texts asked in reverse order (a miss each time: scans, then a map) are all found', () => {
    const sent = new SentTexts();
    for (let n = 0; n < 60; n++) sent.push(text(n));
    for (let n = 59; n >= 0; n--) expect(sent.idOf(text(n))).toBe(n);
    expect(sent.idOf('never sent\n')).toBeUndefined();
    expect(sent.push(text(60))).toBe(60);
    expect(sent.push(text(5))).toBe(61);
    expect(sent.idOf(text(60))).toBe(60);
    expect([5, 61]).toContain(sent.idOf(text(5)));
  });
});
