// kyll/testing's HTML reader and selector subset.
import { parseHtml, selectAll, textContent } from '../../lib/testing/index.js';
import { isKyllError } from '../../lib/index.js';

const page = parseHtml(`<!DOCTYPE html>
<html><head><title>A &amp; B</title><script>if (a < b) {}</script></head>
<body>
<!-- <h1>not me</h1> -->
<nav class="site-nav main"><a href="/" class=home>Home</a><a href='/about/' data-x>About &#8220;us&#x201D;</a></nav>
<ul id="posts"><li>One<li class="new">Two <em>now</em></ul>
<p>First<p>Second<br>line<img src="x.png" alt="X"/>
<div><p>In div</div>
</body></html>`);

test.each([
  ['title', ['A & B']],
  ['a', ['Home', 'About “us”']],
  ['nav.site-nav > a.home', ['Home']],
  ['nav a[data-x]', ['About “us”']],
  ['a[href="/about/"]', ['About “us”']],
  ['a[href^="/ab"], a[href$="/"]', ['Home', 'About “us”']],
  ['#posts li', ['One', 'Two now']],
  ['#posts > li.new em', ['now']],
  ['body > p', ['First', 'Secondline\n']],
  ['div p', ['In div']],
  ['h1', []],
  ['script', ['if (a < b) {}']],
])('%s', (selector, texts) => {
  expect(selectAll(page, selector).map(textContent)).toEqual(texts);
});

test('attributes are decoded, void and self-closed elements take no children', () => {
  const [img] = selectAll(page, 'img');
  expect(img).toMatchObject({ name: 'img', attributes: { src: 'x.png', alt: 'X' }, children: [] });
  expect(selectAll(page, 'a').map((a) => a.attributes.href)).toEqual(['/', '/about/']);
});

test('a selector outside the subset is an INVALID_SELECTOR error', () => {
  let error: unknown;
  try {
    selectAll(page, 'a:first-child');
  } catch (e) {
    error = e;
  }
  expect(isKyllError(error) && error.code).toBe('INVALID_SELECTOR');
});
