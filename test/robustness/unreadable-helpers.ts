// Runs the built `kyll` command the way a user without read permission would meet a file:
// as root (whom chmod does not stop) through capsh with the permission-override capabilities dropped.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const bin = path.resolve('dist/bundle/bin.cjs');
const isRoot = process.getuid?.() === 0;
const capsh = ['/usr/sbin/capsh', '/sbin/capsh', '/usr/bin/capsh'].find((p) => fs.existsSync(p));

/** Whether permissions can be tested here: a built command, and either not root or root with capsh. */
export const canTestPermissions = fs.existsSync(bin) && process.platform !== 'win32' && (!isRoot || capsh !== undefined);

const quote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export function kyllWithoutOverride(args: readonly string[], cwd: string): SpawnSyncReturns<string> {
  if (!isRoot) return spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
  const line = [process.execPath, bin, ...args].map(quote).join(' ');
  return spawnSync(capsh!, ['--drop=cap_dac_override,cap_dac_read_search', '--', '-c', line], { cwd, encoding: 'utf8' });
}
