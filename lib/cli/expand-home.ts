// File.expand_path's `~`: Site#config= expands the destination with it (site.rb), so
// `destination: ~/out` in _config.yml, or a quoted `-d '~/out'`, is the home folder's `out`, and
// `~name/out` that user's; a `~name` of no known user is Ruby's ArgumentError. Any other path is
// left as it is (resolved against the working folder by the caller).
import { KyllError } from '../errors/kyll-error.js';
import { systemHome, type HomeLookup } from '../source/home-folder.js';

export function expandHome(p: string, home: HomeLookup = systemHome): string {
  if (!p.startsWith('~')) return p;
  const slash = p.indexOf('/');
  const user = slash < 0 ? p.slice(1) : p.slice(1, slash);
  const dir = home(user === '' ? undefined : user);
  if (dir === undefined) throw new KyllError('INVALID_CONFIG', `user ${user} doesn't exist`, {}, { hint: `the destination ${p} starts with ~${user}, which File.expand_path reads as that user's home folder.` });
  return slash < 0 ? dir : `${dir}/${p.slice(slash + 1)}`;
}
