// `kyll build --watch --force_polling` from the command line: the polling watcher keeps the
// process alive (as fs.watch does) and finds a save within its one-second look.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const bin = path.resolve('dist/bundle/bin.cjs');
const maybe = fs.existsSync(bin) ? describe : describe.skip;

maybe('kyll build --watch --force_polling', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-force-polling-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('stays up after the first build and rebuilds a saved page', async () => {
    const root = path.join(dir, 'site');
    fs.mkdirSync(root);
    fs.writeFileSync(path.join(root, 'index.md'), '---\n---\nfirst\n');
    const out = path.join(dir, 'out');
    const child = spawn(process.execPath, [bin, 'build', '--watch', '--force_polling', '-s', root, '-d', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (b: Buffer) => (text += b.toString()));
    child.stderr.on('data', (b: Buffer) => (text += b.toString()));
    let exited: number | null | undefined;
    child.on('exit', (code) => (exited = code));
    const until = async (what: () => boolean, label: string): Promise<void> => {
      const end = Date.now() + 30_000;
      while (!what()) {
        if (exited !== undefined) throw new Error(`kyll exited (${exited}) waiting for ${label}:\n${text}`);
        if (Date.now() > end) throw new Error(`timed out waiting for ${label}:\n${text}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };
    try {
      await until(() => text.includes('Auto-regeneration: enabled'), 'the first build');
      // A look at the tree finds nothing new before the save.
      await new Promise((r) => setTimeout(r, 1500));
      fs.writeFileSync(path.join(root, 'index.md'), '---\n---\nsecond, saved later\n');
      await until(() => text.includes('...done in'), 'the rebuild');
      expect(text).toMatch(/Regenerating: 1 file\(s\) changed[^\n]*\n\s+index\.md/);
      expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('<p>second, saved later</p>\n');
    } finally {
      child.kill('SIGTERM');
    }
  }, 60_000);
});
