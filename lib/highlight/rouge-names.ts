// Rouge 3.30's lexers (Lexer.all): each line a tag and its aliases, as Rouge::Guessers::Modeline matches
// a modeline's name against them (also the lexers we do not port: a guess may name one), in
// Lexer.all's order (the order of an ambiguous guess).
export const ROUGE_TAGS: ReadonlyMap<string, readonly string[]> = new Map(`
abap
actionscript as as3
ada
apache
apex
markdown md mkd
apiblueprint apiblueprint apib
applescript applescript
armasm
augeas aug
awk
batchfile bat batch dosbatch winbatch
bbcbasic
bibtex bib
xml
biml
bpf
brainfuck
brightscript bs brs
bsl
c
ceylon
cfscript cfc
clean
clojure clj cljs
cmake
cmhg
coffeescript coffee coffee-script
common_lisp cl common-lisp elisp emacs-lisp lisp
conf config configuration
console terminal shell_session shell-session
coq
cpp c++
crystal cr
csharp c# cs
css
csvs
cuda
cypher cypher
python py
cython pyx pyrex
d dlang
dafny
dart
datastudio
diff patch udiff
yaml yml
digdag
docker dockerfile Dockerfile
dot
ecl
eex leex heex
eiffel
elixir elixir exs
elm
email eml e-mail
epp
erb eruby rhtml
erlang erl
escape esc
factor
fluent ftl
fortran
freefem ff
fsharp
gdscript gd gdscript
ghc-cmm cmm
ghc-core
gherkin cucumber behat
glsl
go go golang
groovy
gradle
graphql
php php php3 php4 php5
hack hack hh
haml HAML
handlebars hbs mustache
haskell hs
haxe hx haxe
hcl
hlsl
json
hocon
sql
hql
html
http
hylang hy
idlang
idris idr
igorpro
ini
io
irb pry
ruby rb
irb_output
isabelle isa Isabelle
isbl
j
janet jdn
java
javascript js
jinja django
jsl
json-doc jsonc
jsonnet
jsp
jsx jsx react
julia jl
kotlin
lasso lassoscript
lean lean
liquid
literate_coffeescript litcoffee
literate_haskell lithaskell lhaskell lhs
livescript ls
llvm
lua
lustre
lutin
m68k
magik
make makefile mf gnumake bsdmake
mason
mathematica wl
matlab m
meson
minizinc
moonscript moon
mosel
msgtrans
mxml
nasm
nesasm nes
nginx
nial
nim nimrod
nix nixos
objective_c objc obj-c obj_c objectivec
objective_cpp objcpp obj-cpp obj_cpp objectivecpp objc++ obj-c++ obj_c++ objectivec++
ocaml
ocl OCL
openedge
opentype_feature_file fea opentype opentypefeature
pascal
perl pl
plaintext text
plist plist
plsql
pony
postscript postscr postscript ps eps
powershell posh microsoftshell msshell
praat
prolog prolog
prometheus prometheus
properties
protobuf proto
puppet pp
q kdb+
qml qml
r r R s S
racket
reasonml
rego
rescript
robot_framework robot robot-framework
rust rs rust,no_run rs,no_run rust,ignore rs,ignore rust,should_panic rs,should_panic
sas
sass
scala scala
scheme
scss
sed
shell bash zsh ksh sh
sieve
slice
slim
smalltalk st squeak
smarty smarty
sml ml
solidity
sparql
sqf
ssh
stan
stata
supercollider
swift
systemd unit-file
syzlang
syzprog
tap tap
tcl
terraform tf
tex TeX LaTeX latex
toml
tsx
ttcn3
tulip tulip
turtle
twig
typescript ts
vala
vcl varnishconf varnish
vb visualbasic
velocity
verilog
vhdl
viml vim vimscript ex
vue vuejs
wollok
xojo realbasic
xpath
xquery
yang
zig zir
`.trim().split('\n').map((line) => { const [tag, ...aliases] = line.split(' '); return [tag!, aliases]; }));
