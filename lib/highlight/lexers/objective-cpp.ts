// Follows Rouge 3.30 lib/rouge/lexers/objective_cpp.rb: C++ with ObjectiveCCommon's rules before
// Cpp's (its `extended` hook prepends them), and its own two rules before those.
import { wordSet } from '../regex.js';
import { cLexer } from './c.js';
import { CPP_EXTRA, CPP_WORDS } from './cpp.js';
import { OBJC_ROOT, OBJC_STATEMENTS, OBJC_STATES } from './objective-c.js';

export const objectiveCpp = cLexer('objective_cpp',
  ['objcpp', 'obj-cpp', 'obj_cpp', 'objectivecpp', 'objc++', 'obj-c++', 'obj_c++', 'objectivec++'],
  { ...CPP_WORDS, builtins: wordSet('YES NO nil') }, {
    root: [...OBJC_ROOT, ...(CPP_EXTRA.root ?? [])],
    statements: [
      [/(\.)(class)/, (lx, m) => lx.groups(m, 'Operator', 'Name.Builtin.Pseudo')],
      [/(@selector)(\()(class)(\))/, (lx, m) => lx.groups(m, 'Keyword', 'Punctuation', 'Name.Builtin.Pseudo', 'Punctuation')],
      ...OBJC_STATEMENTS,
      ...(CPP_EXTRA.statements ?? []),
    ],
    states: { ...CPP_EXTRA.states, ...OBJC_STATES },
  });
