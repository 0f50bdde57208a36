// JekyllLiquid#shareIncludes: a page-independent include renders once per site drop, and
// only where every name it reads resolves as at its first render; an output of literals
// and site.* prints once per site drop (lib/liquid/shared-includes.ts, sync-output.ts).
// The site object is changed between renders here, which a build never does, to see which
// renders reused the first output. Includes test `site.on` in an `if`, which is not an
// output: what they print shows whether the include itself was rendered again.
import { liquid } from './helpers.js';

const files = {
  '_includes/flag.html': '<{% if site.on %}on{% else %}off{% endif %}>',
  '_includes/set.html': '{% assign v = site.title | upcase %}{% for i in site.list limit: 1 %}{{ i }}{% endfor %}',
  '_includes/param.html': '[{{ include.x }}{% if site.on %}on{% endif %}]',
};

function setup() {
  const l = liquid({ files });
  const site: Record<string, unknown> = { title: 'first', on: true, list: [1, 2, 3] };
  l.shareIncludes(site, []);
  const render = (text: string, scope: Record<string, unknown> = { site }) => l.render(l.parse(text, 'page.html'), scope);
  return { l, site, render };
}

describe('shared includes', () => {
  it('reuse the first output for the same site drop', () => {
    const { site, render } = setup();
    expect(render('{% include flag.html %}')).toBe('<on>');
    site.on = false;
    expect(render('{% include flag.html %}')).toBe('<on>');
    // another site drop (another build's) renders anew
    expect(render('{% include flag.html %}', { site: { on: false } })).toBe('<off>');
  });

  it('render anew inside a loop of the page, or where the page set `site`', () => {
    const { site, render } = setup();
    render('{% include flag.html %}');
    site.on = false;
    expect(render('{% for i in (1..1) %}{% include flag.html %}{% endfor %}')).toBe('<off>');
    expect(render('{% assign site = "x" %}{% include flag.html %}')).toBe('<off>');
  });

  it('set again what the include leaves to the page: its variables and for offsets', () => {
    const { render } = setup();
    const page = '{% assign v = "page" %}{% include set.html %}{{ v }}|{% for i in site.list offset: continue %}{{ i }}{% endfor %}';
    expect(render(page)).toBe('1FIRST|23');
    expect(render(page)).toBe('1FIRST|23');
  });

  it('key outputs by their literal parameters; variable parameters are not shared', () => {
    const { site, render } = setup();
    expect(render('{% include param.html x="a" %}{% include param.html x="b" %}')).toBe('[aon][bon]');
    site.on = false;
    expect(render('{% include param.html x="a" %}{% include param.html x="c" %}')).toBe('[aon][c]');
    expect(render('{% assign y = "d" %}{% include param.html x=y %}')).toBe('[d]');
  });
});

describe('site-constant outputs', () => {
  it('print once per site drop: literals and site.* through the build’s own filters', () => {
    const { l, site } = setup();
    const tpl = l.parse('{{ site.title | upcase }}|{{ "/a.css" | relative_url }}|{{ page.title }}', 'layout.html');
    expect(l.render(tpl, { site, page: { title: 'p1' } })).toBe('FIRST|/a.css|p1');
    site.title = 'second';
    expect(l.render(tpl, { site, page: { title: 'p2' } })).toBe('FIRST|/a.css|p2');
    expect(l.render(tpl, { site: { title: 'other' }, page: { title: 'p3' } })).toBe('OTHER|/a.css|p3');
  });

  it('print anew where a scope of the page names `site`', () => {
    const { l, site } = setup();
    const tpl = l.parse('{{ site.title }}{% for site in page.sites %}[{{ site.title }}]{% endfor %}{% assign site = page.other %}[{{ site.title }}]', 'layout.html');
    expect(l.render(tpl, { site, page: { sites: [{ title: 'L1' }], other: { title: 'A1' } } })).toBe('first[L1][A1]');
    site.title = 'second';
    expect(l.render(tpl, { site, page: { sites: [{ title: 'L2' }], other: { title: 'A2' } } })).toBe('first[L2][A2]');
  });
});

describe('lists of documents', () => {
  it('an include reading site.pages renders anew when the list grows; an output reading it is not constant', () => {
    const l = liquid({ files: { '_includes/n.html': '{{ site.pages | size }}' } });
    const site: Record<string, unknown> = { pages: [{ title: 'a' }] };
    l.shareIncludes(site, ['pages']);
    const tpl = l.parse('{% include n.html %}/{{ site.pages | size }}', 'layout.html');
    expect(l.render(tpl, { site })).toBe('1/1');
    (site.pages as unknown[]).push({ title: 'a.css.map' });
    expect(l.render(tpl, { site })).toBe('2/2');
  });
});
