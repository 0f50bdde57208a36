// DateFilters: `return date if date.to_s.empty?`, where an array's to_s is its inspect (`[]`),
// so an array reaches DateFilters#time and fails as Jekyll 4.3.1 does.
import { render } from './helpers.js';

test.each([
  ['{% assign e = "" | split: "," %}{{ e | date_to_string }}', "Invalid Date: '[]' is not a valid datetime."],
  ['{% assign e = "a" | split: "," %}{{ e | date_to_xmlschema }}', `Invalid Date: '["a"]' is not a valid datetime.`],
])('%s fails', (template, message) => {
  expect(() => render(template, {})).toThrow(message);
});

test('nil and the empty string stay as they are in the date filters', () => {
  expect(render('[{{ nil | date_to_string }}][{{ "" | date_to_rfc822 }}]', {})).toBe('[][]');
});
