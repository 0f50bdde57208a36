import { injectLiveReload, liveReloadSnippet } from '../../lib/serve/inject.js';
import { contentType } from '../../lib/serve/mime.js';

describe('live reload script injection (BodyProcessor)', () => {
  const tag = liveReloadSnippet(35729);

  test('goes right after the opening head tag, attributes kept', () => {
    expect(injectLiveReload('<html>\n<head>\n<title>x</title>', 35729)).toEqual({ html: `<html>\n<head>${tag}\n<title>x</title>`, added: true });
    expect(injectLiveReload('<html><head lang="en"><title>x</title></head>', 1).html).toBe(`<html><head lang="en">${liveReloadSnippet(1)}<title>x</title></head>`);
  });

  test('<header> is not a head tag, and a page without <head is left alone', () => {
    expect(injectLiveReload('<body><header>x</header></body>', 35729)).toEqual({ html: '<body><header>x</header></body>', added: false });
    // The first line mentioning "<head" is the only one looked at, as in Jekyll.
    expect(injectLiveReload('<header>\n<head>\n', 35729).html).toBe('<header>\n<head>\n');
  });

  test('the snippet loads the client from the live reload port on the page\'s host', () => {
    expect(tag).toContain("location.hostname||'localhost'");
    expect(tag).toContain(':35729/livereload.js?port=35729');
  });
});

describe('content types (mime-db, charset where mime-db has one)', () => {
  test.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['feed.xml', 'application/xml'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['a.webp', 'image/webp'],
    ['a.woff2', 'font/woff2'],
    ['a.pdf', 'application/pdf'],
    ['a.wasm', 'application/wasm'],
    ['a.mp4', 'video/mp4'],
    ['a.txt', 'text/plain; charset=utf-8'],
    ['page.xhtml', 'application/xhtml+xml'],
    ['CNAME', 'application/octet-stream'],
  ])('%s → %s', (name, type) => {
    expect(contentType(name)).toBe(type);
  });
});

// Servlet#conditionally_inject_charset: the config's `encoding` as written.
test('the charset of a text type is the site encoding', () => {
  expect(contentType('index.html', 'GBK')).toBe('text/html; charset=GBK');
  expect(contentType('x.png', 'GBK')).toBe('image/png');
});
