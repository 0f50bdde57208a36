// Where File.expand_path takes a `~` path: $HOME for `~` and `~/...`, the
// password file's home folder for `~name`. Ruby asks getpwnam(3); reading
// /etc/passwd answers the same for local accounts, which is what a build
// machine has.
import fs from 'node:fs';
import os from 'node:os';
import { KyllError } from '../errors/kyll-error.js';

/** A home folder: of `user`, or with no user the current one's; undefined when there is no such user. */
export type HomeLookup = (user?: string) => string | undefined;

let passwd: Map<string, string> | undefined;

function accounts(): Map<string, string> {
  if (passwd) return passwd;
  passwd = new Map();
  let text = '';
  try {
    text = fs.readFileSync('/etc/passwd', 'utf8');
  } catch {
    // no password file: every `~name` is unknown, as getpwnam finds none
  }
  for (const line of text.split('\n')) {
    const f = line.split(':');
    if (f.length >= 6 && f[0] && !passwd.has(f[0])) passwd.set(f[0], f[5]!);
  }
  return passwd;
}

export const systemHome: HomeLookup = (user) => (user === undefined ? process.env.HOME || os.homedir() : accounts().get(user));

/**
 * File.expand_path's `~`: `~` and `~/x` from the home folder, `~name/x` from that user's; a
 * `~name` of no known user is Ruby's ArgumentError ("user name doesn't exist"). Any other path is
 * left as it is (resolved against the working folder by the caller). `what` names the setting
 * for the hint ("the destination", "the source").
 */
export function expandHomePath(p: string, what: string, home: HomeLookup = systemHome): string {
  if (!p.startsWith('~')) return p;
  const slash = p.indexOf('/');
  const user = slash < 0 ? p.slice(1) : p.slice(1, slash);
  const dir = home(user === '' ? undefined : user);
  if (dir === undefined) throw new KyllError('INVALID_CONFIG', `user ${user} doesn't exist`, {}, { hint: `${what} ${p} starts with ~${user}, which File.expand_path reads as that user's home folder.` });
  return slash < 0 ? dir : `${dir}/${p.slice(slash + 1)}`;
}
