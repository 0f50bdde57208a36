// jekyll-avatar and jekyll-gist through a whole in-memory build: what the
// fixture sites (built by real Jekyll) cannot show, warnings and errors.
import { memorySource, renderSite } from '../../lib/index.js';
import { avatarHtml } from '../../lib/plugins/avatar/index.js';
import { gistScriptTag } from '../../lib/plugins/gist/index.js';

async function build(files: Record<string, string>) {
  return renderSite({ source: memorySource(files), env: { TZ: 'UTC' } });
}

function output(result: Awaited<ReturnType<typeof build>>, path: string): string {
  const f = result.files.find((x) => x.path === path);
  return f ? Buffer.from(f.contents).toString('utf8') : '';
}

describe('jekyll-gist', () => {
  test('without `noscript: false` the gem cannot fetch the code offline: the script alone and its warning', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-gist]\n', 'index.html': '---\n---\n{% gist u/1 a.rb %}' });
    expect(output(r, 'index.html')).toBe('<script src="https://gist.github.com/u/1.js?file=a.rb"> </script>');
    expect(r.diagnostics.map((d) => d.message)).toContain(
      'Warning: The <noscript> tag for your gist u/1 could not be generated. This will affect users who do not have JavaScript enabled in their browsers.',
    );
  });

  test('`noscript: false` writes the script without a warning', async () => {
    const r = await build({ '_config.yml': 'plugins: [jekyll-gist]\ngist: {noscript: false}\n', 'index.html': '---\n---\n{% gist 28949e1d %}' });
    expect(output(r, 'index.html')).toBe(gistScriptTag('28949e1d'));
    expect(r.diagnostics.filter((d) => /gist/.test(d.message))).toEqual([]);
  });

  test('a tag without an id is a syntax error', async () => {
    await expect(build({ '_config.yml': 'plugins: [jekyll-gist]\n', 'index.html': '---\n---\n{% gist %}' })).rejects.toThrow(/Syntax error in tag 'gist'/);
  });
});

describe('jekyll-avatar', () => {
  test('a dotted user= variable whose middle is nil fails as the gem does', async () => {
    await expect(build({ '_config.yml': 'plugins: [jekyll-avatar]\n', 'index.html': '---\n---\n{% avatar user=nobody.here %}' })).rejects.toThrow(/undefined method `\[\]' for nil/);
  });

  test('the server is chosen by the CRC32 of the 1x path', () => {
    expect(avatarHtml('hubot', () => undefined)).toContain('src="https://avatars3.githubusercontent.com/hubot?v=3&s=40"');
    expect(avatarHtml('hubot size=20', () => undefined)).toContain('src="https://avatars1.githubusercontent.com/hubot?v=3&s=20"');
  });
});
