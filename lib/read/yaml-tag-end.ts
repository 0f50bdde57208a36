// Where a YAML tag ends, as libyaml 0.2.5 scans it (scanner.c yaml_parser_scan_tag and
// yaml_parser_scan_tag_uri): a shorthand tag (`!x`, `!!str`, `!e!x`) is `!` and a run of URI
// characters, which stops at `,`, `[` and `]` (uri_char false), a verbatim one (`!<...>`) runs to
// its `>` with those three inside. Then a blank or a line break is wanted, or, in a flow
// collection, a `,`: `{a: !!str, b: 1}` is {"a"=>"", "b"=>1} and `[!x, y]` is [nil, "y"], where
// `[!!str]`, `{a: !x}`, `a: !!str}` and `[!<!>]` are "did not find expected whitespace or line
// break while scanning a tag" at the `!`. js-yaml reads a tag up to a blank and refuses flow
// indicators in it: a tag that a flow collection's `,` follows gets a blank before that `,`
// (the blank after the `,`, where there is one, moves there, so the columns stay). Checked against
// Jekyll 4.3.1 (Psych 4.0.3 / libyaml 0.2.5) in test/read/yaml-tag-end.test.ts.
import jsyaml from 'js-yaml';
import { place } from './yaml-lines.js';

export const TAG_BLANK_REASON = 'did not find expected whitespace or line break while scanning a tag';
const TAG_URI_REASON = 'did not find expected tag URI while parsing a tag';
const TAG_OCTET_REASON = 'did not find URI escaped octet while parsing a tag';
const TAG_CLOSE_REASON = "did not find the expected '>' while scanning a tag";
// parser.c yaml_parser_parse_node: a named handle no %TAG directive declares
const TAG_HANDLE_REASON = 'found undefined tag handle while parsing a node';

/** libyaml's words for the tags it refuses (the place is the `!`): yaml-psych-scan-error.ts keeps them. */
export const TAG_REASONS: ReadonlySet<string> = new Set([TAG_BLANK_REASON, TAG_URI_REASON, TAG_OCTET_REASON, TAG_CLOSE_REASON, TAG_HANDLE_REASON]);

