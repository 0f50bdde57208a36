// Follows Rouge 3.30 lib/rouge/lexers/http.rb: the body goes to the lexer of the `content`
// option, else of the Content-Type header (Lexer.guess_by_mimetype), else plain text.
import { rx, type LexerDef, type Lexing } from '../engine.js';
import { MIMETYPES } from '../mimetypes.js';

interface S { contentType: string }

function contentLexer(lx: Lexing<S>): Lexing<any> | null {
  const named = lx.options['content'];
  const byName = named ? lx.find(named) : null;
  return byName ?? lx.find(MIMETYPES[lx.s.contentType] ?? 'plaintext');
}

export const http: LexerDef<S> = {
  name: 'http',
  init: () => ({ contentType: 'text/plain' }),
  states: {
    root: [
      [rx(String.raw`(GET|POST|PUT|DELETE|HEAD|OPTIONS|TRACE|PATCH)([ ]+)([^ ]+)([ ]+)(HTTPS?)(/)(\d(?:\.\d)?)(\r?\n|$)`), (lx, m) => {
        lx.groups(m, 'Name.Function', 'Text', 'Name.Namespace', 'Text', 'Keyword', 'Operator', 'Num', 'Text');
        lx.push('headers');
      }],
      [rx(String.raw`(HTTPS?)(/)(\d(?:\.\d))([ ]+)(\d{3})([ ]+)?([^\r\n]*)?(\r?\n|$)`), (lx, m) => {
        lx.groups(m, 'Keyword', 'Operator', 'Num', 'Text', 'Num', 'Text', 'Name.Exception', 'Text');
        lx.push('headers');
      }],
    ],
    headers: [
      [/([^\s:]+)( *)(:)( *)([^\r\n]+)(\r?\n|$)/, (lx, m) => {
        if (m[1]!.trim().toLowerCase() === 'content-type') lx.s.contentType = m[5]!.split(';')[0]!.toLowerCase();
        lx.groups(m, 'Name.Attribute', 'Text', 'Punctuation', 'Text', 'Str', 'Text');
      }],
      [/([^\r\n]+)(\r?\n|$)/, (lx, m) => lx.groups(m, 'Str', 'Text')],
      [/\r?\n/, 'Text', 'content'],
    ],
    content: [
      [/.+/s, (lx, m) => {
        const child = contentLexer(lx);
        if (child) lx.delegateTo(child, m[0]);
        else lx.token('Text', m[0]);
      }],
    ],
  },
};
