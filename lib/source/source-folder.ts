// A site read from the disk must be a folder that exists: without this check a
// mistyped `-s` builds an empty site and creates `_site` inside a new folder.
import fs from 'node:fs';
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';

export function ensureSourceFolder(source: string): void {
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(source);
  } catch {
    stat = undefined;
  }
  if (stat?.isDirectory()) return;
  const abs = path.resolve(source);
  throw new KyllError(
    'SOURCE_NOT_FOUND',
    stat ? `The source ${abs} is not a folder.` : `The source folder ${abs} does not exist.`,
    { file: abs },
    { hint: 'give the site folder with -s (or `source` in the API); nothing was written' },
  );
}
