// keep_files that is not a list of strings: Jekyll 4.3.1 reads it at Site#cleanup, after the render
// (Cleaner#existing_files: keep_file_regex's Regexp.union takes strings only, then keep_dirs'
// `keep_files.flat_map`, which a string lacks). So a _data file's YAML error or a page's Liquid
// error is the one it reports, and the destination is left as it was. (Checked with jekyll build
// 4.3.1: `keep_files: "x"` with a broken _data/x.yml stops on the YAML; `keep_files: [5]` with a
// Liquid warning renders, then "no implicit conversion of Integer into String" from cleaner.rb.)
import fs from 'node:fs';
import path from 'node:path';
import { memorySource, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { makeSiteDir, treeHash } from './dest-tree.js';

const build = (files: Record<string, string>) => renderSite({ source: memorySource({ 'index.html': '---\n---\nhome\n', ...files }), env: FIXED_ENV });

test.each([
  ['keep_files: [5]', 'no implicit conversion of Integer into String'],
  ['keep_files: [a, ~]', 'no implicit conversion of nil into String'],
  ['keep_files: [[a]]', 'no implicit conversion of Array into String'],
  ['keep_files: [true]', 'no implicit conversion of true into String'],
  ['keep_files: [2020-01-01]', 'no implicit conversion of Date into String'],
  ['keep_files: 5', 'no implicit conversion of Integer into String'],
  ['keep_files: {a: 1}', 'no implicit conversion of Hash into String'],
  ['keep_files: abc', 'undefined method `flat_map\' for "abc":String'],
])('%s stops the build at the cleanup', async (line, message) => {
  await expect(build({ '_config.yml': `${line}\n` })).rejects.toMatchObject({ code: 'INVALID_CONFIG', message, file: '_config.yml' });
});

test('a _data file that is not valid YAML is reported first', async () => {
  await expect(build({ '_config.yml': 'keep_files: "x"\n', '_data/x.yml': 'a: [\n' })).rejects.toMatchObject({
    code: 'YAML_EXCEPTION',
    file: '_data/x.yml',
    message: expect.stringContaining('did not find expected node content while parsing a flow node at line 2 column 1'),
  });
});

test('a Liquid error in a page is reported first; a Liquid warning is logged before the cleanup stops', async () => {
  await expect(build({ '_config.yml': 'keep_files: abc\n', 'index.html': '---\n---\n{% if %}\n' })).rejects.toMatchObject({ message: expect.stringContaining("Syntax Error in tag 'if'") });
  const err = await build({ '_config.yml': 'keep_files: [5]\n', 'index.html': '---\n---\n{{ "a" | bogus: }}\n' }).then(() => undefined, (e: unknown) => e);
  expect(err).toMatchObject({ message: 'no implicit conversion of Integer into String' });
  expect((err as { diagnostics?: { message: string }[] }).diagnostics?.map((d) => d.message)).toContainEqual(expect.stringContaining('Liquid Warning: Liquid syntax error (line 1)'));
});

test('the destination is left as it was', async () => {
  const { root, site } = makeSiteDir('kyll-keep-type-');
  try {
    const dest = path.join(root, 'out');
    fs.mkdirSync(dest);
    fs.writeFileSync(path.join(dest, 'old.txt'), 'old\n');
    fs.writeFileSync(path.join(site, '_config.yml'), 'keep_files: abc\n');
    const before = treeHash(dest);
    await expect(renderSite({ source: site, destination: dest, env: FIXED_ENV })).rejects.toMatchObject({ message: 'undefined method `flat_map\' for "abc":String' });
    expect(treeHash(dest)).toBe(before);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
});
