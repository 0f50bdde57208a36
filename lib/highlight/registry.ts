// The lexers we have, each following one Rouge 3.30 lexer file (lexers/*.rb).
import type { LexerDef } from './engine.js';
import { c } from './lexers/c.js';
import { consoleLexer } from './lexers/console.js';
import { cpp } from './lexers/cpp.js';
import { css } from './lexers/css.js';
import { diff } from './lexers/diff.js';
import { go } from './lexers/go.js';
import { html } from './lexers/html.js';
import { java } from './lexers/java.js';
import { javascript } from './lexers/javascript.js';
import { json } from './lexers/json.js';
import { markdown } from './lexers/markdown.js';
import { php } from './lexers/php.js';
import { python } from './lexers/python.js';
import { ruby } from './lexers/ruby.js';
import { rust } from './lexers/rust.js';
import { scss } from './lexers/scss.js';
import { shell } from './lexers/shell.js';
import { sql } from './lexers/sql.js';
import { typescript } from './lexers/typescript.js';
import { xml } from './lexers/xml.js';
import { yaml } from './lexers/yaml.js';

export const LEXERS: readonly LexerDef<any>[] = [c, consoleLexer, cpp, css, diff, go, html, java, javascript, json, markdown, php, python, ruby, rust, scss, shell, sql, typescript, xml, yaml];
