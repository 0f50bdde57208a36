// The lexers we have, each following one Rouge 3.30 lexer file (lexers/*.rb).
import type { LexerDef } from './engine.js';
import { diff } from './lexers/diff.js';
import { json } from './lexers/json.js';

export const LEXERS: readonly LexerDef<any>[] = [diff, json];
