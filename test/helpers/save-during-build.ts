// A JavaScript plugin for tests of a save made while a build runs: its `poke` filter, the first time
// a page renders it, rewrites the file named by KYLL_TEST_POKE (by then the build has read it) and
// leaves `<file>.done` beside it so that later renders leave the file alone.
export const POKE_ENV = 'KYLL_TEST_POKE';

export const POKE_PLUGIN = `import fs from 'node:fs';
export default { name: 'poke', registerLiquid(engine) {
  engine.registerFilter('poke', (s) => {
    const file = process.env.${POKE_ENV};
    if (file && !fs.existsSync(file + '.done')) {
      fs.writeFileSync(file + '.done', '');
      fs.writeFileSync(file, '---\\ntitle: Saved during the build\\n---\\nNew words.\\n');
    }
    return s;
  });
} };
`;
