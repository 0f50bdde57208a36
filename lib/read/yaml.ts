// YAML as Jekyll loads it: Psych.safe_load(yaml, permitted_classes: [Date, Time], aliases: true)
// (jekyll/utils.rb Utils#safe_load_yaml), with plain scalars resolved by Psych's ScalarScanner.
import jsyaml from 'js-yaml';
import { psychProblem } from './yaml-psych-error.js';
import { prologueDirectiveError } from './yaml-psych-scan-error.js';
import { nextTokenError } from './yaml-next-token.js';
import { KyllError, codeFrame } from '../errors/index.js';
import { AS_STRING, DisallowedSymbolError, PsychLoadError, tokenize } from './psych-scalar.js';
import { psychTagTypes } from './yaml-tags.js';
import { RubyHash } from '../values/ruby-hash.js';
import { NOT_SIMPLE, readSimpleYaml } from './yaml-simple.js';
import { setKey } from '../values/own-keys.js';
import { typedRecord } from '../values/typed-keys.js';
import { MERGE_ALIAS_MARK, MERGE_MARK, mergedEntries, reviveMerges } from './yaml-merge.js';
import { scalarEqlKey } from '../values/eql-key.js';
import { separatorsAsLineFeeds, withSeparators } from './yaml-line-separators.js';
import { flowLinesIndented } from './yaml-flow-lines.js';
import { invalidEscapeError, mayHaveInvalidEscape } from './yaml-invalid-escape.js';
import { mayHavePropertyKey, propertyKeyError } from './yaml-property-key.js';
import { badAnchorNameError, mayHaveBadAnchorName } from './yaml-anchor-names.js';
import { COLLECTION_KEY, SequenceKey, collectionKeyListener, keyContents } from './yaml-collection-keys.js';
import { problemLine, yamlBytesProblem, yamlTextProblem } from './yaml-reader.js';
import { decodeUtf8 } from './decode.js';
import { tabLineError } from './yaml-tab-lines.js';
import { flowColonError, mayHaveFlowColon } from './yaml-flow-colon.js';
import { flowDashesReplaced, restoreFlowDashes } from './yaml-flow-dash.js';
import { flowKeysSpaced, mayHaveBareFlowKey } from './yaml-flow-key.js';
import { mayHaveOddTag, tagEnds } from './yaml-tag-end.js';
import { emptyEntriesFilled, mayHaveEmptyEntry } from './yaml-empty-entry.js';
import { mayHaveRefusedEntry, refusedEntryError } from './yaml-refused-entry.js';

export interface YamlOptions {
  /** Zone that timestamps without an offset are shown in (the site `timezone`); the process zone when undefined. */
  zone?: string;
  /**
   * What Psych's message names in parentheses: `<unknown>` (the default), as Jekyll hands Psych a
   * string even for a file (Utils.safe_load_yaml_file reads it first).
   */
  psychName?: string;
  /**
   * Only the syntax: no tag or scalar refuses its value (a class tag, a `:symbol`, a bad Float).
   * Psych parses the whole document before it makes values, so a syntax error anywhere in it is
   * the error, not a value refused before it (loadFully reads the text again this way to see).
   */
  syntaxOnly?: boolean;
  /**
   * The file as the message names it, when not by `file`: Jekyll's read errors for a page, layout
   * or document name its absolute path (Convertible#read_yaml's `filename`, Document#path).
   */
  named?: string;
}

const schemas = new Map<string, jsyaml.Schema>();

/** One schema per zone, built once: implicit scalars go through Psych's tokenizer. */
function schemaFor(zone: string | undefined, syntaxOnly = false): jsyaml.Schema {
  const key = `${syntaxOnly ? 'syntax:' : ''}${zone ?? ''}`;
  let schema = schemas.get(key);
  if (!schema && syntaxOnly) {
    // Every scalar a string, every tag taken as it comes: only what libyaml parses can fail.
    const any = { multi: true, resolve: () => true, construct: (data: unknown) => data };
    schema = jsyaml.FAILSAFE_SCHEMA.extend({
      implicit: [mergeKey],
      explicit: [new jsyaml.Type('', { ...any, kind: 'scalar' }), new jsyaml.Type('', { ...any, kind: 'sequence' }), new jsyaml.Type('', { ...any, kind: 'mapping' })],
    });
    schemas.set(key, schema);
  }
  if (!schema) {
    // js-yaml calls construct right after a resolve that said yes, with the same text: the value
    // tokenized by resolve is used again rather than tokenized twice.
    let resolved: { data: string; value: unknown } | undefined;
    const psych = new jsyaml.Type('tag:kyll.dev,2024:psych', {
      kind: 'scalar',
      resolve: (data: string) => {
        const value = tokenize(data, zone);
        if (value === AS_STRING) return false;
        resolved = { data, value };
        return true;
      },
      construct: (data: string) => {
        const value = resolved?.data === data ? resolved.value : tokenize(data, zone);
        resolved = undefined;
        return boxed(value);
      },
    });
    schema = jsyaml.FAILSAFE_SCHEMA.extend({
      implicit: [mergeKey, psych],
      explicit: psychTagTypes(zone, boxed, { key: keyValue, value: (v) => (v instanceof TypedNode ? v.value : v) }),
    });
    schemas.set(key, schema);
  }
  return schema;
}

