// kyll serve: a port already in use is a one-line message and exit 1 (Jekyll
// prints a Ruby backtrace); methods other than GET and HEAD get 405 with an
// Allow header (WEBrick answers 405 too, without Allow).
import { jest } from '@jest/globals';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { run } from '../../lib/cli/run.js';
import { devRequestHandler, listen } from '../../lib/serve/index.js';
import { capture, makeSiteDir } from './dest-tree.js';

function request(port: number, method: string, urlPath: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('kyll serve', () => {
  let root: string;
  let site: string;
  beforeEach(() => {
    ({ root, site } = makeSiteDir('kyll-serve-'));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  test('a port already in use: one line, exit 1, no stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const c = capture();
      expect(await run(['serve', '-s', site, '-P', String(port), '--no-watch', '-q'], c.printer)).toBe(1);
      expect(c.err).toEqual([`kyll: cannot serve: port ${port} on 127.0.0.1 is already in use; stop the other server or choose another port with -P.`]);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  test('listen reports an address that is not this machine\'s as a message', async () => {
    const server = http.createServer();
    const why = await listen(server, 0, '192.0.2.1');
    expect(why).toMatch(/cannot listen on 192\.0\.2\.1/);
  });

  test('kyll serve refuses a destination that contains the source: exit 1 even with watching on, nothing served', async () => {
    const c = capture();
    expect(await run(['serve', '-s', site, '-d', root, '-P', '0'], c.printer)).toBe(1);
    expect(c.err.filter((l) => l !== 'Configuration file: none')[0]).toBe('             Error: Destination directory cannot be or contain the Source directory.');
    expect(c.out.join('\n')).not.toContain('serving');
  });

  test('kyll serve refuses a missing source: exit 1 even with watching on', async () => {
    const c = capture();
    expect(await run(['serve', '-s', path.join(root, 'nope'), '-P', '0'], c.printer)).toBe(1);
    expect(c.err.filter((l) => l !== 'Configuration file: none')[0]).toMatch(/^ {13}Error: The source folder .* does not exist\.$/);
    expect(fs.existsSync(path.join(root, 'nope'))).toBe(false);
  });

  describe('methods', () => {
    let server: http.Server;
    let port: number;
    beforeEach(async () => {
      const dest = path.join(root, 'out');
      fs.mkdirSync(dest);
      fs.writeFileSync(path.join(dest, 'index.html'), 'home');
      server = http.createServer(devRequestHandler({ root: dest }));
      expect(await listen(server, 0, '127.0.0.1')).toBeUndefined();
      port = (server.address() as net.AddressInfo).port;
    });
    afterEach(() => new Promise((r) => server.close(r)));

    test('GET serves the file, HEAD its headers only', async () => {
      expect(await request(port, 'GET', '/')).toMatchObject({ status: 200, body: 'home' });
      expect(await request(port, 'HEAD', '/')).toMatchObject({ status: 200, body: '' });
    });

    // The source folder deleted while `serve` runs takes the destination with it: WEBrick's
    // FileHandler#set_filename finds no root and answers 404 (the listing's readdir crashed kyll)
    test('a served folder that is gone: 404 for every path, and the server serves on', async () => {
      fs.rmSync(path.join(root, 'out'), { recursive: true });
      for (const p of ['/', '/index.html', '/a/b/']) expect(await request(port, 'GET', p)).toMatchObject({ status: 404 });
      fs.mkdirSync(path.join(root, 'out'));
      fs.writeFileSync(path.join(root, 'out', 'index.html'), 'back');
      expect(await request(port, 'GET', '/')).toMatchObject({ status: 200, body: 'back' });
    });

    test('a file that cannot be read once found (gone in a rebuild\'s swap): a 500, not a crash', async () => {
      const spy = jest.spyOn(fs, 'readFileSync').mockImplementationOnce(() => {
        throw Object.assign(new Error("ENOENT: no such file or directory, open 'index.html'"), { code: 'ENOENT' });
      });
      try {
        const res = await request(port, 'GET', '/');
        expect(res.status).toBe(500);
        expect(res.body).toContain('<H1>Internal Server Error</H1>');
      } finally {
        spy.mockRestore();
      }
      expect(await request(port, 'GET', '/')).toMatchObject({ status: 200, body: 'home' });
    });

    test.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('%s gets 405 with an Allow header, and changes nothing', async (method) => {
      const res = await request(port, method, '/index.html');
      expect(res.status).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD');
      expect(fs.readFileSync(path.join(root, 'out', 'index.html'), 'utf8')).toBe('home');
    });
  });
});
