// A rebuild that cannot write one of its files leaves the whole served site as it was
// (lib/write/update-journal.ts): the server keeps serving the last good site, the error names the file.
import { jest } from '@jest/globals';
import fs from 'node:fs';
import path from 'node:path';
import { get, serveFixture, waitFor, write } from './serve-helpers.js';

jest.setTimeout(120_000);
const fixture = serveFixture({
  prefix: 'kyll-serve-fails-',
  files: { '_config.yml': 'title: T\n', 'a.md': '---\n---\nA one\n', 'b.md': '---\n---\nB one\n', 'c.md': '---\n---\nC one\n' },
});

test('a folder in the way of one output: no file of the rebuild is written, and the next edit writes them all', async () => {
  const site = fixture.dir;
  const session = await fixture.start();
  const { port } = session;
  expect((await get(port, '/a.html')).body).toContain('A one');
  // Something other than kyll put a folder where b.html goes.
  const dest = path.join(site, '_site');
  fs.rmSync(path.join(dest, 'b.html'));
  fs.mkdirSync(path.join(dest, 'b.html'));
  fs.writeFileSync(path.join(dest, 'b.html', 'index.html'), 'in the way');
  write(site, { 'a.md': '---\n---\nA two\n', 'b.md': '---\n---\nB two\n', 'c.md': '---\n---\nC two\n' });
  await waitFor(() => session.err.some((l) => l.includes('build failed')), 60_000);
  const said = session.err.join('\n');
  expect(said).toMatch(/Could not update the site in .*: b\.html: .*the destination was left as it was/);
  // Every file as before the rebuild, served as before.
  expect(fs.readFileSync(path.join(dest, 'a.html'), 'utf8')).toContain('A one');
  expect(fs.readFileSync(path.join(dest, 'c.html'), 'utf8')).toContain('C one');
  expect((await get(port, '/a.html')).body).toContain('A one');
  expect((await get(port, '/c.html')).body).toContain('C one');
  expect(fs.readdirSync(dest).filter((n) => n.startsWith('.'))).toEqual([]);
  expect(session.rebuilds).toEqual([]);
  // The folder gone and a file saved again: the site is built whole, every edit in it.
  fs.rmSync(path.join(dest, 'b.html'), { recursive: true });
  write(site, { 'c.md': '---\n---\nC three\n' });
  await waitFor(() => session.rebuilds.length > 0, 60_000);
  expect((await get(port, '/a.html')).body).toContain('A two');
  expect((await get(port, '/b.html')).body).toContain('B two');
  expect((await get(port, '/c.html')).body).toContain('C three');
});
