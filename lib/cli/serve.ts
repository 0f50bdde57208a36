// `kyll serve`: a static server over the destination, rebuilding on changes.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { CliOptions } from './args.js';
import type { Printer } from './report.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/** Resolve a request path to a file in the destination, as `jekyll serve` does (index.html, .html). */
export function resolveRequest(root: string, urlPath: string): string | undefined {
  let p: string;
  try {
    p = decodeURIComponent(urlPath.split('?')[0]!);
  } catch {
    return undefined;
  }
  const target = path.resolve(root, `.${p}`);
  if (target !== root && !target.startsWith(root + path.sep)) return undefined;
  const tries = p.endsWith('/') ? [path.join(target, 'index.html')] : [target, `${target}.html`, path.join(target, 'index.html')];
  return tries.find((t) => fs.existsSync(t) && fs.statSync(t).isFile());
}

/** The request handler: GET and HEAD serve files from `root`; any other method is 405, as WEBrick answers. */
export function requestHandler(root: string): http.RequestListener {
  return (req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { allow: 'GET, HEAD', 'content-type': TYPES['.txt']! });
      res.end('Method Not Allowed\n');
      return;
    }
    const file = resolveRequest(root, req.url ?? '/');
    if (!file) {
      const notFound = path.join(root, '404.html');
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'Not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream' });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  };
}

/** Starts listening; a port already taken (or not ours to use) comes back as a one-line message. */
export function listen(server: http.Server, port: number, host: string): Promise<string | undefined> {
  return new Promise((resolve) => {
    const onError = (e: NodeJS.ErrnoException): void => {
      const why =
        e.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use; stop the other server or choose another port with -P`
          : e.code === 'EACCES'
            ? `not allowed to listen on port ${port} on ${host}; choose a port above 1023 with -P`
            : e.code === 'EADDRNOTAVAIL' || e.code === 'ENOTFOUND'
              ? `cannot listen on ${host}: no such address on this machine; choose another with -H`
              : e.message;
      resolve(why);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve(undefined);
    });
  });
}

/** Serves the destination (and, unless --no-watch, rebuilds on changes). Returns an exit code when it cannot start. */
export async function serve(opts: CliOptions, printer: Printer, rebuild: () => Promise<boolean>): Promise<number | undefined> {
  const source = path.resolve(opts.source);
  const root = path.resolve(opts.destination ?? path.join(source, '_site'));
  const server = http.createServer(requestHandler(root));
  const failed = await listen(server, opts.port, opts.host);
  if (failed) {
    printer.err(`kyll: cannot serve: ${failed}.`);
    return 1;
  }
  printer.out(`kyll: serving ${root} at http://${opts.host}:${opts.port}/`);
  if (!opts.watch) return undefined;
  const { watch } = await import('chokidar');
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const watcher = watch(source, {
    ignoreInitial: true,
    ignored: (p: string) => p.startsWith(root) || /[\\/](node_modules|\.git|\.jekyll-cache)([\\/]|$)/.test(p) || /[\\/]\.[^\\/]+\.kyll-(new|old)-/.test(p),
  });
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      if (running) return;
      running = true;
      printer.out('kyll: change detected, rebuilding...');
      await rebuild();
      running = false;
    }, 100);
  });
  return undefined;
}
