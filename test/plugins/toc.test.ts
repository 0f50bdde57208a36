// jekyll-toc's filters through a whole in-memory build: what the fixture sites (built by
// real Jekyll) cannot show, errors.
import { memorySource, renderSite } from '../../lib/index.js';

async function build(files: Record<string, string>) {
  return renderSite({ source: memorySource(files), env: { TZ: 'UTC' } });
}

describe('jekyll-toc filters', () => {
  // Checked with Jekyll 4.3.1 + jekyll-toc 0.18.0: `toc_only(html)` is a Ruby method of one
  // parameter, so Strainer#invoke raises Liquid::ArgumentError for an extra argument (a course
  // site's `{{ cours.output | toc_only: cours.url }}`).
  test.each(['toc_only: "x"', 'toc: 1, 2', 'inject_anchors: a: 1'])('`%s` raises wrong number of arguments as the gem does', async (filter) => {
    const page = `---\ntoc: true\n---\n# A\n\n{{ page.content | markdownify | ${filter} }}\n`;
    await expect(build({ '_config.yml': 'plugins: [jekyll-toc]\n', 'index.md': page })).rejects.toThrow(
      /Liquid error \(line 3\): wrong number of arguments \(given [23], expected 1\) in index\.md/,
    );
  });

  test('without arguments the filters render', async () => {
    const page = '---\ntoc: true\n---\n# A\n\n{{ "<h2>B</h2>" | toc_only }}\n';
    const r = await build({ '_config.yml': 'plugins: [jekyll-toc]\n', 'index.md': page });
    const out = Buffer.from(r.files.find((f) => f.path === 'index.html')!.contents).toString('utf8');
    expect(out).toContain('<a href="#b">B</a>');
  });
});
