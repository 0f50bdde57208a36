// IncludeTag's patterns are Ruby's: VALID_FILENAME_CHARS's ^ and $ stand only at a \n (a JS
// multiline pattern also takes \r, U+2028 and U+2029 as line ends), and \s is ASCII white space
// (JS's also takes U+2028). So a name with U+2028 is invalid, and so are parameters ending with
// one. Expected: Jekyll 4.3.1.
import { pageOutputOrError } from '../helpers/page-output.js';

const build = (page: string): Promise<string> => pageOutputOrError({ '_config.yml': 'title: x\n', '_includes/a.html': 'INC{{ include.k }}' }, page);

test.each([
  ['{% include a\u2028a.html %}', 'File contains invalid characters or sequences:\n\n  a\u2028a.html\n'],
  ['{% include \u2028a.html %}', 'File contains invalid characters or sequences:\n\n  \u2028a.html\n'],
  ['{% include a.html\u2028k=1 %}', 'File contains invalid characters or sequences:\n\n  a.html\u2028k=1\n'],
  ['{% include a.html k=1\u2028 %}', 'Invalid syntax for include tag:\n\nk=1\u2028\n'],
  ['{% include a.html k=1\u2029 %}', 'Invalid syntax for include tag:\n\nk=1\u2029\n'],
  ['{% include_relative p\u2028.html %}', 'File contains invalid characters or sequences:\n\n  p\u2028.html\n'],
  // VARIABLE_SYNTAX is not anchored: the variable starts after a `{` that opens no `{{`
  ["{% include {x {{ 'a.html' }} %}", "Invalid syntax for include tag:\n\n{{ 'a.html' }}\n"],
])('%j fails as in Jekyll', async (page, message) => {
  expect(await build(page)).toContain(message);
});

test('a \\r is white space: it ends the name', async () => {
  expect(await build('{% include a.html\rk=1 %}')).toBe('INC1\n');
});
