// Testing a Jekyll site's templates with Node's own test runner and kyll/testing.
// Run with: node --test examples/testing/blog.node-test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderFixture } from 'kyll/testing';

test('a post is written at its permalink with its layout', async () => {
  const site = await renderFixture(
    {
      '_config.yml': 'permalink: /:categories/:title/\n',
      '_layouts/default.html': '<main>{{ content }}</main>',
      '_posts/2022-02-11-hello.md': '---\nlayout: default\ncategories: notes\n---\n## Hi there\n',
    },
    { env: { SOURCE_DATE_EPOCH: '1700000000' } },
  );
  assert.deepEqual(site.urls, ['/notes/hello/']);
  const page = site.page('/notes/hello/');
  assert.equal(page.path, 'notes/hello/index.html');
  assert.equal(page.text('main > h2#hi-there'), 'Hi there');
  assert.equal(page.document?.title, 'Hello');
});
