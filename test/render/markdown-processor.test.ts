// `markdown:` naming no processor (converters/markdown.rb#setup, #custom_class_allowed?), as
// Jekyll 4.3.1 reports it on the first conversion; each case was run with Jekyll.
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';
import { KyllError } from '../../lib/errors/index.js';

const env = { SOURCE_DATE_EPOCH: '0' };

async function build(files: Record<string, string>): Promise<{ files?: Map<string, string>; error?: KyllError }> {
  try {
    const r = await renderSite({ source: memorySource(files), write: false, env });
    return { files: new Map(r.files.map((f) => [f.path, String(f.contents)])) };
  } catch (e) {
    return { error: e as KyllError };
  }
}

describe('the Markdown processor setting', () => {
  test('a processor no gem defines fails the first document conversion, as Renderer#convert reports it', async () => {
    const { error } = await build({ '_config.yml': 'markdown: redcarpet\n', 'a.md': '---\n---\n# hi\n' });
    expect(error?.message).toBe("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': Invalid Markdown processor given: redcarpet");
  });

  test('and a markdownify call, as a Liquid exception', async () => {
    const { error } = await build({ '_config.yml': 'markdown: redcarpet\n', 'a.html': '---\n---\n{{ "# hi" | markdownify }}\n' });
    expect(error?.message).toBe('Liquid Exception: Invalid Markdown processor given: redcarpet in a.html');
  });

  test('a site that converts no Markdown builds', async () => {
    const { files } = await build({ '_config.yml': 'markdown: redcarpet\n', 'a.html': '---\n---\nx\n' });
    expect(files?.get('a.html')).toBe('x\n');
  });

  test('kramdown in any case and KramdownParser are kramdown; a plugin processor answers to its class name only when loaded', async () => {
    const md = { 'a.md': '---\n---\n*a*\n' };
    for (const config of ['markdown: KRAMDOWN\n', 'markdown: KramdownParser\n', 'markdown: CommonMark\nplugins: [jekyll-commonmark]\n']) {
      expect((await build({ '_config.yml': config, ...md })).files?.get('a.html')).toBe('<p><em>a</em></p>\n');
    }
    for (const [config, name] of [['markdown: CommonMark\n', 'CommonMark'], ['markdown: commonmark\nplugins: [jekyll-commonmark]\n', 'commonmark'], ['markdown: GFM\n', 'GFM']]) {
      expect((await build({ '_config.yml': config, ...md })).error?.message).toContain(`Invalid Markdown processor given: ${name}`);
    }
  });

  test("GitHub Pages' GFM outside the github_pages profile: the error says how to build it as GitHub does", async () => {
    const md = { 'a.md': '---\n---\n*a*\n' };
    expect((await build({ '_config.yml': 'markdown: GFM\n', ...md })).error?.hint).toMatch(/github_pages: true/);
    expect((await build({ '_config.yml': 'markdown: redcarpet\n', ...md })).error?.hint).toBeUndefined();
    expect((await build({ '_config.yml': 'markdown: GFM\ngithub_pages: true\n', ...md })).files?.get('a.html')).toBe('<p><em>a</em></p>\n');
  });

  test('a site with Ruby plugins (which may define the processor) converts with kramdown', async () => {
    const { files } = await build({ '_config.yml': 'markdown: Custom\n', '_plugins/custom.rb': 'class X; end\n', 'a.md': '---\n---\n*a*\n' });
    expect(files?.get('a.html')).toBe('<p><em>a</em></p>\n');
  });

  test('but no Ruby class can be named redcarpet: that setting fails with Ruby plugins too', async () => {
    // Jekyll 4.3.1 on a Jekyll-Bootstrap blog (RalfRalf/ralfralf.github.com, _plugins/debug.rb)
    const { error } = await build({ '_config.yml': 'markdown: redcarpet\n', '_plugins/debug.rb': 'module Jekyll; end\n', 'a.md': '---\n---\n*a*\n' });
    expect(error?.message).toBe("Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': Invalid Markdown processor given: redcarpet");
  });
});

// get_processor reads `@config["markdown"].downcase`: a setting that is no String fails the first
// Markdown conversion with that NoMethodError (a list `[kramdown]` names no processor; kyll took
// String(['kramdown']) and built). Jekyll 4.3.1's messages.
test.each([
  ['[kramdown]', 'undefined method `downcase\' for ["kramdown"]:Array'],
  ['5', "undefined method `downcase' for 5:Integer"],
  ['true', "undefined method `downcase' for true:TrueClass"],
  ['{a: 1}', 'undefined method `downcase\' for {"a"=>1}:Hash'],
])('markdown: %s fails the first conversion', async (setting, message) => {
  const { error } = await build({ '_config.yml': `markdown: ${setting}\n`, 'a.md': '---\n---\n*a*\n' });
  expect(error?.message).toBe(`Conversion error: Jekyll::Converters::Markdown encountered an error while converting 'a.md': ${message}`);
});
