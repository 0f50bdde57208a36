// Ruby Liquid cuts a tag's markup with ASCII white space around it (FullToken's \s), and Jekyll's
// tags strip it with String#strip (ASCII and NUL), so a no-break or ideographic space at an end
// stays in the name: no such post, document or highlight language, an include name with invalid
// characters, a counter of another name. liquidjs trimmed those spaces. Expected: Jekyll 4.3.1.
import { pageOutputOrError } from '../helpers/page-output.js';

const build = (page: string): Promise<string> => pageOutputOrError({ '_config.yml': 'title: x\n', '_posts/2020-01-01-a.md': '---\n---\nhi\n', '_includes/a.html': 'INC' }, page);

test.each([
  ['{% post_url 2020-01-01-a\u00a0%}', `Could not find post "2020-01-01-a\u00a0" in tag 'post_url'`],
  ['{% include a.html\u3000%}', 'File contains invalid characters or sequences:\n\n  a.html\u3000'],
  ['{% include\u00a0a.html %}', 'File contains invalid characters or sequences:\n\n  \u00a0a.html'],
  ['{% link _posts/2020-01-01-a.md\u00a0%}', `Could not find document '_posts/2020-01-01-a.md\u00a0' in tag 'link'`],
  ['{% highlight ruby\u3000%}x{% endhighlight %}', "Syntax Error in tag 'highlight' while parsing the following markup:\n\nruby\u3000\n"],
])('%j fails as in Jekyll', async (page, message) => {
  expect(await build(page)).toContain(message);
});

test('a counter named with a no-break space is another counter', async () => {
  expect(await build('{% increment a\u00a0%}{% increment a %}')).toBe('00\n');
});

test('a markup without such spaces is unchanged', async () => {
  expect(await build('{% post_url 2020-01-01-a %}|{% include a.html %}')).toBe('/2020/01/01/a.html|INC\n');
});
