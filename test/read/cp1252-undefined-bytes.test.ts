// Bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) are valid in Ruby's Windows-1252
// Strings but have no UTF-8. In front matter: Psych converts the String to UTF-8 (psych_parser.c
// transcode_string, rb_str_export_to_enc), which gives up and hands libyaml the raw bytes, read as
// UTF-8: its reader's error, or, where the bytes happen to be UTF-8, those characters. In a Markdown
// body: kramdown's adapt_source (String#encode) raises Encoding::UndefinedConversionError.
// Real Jekyll 4.3.1 runs of these files gave the messages and values below.
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

const bytes = (s: string) => Buffer.from(s, 'latin1');

test('front matter with an undefined byte is read by libyaml as UTF-8', async () => {
  const source = memorySource(
    {
      '_config.yml': 'encoding: Windows-1252\n',
      '_posts/2024-01-02-b.md': bytes('---\ntitle: "Und \x81 \x8d \x8f \x90 \x9d x"\n---\nBody {{ page.title }}\n'),
      'page.md': bytes('---\ntitle: "Page \xe9 \x81"\n---\nP {{ page.title }}\n'),
      'raw.html': bytes('---\ntitle: "X \xc3\x81"\n---\n{{ page.title | size }}\n'),
    },
    '/site',
  );
  const result = await renderSite({ source, env: FIXED_ENV });
  const messages = result.diagnostics.filter((d) => d.level !== 'debug').map((d) => d.message).sort();
  expect(messages).toEqual([
    'YAML Exception reading /site/_posts/2024-01-02-b.md: (<unknown>): invalid leading UTF-8 octet at line 1 column 1',
    'YAML Exception reading /site/page.md: (<unknown>): invalid trailing UTF-8 octet at line 1 column 1',
  ]);
  // C3 81 is UTF-8's "Á": the title is "X Á", three characters
  expect(Buffer.from(result.files.find((f) => f.path === 'raw.html')!.contents).toString('latin1')).toBe('3\n');
});

test('an undefined byte in a Markdown body stops kramdown', async () => {
  const source = memorySource({ '_config.yml': 'encoding: Windows-1252\n', 'a.md': bytes('---\n---\nOne\n\nTwo \x8d\n') }, '/site');
  await expect(renderSite({ source, env: FIXED_ENV })).rejects.toThrow(
    `Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': "\\x8D" to UTF-8 in conversion from Windows-1252 to UTF-8`,
  );
});
