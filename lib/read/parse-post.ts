// Posts and drafts: documents of the `posts` collection (jekyll/readers/post_reader.rb, jekyll/document.rb).
import type { Data, Diagnostic, Post, SiteConfig } from '../types.js';
import type { JekyllTime } from '../time/index.js';
import { KyllError } from '../errors/index.js';
import { parseDocument, type ClockUse, type ParseDocumentOptions } from './parse-document.js';
import { parsePostName } from './post-name.js';

export interface ParsePostOptions {
  /** Path relative to the site source: `_posts/2022-02-11-x.md`, `news/_posts/...`, `_drafts/x.md`. */
  path: string;
  config?: Partial<SiteConfig>;
  defaults?: Data;
  time?: JekyllTime;
  mtime?: number;
  /** See ParseDocumentOptions.onWarning. */
  onWarning?: (warning: Diagnostic) => void;
  /** See ParseDocumentOptions.clock. */
  clock?: ClockUse;
  /**
   * Read by PostReader#read_drafts (from a `_drafts` folder), whose names need no date,
   * even where the path also has a `_posts` folder (`_posts/sub/_drafts/x.md`).
   * Default: a path with a `_posts` folder is read as a post.
   */
  draft?: boolean;
  /** See ParseDocumentOptions.localized. */
  localized?: ParseDocumentOptions['localized'];
  /** See ParseDocumentOptions.filename. */
  filename?: string;
}

/**
 * Parse a post or draft. A file in `_posts` whose name is not `YYYY-MM-DD-slug.ext`
 * is not a post (PostReader skips it): INVALID_FILENAME.
 */
export function parsePost(text: string, options: ParsePostOptions): Post {
  const inPosts = options.draft !== true && /(^|\/)_posts\//.test(options.path);
  if (inPosts && !parsePostName(options.path.slice(options.path.indexOf('_posts/') + '_posts/'.length))) {
    throw new KyllError('INVALID_FILENAME', `Invalid post file name: ${options.path} (expected YYYY-MM-DD-title.ext)`, { file: options.path, line: 1 }, {
      hint: 'Jekyll skips files in _posts whose names do not start with a date.',
    });
  }
  // A document of the `posts` collection is a post (kind: 'post') as it comes. The options are
  // named one by one: an object rest (`{ draft, ...rest }`) then a spread took a slow runtime path,
  // ~0.8% of the main thread of a cold 1,000-post build in a CPU profile; bench/instructions.sh
  // --single-threaded, 1,000 posts, main thread, two runs each: 5,205M/5,181M -> 5,125M/5,158M.
  const { path, config, defaults, time, mtime, onWarning, clock, localized, filename } = options;
  return parseDocument(text, { path, config, defaults, time, mtime, onWarning, clock, localized, filename, collection: 'posts' }) as Post;
}
