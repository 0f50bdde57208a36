// Shared by the Markdown tests: where the shared conformance suite lives and
// check.mjs's notion of "equivalent".
import { existsSync } from 'node:fs';
import path from 'node:path';

export const SHARED = path.resolve(process.cwd(), '../shared');
export const KRAMDOWN_CASES = path.join(SHARED, 'conformance/kramdown');
export const HAS_SHARED = existsSync(path.join(KRAMDOWN_CASES, 'MANIFEST.json'));

/** check.mjs collapse(): whitespace between tags dropped outside <pre>, ends trimmed. */
export function collapse(html: string): string {
  return html
    .split(/(<pre\b[^>]*>[\s\S]*?<\/pre>)/i)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/>\s+</g, '><')))
    .join('')
    .trim();
}
