// The modules behind the root entry's synchronous functions (parsePost,
// buildCollections): the YAML reader, Liquid's value classes, the site reader.
// Imported here at load; the bundle (scripts/bundle.mjs) replaces this module
// by one that evaluates them on the first call, as it does for Rouge's lexers,
// so that `import('kyll')` compiles and runs only the small API shell.
import * as parsePost from '../read/parse-post.js';
import * as buildCollections from '../site/build-collections.js';

export function parsePostModule(): typeof parsePost {
  return parsePost;
}

export function buildCollectionsModule(): typeof buildCollections {
  return buildCollections;
}
