// A post's excerpt is rendered once per build, however many templates read it:
// {% seo %} (its description), jekyll-feed (the entry's summary), an index
// printing post.excerpt, and the Site renderSite returns.
import { Tag } from 'liquidjs';
import { memorySource, renderSite } from '../../lib/index.js';
import type { KyllPlugin } from '../../lib/plugins/plugin.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };

test('the excerpt is rendered once, whoever reads it', async () => {
  let renders = 0;
  // {% count %} in a post's first paragraph runs once for the post's body and once for each rendering of its excerpt.
  const counter: KyllPlugin = {
    name: 'counter',
    registerLiquid(engine) {
      engine.registerTag(
        'count',
        class extends Tag {
          render(): string {
            renders++;
            return 'counted';
          }
        },
      );
    },
  };
  const result = await renderSite({
    source: memorySource({
      '_config.yml': 'title: Site\nurl: https://example.org\nplugins: [jekyll-seo-tag, jekyll-feed]\n',
      '_layouts/default.html': '<head>{% seo %}</head>{{ content }}',
      '_posts/2024-01-01-a.md': '---\nlayout: default\ntitle: A\n---\nFirst {% count %} paragraph.\n\nSecond.\n',
      'index.html': '---\nlayout: default\n---\n{% for p in site.posts %}{{ p.excerpt }}{% endfor %}',
    }),
    env: ENV,
    plugins: [counter],
    threads: 1,
  });
  const file = (p: string): string => String(result.files.find((f) => f.path === p)!.contents);
  expect(file('2024/01/01/a.html')).toContain('<meta name="description" content="First counted paragraph." />');
  expect(file('index.html')).toContain('<p>First counted paragraph.</p>');
  expect(file('feed.xml')).toContain('<summary type="html"><![CDATA[First counted paragraph.]]></summary>');
  expect(result.site.posts[0]!.excerpt).toBe('<p>First counted paragraph.</p>\n');
  expect(renders).toBe(2);
});
