import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveRequest } from '../../lib/serve/resolve.js';

describe('kyll serve: request paths, as WEBrick and Jekyll\'s servlet find them', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-serve-'));
    fs.mkdirSync(path.join(root, 'about'));
    fs.mkdirSync(path.join(root, 'dup'));
    fs.writeFileSync(path.join(root, 'index.html'), 'home');
    fs.writeFileSync(path.join(root, 'about', 'index.html'), 'about');
    fs.writeFileSync(path.join(root, 'dup', 'index.html'), 'dup folder');
    fs.writeFileSync(path.join(root, 'dup.html'), 'dup file');
    fs.writeFileSync(path.join(root, 'post.html'), 'post');
    fs.writeFileSync(path.join(root, 'page.xhtml'), 'xhtml');
    fs.writeFileSync(path.join(root, 'notes.txt'), 'notes');
    fs.writeFileSync(path.join(root, '.htaccess'), 'secret');
    fs.writeFileSync(path.join(root, '中文.html'), 'zh');
    fs.mkdirSync(path.join(root, '中 文'));
    fs.writeFileSync(path.join(root, 'dots.'), 'ambiguous');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
  const file = (...p: string[]) => ({ kind: 'file', file: path.join(root, ...p) });

  test('folders serve their index; names without extension find .html then .xhtml', () => {
    expect(resolveRequest(root, '/')).toEqual(file('index.html'));
    expect(resolveRequest(root, '/about/')).toEqual(file('about', 'index.html'));
    expect(resolveRequest(root, '/about/index')).toEqual(file('about', 'index.html'));
    expect(resolveRequest(root, '/post')).toEqual(file('post.html'));
    expect(resolveRequest(root, '/page')).toEqual(file('page.xhtml'));
    expect(resolveRequest(root, '/post.html', { query: '?x=1' })).toEqual(file('post.html'));
    expect(resolveRequest(root, '/notes.txt/')).toEqual(file('notes.txt'));
    expect(resolveRequest(root, '/中文.html')).toEqual(file('中文.html'));
  });

  test('a folder without its slash redirects, the query kept; the folder wins over name.html', () => {
    expect(resolveRequest(root, '/about')).toEqual({ kind: 'redirect', location: '/about/' });
    expect(resolveRequest(root, '/about', { query: '?x=1' })).toEqual({ kind: 'redirect', location: '/about/?x=1' });
    // escape_path(req.path + "/"): the Location is escaped again.
    expect(resolveRequest(root, '/中 文')).toEqual({ kind: 'redirect', location: '/%E4%B8%AD%20%E6%96%87/' });
    expect(resolveRequest(root, '/dup')).toEqual({ kind: 'redirect', location: '/dup/' });
  });

  test('no .ht* or ~* files, no names WEBrick finds ambiguous (trailing dots or spaces), no NUL', () => {
    for (const p of ['/missing', '/.htaccess', '/.HTACCESS', '/dots.', '/a\0b', '/../etc/passwd']) {
      expect(resolveRequest(root, p)).toEqual({ kind: 'missing' });
    }
  });
});
