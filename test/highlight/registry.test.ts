// The lexer index (registry.ts) is plain data, so that the names are known without loading a
// lexer: it must say exactly what the lexer modules define.
import fs from 'node:fs';
import type { LexerDef } from '../../lib/highlight/engine.js';
import { lexerModule } from '../../lib/highlight/lexer-modules.js';
import { LEXER_INDEX } from '../../lib/highlight/registry.js';
import { supportedLanguages } from '../../lib/highlight/index.js';

test('each entry names a lexer of its module, with that lexer\'s name and aliases', () => {
  for (const [name, aliases, file, exportName] of LEXER_INDEX) {
    const def = lexerModule(file)?.[exportName] as LexerDef | undefined;
    expect([file, exportName, def?.name, def?.aliases ?? []]).toEqual([file, exportName, name, aliases]);
  }
});

test('every lexer a module exports is in the index, once', () => {
  const files = fs.readdirSync(new URL('../../lib/highlight/lexers/', import.meta.url)).map((f) => f.replace(/\.ts$/, ''));
  const defined: string[] = [];
  for (const file of files) {
    for (const [exportName, value] of Object.entries(lexerModule(file) ?? {})) {
      if (typeof value === 'object' && value !== null && 'states' in value) defined.push(`${file}.${exportName}`);
    }
  }
  expect(LEXER_INDEX.map(([, , file, exportName]) => `${file}.${exportName}`).sort()).toEqual(defined.sort());
  // A name two lexers claim goes to the later one, as the lexers were registered before.
  const names = new Set(LEXER_INDEX.flatMap(([name, aliases]) => [name, ...aliases]));
  expect(supportedLanguages()).toEqual([...names].sort());
});
