// collection.rb#sanitize_label: a collection's label keeps only ASCII letters, digits,
// `_`, `-` and `.` of its name; the folder read is `_` + that label (a collection
// named `книги` has the label "" and reads the folder `_`).

export function sanitizeCollectionLabel(name: string): string {
  return name.replace(/[^a-z0-9_\-.]/gi, '');
}
