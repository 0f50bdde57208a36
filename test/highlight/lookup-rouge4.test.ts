// The lexers ported in session 5 (branch rouge4), found by name, alias and mimetype as Rouge::Lexer.find
// and Guessers::Mimetype find them (names and mimetypes checked with Rouge 3.30:
// ruby -rrouge -e 'p Rouge::Lexer.find(ARGV[0]).tag, Rouge::Lexer.find(ARGV[0]).mimetypes' NAME).
import { highlightCode } from '../../lib/highlight/index.js';

const sample: Record<string, string> = {
  hack: '<?hh\nasync function f(): Awaitable<void> {}\n',
  moonscript: 'class A extends B\n  new: (@x) =>\n',
  livescript: 'f = (x) -> x * 2\n',
  idris: 'main : IO ()\nmain = putStrLn "hi"\n',
  lean: 'theorem t : 1 + 1 = 2 := rfl\n',
  janet: '(defn f [x] (+ x 1))\n',
  xquery: 'for $b in //book return $b/title\n',
  io: 'Account := Object clone do(balance := 0)\n',
  eiffel: 'class A feature f do end end\n',
  postscript: '%!PS\n/x 1 def\n',
  velocity: '#set( $x = 1 )$x\n',
  yang: 'module m { prefix p; }\n',
  vcl: 'sub vcl_recv { set req.url = "/"; }\n',
  q: 'f:{x*y}\n',
  hylang: '(defn f [x] (+ x 1))\n',
  escape: 'a <!b!> c\n',
  apiblueprint: 'FORMAT: 1A\n# API\n',
  ceylon: 'shared void run() { print("hi"); }\n',
  dafny: 'method M() returns (x: int) { x := 1; }\n',
  mxml: '<s:Button label="x"/>\n',
  lustre: 'node n(x: int) returns (y: int); let y = x; tel\n',
  lutin: 'node n() returns (x: int) = loop { x = 1 }\n',
  slice: 'module M { interface I { void f(); } }\n',
  robot_framework: '*** Test Cases ***\nT\n    Log    hi\n',
  sas: 'data a; set b; run;\n',
  abap: "WRITE 'hello'.\n",
  mason: '<%perl>my $x = 1;</%perl>\n',
  minizinc: 'var 1..3: x;\nsolve satisfy;\n',
  tulip: 'f x = x\n',
  xojo: 'Dim x As Integer = 1\n',
  factor: ': sq ( x -- y ) dup * ;\n',
  ocl: 'context A inv: self.x > 0\n',
  'ghc-cmm': 'foo () { return (1); }\n',
  ttcn3: 'module M { const integer c := 1; }\n',
  nesasm: '  LDA #$01\n',
  augeas: 'module M = let x = "a"\n',
  opentype_feature_file: 'feature liga { sub f i by f_i; } liga;\n',
  magik: '_method a.b() _endmethod\n',
  brightscript: 'sub Main()\n  print "hi"\nend sub\n',
  cfscript: 'component { function f() { return 1; } }\n',
  isabelle: 'lemma "x = x" by simp\n',
  datastudio: 'SELECT a FROM b;\n',
  mosel: 'model m\n  writeln("hi")\nend-model\n',
  ecl: "OUTPUT('hi');\n",
  freefem: 'mesh Th = square(10, 10);\n',
  lasso: '<?lasso local(x = 1) ?>\n',
  openedge: 'DEFINE VARIABLE i AS INTEGER NO-UNDO.\n',
  igorpro: 'Function f()\n\treturn 1\nEnd\n',
};
const lookups: [tag: string, alias: string, mimetype: string][] = [
  ['hack', 'hh', ''], ['moonscript', 'moon', 'application/x-moonscript'], ['livescript', 'ls', 'text/livescript'],
  ['idris', 'idr', 'text/x-idris'], ['lean', 'lean', ''], ['janet', 'jdn', 'application/x-janet'],
  ['xquery', 'xquery', 'application/xquery'], ['io', 'io', 'text/x-iosrc'], ['eiffel', 'eiffel', 'text/x-eiffel'],
  ['postscript', 'eps', 'application/postscript'], ['postscript', 'postscr', ''], ['postscript', 'ps', ''],
  ['velocity', 'velocity', 'text/html%2Bvelocity'], ['yang', 'yang', 'application/yang'],
  ['vcl', 'varnish', 'text/x-varnish'], ['vcl', 'varnishconf', 'text/x-vcl'], ['q', 'kdb+', 'application/x-q'],
  ['hylang', 'hy', 'text/x-hy'], ['escape', 'esc', ''], ['apiblueprint', 'apib', 'text/vnd.apiblueprint'],
  ['ceylon', 'ceylon', 'text/x-ceylon'], ['dafny', 'dafny', 'text/x-dafny'], ['mxml', 'mxml', 'application/xv%2Bxml'],
  ['lustre', 'lustre', 'text/x-lustre'], ['lutin', 'lutin', 'text/x-lutin'], ['slice', 'slice', 'text/slice'],
  ['robot_framework', 'robot', 'text/x-robot'], ['robot_framework', 'robot-framework', ''],
  ['sas', 'sas', 'application/x-stat-sas'], ['abap', 'abap', 'text/x-abap'], ['mason', 'mason', 'application/x-mason'],
  ['minizinc', 'minizinc', 'text/minizinc'], ['tulip', 'tulip', 'application/x-tulip'], ['xojo', 'realbasic', ''],
  ['factor', 'factor', 'text/x-factor'], ['ocl', 'OCL', 'text/x-ocl'], ['ghc-cmm', 'cmm', ''],
  ['ttcn3', 'ttcn3', 'text/x-ttcn'], ['nesasm', 'nes', ''], ['augeas', 'aug', 'text/x-augeas'],
  ['opentype_feature_file', 'fea', ''], ['opentype_feature_file', 'opentype', ''], ['opentype_feature_file', 'opentypefeature', ''],
  ['magik', 'magik', 'application/x-magik'], ['brightscript', 'brs', ''], ['brightscript', 'bs', ''], ['cfscript', 'cfc', ''],
  ['isabelle', 'isa', 'text/x-isabelle'], ['isabelle', 'Isabelle', ''], ['datastudio', 'datastudio', 'text/x-datastudio'],
  ['mosel', 'mosel', 'text/x-mosel'], ['ecl', 'ecl', 'application/x-ecl'], ['freefem', 'ff', 'text/x-ffsrc'],
  ['lasso', 'lassoscript', 'application/x-httpd-lasso'], ['lasso', 'lasso', 'text/html%2Blasso'],
  ['openedge', 'openedge', 'text/x-openedge'], ['igorpro', 'igorpro', 'text/x-igorpro'],
];

describe('lexers ported in session 5, by name, alias and mimetype', () => {
  test.each(lookups)('%s as %s and as guess?mimetype=%j', (tag, alias, mimetype) => {
    const code = sample[tag]!;
    const html = highlightCode(code, tag);
    expect(html).toContain('<span');
    expect(highlightCode(code, alias)).toBe(html);
    if (mimetype) expect(highlightCode(code, `guess?mimetype=${mimetype}`)).toBe(html);
  });
});

describe('Rouge errors kept', () => {
  test('a string in Stan: stan.rb pushes a state it never defines (Rouge: "unknown state: :string")', () => {
    expect(() => highlightCode('print("x");\n', 'stan')).toThrow(expect.objectContaining({ code: 'MARKDOWN_ERROR', message: 'unknown state: :string' }));
  });
});
