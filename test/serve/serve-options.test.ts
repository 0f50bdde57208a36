// The serve options Jekyll has besides the basics: --livereload-ignore,
// --livereload-min/max-delay, --show-dir-listing, --ssl-cert/--ssl-key, --detach.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import vm from 'node:vm';
import { parseArgs } from '../../lib/cli/args.js';
import { bindAddress, serve } from '../../lib/cli/serve.js';
import { CLIENT_SCRIPT } from '../../lib/serve/client.js';
import { get, serveFixture, waitFor } from './serve-helpers.js';

const fixture = serveFixture({
  prefix: 'kyll-serve-opts-',
  files: {
    '_config.yml': 'title: T\n',
    '_layouts/default.html': '<!DOCTYPE html>\n<html>\n<head>\n<title>x</title>\n</head>\n<body>{{ content }}</body>\n</html>\n',
    'index.html': '---\nlayout: default\n---\nhome {{ site.url }}\n',
    'notes/one.txt': 'one\n',
    'notes/sub/two.txt': 'two\n',
    'docs/index.html': '---\nlayout: default\n---\ndocs\n',
    'style.css': 'body { color: red }\n',
  },
});

test('--livereload-ignore: changed outputs matching a glob reload no browser', async () => {
  const site = fixture.dir;
  const session = await fixture.start(['--livereload-ignore', '*.css,notes/*']);
  fs.writeFileSync(path.join(site, 'style.css'), 'body { color: blue }\n');
  fs.writeFileSync(path.join(site, 'notes/sub/two.txt'), 'two again\n');
  await waitFor(() => session.rebuilds.length > 0);
  fs.writeFileSync(path.join(site, 'index.html'), '---\nlayout: default\n---\nhome again\n');
  await waitFor(() => session.rebuilds.some((r) => r.includes('/index.html')));
  expect(session.rebuilds.flat().filter((p) => p.endsWith('.css') || p.startsWith('/notes/'))).toEqual([]);
}, 30_000);

test('--livereload-min-delay / --livereload-max-delay reach the client, which reconnects after them, doubling', async () => {
  const session = await fixture.start(['--livereload-min-delay', '250', '--livereload-max-delay', '900']);
  const page = await get(session.port, '/');
  expect(page.body).toContain(`/livereload.js?port=${session.lrPort}&mindelay=250&maxdelay=900`);
  // The client in a sandbox whose socket always closes: the waits before each reconnect.
  const waits: number[] = [];
  class FakeSocket {
    onclose?: () => void;
    constructor() {
      queueMicrotask(() => this.onclose?.());
    }
  }
  const context = {
    document: { currentScript: { src: `http://localhost:${session.lrPort}/livereload.js?port=1&mindelay=250&maxdelay=900` } },
    location: { protocol: 'http:', hostname: 'localhost', pathname: '/' },
    WebSocket: FakeSocket,
    setTimeout: (fn: () => void, ms: number) => {
      waits.push(ms);
      if (waits.length < 5) fn();
    },
  };
  vm.runInNewContext(CLIENT_SCRIPT, context);
  await waitFor(() => waits.length >= 5, 2000);
  expect(waits).toEqual([250, 500, 900, 900, 900]);
}, 30_000);

