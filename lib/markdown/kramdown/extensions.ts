// kramdown/parser/kramdown/extensions.rb: ALDs, block and span IALs, and the
// extensions {::comment}, {::nomarkdown} and {::options}.
import { R, escapeRe } from './regex.js';
import { ALD_ANY_CHARS, ALD_ID_NAME, IAL_BLOCK_START, OPT_SPACE } from './patterns.js';
import { el } from './element.js';
import { needs } from './scanner.js';
import { parseAttributeList, updateAttrWithIal, updateIalWithIal } from './attribute-list.js';
import { chomp } from './strings.js';
import { setInlineOption } from '../options.js';
import type { Ial } from './element.js';
import type { BlockConstruct, Parser, SpanConstruct } from './parser.js';

const EXT_STOP = (name: string) => `\\{:\\/(${name})?\\}`;
const EXT_START = `\\{::(\\w+)(?:\\s(${ALD_ANY_CHARS}*?)|)(\\/)?\\}`;
const ALD_START = needs(R(`^${OPT_SPACE}\\{:(${ALD_ID_NAME}):(${ALD_ANY_CHARS}+)\\}\\s*?\\n`), '}');
const EXT_BLOCK_START = needs(R(`^${OPT_SPACE}(?:${EXT_START}|${EXT_STOP(ALD_ID_NAME)})\\s*?\\n`), '}');
const EXT_SPAN_START = needs(R(`${EXT_START}|${EXT_STOP(ALD_ID_NAME)}`), '}');
const IAL_SPAN_START = needs(R(`\\{:(${ALD_ANY_CHARS}+)\\}`), '}');

function handleExtension(p: Parser, name: string, opts: Ial, body: string | null, type: 'block' | 'span'): boolean {
  switch (name) {
    case 'comment':
      if (body !== null) p.tree.children.push(el('comment', body, null, { category: type }));
      return true;
    case 'nomarkdown':
      if (body !== null) {
        const t = typeof opts.type === 'string' ? opts.type.split(/[ \t\n\x0b\f\r]+/) : [];
        p.tree.children.push(el('raw', body, null, { category: type, type: t }));
      }
      return true;
    case 'options':
      for (const [k, v] of Object.entries(opts)) {
        if (k === 'refs' || typeof v !== 'string') continue;
        // handle_extension: a known option listed in forbidden_inline_options (or that list itself) is refused
        if ((k === 'forbidden_inline_options' || p.options.forbidden_inline_options.includes(k)) && setInlineOption({ ...p.options }, k, v)) {
          p.warning(`Option ${k} may not be set inline`);
          continue;
        }
        if (!setInlineOption(p.options, k, v)) p.warning(`Unknown kramdown option '${k}'`);
      }
      if (type === 'block') p.tree.children.push(p.newBlock('eob', 'extension'));
      return true;
    default:
      return false;
  }
}

/** parse_extension_start_tag */
function extensionStartTag(p: Parser, type: 'block' | 'span', m: RegExpExecArray): boolean {
  const src = p.src;
  const saved = src.pos;
  const line = src.line;
  src.pos += m[0].length;
  const fail = (msg: string) => {
    p.warning(msg, line);
    src.pos = saved;
    if (type === 'span') p.addText(src.getch());
    return false;
  };
  if (m[4] !== undefined || m[0] === '{:/}' || /^ {0,3}\{:\/\}/.test(m[0])) {
    const name = m[4] !== undefined ? `for '${m[4]}' ` : '';
    return fail(`Invalid extension stop tag ${name} found on line ${line} - ignoring it`);
  }
  const ext = m[1];
  const opts: Ial = {};
  let body: string | null = null;
  parseAttributeList(p, m[2] ?? '', opts);
  if (m[3] === undefined) {
    // EXT_BLOCK_STOP_STR is a double-quoted Ruby string, where "\s" is a space: only spaces may
    // follow a block's stop tag (a tab leaves it a span extension in a paragraph)
    const stop = type === 'block'
      ? R(`^${OPT_SPACE}${EXT_STOP(escapeRe(ext))} *?\\n`)
      : R(EXT_STOP(escapeRe(ext)));
    // Either stop tag must occur ahead, or the search would run to the end at every start tag.
    const closable = src.indexAhead('{:/}') !== -1 || src.indexAhead(`{:/${ext}}`) !== -1;
    const result = closable ? src.scanUntil(stop) : null;
    if (result === null) return fail(`No stop tag for extension '${ext}' found on line ${line} - ignoring it`);
    body = result.slice(0, result.length - src.matched.length);
    if (type === 'block') body = chomp(body);
  }
  if (!handleExtension(p, ext, opts, body, type)) {
    return fail(`Invalid extension with name '${ext}' specified on line ${line} - ignoring it`);
  }
  return true;
}

export const blockExtensions: BlockConstruct = {
  name: 'block_extensions',
  start: R(`^${OPT_SPACE}\\{:`),
  first: (c, n) => n <= 3 && c === '{',
  parse(p) {
    const src = p.src;
    let m = src.check(ALD_START);
    if (m) {
      src.pos += m[0].length;
      parseAttributeList(p, m[2], (p.alds[m[1]] ??= {}));
      p.tree.children.push(p.newBlock('eob', 'ald'));
      return true;
    }
    if ((m = src.check(EXT_BLOCK_START))) return extensionStartTag(p, 'block', m);
    if ((m = src.check(IAL_BLOCK_START))) {
      src.pos += m[0].length;
      const last = p.tree.children[p.tree.children.length - 1];
      if (last && last.type !== 'blank' &&
          (last.type !== 'eob' || ['link_def', 'abbrev_def', 'footnote_def'].includes(last.value))) {
        parseAttributeList(p, m[1], (last.options.ial ??= {}));
        if (!src.test(IAL_BLOCK_START)) p.tree.children.push(p.newBlock('eob', 'ial'));
      } else {
        parseAttributeList(p, m[1], (p.blockIal ??= {}));
      }
      return true;
    }
    return false;
  },
};

export const spanExtensions: SpanConstruct = {
  name: 'span_extensions',
  start: /\{:/uy,
  spanStart: '\\{:',
  first: '{',
  parse(p) {
    const src = p.src;
    let m = src.check(EXT_SPAN_START);
    if (m) {
      extensionStartTag(p, 'span', m);
      return;
    }
    if ((m = src.check(IAL_SPAN_START))) {
      const last = p.tree.children[p.tree.children.length - 1];
      if (last && last.type !== 'text') {
        src.pos += m[0].length;
        const attr: Ial = {};
        parseAttributeList(p, m[1], attr);
        updateIalWithIal((last.options.ial ??= {}), attr);
        updateAttrWithIal(p, last.attr, attr);
      } else {
        p.warning('Found span IAL after text - ignoring it', src.line);
        p.addText(src.getch());
      }
      return;
    }
    p.addText(src.getch());
  },
};
