// Follows Rouge 3.30 lib/rouge/lexers/lua.rb (builtins: every module of lua/keywords.rb).
import type { LexerDef } from '../engine.js';

export const LUA_BUILTINS: ReadonlySet<string> = new Set(`_g _version assert collectgarbage coroutine.create coroutine.isyieldable coroutine.resume coroutine.running
  coroutine.status coroutine.wrap coroutine.yield debug.debug debug.gethook debug.getinfo debug.getlocal
  debug.getmetatable debug.getregistry debug.getupvalue debug.getuservalue debug.sethook debug.setlocal
  debug.setmetatable debug.setupvalue debug.setuservalue debug.traceback debug.upvalueid debug.upvaluejoin
  dofile error file:close file:flush file:lines file:read file:seek file:setvbuf file:write getmetatable
  io.close io.flush io.input io.lines io.open io.output io.popen io.read io.stderr io.stdin io.stdout io.tmpfile
  io.type io.write ipairs load loadfile lua_cpath lua_cpath_5_3 lua_errerr lua_errfile lua_errgcmm lua_errmem
  lua_errrun lua_errsyntax lua_hookcall lua_hookcount lua_hookline lua_hookret lua_hooktailcall lua_init
  lua_init_5_3 lua_maskcall lua_maskcount lua_maskline lua_maskret lua_maxinteger lua_mininteger lua_minstack
  lua_multret lua_noref lua_ok lua_opadd lua_opband lua_opbnot lua_opbor lua_opbxor lua_opdiv lua_opeq
  lua_opidiv lua_ople lua_oplt lua_opmod lua_opmul lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm lua_path
  lua_path_5_3 lua_refnil lua_registryindex lua_ridx_globals lua_ridx_mainthread lua_tboolean lua_tfunction
  lua_tlightuserdata lua_tnil lua_tnone lua_tnumber lua_tstring lua_ttable lua_tthread lua_tuserdata
  lua_use_apicheck lua_yield lual_buffersize luaopen_base luaopen_coroutine luaopen_debug luaopen_io
  luaopen_math luaopen_os luaopen_package luaopen_string luaopen_table luaopen_utf8 math.abs math.acos math.asin
  math.atan math.ceil math.cos math.deg math.exp math.floor math.fmod math.huge math.log math.max
  math.maxinteger math.min math.mininteger math.modf math.pi math.rad math.random math.randomseed math.sin
  math.sqrt math.tan math.tointeger math.type math.ult next os.clock os.date os.difftime os.execute os.exit
  os.getenv os.remove os.rename os.setlocale os.time os.tmpname package.config package.cpath package.loaded
  package.loadlib package.path package.preload package.searchers package.searchpath pairs pcall print rawequal
  rawget rawlen rawset require select setmetatable string.byte string.char string.dump string.find string.format
  string.gmatch string.gsub string.len string.lower string.match string.pack string.packsize string.rep
  string.reverse string.sub string.unpack string.upper table.concat table.insert table.move table.pack
  table.remove table.sort table.unpack tonumber tostring type utf8.char utf8.charpattern utf8.codepoint
  utf8.codes utf8.len utf8.offset xpcall`.split(/\s+/));

export const lua: LexerDef = {
  name: 'lua',
  states: {
    root: [
      [/#!(.*?)$/, 'Comment.Preproc'],
      [/(?:)/, 'Text', 'base'],
    ],
    base: [
      [/--\[(=*)\[.*?\]\1\]/s, 'Comment.Multiline'],
      [/--.*$/, 'Comment.Single'],
      [/(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'/i, 'Num.Float'], // sic: a quote after the number
      [/\d+e[+-]?\d+/i, 'Num.Float'],
      [/0x[0-9a-f]*/i, 'Num.Hex'],
      [/\d+/, 'Num.Integer'],
      [/\n/, 'Text'],
      [/[^\S\n]/, 'Text'],
      [/\[(=*)\[.*?\]\1\]/s, 'Str'],
      [/(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*\/%^<>#])/, 'Operator'],
      [/[\[\]\{\}\(\)\.,:;]/, 'Punctuation'],
      [/(and|or|not)\b/, 'Operator.Word'],
      [/(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b/, 'Keyword'],
      [/(local)\b/, 'Keyword.Declaration'],
      [/(true|false|nil)\b/, 'Keyword.Constant'],
      [/(function)\b/, 'Keyword', 'function_name'],
      [/[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?/, (lx, m) => {
        const name = m[0];
        if (name === 'gsub') { lx.token('Name.Builtin', name); lx.push('gsub'); }
        else if (LUA_BUILTINS.has(name)) lx.token('Name.Builtin', name);
        else if (name.includes('.')) {
          const dot = name.indexOf('.');
          lx.token('Name', name.slice(0, dot));
          lx.token('Punctuation', '.');
          lx.token('Name', name.slice(dot + 1));
        } else lx.token('Name', name);
      }],
      [/'/, 'Str.Single', 'escape_sqs'],
      [/"/, 'Str.Double', 'escape_dqs'],
    ],
    function_name: [
      [/\s+/, 'Text'],
      [/(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)/, (lx, m) => {
        lx.groups(m, 'Name.Class', 'Punctuation', 'Name.Function');
        lx.pop();
      }],
      [/\(/, 'Punctuation', '#pop'],
    ],
    gsub: [
      [/\)/, 'Punctuation', '#pop'],
      [/[(,]/, 'Punctuation'],
      [/\s+/, 'Text'],
      [/"/, 'Str.Regex', 'regex'],
    ],
    regex: [
      [/"/, (lx, m) => { lx.token('Str.Regex', m[0]); lx.goto('regex_end'); }],
      [/\[\^?/, 'Str.Escape', 'regex_group'],
      [/\\./, 'Str.Escape'],
      [/[(][?][:=<!]/, 'Str.Escape'],
      [/[{][\d,]+[}]/, 'Str.Escape'],
      [/[()?]/, 'Str.Escape'],
      [/./, 'Str.Regex'],
    ],
    regex_end: [[/[$]+/, 'Str.Regex', '#pop'], [/(?:)/, (lx) => lx.pop()]],
    regex_group: [
      [/\//, 'Str.Escape'],
      [/\]/, 'Str.Escape', '#pop'],
      [/(\\)(.)/, (lx, m) => lx.groups(m, 'Str.Escape', 'Str.Regex')],
      [/./, 'Str.Regex'],
    ],
    escape_sqs: [{ mixin: 'string_escape' }, { mixin: 'sqs' }],
    escape_dqs: [{ mixin: 'string_escape' }, { mixin: 'dqs' }],
    string_escape: [[/\\([abfnrtv\\"']|\d{1,3})/, 'Str.Escape']],
    sqs: [[/'/, 'Str.Single', '#pop'], [/[^']+/, 'Str.Single']],
    dqs: [[/"/, 'Str.Double', '#pop'], [/[^"]+/, 'Str.Double']],
  },
};
