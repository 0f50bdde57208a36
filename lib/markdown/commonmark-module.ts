// The CommonMark stack for converter.ts, imported here at load. The bundle
// (scripts/bundle.mjs) replaces this module by one that evaluates
// commonmark/converter.js and its remark/micromark dependencies on first use,
// so that kramdown sites (Jekyll's default) never load them.
import * as commonmark from './commonmark/converter.js';

export function commonmarkModule(): typeof commonmark {
  return commonmark;
}
