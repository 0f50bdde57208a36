// jekyll-commonmark-ghpages' basic_generate_id: str.gsub(%r!^[^a-zA-Z]+!, "") on the heading's
// HTML, then tr. Ruby's ^ starts lines after \n only, so non-letters after a U+2028 stay (then
// tr drops the U+2028 itself): `Foo\u2028123bar` is foo123bar, not foobar.
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

test('a U+2028 in a heading starts no line for the id', async () => {
  const r = await renderSite({
    source: memorySource({ '_config.yml': 'markdown: GFM\ngithub_pages: true\n', 'a.md': '---\n---\n# Foo\u2028123bar\n' }),
    write: false,
    env: FIXED_ENV,
  });
  expect(String(r.files.find((f) => f.path === 'a.html')?.contents)).toMatch(/^<h1 id="foo123bar">/);
});
