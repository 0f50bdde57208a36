// `kyll new PATH`: Jekyll::Commands::New#process — refuse a folder that is not
// empty unless --force, then write a starter blog (or, with --blank, a bare site).
import fs from 'node:fs';
import path from 'node:path';
import { findThemeDir } from '../site/theme.js';
import { makeFolders } from '../write/write-fs.js';
import type { CliOptions } from './args.js';
import { CYAN } from './log-colors.js';
import { colored, errorLine, jekyllLine, type Printer } from './report.js';
import { BLANK_FOLDERS, blankSite, starterBlog } from './starter.js';

export async function newSite(opts: CliOptions, printer: Printer): Promise<number> {
  if (!opts.path) {
    // Commands::New#process raises "You must specify a path." (exit 1, as the command's other usage errors)
    printer.err('kyll: You must specify a path: kyll new PATH');
    return 1;
  }
  const dir = path.resolve(opts.path);
  // Jekyll's FileUtils.mkdir_p stops there with Errno::EEXIST (exit 1), not with an internal error.
  if (fs.existsSync(dir) && !fs.statSync(dir).isDirectory()) {
    printer.err(`kyll: ${dir} exists and is not a folder.`);
    return 1;
  }
  if (fs.existsSync(dir) && fs.readdirSync(dir).length > 0 && !opts.force) {
    // Commands::New#process's two error lines
    errorLine(printer, jekyllLine('Conflict:', `${dir} exists and is not empty.`));
    errorLine(printer, jekyllLine('', `Ensure ${dir} is empty or else try again with \`--force\` to proceed and overwrite any files.`));
    return 1;
  }
  // The welcome post is dated now, as `jekyll new` dates it (Time.now): a fixed hour later today would be a future post, left unpublished.
  const now = new Date().toISOString();
  const files = opts.blank ? blankSite() : starterBlog(now.slice(0, 10), now.slice(11, 19), findThemeDir('minima') !== undefined);
  try {
    for (const [rel, text] of Object.entries(files)) {
      makeFolders(fs, path.dirname(path.join(dir, rel)));
      fs.writeFileSync(path.join(dir, rel), text);
    }
    if (opts.blank) for (const d of BLANK_FOLDERS) makeFolders(fs, path.join(dir, d));
  } catch (e) {
    // A parent that is a file, a folder kyll may not write, one that takes no new folder (/proc: node's
    // recursive mkdirSync would retry it for ever, makeFolders says ENOENT): the system's message names the path.
    printer.err(`kyll: could not create the site in ${dir}: ${(e as Error).message}`);
    return 1;
  }
  // Commands::New#after_install (info lines that are all topic: a space after each; the folder in cyan)
  printer.out(`New jekyll site installed in ${colored(printer, dir, CYAN)}. `);
  if (opts.skipBundle) printer.out('Bundle install skipped. ');
  printer.out(`Build it with 'kyll build -s ${opts.path}' or serve it with 'kyll serve -s ${opts.path}'.`);
  return 0;
}
