export { slugify, transliterate } from './slugify.js';
export { escapePath, unescapePath } from './escape.js';
export {
  PERMALINK_STYLES,
  styleToTemplate,
  addPermalinkSuffix,
  sanitizeUrl,
  fillDocumentTemplate,
  fillPageTemplate,
  buildUrl,
  permalinkExt,
  extname,
  basename,
  basenameWithoutExt,
} from './permalink.js';
export type { Placeholders } from './permalink.js';
export { dateParts, isoWeek } from './date-parts.js';
export type { DatePlaceholder } from './date-parts.js';
export {
  documentPlaceholders,
  cleanedRelativePath,
  documentUrl,
  collectionUrlTemplate,
  pageTemplate,
  pageUrl,
} from './placeholders.js';
export type { DocumentUrlInput, PageUrlInput } from './placeholders.js';
export { urlToOutputPath, urlDestination, outputExtFor, destinationErrorFor, withDestinationError } from './url-to-path.js';
