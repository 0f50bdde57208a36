// Site post_write: an output is read back from disk only for a document kind that a plugin
// hooks with post_write (a site of 6,500 pages and a post_render-only plugin read every page again).
import { describe, expect, it } from '@jest/globals';
import { afterWrite, type RenderedEntry } from '../../lib/render/site-hooks.js';
import type { RenderContext } from '../../lib/render/context.js';
import type { HookWriteInfo } from '../../lib/plugins/hooks.js';

function entry(kind: string, reads: string[]): RenderedEntry {
  return {
    doc: { kind, relativePath: `${kind}.md` } as unknown as RenderedEntry['doc'],
    get output(): string {
      reads.push(kind);
      return `<p>${kind}</p>`;
    },
  };
}

describe('site post_write hooks', () => {
  it('reads no output when no plugin hooks post_write for its kind', () => {
    const reads: string[] = [];
    const seen: string[] = [];
    const ctx = {
      hooked: [{ name: 'p', hooks: { pages: { post_render: () => undefined }, posts: { post_write: (d: { output: string }) => seen.push(d.output) } } }],
      site: {},
      plugin: {},
    } as unknown as RenderContext;
    afterWrite(ctx, [entry('page', reads), entry('post', reads)], {} as HookWriteInfo);
    expect(reads).toEqual(['post']);
    expect(seen).toEqual(['<p>post</p>']);
  });
});
