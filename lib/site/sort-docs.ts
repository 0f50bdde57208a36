// The order of a collection's documents (collection.rb#sort_docs!): `order:`
// (rearrange_docs!), `sort_by:` (sort_docs_by_key!), else Document#<=>; always
// with Ruby's sort! (rubySort), whose result depends on its exact comparisons.
import type { Diagnostic, Document } from '../types.js';
import { spaceship } from '../liquid/filters/array.js';
import { compareDocuments } from './indexes.js';
import { rubySort } from './ruby-sort.js';
import { KyllError } from '../errors/index.js';
import { implicitName } from '../liquid/filters/spaceship.js';

export function sortDocs(docs: Document[], metadata: Record<string, unknown>, label: string, onWarning?: (d: Diagnostic) => void): Document[] {
  if (Array.isArray(metadata.order)) return rearrangeDocs(docs, metadata.order, label);
  if (typeof metadata.sort_by === 'string') return sortDocsByKey(docs, metadata.sort_by, onWarning);
  return rubySort(docs, compareDocuments);
}

// sort_docs_by_key!: documents without the key go after those with it; equal or
// incomparable values (10 vs "9") fall back to Document#<=>. order_with_warning logs
// "Sort warning: 'rank' not defined in _ranked/b.md" at each comparison of a document
// without the key with one that has it (two without it compare quietly), so which
// documents are named, and how often, follows Ruby's sort! comparisons.
function sortDocsByKey(docs: Document[], key: string, onWarning?: (d: Diagnostic) => void): Document[] {
  const warn = (doc: Document): void => onWarning?.({ level: 'warning', message: `Sort warning: '${key}' not defined in ${doc.relativePath}`, file: doc.relativePath });
  // A document without a date of its own has data["date"] nil until Document#date is first called, after the sort.
  const keyed = docs.map((doc) => ({ value: key === 'date' && doc.dated === false ? null : (doc.data[key] ?? null), doc }));
  rubySort(keyed, (a, b) => {
    let order: number | undefined;
    if (a.value === null && b.value !== null) (order = 1), warn(a.doc);
    else if (a.value !== null && b.value === null) (order = -1), warn(b.doc);
    else order = a.value === null ? 0 : spaceship(a.value, b.value);
    return order === undefined || order === 0 ? compareDocuments(a.doc, b.doc) : order;
  });
  return keyed.map((k) => k.doc);
}

// rearrange_docs!: the listed documents first, in the listed order (names under
// `_label/`, joined as File.join joins them), then the others as Document#<=> sorts them.
function rearrangeDocs(docs: Document[], order: unknown[], label: string): Document[] {
  const table = new Map(rubySort([...docs], compareDocuments).map((doc) => [doc.relativePath, doc]));
  const listed: Document[] = [];
  for (const entry of order) {
    const doc = table.get(fileJoin([`_${label}`, entry]));
    if (doc && !listed.includes(doc)) listed.push(doc);
  }
  return [...listed, ...[...table.values()].filter((doc) => !listed.includes(doc))];
}

/**
 * Ruby's File.join (file.c rb_file_join): lists joined in place, then each part after the first
 * either loses the slashes the text so far ends with (when it starts with one) or gets one put
 * before it (when the text does not end with one). A part that is no String or list is
 * FilePathStringValue's TypeError, which stops the build while the site is read.
 */
function fileJoin(parts: readonly unknown[]): string {
  let out = '';
  parts.forEach((part, i) => {
    if (typeof part !== 'string' && !Array.isArray(part)) {
      throw new KyllError('INVALID_CONFIG', `no implicit conversion of ${implicitName(part)} into String`, { file: '_config.yml' }, {
        hint: "Each entry of a collection's `order:` must be a file name.",
      });
    }
    const text = typeof part === 'string' ? part : fileJoin(part);
    if (i > 0) {
      if (text.startsWith('/')) out = out.replace(/\/+$/, '');
      else if (!out.endsWith('/')) out += '/';
    }
    out += text;
  });
  return out;
}
