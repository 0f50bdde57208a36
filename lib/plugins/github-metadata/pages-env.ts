// Where the site is built, from the environment, as jekyll-github-metadata
// 2.15.0 reads it (lib/jekyll-github-metadata/pages.rb): PAGES_ENV
// (development, test, dotcom, enterprise), host names and API addresses.
type Env = Readonly<Record<string, string | undefined>>;

// Pages::DEFAULTS
const DEFAULTS: Record<string, string | undefined> = {
  PAGES_ENV: 'development',
  PAGES_API_URL: 'https://api.github.com',
  PAGES_HELP_URL: 'https://help.github.com',
  PAGES_GITHUB_HOSTNAME: 'github.com',
  PAGES_PAGES_HOSTNAME: 'github.io',
  SSL: 'false',
  SUBDOMAIN_ISOLATION: 'false',
};

export interface PagesEnv {
  readonly env: string;
  readonly ssl: boolean;
  readonly scheme: string;
  readonly subdomainIsolation: boolean;
  readonly dotcom: boolean;
  readonly enterprise: boolean;
  readonly development: boolean;
  readonly customDomainsEnabled: boolean;
  readonly githubUrl: string;
  readonly apiUrl: string;
  readonly helpUrl: string;
  readonly githubHostname: string;
  readonly pagesHostname: string;
  readonly pageBuild: boolean;
}

function trimLastSlash(url: string): string {
  return url.endsWith('/') ? url.slice(0, -1) : url;
}

export function pagesEnv(vars: Env): PagesEnv {
  // Pages.env_var: a set, non-empty variable, else the fallback, else the default.
  const envVar = (key: string, fallback?: string): string | undefined => (vars[key] ? vars[key] : fallback || DEFAULTS[key]);
  const env = envVar('PAGES_ENV', vars.JEKYLL_ENV) ?? 'development';
  const test = env === 'test';
  const dotcom = env === 'dotcom';
  const development = env === 'development';
  const ssl = envVar('SSL') === 'true' || test;
  const scheme = ssl ? 'https' : 'http';
  const githubHostname = trimLastSlash(envVar('PAGES_GITHUB_HOSTNAME', vars.GITHUB_HOSTNAME) ?? 'github.com');
  return {
    env,
    ssl,
    scheme,
    subdomainIsolation: envVar('SUBDOMAIN_ISOLATION') === 'true',
    dotcom,
    enterprise: env === 'enterprise',
    development,
    customDomainsEnabled: dotcom || test,
    githubUrl: dotcom || githubHostname === 'github.com' ? 'https://github.com' : `${scheme}://${githubHostname}`,
    apiUrl: trimLastSlash(envVar('PAGES_API_URL', vars.API_URL) ?? ''),
    helpUrl: trimLastSlash(envVar('PAGES_HELP_URL', vars.HELP_URL) ?? ''),
    githubHostname,
    pagesHostname: trimLastSlash(envVar('PAGES_PAGES_HOSTNAME', vars.PAGES_HOSTNAME || (development ? 'localhost:4000' : undefined)) ?? ''),
    pageBuild: Boolean(vars.PAGE_BUILD_ID),
  };
}
