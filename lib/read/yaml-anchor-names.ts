// libyaml's anchor and alias names are narrower than js-yaml's: yaml_parser_scan_anchor reads
// only [0-9A-Za-z_-] after the `&` or `*`, and the name must then end at a blank, the line's end
// or one of ? : , ] } % @ `; else "did not find expected alphabetic or numeric character while
// scanning an anchor" (or alias), named at the indicator. js-yaml takes any character up to a
// space or a flow indicator, so `author: &#xd6;zge` (an HTML entity) or `title: *强调*` loaded
// where Jekyll 4.3.1 reports a YAML exception and reads the file with no front matter.
import jsyaml from 'js-yaml';

// An indicator where a token may start, then a name libyaml stops reading early.
const CANDIDATE = /(?:^|[\s[{,])[&*][0-9A-Za-z_-]*(?![\s?:,\]}%@`0-9A-Za-z_-]|$)/m;
const CANDIDATES = new RegExp(CANDIDATE.source, 'gm');
const PROBES = 64;

export function mayHaveBadAnchorName(text: string): boolean {
  return CANDIDATE.test(text);
}

/**
 * js-yaml's error for an empty name at the first indicator that `text` reads as an anchor or alias
 * and libyaml refuses (yaml-psych-scan-error.ts gives it Psych's words), or undefined. `load` parses
 * a text as the real load does: each candidate's name is cut from its indicator by a space, and the
 * indicator starts a token exactly when js-yaml then stops right after it for want of a name; an
 * earlier mistake of the text stops it first, and that one is the error then. Each probe is a
 * whole load, so a text with many candidates that start no token (`*bold*` lines of a block
 * scalar) is probed at its first PROBES only.
 */
export function badAnchorNameError(text: string, load: (text: string) => unknown): jsyaml.YAMLException | undefined {
  let probes = 0;
  for (const m of text.matchAll(CANDIDATES)) {
    if (++probes > PROBES) return undefined;
    const after = m.index + m[0].search(/[&*]/) + 1;
    try {
      load(`${text.slice(0, after)} ${text.slice(after)}`);
    } catch (e) {
      if (e instanceof jsyaml.YAMLException && /^name of an (?:anchor|alias) node must contain at least one character$/.test(e.reason) && e.mark?.position === after) {
        return e;
      }
      if (e instanceof jsyaml.YAMLException && (e.mark?.position ?? Infinity) < after) return undefined;
    }
  }
  return undefined;
}
