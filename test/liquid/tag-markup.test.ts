// How Liquid 5.4 (Jekyll 4.3.1, error_mode warn) reads odd tag markups; each expected output is
// real Jekyll's, from scripts/fuzz-liquid.mjs --try with the same page data.
import { JekyllTime } from '../../lib/time/index.js';
import { failure, post, render } from './helpers.js';

const page = { title: 'Fuzz', n: 3, list: [3, 1, 2], ff: false, h: { a: 1, b: [1, 2] } };

describe('tag markups as Liquid 5.4 reads them', () => {
  test('whitespace between a lookup and its `.key` or `[key]` (Parser#expression joins the tokens)', () => {
    expect(render('{{ page .title }}|{{ page .h. a }}|{{ page ["title"] }}|{{ page .list [0] }}|{{ "x" | append: page .h .a }}|{% echo page .title %}|{% assign v = page .h ["b"] .last %}{{ v }}', { page }))
      .toBe('Fuzz|1|Fuzz|3|x1|Fuzz|2');
    expect(render('{% if page .n == 3 %}A{% endif %}{% unless page .ff %}U{% endunless %}{% for x in page .list limit: page .h .a %}{{ x }}{% endfor %}{% if page.n == 3 and [page] %}B{% endif %}', { page }))
      .toBe('AU3');
  });

  test('an assign of nothing assigns nil (Variable#strict_parse of an empty markup)', () => {
    expect(render('{% assign a = %}[{{ a }}]{% assign b =   %}[{{ b }}]', { a: 1, b: 2 })).toBe('[][]');
  });

  test('a `when` with no value is a syntax error; one in a comment is never read', () => {
    expect(failure(() => render('{% case page.n %}{% when %}A{% else %}B{% endcase %}', { page })).message)
      .toContain("Syntax Error in tag 'case' - Valid when condition: {% when [condition] [or condition2...] %}");
    expect(render('{% comment %}{% when %}{% endcomment %}ok')).toBe('ok');
  });

  test('a raw tag with markup is a syntax error (Raw#ensure_valid_markup)', () => {
    expect(failure(() => render('{% raw x %}y{% endraw %}')).message).toContain("Syntax Error in 'raw' - Valid syntax: raw");
    expect(render('{% raw -%} y{% endraw %}')).toBe(' y');
  });

  test('a block opened with `{%-` and never closed names its tag (Block#raise_tag_never_closed)', () => {
    expect(failure(() => render('{%- if true -%}')).message).toContain("'if' tag was never closed");
    expect(failure(() => render('{%-   unless "%" %}')).message).toContain("'unless' tag was never closed");
  });

  test('post_url with a folder that is no post\'s falls back to the date and slug (PostComparer#deprecated_equality)', () => {
    const first = post('_posts/2022-02-11-first-post.md', '/news/2022/02/11/first-post.html', new JekyllTime(Date.UTC(2022, 1, 11), 0), 'first-post');
    expect(render('{% post_url news/2022-02-11-first-post %}', {}, { posts: [first] })).toBe('/news/2022/02/11/first-post.html');
  });

  test('an include\'s file name is found as Ruby\'s String#match searches VARIABLE_SYNTAX (unanchored)', () => {
    const files = { '_includes/note.html': '[{{ include.text }}]' };
    expect(render('{% include {{{ f }} text="a" %}', { f: 'note.html' }, { files })).toBe('[a]');
    expect(failure(() => render('{% include {{ "note.html" | strip }} text={{ t }} %}', { t: 'Fuzz' }, { files })).message)
      .toContain('File contains invalid characters or sequences:\n\n  "note.html" | strip }} text=Fuzz\n');
  });

  test('an elsif after an else is parsed and never reached (If#unknown_tag pushes it after the else)', () => {
    expect(render('{% if page.n == 3 %}x{% elsif true %}y{% else %}z{% elsif true %}w{% endif %}', { page })).toBe('x');
    expect(render('{% if false %}x{% else %}z{% elsif true %}w{% else %}v{% endif %}')).toBe('z');
    expect(render('{% unless true %}x{% else %}z{% elsif true %}w{% endunless %}')).toBe('z');
  });

  test('a case renders its whens and elses in order (Case#render_to_output_buffer)', () => {
    expect(render('{% case 1 %}{% when 1 %}a{% else %}b{% when 1 %}c{% endcase %}')).toBe('ac');
    expect(render('{% case 1 %}{% else %}b{% when 1 %}c{% else %}d{% endcase %}')).toBe('bc');
    expect(render('{% case 1 %}{% when 2 %}a{% else %}b{% else %}c{% when 2 %}d{% else %}e{% endcase %}')).toBe('bce');
    expect(render('{% case 1 %} {% when 1 %} {% else %} {% endcase %}x')).toBe('x');
  });

  test('for and tablerow over a time or a float loop over nothing (no #each)', () => {
    expect(render('{% for x in 1.0 %}{{ x }}{% else %}E{% endfor %}|{% for x in 1..3 %}{{ x }}{% else %}E{% endfor %}|{% for x in t %}{{ x }}{% else %}E{% endfor %}', { t: new JekyllTime(Date.UTC(2022, 1, 11), 28800) }))
      .toBe('E|E|E');
    expect(render('{% tablerow x in 1.0 %}{{ x }}{% endtablerow %}')).toBe('<tr class="row1">\n</tr>\n');
  });

  test('for attributes with no space between them, and a collection named as its tokens join (For#strict_parse)', () => {
    expect(render('{% for x in page.list limit:2offset:1 %}{{ x }}{% endfor %}|{% for x in page.list offset:1limit:1 %}{{ x }}{% endfor %}', { page })).toBe('12|1');
    expect(render('{% for x in (1..5) limit:2 %}{{ x }}{% endfor %}{% for x in (1..5) offset:continue limit:2 %}{{ x }}{% endfor %}{% for x in ( 1 .. 5 ) offset:continue %}{{ x }}{% endfor %}')).toBe('12345');
  });
});
