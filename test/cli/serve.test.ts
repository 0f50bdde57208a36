import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { resolveRequest } from '../../lib/cli/serve.js';

describe('kyll serve: request paths', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-serve-'));
    fs.mkdirSync(path.join(root, 'about'));
    fs.writeFileSync(path.join(root, 'index.html'), 'home');
    fs.writeFileSync(path.join(root, 'about', 'index.html'), 'about');
    fs.writeFileSync(path.join(root, 'post.html'), 'post');
    fs.writeFileSync(path.join(root, '中文.html'), 'zh');
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  test('folders serve index.html; extensionless URLs find .html, as jekyll serve does', () => {
    expect(resolveRequest(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveRequest(root, '/about/')).toBe(path.join(root, 'about', 'index.html'));
    expect(resolveRequest(root, '/about')).toBe(path.join(root, 'about', 'index.html'));
    expect(resolveRequest(root, '/post')).toBe(path.join(root, 'post.html'));
    expect(resolveRequest(root, '/post.html?x=1')).toBe(path.join(root, 'post.html'));
    expect(resolveRequest(root, `/${encodeURIComponent('中文')}.html`)).toBe(path.join(root, '中文.html'));
  });

  test('nothing outside the destination is served', () => {
    expect(resolveRequest(root, '/../../etc/passwd')).toBeUndefined();
    expect(resolveRequest(root, '/%2e%2e/%2e%2e/etc/passwd')).toBeUndefined();
    expect(resolveRequest(root, '/missing')).toBeUndefined();
    expect(resolveRequest(root, '/%E0%A4%A')).toBeUndefined();
  });
});
