// A document whose permalink names a placeholder Jekyll lacks (`:number`) has no URL: Jekyll raises
// where the URL is first read. jekyll-redirect-from reads it for a document with redirect_from or
// redirect_to, jekyll-relative-links for the target of a link: the build stops in the generator,
// before any layout that lists the collection renders (seen in scala/docs.scala-lang, whose SIPs
// take `:number` from a plugin GitHub Pages does not run). Messages from Jekyll 4.3.1.
import { build } from './ghp-helpers.js';

const files = {
  '_config.yml': 'collections:\n  aaa: {output: true}\n  things: {output: true}\n',
  '_things/a.md': '---\npermalink: /things/:number.html\n---\nhi\n',
  // rendered first: its layout reads the broken URL, which would be a Liquid Exception in l.html
  '_aaa/x.md': '---\nlayout: l\n---\nx\n',
  '_layouts/l.html': '{% for d in site.things %}{{ d.url }}{% endfor %}',
};
const generatorError = { message: "The URL template doesn't have number keys. Check your permalink template! (NoMethodError) raise NoMethodError, ^^^^^" };

describe('a URL the permalink cannot make, read by a generator', () => {
  test('jekyll-redirect-from: a document with redirect_from', async () => {
    await expect(build({ ...files, '_config.yml': `${files['_config.yml']}plugins: [jekyll-redirect-from]\n`, '_things/a.md': '---\npermalink: /things/:number.html\nredirect_from: /old\n---\nhi\n' })).rejects.toMatchObject(generatorError);
  });

  test('jekyll-relative-links: a link to the document', async () => {
    await expect(build({ ...files, '_config.yml': `${files['_config.yml']}plugins: [jekyll-relative-links]\n`, 'b.md': '---\n---\n[a](_things/a.md)\n' })).rejects.toMatchObject(generatorError);
  });

  test('with neither, the layout that reads it stops the build', async () => {
    await expect(build(files)).rejects.toMatchObject({ message: expect.stringMatching(/^Liquid Exception: The URL template .* in .*l\.html$/) });
  });
});

describe('jekyll-default-layout', () => {
  // #index? reads the url of a Markdown post that names no layout
  test('a post with no layout whose URL cannot be made stops the build in the generator', async () => {
    const site = {
      '_config.yml': 'plugins: [jekyll-default-layout]\n',
      '_posts/2024-01-01-b.md': '---\npermalink: /:number/\n---\nhi\n',
      // rendered first: its layout lists the posts' URLs
      '_posts/2024-01-02-a.md': '---\nlayout: l\n---\nx\n',
      '_layouts/l.html': '{% for d in site.posts %}{{ d.url }}{% endfor %}',
    };
    await expect(build(site)).rejects.toMatchObject(generatorError);
    // with a layout of its own, the generator does not read its url: the layout listing it stops
    await expect(build({ ...site, '_posts/2024-01-01-b.md': '---\npermalink: /:number/\nlayout: l\n---\nhi\n' })).rejects.toMatchObject({ message: expect.stringMatching(/^Liquid Exception: /) });
  });
});
