// Pages share Jekyll's template cache by LiquidRenderer#normalize_path of their page.path
// (lib/render/page-templates.ts); fixture realsites9b-liquid-cache-key checks whole builds.
import { liquidCacheKey } from '../../lib/render/page-templates.js';

describe('liquidCacheKey (LiquidRenderer#normalize_path)', () => {
  test('a path with /gems/ keeps what follows its last /gems/', () => {
    expect(liquidCacheKey('cheatsheets/ruby/gems/index.md')).toBe('index.md');
    expect(liquidCacheKey('a/gems/b/gems/c/d.md')).toBe('c/d.md');
  });
  test('a path with <dir>/lib starts at that dir, wherever lib appears', () => {
    expect(liquidCacheKey('zz/tools/lib/notes.md')).toBe('tools/lib/notes.md');
    expect(liquidCacheKey('docs/python/libraries.md')).toBe('python/libraries.md');
  });
  test('other paths are their own key', () => {
    expect(liquidCacheKey('notes/gemstone/index.md')).toBe('notes/gemstone/index.md');
    expect(liquidCacheKey('gems/index.md')).toBe('gems/index.md');
    expect(liquidCacheKey('index.md')).toBe('index.md');
  });
});
