// One page rendered in memory with a few site files around it: its output, or the build's error
// message (prefixed `error: `), for tests that compare either with Jekyll's.
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from './build-env.js';

/** Renders `p.html` (empty front matter, then `page`) beside `files`; its output or `error: <message>`. */
export async function pageOutputOrError(files: Record<string, string>, page: string): Promise<string> {
  try {
    const r = await renderSite({ source: memorySource({ ...files, 'p.html': `---\n---\n${page}\n` }), write: false, env: FIXED_ENV });
    return String(r.files.find((f) => f.path === 'p.html')?.contents);
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}
