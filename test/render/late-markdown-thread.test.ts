// When a site's read texts are enough Markdown for a thread of their own (lib/render/late-markdown-thread.ts).
import { LATE_THREAD_CHARS, lateThreadYoungGeneration, switchableConverter, worthALateThread } from '../../lib/render/late-markdown-thread.js';
import type { MarkdownConverter } from '../../lib/markdown/types.js';

const kramdown = { markdown: 'kramdown', kramdown: {} };
const commonmark = { markdown: 'CommonMark', kramdown: {} };
const texts = (total: number, parts = 10): string[] => Array.from({ length: parts }, () => 'x'.repeat(Math.ceil(total / parts)));

test('from its own number of characters for each processor', () => {
  expect(worthALateThread(texts(LATE_THREAD_CHARS.kramdown - 100), kramdown)).toBe(false);
  expect(worthALateThread(texts(LATE_THREAD_CHARS.kramdown), kramdown)).toBe(true);
  expect(worthALateThread(texts(LATE_THREAD_CHARS.commonmark), commonmark)).toBe(true);
  expect(worthALateThread(texts(LATE_THREAD_CHARS.commonmark), { ...commonmark, markdown: 'GFM' })).toBe(true);
  expect(worthALateThread(texts(LATE_THREAD_CHARS.commonmark - 100), commonmark)).toBe(false);
  expect(worthALateThread([], kramdown)).toBe(false);
  // KYLL_LATE_THREAD_CHARS, for any processor; what is not a whole number is ignored
  expect(worthALateThread(texts(1000), kramdown, '1000')).toBe(true);
  expect(worthALateThread(texts(999, 1), commonmark, ' 1000 ')).toBe(false);
  expect(worthALateThread(texts(1), kramdown, '0')).toBe(true);
  expect(worthALateThread([], kramdown, '0')).toBe(false);
  expect(worthALateThread(texts(1000), kramdown, 'many')).toBe(false);
  expect(lateThreadYoungGeneration(commonmark)).toBeGreaterThan(3);
  expect(lateThreadYoungGeneration(kramdown)).toBeUndefined();
});

test('the switchable converter hands its work, and its warnings, to the converter given later', () => {
  const named = (name: string): MarkdownConverter => ({ convert: (t) => `${name}:${t}`, warnings: [{ message: name, ruleId: name }] });
  const c = switchableConverter(named('here'));
  expect(c.convert('a')).toBe('here:a');
  expect(c.warnings).toEqual([{ message: 'here', ruleId: 'here' }]);
  c.use(named('thread'));
  expect(c.convert('b')).toBe('thread:b');
  expect(c.warnings).toEqual([{ message: 'thread', ruleId: 'thread' }]);
});
