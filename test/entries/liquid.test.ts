// kyll/liquid: Jekyll's Liquid without a site. Expected text from real Jekyll
// 4.3.1 building the same template as a page (timezone Asia/Shanghai, baseurl /blog).
import { createJekyllLiquid } from '../../lib/entries/liquid.js';
import { isKyllError } from '../../lib/index.js';

const items = [{ n: 1, t: 'a' }, { n: 3, t: 'b' }, { n: 5, t: 'c' }];

describe('createJekyllLiquid', () => {
  const jekyll = createJekyllLiquid({
    config: { timezone: 'Asia/Shanghai', baseurl: '/blog' },
    includes: { 'note.html': '<aside>{{ include.text | upcase }}</aside>' },
  });

  test.each([
    ['{{ page.items | where_exp: "i", "i.n > 2" | map: "t" | join: "," }}', 'b,c'],
    ['{{ page.when | date_to_xmlschema }}', '2022-02-11T22:22:45+08:00'],
    ['{{ "Hello, World! 你好" | slugify }}', 'hello-world-你好'],
    ['{{ page.items | jsonify }}', '[{"n":1,"t":"a"},{"n":3,"t":"b"},{"n":5,"t":"c"}]'],
    ['{{ page.items[0] }} {{ nil | inspect }}', '{"n"=>1, "t"=>"a"} nil'],
    ['{{ "/x.css" | relative_url }}', '/blog/x.css'],
    ['{% include note.html text="hi" %}', '<aside>HI</aside>'],
    ['{{ site.baseurl }} {{ site.markdown }}', '/blog kramdown'],
  ])('%s', (template, expected) => {
    expect(jekyll.render(template, { page: { items, when: '2022-02-11 22:22:45 +0800' } })).toBe(expected);
  });

  test('the liquidjs instance has the tags and filters for other tools', () => {
    expect(jekyll.liquid.parseAndRenderSync('{{ "Hello World" | slugify }} {{ x | where_exp: "i", "i.n > 2" | size }}', { x: items })).toBe('hello-world 2');
  });

  test('errors are KyllErrors naming the template', () => {
    let error: unknown;
    try {
      jekyll.render('line\n{% include missing.html %}', {}, 'mine.html');
    } catch (e) {
      error = e;
    }
    expect(isKyllError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'INCLUDE_NOT_FOUND', file: 'mine.html', line: 2 });
  });

  test('with no options: Jekyll defaults', () => {
    expect(createJekyllLiquid().render('{{ 1.0 }} {{ "a b" | cgi_escape }}')).toBe('1.0 a+b');
  });
});
