import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { jest } from '@jest/globals';
import { run } from '../../lib/cli/run.js';

// Jekyll 4.3.1's Stevenson colours a warning's line yellow and an error's red (Colorator), piped or not
// (`jekyll build 2>&1 | cat -v` and under `script -qc`: `^[[33m     Build Warning: Layout 'nope' requested
// in index.md does not exist.^[[0m`, `^[[33mConfiguration file: none^[[0m`, `^[[31m  Liquid Exception: ...^[[0m`);
// its info lines have no colour.
describe('the terminal printer colours warnings and errors as Jekyll does', () => {
  let dir: string;
  let written: string[];
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-colors-'));
    written = [];
    for (const stream of [process.stdout, process.stderr]) {
      jest.spyOn(stream, 'write').mockImplementation(((chunk: string | Uint8Array) => {
        written.push(`${stream === process.stdout ? 'out' : 'err'}:${String(chunk)}`);
        return true;
      }) as typeof stream.write);
    }
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('yellow warnings, red errors, plain info lines', async () => {
    fs.writeFileSync(path.join(dir, 'index.md'), '---\nlayout: nope\n---\nx\n');
    expect(await run(['build', '-s', dir])).toBe(0);
    expect(written).toContain('err:\x1b[33mConfiguration file: none\x1b[0m\n');
    expect(written).toContain("err:\x1b[33m     Build Warning: Layout 'nope' requested in index.md does not exist.\x1b[0m\n");
    expect(written).toContain(`out:            Source: ${dir}\n`);
    fs.writeFileSync(path.join(dir, 'bad.html'), '---\n---\n{% include missing.html %}\n');
    written = [];
    expect(await run(['build', '-s', dir, '-q'])).toBe(1);
    expect(written[0]).toMatch(/^err:\x1b\[31m {2}Liquid Exception: Could not locate the included file 'missing\.html' .* in bad\.html\x1b\[0m\n$/);
  }, 60_000);
});
