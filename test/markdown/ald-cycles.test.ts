// An ALD that refers to itself, directly or through another ALD: kramdown's update_attr_with_ial
// follows the references for ever and Ruby's stack overflows, so Jekyll 4.3.1 stops with a
// Conversion error ("stack level too deep") when an element uses it (scripts/fuzz-kramdown-shapes.mjs
// mode odd). An unused cycle, and references that end, convert.
import { createMarkdownConverter } from '../../lib/markdown/index.js';

const c = createMarkdownConverter({ markdown: 'kramdown' });

test('an element using an ALD that names itself fails the conversion, naming the file', () => {
  expect(() => c.convert('{:a: a}\n\npara\n{: a}\n', 'a.md')).toThrow("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': stack level too deep");
  expect(() => c.convert('{:a: b}\n{:b: .x a}\n\npara\n{: a}\n')).toThrow('stack level too deep');
  expect(() => c.convert('{:a: a .x}\n\n*e*{: a}\n')).toThrow('stack level too deep');
  expect(() => c.convert('{:a: a}\n\n[l](/u){: .c a}\n')).toThrow('stack level too deep');
});

test('a cycle no element uses, and references that end, convert', () => {
  expect(c.convert('{:a: a}\n\npara\n')).toBe('\n<p>para</p>\n');
  expect(c.convert('{:a: b .y}\n{:b: .x}\n\npara\n{: a a}\n')).toBe('\n<p class="x y x y">para</p>\n');
});
