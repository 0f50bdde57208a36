// Follows Rouge 3.30 lib/rouge/lexers/ocl.rb.
import type { LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet('context pre post inv init body def derive if then else endif import package endpackage let in');
const TYPES = wordSet(`Boolean Integer UnlimitedNatural Real String OrderedSet Tuple Bag Set Sequence OclInvalid OclVoid
  TupleType OclState Collection OclMessage`);
const BUILTINS = wordSet('self null result true false invalid @pre');
const OPERATORS = wordSet('or xor and not implies');
const FUNCTIONS = wordSet(`oclAsSet oclIsNew oclIsUndefined oclIsInvalid oclAsType oclIsTypeOf oclIsKindOf oclInState oclType
  oclLocale hasReturned result isSignalSent isOperationCallabs floor round max min toString div mod size substring concat
  toInteger toReal toUpperCase toLowerCase indexOf equalsIgnoreCase at characters toBoolean includes excludes count
  includesAll excludesAll isEmpty notEmpty sum product selectByKind selectByType asBag asSequence asOrderedSet asSet
  flatten union intersection including excluding symmetricDifferencecount append prepend insertAt subOrderedSet first
  last reverse subSequence any closure collect collectNested exists forAll isUnique iterate one reject select sortedBy
  allInstances average conformsTo`);

export const ocl: LexerDef = {
  name: 'ocl',
  aliases: ['OCL'],
  states: {
    single_string: [[/\\./, 'Str.Escape'], [/'/, 'Str.Single', '#pop'], [/[^\\']+/, 'Str.Single']],
    root: [
      [/\s+/, 'Text'],
      [/--.*/, 'Comment.Single'],
      [/\d+/, 'Num.Integer'],
      [/'/, 'Str.Single', 'single_string'],
      [/[->|+*\/<>=~!@#%&|?^-]/, 'Operator'],
      [/[;:()\[\],.]/, 'Punctuation'],
      [/\w[\w\d]*/, (lx, m) => lx.token(OPERATORS.has(m[0]) ? 'Operator' : TYPES.has(m[0]) ? 'Keyword.Declaration'
        : KEYWORDS.has(m[0]) ? 'Keyword' : BUILTINS.has(m[0]) ? 'Name.Builtin' : FUNCTIONS.has(m[0]) ? 'Name.Function' : 'Name', m[0])],
    ],
  },
};
