// SIGINT or SIGTERM while the `kyll` command loads its engine (lib/cli/early-signals.ts): the
// process ends by the signal with a line saying so, as Jekyll 4.3.1 ends on an Interrupt while it
// requires its gems (130, "...: Interrupt"); once the command's own listener comes, that one gets
// the signal, even one that came while the engine loaded (a synchronous stretch, as here).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const module = path.resolve('dist/cli/early-signals.js');
const maybe = fs.existsSync(module) ? describe : describe.skip;

interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `script` after interruptWhileLoading(), sending `sig` once it has printed "ready". */
function run(script: string, sig: NodeJS.Signals): Promise<Ended> {
  const code = `import(${JSON.stringify(pathToFileURL(module).href)}).then(({ interruptWhileLoading }) => {
    interruptWhileLoading();
    const fs = require('node:fs');
    fs.writeSync(1, 'ready\\n');
    // the engine's load: synchronous, until the signal has surely come
    const until = Date.now() + 1500;
    while (Date.now() < until);
    ${script}
    setTimeout(() => fs.writeSync(1, 'finished\\n'), 3000);
  });`;
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (stdout === 'ready\n') child.kill(sig);
    });
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (c, s) => resolve({ code: c, signal: s, stdout, stderr }));
  });
}

maybe('a signal while the kyll command starts', () => {
  test.each(['SIGINT', 'SIGTERM'] as const)('%s: the process ends by it, saying so', async (sig) => {
    const r = await run('', sig);
    expect(r.signal).toBe(sig);
    expect(r.stdout).toBe('ready\n');
    expect(r.stderr).toBe(`kyll: interrupted by ${sig} while starting; nothing was built and the destination was left as it was.\n`);
  }, 30_000);

  test.each(['SIGINT', 'SIGTERM'] as const)('%s that came during the load goes to the command listening by then', async (sig) => {
    const r = await run(`process.on(${JSON.stringify(sig)}, () => { fs.writeSync(1, 'command stops\\n'); process.exit(1); });`, sig);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('ready\ncommand stops\n');
    expect(r.stderr).toBe('');
  }, 30_000);
});
