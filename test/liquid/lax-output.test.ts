// liquid.error_mode: warn (Jekyll's default) reads sloppy outputs as Ruby
// Liquid's lax parser does. Expected values from real Jekyll 4.3.1 builds of
// one-line pages: `C{{ page.title | default "x" }}` gave "C", `D{{ }}` "D",
// `G{{ page.title.. }}|{{ site.title | upcase | | downcase }}` "G|lax".
import { KyllError } from '../../lib/errors/index.js';
import { laxOutputMarkup } from '../../lib/liquid/lax/output.js';
import { render } from './helpers.js';

describe('lax outputs', () => {
  test.each([
    ['C{{ page.title | default "x" }}', 'C'],
    ['D{{ }}', 'D'],
    ['G{{ page.title.. }}|{{ site.title | upcase | | downcase }}', 'G|lax'],
  ])('%s renders %s, as in Jekyll', (text, expected) => {
    expect(render(text, { page: {}, site: { title: 'Lax' } })).toBe(expected);
  });

  test('what the lax parser makes of a markup', () => {
    expect(laxOutputMarkup(' page.title | default "x" ')).toBe('page.title | default');
    expect(laxOutputMarkup(' a | f: 1, "b" | | g ')).toBe('a | f: 1, "b" | g');
    expect(laxOutputMarkup(' ')).toBe('');
  });

  // A JSX snippet in a post (taeyeonkim2/jekyll-theme-yat): Ruby's tokenizer ends the output at
  // the first `}`, and BlockBody#create_variable raises in every error_mode. Jekyll 4.3.1:
  // "Variable '{{ g({value,children}' was not properly terminated with regexp: /\}\}/".
  test('an output that Ruby ends at a single `}` is an error, even when liquidjs could read it', () => {
    const text = 'f(){{\n  g({value,children}) => x\n}}';
    expect(() => render(text, {})).toThrow(/Variable '\{\{\n  g\(\{value,children\}' was not properly terminated with regexp: \/\\\}\\\}\//);
  });

  test('error_mode: strict keeps them errors; `{{ }}` is valid there too (Variable#strict_parse)', () => {
    expect(() => render('{{ x | default "y" }}', {}, { config: { liquid: { error_mode: 'strict' } } })).toThrow(KyllError);
    expect(render('a{{ }}b', {}, { config: { liquid: { error_mode: 'strict' } } })).toBe('ab');
  });
});

describe('hashes with Integer keys', () => {
  test('print and look up as Ruby does (front-matter-yaml: {1=>"one", 2=>"two"} / one /)', async () => {
    const { RubyHash } = await import('../../lib/values/ruby-hash.js');
    const h = new RubyHash([[1, 'one'], [2, 'two']]);
    expect(render('{{ h | inspect }} / {{ h[1] }} / {{ h["1"] }} / {{ h.size }} / {% for p in h %}{{ p[0] }}={{ p[1] }};{% endfor %}', { h })).toBe(
      '{1=&gt;&quot;one&quot;, 2=&gt;&quot;two&quot;} / one /  / 2 / 1=one;2=two;',
    );
    expect(render('{{ h | jsonify }}', { h })).toBe('{"1":"one","2":"two"}');
  });
});

describe('Jekyll date filters on a YAML date', () => {
  // Real Jekyll 4.3.1, timezone Asia/Shanghai, front matter `d: 2022-05-01`:
  // 2022-05-01T00:00:00+08:00|01 May 2022|2022-05-01 +0000 (Date#to_time is local midnight).
  test('date_to_xmlschema takes midnight in the site zone; date formats the Date itself', async () => {
    const { parseYaml } = await import('../../lib/read/yaml.js');
    const d = (parseYaml('d: 2022-05-01\n', 'x.yml') as { d: unknown }).d;
    expect(render('{{ d | date_to_xmlschema }}|{{ d | date_to_string }}|{{ d | date: "%F %z" }}', { d }, { config: { timezone: 'Asia/Shanghai' } })).toBe(
      '2022-05-01T00:00:00+08:00|01 May 2022|2022-05-01 +0000',
    );
  });
});

describe('error_mode', () => {
  const sloppy = '{% if a and a | size > 0 %}y{% endif %}{{ 3 > 5 }}';
  test('strict raises what warn reads laxly, with Liquid\'s message', () => {
    expect(() => render(sloppy, { a: 'x' }, { config: { liquid: { error_mode: 'strict' } } })).toThrow(
      'Liquid syntax error (line 1): Expected end_of_string but found pipe in "a and a | size > 0"',
    );
  });
  test('lax reads it as warn does', () => {
    expect(render(sloppy, { a: 'x' }, { config: { liquid: { error_mode: 'lax' } } })).toBe('y3');
    expect(render(sloppy, { a: 'x' })).toBe('y3');
  });
  test('the tokenizer ends an output at the first }} in every mode', () => {
    expect(() => render('{{ "}}" }}', {}, { config: { liquid: { error_mode: 'strict' } } })).toThrow('Unexpected character " in "{{ "}}"');
  });
});

test('a case takes no parameters after else, as Case#record_else_condition says', () => {
  expect(() => render('{% case 1 %}{% when 2 %}{% else junk %}b{% endcase %}')).toThrow(
    "Liquid syntax error (line 1): Syntax Error in tag 'case' - Valid else condition: {% else %} (no parameters)",
  );
});
