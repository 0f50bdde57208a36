// jekyll-github-metadata 2.15.0 without the network: `site.github` from the
// environment (PAGES_* variables), `repository:` in _config.yml or the
// source's `origin` git remote; site.title, description, url and baseurl
// fallbacks (site_github_munger.rb); the {% github_edit_link %} tag. What only
// the GitHub API knows (tagline, owner's name, language, license,
// contributors, releases, CNAME...) is empty, as the gem leaves it offline.
import { deepMerge } from '../../config/merge.js';
import { KyllError } from '../../errors/kyll-error.js';
import type { Data, Site } from '../../types.js';
import type { KyllPlugin, SiteTransformContext } from '../plugin.js';
import { isHash, truthy } from '../shared/values.js';
import { markJekyllDrop } from '../../values/document-drop-mark.js';
import { registerEditLink } from './edit-link.js';
import { NO_REPOSITORY_MESSAGE, NoRepositoryValue } from './no-repository.js';
import { pagesEnv } from './pages-env.js';
import { findNwo, metadata, originFromGitConfig, repositoryInfo, splitUrl, type RepositoryInfo } from './repository.js';

const API_FIELDS = 'project_tagline, owner_display_name, issues_url, wiki_url, language, license, show_downloads, contributors, releases, latest_release, public_repositories, organization_members, owner';

const SITE_NAME_WARNING = 'GitHub Metadata: site.name is set in _config.yml, but many plugins and themes expect site.title to be used instead. To avoid potential inconsistency, Jekyll GitHub Metadata will not set site.title to the repository\'s name.';

function readGit(ctx: SiteTransformContext, path: string): string | undefined {
  try {
    return ctx.source.exists(path) ? ctx.source.readText(path) : undefined;
  } catch {
    return undefined;
  }
}

// MetadataDrop#build_revision: JEKYLL_BUILD_REVISION, else the source's git HEAD (`git rev-parse HEAD`).
function buildRevision(ctx: SiteTransformContext): string {
  if (ctx.env.JEKYLL_BUILD_REVISION) return ctx.env.JEKYLL_BUILD_REVISION;
  const head = readGit(ctx, '.git/HEAD')?.trim();
  if (!head) return '';
  const ref = /^ref:\s*(.+)$/.exec(head)?.[1];
  if (!ref) return head;
  const loose = readGit(ctx, `.git/${ref}`)?.trim();
  if (loose) return loose;
  const packed = readGit(ctx, '.git/packed-refs') ?? '';
  return new RegExp(`^([0-9a-f]{40}) ${ref.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm').exec(packed)?.[1] ?? '';
}

function transform(site: Site, ctx: SiteTransformContext): Site {
  const config = { ...site.config };
  const pages = pagesEnv(ctx.env);
  const origin = originFromGitConfig(readGit(ctx, '.git/config') ?? '');
  const nwo = findNwo(ctx.env, config, origin, pages, ctx.environment);
  const repo = nwo === undefined ? undefined : repositoryInfo(nwo, pages);
  ctx.warn(`GitHub Metadata: kyll does not call the GitHub API; these site.github fields are empty: ${API_FIELDS}.`, '_config.yml');
  // SiteGitHubMunger#add_title_and_description_fallbacks! and #add_url_and_baseurl_fallbacks! (in
  // production or a Pages build): the gem's lazy values, which fail when read without a repository.
  const lazy = (key: string, value: (r: RepositoryInfo) => unknown): unknown => (repo ? value(repo) : new NoRepositoryValue(key));
  // Ruby's `||=` and `&&`: only nil and false are unset (an empty title or `url: ""` stays).
  if (truthy(config.name) && !truthy(config.title)) ctx.warn(SITE_NAME_WARNING, '_config.yml');
  else if (!truthy(config.title)) config.title = lazy('title', (r) => (r.userPage ? r.owner : r.name));
  // The tagline comes from the API: nil offline.
  if (!truthy(config.description)) config.description = lazy('description', () => null);
  if (ctx.environment === 'production' || pages.pageBuild) {
    if (!truthy(config.url)) (config as Data).url = lazy('url', (r) => splitUrl(r.htmlUrl).origin);
    if (config.baseurl === null || config.baseurl === undefined || config.baseurl === '/') (config as Data).baseurl = lazy('baseurl', (r) => splitUrl(r.htmlUrl).path);
  }
  // #github_namespace: the drop, a `github:` hash merged over it, any other value instead of it.
  const drop = metadata(repo, pages, buildRevision(ctx));
  const own = config.github;
  // MetadataDrop is a Jekyll::Drops::Drop (Drop#merge keeps it one) whose #keys are sorted:
  // Enumerable over them, without #size.
  const sortedKeys = (d: Data) => () => Object.keys(d).sort();
  const dropped = (d: Data): Data => markJekyllDrop(d, sortedKeys(d));
  config.github = own === null || own === undefined ? dropped(drop) : isHash(own) ? dropped(deepMerge(drop, own)) : own;
  if (isHash(own) && !repo) Object.defineProperty(config.github, MERGED_WITHOUT_REPOSITORY, { value: true });
  return { ...site, config };
}

/** Marks a `github:` hash merged over a drop that has no repository (see failWhenMergedWithoutRepository). */
const MERGED_WITHOUT_REPOSITORY: unique symbol = Symbol.for('kyll.githubMergedWithoutRepository');

// SiteGitHubMunger#inject_metadata! (the :site :pre_render hook): a `github:` hash is merged over
// the drop with Utils.deep_merge_hashes, whose duplicate_frozen_values runs Drop#each, which reads
// every field of the drop; without a repository name the first one raises NoRepositoryError, and
// the build stops there (not in Liquid: Jekyll shows the message alone), whatever the site reads.
function failWhenMergedWithoutRepository(site: Site): void {
  const github = site.config.github;
  if (github !== null && typeof github === 'object' && MERGED_WITHOUT_REPOSITORY in github) {
    throw new KyllError('PLUGIN_ERROR', NO_REPOSITORY_MESSAGE, { file: '_config.yml' }, {
      hint: 'a `github:` hash in _config.yml makes jekyll-github-metadata read every site.github field, which needs the repository\'s name: set PAGES_REPO_NWO or `repository: owner/name` in _config.yml',
    });
  }
}

export const githubMetadataPlugin: KyllPlugin = {
  name: 'jekyll-github-metadata',
  // Its site hooks run at :after_init, before every generator.
  priority: 'highest',
  transformSite: transform,
  registerLiquid: registerEditLink,
  hooks: { site: { pre_render: failWhenMergedWithoutRepository } },
};
