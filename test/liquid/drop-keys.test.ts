// A Jekyll drop (the site, a document, a collection, a static file) read with a key that is
// neither a String nor nil: Liquid's VariableLookup asks Drop#key?, whose respond_to? raises
// TypeError, and the build stops with Ruby's message. Messages from real Jekyll 4.3.1 runs of
// `{{ site[1.5] }}`, `{% for p in site.posts %}{{ p[1] }}{% endfor %}`, `{{ site[(1..2)] }}`...
import { markJekyllDrop, markLiquidDrop } from '../../lib/values/document-drop-mark.js';
import { RubyHash } from '../../lib/values/ruby-hash.js';
import { render } from './helpers.js';

const drop = (): Record<string, unknown> => markJekyllDrop({ title: 'T', url: '/' });

const fails = (template: string, message: string): void =>
  expect(() => render(template, { page: drop(), posts: [drop()] })).toThrow(`Liquid Exception: ${message} in `);

describe('a Jekyll drop read with a key that is not a String', () => {
  test('an Integer, a Float, true/false, a Range or an Array raise TypeError', () => {
    fails('{{ page[1] }}', '1 is not a symbol nor a string');
    fails('{{ page[true] }}', 'true is not a symbol nor a string');
    fails('{{ page[false] }}', 'false is not a symbol nor a string');
    fails('{{ page[1.5] }}', '1.5 is not a symbol nor a string');
    fails('{% assign k = 1.5 %}{{ page[k] }}', '1.5 is not a symbol nor a string');
    fails('{{ page[(1..2)] }}', '1..2 is not a symbol nor a string');
    fails('{% assign a = "x,y" | split: "," %}{{ page[a] }}', '["x", "y"] is not a symbol nor a string');
  });

  test('in a condition and in a loop too', () => {
    fails('{% if page[1] %}y{% endif %}', '1 is not a symbol nor a string');
    fails('{% for p in posts %}{{ p[3] }}{% endfor %}', '3 is not a symbol nor a string');
  });

  test('the message has no "Liquid error (line N)" prefix: TypeError is no Liquid::Error', () => {
    expect(() => render('{{ page[1] }}', { page: drop() })).toThrow(/Liquid Exception: 1 is not a symbol nor a string in test\.html/);
  });

  test('nil, a String, a Hash (a page), a Liquid::Drop (`jekyll`) and a typed hash do not raise', () => {
    const scope = {
      page: drop(),
      hash: { 1: 'one', title: 'H' },
      jekyll: markLiquidDrop({ version: '4.3.1' }, 'Jekyll::Drops::JekyllDrop'),
      typed: new RubyHash([[1, 'i'], [true, 't']]),
    };
    expect(render('[{{ page[nil] }}|{{ page["title"] }}|{{ hash[true] }}|{{ jekyll[1] }}|{{ typed[1] }}{{ typed[true] }}]', scope)).toBe('[|T|||it]');
  });
});
