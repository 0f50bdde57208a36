#!/usr/bin/env node
// A live preview in memory, as an editor plugin would keep one: the files as the editor holds
// them (saved or not), one long-lived builder over them, and after each keystroke batch only
// what the edit affects is rendered again. Nothing touches the disk.
//
//   npm run build && node examples/live-preview.mjs
//
// memorySource() copies its files once; a preview whose files change gives the builder its own
// Source over a Map it keeps editing (root, list, exists, readText, readBytes, mtime).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const { createBuilder, renderSite, isKyllError } = await import(pathToFileURL(path.join(here, '..', 'dist', 'index.js')).href);

const files = new Map(
  Object.entries({
    '_config.yml': 'title: Preview\ntimezone: Europe/Paris\n',
    '_layouts/post.html': '<h1>{{ page.title }}</h1>\n{{ content }}\n{% include footer.html %}',
    '_includes/footer.html': '<footer>{{ site.posts.size }} posts</footer>\n',
    'index.html': '---\n---\n{% for post in site.posts %}<a href="{{ post.url }}">{{ post.title }}</a>\n{% endfor %}',
    '_posts/2024-03-02-first.md': '---\nlayout: post\ntitle: First\n---\nHello *world*.\n',
  }),
);

/** @type {import('kyll').Source} */
const source = {
  root: '(editor)',
  list: () => [...files.keys()].sort(),
  exists: (p) => files.has(p),
  readText: (p) => {
    if (!files.has(p)) throw Object.assign(new Error(`ENOENT: ${p}`), { code: 'ENOENT' });
    return files.get(p);
  },
  readBytes: (p) => new TextEncoder().encode(source.readText(p)),
  mtime: () => undefined,
};

// A fixed site.time, so that the preview and the check below agree.
const env = { SOURCE_DATE_EPOCH: '1767225600' };
const builder = await createBuilder({ source, env });
const first = await builder.build();
console.log(`built ${first.files.length} pages: ${first.files.map((f) => f.url).join(' ')}`);

/** Applies an edit as the editor would, and updates the preview. */
async function edit(what, change) {
  const changed = change();
  try {
    const u = await builder.update(changed);
    console.log(`${what}: ${u.rendered} rendered; changed ${u.written.map((f) => f.url).join(' ') || 'nothing'}${u.removed.length ? `; gone ${u.removed.join(' ')}` : ''}`);
    return u.result;
  } catch (e) {
    // Errors are KyllErrors: a code, the file and line in the user's text, Jekyll's message.
    if (!isKyllError(e)) throw e;
    console.log(`${what}: ${e.code} at ${e.file}:${e.line}: ${e.message.split('\n')[0]}`);
    return undefined;
  }
}

await edit('edit a post', () => {
  files.set('_posts/2024-03-02-first.md', '---\nlayout: post\ntitle: First light\n---\nHello *world*, again.\n');
  return ['_posts/2024-03-02-first.md'];
});
await edit('add a post', () => {
  files.set('_posts/2024-03-09-second.md', '---\nlayout: post\ntitle: Second\n---\nMore.\n');
  return ['_posts/2024-03-09-second.md'];
});
await edit('break the include', () => {
  files.set('_includes/footer.html', '<footer>{% if site.posts %}</footer>\n');
  return ['_includes/footer.html'];
});
const last = await edit('fix it', () => {
  files.set('_includes/footer.html', '<footer>{{ site.posts.size }} posts, {{ site.time | date: "%Y" }}</footer>\n');
  return ['_includes/footer.html'];
});
await edit('delete a post', () => {
  files.delete('_posts/2024-03-09-second.md');
  return ['_posts/2024-03-09-second.md'];
});

// The preview holds what a fresh build of the same files gives.
const fresh = await renderSite({ source, env });
const preview = (await edit('nothing changed', () => [])) ?? last;
const text = (r) => JSON.stringify(r.files.map((f) => [f.path, String(f.contents)]).sort());
if (text(preview) !== text(fresh)) {
  console.error('the preview differs from a fresh build');
  process.exit(1);
}
console.log(`the preview equals a fresh build: ${fresh.files.length} pages`);
