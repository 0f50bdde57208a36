// remove_first keeps the text it made as pieces (filters/remove-first.ts): whatever the sequence of
// calls, each result must be what String#sub(pattern, '') gives. Random texts and patterns (taken
// from the text, so that most calls remove something, or not), each result fed back as the next
// input as jekyll-compress-html's loop does, with other texts in between.
import { removeFirst } from '../../lib/liquid/filters/remove-first.js';
import { render } from './helpers.js';

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

test('each result is the text without the first occurrence, over random sequences', () => {
  const rnd = random(7);
  const alphabet = ['a', 'b', '<', '!', '-', '>', ' ', '中', '文', '\n'];
  const word = (n: number): string => Array.from({ length: n }, () => alphabet[Math.floor(rnd() * alphabet.length)]).join('');
  for (let round = 0; round < 300; round++) {
    let text = word(20 + Math.floor(rnd() * 200));
    let expected = text;
    for (let step = 0; step < 40; step++) {
      const from = Math.floor(rnd() * Math.max(1, expected.length));
      const pattern = rnd() < 0.8 ? expected.slice(from, from + 1 + Math.floor(rnd() * 8)) : word(1 + Math.floor(rnd() * 3));
      expected = expected.replace(pattern, '');
      text = removeFirst(text, pattern);
      expect(text).toBe(expected);
      if (rnd() < 0.1) removeFirst(word(30), 'a'); // another text in between
    }
  }
});

test('as the filter, with Liquid values', () => {
  expect(render('{{ "a<!-- x -->b<!-- y -->c" | remove_first: "<!-- x -->" | remove_first: "<!-- y -->" }}|{{ nil | remove_first: "a" }}|{{ 1.5 | remove_first: "." }}')).toBe('abc||15');
});
