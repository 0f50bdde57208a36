// After any sequence of edits, what the long-lived builder gives equals a
// clean build, byte for byte; and it says truly what it wrote and removed.
import { createBuilder, renderSite } from '../../lib/index.js';
import { FIXED_ENV } from '../helpers/build-env.js';
import { blogFiles, contentsByPath, mutableSource, randomEditor } from './edit-site.js';

const EDITS = 60;

test.each([1, 2, 3])('seed %i: after each of 60 random edits, the update equals a clean build', async (seed) => {
  const source = mutableSource(blogFiles());
  const edit = randomEditor(source, seed);
  const builder = await createBuilder({ source, env: FIXED_ENV, write: false });
  let previous = contentsByPath((await builder.build()).files);
  const kinds = new Set<string>();
  for (let i = 0; i < EDITS; i++) {
    const { what, changed } = edit();
    kinds.add(what);
    const update = await builder.update(changed);
    const clean = contentsByPath((await renderSite({ source, env: FIXED_ENV, write: false })).files);
    const got = contentsByPath(update.result.files);
    expect({ step: i, what, files: [...got.keys()] }).toEqual({ step: i, what, files: [...clean.keys()] });
    for (const [p, text] of clean) if (got.get(p) !== text) expect({ step: i, what, path: p, text: got.get(p) }).toEqual({ step: i, what, path: p, text });
    // written + removed turn the previous site into this one.
    const replayed = new Map(previous);
    for (const p of update.removed) replayed.delete(p);
    for (const [p, text] of contentsByPath(update.written)) replayed.set(p, text);
    expect(replayed).toEqual(clean);
    previous = got;
  }
  expect(kinds.size).toBeGreaterThan(14);
}, 300_000);
