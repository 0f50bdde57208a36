// smartify against Jekyll 4.3.1's Converters::SmartyPants: fixtures/smartify/expected.json
// is what real Jekyll wrote for each input of cases.json under each site's kramdown
// settings (scripts/record-smartify.rb): entity_output, smart_quotes and typographic_symbols
// count, and HTML is read by kramdown's block and span HTML parsers (an unknown element
// closes only at its end tag written in the same case).
import { readFileSync } from 'node:fs';
import { createSmartify } from '../../lib/markdown/smartify.js';
import { resolveOptions } from '../../lib/markdown/options.js';

const dir = new URL('../../fixtures/smartify/', import.meta.url);
const cases = JSON.parse(readFileSync(new URL('cases.json', dir), 'utf8')) as { inputs: string[] };
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as Array<{ kramdown: Record<string, unknown>; outputs: string[] }>;

describe.each(expected.map((e) => [JSON.stringify(e.kramdown), e] as const))('kramdown %s', (_name, { kramdown, outputs }) => {
  const smartify = createSmartify(resolveOptions(kramdown));
  test.each(cases.inputs.map((input, i) => [input, outputs[i]]))('%j', (input, output) => {
    expect(smartify(input)).toBe(output);
  });
});

// A US-ASCII text (Ruby's to_s of a number or of most arrays): kramdown cannot encode a curly quote
// or a dash in it, so it writes them as numeric entities (Jekyll 4.3.1: `{{ site.numbers | smartify }}`).
test('US-ASCII text: typography as numeric entities, entities as written', () => {
  const ascii = createSmartify({ ...resolveOptions({}), encodable: (c) => c.charCodeAt(0) < 128 });
  expect(ascii(`[3, 1, 2, "it's -- x"]`)).toBe('[3, 1, 2, &#8220;it&#8217;s &#8211; x&#8221;]');
  expect(ascii('[3, "&copy; ... <<"]')).toBe('[3, &#8220;&copy; &#8230; &#171;&#8221;]');
});
