// The dev server's request handler: the destination mounted at the site's
// baseurl, as `jekyll serve` mounts its Servlet (Serve#start_up_webrick).
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { injectLiveReload, type LiveReloadDelays } from './inject.js';
import { dirListing } from './listing.js';
import { contentType, isHtml } from './mime.js';
import { escapePath, requestTarget } from './request-path.js';
import { resolveRequest } from './resolve.js';

export interface DevServerOptions {
  /** The destination folder. */
  readonly root: string;
  /** The site's baseurl: requests outside it are 404, as with WEBrick's mount. */
  readonly baseurl?: string;
  /** Where the live reload server listens; pages get its script only when set. */
  readonly livereloadPort?: number;
  /** The client's reconnect delays in milliseconds (--livereload-min-delay, --livereload-max-delay). */
  readonly livereloadDelays?: LiveReloadDelays;
  /** --show-dir-listing: folders show their listing, not their index file. */
  readonly dirListing?: boolean;
  /** `webrick: headers:` from the config, over Jekyll's default Cache-Control. */
  readonly headers?: Readonly<Record<string, string>>;
  /** The config's `encoding` (Jekyll's default `utf-8`): the charset of text files. */
  readonly encoding?: string;
}

/** Servlet::DEFAULTS: browsers must not cache what is being edited. */
const DEFAULT_HEADERS = { 'Cache-Control': 'private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate' };

/** The mount path: '' for the root, else `/base` without a trailing slash. */
export function mountPath(baseurl: string | undefined): string {
  const b = (baseurl ?? '').replace(/\/+$/, '');
  return b === '' ? '' : b.startsWith('/') ? b : `/${b}`;
}

/** The mount-relative request path (both unescaped), or undefined when the request is outside the mount (`/base` itself included, as WEBrick answers 404 there). */
function withinMount(mount: string, urlPath: string): string | undefined {
  if (mount === '') return urlPath;
  return urlPath.startsWith(`${mount}/`) ? urlPath.slice(mount.length) : undefined;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function devRequestHandler(options: DevServerOptions | (() => DevServerOptions)): http.RequestListener {
  const handle = requestHandler(options);
  return (req, res) => {
    try {
      handle(req, res);
    } catch (e) {
      // A file or folder that went away between finding and reading it (a rebuild swapping the
      // site in, the folder deleted): WEBrick's HTTPServer#service answers the servlet's
      // exception with a 500 (HTTPResponse#set_error) and serves on; it never stops the server.
      if (res.headersSent) {
        res.destroy();
        return;
      }
      const body = Buffer.from(`<HTML><HEAD><TITLE>Internal Server Error</TITLE></HEAD><BODY><H1>Internal Server Error</H1>\n${escapeHtml(e instanceof Error ? e.message : String(e))}</BODY></HTML>\n`);
      res.writeHead(500, { 'Content-Type': 'text/html; charset=UTF-8', 'Content-Length': String(body.length) });
      res.end(req.method === 'HEAD' ? undefined : body);
    }
  };
}

function requestHandler(options: DevServerOptions | (() => DevServerOptions)): http.RequestListener {
  return (req, res) => {
    const opts = typeof options === 'function' ? options() : options;
    const headers = { ...DEFAULT_HEADERS, ...opts.headers };
    const send = (status: number, extra: Record<string, string>, body: Buffer | string): void => {
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      res.writeHead(status, { ...headers, ...extra, 'Content-Length': String(bytes.length) });
      res.end(req.method === 'HEAD' ? undefined : bytes);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method Not Allowed\n');
      return;
    }
    const target = requestTarget(req.url ?? '/');
    if (!target) {
      // HTTPRequest#parse: a path that climbs above the root, or that is no URI.
      send(400, { 'Content-Type': 'text/html; charset=UTF-8' }, `<HTML><HEAD><TITLE>Bad Request</TITLE></HEAD><BODY><H1>Bad Request</H1>\nbad URI \`${escapeHtml(req.url ?? '')}'.</BODY></HTML>\n`);
      return;
    }
    const mount = mountPath(opts.baseurl);
    const rest = withinMount(mount, target.path);
    const found = rest === undefined ? ({ kind: 'missing' } as const) : resolveRequest(opts.root, rest, { dirListing: opts.dirListing, query: target.query });
    if (found.kind === 'redirect') {
      // WEBrick's set_redirect: an absolute Location, and a small page linking to it.
      const location = `${escapePath(mount)}${found.location}`;
      const esc = escapeHtml(location);
      const scheme = (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
      send(301, { Location: `${scheme}://${req.headers.host ?? 'localhost'}${location}`, 'Content-Type': 'text/html; charset=utf-8' }, `<HTML><A HREF="${esc}">${esc}</A>.</HTML>\n`);
      return;
    }
    if (found.kind === 'missing') {
      // Serve#setup: the site's own 404.html, when it has one, is the error page.
      const page = path.join(opts.root, '404.html');
      const body = fs.existsSync(page) ? fs.readFileSync(page) : `<HTML><HEAD><TITLE>Not Found</TITLE></HEAD><BODY><H1>Not Found</H1>\n\`${escapeHtml(target.path)}' not found.</BODY></HTML>\n`;
      send(404, { 'Content-Type': 'text/html; charset=UTF-8' }, body);
      return;
    }
    if (found.kind === 'listing') {
      send(200, { 'Content-Type': 'text/html; charset=utf-8' }, dirListing(found.dir, target.path, req.headers.host ?? 'localhost', target.query));
      return;
    }
    const type = contentType(found.file, opts.encoding);
    // Bytes in, bytes out (latin1 maps each byte to one character): a page in any encoding keeps its bytes.
    let body = fs.readFileSync(found.file);
    const extra: Record<string, string> = { 'Content-Type': type };
    if (opts.livereloadPort !== undefined && isHtml(type)) {
      const injected = injectLiveReload(body.toString('latin1'), opts.livereloadPort, opts.livereloadDelays);
      if (injected.added) {
        body = Buffer.from(injected.html, 'latin1');
        extra['X-Rack-LiveReload'] = '1';
      }
    }
    send(200, extra, body);
  };
}
