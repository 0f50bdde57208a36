// End to end in a real browser: headless Chromium, driven by playwright-core,
// opens a page from `kyll serve`; editing the post reloads the page with the new
// text, editing the stylesheet changes a computed style without a reload.
// Run with `npm run e2e` (after `npm run build`). Skips when no Chromium is found.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { parseArgs } from '../dist/cli/args.js';
import { serve } from '../dist/cli/serve.js';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const executablePath = CANDIDATES.find((p) => p && fs.existsSync(p));

function write(root, files) {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

test('live reload in Chromium: a post edit reloads the page, a CSS edit swaps the stylesheet', { skip: executablePath ? false : 'no Chromium found (set CHROMIUM_PATH or apt-get install chromium)', timeout: 120000 }, async () => {
  const { chromium } = await import('playwright-core');
  const site = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-e2e-'));
  write(site, {
    '_config.yml': 'baseurl: /blog\ntitle: E2E\n',
    '_layouts/post.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>{{ page.title }}</title>\n<link rel="stylesheet" href="{{ "/assets/style.css" | relative_url }}">\n</head>\n<body><article>{{ content }}</article></body>\n</html>\n',
    '_posts/2024-05-06-hello.md': '---\nlayout: post\ntitle: Hello\n---\nThe first text.\n',
    'assets/style.css': 'article { color: rgb(255, 0, 0); }\n',
  });
  const ac = new AbortController();
  let ready;
  const started = new Promise((r) => (ready = r));
  const quiet = { out: () => {}, err: (l) => process.stderr.write(`${l}\n`) };
  const done = serve(parseArgs(['serve', '-s', site, '-P', '0', '--livereload-port', '0', '-q']), quiet, { signal: ac.signal, onReady: ready });
  const { port } = await started;
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    const connected = page.waitForEvent('websocket').then((ws) => ws.waitForEvent('framereceived'));
    await page.goto(`http://127.0.0.1:${port}/blog/2024/05/06/hello.html`);
    await connected;
    const color = () => page.evaluate(() => getComputedStyle(document.querySelector('article')).color);
    assert.equal(await color(), 'rgb(255, 0, 0)');
    assert.match(await page.textContent('article'), /The first text\./);

    // A post edit: the page reloads (the marker set on the old page is gone) and shows the new text.
    await page.evaluate(() => (window.marker = 'before'));
    const reconnected = page.waitForEvent('websocket').then((ws) => ws.waitForEvent('framereceived'));
    fs.writeFileSync(path.join(site, '_posts/2024-05-06-hello.md'), '---\nlayout: post\ntitle: Hello\n---\nThe second text.\n');
    await page.waitForFunction(() => document.querySelector('article')?.textContent.includes('The second text.'), null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.marker), undefined);
    await reconnected;

    // A CSS edit: the computed color changes and the page is the same page (the marker stays).
    await page.evaluate(() => (window.marker = 'kept'));
    fs.writeFileSync(path.join(site, 'assets/style.css'), 'article { color: rgb(0, 0, 255); }\n');
    await page.waitForFunction(() => getComputedStyle(document.querySelector('article')).color === 'rgb(0, 0, 255)', null, { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.marker), 'kept');
  } finally {
    await browser.close();
    ac.abort();
    assert.equal(await done, 0);
    fs.rmSync(site, { recursive: true, force: true });
  }
});
