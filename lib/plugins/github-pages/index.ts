export { githubPagesConfig, githubPagesEnabled, GITHUB_PAGES_DEFAULT_PLUGINS, GITHUB_PAGES_PLUGIN_WHITELIST, GITHUB_PAGES_DEFAULT_THEME } from './profile.js';
