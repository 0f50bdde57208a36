// JekyllLiquid#shareIncludes: a page-independent include renders once per site drop, and
// only where every name it reads resolves as at its first render (lib/liquid/shared-includes.ts).
// The site object is changed between renders here, which a build never does, to see which
// renders reused the first output.
import { liquid } from './helpers.js';

const files = {
  '_includes/title.html': '<{{ site.title }}>',
  '_includes/set.html': '{% assign v = site.title | upcase %}{% for i in site.list limit: 1 %}{{ i }}{% endfor %}',
  '_includes/param.html': '[{{ include.x }}{{ site.title }}]',
};

function setup() {
  const l = liquid({ files });
  const site: Record<string, unknown> = { title: 'first', list: [1, 2, 3] };
  l.shareIncludes(site, []);
  const render = (text: string, scope: Record<string, unknown> = { site }) => l.render(l.parse(text, 'page.html'), scope);
  return { l, site, render };
}

describe('shared includes', () => {
  it('reuse the first output for the same site drop', () => {
    const { site, render } = setup();
    expect(render('{% include title.html %}')).toBe('<first>');
    site.title = 'second';
    expect(render('{% include title.html %}')).toBe('<first>');
    // another site drop (another build's) renders anew
    expect(render('{% include title.html %}', { site: { title: 'other' } })).toBe('<other>');
  });

  it('render anew inside a loop of the page, or where the page set `site`', () => {
    const { site, render } = setup();
    render('{% include title.html %}');
    site.title = 'second';
    expect(render('{% for i in (1..1) %}{% include title.html %}{% endfor %}')).toBe('<second>');
    expect(render('{% assign site = "x" %}{% include title.html %}')).toBe('<>');
  });

  it('set again what the include leaves to the page: its variables and for offsets', () => {
    const { render } = setup();
    const page = '{% assign v = "page" %}{% include set.html %}{{ v }}|{% for i in site.list offset: continue %}{{ i }}{% endfor %}';
    expect(render(page)).toBe('1FIRST|23');
    expect(render(page)).toBe('1FIRST|23');
  });

  it('key outputs by their literal parameters; variable parameters are not shared', () => {
    const { site, render } = setup();
    expect(render('{% include param.html x="a" %}{% include param.html x="b" %}')).toBe('[afirst][bfirst]');
    site.title = 'second';
    expect(render('{% include param.html x="a" %}{% include param.html x="c" %}')).toBe('[afirst][csecond]');
    expect(render('{% assign y = "d" %}{% include param.html x=y %}')).toBe('[dsecond]');
  });
});
