// kramdown writes a reference to a surrogate or past U+10FFFF as the bytes `[cp].pack('U*')` gives,
// no UTF-8; a layout's filter that runs a regular expression, a case mapping or a converter over
// that content stops the build as Ruby does, others take the bytes as they are. Each message as
// Jekyll 4.3.1 (Ruby 3.1, Liquid 5.4) printed it for `{{ content | <filter> }}` in _layouts/l.html.
import { renderSite, memorySource } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const build = (filter: string) =>
  renderSite({
    source: memorySource({ '_config.yml': 'title: t\n', 'index.md': '---\nlayout: l\n---\na &#xD800; <b>x</b>\n', '_layouts/l.html': `{{ content | ${filter} }}\n` }),
    env: FIXED_ENV,
    write: false,
  });

describe('a filter meeting bytes that are no UTF-8', () => {
  test.each([
    ['strip_html', 'Liquid error (line 1): invalid byte sequence in UTF-8'],
    ['strip_newlines', 'Liquid error (line 1): invalid byte sequence in UTF-8'],
    ['newline_to_br', 'Liquid error (line 1): invalid byte sequence in UTF-8'],
    ['url_decode', 'Liquid error (line 1): invalid byte sequence in UTF-8'],
    ['split: ","', 'Liquid error (line 1): invalid byte sequence in UTF-8'],
    ['plus: 1', 'Liquid error (line 1): invalid byte sequence in UTF-8'],
    ['upcase', 'Liquid error (line 1): input string invalid'],
    ['markdownify', 'The source text contains invalid characters for the used encoding UTF-8'],
    ['jsonify', 'source sequence is illegal/malformed utf-8'],
  ])('%s stops the build', async (filter, message) => {
    await expect(build(filter)).rejects.toThrow(`Liquid Exception: ${message} in (memory)/_layouts/l.html`);
  });

  test.each(['replace: "x", "y"', 'escape', 'xml_escape', 'size', 'strip', 'truncate: 5'])('%s takes the bytes as they are', async (filter) => {
    const r = await build(filter);
    expect(r.files.find((f) => f.path === 'index.html')).toBeDefined();
  });
});
