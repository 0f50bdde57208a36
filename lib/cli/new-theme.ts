// `kyll new-theme NAME`: Jekyll::Commands::NewTheme#process and ThemeBuilder#create!. The name is
// the words given, joined and squeezed by `_`; the theme goes in ./NAME, which must not exist yet.
// Each folder and file made is named on a `create` line, then git makes the folder a repository.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { CliOptions } from './args.js';
import { CYAN } from './log-colors.js';
import { colored, errorLine, jekyllLine, type Printer } from './report.js';
import { THEME_FOLDERS, THEME_GITIGNORE, themeFiles, type ThemeAuthor } from './theme-scaffold.js';

export function newTheme(opts: CliOptions, printer: Printer): number {
  if (!opts.path) {
    // NewTheme#process raises InvalidThemeName (exit 1)
    printer.err('kyll: You must specify a theme name: kyll new-theme NAME');
    return 1;
  }
  // ThemeBuilder#initialize: spaces become `_`, runs of `_` one
  const name = opts.path.replace(/ /g, '_').replace(/_+/g, '_');
  const dir = path.resolve(name);
  if (fs.existsSync(dir)) {
    errorLine(printer, jekyllLine('Conflict:', `${dir} already exists.`));
    return 1;
  }
  const say = (topic: string, p: string): void => {
    if (!opts.quiet) printer.out(jekyllLine(topic, p));
  };
  try {
    for (const folder of THEME_FOLDERS) {
      say('create', path.join(dir, folder));
      fs.mkdirSync(path.join(dir, folder), { recursive: true });
    }
    for (const [file, text] of themeFiles(name, gitAuthor(), new Date().getFullYear(), opts.codeOfConduct === true)) {
      say('create', path.join(dir, file));
      fs.writeFileSync(path.join(dir, file), text);
    }
    // ThemeBuilder#initialize_git_repo: `git init` (its output is not shown), then the .gitignore
    say('initialize', path.join(dir, '.git'));
    spawnSync('git', ['init'], { cwd: dir, stdio: 'ignore' });
    say('create', path.join(dir, '.gitignore'));
    fs.writeFileSync(path.join(dir, '.gitignore'), THEME_GITIGNORE);
  } catch (e) {
    printer.err(`kyll: could not create the theme in ${dir}: ${(e as Error).message}`);
    return 1;
  }
  if (!opts.quiet) {
    // two info lines that are all topic (a space after each); the name and the folder in cyan
    printer.out(`Your new Jekyll theme, ${colored(printer, name, CYAN)}, is ready for you in ${colored(printer, dir, CYAN)}! `);
    printer.out(`For help getting started, read ${path.join(dir, 'README.md')}. `);
  }
  return 0;
}

/** ThemeBuilder#user_name, #user_email: git's configuration, empty where it has none (or there is no git). */
function gitAuthor(): ThemeAuthor {
  const get = (key: string): string => {
    try {
      return execFileSync('git', ['config', key], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).replace(/\n$/, '');
    } catch {
      return '';
    }
  };
  return { name: get('user.name'), email: get('user.email') };
}
