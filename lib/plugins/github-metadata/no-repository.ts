// jekyll-github-metadata with no repository name (no PAGES_REPO_NWO, no `repository:`, no
// origin remote): the gem still sets its lazy values (SiteGitHubMunger's title, description,
// url and baseurl fallbacks; the MetadataDrop's repository fields), and reading one raises
// RepositoryFinder::NoRepositoryError, a FatalException (Value#render logs and re-raises it).
// A site that never reads them builds; one that does fails, as a Liquid Exception in the
// file that read it. These values do the same: they throw when read, printed or serialized.
import { KyllError } from '../../errors/kyll-error.js';

export const NO_REPOSITORY_MESSAGE =
  "No repo name found. Specify using PAGES_REPO_NWO environment variables, 'repository' in your configuration, or set up an 'origin' git remote pointing to your github.com repository.";

/** A github-metadata value that needs the repository, when there is none (RepositoryFinder#nwo). */
export class NoRepositoryValue {
  constructor(readonly key: string) {}

  private fail(): never {
    // Not a Liquid::Error: Jekyll's renderer shows its message alone ("Liquid Exception: No repo name found. ... in index.html").
    throw new KyllError('LIQUID_EXCEPTION', NO_REPOSITORY_MESSAGE, {}, {
      hint: `site.${this.key} comes from jekyll-github-metadata, which needs the repository's name: set PAGES_REPO_NWO or \`repository: owner/name\` in _config.yml`,
    });
  }

  toLiquid(): never {
    return this.fail();
  }

  toString(): never {
    return this.fail();
  }

  toJSON(): never {
    return this.fail();
  }
}
