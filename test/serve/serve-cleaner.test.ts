// `jekyll serve` runs Jekyll's cleaner and writes every output on each rebuild (site.rb#process):
// a file put into the destination by hand goes at the next save (keep_files stay), an output
// deleted by hand comes back, and the browsers reload what that changed. (Checked with
// `jekyll build --watch` 4.3.1, the same watcher and process.)
import fs from 'node:fs';
import path from 'node:path';
import { serveFixture, waitFor } from './serve-helpers.js';

const fixture = serveFixture({
  prefix: 'kyll-serve-cleaner-',
  files: {
    '_config.yml': 'title: Cleaner\nkeep_files: [CNAME]\n',
    'index.md': '---\n---\nHome\n',
    'about.md': '---\n---\nAbout\n',
    '_posts/2024-01-02-a.md': '---\n---\nFirst.\n',
  },
});

test('a save removes the files put into _site by hand, keeps keep_files, and writes again an output deleted by hand', async () => {
  const site = fixture.dir;
  const session = await fixture.start(['-q']);
  const dest = path.join(site, '_site');
  const put = (rel: string): void => {
    fs.mkdirSync(path.dirname(path.join(dest, rel)), { recursive: true });
    fs.writeFileSync(path.join(dest, rel), 'by hand\n');
  };
  put('hand.txt');
  put('2024/hand/x.html');
  put('CNAME');
  fs.rmSync(path.join(dest, 'about.html'));
  const rebuilds = session.rebuilds.length;
  fs.writeFileSync(path.join(site, '_posts/2024-01-02-a.md'), '---\n---\nSecond.\n');
  await waitFor(() => session.rebuilds.length > rebuilds, 30_000);
  await waitFor(() => !fs.existsSync(path.join(dest, 'hand.txt')) && fs.existsSync(path.join(dest, 'about.html')), 10_000).catch(() => undefined);
  expect(fs.readdirSync(dest).sort()).toEqual(['2024', 'CNAME', 'about.html', 'index.html']);
  expect(fs.readdirSync(path.join(dest, '2024'))).toEqual(['01']);
  expect(fs.readFileSync(path.join(dest, 'about.html'), 'utf8')).toContain('About');
}, 120_000);
