// drop.rb#page_number formats seo_paginator_message with Ruby's Kernel#format and a Hash
// (current:, total:). Each expectation is what Ruby 3.1 gave for format(message, current: 2, total: 3).
// kyll replaced only %<current>s and %<total>s, so `%{current}`, `%<current>d`, widths and the
// messages Ruby stops on (a number, `%d`, an unknown key) came out as written.
import { paginatorMessage } from '../../lib/plugins/seo/paginator-message.js';

const cases: Array<[unknown, string]> = [
  ['Page %<current>s of %<total>s for ', 'Page 2 of 3 for '],
  ['%{current}/%{total} ', '2/3 '],
  ['%<current>03d|%<total>-4s|', '002|3   |'],
  ['%s x', '{:current=>2, :total=>3} x'],
  ['%% %<current>d', '% 2'],
  ['%<current>5.1f', '  2.0'],
  ['%-5<current>s|', '2    |'],
  ['%05<current>s', '    2'],
  ['%+<current>d', '+2'],
];

test.each(cases)('%j gives %j', (message, text) => {
  expect(paginatorMessage(message, 2, 3)).toBe(text);
});

test.each([
  [5, 'no implicit conversion of Integer into String'],
  ['%d x', "can't convert Hash into Integer"],
  ['%<current>s %s', 'unnumbered(1) mixed with named'],
  ['%<foo>s', 'key<foo> not found'],
  ['%{foo}', 'key{foo} not found'],
  ['100%', 'incomplete format specifier; use %% (double %) instead'],
  ['%s %s', 'too few arguments'],
])('%j stops the build: %s', (message, error) => {
  expect(() => paginatorMessage(message, 2, 3)).toThrow(error);
});
