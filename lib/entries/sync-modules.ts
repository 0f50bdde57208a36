// The modules behind the root entry's synchronous functions (parsePost,
// buildCollections): the YAML reader, Liquid's value classes, the site reader.
// Imported here at load; the bundle (scripts/bundle.mjs) makes each an entry of
// its own and replaces this module by one that require()s it on the first call,
// so that `import('kyll')` neither parses nor runs them (~420 KB).
import * as parsePost from '../read/parse-post.js';
import * as buildCollections from '../site/build-collections.js';

export function parsePostModule(): typeof parsePost {
  return parsePost;
}

export function buildCollectionsModule(): typeof buildCollections {
  return buildCollections;
}
