// A Sass thread that dies before its first job (a package copied without vendor/libsass, so
// that warming libsass up fails) rejects every later job with the error it died of, not with
// the exit that follows it ("the Sass thread stopped with exit code 1" says nothing of the cause).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const dist = path.resolve('dist/render/sass-thread.js');
const maybe = fs.existsSync(dist) ? describe : describe.skip;

maybe('a Sass thread that dies before its first job', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-sass-thread-failure-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('keeps the error it died of for the jobs sent after its death', () => {
    // The compiled library without vendor/ beside it: libsass.wasm cannot be read.
    fs.cpSync(path.resolve('dist'), path.join(dir, 'dist'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
    const script = `
      import { startSassThread } from ${JSON.stringify(path.join(dir, 'dist/render/sass-thread.js'))};
      const thread = startSassThread();
      const job = { files: [], text: 'a { b: c }', options: { style: 'compact' } };
      thread.warm(false);
      const first = await thread.run(job).then(() => 'compiled', (e) => String(e));
      // Well after the thread's exit, which follows its error.
      await new Promise((r) => setTimeout(r, 1000));
      const later = await thread.run(job).then(() => 'compiled', (e) => String(e));
      console.log(JSON.stringify({ first, later }));
    `;
    // A file, not -e: a worker inherits the process's execArgv.
    fs.writeFileSync(path.join(dir, 'run.mjs'), script);
    const r = spawnSync(process.execPath, [path.join(dir, 'run.mjs')], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { first, later } = JSON.parse(r.stdout) as { first: string; later: string };
    expect(first).toMatch(/ENOENT.*vendor\/libsass\/libsass\.wasm/);
    expect(later).toBe(first);
  });
});
