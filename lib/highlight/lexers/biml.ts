// Follows Rouge 3.30 lib/rouge/lexers/biml.rb: XML (xml.ts) with BimlScript's <# #> directives,
// C# inside them.
import type { LexerDef } from '../engine.js';
import { csharp } from './csharp.js';
import { xml } from './xml.js';

export const biml: LexerDef = {
  name: 'biml',
  states: {
    ...xml.states,
    root: [
      [/<#\@\s*/, 'Name.Tag', 'directive_tag'],
      [/<#[=]?\s*/, 'Name.Tag', 'directive_as_csharp'],
      ...xml.states['root']!,
    ],
    directive_as_csharp: [
      [/\s*#>\s*/, 'Name.Tag', '#pop'],
      [/.*?(?=\s*#>\s*)/s, (lx, m) => lx.delegate(csharp, m[0])],
    ],
    directive_tag: [
      [/\s+/, 'Text'],
      [/[\w.:-]+\s*=/, 'Name.Attribute', 'attr'],
      [/\w+\s*/, 'Name.Attribute'],
      [/\/?\s*#>/, 'Name.Tag', '#pop'],
    ],
  },
};
