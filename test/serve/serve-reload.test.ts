// Live reload against what a rebuild wrote: a socket connected to `kyll serve`'s
// live reload endpoint gets, after each saved edit, one `reload` per output whose
// bytes changed or that went away (none for the rest), and a page fetched the
// moment its message arrives is already the new one (never stale).
import fs from 'node:fs';
import path from 'node:path';
import { WebSocket } from 'ws';
import { folderTree } from '../helpers/folder-tree.js';
import { get, serveFixture, waitFor } from './serve-helpers.js';

const fixture = serveFixture({
  prefix: 'kyll-serve-reload-',
  files: {
    '_config.yml': 'title: Reloads\nbaseurl: /b\n',
    '_layouts/default.html': '<html><head><link rel="stylesheet" href="{{ "/css/main.css" | relative_url }}"></head><body>{{ content }}</body></html>\n',
    '_posts/2024-01-02-c++.md': '---\nlayout: default\ntitle: C plus plus\n---\nFirst.\n',
    '_posts/2024-01-03-other.md': '---\nlayout: default\ntitle: Other\n---\nOther.\n',
    'index.html': '---\nlayout: default\n---\n{% for p in site.posts %}<a href="{{ p.url | relative_url }}">{{ p.title }}</a>{% endfor %}\n',
    'css/main.scss': '---\n---\n@import "colors";\nbody { color: $fg; }\n',
    '_sass/_colors.scss': '$fg: #111;\n',
    'img/logo.svg': '<svg/>\n',
  },
});

const decode = (b64: string): string => Buffer.from(b64, 'base64').toString('utf8');

test('after each rebuild, one reload per changed or removed output, each page already new when its message comes', async () => {
  const site = fixture.dir;
  const session = await fixture.start(['-q']);
  const ws = new WebSocket(`ws://127.0.0.1:${session.lrPort}/livereload`);
  // What the server answered for each reloaded path the moment its message arrived.
  const seen: Array<Promise<[string, number, string]>> = [];
  ws.on('message', (m) => {
    const msg = JSON.parse(String(m)) as { command: string; path: string };
    if (msg.command === 'reload') seen.push(get(session.port, msg.path).then((r) => [msg.path, r.status, r.body]));
  });
  await new Promise((r) => ws.once('open', r));
  const dest = path.join(site, '_site');
  const edits: Array<[string, () => void]> = [
    ['post body', () => fs.writeFileSync(path.join(site, '_posts/2024-01-02-c++.md'), '---\nlayout: default\ntitle: C plus plus\n---\nSecond.\n')],
    ['post title (the index lists it)', () => fs.writeFileSync(path.join(site, '_posts/2024-01-03-other.md'), '---\nlayout: default\ntitle: Another\n---\nOther.\n')],
    ['Sass partial', () => fs.writeFileSync(path.join(site, '_sass/_colors.scss'), '$fg: #222;\n')],
    ['image', () => fs.writeFileSync(path.join(site, 'img/logo.svg'), '<svg id="new"/>\n')],
    ['post deleted', () => fs.rmSync(path.join(site, '_posts/2024-01-03-other.md'))],
    ['a save that changes no output', () => fs.writeFileSync(path.join(site, '_posts/2024-01-02-c++.md'), '---\nlayout: default\ntitle: C plus plus\n---\nSecond.\n')],
  ];
  try {
    for (const [what, edit] of edits) {
      const before = new Map(folderTree(dest, 'base64'));
      const rebuilds = session.rebuilds.length;
      const from = seen.length;
      edit();
      await waitFor(() => session.rebuilds.length > rebuilds, 30_000);
      const after = new Map(folderTree(dest, 'base64'));
      const changed = [...new Set([...before.keys(), ...after.keys()])].filter((p) => !p.endsWith('/') && before.get(p) !== after.get(p)).sort();
      const expected = changed.map((p) => `/b/${p.split('/').map(encodeURIComponent).join('/')}`);
      await waitFor(() => seen.length >= from + expected.length, 10_000).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 100)); // no more messages than that
      const answers = await Promise.all(seen.slice(from));
      expect({ what, reloaded: answers.map(([p]) => p).sort() }).toEqual({ what, reloaded: expected });
      for (const [p, status, body] of answers) {
        const file = decodeURIComponent(p.slice('/b/'.length));
        const now = after.get(file);
        // A removed output is gone from the server too; any other is served as written, the
        // live reload script put into the page's head aside.
        if (now === undefined) expect({ what, p, status }).toEqual({ what, p, status: 404 });
        else expect({ what, p, body: body.replace(/<script>[\s\S]*?<\/script>\n?/, '') }).toEqual({ what, p, body: decode(now) });
      }
    }
  } finally {
    ws.close();
  }
}, 120_000);
