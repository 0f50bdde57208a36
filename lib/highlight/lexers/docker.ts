// Follows Rouge 3.30 lib/rouge/lexers/docker.rb (RUN lines delegated to the shell lexer).
import { rx, type LexerDef } from '../engine.js';
import { shell } from './shell.js';

const KEYWORDS = 'FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL';

export const docker: LexerDef = {
  name: 'docker',
  aliases: ['dockerfile', 'Dockerfile'],
  start: (lx) => { lx.child(shell).reset(); },
  states: {
    root: [
      [/\s+/, 'Text'],
      [/^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)/i, (lx, m) =>
        lx.groups(m, 'Keyword', 'Text.Whitespace', 'Str', 'Text.Whitespace', 'Keyword', 'Text.Whitespace', 'Str')],
      [rx(`^(ONBUILD)(\\s+)(${KEYWORDS})(.*)`, 'i'), (lx, m) => lx.groups(m, 'Keyword', 'Text.Whitespace', 'Keyword', 'Str')],
      [rx(`^(${KEYWORDS})\\b(.*)`, 'i'), (lx, m) => lx.groups(m, 'Keyword', 'Str')],
      [/#.*?$/, 'Comment'],
      [/^(ONBUILD\s+)?RUN(\s+)/i, (lx, m) => { lx.token('Keyword', m[0]); lx.push('run'); lx.child(shell).reset(); }],
      [/\w+/, 'Text'],
      [/[^\w]+/, 'Text'],
      [/./, 'Text'],
    ],
    run: [
      [/\n/, 'Text', '#pop'],
      [/\\./s, 'Str.Escape'],
      [/(\\.|[^\n\\])+/, (lx, m) => lx.delegate(shell, m[0])],
    ],
  },
};
