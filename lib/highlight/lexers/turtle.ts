// Follows Rouge 3.30 lib/rouge/lexers/turtle.rb (Turtle and TriG RDF).
import type { LexerDef } from '../engine.js';

export const turtle: LexerDef = {
  name: 'turtle',
  states: {
    root: [
      [/@base\b/, 'Keyword.Declaration'],
      [/@prefix\b/, 'Keyword.Declaration'],
      [/true\b/, 'Keyword.Constant'],
      [/false\b/, 'Keyword.Constant'],
      [/""".*?"""/s, 'Literal.String'],
      [/"([^"\\]|\\.)*"/, 'Literal.String'],
      [/'''.*?'''/s, 'Literal.String'],
      [/'([^'\\]|\\.)*'/, 'Literal.String'],
      [/#.*$/, 'Comment.Single'],
      [/@[^\s,.;]+/, 'Name.Attribute'],
      [/[+-]?[0-9]+\.[0-9]*E[+-]?[0-9]+/, 'Literal.Number.Float'],
      [/[+-]?\.[0-9]+E[+-]?[0-9]+/, 'Literal.Number.Float'],
      [/[+-]?[0-9]+E[+-]?[0-9]+/, 'Literal.Number.Float'],
      [/[+-]?[0-9]*\.[0-9]+?/, 'Literal.Number.Float'],
      [/[+-]?[0-9]+/, 'Literal.Number.Integer'],
      [/[.,;(){}\[\]]/, 'Punctuation'],
      [/\^\^/, 'Punctuation'],
      [/<[^>]*>/, 'Name.Label'],
      [/base\b/i, 'Keyword.Declaration'],
      [/prefix\b/i, 'Keyword.Declaration'],
      [/GRAPH\b/, 'Keyword'],
      [/a\b/, 'Keyword'],
      [/\s+/, 'Text.Whitespace'],
      [/[^:;<>#\@"\(\).\[\]\{\} ]*:/, 'Name.Namespace'],
      [/[^:;<>#\@"\(\).\[\]\{\} ]+/, 'Name'],
    ],
  },
};
