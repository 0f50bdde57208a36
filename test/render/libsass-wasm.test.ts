// libsass 3.6.5 as WebAssembly (vendor/libsass/libsass.wasm): the results of libsass
// 3.6.5 where sass.js's 3.6.2 differs, partials served from memory, C++ exceptions
// caught inside the module, and a new instance after one that trapped. Expected
// strings from sassc 2.4.0 on libsass 3.6.5 (Ruby: SassC::Engine#render), as Jekyll uses it.
import { compileWasm } from '../../lib/render/libsass-wasm.js';
import type { SassJob } from '../../lib/render/libsass.js';

const job = (text: string, style = 'compact', files: SassJob['files'] = []): SassJob => ({ files, text, options: { style, inputPath: 'stdin', outputPath: 'stdin.css' } });

describe('libsass 3.6.5 as WebAssembly', () => {
  test("@extend of a compound selector as 3.6.5 writes it (3.6.2: '.md.circle, .pill.circle, .circle.circle')", () => {
    const r = compileWasm(job('.md.circle { w: 1 } .pill.circle { h: 1 } .circle { @extend .md; }'));
    expect(r).toMatchObject({ status: 0, text: '.md.circle, .circle { w: 1; }\n\n.pill.circle { h: 1; }\n' });
  });

  test('compressed: a space after the commas of a list only inside @media (3.6.2: in every rule after it)', () => {
    const r = compileWasm(job('$f: a, b;\n@media print { x { y: $f; } }\nz { y: $f; }\n', 'compressed'));
    expect(r.text).toBe('@media print{x{y:a, b}}z{y:a,b}\n');
  });

  test('partials in folders are found by their import name, as libsass looks for them (_x.scss)', () => {
    const r = compileWasm(job('@import "base/x";\n', 'expanded', [['base/_x.scss', '.x { y: 1 }\n']]));
    expect(r).toMatchObject({ status: 0, text: '.x {\n  y: 1;\n}\n' });
  });

  test('a missing import is an error with its position, caught inside the module', () => {
    const r = compileWasm(job('@import "base/x";\n'));
    expect(r.status).toBe(1);
    // "stdin" in the working directory, as sassc names it (no job input path given here).
    expect(r.formatted).toBe('Error: File to import not found or unreadable: base/x.\n        on line 1:1 of stdin\n>> @import "base/x";\n\n   ^\n');
    expect([r.line, r.column]).toEqual([1, 1]);
  });

  test('the files of one job are gone in the next', () => {
    expect(compileWasm(job('@import "gone";', 'compact', [['_gone.scss', 'a { b: c }']])).status).toBe(0);
    expect(compileWasm(job('@import "gone";')).status).toBe(1);
  });

  test('deep nesting fits the 8 MB stack libsass gets (wasm-ld gives 64 KB, where 100 levels already overflowed)', () => {
    const r = compileWasm(job(`${'.a { '.repeat(100)}b: c;${' }'.repeat(100)}`, 'compressed'));
    expect(r).toMatchObject({ status: 0, text: `${Array(100).fill('.a').join(' ')}{b:c}\n` });
  });

  test('a job after one that overflowed the stack gets a working instance', () => {
    const deep = `a { b: ${'('.repeat(200_000)}1${')'.repeat(200_000)} }`;
    const failed = compileWasm(job(deep));
    expect(failed.status).not.toBe(0);
    expect(compileWasm(job('a { b: c }'))).toMatchObject({ status: 0, text: 'a { b: c; }\n' });
  });
});
