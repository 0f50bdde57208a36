// For scripts/fuzz-kramdown-shapes.mjs: code blocks for many Rouge lexers, fed a soup of code
// tokens (strings, comments, numbers, heredocs, prompts). Not wollok: its class names live for the
// whole Ruby process (lexers/wollok.ts), so the long-running oracle remembers earlier texts.
export const LANGS = ['python', 'py', 'js', 'javascript', 'ts', 'typescript', 'ruby', 'rb', 'bash', 'sh', 'shell', 'zsh', 'console', 'shell-session', 'yaml', 'yml', 'json', 'html', 'xml', 'css', 'scss', 'sass', 'less', 'c', 'cpp', 'c++', 'java', 'go', 'rust', 'php', 'sql', 'mysql', 'diff', 'patch', 'markdown', 'md', 'liquid', 'jsx', 'tsx', 'kotlin', 'swift', 'r', 'matlab', 'perl', 'lua', 'haskell', 'elixir', 'erlang', 'scala', 'dockerfile', 'docker', 'make', 'makefile', 'nginx', 'ini', 'toml', 'powershell', 'ps1', 'bat', 'batch', 'vim', 'tex', 'latex', 'plaintext', 'text', 'txt', 'csharp', 'cs', 'fsharp', 'ocaml', 'clojure', 'common_lisp', 'julia', 'dart', 'objc', 'objective-c', 'graphql', 'http', 'apache', 'erb', 'jinja', 'django', 'twig', 'handlebars', 'vue', 'properties', 'groovy', 'gradle', 'protobuf', 'hcl', 'terraform', 'solidity', 'zig', 'nim', 'crystal', 'coffeescript', 'elm', 'irb', 'jsonc', 'json5', 'csv', 'tsv', 'awk', 'sed', 'tcl', 'viml', 'cmake', 'nix', 'graphviz', 'dot', 'sparql', 'prolog', 'scheme', 'racket', 'fortran', 'pascal', 'delphi', 'vb', 'vbnet', 'asm', 'nasm', 'llvm', 'glsl', 'hlsl', 'cuda', 'd', 'haxe', 'pony', 'reason', 'sml', 'q', 'apex', 'abap', 'ada', 'plsql', 'postgresql', 'tsql', 'gherkin', 'cucumber', 'robot', 'puppet', 'augeas', 'systemd', 'ssh', 'conf', 'jsp', 'mason', 'slim', 'haml', 'pug', 'stylus', 'mathematica', 'stan', 'sas', 'stata', 'verilog', 'vhdl', 'lean', 'coq', 'idris', 'isabelle', 'smalltalk', 'io', 'factor', 'j', 'janet', 'hy', 'lisp', 'elisp', 'eex', 'svelte', 'wasm', 'tap', 'toml', 'xquery', 'xpath', 'turtle', 'ttcn3', 'varnish', 'velocity', 'xojo', 'yang', 'syzlang', 'supercollider', 'sqf', 'sieve', 'rego', 'prometheus', 'praat', 'postscript', 'openedge', 'ocl', 'nial', 'msgtrans', 'mosel', 'minizinc', 'magik', 'lustre', 'lasso', 'jsl', 'igorpro', 'idlang', 'hocon', 'hack', 'gdscript', 'freefem', 'fluent', 'email', 'ecl', 'digdag', 'dafny', 'cypher', 'cfscript', 'ceylon', 'brightscript', 'bpf', 'bibtex', 'bbcbasic', 'armasm', 'apiblueprint', 'actionscript', 'biml', 'clean', 'cmhg', 'cython', 'datastudio', 'eiffel', 'epp', 'ghc-cmm', 'ghc-core', 'glsl', 'isbl', 'jsonnet', 'literate_haskell', 'livescript', 'm68k', 'meson', 'moonscript', 'mxml', 'nesasm', 'opentype_feature_file', 'plist', 'q', 'qml', 'slice', 'smarty', 'sass', 'tulip', 'vala'];
const CODE_TOK = ['x', 'foo', 'Bar', '_y', 'self', 'this', 'def', 'fn', 'func', 'function', 'class', 'end', 'do', 'if', 'else', 'elif', 'then', 'fi', 'for', 'in', 'while', 'return', 'let', 'var', 'const', 'import', 'from', 'package', 'public', 'static', 'void', 'int', 'string', 'true', 'false', 'nil', 'null', 'None', 'undefined', 'select', 'SELECT', 'FROM', 'where', 'module', 'struct', 'impl', 'match', 'case', 'when', 'lambda', 'async', 'await', 'yield', 'new', 'echo', 'print', 'puts', 'require', 'include', '#include', '#define', '@decorator', '@attr', '$var', '${x}', '$(cmd)', '%w', '&&', '||', '|', '>>', '<<', '->', '=>', '::', ':', ';', ',', '.', '..', '...', '=', '==', '===', '!=', '+', '-', '*', '/', '%', '^', '~', '!', '?', '??', '?.', '(', ')', '[', ']', '{', '}', '<', '>', '</', '/>', '"', "'", '`', '\\', '\\n', '"str"', "'s'", '"a\\"b"', "'it\\'s'", '`t ${a} `', '"""doc"""', "'''d'''", 'r"\\d+"', 'b"x"', 'f"{x!r}"', '"#{x}"', '%q{a}', '<<EOF', '<<-EOS', 'EOF', '<<~HEREDOC', '// c', '# c', '/* c */', '/*', '*/', '-- c', '<!-- c -->', '% c', '; c', '(* c *)', '{- c -}', '"""', '#!/bin/sh', '#!/usr/bin/env python', '0x1F', '1e-3', '1_000', '0b101', '.5', '1.', '42L', '3.14f', '1i', '0o17', '1n', '08', '1.2.3', '/a+b/g', '/[/]/', 's/a/b/g', '@', '#', '$', '&', '<div class="c">', '</div>', '<?php', '?>', '<%=', '%>', '{{ x }}', '{% if %}', '---', '+++', '@@ -1 +1 @@', '- old', '+ new', 'key: value', '- item', '  nested:', '[section]', 'k = "v"', '"k": [1, 2]', '=begin', '=end', '__END__', '\t', '中文', 'é', '😀', '\\u00e9', 'λ', '→', 'NaN', 'Infinity', '$ ', '> ', 'PS C:\\>', '>>> ', 'irb(main):001:0>', '=> 1', '&amp;', '<', '&lt;'];
export function makeCode({ int, pick, chance }, ind) {
  const codeSoup = () => {
    let s = '';
    for (let i = 0, n = 3 + int(40); i < n; i++) {
      const q = int(10);
      if (q < 7) s += pick(CODE_TOK) + pick(['', ' ', ' ', ' ', '  ']);
      else if (q === 7) s += pick(['\n', '\n', '\n    ', '\n  ', '\n\t', '\n\n']);
      else if (q === 8) s += pick(CODE_TOK) + pick(CODE_TOK);
      else s += '\n' + pick(CODE_TOK) + ' ';
    }
    return s.replace(/^\n+/, '').replace(/```|~~~/g, '``');
  };
  return () => {
    const lang = chance(0.95) ? pick(LANGS) : '';
    const body = codeSoup();
    return pick([
      () => `\`\`\`${lang}\n${body}\n\`\`\`\n`,
      () => `~~~ ${lang}\n${body}\n~~~\n`,
      () => `${ind(body, '    ')}\n${lang ? `{: .language-${lang}}\n` : ''}`,
      () => `- item\n\n  \`\`\`${lang}\n${ind(body, '  ')}\n  \`\`\`\n`,
      () => `\`${body.split('\n')[0].replace(/`/g, '')}\`{: .language-${lang || 'x'}} in a line\n`,
    ])();
  };
}
