import * as kyll from '../../lib/index.js';

test('the package exports exactly the public API', () => {
  expect(Object.keys(kyll).sort()).toEqual(['BuildError', 'JekyllTime', 'KyllError', 'buildCollections', 'createBuilder', 'fsSource', 'memorySource', 'parsePost', 'renderSite']);
});
