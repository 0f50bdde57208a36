// The lexers we have, each following one Rouge 3.30 lexer file (lexers/*.rb). Every lexer module
// is imported here, at load (about 2 ms each): a table of names to lazy imports would need an
// asynchronous step before rendering, see the report of the rouge-lexers branch.
import type { LexerDef } from './engine.js';
import { ada } from './lexers/ada.js';
import { apache } from './lexers/apache.js';
import { applescript } from './lexers/applescript.js';
import { awk } from './lexers/awk.js';
import { batchfile } from './lexers/batchfile.js';
import { bibtex } from './lexers/bibtex.js';
import { c } from './lexers/c.js';
import { clojure } from './lexers/clojure.js';
import { cmake } from './lexers/cmake.js';
import { coffeescript } from './lexers/coffeescript.js';
import { commonLisp } from './lexers/common-lisp.js';
import { conf } from './lexers/conf.js';
import { consoleLexer } from './lexers/console.js';
import { coq } from './lexers/coq.js';
import { cpp } from './lexers/cpp.js';
import { csharp } from './lexers/csharp.js';
import { css } from './lexers/css.js';
import { csvs } from './lexers/csvs.js';
import { cuda } from './lexers/cuda.js';
import { cypher } from './lexers/cypher.js';
import { d } from './lexers/d.js';
import { dart } from './lexers/dart.js';
import { diff } from './lexers/diff.js';
import { docker } from './lexers/docker.js';
import { dot } from './lexers/dot.js';
import { elixir } from './lexers/elixir.js';
import { elm } from './lexers/elm.js';
import { erb } from './lexers/erb.js';
import { erlang } from './lexers/erlang.js';
import { fluent } from './lexers/fluent.js';
import { fortran } from './lexers/fortran.js';
import { fsharp } from './lexers/fsharp.js';
import { gherkin } from './lexers/gherkin.js';
import { glsl } from './lexers/glsl.js';
import { go } from './lexers/go.js';
import { graphql } from './lexers/graphql.js';
import { gradle, groovy } from './lexers/groovy.js';
import { handlebars } from './lexers/handlebars.js';
import { haskell } from './lexers/haskell.js';
import { hcl, terraform } from './lexers/hcl.js';
import { hlsl } from './lexers/hlsl.js';
import { hocon } from './lexers/hocon.js';
import { html } from './lexers/html.js';
import { http } from './lexers/http.js';
import { ini } from './lexers/ini.js';
import { java } from './lexers/java.js';
import { javascript } from './lexers/javascript.js';
import { jinja, twig } from './lexers/jinja.js';
import { jsonDoc } from './lexers/json-doc.js';
import { json } from './lexers/json.js';
import { jsp } from './lexers/jsp.js';
import { jsx } from './lexers/jsx.js';
import { julia } from './lexers/julia.js';
import { kotlin } from './lexers/kotlin.js';
import { liquid } from './lexers/liquid.js';
import { llvm } from './lexers/llvm.js';
import { lua } from './lexers/lua.js';
import { make } from './lexers/make.js';
import { markdown } from './lexers/markdown.js';
import { matlab } from './lexers/matlab.js';
import { nasm } from './lexers/nasm.js';
import { nginx } from './lexers/nginx.js';
import { nim } from './lexers/nim.js';
import { nix } from './lexers/nix.js';
import { objectiveC } from './lexers/objective-c.js';
import { objectiveCpp } from './lexers/objective-cpp.js';
import { ocaml } from './lexers/ocaml.js';
import { pascal } from './lexers/pascal.js';
import { perl } from './lexers/perl.js';
import { php } from './lexers/php.js';
import { plaintext } from './lexers/plaintext.js';
import { powershell } from './lexers/powershell.js';
import { prolog } from './lexers/prolog.js';
import { properties } from './lexers/properties.js';
import { protobuf } from './lexers/protobuf.js';
import { puppet } from './lexers/puppet.js';
import { python } from './lexers/python.js';
import { r } from './lexers/r.js';
import { rego } from './lexers/rego.js';
import { ruby } from './lexers/ruby.js';
import { rust } from './lexers/rust.js';
import { sass } from './lexers/sass.js';
import { scala } from './lexers/scala.js';
import { scheme } from './lexers/scheme.js';
import { scss } from './lexers/scss.js';
import { sed } from './lexers/sed.js';
import { shell } from './lexers/shell.js';
import { smalltalk } from './lexers/smalltalk.js';
import { solidity } from './lexers/solidity.js';
import { sql } from './lexers/sql.js';
import { stata } from './lexers/stata.js';
import { swift } from './lexers/swift.js';
import { tcl } from './lexers/tcl.js';
import { tex } from './lexers/tex.js';
import { toml } from './lexers/toml.js';
import { tsx } from './lexers/tsx.js';
import { typescript } from './lexers/typescript.js';
import { vala } from './lexers/vala.js';
import { vb } from './lexers/vb.js';
import { verilog } from './lexers/verilog.js';
import { vhdl } from './lexers/vhdl.js';
import { viml } from './lexers/viml.js';
import { vue } from './lexers/vue.js';
import { xml } from './lexers/xml.js';
import { yaml } from './lexers/yaml.js';
import { zig } from './lexers/zig.js';

export const LEXERS: readonly LexerDef<any>[] = [
  ada, apache, applescript, awk, batchfile, bibtex, c, clojure, cmake, coffeescript, commonLisp, conf, consoleLexer, coq, cpp,
  csharp, css, csvs, cuda, cypher, d, dart, diff, docker, dot, elixir, elm, erb, erlang, fluent, fortran, fsharp, gherkin, glsl, go,
  gradle, graphql, groovy, handlebars, haskell, hcl, hlsl, hocon, html, http, ini, java, javascript, jinja, json,
  jsonDoc, jsp, jsx, julia, kotlin, liquid, llvm, lua, make, markdown, matlab, nasm, nginx, nim, nix, objectiveC, objectiveCpp, ocaml,
  pascal, perl, php, plaintext, powershell, prolog, properties, protobuf, puppet, python, r, rego, ruby, rust, sass, scala,
  scheme, scss, sed, shell, smalltalk, solidity, sql, stata, swift, tcl, terraform, tex, toml, tsx, twig, typescript, vala, vb,
  verilog, vhdl, viml, vue, xml, yaml, zig,
];
