// sass.implementation as jekyll-sass-converter 2.2.0 (Jekyll 4.3.1's) reads it (scss.rb#sass_implementation,
// #convert): `sass-embedded` requires that gem, which Jekyll 4.3.1 as packaged lacks, when anything is
// converted; it logs "Dependency Error: Yikes! It looks like you don't have sass-embedded ..." and the
// build stops. Every other value is sassc (libsass). Each case run with Jekyll 4.3.1.
import { memorySource, renderSite } from '../../lib/index.js';

const build = (implementation: string, files: Record<string, string>) =>
  renderSite({ source: memorySource({ '_config.yml': `sass:\n  implementation: ${implementation}\n`, ...files }), env: { JEKYLL_ENV: 'production' } });

test('sass-embedded stops the build on a Sass page: Conversion error naming the page', async () => {
  await expect(build('sass-embedded', { 'css/s.scss': '---\n---\n.a { .b { c: d; } }\n' })).rejects.toMatchObject({
    code: 'SASS_ERROR',
    message: "Conversion error: Jekyll::Converters::Scss encountered an error while converting 'css/s.scss': sass-embedded",
  });
  await expect(build('sass-embedded', { 's.sass': '---\n---\n.a\n  b: c\n' })).rejects.toThrow("Jekyll::Converters::Sass encountered an error while converting 's.sass': sass-embedded");
});

test('sass-embedded stops the build where scssify runs: Liquid Exception', async () => {
  await expect(build('sass-embedded', { 'index.html': '---\n---\n{% capture s %}a { b: c; }{% endcapture %}{{ s | scssify }}\n' })).rejects.toThrow('Liquid Exception: sass-embedded in index.html');
});

test('sass-embedded with nothing to convert builds (a .scss without front matter is a static file)', async () => {
  const result = await build('sass-embedded', { 'index.html': '---\n---\nplain\n', 'css/plain.scss': 'a { b: c }\n' });
  expect(result.files.map((f) => f.path).sort()).toEqual(['css/plain.scss', 'index.html']);
});

test.each(['dart-sass', 'sassc', 'libsass', 'Sass-Embedded'])('%s is sassc: compiled with libsass', async (implementation) => {
  const result = await build(implementation, { 's.scss': '---\n---\n.a { .b { c: d; } }\n' });
  expect(String(result.files.find((f) => f.path === 's.css')?.contents)).toBe('.a .b { c: d; }\n\n/*# sourceMappingURL=s.css.map */');
});
