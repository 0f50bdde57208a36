// The scssify and sassify filters (jekyll/filters.rb → Converters::Scss#convert), compiled by
// libsass (WebAssembly) on the render's thread, synchronously. Expected strings from Jekyll 4.3.1.
import { jest } from '@jest/globals';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { KyllError } from '../../lib/errors/index.js';

// whole-site renders with Sass take seconds on a busy machine
jest.setTimeout(60_000);

async function render(page: string, config = ''): Promise<string> {
  const result = await renderSite({ source: memorySource({ '_config.yml': config, 'index.html': `---\n---\n${page}` }), write: false });
  return String(result.files.find((f) => f.path === 'index.html')!.contents);
}

describe('scssify and sassify', () => {
  test('the site sass settings: style, partials of sass_dir', async () => {
    const page = '{% capture s %}@import "v";\na { b { color: $c; } }{% endcapture %}{% capture t %}a\n  b: c{% endcapture %}[{{ s | scssify }}|{{ t | sassify }}|{{ "" | scssify }}]';
    const files = { '_config.yml': 'sass:\n  style: compressed\n  sass_dir: styles\n', '_sass/_v.scss': '$c: blue;\n', 'styles/_v.scss': '$c: red;\n', 'index.html': `---\n---\n${page}` };
    const result = await renderSite({ source: memorySource(files), write: false });
    expect(String(result.files.find((f) => f.path === 'index.html')!.contents)).toBe('[a b{color:red}\n|a{b:c}\n|]');
  });

  test("libsass's byte order mark becomes @charset with sass.add_charset, else nothing", async () => {
    const page = '{% capture e %}a { b: "é" }{% endcapture %}[{{ e | scssify }}]\n';
    expect(await render(page, 'sass:\n  style: compressed\n')).toBe('[a{b:"é"}\n]\n');
    expect(await render(page, 'sass:\n  style: compressed\n  add_charset: true\n')).toBe('[@charset "UTF-8";a{b:"é"}\n]\n');
  });

  test('a Sass error is a Liquid error of the template, the text named stdin', async () => {
    await expect(render('x\n{% capture a %}a { b: $nope; }{% endcapture %}{{ a | scssify }}\n')).rejects.toThrow(
      'Liquid Exception: Liquid error (line 2): Error: Undefined variable: "$nope". on line 1:8 of stdin >> a { b: $nope; } -------^ in index.html',
    );
  });

  test('sass.load_paths: a Sass error in a load path folder names the file by its path in the site', async () => {
    // Jekyll 4.3.1: "... on line 1:11 of vendor/scss/sub/_deep.scss from line 1:9 of stdin ..."
    const files = {
      '_config.yml': 'sass:\n  load_paths: [vendor/scss/sub]\n',
      'vendor/scss/sub/_deep.scss': '.sub { x: $undefined; }\n',
      'index.html': '---\n---\n{% capture s %}@import "deep"; .a { b: c; }{% endcapture %}{{ s | scssify }}\n',
    };
    await expect(renderSite({ source: memorySource(files), write: false })).rejects.toThrow(
      'Liquid error (line 1): Error: Undefined variable: "$undefined". on line 1:11 of vendor/scss/sub/_deep.scss from line 1:9 of stdin >> .sub { x: $undefined; } ----------^ in index.html',
    );
  });

  test('a Sass error in a sass_dir partial names it by its path in the site, as sassc run from the site folder', async () => {
    // Jekyll 4.3.1: "... on line 1:13 of _sass/sub/_g.scss from line 1:1 of stdin ..." (gipyeong-lee.github.io's head.html scssifies an include)
    const files = {
      '_sass/sub/_g.scss': '.x { y: math.div(1,2); }\n',
      'index.html': '---\n---\n{% capture s %}@import "sub/g";{% endcapture %}{{ s | scssify }}\n',
    };
    await expect(renderSite({ source: memorySource(files), write: false })).rejects.toThrow(
      'Liquid error (line 1): Error: Invalid CSS after ".x { y: math": expected expression (e.g. 1px, bold), was ".div(1,2); }" on line 1:13 of _sass/sub/_g.scss from line 1:1 of stdin >> .x { y: math.div(1,2); } ------------^ in index.html',
    );
  });

  it("reports a collection document's Sass error as Jekyll's conversion error, with the document's path", async () => {
    // Jekyll 4.3.1: "Conversion error: Jekyll::Converters::Scss encountered an error while converting '_assets/bad.scss':
    // Error: Invalid CSS after "4": expected "{", was "" on line 3:1 of stdin" (the document compiles as stdin; libsass points past the "4").
    const files = {
      '_config.yml': 'collections:\n  assets:\n    output: true\n',
      '_assets/bad.scss': '---\n---\n.x { y: z; }\n{{ "abcd" | size }}\n',
    };
    const error = await renderSite({ source: memorySource(files), write: false }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KyllError);
    expect((error as KyllError).code).toBe('SASS_ERROR');
    expect((error as KyllError).file).toBe('_assets/bad.scss');
    expect((error as KyllError).message).toMatch(/^Conversion error: Jekyll::Converters::Scss encountered an error while converting '_assets\/bad\.scss': Error: Invalid CSS after "4": expected "\{", was "" on line 3:1 of stdin/);
  });
});
