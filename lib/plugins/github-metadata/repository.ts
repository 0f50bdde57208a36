// The repository's metadata that needs no GitHub API call, as
// jekyll-github-metadata 2.15.0 computes it (repository.rb,
// repository_compat.rb, repository_finder.rb). Where the gem would ask the
// API, the answer is the one it gets offline: nothing.
import type { Data } from '../../types.js';
import type { PagesEnv } from './pages-env.js';
import { NoRepositoryValue } from './no-repository.js';

/** RepositoryFinder#nwo: PAGES_REPO_NWO, then `repository:`, then the `origin` remote (development and test only). */
export function findNwo(vars: Readonly<Record<string, string | undefined>>, config: Data, originUrl: string | undefined, pages: PagesEnv, jekyllEnv: string): string | undefined {
  if (vars.PAGES_REPO_NWO) return vars.PAGES_REPO_NWO;
  if (typeof config.repository === 'string' && config.repository.includes('/')) return config.repository;
  if (jekyllEnv !== 'development' && jekyllEnv !== 'test') return undefined;
  // #github_remote_regex on the remote URL without `.git`.
  const host = pages.githubHostname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`${host}(:|/)([\\w-]+)/([\\w.-]+)`).exec((originUrl ?? '').replace(/\.git$/, ''));
  return m ? `${m[2]}/${m[3]}` : undefined;
}

/** The `origin` remote's URL in a .git/config file's text. */
export function originFromGitConfig(text: string): string | undefined {
  let inOrigin = false;
  for (const line of text.split(/\r?\n/)) {
    const section = /^\s*\[(.+)\]\s*$/.exec(line);
    if (section) {
      inOrigin = /^remote\s+"origin"$/.test(section[1]!.trim());
      continue;
    }
    const kv = /^\s*url\s*=\s*(.*?)\s*$/.exec(line);
    if (inOrigin && kv) return kv[1];
  }
  return undefined;
}

function uriJoin(base: string, rel: string): string {
  try {
    return new URL(rel, base).toString();
  } catch {
    return `${base.replace(/\/$/, '')}/${rel}`;
  }
}

export interface RepositoryInfo {
  readonly nwo: string;
  readonly owner: string;
  readonly name: string;
  readonly userPage: boolean;
  readonly htmlUrl: string;
  readonly source: { branch: string; path: string };
  readonly ownerUrl: string;
  readonly repositoryUrl: string;
}

export function repositoryInfo(nwo: string, pages: PagesEnv): RepositoryInfo {
  const parts = nwo.split('/');
  const owner = parts[0]!;
  const name = parts[parts.length - 1]!;
  // Repository#default_user_domain, #user_page_domains, #primary?
  const githubRepo = !pages.enterprise && owner === 'github';
  const defaultUserDomain = (githubRepo ? `${owner}.${pages.githubHostname}` : pages.enterprise ? pages.pagesHostname : `${owner}.${pages.pagesHostname}`).toLowerCase();
  const userPageDomains = [defaultUserDomain, ...(pages.enterprise ? [] : [`${owner}.github.com`.toLowerCase()])];
  const userPage = pages.enterprise ? name.toLowerCase() === `${owner.toLowerCase()}.${pages.githubHostname}` : userPageDomains.includes(name.toLowerCase());
  // RepositoryCompat#domain (no CNAME without the API) and #url_scheme
  const domain = pages.customDomainsEnabled ? defaultUserDomain : pages.githubHostname;
  const scheme = pages.enterprise ? pages.scheme : owner === 'github' && domain.endsWith('.github.com') ? 'https' : 'http';
  // RepositoryCompat#pages_url (and #enterprise_url), then Repository#html_url's chomp("/")
  let pagesUrl: string;
  if (!pages.customDomainsEnabled) {
    const path = userPage ? owner : nwo;
    pagesUrl = pages.subdomainIsolation ? uriJoin(`${pages.scheme}://${pages.pagesHostname}/`, path) : uriJoin(`${pages.githubUrl}/pages/`, path);
  } else if (userPage) pagesUrl = `${scheme}://${domain}`;
  else pagesUrl = uriJoin(`${scheme}://${domain}`, name);
  const ownerUrl = `${pages.githubUrl}/${owner}`;
  return {
    nwo,
    owner,
    name,
    userPage,
    htmlUrl: pagesUrl.replace(/\/$/, ''),
    source: { branch: userPage ? 'master' : 'gh-pages', path: '/' },
    ownerUrl,
    repositoryUrl: `${ownerUrl}/${name}`,
  };
}

