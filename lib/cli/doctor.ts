// `kyll doctor`: Jekyll::Commands::Doctor#healthy? — reads and renders the site
// in memory (nothing written) and reports what would go wrong: outputs written
// twice, outputs that differ only in case, deprecated settings, a missing or
// relative url, _posts outside collections_dir, front matter that fails to parse.
import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config/load-config.js';
import { renderSite } from '../render/render-site.js';
import { openSource } from '../site/build-collections.js';
import type { OutputFile, SiteConfig } from '../types.js';
import { configOverrides, type CliOptions } from './args.js';
import { jekyllLine, jekyllWarningLine, printError, warnLine, type Printer } from './report.js';
import { printConfigLines, startLines } from './start-lines.js';
import { sourceRelativeDir } from '../config/site-dir.js';

export async function doctor(opts: CliOptions, printer: Printer): Promise<number> {
  const source = path.resolve(opts.source);
  // Doctor#process reads the configuration first (Configuration#read_config_file's lines); --quiet: errors only
  if (!opts.quiet) printConfigLines(startLines(opts), printer);
  let problems: string[];
  try {
    // Doctor reads and generates but does not render, so Site#render's stop on
    // relative_permalinks (prepare-build.ts) is only reported here.
    const overrides = configOverrides(opts);
    const relative = loadConfig(openSource(source), { configFiles: opts.configFiles, overrides }).relative_permalinks;
    const result = await renderSite({ source, configFiles: opts.configFiles, config: { ...overrides, relative_permalinks: false }, write: false });
    problems = [
      ...result.diagnostics.filter((d) => d.code === 'URL_CONFLICT' || d.code === 'YAML_EXCEPTION').map((d) => [d.message + (d.file && !d.message.includes(d.file) ? ` (${d.file})` : ''), ...(d.more ?? []).map((l) => `${''.padStart(20)}${l}`)].join('\n')),
      ...deprecatedSettings({ ...result.site.config, relative_permalinks: relative }),
      ...caseCollisions(result.files),
      ...siteUrlProblems(result.site.config.url),
      ...postsOutsideCollectionsDir(source, result.site.config),
    ];
  } catch (e) {
    printError(e, printer, opts.trace);
    return 1;
  }
  if (problems.length === 0) {
    if (!opts.quiet) printer.out(jekyllLine('Your test results', 'are in. Everything looks fine.'));
    return 0;
  }
  if (!opts.quiet) for (const p of problems) warnLine(printer, jekyllWarningLine('warning', p));
  return 1;
}

/** Keys of Jekyll 2 and 3 that Jekyll 4.3.1 no longer reads (it ignores them silently), and what replaced them. */
const RENAMED: Record<string, string> = { gems: 'plugins', auto: 'watch', server: 'serve', server_port: 'port', pygments: 'highlighter', data_source: 'data_dir' };

/** Doctor#deprecated_relative_permalinks, and keys Jekyll no longer reads. */
function deprecatedSettings(config: SiteConfig): string[] {
  const out: string[] = [];
  if (config.relative_permalinks) out.push('Deprecation: Your site still uses relative permalinks, which was removed in Jekyll v3.0.0.');
  for (const [old, now] of Object.entries(RENAMED)) {
    if (now && config[old] !== undefined) out.push(`Deprecation: The '${old}' configuration option is no longer read; use '${now}' instead.`);
  }
  return out;
}

/** Doctor#urls_only_differ_by_case: on a case-insensitive disk one overwrites the other. */
function caseCollisions(files: readonly OutputFile[]): string[] {
  const byLower = new Map<string, Set<string>>();
  for (const f of files) {
    const set = byLower.get(f.path.toLowerCase()) ?? new Set<string>();
    set.add(f.path);
    byLower.set(f.path.toLowerCase(), set);
  }
  return [...byLower.values()]
    .filter((s) => s.size > 1)
    .map((s) => `The following URLs only differ by case. On a case-insensitive file system one of the URLs will be overwritten by the other: ${[...s].join(', ')}`);
}

/** Doctor#proper_site_url?: url set, and absolute. */
function siteUrlProblems(url: unknown): string[] {
  if (url === undefined || url === null || url === '') return ["You didn't set an URL in the config file, you may encounter problems with some plugins."];
  if (typeof url !== 'string' || !/^[a-z][a-z0-9+.-]*:/i.test(url)) return ['Your site URL does not seem to be absolute, check the value of `url` in your config file.'];
  return [];
}

/** Doctor#properly_gathered_posts?. */
function postsOutsideCollectionsDir(source: string, config: SiteConfig): string[] {
  const dir = typeof config.collections_dir === 'string' ? config.collections_dir : '';
  if (dir === '' || !fs.existsSync(path.join(source, '_posts'))) return [];
  // site.in_source_dir(collections_dir): `./coll/` is the folder `coll`, with no trailing slash.
  const inSource = sourceRelativeDir(source, dir);
  const target = inSource === '' ? `${source.replace(/\/+$/, '')}/` : path.join(source, inSource);
  return [`Detected '_posts' directory outside custom \`collections_dir\`! Please move '${path.join(source, '_posts')}' into the custom directory at '${target}'`];
}