// js-yaml makes every mapping key a string. Psych keeps a key's Ruby type (`1:`, `1.5:`, `true:`,
// `no:`, `~:`, `2024-01-02:` are an Integer, a Float, true, false, nil, a Date): the schema gives
// every scalar that is not a String boxed, so that a key keeps a mark of its value through that
// conversion; once loaded, the boxes are opened again, and a mapping with such keys becomes a
// RubyHash (`{true=>"o"}`, where `"true"` would not find it). Keys equal in Ruby (Hash#eql?:
// `yes`, `on` and `true` are all true; 1 and 1.0 are not) get the same mark, so a later one
// replaces the value and keeps the first one's place, as Hash#[]= does.
const KEY_MARK = '\u0000key:';
// Mark → the key's value, for the load under way (filled as js-yaml names keys).
const markedKeys = new Map<string, unknown>();

// A collection standing as a key (yaml-collection-keys.ts), marked by its contents so that equal
// ones are one key, as Hash#eql? finds them (one that holds itself: a mark of its own).
let collectionMarks = 0;
const scalarContents = (v: unknown): string => (v instanceof TypedNode ? (scalarEqlKey(v.value) ?? String(v.value)) : (scalarEqlKey(v) ?? String(v)));
const collectionKeys = collectionKeyListener((collection) => {
  const mark = `${KEY_MARK}${keyContents(collection, scalarContents, keyNamed) ?? `#${collectionMarks++}`}`;
  if (!markedKeys.has(mark)) markedKeys.set(mark, collection);
  return mark;
});

class TypedNode {
  /** Its place among the keys of a text that merges (keyOccurrences): as a key, a key of its own. */
  occurrence: number | undefined;
  constructor(readonly value: unknown) {}
  // js-yaml names any '[object Object]' key "[object Object]"; this one keeps its toString.
  get [Symbol.toStringTag](): string {
    return 'RubyKey';
  }
  toString(): string {
    const mark = KEY_MARK + (scalarEqlKey(this.value) ?? String(this.value));
    if (!markedKeys.has(mark)) markedKeys.set(mark, this.value);
    return this.occurrence === undefined ? mark : `${mark}${OCCURRENCE}${this.occurrence}`;
  }
}

// A key written twice in one mapping: js-yaml keeps one entry, its last value in its first place,
// but revive_hash sets each in its turn, and a `<<` between them (or an alias of the mapping being
// revived) sees the first value (yaml-merge.ts). In a text that merges and writes a key twice, every
// scalar is boxed with a number of its own, so that each key written is an entry; revived, the
// entry is named by its key (keyNamed), and a tag's constructor reads its keys through keyValue.
const OCCURRENCE = '\u0000#';
let occurrences = 0;
const keyOccurrences: NonNullable<jsyaml.LoadOptions['listener']> = (event, state) => {
  const s = state as unknown as { kind: string | null; result: unknown };
  if (event !== 'close' || s.kind !== 'scalar') return;
  if (typeof s.result === 'string') s.result = new TypedNode(s.result);
  if (s.result instanceof TypedNode && s.result.occurrence === undefined) s.result.occurrence = occurrences++;
};

/** An occurrence's key as a key of the result: its string, or its mark (an index-like string keeps one: indexKeyListener). */
function keyNamed(key: string): string {
  const at = key.indexOf(OCCURRENCE, KEY_MARK.length);
  if (at < 0) return key;
  const mark = key.slice(0, at);
  const value = markedKeys.get(mark);
  return typeof value === 'string' && !(INDEX_LIKE.test(value) && Number(value) < 2 ** 32 - 1) ? value : mark;
}

/** What a marked key stands for (a scalar that is no String, a collection, an occurrence's scalar); a String key is itself. */
function keyValue(key: string): unknown {
  if (!key.startsWith(KEY_MARK)) return key;
  const at = key.indexOf(OCCURRENCE, KEY_MARK.length);
  return markedKeys.get(at < 0 ? key : key.slice(0, at));
}

/** Whether a mapping of the text has a key written twice (js-yaml's strict load says so; it fails later than that on nothing else). */
function hasRepeatedKey(strictLoad: () => unknown): boolean {
  try {
    strictLoad();
  } catch (e) {
    return e instanceof jsyaml.YAMLException && e.reason === 'duplicated mapping key';
  }
  return false;
}


/**
 * A plain `<<` (yaml-merge.ts): each one a key of its own, so that a second `<<` in the same
 * mapping is merged too rather than replacing the first (js-yaml's `json` mode keeps the last
 * of equal keys). As a value it is the string again (unbox).
 */
class MergeKey {
  /** Its value is an alias node (mergeAliasListener): one of a sequence is no merge (yaml-merge.ts). */
  ofAlias = false;
  constructor(readonly n: number) {}
  get [Symbol.toStringTag](): string {
    return 'MergeKey';
  }
  toString(): string {
    return `${this.ofAlias ? MERGE_ALIAS_MARK : MERGE_MARK}${this.n}`;
  }
}

