// Symbolic links outside safe mode, as real Jekyll 4.3.1 treats them (checked
// by building the same sites with `jekyll build`, JEKYLL_ENV unset and =production):
// - a static file that is a link is written as the same link (StaticFile#copy_file
//   uses FileUtils.copy_entry) in development, and copied in production or safe mode;
// - Ruby's Dir.glob("**/*") does not enter linked folders, so a link to a folder
//   inside _posts (or _layouts, or a collection) hides the files in it, in every mode.
import fs from 'node:fs';
import { tempSite, type TempSite } from './symlink-helpers.js';

let t: TempSite;
beforeEach(() => {
  t = tempSite();
});
afterEach(() => t.remove());

test('development: static files that are links stay links, with the same text', async () => {
  t.file('outside/secret.txt', 'SECRET\n');
  t.file('sub/in.txt', 'inside\n');
  t.link('secret.txt', '../outside/secret.txt');
  t.link('passwd', '/etc/passwd');
  t.link('in-link.txt', 'sub/in.txt');
  t.link('linksub', 'sub');
  const result = await t.build({}, { JEKYLL_ENV: 'development' });
  expect(t.tree()).toEqual(['l in-link.txt -> sub/in.txt', 'f linksub/in.txt', 'l passwd -> /etc/passwd', 'l secret.txt -> ../outside/secret.txt', 'f sub/in.txt']);
  // In memory the file's bytes are there too, with the link text beside them.
  const link = result.files.find((f) => f.path === 'secret.txt')!;
  expect(link.symlink).toBe('../outside/secret.txt');
  expect(Buffer.from(link.contents).toString()).toBe('SECRET\n');
});

test('production and safe mode copy the file a link leads to', async () => {
  t.file('sub/in.txt', 'inside\n');
  t.link('in-link.txt', 'sub/in.txt');
  await t.build({}, { JEKYLL_ENV: 'production' });
  expect(t.tree()).toEqual(['f in-link.txt', 'f sub/in.txt']);
  await t.build({ safe: true }, { JEKYLL_ENV: 'development' });
  expect(t.tree()).toEqual(['f in-link.txt', 'f sub/in.txt']);
  expect(fs.readFileSync(`${t.dest}/in-link.txt`, 'utf8')).toBe('inside\n');
});

test('a linked folder inside _posts, _layouts or a collection is not entered', async () => {
  t.file('outside/postsub/2020-03-03-sub.md', '---\ntitle: S\n---\nSUB\n');
  t.file('outside/laysub/inner.html', 'INNER {{ content }}');
  t.file('outside/collsub/doc.md', '---\n---\nDOC\n');
  t.file('_config.yml', 'collections:\n  things:\n    output: true\n');
  t.file('blog/_posts/2020-01-01-real.md', '---\n---\nREAL\n');
  t.link('blog/_posts/linked', '../../../outside/postsub');
  t.link('_layouts/linked', '../../outside/laysub');
  t.file('_things/real.md', '---\n---\nREALDOC\n');
  t.link('_things/linked', '../../outside/collsub');
  t.file('index.html', '---\nlayout: linked/inner\n---\nhome\n');
  const result = await t.build();
  expect(t.tree()).toEqual(['f blog/2020/01/01/real.html', 'f index.html', 'f things/real.html']);
  expect(result.diagnostics.map((d) => d.message)).toContain("Build Warning: Layout 'linked/inner' requested in index.html does not exist.");
});

// A link to a folder that holds it: Jekyll 4.3.1 follows it (read_directories) until the path holds
// 41 links and Ruby raises Errno::ELOOP, in safe mode too when the target is inside the site (a
// target outside it is dropped in safe mode); a link in a `_` folder is never walked. kyll lists
// the folder once, never loops, and stops with Jekyll's words before writing anything
// (source/link-loops.ts; the messages were compared with jekyll build's).
describe('a link to a folder that holds it', () => {
  const elooped = (path: string, cycle: string) => `Too many levels of symbolic links @ rb_sysopen - ${t.root}/site/${path}${`/${cycle}`.repeat(40)} (Errno::ELOOP)`;

  test('stops the build as Jekyll does, safe or not, and writes nothing', async () => {
    t.file('index.html', 'home\n');
    t.file('a/b.txt', 'b\n');
    t.link('a/loop', '..');
    await expect(t.build()).rejects.toThrow(elooped('a/loop', 'a/loop'));
    await expect(t.build({ safe: true })).rejects.toThrow(elooped('a/loop', 'a/loop'));
    expect(fs.existsSync(t.dest)).toBe(false);
  });

  test('one to a folder outside the site stops it only outside safe mode', async () => {
    t.file('index.html', 'home\n');
    t.link('a/out', '../..');
    await expect(t.build()).rejects.toThrow(elooped('a/out', 'site/a/out'));
    await t.build({ safe: true });
    expect(t.tree()).toEqual(['f index.html']);
  });

  test('one in a folder Jekyll does not walk is left alone', async () => {
    t.file('index.html', 'home\n');
    t.link('_stuff/up', '..');
    t.link('skipped/up', '..');
    await t.build({ exclude: ['skipped'] });
    expect(t.tree()).toEqual(['f index.html']);
  });
});
