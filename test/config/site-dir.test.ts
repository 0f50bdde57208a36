// Jekyll.sanitized_path(site.source, dir) for the `*_dir` settings (path_manager.rb#sanitize_and_join).
import { configuredDir, sourceRelativeDir } from '../../lib/config/site-dir.js';
import { markdownSettings } from '../../lib/config/markdown-settings.js';
import { renderSite } from '../../lib/render/render-site.js';
import { memorySource } from '../../lib/source/index.js';

describe('sourceRelativeDir', () => {
  test.each([
    ['_layouts', '_layouts'],
    ['./_layouts', '_layouts'],
    ['_layouts/', '_layouts'],
    ['./_layouts/', '_layouts'],
    ['/_layouts', '_layouts'],
    ['//_layouts//', '_layouts'],
    ['/site/_layouts', '_layouts'], // absolute, inside the source
    ['/other/_layouts', 'other/_layouts'], // absolute elsewhere: joined to the source
    ['a/../b', 'b'],
    ['../../b', 'b'], // never above the source
    ['~/x', '~/x'],
    ['', ''],
    ['.', ''],
    ['/site', ''],
  ])('%j → %j', (dir, expected) => {
    expect(sourceRelativeDir('/site', dir)).toBe(expected);
  });

  test('configuredDir: the default when the key is missing', () => {
    expect(configuredDir({ source: '/s' }, 'data_dir', '_data')).toBe('_data');
    expect(configuredDir({ source: '/s', data_dir: './d/' }, 'data_dir', '_data')).toBe('d');
  });
});

describe('markdownSettings', () => {
  test('only markdown, kramdown and commonmark reach the converter', () => {
    const s = markdownSettings({ markdown: 'kramdown', highlight: { keyword: 'bold' }, kramdown: { input: 'GFM' } });
    expect(Object.keys(s).sort()).toEqual(['commonmark', 'kramdown', 'markdown']);
    expect(s.kramdown).toEqual({ input: 'GFM', syntax_highlighter: 'rouge' });
  });

  test.each([
    [{}, 'rouge'],
    [{ highlighter: 'pygments' }, 'pygments'],
    [{ highlighter: 'none' }, 'none'],
    [{ highlighter: null }, 'rouge'],
    [{ highlighter: 'none', kramdown: { syntax_highlighter: 'rouge' } }, 'rouge'],
    [{ kramdown: { enable_coderay: true } }, 'coderay'],
  ])('KramdownParser#highlighter for %j → %s', (config, expected) => {
    expect(markdownSettings(config).kramdown.syntax_highlighter).toBe(expected);
  });
});

describe('configuration keys that Jekyll does not read', () => {
  test('a theme `highlight:` key leaves code highlighted by Rouge', async () => {
    const { files } = await renderSite({
      write: false,
      env: { SOURCE_DATE_EPOCH: '0' },
      source: memorySource({
        '_config.yml': 'highlight: "github"\n',
        'a.md': '---\n---\nSome `code`.\n\n```ruby\nx = 1\n```\n',
      }),
    });
    const html = String(files.find((f) => f.path === 'a.html')!.contents);
    expect(html).toContain('<p>Some <code class="language-plaintext highlighter-rouge">code</code>.</p>');
    expect(html).toContain('<span class="n">x</span>');
  });
});