let mergeKeys = 0;
const mergeKey = new jsyaml.Type('tag:kyll.dev,2024:merge', {
  kind: 'scalar',
  resolve: (data: string) => data === '<<',
  construct: () => new MergeKey(mergeKeys++),
});

// A quoted "<<" is a merge key too (yaml-merge.ts): each one a key of its own, as a plain one is,
// so that `"<<": a` then `<<: b` then `"<<": c` leave "<<" => c, in their order (revive_hash).
const QUOTED_MERGE = /(["'])<<\1/;
const quotedMergeListener: NonNullable<jsyaml.LoadOptions['listener']> = (event, state) => {
  const s = state as unknown as { kind: string | null; result: unknown; tag: string | null };
  if (event === 'close' && s.kind === 'scalar' && s.result === '<<' && s.tag !== 'tag:yaml.org,2002:str') s.result = new MergeKey(mergeKeys++);
};

// A `<<` whose value is an alias (ToRuby#revive_hash's `when Nodes::Alias`): js-yaml's alias node
// closes with no kind, the same depth as its key, and its key is named (String) only after it.
const mergeAliasListener = (): NonNullable<jsyaml.LoadOptions['listener']> => {
  const keyAt = new Map<number, MergeKey>();
  return (event, state) => {
    if (event !== 'close') return;
    const s = state as unknown as { kind: string | null; result: unknown; depth: number };
    const key = keyAt.get(s.depth);
    if (s.result instanceof MergeKey) keyAt.set(s.depth, s.result);
    else if (key !== undefined) {
      keyAt.delete(s.depth);
      if (s.kind === null && s.result !== null) key.ofAlias = true;
    }
  };
};

// An anchor named again inside the node it names (`v0: &a {k: &a x}`): Psych's ToRuby registers
// each anchor as its node begins (#register before the children are revived), so the inner one,
// begun later, is what an alias after both gives; js-yaml stores an anchor as its node ends, the
// outer one last. At the outer one's end its name goes back to the value begun last.
const ANCHOR = /(?:^|[\s[{,])&([^\s,[\]{}]+)/g;
function mayRedefineAnchor(text: string): boolean {
  if (!text.includes('&')) return false;
  const names = new Set<string>();
  for (const m of text.matchAll(ANCHOR)) {
    if (names.has(m[1]!)) return true;
    names.add(m[1]!);
  }
  return false;
}
const anchorOrderListener = (): NonNullable<jsyaml.LoadOptions['listener']> => {
  const starts: number[] = [];
  const begun = new Map<string, { start: number; value: unknown }>();
  return (event, state) => {
    if (event === 'open') return void starts.push(state.position);
    const start = starts.pop() ?? 0;
    const s = state as unknown as { anchor: string | null; result: unknown; anchorMap: Record<string, unknown> };
    if (s.anchor === null || s.anchor === undefined) return;
    const inner = begun.get(s.anchor);
    if (inner !== undefined && inner.start > start) s.anchorMap[s.anchor] = inner.value;
    else begun.set(s.anchor, { start, value: s.result });
  };
};

function boxed(value: unknown): unknown {
  return typeof value === 'string' ? value : new TypedNode(value);
}

function unbox(value: unknown, seen = new Map<unknown, unknown>()): unknown {
  if (value instanceof TypedNode) return value.value;
  if (value instanceof SequenceKey) return unbox(value.items, seen);
  if (value instanceof MergeKey) return '<<';
  if (value === null || typeof value !== 'object' || value instanceof Date) return value;
  if (seen.has(value)) return seen.get(value);
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const x of value) out.push(unbox(x, seen));
    return out;
  }
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  const entries = mergedEntries(value as Record<string, unknown>);
  if (entries.some(([k]) => k.startsWith(KEY_MARK))) {
    const typed = entries.map(([k, v]) => [k.startsWith(KEY_MARK) ? unbox(keyValue(k), seen) : k, v] as const);
    // String keys only (some of them index-like, marked to keep their place): a plain hash noting its order
    if (typed.every(([k]) => typeof k === 'string')) {
      const out = typedRecord(typed);
      seen.set(value, out);
      for (const [k, v] of typed) out[k as string] = unbox(v, seen);
      return out;
    }
    // (known before its values: a value may be an alias of this same mapping)
    const hash = new RubyHash(typed.map(([k]) => [k, undefined] as const));
    seen.set(value, hash);
    for (const [k, v] of typed) hash.set(k, unbox(v, seen));
    return hash;
  }
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of entries) setKey(out, k, unbox(v, seen));
  return out;
}

/**
 * Parse YAML text from `file` (relative path, for messages). `lineOffset` is
 * added to YAML line numbers to give the line in the file. An empty document is null.
 * Front matter of the common shape is read by yaml-simple.ts, the rest by js-yaml.
 */
export function parseYaml(text: string, file: string, lineOffset = 0, options: YamlOptions = {}): unknown {
  const problem = yamlTextProblem(text);
  if (problem !== undefined) throw yamlReaderError(problem, file, lineOffset, options.psychName, problemLine(text), options.named);
  if (text.includes('\u0085')) text = nelAsLineFeed(text);
  if (/[\u2028\u2029]/.test(text)) {
    const marked = separatorsAsLineFeeds(text);
    if (marked !== undefined) return withSeparators(parseYamlFully(marked, file, lineOffset, options));
  }
  const simple = readSimpleYaml(text, options.zone);
  return simple === NOT_SIMPLE ? parseYamlFully(text, file, lineOffset, options) : simple;
}

/**
 * Psych's SyntaxError for what libyaml's reader refuses (yaml-reader.ts): its message says line 1
 * column 1 (the reader sets no mark); the error points at `line`, where the bad byte is.
 */
export function yamlReaderError(problem: string, file: string, lineOffset = 0, psychName = '<unknown>', line = 1, named = file): KyllError {
  return new KyllError('YAML_EXCEPTION', `YAML Exception reading ${named}: (${psychName}): ${problem} at line ${1 + lineOffset} column 1`, { file, line: line + lineOffset });
}

/**
 * The text of a YAML file Psych reads as UTF-8 (_config.yml, a _data file): bytes that are not
 * UTF-8 are libyaml's reader error, as Psych raises it (not Ruby's "invalid byte sequence").
 */
export function yamlFileText(bytes: Uint8Array, file: string, named = file): string {
  const decoded = decodeUtf8(bytes);
  if (decoded.ok) return decoded.text;
  throw yamlReaderError(yamlBytesProblem(bytes) ?? 'invalid leading UTF-8 octet', file, 0, '<unknown>', decoded.line, named);
}

/**
 * libyaml reads a NEL (U+0085) as a line break wherever it is (IS_BREAK) and keeps it in a
 * scalar as a line feed (READ_LINE: "NEL -> LF"), so `title: "a\u0085b"` is "a b" and a plain
 * scalar broken by one ends its line; js-yaml (YAML 1.2) knows only CR and LF. A CR before it
 * is a break of its own, not half of a CR LF.
 */
function nelAsLineFeed(text: string): string {
  return text.replace(/\r?\u0085/g, (m) => (m.length === 2 ? '\n\n' : '\n'));
}

/**
 * A file Jekyll reads with no `bom|` (Utils.safe_load_yaml_file for _config.yml and _data): Psych
 * gets a leading BOM as a character. libyaml's scanner skips it but counts its column, so the first
 * line's node sits at column 1, and the first token back at column 0 ends that node and the
 * document, the only one Psych.safe_load returns (parseYamlFully): the rest of the file is not
 * read. The BOM read as a space gives js-yaml the same columns.
 */
export function parseYamlWithBom(text: string, file: string, options: YamlOptions = {}): unknown {
  return parseYaml(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text, file, 0, options);
}

/**
 * A root block scalar's indentation indicator (`|2`, `>-3`): libyaml's yaml_parser_scan_block_scalar
 * takes the indicator alone as the indent when the parent's is -1 (the root), where js-yaml counts
 * one less. The same text with the digit one higher reads as libyaml reads it; a `9` has no higher
 * digit, so its lines lose one leading space instead (up to the document's end marker), which
 * js-yaml's indent, one short, then takes off with the rest.
 */
function rootIndentIndicator(text: string): string {
  const root = rootNode(text);
  if (!root || !'|>'.includes(text[root.at]!)) return text;
  const m = /^[|>][+-]?([1-9])[+-]?(?=[ \t\r\n]|$)/.exec(text.slice(root.at));
  if (!m) return text;
  const digit = root.at + m[0].indexOf(m[1]!);
  if (m[1] !== '9') return `${text.slice(0, digit)}${Number(m[1]) + 1}${text.slice(digit + 1)}`;
  const eol = text.indexOf('\n', digit);
  if (eol < 0) return text;
  let inDocument = true;
  const lines = text
    .slice(eol + 1)
    .split('\n')
    .map((line) => {
      inDocument &&= !/^(?:---|\.\.\.)(?=[ \t\r]|$)/.test(line);
      return inDocument && line.startsWith(' ') ? line.slice(1) : line;
    });
  return `${text.slice(0, eol + 1)}${lines.join('\n')}`;
}

/**
 * How deep js-yaml nests. Its own default, 100, refused data Psych reads: Jekyll 4.3.1 reads a
 * 900-level list (a 999-level one ends Ruby's stack); js-yaml reaches ~2,000 before Node's stack ends.
 */
const YAML_MAX_DEPTH = 1000;
/** js-yaml's options with maxDepth, which @types/js-yaml does not list. */
type LoadOptionsWithDepth = jsyaml.LoadOptions & { maxDepth?: number };

/** parseYaml through js-yaml whatever the text's shape. */
export function parseYamlFully(text: string, file: string, lineOffset = 0, options: YamlOptions = {}): unknown {
  const header = /^[ \t]*(?:---[ \t]+)?(?:[!&][^ \t\r\n]*[ \t]+)*[|>][+-]?[1-9]/m.test(text);
  return loadFully(header ? rootIndentIndicator(text) : text, file, lineOffset, options);
}

// (the text as js-yaml is to read it: a part of it read again is not altered again)
function loadFully(text: string, file: string, lineOffset: number, options: YamlOptions): unknown {
  const nonSpecific = NON_SPECIFIC_TAG.test(text) ? nonSpecificListener(options.zone) : undefined;
  const quotedMerges = QUOTED_MERGE.test(text) ? quotedMergeListener : undefined;
  // (listeners that keep state: a new one for each load)
  const mergeAliases = text.includes('<<') && text.includes('*') ? mergeAliasListener : undefined;
  const anchorOrder = mayRedefineAnchor(text) ? anchorOrderListener : undefined;
  const indexKeys = INDEX_KEY.test(text) ? indexKeyListener : undefined;
  const collectionsAsKeys = COLLECTION_KEY.test(text) ? collectionKeys : undefined;
  let counted: typeof keyOccurrences | undefined;
  const load = (listener?: jsyaml.LoadOptions['listener'], strict = false): unknown => {
    // (occurrences last: the others see the scalars' own values)
    const listeners = [nonSpecific, indexKeys, collectionsAsKeys, quotedMerges, mergeAliases?.(), anchorOrder?.(), listener, counted].filter((l) => l !== undefined);
    const loadOptions: LoadOptionsWithDepth = {
      schema: schemaFor(options.zone, options.syntaxOnly),
      filename: file,
      json: !strict, // Psych lets a repeated key override the earlier one
      maxDepth: YAML_MAX_DEPTH,
      ...(listeners.length > 0 ? { listener: (event, state) => listeners.forEach((l) => l.call(state, event, state)) } : {}),
    };
    return jsyaml.load(text, loadOptions);
  };
  try {
    markedKeys.clear();
    // Errors js-yaml does not make where libyaml does: found by loading altered texts.
    const probeOptions: LoadOptionsWithDepth = { schema: schemaFor(options.zone), filename: file, json: true, maxDepth: YAML_MAX_DEPTH };
    const probe = (altered: string): unknown => jsyaml.load(altered, probeOptions);
    // An empty block sequence entry before a less indented `- ` (read as `- ~`)
    const filled = mayHaveEmptyEntry(text) ? emptyEntriesFilled(text, (altered, listener) => jsyaml.load(altered, { ...probeOptions, listener })) : undefined;
    if (filled !== undefined) return loadFully(filled, file, lineOffset, options);
    // A tag a flow collection's `,` follows (read with a blank before it), or one libyaml refuses
    const tags = mayHaveOddTag(text) ? tagEnds(text, load) : undefined;
    if (tags && 'spaced' in tags) return loadFully(tags.spaced, file, lineOffset, options);
    const bareKey = mayHaveBareFlowKey(text);
    const scanned =
      (mayHaveInvalidEscape(text) ? invalidEscapeError(text, probe) : undefined) ??
      (mayHaveBadAnchorName(text) ? badAnchorNameError(text, probe) : undefined) ??
      (text.includes('%') ? prologueDirectiveError(text) : undefined) ??
      (text.includes('\t') ? tabLineError(text, probe) : undefined) ??
      (mayHaveFlowColon(text) || bareKey ? flowColonError(text, load) : undefined) ??
      (mayHaveRefusedEntry(text) ? refusedEntryError(text, probe) : undefined) ??
      (mayHavePropertyKey(text) ? propertyKeyError(text, probe) : undefined);
    // (libyaml's scanner meets the first of them first)
    const refused = tags?.error && !((scanned?.mark?.position ?? Infinity) < (tags.error.mark?.position ?? 0)) ? tags.error : scanned;
    if (refused) throw refused;
    const spaced = bareKey ? flowKeysSpaced(text, load) : undefined;
    if (spaced !== undefined) {
      try {
        return loadFully(spaced, file, lineOffset, options);
      } catch (spacedError) {
        // Its places are one column off after a `?`: the text's own error, where it has one.
        load();
        throw spacedError;
      }
    }
    const merges = text.includes('<<');
    if (merges && hasRepeatedKey(() => load(undefined, true))) counted = keyOccurrences;
    const loaded = endsInBlockScalar(text) ? load(bareEndListener(text)) : load();
    // (merge keys applied in the order Psych revives the document)
    if (merges) reviveMerges(loaded, { keyOf: (k) => (k.startsWith(KEY_MARK) ? keyValue(k) : undefined), named: keyNamed });
    return unbox(loaded ?? null);
  } catch (e) {
    // `[-]`: libyaml's "-", js-yaml's missed comma (the text read again, of the same length: its errors are this text's)
    const dashed = e instanceof jsyaml.YAMLException && text.includes('-') ? flowDashesReplaced(text, load) : undefined;
    if (dashed !== undefined) return restoreFlowDashes(loadFully(dashed, file, lineOffset, options));
    if (e instanceof PsychLoadError) {
      // A value refused in a later document: Psych.safe_load never reads past the first (js-yaml makes values as it parses)
      const end = firstDocumentEnd(text);
      if (end >= 0) return loadFully(text.slice(0, end), file, lineOffset, options);
      // Psych's syntax error later in the document comes first (the value is made after the parse).
      if (!options.syntaxOnly) {
        try {
          loadFully(text, file, lineOffset, { ...options, syntaxOnly: true });
        } catch (later) {
          if (later instanceof KyllError && !(later.cause instanceof PsychLoadError)) throw later;
        }
      }
      // Where the node is: the same load again, with a listener that follows the lines
      // (only now: a listener is called twice for every node of every document).
      let lastLine = 0;
      try {
        load((_event, state) => {
          lastLine = state.line;
        });
      } catch {
        // The same error, thrown at the same place.
      }
      const line = lastLine + 1 + lineOffset;
      throw new KyllError('YAML_EXCEPTION', `YAML Exception reading ${options.named ?? file}: ${e.message}`, {
        file,
        line,
        frame: codeFrame(text, lastLine + 1),
      }, { cause: e, ...(e instanceof DisallowedSymbolError ? { hint: 'Quote values that start with a colon: `key: ":value"`.' } : {}) });
    }
    if (e instanceof jsyaml.YAMLException) {
      // Psych.safe_load parses the first document only (psych.rb#parse returns on its end):
      // later documents, even broken ones, are never read.
      const end = firstDocumentEnd(text);
      if (end >= 0 && (/expected a single document/.test(e.reason) || (e.mark?.position ?? 0) >= end)) {
        return loadFully(text.slice(0, end), file, lineOffset, options);
      }
    }
    if (e instanceof jsyaml.YAMLException && e.mark && /document separator is expected/.test(e.reason)) {
      // Psych.safe_load (psych.rb#parse) returns the first document as soon as libyaml ends it:
      // when the root node ends, what follows is never parsed.
      const root = rootNode(text);
      const plain = root && plainRoot(text, root);
      const psychError = (problem: string, at: { line: number; column: number }): KyllError => {
        const message = `(${options.psychName ?? '<unknown>'}): ${problem} at line ${at.line + 1 + lineOffset} column ${at.column + 1}`;
        return new KyllError('YAML_EXCEPTION', `YAML Exception reading ${options.named ?? file}: ${message}`, { file, line: at.line + 1 + lineOffset, column: at.column + 1, frame: codeFrame(text, at.line + 1, at.column + 1) }, { cause: e });
      };
      if (plain?.mappingValue) throw psychError('mapping values are not allowed in this context', plain.mappingValue);
      // The parser still asks the scanner for the token after the root (to see the document end):
      // a token libyaml cannot scan there is Psych's error.
      const next = (from: number): void => {
        const bad = nextTokenError(text, from);
        if (bad) throw psychError(bad.problem, bad);
      };
      if (plain) {
        if (plain.end !== undefined) next(plain.end);
        return loadFully(plain.text, file, lineOffset, options);
      }
      if (root && rootEndsBefore(text, root, e.mark.column)) {
        // a block scalar ends with the line before: the next line is none of its text
        const lineStart = text.lastIndexOf('\n', e.mark.position - 1) + 1;
        const block = '|>'.includes(text[root.at]!);
        const end = block ? lineStart : e.mark.position;
        // (its breaks: a tab left of the scalar's indent is libyaml's error, named at the header)
        if (block && /^ *\t/.test(text.slice(lineStart))) throw psychError(BLOCK_TAB, { line: root.line, column: root.at - root.lineStart });
        // (the scanner reads on from the root's end: white space at a line's start, then a tab, is no token)
        next(!block && /^[ \t]*$/.test(text.slice(lineStart, e.mark.position)) ? lineStart : end);
        return loadFully(text.slice(0, end), file, lineOffset, options);
      }
    }
    if (e instanceof jsyaml.YAMLException) {
      // A flow collection's lines are free of indentation in libyaml (yaml-flow-lines.ts)
      const indented = flowLinesIndented(text);
      if (indented !== undefined) {
        try {
          return loadFully(indented, file, lineOffset, options);
        } catch {
          // Not that: the original's error.
        }
      }
      const error = yamlError(e, text, file, lineOffset, load, options.psychName ?? '<unknown>', options.named ?? file);
      throw /^unidentified alias "/.test(e.reason) ? (syntaxErrorPastAlias(e, text, file, lineOffset, options) ?? error) : error;
    }
    throw e;
  }
}

/**
 * Psych parses the whole document before it resolves an alias (Psych::BadAlias comes from
 * to_ruby): a syntax error after an unknown alias is the error Psych raises. js-yaml stops at the
 * alias; the text read again with the alias as a null of its length tells whether one follows.
 */
function syntaxErrorPastAlias(e: jsyaml.YAMLException, text: string, file: string, lineOffset: number, options: YamlOptions): unknown {
  const name = /^unidentified alias "(.*)"$/.exec(e.reason)![1]!;
  const end = e.mark?.position ?? -1;
  const start = end - name.length - 1;
  if (start < 0 || text.slice(start, end) !== `*${name}`) return undefined;
  try {
    loadFully(`${text.slice(0, start)}~${' '.repeat(name.length)}${text.slice(end)}`, file, lineOffset, options);
  } catch (later) {
    if (later instanceof KyllError && !(later.cause instanceof PsychLoadError) && !/Unknown alias/.test(later.message)) return later;
  }
  return undefined;
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/;
const DIRECTIVE = /^%(?:YAML[ \t]+\d+\.\d+|TAG[ \t]+![\w-]*!?[ \t]+\S+)[ \t]*(?:#.*)?\r?\n?$/;

/**
 * Where the first document of a stream ends: the offset of the line holding the next `---` or
 * `...` marker at column 0 (libyaml reads one there even inside a scalar), or a %YAML or %TAG
 * directive after the document began, -1 when there is none. Before the first document, blank
 * lines, comments, `%` directives and one `---` that starts it (with its content maybe on the
 * same line) are no content.
 */
export function firstDocumentEnd(text: string): number {
  let started = false;
  let content = false;
  for (let pos = 0; pos < text.length; ) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    const line = text.slice(pos, next);
    const marker = MARKER.exec(line)?.[0];
    // A %YAML or %TAG directive at column 0 after content begins the next document (libyaml scans
    // a directive wherever a line starts with `%`): the first one ends there.
    if (marker === undefined && (started || content) && DIRECTIVE.test(line)) return pos;
    if (marker !== undefined) {
      if (started || content) return pos;
      if (marker === '---') {
        started = true;
        content = !/^---[ \t]*(?:#.*)?\r?\n?$/.test(line);
      }
    } else if (!/^[ \t]*(?:#.*)?\r?\n?$/.test(line) && !(line.startsWith('%') && !started)) content = true;
    pos = next;
  }
  return -1;
}

// `! text`: the non-specific tag, which js-yaml reads as "a string, unresolved". Psych's ToRuby
// gives a tagged scalar to ScalarScanner#tokenize even when quoted (`! '12'` is 12, `! '2018-02-14
// 14:41:28'` a Time), so such a scalar is resolved when its node closes.
const NON_SPECIFIC_TAG = /(?:^|[ \t[{,])![ \t\r\n]/m;

function nonSpecificListener(zone: string | undefined): NonNullable<jsyaml.LoadOptions['listener']> {
  return (event, state) => {
    const s = state as unknown as { tag: string | null; kind: string | null; result: unknown; anchor: string | null; anchorMap: Record<string, unknown> };
    if (event !== 'close' || s.tag !== '!' || s.kind !== 'scalar' || typeof s.result !== 'string') return;
    const value = tokenize(s.result, zone);
    if (value === AS_STRING) return;
    s.result = boxed(value);
    // (js-yaml noted the anchor's value before this: an alias of `&a ! 12` is 12 too)
    if (s.anchor !== null) s.anchorMap[s.anchor] = s.result;
  };
}

// A quoted or tagged key that reads as an array index (`"2019":`, JSON's `{"3": ...}`, `!!str 1:`,
// an explicit `? "1"`): a JavaScript object lists such keys first, in numeric order, where a Ruby
// Hash keeps the order of the text.
const INDEX_KEY = /(?:(["'])(?:0|[1-9]\d{0,9})\1|!\S*[ \t]+(?:0|[1-9]\d{0,9}))[ \t]*(?::|$)/m;
const INDEX_LIKE = /^(?:0|[1-9]\d{0,9})$/;

/** Boxes every string scalar that reads as an index, so that as a key it keeps its place (unbox opens it again). */
const indexKeyListener: NonNullable<jsyaml.LoadOptions['listener']> = (event, state) => {
  const s = state as unknown as { kind: string | null; result: unknown };
  if (event !== 'close' || s.kind !== 'scalar' || typeof s.result !== 'string' || !INDEX_LIKE.test(s.result)) return;
  if (Number(s.result) < 2 ** 32 - 1) s.result = new TypedNode(s.result);
};

/**
 * libyaml ends a block scalar that ends the input without a line break with no line break
 * (`a: >\n  x` is "x", as Psych loads a _data file saved without its last newline); js-yaml
 * first appends '\n' to such an input, so the clip or keep newline it gives that last scalar is
 * taken back. Only a text that may end so pays for the listener.
 */
function endsInBlockScalar(text: string): boolean {
  return text.length > 0 && !/[\r\n]$/.test(text) && /[|>]/.test(text);
}

function bareEndListener(text: string): NonNullable<jsyaml.LoadOptions['listener']> {
  const starts: number[] = [];
  return (event, state) => {
    if (event === 'open') return void starts.push(state.position);
    const start = starts.pop()!;
    const s = state as unknown as { kind: string | null; result: unknown };
    if (s.kind === 'scalar' && typeof s.result === 'string' && s.result.endsWith('\n') && state.position >= text.length && /^\s*(?:[!&]\S*\s+)*[|>]/.test(text.slice(start))) {
      s.result = s.result.slice(0, -1);
    }
  };
}

/** Where the document's root node starts: its first character (`at`, after any `!tag` and `&anchor`), its column and its line. */
interface RootNode {
  /** The offset of the node's line, and of its first character (a tag or an anchor) in it. */
  lineStart: number;
  start: number;
  /** The offset of its first character after its properties. */
  at: number;
  column: number;
  line: number;
}

function rootNode(text: string): RootNode | undefined {
  let line = 0;
  let started = false;
  for (let pos = 0; pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    const lineText = text.slice(pos, next);
    // a `---` line's content counts from after the marker; directives come before it
    let from = 0;
    if (MARKER.test(lineText) && lineText.startsWith('---') && !started) (from = 3), (started = true);
    else if (lineText.startsWith('%') && !started) from = lineText.length;
    const m = /^[ \t]*(?![ \t#\r\n])((?:[!&][^ \t\r\n]*[ \t]+)*)(.)/.exec(lineText.slice(from));
    if (m && !(from === 0 && MARKER.test(lineText))) {
      const start = pos + from + m[0].length - 1 - m[1]!.length;
      return { lineStart: pos, start, at: pos + from + m[0].length - 1, column: start - pos, line };
    }
    pos = next;
  }
  return undefined;
}

/**
 * Whether the document's root node has ended before a token at `column`: a flow collection, a
 * quoted scalar or a block scalar ends at its closing character or its last line, a block
 * collection at the first line back left of it (at its own column, a block mapping wants another
 * key and libyaml fails instead).
 */
function rootEndsBefore(text: string, root: RootNode, column: number): boolean {
  return '[{"\'|>'.includes(text[root.at]!) || column < root.column;
}

/**
 * A root plain scalar as libyaml scans it (yaml_parser_scan_plain_scalar at indent -1): its lines
 * go on at any column, to a comment, a `---`/`...` line, or a `: ` (then, after text on a later
 * line, Psych's "mapping values are not allowed"; at a line's start it only ends the scalar). js-yaml
 * ends it at the first line left of its start. Returns the text js-yaml reads as that scalar (its
 * first line dedented, the others indented: the same lines and value), or undefined when the root
 * is no plain scalar (a mapping's key, a collection, a quoted, block or flow scalar, an alias).
 */
function plainRoot(text: string, root: RootNode): { text: string; end?: number; mappingValue?: { line: number; column: number } } | undefined {
  const c = text[root.at]!;
  const blankAfter = (i: number): boolean => i + 1 >= text.length || ' \t\r\n'.includes(text[i + 1]!);
  if ('[]{}"\'|>*%@`#,'.includes(c) || ('-?:'.includes(c) && blankAfter(root.at))) return undefined;
  const lines: string[] = [text.slice(0, root.lineStart) + text.slice(root.lineStart, root.start).replace(/^[ \t]+$/, '')];
  let pos = root.start;
  for (let line = root.line; pos < text.length; line++) {
    const nl = text.indexOf('\n', pos);
    const next = nl < 0 ? text.length : nl + 1;
    const first = line === root.line;
    const lineText = text.slice(pos, next);
    if (!first && MARKER.test(lineText)) break;
    let content = false;
    let end = lineText.length;
    for (let i = 0; i < lineText.length; i++) {
      const ch = lineText[i]!;
      const blankBefore = i === 0 || ' \t'.includes(lineText[i - 1]!);
      if (ch === '#' && blankBefore) {
        end = i;
        break;
      }
      if (ch === ':' && (i + 1 >= lineText.length || ' \t\r\n'.includes(lineText[i + 1]!))) {
        // on the scalar's own line a key; on a later one after text, libyaml's error
        if (first) return undefined;
        if (content) return { text, mappingValue: { line, column: i } };
        end = -1;
        break;
      }
      if (!' \t\r\n'.includes(ch)) content = true;
    }
    if (end < 0) return { text: lines.join(''), end: pos };
    lines.push(first ? lineText.slice(0, end) : ` ${lineText.slice(0, end)}`);
    if (end < lineText.length) return { text: lines.join(''), end: pos + end };
    pos = next;
  }
  // the input's end, or a document marker (the next document is never read)
  return { text: lines.join('') };
}

const BLOCK_TAB = 'found a tab character where an indentation space is expected while scanning a block scalar';

/** Psych::SyntaxError's message: `(<file>): <problem> at line L column C` (1-based). */
function yamlError(
  e: jsyaml.YAMLException,
  text: string,
  file: string,
  lineOffset: number,
  reload: (listener: NonNullable<jsyaml.LoadOptions['listener']>) => unknown,
  psychName: string,
  named: string,
): KyllError {
  // Psych's words and place where they are known (yaml-psych-error.ts), else js-yaml's.
  const psych = psychProblem(e, text, reload);
  const mark = e.mark;
  const line = (psych?.line ?? mark?.line ?? 0) + 1;
  const column = (psych?.column ?? mark?.column ?? 0) + 1;
  const fileLine = line + lineOffset;
  const message = psych?.bare ? psych.reason : `(${psychName}): ${psych?.reason ?? e.reason} at line ${fileLine} column ${column}`;
  return new KyllError(
    'YAML_EXCEPTION',
    `YAML Exception reading ${named}: ${message}`,
    { file, line: fileLine, column, frame: codeFrame(text, line, column) },
    // Psych::BadAlias is no Psych::SyntaxError: front matter names it as Jekyll's StandardError branch does (front-matter.ts).
    { cause: psych?.bare ? new PsychLoadError(psych.reason, { cause: e }) : e },
  );
}
