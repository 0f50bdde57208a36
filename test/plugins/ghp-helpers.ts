// Render a small in-memory site and read its outputs, for the GitHub Pages plugin tests.
import { memorySource, renderSite } from '../../lib/index.js';
import type { RenderResult } from '../../lib/types.js';

export const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production', TZ: 'UTC' };

export async function build(files: Record<string, string>, env: Record<string, string> = ENV): Promise<RenderResult> {
  return renderSite({ source: memorySource(files), env });
}

export function output(result: RenderResult, path: string): string | undefined {
  const f = result.files.find((x) => x.path === path);
  return f === undefined ? undefined : typeof f.contents === 'string' ? f.contents : Buffer.from(f.contents).toString('utf8');
}

export function paths(result: RenderResult): string[] {
  return result.files.map((f) => f.path).sort();
}

export function warnings(result: RenderResult): string[] {
  return result.diagnostics.filter((d) => d.level === 'warning').map((d) => d.message);
}
