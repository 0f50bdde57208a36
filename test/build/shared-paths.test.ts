// Outputs sharing a path after an edit (kyll serve, build --watch, --incremental):
// a clean build leaves at such a path the output Jekyll writes last (pages, then
// static files, then documents: Site#each_site_file). Jekyll's --watch builds the
// whole site again, so after any edit, to either output, the update gives what a
// clean build gives, on disk as well as in the result.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { contentsByPath, mutableSource } from './edit-site.js';

const page = (permalink: string, body: string): string => `---\npermalink: ${permalink}\n---\n${body}\n`;
const FILES: Record<string, string> = {
  '_config.yml': 'title: Shared\n',
  '_layouts/default.html': '<main>{{ content }}</main>\n',
  // The post and the page share /shared/: the post is written last.
  '_posts/2020-01-01-post.md': '---\nlayout: default\npermalink: /shared/\n---\npost body\n',
  'about.md': page('/shared/', 'page body'),
  // A page and a static file share other.txt: the static file is written last.
  'other.txt': 'static text\n',
  'other.md': page('/other.txt', 'page text'),
  'index.html': '---\n---\n{% for p in site.posts %}{{ p.url }}{% endfor %}\n',
};

// [what, file, new text]
const EDITS: Array<[string, string, string]> = [
  ['the losing page is edited', 'about.md', page('/shared/', 'page body, edited')],
  ['the losing page of a static file is edited', 'other.md', page('/other.txt', 'page text, edited')],
  ['the winning post is edited', '_posts/2020-01-01-post.md', '---\nlayout: default\npermalink: /shared/\n---\npost body, edited\n'],
  ['the page moves away', 'about.md', page('/about/', 'page body')],
  ['the page comes back', 'about.md', page('/shared/', 'page body again')],
  ['the post moves away: the page is left', '_posts/2020-01-01-post.md', '---\nlayout: default\npermalink: /post/\n---\npost body\n'],
  ['the post comes back', '_posts/2020-01-01-post.md', '---\nlayout: default\npermalink: /shared/\n---\npost body back\n'],
  ['the static file goes: the page is left', 'other.txt', ''],
];

test('in memory: after each edit, the update and what it writes equal a clean build', async () => {
  const source = mutableSource(FILES);
  const builder = await createBuilder({ source, env: FIXED_ENV, write: false });
  let previous = contentsByPath((await builder.build()).files);
  expect(previous.get('shared/index.html')).toContain('post body');
  expect(previous.get('other.txt')).toBe(Buffer.from('static text\n').toString('base64'));
  for (const [what, file, text] of EDITS) {
    if (text === '') source.files.delete(file);
    else source.files.set(file, text);
    const update = await builder.update([file]);
    const clean = contentsByPath((await renderSite({ source, env: FIXED_ENV, write: false })).files);
    expect({ what, files: contentsByPath(update.result.files) }).toEqual({ what, files: clean });
    // written + removed turn the previous site into this one.
    const replayed = new Map(previous);
    for (const p of update.removed) replayed.delete(p);
    for (const [p, t] of contentsByPath(update.written)) replayed.set(p, t);
    expect({ what, files: replayed }).toEqual({ what, files: clean });
    previous = clean;
  }
}, 120_000);

/** Every file below `dir`, path → text. */
function readTree(dir: string, base = dir, out = new Map<string, string>()): Map<string, string> {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) readTree(p, base, out);
    else out.set(path.relative(base, p), fs.readFileSync(p, 'utf8'));
  }
  return out;
}

function writeSite(site: string): void {
  for (const [p, text] of Object.entries(FILES)) {
    fs.mkdirSync(path.dirname(path.join(site, p)), { recursive: true });
    fs.writeFileSync(path.join(site, p), text);
  }
}

/** One edit of EDITS: '' deletes the file. */
function applyEdit(site: string, file: string, text: string): void {
  if (text === '') fs.rmSync(path.join(site, file));
  else fs.writeFileSync(path.join(site, file), text);
}

/** The files a clean build of `site` writes (built beside it, then removed). */
async function cleanBuild(tmp: string, site: string): Promise<Map<string, string>> {
  const clean = path.join(tmp, 'clean');
  await renderSite({ source: site, destination: clean, env: FIXED_ENV });
  const files = readTree(clean);
  fs.rmSync(clean, { recursive: true, force: true });
  return files;
}

test('on disk: the destination after each edit equals a clean build of the edited site', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-shared-'));
  try {
    const site = path.join(tmp, 'site');
    writeSite(site);
    const dest = path.join(tmp, '_site');
    const builder = await createBuilder({ source: site, destination: dest, env: FIXED_ENV });
    await builder.build();
    for (const [what, file, text] of EDITS) {
      applyEdit(site, file, text);
      await builder.update([path.join(site, file)]);
      expect({ what, files: readTree(dest) }).toEqual({ what, files: await cleanBuild(tmp, site) });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);

test('--incremental: a later process that renders only the edited page leaves the post at the shared path', async () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-shared-inc-'));
  try {
    const site = path.join(tmp, 'site');
    writeSite(site);
    const dest = path.join(tmp, '_site');
    await (await createBuilder({ source: site, destination: dest, env: FIXED_ENV, incremental: true })).build();
    for (const [what, file, text] of EDITS) {
      applyEdit(site, file, text);
      await (await createBuilder({ source: site, destination: dest, env: FIXED_ENV, incremental: true })).build();
      const built = readTree(dest);
      for (const p of built.keys()) if (p.startsWith('.jekyll-cache')) built.delete(p);
      expect({ what, files: built }).toEqual({ what, files: await cleanBuild(tmp, site) });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}, 120_000);
