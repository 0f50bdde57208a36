// findLiteral looks for a pattern that starts with whitespace by the rest of it
// (filters/find-literal.ts): whatever the text, it must find what indexOf finds, and
// replace/remove must give what String#gsub with a string pattern gives.
import { findLiteral } from '../../lib/liquid/filters/find-literal.js';
import { replaceAllLiteral } from '../../lib/liquid/filters/replace-chain.js';
import { render } from './helpers.js';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

test('finds what indexOf finds, and replaces every occurrence, over random texts', () => {
  const rnd = random(11);
  const alphabet = [' ', ' ', '\n', '\t', '<', 'a', 'b', '中', '/'];
  const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  for (let round = 0; round < 3000; round++) {
    const text = word(Math.floor(rnd() * 60));
    const pattern = word(1 + Math.floor(rnd() * (round % 2 ? 4 : 10)));
    const from = Math.floor(rnd() * (text.length + 2)) - 1;
    expect(findLiteral(text, pattern, from)).toBe(text.indexOf(pattern, from));
    const rep = word(Math.floor(rnd() * 3));
    expect(replaceAllLiteral(text, pattern, rep)).toBe(text.split(pattern).join(rep));
  }
});

test('a long text replaced again and again (summed up after a few searches) gives what split and join give', () => {
  const rnd = random(5);
  const alphabet = [' ', '<', '/', 'a', 'b', 'c', 'd', '>', '\n', '文'];
  const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  for (let round = 0; round < 4; round++) {
    let text = word(6000);
    let expected = text;
    for (let step = 0; step < 300; step++) {
      const from = Math.floor(rnd() * expected.length);
      const pattern = rnd() < 0.5 ? expected.slice(from, from + 1 + Math.floor(rnd() * 6)) : word(2 + Math.floor(rnd() * 4));
      const rep = word(Math.floor(rnd() * 4));
      if (pattern === '') continue;
      expected = expected.split(pattern).join(rep);
      text = replaceAllLiteral(text, pattern, rep);
      expect(text).toBe(expected);
      if (rnd() < 0.1) replaceAllLiteral(word(20), 'a', 'b'); // a short text in between
      if (rnd() < 0.05) replaceAllLiteral(word(5000), 'ab', 'c'); // another long one
    }
  }
});

// Past 32K characters the chain holds the text as parts (replace-chain.ts): matches that cross
// from one part into the next, overlapping candidates (gsub takes the leftmost, then goes on
// after it), parts that shrink to nothing or grow past the cut must all give what split/join give.
test('a text held as parts gives what split and join give, matches across the edges included', () => {
  const rnd = random(7);
  for (const alphabet of [['a', 'b'], ['a', 'b', '中', ' '], ['<', 'p', '>', ' ', '文', '\n']]) {
    const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
    let text = word(40000);
    let expected = text;
    for (let step = 0; step < 60; step++) {
      const pattern = word(1 + Math.floor(rnd() * 5));
      const grow = rnd() < 0.3;
      const rep = grow ? word(2 + Math.floor(rnd() * 8)) : word(Math.floor(rnd() * 2));
      expected = expected.split(pattern).join(rep);
      text = replaceAllLiteral(text, pattern, rep);
      expect(text.length).toBe(expected.length);
      expect(text).toBe(expected);
      if (expected.length > 150000 || expected.length < 33000) expected = text = word(40000);
    }
  }
});

test('a match at each offset across the 16K cut is replaced once', () => {
  for (const pattern of ['ab', '中文x', ' <div', '</li> ']) {
    for (let k = 0; k <= pattern.length; k++) {
      const source = `${'文'.repeat(16384 - k)}${pattern}${pattern}${'y'.repeat(40000)}${pattern}`;
      const expected = source.split(pattern).join('[]');
      let text = replaceAllLiteral(source, 'zz', 'q'); // starts the chain: held as parts
      text = replaceAllLiteral(text, pattern, '[]');
      expect(text).toBe(expected);
      expect(replaceAllLiteral(text, '[]', '')).toBe(expected.split('[]').join(''));
    }
  }
});

test('a sequence a replacement makes across the edge of two parts is in the summary', () => {
  const source = `${'x'.repeat(16383)}aQe${'y'.repeat(50000)}`; // parts cut at 16,384: "…a" | "Qe…"
  let text = source;
  for (const absent of ['zz1', 'zz2', 'zz3']) text = replaceAllLiteral(text, absent, ''); // summed up
  text = replaceAllLiteral(text, 'Q', 'cd');
  expect(replaceAllLiteral(text, 'acde', '!')).toBe(`${'x'.repeat(16383)}!${'y'.repeat(50000)}`);
});

test('a long pattern whose first characters recur often is still found', () => {
  const text = `${'<div class="a"> '.repeat(40)}<div class="b"> `;
  expect(findLiteral(text, ' <div class="b">', 0)).toBe(text.indexOf(' <div class="b">'));
  expect(findLiteral(text, ' <div class="c">', 0)).toBe(-1);
  expect(findLiteral(text, '<div class="a"> ', 17)).toBe(32);
});

test('as the filters: replace, replace_first and remove with a leading space', () => {
  expect(render('{{ "a  <p> <p>" | replace: " <p", "<p" }}|{{ "a  <p> <p>" | replace_first: " <p", "[\\0]" }}|{{ "x </li> </li>" | remove: " </li>" }}|{{ " " | remove: "" }}')).toBe('a <p><p>|a [ <p]> <p>|x| ');
});

// String#gsub's replacement string (rb_reg_regsub): `\+` is the last group that matched, and a
// string pattern has none, so it is left out, as `\1`; other letters keep their backslash. Jekyll
// 4.3.1: NexT's lineno helper (`source | replace: code, code_with_lineno`) drops the `\+` of a
// code block's '(^[\+\-]?\d+)'.
test('replace: \\+ in the replacement is the last group, none for a string pattern', () => {
  expect(render(`{% assign r = '[\\+|\\1|\\&|\\-|\\d|\\\\|\\\`]' %}{{ "abc" | replace: "b", r }}|{{ "abcb" | replace_first: "b", r }}|{{ "a+b" | replace: "+", "\\+\\+" }}`)).toBe('a[||b|\\-|\\d|\\|a]c|a[||b|\\-|\\d|\\|a]cb|ab');
});
