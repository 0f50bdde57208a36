// `kyll serve` end to end over HTTP and WebSocket, on ports the system picks.
import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { WebSocket } from 'ws';
import { parseArgs } from '../../lib/cli/args.js';
import { run } from '../../lib/cli/run.js';
import { serve } from '../../lib/cli/serve.js';
import { get, serveFixture, waitFor, write } from './serve-helpers.js';

describe('kyll serve', () => {
  // Each test starts `kyll serve` (a build, then a server): on a loaded two-core machine the
  // first one, with cold code, outlasted jest's 5 s default.
  jest.setTimeout(60_000);
  const fixture = serveFixture({
    prefix: 'kyll-serve-site-',
    files: {
      '_config.yml': 'baseurl: /blog\nurl: https://example.com\ntitle: T\n',
      '_layouts/default.html': '<!DOCTYPE html>\n<html>\n<head>\n<link rel="stylesheet" href="{{ "/style.css" | relative_url }}">\n</head>\n<body>{{ content }}</body>\n</html>\n',
      'index.html': '---\nlayout: default\n---\nurl={{ site.url }} env={{ jekyll.environment }} abs={{ "/about/" | absolute_url }}\n',
      'about/index.md': '---\nlayout: default\n---\nAbout me\n',
      '_posts/2024-01-02-hello.md': '---\nlayout: default\ntitle: Hello\n---\nFirst text\n',
      '404.html': '---\n---\nno such page\n',
      'style.css': 'body { color: red }\n',
      'app.mjs': 'export {};\n',
      'data.json': '{}\n',
      'font.woff2': 'x',
    },
  });

  test('serves under the baseurl, with site.url pointing at the server, like jekyll serve', async () => {
    const session = await fixture.start();
    const { port } = session;
    const home = await get(port, '/blog/');
    expect(home.status).toBe(200);
    expect(home.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(home.headers['cache-control']).toBe('private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate');
    expect(home.body).toContain(`url=http://localhost:${port} env=development abs=http://localhost:${port}/blog/about/`);
    // Outside the mount (and the mount itself without its slash) is WEBrick's 404, with the site's 404 page.
    for (const p of ['/', '/blog', '/index.html', '/blog/missing']) {
      const r = await get(port, p);
      expect([p, r.status, r.body.trim()]).toEqual([p, 404, 'no such page']);
    }
    const about = await get(port, '/blog/about?x=1');
    expect(about.status).toBe(301);
    expect(about.headers.location).toBe(`http://127.0.0.1:${port}/blog/about/?x=1`);
    expect((await get(port, '/blog/2024/01/02/hello')).body).toContain('First text');
    // Serve#server_address, as jekyll serve prints it
    expect(session.out).toContain(`    Server address: http://127.0.0.1:${port}/blog/`);
  });

  test('content types, HEAD, 405 and traversal attempts', async () => {
    const session = await fixture.start();
    const { port } = session;
    const types: Record<string, string> = {
      '/blog/style.css': 'text/css; charset=utf-8',
      '/blog/app.mjs': 'text/javascript; charset=utf-8',
      '/blog/data.json': 'application/json; charset=utf-8',
      '/blog/font.woff2': 'font/woff2',
    };
    for (const [p, type] of Object.entries(types)) expect((await get(port, p)).headers['content-type']).toBe(type);
    const head = await get(port, '/blog/style.css', 'HEAD');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', String('body { color: red }\n'.length)]);
    const post = await get(port, '/blog/', 'POST');
    expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
    // WEBrick normalizes the path first: `..` that stays inside the root leads where it says (outside the mount: 404)...
    for (const p of ['/blog/../_config.yml', '/blog/%2e%2e/_config.yml', '/blog/..%2f_config.yml']) {
      expect((await get(port, p)).status).toBe(404);
    }
    expect((await get(port, '/blog/about/../style.css')).body).toBe('body { color: red }\n');
    // ...and one that climbs above the root is a 400 "bad URI", as jekyll serve answers.
    for (const p of ['/blog/%2e%2e%2f%2e%2e%2fetc/passwd', '/blog/../../etc/passwd', '/../_config.yml']) {
      const r = await get(port, p);
      expect([p, r.status, r.body]).toEqual([p, 400, `<HTML><HEAD><TITLE>Bad Request</TITLE></HEAD><BODY><H1>Bad Request</H1>\nbad URI \`${p}'.</BODY></HTML>\n`]);
    }
  });

  test('JEKYLL_ENV=production keeps the configured url', async () => {
    process.env.JEKYLL_ENV = 'production';
    try {
      const session = await fixture.start();
      expect((await get(session.port, '/blog/')).body).toContain('url=https://example.com env=production');
    } finally {
      delete process.env.JEKYLL_ENV;
    }
  });

  test('a busy port is a one-line error and exit code 1', async () => {
    const site = fixture.dir;
    const other = http.createServer();
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const port = (other.address() as { port: number }).port;
    try {
      const err: string[] = [];
      const code = await serve(parseArgs(['serve', '-s', site, '-P', String(port)]), { out: () => {}, err: (l) => err.push(l) });
      expect(code).toBe(1);
      expect(err).toEqual([`kyll: cannot serve: port ${port} on 127.0.0.1 is already in use; stop the other server or choose another port with -P.`]);
    } finally {
      other.close();
    }
  });

  test('a busy live reload port is a one-line error naming --livereload-port, and the server is closed again', async () => {
    const site = fixture.dir;
    const other = http.createServer();
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const lr = (other.address() as { port: number }).port;
    try {
      const err: string[] = [];
      const code = await serve(parseArgs(['serve', '-s', site, '-P', '0', '--livereload-port', String(lr), '-q']), { out: () => {}, err: (l) => err.push(l) });
      expect(code).toBe(1);
      expect(err).toEqual([`kyll: cannot start live reload: port ${lr} on 127.0.0.1 is already in use; stop the other server or choose another port with --livereload-port.`]);
    } finally {
      other.close();
    }
  });

  test('pages get the live reload script (never the built files); a rebuild sends the changed pages over the websocket', async () => {
    const site = fixture.dir;
    const session = await fixture.start();
    const { port, lrPort } = session;
    const page = await get(port, '/blog/2024/01/02/hello.html');
    expect(page.body).toContain(`<head><script>`);
    expect(page.body).toContain(`:${lrPort}/livereload.js?port=${lrPort}`);
    expect(page.headers['x-rack-livereload']).toBe('1');
    expect(fs.readFileSync(path.join(site, '_site', '2024/01/02/hello.html'), 'utf8')).not.toContain('livereload');
    expect((await get(lrPort!, '/livereload.js')).body).toContain('new WebSocket');

    const ws = new WebSocket(`ws://127.0.0.1:${lrPort}/livereload`);
    const messages: { command: string; path?: string; liveCSS?: boolean }[] = [];
    ws.on('message', (m) => messages.push(JSON.parse(String(m))));
    await waitFor(() => messages.length > 0);
    expect(messages[0]).toMatchObject({ command: 'hello', protocols: ['http://livereload.com/protocols/official-7'] });

    fs.writeFileSync(path.join(site, '_posts/2024-01-02-hello.md'), '---\nlayout: default\ntitle: Hello\n---\nSecond text\n');
    await waitFor(() => messages.some((m) => m.command === 'reload'));
    const reloads = messages.filter((m) => m.command === 'reload').map((m) => m.path);
    expect(reloads).toContain('/blog/2024/01/02/hello.html');
    expect(reloads).not.toContain('/blog/about/index.html');
    expect(messages.find((m) => m.command === 'reload')).toMatchObject({ liveCSS: true });
    expect((await get(port, '/blog/2024/01/02/hello')).body).toContain('Second text');
    ws.close();
  });

  test('a build error while serving keeps the last good site; fixing it rebuilds', async () => {
    const site = fixture.dir;
    const session = await fixture.start();
    const { port } = session;
    fs.writeFileSync(path.join(site, 'about/index.md'), '---\nlayout: default\n---\n{% if %}\n');
    await waitFor(() => session.err.some((l) => l.includes('build failed')));
    expect((await get(port, '/blog/about/')).body).toContain('About me');
    fs.writeFileSync(path.join(site, 'about/index.md'), '---\nlayout: default\n---\nAbout you\n');
    await waitFor(() => session.rebuilds.some((r) => r.includes('/blog/about/index.html')));
    expect((await get(port, '/blog/about/')).body).toContain('About you');
  });

  // Commands::Serve builds first (process_with_graceful_fail): `jekyll serve` on a site whose first
  // build fails prints the error and exits 1, never serving (checked with jekyll 4.3.1).
  test('a first build that fails ends serve with exit code 1 before it serves, with or without watching', async () => {
    const site = fixture.dir;
    write(site, { 'about/index.md': '---\nlayout: default\n---\n{% if %}\n' });
    for (const flags of [[], ['--no-watch']]) {
      const err: string[] = [];
      let served = false;
      // (a server that comes up is stopped at once, so that the test fails rather than hangs)
      const ac = new AbortController();
      const opts = parseArgs(['serve', '-s', site, '-P', '0', '--livereload-port', '0', ...flags]);
      const code = await serve(opts, { out: () => {}, err: (l) => err.push(l) }, { signal: ac.signal, onReady: () => ((served = true), ac.abort()) });
      expect([flags, code, served]).toEqual([flags, 1, false]);
      expect(err.join('\n')).toContain('about/index.md');
      expect(err[err.length - 1]).toBe('kyll: build failed; the destination was left as it was.');
    }
  });

  test('--no-livereload injects nothing; --skip-initial-build serves the destination as it is', async () => {
    const site = fixture.dir;
    write(site, { '_site/index.html': '<html><head></head><body>old build</body></html>\n' });
    const session = await fixture.start(['--no-livereload', '--skip-initial-build', '--no-watch']);
    const home = await get(session.port, '/blog/');
    expect(home.body).toBe('<html><head></head><body>old build</body></html>\n');
    expect(home.headers['x-rack-livereload']).toBeUndefined();
    expect(session.lrPort).toBeUndefined();
  });

  test('-o opens the address with $BROWSER', async () => {
    const site = fixture.dir;
    const log = path.join(site, 'opened.txt');
    const browser = path.join(site, 'browser.sh');
    fs.writeFileSync(browser, `#!/bin/sh\necho "$1" > ${JSON.stringify(log)}\n`, { mode: 0o755 });
    process.env.BROWSER = browser;
    try {
      const session = await fixture.start(['-o', '--no-watch']);
      await waitFor(() => fs.existsSync(log) && fs.readFileSync(log, 'utf8').length > 0);
      expect(fs.readFileSync(log, 'utf8').trim()).toBe(`http://127.0.0.1:${session.port}/blog/`);
    } finally {
      delete process.env.BROWSER;
    }
  });

  test('stopping closes the server, the live reload server and the watcher', async () => {
    const session = await fixture.start();
    const { port, lrPort } = session;
    const ws = new WebSocket(`ws://127.0.0.1:${lrPort}/livereload`);
    await new Promise((r) => ws.once('open', r));
    const closed = new Promise((r) => ws.once('close', r));
    expect(await session.stop()).toBe(0);
    await closed;
    await expect(get(port, '/blog/')).rejects.toThrow();
    await expect(get(lrPort!, '/livereload.js')).rejects.toThrow();
  });

  test('Ctrl-C (SIGINT) stops the kyll process cleanly, exit code 0', async () => {
    const site = fixture.dir;
    const bin = path.resolve('dist/cli/bin.js');
    const child = spawn(process.execPath, [bin, 'serve', '-s', site, '-P', '0', '--livereload-port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    // A fresh process loads the engine and builds first: over 15 s on a busy machine.
    await waitFor(() => out.includes('Server running'), 60_000);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  }, 90_000);

  test('kyll build output never has the live reload script', async () => {
    const site = fixture.dir;
    expect(await run(['build', '-s', site, '-q'], { out: () => {}, err: () => {} })).toBe(0);
    for (const f of fs.readdirSync(path.join(site, '_site'), { recursive: true }) as string[]) {
      const p = path.join(site, '_site', f);
      if (fs.statSync(p).isFile()) expect(fs.readFileSync(p, 'utf8')).not.toMatch(/livereload/i);
    }
  });
});
