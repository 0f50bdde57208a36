// `encoding: utf-16le` (or utf-16be, utf-16, utf-32*, ISO-2022-JP, UTF-7...): Ruby cannot open a
// text file in an encoding that is not ASCII-compatible (File.read: "ASCII incompatible encoding
// needs binmode"). Real Jekyll 4.3.1 (fixture site enc2-encoding-utf16le holds its output) logs
// that for every page, layout and document; pages and documents are written with no content and
// no front matter (a .md page "\n", an .html page nothing), posts are left out ("could not read
// file"), static files are copied as they are.
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const site = (encoding: string) =>
  memorySource(
    {
      '_config.yml': `encoding: ${encoding}\ncollections:\n  docs:\n    output: true\n`,
      '_layouts/default.html': '<html>{{ content }}</html>\n',
      '_posts/2024-01-02-post.md': '---\nlayout: default\n---\nPost\n',
      '_docs/one.md': '---\ntitle: Doc\n---\nDoc body\n',
      'about.md': '---\nlayout: default\n---\n# About\n',
      'index.html': '---\nlayout: default\n---\n<p>Home</p>\n',
      'plain.txt': 'plain\n',
    },
    '/site',
  );

test.each(['utf-16le', 'UTF-16BE', 'utf-16', 'utf-32', 'bom|utf-16le', 'ISO-2022-JP', 'UTF-7'])('encoding: %s writes pages and documents empty and leaves posts out', async (encoding) => {
  const result = await renderSite({ source: site(encoding), env: FIXED_ENV });
  expect(result.files.map((f) => [f.path, Buffer.from(f.contents).toString('utf8')]).sort()).toEqual([
    ['about.html', '\n'],
    ['docs/one.html', '\n'],
    ['index.html', ''],
    ['plain.txt', 'plain\n'],
  ]);
  const messages = result.diagnostics.filter((d) => d.level !== 'debug').map((d) => d.message).sort();
  expect(messages).toEqual([
    'Error reading file /site/_layouts/default.html: ASCII incompatible encoding needs binmode',
    'Error reading file /site/about.md: ASCII incompatible encoding needs binmode',
    'Error reading file /site/index.html: ASCII incompatible encoding needs binmode',
    'could not read file /site/_docs/one.md: ASCII incompatible encoding needs binmode',
    'could not read file /site/_posts/2024-01-02-post.md: ASCII incompatible encoding needs binmode',
  ]);
});

// Convertible#read_yaml and Document#handle_read_error raise the error again under strict_front_matter
// (Jekyll 4.3.1: "convertible.rb:42:in `read': ASCII incompatible encoding needs binmode (ArgumentError)";
// a Latin-1 page in a UTF-8 site: "invalid byte sequence in UTF-8").
test('strict_front_matter stops the build on a file that cannot be read', async () => {
  const refused = memorySource({ '_config.yml': 'encoding: utf-16le\nstrict_front_matter: true\n', 'about.md': '---\n---\nhi\n' });
  await expect(renderSite({ source: refused, env: FIXED_ENV })).rejects.toThrow('ASCII incompatible encoding needs binmode');
  const latin1 = memorySource({ '_config.yml': 'strict_front_matter: true\n', 'l.md': Buffer.from('---\n---\nCaf\xe9\n', 'latin1') });
  await expect(renderSite({ source: latin1, env: FIXED_ENV })).rejects.toThrow('invalid byte sequence in UTF-8');
  const post = memorySource({ '_config.yml': 'encoding: utf-16\nstrict_front_matter: true\n', '_posts/2024-01-01-a.md': '---\n---\nhi\n' });
  await expect(renderSite({ source: post, env: FIXED_ENV })).rejects.toThrow('ASCII incompatible encoding needs binmode');
});
