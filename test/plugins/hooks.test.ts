// Hooks at Jekyll's points: the order in which they run, what they are given,
// and that what they change shows in the output. The expected order is what
// jekyll build 4.3.1 prints with a _plugins/*.rb registering every hook.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import type { HookDocument, HookPayload, KyllPlugin, PluginContext, RenderResult } from '../../lib/index.js';

const ENV = { SOURCE_DATE_EPOCH: '1767225600', JEKYLL_ENV: 'production' };

const site = {
  '_config.yml': 'title: Hooks\ncollections:\n  recipes:\n    output: true\n',
  '_layouts/post.html': '<main>{{ content }}</main>{{ page.mood }}',
  '_posts/2024-01-02-two.md': '---\nlayout: post\ntitle: Two\n---\n*two*\n',
  '_posts/2024-01-01-one.md': '---\nlayout: post\ntitle: One\n---\n*one*\n',
  '_recipes/tea.md': '---\ntitle: Tea\n---\nsteep\n',
  'index.html': '---\n---\n{% for p in site.posts %}{{ p.title }}/{{ p.mood }} {% endfor %}|{{ site.extra }}|{{ site.title }}',
};

function byPath(result: RenderResult): Record<string, string> {
  return Object.fromEntries(result.files.map((f) => [f.path, String(f.contents)]));
}

/** The context every hook but after_init/after_reset gets last: the build's PluginContext. */
function checkContext(ctx: PluginContext | undefined, where: string): void {
  if (ctx?.site?.config.title !== 'Hooks' || ctx.environment !== 'production' || typeof ctx.markdownify !== 'function') throw new Error(`no context in ${where}`);
}

/** A plugin that records every hook call as `owner:event:file`. */
function recorder(calls: string[]): KyllPlugin {
  const doc = (owner: string) =>
    Object.fromEntries(
      (['post_init', 'pre_render', 'post_convert', 'post_render', 'post_write'] as const).map((event) => [
        event,
        (d: HookDocument, ...rest: unknown[]) => {
          // Jekyll's arguments: (doc, payload) for pre_render, (doc) for the others; then the context.
          const payload = event === 'pre_render' ? (rest[0] as HookPayload) : undefined;
          checkContext(rest[rest.length - 1] as PluginContext, `${owner}:${event}`);
          calls.push(`${owner}:${event}:${d.relativePath}${payload ? ` page=${String(payload.page?.title ?? payload.page?.url)}` : ''}`);
        },
      ]),
    );
  return {
    name: 'recorder',
    hooks: {
      site: {
        after_init: ({ config }) => void calls.push(`site:after_init:${config.title}`),
        after_reset: () => void calls.push('site:after_reset'),
        post_read: (s, ctx) => {
          checkContext(ctx, 'site:post_read');
          calls.push(`site:post_read:${s.posts.length}`);
        },
        pre_render: (_s, payload, ctx) => {
          checkContext(ctx, 'site:pre_render');
          calls.push(`site:pre_render:${typeof payload.site}`);
        },
        post_render: (_s, payload, ctx) => {
          checkContext(ctx, 'site:post_render');
          calls.push(`site:post_render:${typeof payload.site}`);
        },
        post_write: (_s, written, ctx) => {
          checkContext(ctx, 'site:post_write');
          calls.push(`site:post_write:${written.paths.length}`);
        },
      },
      posts: doc('posts'),
      pages: doc('pages'),
      documents: doc('documents'),
    },
  };
}

