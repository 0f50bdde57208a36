// highlight.rb#render_pygments: with `highlighter: pygments` (common in 2012-2015 configs) each
// render of a highlight block logs that Rouge is used instead (Jekyll 4.3.1 printed it three times
// for three blocks, before the Markdown converter's own notes); the output is Rouge's.
import { memorySource, renderSite } from '../../lib/index.js';

const WARNING = 'Warning: Highlight Tag no longer supports rendering with Pygments. Using the default highlighter, Rouge, instead.';

async function build(highlighter: string): Promise<Awaited<ReturnType<typeof renderSite>>> {
  const block = '{% highlight ruby %}\na = 1\n{% endhighlight %}\n';
  const source = memorySource({
    '_config.yml': `highlighter: ${highlighter}\n`,
    'a.md': `---\n---\n${block}\n${block}`,
    'b.html': `---\n---\n${block}`,
  });
  return renderSite({ source, env: {}, threads: 1 });
}

test('each render of a highlight block says so under pygments, and Rouge highlights', async () => {
  const result = await build('pygments');
  expect(result.diagnostics.filter((d) => d.message === WARNING)).toHaveLength(3);
  expect(String(result.files.find((f) => f.path === 'b.html')?.contents)).toContain('<span class="n">a</span>');
});

test('nothing is said under rouge', async () => {
  const result = await build('rouge');
  expect(result.diagnostics.filter((d) => d.message === WARNING)).toHaveLength(0);
});
