// One site, built again and again: `kyll build` builds it once, `kyll serve`
// after every change. A rebuild reports which outputs changed, for live reload.
// Today each rebuild renders the whole site and compares the outputs; the
// incremental builder (lib/build, branch builder) slots in behind `update`.
import path from 'node:path';
import { KyllError } from '../errors/kyll-error.js';
import { renderSite } from '../render/render-site.js';
import { diffOutputs } from '../serve/changes.js';
import type { OutputFile, SiteConfig } from '../types.js';
import { configOverrides, type CliOptions } from './args.js';
import { profileTables } from './profile-table.js';
import { printDiagnostics, printError, printResult, type Printer } from './report.js';

export interface BuildOutcome {
  readonly status: 'ok' | 'failed' | 'fatal';
  /** Destination-relative paths of outputs that are new, changed or removed since the last good build. */
  readonly changed: readonly string[];
  /** The configuration of the site as built (undefined when the build failed). */
  readonly config?: SiteConfig;
}

export interface SiteBuilder {
  build(): Promise<BuildOutcome>;
  /** Builds again after `changedPaths` (absolute or source-relative) changed. */
  update(changedPaths: readonly string[]): Promise<BuildOutcome>;
}

/** Errors about where the site is, not what is in it: editing a file does not fix them. */
const FATAL = new Set(['SOURCE_NOT_FOUND', 'DESTINATION_CONTAINS_SOURCE']);

export function siteBuilder(opts: CliOptions, printer: Printer, extraConfig: Record<string, unknown> = {}): SiteBuilder {
  const source = path.resolve(opts.source);
  const destination = path.resolve(opts.destination ?? path.join(source, '_site'));
  let last: readonly OutputFile[] = [];
  const build = async (): Promise<BuildOutcome> => {
    try {
      const result = await renderSite({ source, destination, configFiles: opts.configFiles, config: { ...configOverrides(opts), ...extraConfig }, write: true, profile: opts.profile });
      if (!opts.quiet) {
        printDiagnostics(result.diagnostics, printer);
        printResult(result, printer, opts.verbose);
      }
      if (opts.profile) for (const line of profileTables(result)) printer.out(line);
      const { written, removed } = diffOutputs(last, result.files);
      last = result.files;
      return { status: 'ok', changed: [...written, ...removed], config: result.site.config };
    } catch (e) {
      printError(e, printer, opts.trace);
      // A write error says itself what state the destination is in; any other error stops the build before it writes.
      printer.err(e instanceof KyllError && e.code === 'WRITE_ERROR' ? 'kyll: build failed.' : 'kyll: build failed; the destination was left as it was.');
      return { status: e instanceof KyllError && FATAL.has(e.code) ? 'fatal' : 'failed', changed: [] };
    }
  };
  return { build, update: () => build() };
}
