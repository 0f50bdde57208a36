// Rouge's lexers by module (lexers/<file>.ts), for registry.ts: each module is imported here
// at load. The bundle (scripts/bundle.mjs) replaces this module by one that evaluates a lexer
// module on its first use, so that a build loads only the lexers its code blocks ask for.
import * as abap from './lexers/abap.js';
import * as actionscript from './lexers/actionscript.js';
import * as ada from './lexers/ada.js';
import * as apache from './lexers/apache.js';
import * as apex from './lexers/apex.js';
import * as apiblueprint from './lexers/apiblueprint.js';
import * as applescript from './lexers/applescript.js';
import * as armasm from './lexers/armasm.js';
import * as augeas from './lexers/augeas.js';
import * as awk from './lexers/awk.js';
import * as batchfile from './lexers/batchfile.js';
import * as bbcbasic from './lexers/bbcbasic.js';
import * as bibtex from './lexers/bibtex.js';
import * as biml from './lexers/biml.js';
import * as bpf from './lexers/bpf.js';
import * as brainfuck from './lexers/brainfuck.js';
import * as brightscript from './lexers/brightscript.js';
import * as bsl from './lexers/bsl.js';
import * as c from './lexers/c.js';
import * as ceylon from './lexers/ceylon.js';
import * as cfscript from './lexers/cfscript.js';
import * as clean from './lexers/clean.js';
import * as clojure from './lexers/clojure.js';
import * as cmake from './lexers/cmake.js';
import * as cmhg from './lexers/cmhg.js';
import * as coffeescript from './lexers/coffeescript.js';
import * as commonLisp from './lexers/common-lisp.js';
import * as conf from './lexers/conf.js';
import * as consoleLexer from './lexers/console.js';
import * as coq from './lexers/coq.js';
import * as cpp from './lexers/cpp.js';
import * as crystal from './lexers/crystal.js';
import * as csharp from './lexers/csharp.js';
import * as css from './lexers/css.js';
import * as csvs from './lexers/csvs.js';
import * as cuda from './lexers/cuda.js';
import * as cypher from './lexers/cypher.js';
import * as cython from './lexers/cython.js';
import * as d from './lexers/d.js';
import * as dafny from './lexers/dafny.js';
import * as dart from './lexers/dart.js';
import * as datastudio from './lexers/datastudio.js';
import * as diff from './lexers/diff.js';
import * as digdag from './lexers/digdag.js';
import * as docker from './lexers/docker.js';
import * as dot from './lexers/dot.js';
import * as ecl from './lexers/ecl.js';
import * as eex from './lexers/eex.js';
import * as eiffel from './lexers/eiffel.js';
import * as elixir from './lexers/elixir.js';
import * as elm from './lexers/elm.js';
import * as email from './lexers/email.js';
import * as epp from './lexers/epp.js';
import * as erb from './lexers/erb.js';
import * as erlang from './lexers/erlang.js';
import * as escape from './lexers/escape.js';
import * as factor from './lexers/factor.js';
import * as fluent from './lexers/fluent.js';
import * as fortran from './lexers/fortran.js';
import * as freefem from './lexers/freefem.js';
import * as fsharp from './lexers/fsharp.js';
import * as gdscript from './lexers/gdscript.js';
import * as ghcCmm from './lexers/ghc-cmm.js';
import * as ghcCore from './lexers/ghc-core.js';
import * as gherkin from './lexers/gherkin.js';
import * as glsl from './lexers/glsl.js';
import * as go from './lexers/go.js';
import * as graphql from './lexers/graphql.js';
import * as groovy from './lexers/groovy.js';
import * as hack from './lexers/hack.js';
import * as haml from './lexers/haml.js';
import * as handlebars from './lexers/handlebars.js';
import * as haskell from './lexers/haskell.js';
import * as haxe from './lexers/haxe.js';
import * as hcl from './lexers/hcl.js';
import * as hlsl from './lexers/hlsl.js';
import * as hocon from './lexers/hocon.js';
import * as hql from './lexers/hql.js';
import * as html from './lexers/html.js';
import * as http from './lexers/http.js';
import * as hylang from './lexers/hylang.js';
import * as idlang from './lexers/idlang.js';
import * as idris from './lexers/idris.js';
import * as igorpro from './lexers/igorpro.js';
import * as ini from './lexers/ini.js';
import * as io from './lexers/io.js';
import * as irb from './lexers/irb.js';
import * as isabelle from './lexers/isabelle.js';
import * as isbl from './lexers/isbl.js';
import * as j from './lexers/j.js';
import * as janet from './lexers/janet.js';
import * as java from './lexers/java.js';
import * as javascript from './lexers/javascript.js';
import * as jinja from './lexers/jinja.js';
import * as jsl from './lexers/jsl.js';
import * as json from './lexers/json.js';
import * as jsonDoc from './lexers/json-doc.js';
import * as jsonnet from './lexers/jsonnet.js';
import * as jsp from './lexers/jsp.js';
import * as jsx from './lexers/jsx.js';
import * as julia from './lexers/julia.js';
import * as kotlin from './lexers/kotlin.js';
import * as lasso from './lexers/lasso.js';
import * as lean from './lexers/lean.js';
import * as liquid from './lexers/liquid.js';
import * as literate from './lexers/literate.js';
import * as livescript from './lexers/livescript.js';
import * as llvm from './lexers/llvm.js';
import * as lua from './lexers/lua.js';
import * as lustre from './lexers/lustre.js';
import * as m68k from './lexers/m68k.js';
import * as magik from './lexers/magik.js';
import * as make from './lexers/make.js';
import * as markdown from './lexers/markdown.js';
import * as mason from './lexers/mason.js';
import * as mathematica from './lexers/mathematica.js';
import * as matlab from './lexers/matlab.js';
import * as meson from './lexers/meson.js';
import * as minizinc from './lexers/minizinc.js';
import * as moonscript from './lexers/moonscript.js';
import * as mosel from './lexers/mosel.js';
import * as msgtrans from './lexers/msgtrans.js';
import * as mxml from './lexers/mxml.js';
import * as nasm from './lexers/nasm.js';
import * as nesasm from './lexers/nesasm.js';
import * as nginx from './lexers/nginx.js';
import * as nial from './lexers/nial.js';
import * as nim from './lexers/nim.js';
import * as nix from './lexers/nix.js';
import * as objectiveC from './lexers/objective-c.js';
import * as objectiveCpp from './lexers/objective-cpp.js';
import * as ocaml from './lexers/ocaml.js';
import * as ocl from './lexers/ocl.js';
import * as openedge from './lexers/openedge.js';
import * as opentypeFeatureFile from './lexers/opentype-feature-file.js';
import * as pascal from './lexers/pascal.js';
import * as perl from './lexers/perl.js';
import * as php from './lexers/php.js';
import * as plaintext from './lexers/plaintext.js';
import * as plist from './lexers/plist.js';
import * as plsql from './lexers/plsql.js';
import * as pony from './lexers/pony.js';
import * as postscript from './lexers/postscript.js';
import * as powershell from './lexers/powershell.js';
import * as praat from './lexers/praat.js';
import * as prolog from './lexers/prolog.js';
import * as prometheus from './lexers/prometheus.js';
import * as properties from './lexers/properties.js';
import * as protobuf from './lexers/protobuf.js';
import * as puppet from './lexers/puppet.js';
import * as python from './lexers/python.js';
import * as q from './lexers/q.js';
import * as qml from './lexers/qml.js';
import * as r from './lexers/r.js';
import * as racket from './lexers/racket.js';
import * as reasonml from './lexers/reasonml.js';
import * as rego from './lexers/rego.js';
import * as robotFramework from './lexers/robot-framework.js';
import * as ruby from './lexers/ruby.js';
import * as rust from './lexers/rust.js';
import * as sas from './lexers/sas.js';
import * as sass from './lexers/sass.js';
import * as scala from './lexers/scala.js';
import * as scheme from './lexers/scheme.js';
import * as scss from './lexers/scss.js';
import * as sed from './lexers/sed.js';
import * as shell from './lexers/shell.js';
import * as sieve from './lexers/sieve.js';
import * as slice from './lexers/slice.js';
import * as slim from './lexers/slim.js';
import * as smalltalk from './lexers/smalltalk.js';
import * as smarty from './lexers/smarty.js';
import * as sml from './lexers/sml.js';
import * as solidity from './lexers/solidity.js';
import * as sparql from './lexers/sparql.js';
import * as sqf from './lexers/sqf.js';
import * as sql from './lexers/sql.js';
import * as ssh from './lexers/ssh.js';
import * as stan from './lexers/stan.js';
import * as stata from './lexers/stata.js';
import * as supercollider from './lexers/supercollider.js';
import * as swift from './lexers/swift.js';
import * as systemd from './lexers/systemd.js';
import * as syzlang from './lexers/syzlang.js';
import * as syzprog from './lexers/syzprog.js';
import * as tap from './lexers/tap.js';
import * as tcl from './lexers/tcl.js';
import * as tex from './lexers/tex.js';
import * as toml from './lexers/toml.js';
import * as tsx from './lexers/tsx.js';
import * as ttcn3 from './lexers/ttcn3.js';
import * as tulip from './lexers/tulip.js';
import * as turtle from './lexers/turtle.js';
import * as typescript from './lexers/typescript.js';
import * as vala from './lexers/vala.js';
import * as varnish from './lexers/varnish.js';
import * as vb from './lexers/vb.js';
import * as velocity from './lexers/velocity.js';
import * as verilog from './lexers/verilog.js';
import * as vhdl from './lexers/vhdl.js';
import * as viml from './lexers/viml.js';
import * as vue from './lexers/vue.js';
import * as wollok from './lexers/wollok.js';
import * as xml from './lexers/xml.js';
import * as xojo from './lexers/xojo.js';
import * as xpath from './lexers/xpath.js';
import * as xquery from './lexers/xquery.js';
import * as yaml from './lexers/yaml.js';
import * as yang from './lexers/yang.js';
import * as zig from './lexers/zig.js';

