// Starting `kyll serve` in this process on ports the system picks, and asking it things;
// serveFixture gives each test a temporary site folder and stops its server after it.
import { afterEach, beforeEach } from '@jest/globals';
import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../lib/cli/args.js';
import { serve } from '../../lib/cli/serve.js';

export interface Session {
  port: number;
  lrPort?: number;
  out: string[];
  err: string[];
  rebuilds: string[][];
  stop(): Promise<number>;
}

export async function start(site: string, ...flags: string[]): Promise<Session> {
  const out: string[] = [];
  const err: string[] = [];
  const rebuilds: string[][] = [];
  const ac = new AbortController();
  let ready!: (info: { port: number; livereloadPort?: number }) => void;
  const started = new Promise<{ port: number; livereloadPort?: number }>((r) => (ready = r));
  const opts = parseArgs(['serve', '-s', site, '-P', '0', '--livereload-port', '0', ...flags]);
  const done = serve(opts, { out: (l) => out.push(l), err: (l) => err.push(l) }, { signal: ac.signal, onReady: ready, onRebuild: (c) => rebuilds.push([...c]) });
  const info = await Promise.race([started, done.then((code) => ({ port: -code }))]);
  return { port: info.port, lrPort: 'livereloadPort' in info ? info.livereloadPort : undefined, out, err, rebuilds, stop: () => (ac.abort(), done) };
}

/** A request to the server; `secure` over HTTPS, trusting any certificate (the tests make self-signed ones). */
export function get(port: number, p: string, method = 'GET', secure = false): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const request = secure ? (o: https.RequestOptions, cb: (res: http.IncomingMessage) => void) => https.request({ ...o, rejectUnauthorized: false }, cb) : http.request;
    const req = request({ host: '127.0.0.1', port, path: p, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end();
  });
}

export async function waitFor(what: () => boolean, ms = 15000): Promise<void> {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}


/** A temporary folder per test, with a site in it, and the `kyll serve` a test starts on it. */
export interface ServeFixture {
  /** This test's folder: the site, unless the test starts serve on another folder. */
  readonly dir: string;
  /** Starts `kyll serve` on the folder (default `dir`) and waits for its first build and server. */
  start(flags?: readonly string[], site?: string): Promise<Session>;
}

export interface ServeFixtureOptions {
  /** The folder's name starts with this (in the system's temporary folder). */
  readonly prefix: string;
  /** Files written into each test's folder. */
  readonly files?: Record<string, string>;
  /** Environment variables set (undefined: unset) for each test, restored after it. */
  readonly env?: Record<string, string | undefined>;
}

// What the tests assume of the environment whatever the shell exported: JEKYLL_ENV unset, so the
// server runs in development (site.url pointing at it, jekyll.environment "development") unless
// a test sets it itself.
const HERMETIC_ENV: Record<string, string | undefined> = { JEKYLL_ENV: undefined };

/**
 * Before each test: a new folder with `files`, `env` set (over HERMETIC_ENV); after it: the
 * server it started stopped, the folder removed, the environment restored.
 */
export function serveFixture(options: ServeFixtureOptions): ServeFixture {
  let dir = '';
  let session: Session | undefined;
  const saved = new Map<string, string | undefined>();
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), options.prefix));
    if (options.files) write(dir, options.files);
    for (const [k, v] of Object.entries({ ...HERMETIC_ENV, ...options.env })) {
      saved.set(k, process.env[k]);
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  afterEach(async () => {
    await session?.stop();
    session = undefined;
    for (const [k, v] of saved) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    saved.clear();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    async start(flags = [], site = dir) {
      session = await start(site, ...flags);
      return session;
    },
  };
}
