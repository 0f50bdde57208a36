// File.expand_path's `~` for the destination: Site#config= expands it (site.rb), so
// `destination: ~/out` in _config.yml, or a quoted `-d '~/out'`, is the home folder's `out`, and
// `~name/out` that user's; a `~name` of no known user is Ruby's ArgumentError.
import { expandHomePath, systemHome, type HomeLookup } from '../source/home-folder.js';

export function expandHome(p: string, home: HomeLookup = systemHome): string {
  return expandHomePath(p, 'the destination', home);
}
