// A libyaml scanner error that js-yaml does not make, as a js-yaml error at its place: unless
// js-yaml's own parse of the text stops before that place, whose error is then the first one.
import jsyaml from 'js-yaml';

export interface TextPlace {
  readonly line: number;
  readonly column: number;
}

/**
 * `reason` at `at` in `text`, unless `probe(text)` fails before `first` (the place libyaml meets the
 * problem; `at` by default). With `loaderErrorsLater`, js-yaml's unknown alias or tag errors do not
 * count: Psych's loader raises them after the parse.
 */
export function scannerErrorAt(text: string, probe: (text: string) => unknown, reason: string, at: TextPlace, first: TextPlace = at, loaderErrorsLater = false): jsyaml.YAMLException | undefined {
  try {
    probe(text);
  } catch (e) {
    const mark = e instanceof jsyaml.YAMLException ? e.mark : undefined;
    const loaderError = loaderErrorsLater && e instanceof jsyaml.YAMLException && /^(?:unidentified alias|unknown tag|cannot resolve|unacceptable node kind)/.test(e.reason);
    if (mark && !loaderError && (mark.line < first.line || (mark.line === first.line && mark.column < first.column))) return undefined;
  }
  let position = 0;
  for (let n = 0; n < at.line; n++) position = text.indexOf('\n', position) + 1;
  return new jsyaml.YAMLException(reason, { name: null, buffer: text, position: position + at.column, line: at.line, column: at.column, snippet: null } as never);
}
