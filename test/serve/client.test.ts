// The live reload client (lib/serve/client.ts) in a sandbox: which reload
// messages, as the server sends them after a rebuild (one per changed output,
// each path segment escaped whole: changes.ts), reload the page shown, which
// swap its images, and which leave it alone.
import vm from 'node:vm';
import { CLIENT_SCRIPT } from '../../lib/serve/client.js';
import { changedUrlPaths } from '../../lib/serve/changes.js';

interface Page {
  reloads: number;
  images: Array<{ src: string }>;
  send(path: string): void;
}

/** The client running on a page at `pathname` (as the browser's location has it). */
function page(pathname: string, images: string[] = []): Page {
  let socket: { onmessage?: (e: { data: string }) => void } | undefined;
  const state: Page = {
    reloads: 0,
    images: images.map((src) => ({ src: new URL(src, `http://localhost:4000${pathname}`).href })),
    send: (path) => socket!.onmessage!({ data: JSON.stringify({ command: 'reload', path, liveCSS: true }) }),
  };
  const context = {
    URL,
    document: { currentScript: { src: 'http://localhost:35729/livereload.js?port=35729' }, images: state.images, querySelectorAll: () => [] },
    location: { protocol: 'http:', hostname: 'localhost', pathname, href: `http://localhost:4000${pathname}`, reload: () => void state.reloads++ },
    WebSocket: class {
      constructor() {
        socket = this as typeof socket;
      }
    },
    setTimeout: () => undefined,
  };
  vm.runInNewContext(CLIENT_SCRIPT, context);
  return state;
}

/** The message a rebuild sends for an output path, under the site's mount. */
const message = (output: string, mount = ''): string => changedUrlPaths(mount, [output])[0]!;

describe('a rebuild reloads the page shown when its output changed, whatever characters its URL has', () => {
  test.each([
    // [page as the browser shows it, changed output, mount]
    ['/', 'index.html', ''],
    ['/blog/', 'index.html', '/blog'],
    ['/2024/01/02/hello.html', '2024/01/02/hello.html', ''],
    ['/2024/01/02/hello', '2024/01/02/hello.html', ''],
    ['/about/', 'about/index.html', ''],
    // Characters a link keeps raw that encodeURIComponent escapes.
    ['/c++/', 'c++/index.html', ''],
    ['/notes/a,b.html', 'notes/a,b.html', ''],
    ['/time/10:30/', 'time/10:30/index.html', ''],
    ["/it's-(new)/", "it's-(new)/index.html", ''],
    ['/a&b=c@d$e;f/', 'a&b=c@d$e;f/index.html', ''],
    // Escaped by the browser.
    ['/caf%C3%A9/', 'café/index.html', ''],
    ['/with%20space.html', 'with space.html', ''],
    ['/100%25.html', '100%.html', ''],
  ])('page %s, output %s', (shown, output, mount) => {
    const p = page(shown);
    p.send(message(output, mount));
    expect(p.reloads).toBe(1);
  });

  test('another page, a feed or a stylesheet changed: the page stays', () => {
    const p = page('/c++/');
    for (const output of ['c/index.html', 'feed.xml', 'c++/other.html', 'assets/main.css']) p.send(message(output));
    expect(p.reloads).toBe(0);
  });

  test('a script changed: the page reloads (it may run it)', () => {
    const p = page('/about/');
    p.send(message('assets/app.js'));
    expect(p.reloads).toBe(1);
  });

  test('an image changed: the page loads its copies of it again and stays', () => {
    const p = page('/about/', ['/assets/logo+dark.png', '../img/other.png']);
    p.send(message('assets/logo+dark.png'));
    expect(p.reloads).toBe(0);
    expect(p.images[0]!.src).toMatch(/^http:\/\/localhost:4000\/assets\/logo\+dark\.png\?livereload=\d+$/);
    expect(p.images[1]!.src).toBe('http://localhost:4000/img/other.png');
  });
});