const MODULES: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  abap, actionscript, ada, apache, apex, apiblueprint, applescript, armasm, augeas, awk, batchfile, bbcbasic,
  bibtex, biml, bpf, brainfuck, brightscript, bsl, c, ceylon, cfscript, clean, clojure, cmake, cmhg,
  coffeescript, 'common-lisp': commonLisp, conf, console: consoleLexer, coq, cpp, crystal, csharp, css, csvs,
  cuda, cypher, cython, d, dafny, dart, datastudio, diff, digdag, docker, dot, ecl, eex, eiffel, elixir, elm,
  email, epp, erb, erlang, escape, factor, fluent, fortran, freefem, fsharp, gdscript, 'ghc-cmm': ghcCmm,
  'ghc-core': ghcCore, gherkin, glsl, go, graphql, groovy, hack, haml, handlebars, haskell, haxe, hcl, hlsl,
  hocon, hql, html, http, hylang, idlang, idris, igorpro, ini, io, irb, isabelle, isbl, j, janet, java,
  javascript, jinja, jsl, json, 'json-doc': jsonDoc, jsonnet, jsp, jsx, julia, kotlin, lasso, lean, liquid,
  literate, livescript, llvm, lua, lustre, m68k, magik, make, markdown, mason, mathematica, matlab, meson,
  minizinc, moonscript, mosel, msgtrans, mxml, nasm, nesasm, nginx, nial, nim, nix, 'objective-c': objectiveC,
  'objective-cpp': objectiveCpp, ocaml, ocl, openedge, 'opentype-feature-file': opentypeFeatureFile, pascal,
  perl, php, plaintext, plist, plsql, pony, postscript, powershell, praat, prolog, prometheus, properties,
  protobuf, puppet, python, q, qml, r, racket, reasonml, rego, 'robot-framework': robotFramework, ruby, rust,
  sas, sass, scala, scheme, scss, sed, shell, sieve, slice, slim, smalltalk, smarty, sml, solidity, sparql,
  sqf, sql, ssh, stan, stata, supercollider, swift, systemd, syzlang, syzprog, tap, tcl, tex, toml, tsx, ttcn3,
  tulip, turtle, typescript, vala, varnish, vb, velocity, verilog, vhdl, viml, vue, wollok, xml, xojo, xpath,
  xquery, yaml, yang, zig,
};

/** The exports of lexers/<file>.ts (its lexers and helpers, by export name). */
export function lexerModule(file: string): Readonly<Record<string, unknown>> | undefined {
  return MODULES[file];
}
