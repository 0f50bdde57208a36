# Writes the expected output of real Rouge 3.30 next to every highlight case:
#   test/highlight/cases/<lang>/<name>.<ext>  →  <name>.html
# The folder name is the language as kramdown or the highlight tag passes it ("__" stands for "?").
#   ruby test/highlight/make-cases.rb          (re)generate every .html
#   ruby test/highlight/make-cases.rb --seed   first copy Rouge's demo files and the code blocks
#                                             of /work/shared/conformance into cases/
#   ruby test/highlight/make-cases.rb --corpus first copy chunks of real-world files found on this machine
#   ruby test/highlight/make-cases.rb --fences DIR --only julia
#                                             first copy fenced code blocks of the Markdown files
#                                             under DIR (a public blog) in those languages, joined
#                                             into files of about 60 lines
#   --only lua,perl                            seed, corpus, fences and generate these languages only
require 'rouge'
require 'fileutils'

CASES = File.join(__dir__, 'cases')
LANGS = %w[ruby javascript python shell console html css scss yaml json xml c cpp java go rust
           typescript sql diff markdown php liquid csharp kotlin swift lua perl toml ini dockerfile make nginx
           conf properties jsonc tsx groovy gradle http protobuf tex bibtex apache hocon hcl terraform batchfile gherkin
           powershell vue jsp
           solidity nix ocaml coq
           pascal viml applescript vb
           sass cypher stata handlebars mustache fluent ftl
           r dot csvs prolog
           dart erlang
           objective_c objc
           clojure scheme elm fsharp
           jinja django twig
           coffeescript coffee
           matlab graphql
           cmake nasm
           awk vhdl
           zig verilog
           tcl
           common_lisp lisp elisp emacs-lisp
           nim nimrod
           julia jl
           fortran d dlang puppet pp
           cuda glsl objective_cpp objc++ hlsl llvm vala rego
           smalltalk st squeak ada sed
           ssh systemd email literate_haskell literate_coffeescript eex reasonml rescript brainfuck plist
           qml irb haml slim crystal cython actionscript racket gdscript apex jsonnet prometheus smarty turtle mathematica sparql plsql digdag tap meson sml haxe
           hack moonscript livescript idris lean janet xpath xquery io eiffel postscript pony velocity yang vcl q hylang escape apiblueprint epp ceylon dafny mxml biml lustre lutin msgtrans cmhg slice irb_output hql robot_framework sas abap mason minizinc tulip wollok xojo sieve j factor supercollider ocl ghc-core ghc-cmm ttcn3 jsl nesasm bbcbasic stan bsl augeas opentype_feature_file bpf magik sqf brightscript cfscript armasm m68k isabelle nial clean syzprog syzlang datastudio mosel isbl ecl praat freefem lasso idlang openedge igorpro]
ONLY = ARGV.include?('--only') ? ARGV[ARGV.index('--only') + 1].split(',') : nil
WANTED = ->(lang) { ONLY.nil? || ONLY.include?(lang) }

