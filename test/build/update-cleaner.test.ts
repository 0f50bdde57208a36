// Each rebuild of `jekyll serve` / `jekyll build --watch` runs the cleaner and writes every output
// (site.rb#process: cleaner.rb#cleanup!, then write): a file put into the destination by hand goes
// at the next save, unless keep_files names it (a prefix of its path below the destination), and an
// output deleted by hand is written again. The long-lived builder's tidy(), which serve and --watch
// run after each update, does the same.
// (Checked with `jekyll build --watch` 4.3.1 on a minima site: hand.txt, .hidden and handdir/ went,
// .git/ stayed; with keep_files [hand3.txt, keepdir], hand3.txtx and keepdirx/ stayed too.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createBuilder } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';

function files(root: string, rel = ''): string[] {
  return fs
    .readdirSync(path.join(root, rel), { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? files(root, `${rel}${e.name}/`) : [`${rel}${e.name}`]))
    .sort();
}

async function withSite(config: string, run: (site: { source: string; destination: string; put: (rel: string, text?: string) => void }) => Promise<void>): Promise<void> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kyll-update-cleaner-'));
  try {
    const source = path.join(root, 'site');
    const destination = path.join(root, 'out');
    const put = (rel: string, text = 'x'): void => {
      const p = path.join(rel.startsWith('out/') ? root : source, rel);
      fs.mkdirSync(path.dirname(p), { recursive: true });
      fs.writeFileSync(p, text);
    };
    put('_config.yml', config);
    put('index.md', '---\n---\nhome\n');
    put('about/index.md', '---\n---\nabout\n');
    put('_posts/2020-01-02-a.md', '---\n---\nA\n');
    await run({ source, destination, put });
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

const SITE = ['2020/01/02/a.html', 'about/index.html', 'index.html'];

test('tidy removes what was put into the destination by hand, keeps .git (the default keep_files)', async () => {
  await withSite('title: t\n', async ({ source, destination, put }) => {
    const builder = await createBuilder({ source, destination, env: FIXED_ENV });
    await builder.build();
    for (const rel of ['out/hand.txt', 'out/.hidden', 'out/handdir/x.html', 'out/2020/hand.html', 'out/.git/HEAD', 'out/.gitignore']) put(rel);
    put('_posts/2020-01-02-a.md', '---\n---\nA, edited\n');
    await builder.update(['_posts/2020-01-02-a.md']);
    const t = await builder.tidy();
    expect(files(destination)).toEqual(['.git/HEAD', '.gitignore', ...SITE]);
    expect([...t.removed].sort()).toEqual(['.hidden', '2020/hand.html', 'hand.txt', 'handdir']);
  });
});

test('keep_files are literal prefixes of paths below the destination (`sub/` keeps only inside a folder of the site); an output deleted by hand comes back', async () => {
  await withSite('keep_files: [hand3.txt, keepdir, "sub/", "/CNAME", "about/"]\n', async ({ source, destination, put }) => {
    const builder = await createBuilder({ source, destination, env: FIXED_ENV });
    await builder.build();
    for (const rel of ['out/hand3.txt', 'out/hand3.txtx', 'out/keepdir/in/k.txt', 'out/keepdirx/a', 'out/2020/keepdir/a', 'out/.git/HEAD', 'out/sub/a', 'out/CNAME', 'out/about/hand']) put(rel);
    fs.rmSync(path.join(destination, 'about/index.html'));
    put('_posts/2020-01-02-a.md', '---\n---\nA, edited\n');
    const u = await builder.update(['_posts/2020-01-02-a.md']);
    const t = await builder.tidy();
    expect(files(destination)).toEqual([...SITE, 'about/hand', 'hand3.txt', 'hand3.txtx', 'keepdir/in/k.txt', 'keepdirx/a'].sort());
    expect(u.written.map((f) => f.path)).toEqual(['2020/01/02/a.html']);
    expect(t.written.map((f) => f.path)).toEqual(['about/index.html']);
  });
});

test('tidy after an update that changes nothing on disk still cleans', async () => {
  await withSite('title: t\n', async ({ source, destination, put }) => {
    const builder = await createBuilder({ source, destination, env: FIXED_ENV });
    await builder.build();
    put('out/hand.txt');
    put('_drafts/d.md', '---\n---\ndraft\n');
    await builder.update(['_drafts/d.md']);
    await builder.tidy();
    expect(files(destination)).toEqual(SITE);
  });
});

test('every tidy looks again: hand files and deleted outputs in folders the last update wrote to or left alone', async () => {
  await withSite('title: t\n', async ({ source, destination, put }) => {
    const builder = await createBuilder({ source, destination, env: FIXED_ENV });
    await builder.build();
    const edit = async (i: number): Promise<void> => {
      put('_posts/2020-01-02-a.md', `---\n---\nA ${i}\n`);
      await builder.update(['_posts/2020-01-02-a.md']);
      await builder.tidy();
    };
    await edit(1);
    expect(files(destination)).toEqual(SITE);
    // Beside the output the last update wrote, deep in a folder it left alone, at the top.
    for (const rel of ['out/2020/01/02/hand.html', 'out/about/hand/x', 'out/top.txt']) put(rel);
    await edit(2);
    expect(files(destination)).toEqual(SITE);
    fs.rmSync(path.join(destination, 'about/index.html'));
    fs.rmSync(path.join(destination, '2020'), { recursive: true });
    await edit(3);
    expect(files(destination)).toEqual(SITE);
    // A file where the site has a folder.
    fs.rmSync(path.join(destination, 'about'), { recursive: true });
    put('out/about', 'a file');
    await edit(4);
    expect(files(destination)).toEqual(SITE);
    expect(fs.readFileSync(path.join(destination, 'about/index.html'), 'utf8')).toContain('about');
  });
});

test('an output that turns from a folder into a file of the same name (permalink `/x.html/` to `/x.html`) and back is written', async () => {
  await withSite('title: t\n', async ({ source, destination, put }) => {
    const builder = await createBuilder({ source, destination, env: FIXED_ENV });
    put('flip.md', '---\npermalink: /x.html/\n---\nfolder\n');
    await builder.build();
    expect(files(destination)).toEqual([...SITE, 'x.html/index.html'].sort());
    put('flip.md', '---\npermalink: /x.html\n---\nfile\n');
    await builder.update(['flip.md']);
    expect(files(destination)).toEqual([...SITE, 'x.html'].sort());
    expect(fs.readFileSync(path.join(destination, 'x.html'), 'utf8')).toBe('<p>file</p>\n');
    put('flip.md', '---\npermalink: /x.html/\n---\nfolder again\n');
    await builder.update(['flip.md']);
    expect(files(destination)).toEqual([...SITE, 'x.html/index.html'].sort());
  });
});

test('a file keep_files kept goes at the next tidy once _config.yml drops it, after tidies that saw it kept', async () => {
  await withSite('keep_files: [kept]\ntitle: t\n', async ({ source, destination, put }) => {
    const builder = await createBuilder({ source, destination, env: FIXED_ENV });
    await builder.build();
    put('out/kept/k.txt');
    put('index.md', '---\n---\nhome, edited\n');
    await builder.update(['index.md']);
    await builder.tidy();
    expect(files(destination)).toEqual([...SITE, 'kept/k.txt'].sort());
    put('_config.yml', 'title: t\n');
    await builder.update(['_config.yml']);
    const t = await builder.tidy();
    expect(files(destination)).toEqual(SITE);
    expect(t.removed).toEqual(['kept']);
  });
});
