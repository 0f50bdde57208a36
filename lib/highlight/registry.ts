// The lexers we have, each following one Rouge 3.30 lexer file (lexers/*.rb).
import type { LexerDef } from './engine.js';
import { c } from './lexers/c.js';
import { consoleLexer } from './lexers/console.js';
import { cpp } from './lexers/cpp.js';
import { css } from './lexers/css.js';
import { csharp } from './lexers/csharp.js';
import { diff } from './lexers/diff.js';
import { docker } from './lexers/docker.js';
import { elixir } from './lexers/elixir.js';
import { erb } from './lexers/erb.js';
import { go } from './lexers/go.js';
import { haskell } from './lexers/haskell.js';
import { html } from './lexers/html.js';
import { ini } from './lexers/ini.js';
import { java } from './lexers/java.js';
import { javascript } from './lexers/javascript.js';
import { json } from './lexers/json.js';
import { jsx } from './lexers/jsx.js';
import { kotlin } from './lexers/kotlin.js';
import { liquid } from './lexers/liquid.js';
import { lua } from './lexers/lua.js';
import { make } from './lexers/make.js';
import { markdown } from './lexers/markdown.js';
import { nginx } from './lexers/nginx.js';
import { perl } from './lexers/perl.js';
import { php } from './lexers/php.js';
import { python } from './lexers/python.js';
import { ruby } from './lexers/ruby.js';
import { rust } from './lexers/rust.js';
import { scala } from './lexers/scala.js';
import { scss } from './lexers/scss.js';
import { shell } from './lexers/shell.js';
import { sql } from './lexers/sql.js';
import { swift } from './lexers/swift.js';
import { toml } from './lexers/toml.js';
import { typescript } from './lexers/typescript.js';
import { xml } from './lexers/xml.js';
import { yaml } from './lexers/yaml.js';
import { conf } from './lexers/conf.js';
import { properties } from './lexers/properties.js';
import { jsonDoc } from './lexers/json-doc.js';
import { tsx } from './lexers/tsx.js';
import { gradle, groovy } from './lexers/groovy.js';
import { plaintext } from './lexers/plaintext.js';
import { http } from './lexers/http.js';
import { protobuf } from './lexers/protobuf.js';
import { tex } from './lexers/tex.js';
import { bibtex } from './lexers/bibtex.js';
import { apache } from './lexers/apache.js';
import { hocon } from './lexers/hocon.js';
import { hcl, terraform } from './lexers/hcl.js';
import { batchfile } from './lexers/batchfile.js';
import { gherkin } from './lexers/gherkin.js';
import { powershell } from './lexers/powershell.js';
import { vue } from './lexers/vue.js';
import { jsp } from './lexers/jsp.js';

import { solidity } from './lexers/solidity.js';
import { nix } from './lexers/nix.js';
import { ocaml } from './lexers/ocaml.js';
import { coq } from './lexers/coq.js';
import { pascal } from './lexers/pascal.js';
import { viml } from './lexers/viml.js';
import { applescript } from './lexers/applescript.js';
import { vb } from './lexers/vb.js';
import { sass } from './lexers/sass.js';
import { cypher } from './lexers/cypher.js';
import { stata } from './lexers/stata.js';
import { handlebars } from './lexers/handlebars.js';
import { fluent } from './lexers/fluent.js';
import { r } from './lexers/r.js';
import { dot } from './lexers/dot.js';
import { csvs } from './lexers/csvs.js';
import { prolog } from './lexers/prolog.js';
import { dart } from './lexers/dart.js';
import { erlang } from './lexers/erlang.js';
import { objectiveC } from './lexers/objective-c.js';
import { clojure } from './lexers/clojure.js';
import { scheme } from './lexers/scheme.js';
import { elm } from './lexers/elm.js';
import { fsharp } from './lexers/fsharp.js';
import { jinja, twig } from './lexers/jinja.js';
import { coffeescript } from './lexers/coffeescript.js';
import { matlab } from './lexers/matlab.js';
import { graphql } from './lexers/graphql.js';
import { cmake } from './lexers/cmake.js';
import { nasm } from './lexers/nasm.js';
import { awk } from './lexers/awk.js';
import { vhdl } from './lexers/vhdl.js';
import { zig } from './lexers/zig.js';
import { verilog } from './lexers/verilog.js';
import { tcl } from './lexers/tcl.js';
export const LEXERS: readonly LexerDef<any>[] = [c, consoleLexer, cpp, csharp, css, diff, docker, elixir, erb, go, haskell, html, ini, java, javascript, json, jsx, kotlin, liquid, lua, make, markdown, nginx, perl, php, python, ruby, rust, scala, scss, shell, sql, swift, toml, typescript, xml, yaml,
  conf, properties, jsonDoc, tsx, groovy, gradle, plaintext, http, protobuf, tex, bibtex,
  apache, hocon, hcl, terraform, batchfile, gherkin,
  powershell, vue, jsp,
  solidity, nix, ocaml, coq,
  pascal, viml, applescript, vb,
  sass, cypher, stata, handlebars, fluent,
  r, dot, csvs, prolog,
  dart, erlang,
  objectiveC,
  clojure, scheme, elm, fsharp,
  jinja, twig,
  coffeescript,
  matlab, graphql,
  cmake, nasm,
  awk, vhdl,
  zig, verilog,
  tcl];