describe('hooks', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-hooks-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  test('run at Jekyll’s points, in Jekyll’s order, with its arguments', async () => {
    const calls: string[] = [];
    await renderSite({ source: memorySource(site), destination: dir, env: ENV, plugins: [recorder(calls)] });
    const post = (event: string, file: string, extra = ''): string[] => [`posts:${event}:${file}${extra}`, `documents:${event}:${file}${extra}`];
    const one = '_posts/2024-01-01-one.md';
    const two = '_posts/2024-01-02-two.md';
    const tea = '_recipes/tea.md';
    expect(calls).toEqual([
      'site:after_init:Hooks',
      'site:after_reset',
      // Reading: every document and page is initialised (posts oldest first, as read).
      ...post('post_init', one),
      ...post('post_init', two),
      'pages:post_init:index.html',
      'documents:post_init:_recipes/tea.md',
      'site:post_read:2',
      'site:pre_render:object',
      // Site#render_docs: posts first, each pre_render (with the payload), post_convert, post_render.
      ...post('pre_render', one, ' page=One'),
      ...post('post_convert', one),
      ...post('post_render', one),
      ...post('pre_render', two, ' page=Two'),
      ...post('post_convert', two),
      ...post('post_render', two),
      `documents:pre_render:${tea} page=Tea`,
      `documents:post_convert:${tea}`,
      `documents:post_render:${tea}`,
      'pages:pre_render:index.html page=/',
      'pages:post_convert:index.html',
      'pages:post_render:index.html',
      'site:post_render:object',
      // Site#write: pages, then documents.
      'pages:post_write:index.html',
      ...post('post_write', one),
      ...post('post_write', two),
      `documents:post_write:${tea}`,
      'site:post_write:4',
    ]);
  });

  test('what hooks change shows in the output', async () => {
    const plugin: KyllPlugin = {
      name: 'changer',
      hooks: {
        site: {
          after_init: () => ({ title: 'Changed title' }),
          post_read: (s) => ({ ...s, data: { ...s.data, from_hook: 'yes' } }),
          pre_render: (_s, payload) => void ((payload.site as Record<string, unknown>).extra = 'added'),
        },
        posts: {
          // A post's front matter is read after post_init (Document#initialize): its title wins, a new key stays.
          post_init: (d) => void ((d.data.title = 'lost'), (d.data.tone = 'calm')),
          pre_render: (d) => void (d.data.mood = `${d.data.tone}-${String(d.data.title).toUpperCase()}`),
          post_convert: (d) => void (d.content = d.content.replace('<em>', '<em class="x">')),
          post_render: (d) => void (d.output = `${d.output}<!-- ${d.relativePath} -->`),
        },
        pages: { pre_render: (d) => void (d.content += '|{{ site.data.from_hook }}') },
      },
    };
    const out = byPath(await renderSite({ source: memorySource(site), env: ENV, plugins: [plugin] }));
    expect(out['2024/01/01/one.html']).toBe('<main><p><em class="x">one</em></p>\n</main>calm-ONE<!-- _posts/2024-01-01-one.md -->');
    expect(out['index.html']).toBe('Two/calm-TWO One/calm-ONE |added|Changed title|yes');
  });

  test('without hooks nothing changes', async () => {
    const plain = byPath(await renderSite({ source: memorySource(site), env: ENV }));
    const withEmpty = byPath(await renderSite({ source: memorySource(site), env: ENV, plugins: [{ name: 'empty', hooks: {} }] }));
    expect(withEmpty).toEqual(plain);
  });

  test('post_write hooks do not run when nothing is written', async () => {
    const calls: string[] = [];
    await renderSite({ source: memorySource(site), env: ENV, plugins: [recorder(calls)] });
    expect(calls.filter((c) => c.includes('post_write'))).toEqual([]);
    expect(calls).toContain('site:post_render:object');
  });

  test('hooks of higher-priority plugins run first', async () => {
    const calls: string[] = [];
    const at = (name: string, priority?: KyllPlugin['priority']): KyllPlugin => ({ name, priority, hooks: { site: { post_read: () => void calls.push(name) } } });
    await renderSite({ source: memorySource(site), env: ENV, plugins: [at('a'), at('b', 'high'), at('c', 'low')] });
    expect(calls).toEqual(['b', 'a', 'c']);
  });
});
