// Makes a bundle's text pure ASCII without changing what it does, so that the
// engine loader can read it as Latin-1 (entries/engine-loader.ts): a file with
// any non-ASCII byte must be decoded as UTF-8 into a two-byte string (the 3 MB
// engine: ~14 ms against ~5 ms). esbuild already escapes strings and
// identifiers; regular expression literals and template literals (String.raw
// lexer keywords, `/[àáâ]/g`) it leaves as written. Here, found with
// TypeScript's parser (a dev dependency):
// - a regular expression literal gets \uXXXX escapes (\u{...} with the u or v
//   flag for a character beyond the BMP; its two surrogates without, which is
//   what the literal character is then);
// - an untagged template literal gets \uXXXX escapes (the same cooked text);
// - a String.raw template gets each character as a substitution, ${"\uXXXX"}
//   (the same raw text; another tag would see different strings: refused);
// - a string literal gets \uXXXX escapes.
// A character escaped by a backslash of its own (`\é`, an identity escape) loses
// that backslash. In comments they become \u{...} text. Anything else non-ASCII
// (an identifier) stops the build.
import ts from 'typescript';

const nonAscii = /[^\x00-\x7f]/u;
const hex4 = (unit) => `\\u${unit.toString(16).toUpperCase().padStart(4, '0')}`;
const units = (ch) => [...Array(ch.length).keys()].map((i) => hex4(ch.charCodeAt(i))).join('');

/**
 * Rewrites every non-ASCII character of `body` (a token's text without its
 * delimiters) with `escape(ch)`, dropping a lone backslash before it.
 */
function rewrite(body, escape) {
  let out = '';
  for (let i = 0; i < body.length; ) {
    if (body[i] === '\\') {
      const next = String.fromCodePoint(body.codePointAt(i + 1) ?? 0x5c);
      if (body.length > i + 1 && nonAscii.test(next)) {
        out += escape(next);
        i += 1 + next.length;
      } else {
        out += body.slice(i, i + 2);
        i += 2;
      }
      continue;
    }
    const ch = String.fromCodePoint(body.codePointAt(i));
    out += nonAscii.test(ch) ? escape(ch) : ch;
    i += ch.length;
  }
  return out;
}

/** `text` (JavaScript) with every non-ASCII character escaped as above; throws where that is impossible. */
export function asciiOnly(text, fileName = 'bundle.js') {
  if (!nonAscii.test(text)) return text;
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const where = (pos) => {
    const { line, character } = file.getLineAndCharacterOfPosition(pos);
    return `${fileName}:${line + 1}:${character + 1}`;
  };
  // A comment's characters are written as \u{...} text: what it says stays readable, nothing runs it.
  const comments = new Map();
  const comment = (range) => {
    const body = text.slice(range.pos, range.end);
    if (!comments.has(range.pos) && nonAscii.test(body)) comments.set(range.pos, { start: range.pos, end: range.end, text: body.replace(/[^\x00-\x7f]/gu, (ch) => `\\u{${ch.codePointAt(0).toString(16).toUpperCase()}}`) });
  };
  const visit = (node) => {
    for (const range of [...(ts.getLeadingCommentRanges(text, node.pos) ?? []), ...(ts.getTrailingCommentRanges(text, node.end) ?? [])]) comment(range);
    const kind = node.kind;
    const start = node.getStart(file);
    const raw = text.slice(start, node.end);
    if (nonAscii.test(raw)) {
      if (kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const close = raw.lastIndexOf('/');
        const flags = raw.slice(close + 1);
        const unicode = /[uv]/.test(flags);
        const escape = (ch) => (ch.length === 2 && unicode ? `\\u{${ch.codePointAt(0).toString(16).toUpperCase()}}` : units(ch));
        edits.push({ start, end: node.end, text: `/${rewrite(raw.slice(1, close), escape)}/${flags}` });
        return;
      }
      if (kind === ts.SyntaxKind.StringLiteral) {
        edits.push({ start: start + 1, end: node.end - 1, text: rewrite(raw.slice(1, -1), units) });
        return;
      }
      const template = kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral || kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle || kind === ts.SyntaxKind.TemplateTail;
      if (template) {
        // The literal part between ` or } and ` or ${.
        const open = 1;
        const close = kind === ts.SyntaxKind.TemplateHead || kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1;
        const body = raw.slice(open, raw.length - close);
        const literal = kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral ? node : node.parent.kind === ts.SyntaxKind.TemplateExpression ? node.parent : node.parent.parent;
        const tagged = literal.parent?.kind === ts.SyntaxKind.TaggedTemplateExpression && literal.parent.template === literal ? literal.parent.tag.getText(file) : undefined;
        if (tagged === undefined) {
          edits.push({ start: start + open, end: node.end - close, text: rewrite(body, units) });
          return;
        }
        if (tagged !== 'String.raw') throw new Error(`ascii-only: non-ASCII text in a template tagged ${tagged} at ${where(start)}`);
        if (/\\(?=[^\x00-\x7f])/u.test(body)) throw new Error(`ascii-only: an escaped non-ASCII character in a String.raw template at ${where(start)}`);
        edits.push({ start: start + open, end: node.end - close, text: body.replace(/[^\x00-\x7f]/gu, (ch) => `\${"${units(ch)}"}`) });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.push(...comments.values());
  let out = '';
  let at = 0;
  for (const e of edits.sort((a, b) => a.start - b.start)) {
    out += text.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += text.slice(at);
  const left = nonAscii.exec(out);
  if (left) throw new Error(`ascii-only: non-ASCII text left (an identifier?) near ${JSON.stringify(out.slice(Math.max(0, left.index - 40), left.index + 10))}`);
  return out;
}