def seed
  LANGS.select(&WANTED).each do |lang|
    lexer = Rouge::Lexer.find(lang) or next
    demo = File.join('/usr/share/ruby-rouge/demos', lexer.tag)
    next unless File.exist?(demo)
    FileUtils.mkdir_p(File.join(CASES, lang))
    File.write(File.join(CASES, lang, 'rouge-demo.txt'), File.read(demo))
  end
  n = 0
  Dir.glob('/work/shared/conformance/{sites,kramdown/cases}/**/*.md').sort.each do |md|
    text = File.read(md)
    blocks = text.scan(/^(?:```|~~~) ?([\w+?=.-]+)\n(.*?)^(?:```|~~~)/m) +
             text.scan(/\{%-? *highlight +([\w+?=.-]+)[^%]*%\}\n?(.*?)\{%-? *endhighlight/m)
    blocks.each do |lang, code|
      next unless Rouge::Lexer.find_fancy(lang) && WANTED.(lang)
      dir = File.join(CASES, lang.sub('?', '__'))
      FileUtils.mkdir_p(dir)
      File.write(File.join(dir, "conformance-#{n += 1}.txt"), code)
    end
  end
end

# Real-world files found on this machine, a chunk of each (deterministic choice).
CORPUS = {
  'ruby' => '/usr/lib/ruby/3.1.0/**/*.rb', 'python' => '/usr/lib/python3*/**/*.py',
  'javascript' => '/work/main/node_modules/**/*.js', 'typescript' => '/work/main/node_modules/**/*.ts',
  'shell' => '/usr/{lib,share}/**/*.sh', 'html' => '/usr/share/**/*.html', 'css' => '/usr/{share,lib}/**/*.css',
  'scss' => '/usr/share/**/*.scss', 'yaml' => '/usr/{share,lib}/**/*.{yml,yaml}', 'json' => '/usr/share/**/*.json',
  'xml' => '/usr/share/**/*.xml', 'c' => '/usr/include/*.h', 'cpp' => '/usr/include/c++/*/bits/*.h',
  'java' => '/usr/share/**/*.java', 'go' => '/usr/lib/go*/src/**/*.go', 'sql' => '/usr/share/**/*.sql',
  'markdown' => '/work/main/node_modules/**/*.md', 'php' => '/usr/{share,lib}/**/*.php',
  'lua' => '/usr/{share,lib}/**/*.lua', 'perl' => '/usr/share/perl/**/*.pm', 'toml' => '/usr/{share,lib}/**/*.toml',
  'ini' => '/usr/share/**/*.ini', 'make' => '/usr/{share,lib}/**/Makefile*', 'nginx' => '/etc/nginx/**/*.conf',
}

def corpus(per_lang = 12, lines = 80)
  CORPUS.select { |lang, _| WANTED.(lang) }.each do |lang, glob|
    files = Dir.glob(glob).select { |f| File.file?(f) && File.size(f) < 400_000 }.sort
    next if files.empty?
    step = [files.size / per_lang, 1].max
    FileUtils.mkdir_p(File.join(CASES, lang))
    files.each_slice(step).map(&:first).first(per_lang).each_with_index do |f, i|
      text = File.read(f, encoding: 'utf-8')
      next unless text.valid_encoding?
      all = text.lines
      start = all.size > lines * 2 ? (all.size / 2) - (i.odd? ? lines / 2 : 0) : 0
      chunk = (i.even? ? all.first(lines) : all[start, lines]).join
      name = File.basename(f).gsub(/[^\w.-]/, '_')
      File.write(File.join(CASES, lang, "corpus-#{i}-#{name}.txt"), chunk)
    end
  end
end

# Fenced code blocks of a site's Markdown files, in the --only languages (deterministic choice).
def fences(dir, per_lang = 6, lines = 60)
  found = Hash.new { |h, k| h[k] = [] }
  Dir.glob(File.join(dir, '**/*.{md,markdown}')).sort.each do |md|
    text = File.read(md, encoding: 'utf-8').scrub
    text.scan(/^(```+|~~~+) *([\w+-]+)[^\n]*\n(.*?)^\1 *$/m) { |_, lang, code| found[lang] << code if WANTED.(lang) }
  end
  found.each do |lang, blocks|
    FileUtils.mkdir_p(File.join(CASES, lang))
    chunks = blocks.each_with_object([+'']) { |b, acc| acc << +'' if acc.last.lines.size >= lines; acc.last << b << "\n" }
    step = [chunks.size / per_lang, 1].max
    chunks.each_slice(step).map(&:first).first(per_lang).each_with_index do |chunk, i|
      File.write(File.join(CASES, lang, "fences-#{File.basename(dir)}-#{i}.txt"), chunk)
    end
  end
end

seed if ARGV.include?('--seed')
fences(ARGV[ARGV.index('--fences') + 1]) if ARGV.include?('--fences')
corpus if ARGV.include?('--corpus')

# Each folder in a fresh process: some lexers share class variables with their parent class
# (Jinja and Twig's @@keywords), set by whichever lexes first, as in a Jekyll build of one site.
# With --only, only those folders are (re)generated.
Dir.glob(File.join(CASES, '*')).sort.each do |dir|
  next unless WANTED.(File.basename(dir).sub('__', '?'))
  Process.wait(fork do
    Dir.glob(File.join(dir, '*')).sort.each do |file|
      next if file.end_with?('.html')
      lang = File.basename(dir).sub('__', '?')
      code = File.read(file, encoding: 'utf-8')
      lexer = Rouge::Lexer.find_fancy(lang, code) or abort "no Rouge lexer for #{lang}"
      html = Rouge::Formatters::HTML.new.format(lexer.lex(code))
      File.write(file.sub(/\.[^.\/]+\z/, '.html'), html)
    end
  end)
  abort "failed on #{dir}" unless $?.success?
end
