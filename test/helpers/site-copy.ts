// A fixture site copied into a new temporary folder, for a test that edits it and builds it:
// `root` holds the copy, `live` and `clean` are where its builds go (made by the builds).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SiteCopy {
  /** The temporary folder holding everything (the test removes it). */
  readonly dir: string;
  readonly root: string;
  readonly live: string;
  readonly clean: string;
}

export function siteCopy(fixture: string, prefix: string): SiteCopy {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const root = path.join(dir, 'site');
  fs.cpSync(fixture, root, { recursive: true });
  return { dir, root, live: path.join(dir, 'live'), clean: path.join(dir, 'clean') };
}
