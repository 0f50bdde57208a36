// compileEarly and startSassPages: a build sends its Liquid-free Sass pages to the Sass thread
// before it renders the posts, and each page then takes that compilation at its turn.
import { memorySource } from '../../lib/source/index.js';
import { prepareBuild } from '../../lib/render/prepare-build.js';
import { renderPages, startSassPages } from '../../lib/render/render-pages.js';
import { compileEarly, type SassCompiler, type SassOutput } from '../../lib/render/sass.js';
import type { SassJob, SassResult } from '../../lib/render/libsass.js';
import type { OutputFile } from '../../lib/types.js';

function recording(): { calls: string[]; compile: SassCompiler } {
  const calls: string[] = [];
  const compile: SassCompiler = (text, syntax, file) => {
    calls.push(`${syntax} ${file} ${text}`);
    return text.includes('bad') ? Promise.reject(new Error(`bad ${file}`)) : Promise.resolve<SassOutput>({ css: `css of ${text}` });
  };
  return { calls, compile };
}

test('compileEarly starts each page at once and answers the same text, syntax and file with that compilation', async () => {
  const { calls, compile } = recording();
  const early = compileEarly(compile, [{ text: 'a {}', syntax: 'scss', file: 'css/a.scss' }, { text: 'b\n  c: d', syntax: 'sass', file: 'b.sass' }]);
  expect(calls).toEqual(['scss css/a.scss a {}', 'sass b.sass b\n  c: d']);
  await expect(early('a {}', 'scss', 'css/a.scss')).resolves.toEqual({ css: 'css of a {}' });
  await expect(early('b\n  c: d', 'sass', 'b.sass')).resolves.toEqual({ css: 'css of b\n  c: d' });
  expect(calls).toHaveLength(2);
});

test('compileEarly compiles again when the text is not the one guessed, and on a second call', async () => {
  const { calls, compile } = recording();
  const early = compileEarly(compile, [{ text: 'a {}', syntax: 'scss', file: 'a.scss' }]);
  await expect(early('a { x: 1 }', 'scss', 'a.scss')).resolves.toEqual({ css: 'css of a { x: 1 }' });
  await expect(early('a {}', 'sass', 'a.scss')).resolves.toEqual({ css: 'css of a {}' });
  await early('a {}', 'scss', 'a.scss');
  await early('a {}', 'scss', 'a.scss');
  expect(calls).toEqual(['scss a.scss a {}', 'scss a.scss a { x: 1 }', 'sass a.scss a {}', 'scss a.scss a {}']);
});

test('an early failure is not an unhandled rejection: it surfaces when the page asks', async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (e: unknown): void => void unhandled.push(e);
  process.on('unhandledRejection', onUnhandled);
  try {
    const early = compileEarly(recording().compile, [{ text: 'bad', syntax: 'scss', file: 'x.scss' }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(unhandled).toEqual([]);
    await expect(early('bad', 'scss', 'x.scss')).rejects.toThrow('bad x.scss');
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
});

test('startSassPages sends the Sass pages without Liquid markup to the thread before any page renders, and the pages use it', async () => {
  const source = memorySource({
    '_sass/_c.scss': '$c: #123456;\n',
    'css/plain.scss': '---\n---\n@import "c";\na { color: $c; }\n',
    'css/liquid.scss': '---\n---\n@import "c";\nb { width: {{ 1 | plus: 1 }}px; }\n',
    'index.md': '---\n---\nhi\n',
  });
  const jobs: string[] = [];
  const run = (job: SassJob): Promise<SassResult> => {
    jobs.push(job.text);
    return Promise.resolve({ status: 0, text: `/* ${job.text.trim().replace(/\s+/g, ' ')} */` });
  };
  const build = prepareBuild({ source, env: {}, config: { sass: { sourcemap: 'never' } } });
  const setup = startSassPages(build, { thread: { run, warm: () => undefined, stop: () => undefined } });
  expect(jobs).toEqual(['@import "c";\na { color: $c; }\n']);
  const files: OutputFile[] = [];
  await renderPages(build, (f) => (files.push(f), f), [], setup);
  expect(jobs).toEqual(['@import "c";\na { color: $c; }\n', '@import "c";\nb { width: 2px; }\n']);
  const css = Object.fromEntries(files.filter((f) => f.path.endsWith('.css')).map((f) => [f.path, String(f.contents)]));
  expect(css).toEqual({ 'css/plain.css': '/* @import "c"; a { color: $c; } */', 'css/liquid.css': '/* @import "c"; b { width: 2px; } */' });
});
