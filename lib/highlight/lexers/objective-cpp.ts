// Follows Rouge 3.30 lib/rouge/lexers/objective_cpp.rb: C++ with ObjectiveCCommon's rules before
// Cpp's (its `extended` hook prepends them), and its own two rules before those.
import { wordSet } from '../regex.js';
import { CPP_WORDS, cppLexer } from './cpp.js';
import { OBJC_ROOT, OBJC_STATEMENTS, OBJC_STATES } from './objective-c.js';

export const objectiveCpp = cppLexer('objective_cpp',
  ['objcpp', 'obj-cpp', 'obj_cpp', 'objectivecpp', 'objc++', 'obj-c++', 'obj_c++', 'objectivec++'],
  { ...CPP_WORDS, builtins: wordSet('YES NO nil') }, {
    root: OBJC_ROOT,
    statements: [
      [/(\.)(class)/, (lx, m) => lx.groups(m, 'Operator', 'Name.Builtin.Pseudo')],
      [/(@selector)(\()(class)(\))/, (lx, m) => lx.groups(m, 'Keyword', 'Punctuation', 'Name.Builtin.Pseudo', 'Punctuation')],
      ...OBJC_STATEMENTS,
    ],
    states: OBJC_STATES,
  });