/** URI(html_url): the origin without the path (#url_without_path) and the path (#baseurl). */
export function splitUrl(htmlUrl: string): { origin: string; path: string } {
  const m = /^([A-Za-z][\w+.-]*:\/\/[^/?#]*)([^?#]*)/.exec(htmlUrl);
  return m ? { origin: m[1]!, path: m[2]! } : { origin: htmlUrl, path: '' };
}

// MetadataDrop's def_delegator :repository fields.
const REPOSITORY_FIELDS = [
  'project_title', 'project_tagline', 'owner_name', 'owner_display_name', 'owner_url', 'owner_gravatar_url', 'repository_url',
  'repository_nwo', 'repository_name', 'zip_url', 'tar_url', 'clone_url', 'releases_url', 'issues_url', 'wiki_url', 'language',
  'is_user_page', 'is_project_page', 'show_downloads', 'url', 'baseurl', 'contributors', 'releases', 'latest_release', 'private',
  'archived', 'disabled', 'license', 'source', 'organization_members', 'public_repositories', 'owner',
];

// Owner's def_hash_delegators (owner.rb): its to_h, every field nil without the API.
const OWNER_FIELDS = [
  'avatar_url', 'bio', 'blog', 'collaborators', 'company', 'created_at', 'description', 'email', 'followers', 'following',
  'has_organization_projects', 'has_repository_projects', 'hireable', 'html_url', 'id', 'is_verified', 'location', 'login',
  'name', 'node_id', 'public_gists', 'public_repos', 'type', 'updated_at',
];

/** The MetadataDrop's values, those the API would give as it gives them offline (nil, or false for lists). */
export function metadata(repo: RepositoryInfo | undefined, pages: PagesEnv, buildRevision: string | undefined): Data {
  const env: Data = {
    environment: pages.env,
    pages_env: pages.env,
    hostname: pages.githubHostname,
    pages_hostname: pages.pagesHostname,
    api_url: pages.apiUrl,
    help_url: pages.helpUrl,
    versions: {},
    build_revision: buildRevision ?? null,
  };
  // Without a repository, each field the drop delegates to it fails when read.
  if (!repo) return { ...env, ...Object.fromEntries(REPOSITORY_FIELDS.map((key) => [key, new NoRepositoryValue(`github.${key}`)])) };
  const { repositoryUrl } = repo;
  const ref = repo.source.branch;
  return {
    ...env,
    project_title: repo.name,
    project_tagline: null,
    owner_name: repo.owner,
    owner_display_name: null,
    owner_url: repo.ownerUrl,
    owner_gravatar_url: `${repo.ownerUrl}.png`,
    repository_url: repositoryUrl,
    repository_nwo: repo.nwo,
    repository_name: repo.name,
    zip_url: `${repositoryUrl}/zipball/${ref}`,
    tar_url: `${repositoryUrl}/tarball/${ref}`,
    clone_url: `${repositoryUrl}.git`,
    releases_url: `${repositoryUrl}/releases`,
    issues_url: null,
    wiki_url: null,
    language: null,
    is_user_page: repo.userPage,
    is_project_page: !repo.userPage,
    show_downloads: null,
    url: repo.htmlUrl,
    baseurl: splitUrl(repo.htmlUrl).path,
    contributors: false,
    releases: false,
    latest_release: false,
    private: null,
    archived: null,
    disabled: null,
    license: null,
    source: { ...repo.source },
    organization_members: null,
    // Client#list_repos offline gives false (2.15 then fails mapping it, 2.16.1 makes it []);
    // false here, as scripts/github-pages-oracle.rb keeps it, and a key the drop lists.
    public_repositories: false,
    owner: Object.fromEntries(OWNER_FIELDS.map((key) => [key, null])),
  };
}
