// Where File.expand_path takes a `~` path: $HOME for `~` and `~/...`, the
// password file's home folder for `~name`. Ruby asks getpwnam(3); reading
// /etc/passwd answers the same for local accounts, which is what a build
// machine has.
import fs from 'node:fs';
import os from 'node:os';

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