// A `!` where a token may begin, then a verbatim tag, a run with a character that is no URI
// character (or a `%`), a named handle (`!e!x`) or a handle with no suffix (`!!`): only such texts are looked at.
const ODD_TAG = /(?:^|[ \t\r\n[{,])!(?:<|[\w-]+!|[\w;/?:@&=+$.!~*'()-]*[^\w;/?:@&=+$.!~*'()\s-]|[\w-]*!(?=[ \t\r\n]|$))/;
export const mayHaveOddTag = (text: string): boolean => ODD_TAG.test(text);

const isBlankOrEnd = (c: string | undefined): boolean => c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r';
// IS_ALPHA and the other characters yaml_parser_scan_tag_uri takes
const isUriChar = (c: string | undefined, verbatim: boolean): boolean =>
  c !== undefined && (/[0-9A-Za-z_\-;/?:@&=+$.%!~*'()]/.test(c) || (verbatim && (c === ',' || c === '[' || c === ']')));

/**
 * The tag at `at` (a `!`) as libyaml scans it: where it ends, or the problem it has. `flow`: inside a
 * flow collection, where a `,` may follow the tag.
 */
export function scanTag(text: string, at: number, flow: boolean): { end: number; problem?: string } {
  const verbatim = text[at + 1] === '<';
  let i = at + (verbatim ? 2 : 1);
  // a handle (`!!`, `!e!`) must have a suffix; `!` alone or `!x` need none
  const handle = !verbatim && /^![\w-]*!/.exec(text.slice(at, at + 128))?.[0];
  const suffixFrom = verbatim ? i : handle ? at + handle.length : i;
  while (isUriChar(text[i], verbatim)) {
    if (text[i] === '%' && !/^%[0-9A-Fa-f]{2}/.test(text.slice(i, i + 3))) return { end: i, problem: TAG_OCTET_REASON };
    i++;
  }
  if ((verbatim || handle) && i <= suffixFrom) return { end: i, problem: TAG_URI_REASON };
  if (verbatim) {
    if (text[i] !== '>') return { end: i, problem: TAG_CLOSE_REASON };
    i++;
  }
  if (isBlankOrEnd(text[i]) || (flow && text[i] === ',')) return { end: i };
  return { end: i, problem: TAG_BLANK_REASON };
}

/** What the tags of `text` that js-yaml reaches need: a blank before a `,` (the text with them), or the error of the first refused one. */
export type TagEnds = { spaced: string } | { error: jsyaml.YAMLException } | undefined;

/**
 * The tags js-yaml meets in `text` (`load` parses it with a listener: each node it opens, up to
 * where it fails), each scanned as libyaml does: the first refused one is the error; otherwise
 * those that a flow collection's `,` follows are spaced (js-yaml fails at the first of them, so
 * any later one is found when the spaced text is read again).
 */
export function tagEnds(text: string, load: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown): TagEnds {
  const opened: number[] = [];
  const tags: Array<{ at: number; flow: boolean }> = [];
  const seen = new Set<number>();
  try {
    load((event, state) => {
      if (event !== 'open') return;
      // (js-yaml counts the open nodes in `depth`, which its types do not list)
      const { depth } = state as unknown as { depth: number };
      opened[depth] = state.position;
      const flow = opened.slice(1, depth).some((from) => '[{'.includes(text[propertiesEnd(text, from)] ?? ''));
      for (let i = skipBlanks(text, state.position); text[i] === '!' || text[i] === '&'; i = skipBlanks(text, i)) {
        if (text[i] === '!' && !seen.has(i)) seen.add(i), tags.push({ at: i, flow });
        while (i < text.length && !isBlankOrEnd(text[i]) && !(text[i] === ',' && flow)) i++;
      }
    });
  } catch {
    // js-yaml stops at such a tag: the ones before it and that one are known
  }
  const commas: number[] = [];
  const declared = new Set(Array.from(text.matchAll(/^%TAG[ \t]+(![\w-]*!)/gm), (m) => m[1]));
  for (const { at, flow } of tags.sort((a, b) => a.at - b.at)) {
    const { end, problem } = scanTag(text, at, flow);
    if (problem !== undefined) return { error: problemAt(text, problem, at) };
    const named = /^![\w-]+!/.exec(text.slice(at, end))?.[0];
    if (named !== undefined && !declared.has(named)) return { error: problemAt(text, TAG_HANDLE_REASON, at) };
    if (text[end] === ',') commas.push(end);
  }
  return commas.length > 0 ? { spaced: spacedBefore(text, commas) } : undefined;
}

/** `text` with a blank before each of the `commas`: the one after it moved there (`!!str, x` as `!!str ,x`), else a new one. */
function spacedBefore(text: string, commas: readonly number[]): string {
  let out = '';
  let from = 0;
  for (const at of commas) {
    // (a `#` after the blank begins a comment only after a blank: that one stays)
    const moved = text[at + 1] === ' ' && text[at + 2] !== '#';
    out += `${text.slice(from, at)} ,`;
    from = at + (moved ? 2 : 1);
  }
  return out + text.slice(from);
}

function skipBlanks(text: string, from: number): number {
  let i = from;
  for (;;) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') i++;
    else if (c === '#' && (i === 0 || isBlankOrEnd(text[i - 1]))) while (i < text.length && text[i] !== '\n') i++;
    else return i;
  }
}

/** Where the node opened at `from` begins, past blanks, comments, its tag and its anchor. */
function propertiesEnd(text: string, from: number): number {
  let i = skipBlanks(text, from);
  while (text[i] === '!' || text[i] === '&') {
    while (i < text.length && !isBlankOrEnd(text[i])) i++;
    i = skipBlanks(text, i);
  }
  return i;
}

function problemAt(text: string, reason: string, position: number): jsyaml.YAMLException {
  const { line, column } = place(text, position);
  return new jsyaml.YAMLException(reason, { name: null, buffer: text, position, line, column, snippet: null } as never);
}
