// The live reload server: an HTTP server on its own port (Jekyll's
// --livereload-port, 35729 by default) that serves the client script and a
// WebSocket (the `ws` package) to which every page connects. After a rebuild the
// paths that changed go out as LiveReload "reload" messages, one per path, as
// Jekyll::Commands::Serve::LiveReloadReactor#reload sends them.
import http from 'node:http';
import https from 'node:https';
import { WebSocketServer, type WebSocket } from 'ws';
import { CLIENT_SCRIPT } from './client.js';
import { boundPort, listen } from './listen.js';

export const LIVERELOAD_PORT = 35729;

export interface LiveReloadServer {
  /** The port it listens on (the real one when asked for port 0). */
  readonly port: number;
  /** Browsers connected now. */
  readonly clients: number;
  /** Tells every browser that these URL paths changed. */
  reload(paths: readonly string[]): void;
  close(): Promise<void>;
}

/** Starts the server (over HTTPS with `tls`, for pages served over HTTPS); a port it cannot use comes back as a one-line reason instead. */
export async function startLiveReload(host: string, port: number, tls?: https.ServerOptions): Promise<LiveReloadServer | string> {
  const handler: http.RequestListener = (req, res) => {
    if ((req.url ?? '').split('?')[0] === '/livereload.js') {
      res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : CLIENT_SCRIPT);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('Not found\n');
  };
  const server = tls ? https.createServer(tls, handler) : http.createServer(handler);
  const failed = await listen(server, port, host, '--livereload-port');
  if (failed) return failed;
  // Attached once listening: ws re-emits the server's errors, and a failed listen must stay a message.
  const wss = new WebSocketServer({ server });
  const sockets = new Set<WebSocket>();
  wss.on('connection', (ws) => {
    sockets.add(ws);
    ws.on('close', () => sockets.delete(ws));
    ws.on('error', () => sockets.delete(ws));
    ws.send(JSON.stringify({ command: 'hello', protocols: ['http://livereload.com/protocols/official-7'], serverName: 'kyll' }));
  });
  return {
    port: boundPort(server, port),
    get clients() {
      return sockets.size;
    },
    reload(paths) {
      for (const p of paths) {
        const message = JSON.stringify({ command: 'reload', path: p, liveCSS: true });
        for (const ws of sockets) ws.send(message);
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const ws of sockets) ws.terminate();
        wss.close();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