test('--show-dir-listing lists a folder even when it has an index; a folder without one is always listed (WEBrick FancyIndexing)', async () => {
  let session = await fixture.start();
  const listed = await get(session.port, '/notes/');
  expect(listed.status).toBe(200);
  expect(listed.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(listed.body).toContain('<TITLE>Index of /notes/</TITLE>');
  expect(listed.body).toMatch(/<A HREF="one.txt">one.txt<\/A><\/TD><TD class="mtime">\d{4}\/\d\d\/\d\d \d\d:\d\d<\/TD><TD class="size">4<\/TD>/);
  expect(listed.body.indexOf('one.txt')).toBeLessThan(listed.body.indexOf('sub/'));
  // set_dir_list's sort links and orders, as jekyll serve 4.3.1 writes them (names cut at 25 characters).
  expect(listed.body).toContain('<TH class="name"><A HREF="?N=D">Name</A></TH><TH class="mtime"><A HREF="?M=D">Last modified</A></TH><TH class="size"><A HREF="?S=D">Size</A></TH>');
  fs.writeFileSync(path.join(fixture.dir, '_site/notes/a name longer than twenty-five.txt'), 'long one\n');
  const bySize = (await get(session.port, '/notes/?S=D')).body;
  expect(bySize).toContain('<A HREF="?N=A">Name</A>');
  const rows = [...bySize.matchAll(/<A HREF="([^"]*)">([^<]*)<\/A><\/TD>/g)].map((m) => `${m[1]} ${m[2]}`);
  expect(rows).toEqual(['.. Parent Directory', 'a%20name%20longer%20than%20twenty-five.txt a name longer than twen..', 'one.txt one.txt', 'sub/ sub/']);
  expect((await get(session.port, '/docs/')).body).toContain('docs');
  await session.stop();
  session = await fixture.start(['--show-dir-listing']);
  const docs = await get(session.port, '/docs/');
  expect(docs.body).toContain('Index of /docs/');
  expect(docs.body).toContain('<A HREF="index.html">index.html</A>');
}, 30_000);

test('--ssl-cert / --ssl-key serve over HTTPS (site.url and live reload too); one without the other is an error', async () => {
  const site = fixture.dir;
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', path.join(site, 'key.pem'), '-out', path.join(site, 'cert.pem'), '-days', '1', '-subj', '/CN=localhost'], { stdio: 'ignore' });
  const session = await fixture.start(['--ssl-cert', 'cert.pem', '--ssl-key', 'key.pem']);
  const home = await get(session.port, '/', 'GET', true);
  expect(home.status).toBe(200);
  expect(home.body).toContain(`home https://localhost:${session.port}`);
  // Serve#server_address: https, and no slash for a site without a baseurl
  expect(session.out).toContain(`    Server address: https://127.0.0.1:${session.port}`);
  expect((await get(session.lrPort!, '/livereload.js', 'GET', true)).status).toBe(200);
  expect((await get(session.port, '/docs', 'GET', true)).headers.location).toBe(`https://127.0.0.1:${session.port}/docs/`);
  await session.stop();
  const err: string[] = [];
  expect(await serve(parseArgs(['serve', '-s', site, '-P', '0', '--ssl-cert', 'cert.pem']), { out: () => {}, err: (l) => err.push(l) })).toBe(1);
  expect(err.join('\n')).toContain('Missing --ssl_cert or --ssl_key. Both are required.');
}, 60_000);

test('--detach (-B) leaves the server running in the background and prints its PID', async () => {
  const site = fixture.dir;
  const bin = path.resolve('dist/cli/bin.js');
  const port = String(40000 + Math.floor(Math.random() * 20000));
  const out = execFileSync(process.execPath, [bin, 'serve', '-s', site, '-P', port, '--livereload-port', '0', '-B'], { encoding: 'utf8', timeout: 60_000 });
  const pid = Number(/Server detached with pid '(\d+)'\. Run `kill \1' to stop the server\./.exec(out)?.[1]);
  expect(pid).toBeGreaterThan(0);
  try {
    expect((await get(Number(port), '/')).body).toContain('home');
  } finally {
    process.kill(pid, 'SIGTERM');
  }
  await waitFor(() => {
    try {
      process.kill(pid, 0);
      return false;
    } catch {
      return true;
    }
  });
}, 90_000);

test('--detach relays a failure and its exit code', () => {
  const site = fixture.dir;
  const bin = path.resolve('dist/cli/bin.js');
  const child = spawn(process.execPath, [bin, 'serve', '-s', path.join(site, 'missing'), '-P', '0', '-B'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  return new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      expect(code).toBe(1);
      expect(err).toMatch(/missing/);
      resolve();
    }),
  );
}, 60_000);

// Serve#start_up_webrick binds config["host"]:config["port"], the flags merged over _config.yml
// (checked with jekyll serve 4.3.1: `port: 4826` and `host: 127.0.0.2` in _config.yml listen there).
test('host: and port: of _config.yml choose where to listen; -H and -P win over them', async () => {
  const site = fixture.dir;
  const free = await new Promise<number>((resolve) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
  fs.writeFileSync(path.join(site, '_config.yml'), `title: T\nhost: 127.0.0.1\nport: ${free}\n`);
  const ac = new AbortController();
  let ready!: (info: { port: number; address: string }) => void;
  const started = new Promise<{ port: number; address: string }>((r) => (ready = r));
  const done = serve(parseArgs(['serve', '-s', site, '--no-watch', '--no-livereload', '-q']), { out: () => {}, err: () => {} }, { signal: ac.signal, onReady: ready });
  const info = await started;
  try {
    expect(info.port).toBe(free);
    expect((await get(free, '/')).body).toContain(`home http://localhost:${free}`);
  } finally {
    ac.abort();
    await done;
  }
  expect(bindAddress(parseArgs(['serve', '-H', '::1', '-P', '0']), { host: '127.0.0.2', port: '4001' } as never)).toEqual({ host: '::1', port: 0 });
  expect(bindAddress(parseArgs(['serve']), { host: '0.0.0.0', port: '4001' } as never)).toEqual({ host: '0.0.0.0', port: 4001 });
  expect(bindAddress(parseArgs(['serve']), { port: 'x' } as never)).toBe('port: "x" in _config.yml is not a port number; set a number from 0 to 65535, or pass -P.');
  expect(bindAddress(parseArgs(['serve']), undefined)).toEqual({ host: '127.0.0.1', port: 4000 });
}, 60_000);
