// Follows Rouge 3.30 lib/rouge/lexers/opentype_feature_file.rb.
import { rx, type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

const KEYWORDS = wordSet(`Ascender Attach AxisValue CapHeight CaretOffset CodePageRange DesignAxis Descender ElidedFallbackName
  ElidedFallbackNameID ElidableAxisValueName FeatUILabelNameID FeatUITooltipTextNameID FontRevision FSType
  GlyphClassDef HorizAxis.BaseScriptList HorizAxis.BaseTagList HorizAxis.MinMax IgnoreBaseGlyphs
  IgnoreLigatures IgnoreMarks LigatureCaretByDev LigatureCaretByIndex LigatureCaretByPos LineGap
  MarkAttachClass MarkAttachmentType NULL OlderSiblingFontAttribute Panose ParamUILabelNameID RightToLeft
  SampleTextNameID TypoAscender TypoDescender TypoLineGap UnicodeRange UseMarkFilteringSet Vendor VertAdvanceY
  VertAxis.BaseScriptList VertAxis.BaseTagList VertAxis.MinMax VertOriginY VertTypoAscender VertTypoDescender
  VertTypoLineGap WeightClass WidthClass XHeight anchorDef anchor anonymous anon by contour cursive device
  enumerate enum exclude_dflt featureNames feature flag from ignore include_dflt include languagesystem
  language location lookupflag lookup markClass mark nameid name parameters position pos required reversesub
  rsub script sizemenuname substitute subtable sub table useExtension valueRecordDef winAscent winDescent`);
const IDENTIFIER = '[a-zA-Z_][a-zA-Z0-9\\/_.-]*'; // /[a-z_][a-z0-9\/_.-]*/i

export const opentypeFeatureFile: LexerDef = {
  name: 'opentype_feature_file',
  aliases: ['fea', 'opentype', 'opentypefeature'],
  states: {
    root: [
      [/\s+/, 'Text.Whitespace'],
      [/#.*$/, 'Comment'],
      [/(anonymous|anon|feature|lookup|table)((?:\s)+)/, (lx, m) => { lx.groups(m, 'Keyword', 'Text'); lx.push('featurename'); }],
      [/(\})((?:\s))/, (lx, m) => { lx.groups(m, 'Punctuation', 'Text'); lx.push('featurename'); }],
      [/include\b/i, 'Keyword', 'includepath'],
      [/[\-\[\]\/(){},.:;=%*<>']/, 'Punctuation'],
      [/`.*?/, 'Str.Backtick'],
      [/\"/, 'Str', 'strings'],
      [/\\[^.*\s]+/i, 'Str.Escape'],
      [rx(`@${IDENTIFIER}`), 'Name.Class'],
      [rx(`(?<!\\.)${IDENTIFIER}`), (lx, m) => lx.token(KEYWORDS.has(m[0]) ? 'Keyword' : 'Name', m[0])],
      [rx(IDENTIFIER), 'Name'],
      [/(?:0x|\\)[0-9A-Fa-f]+/, 'Num.Hex'],
      [/-?\d+/, 'Num.Integer'],
    ],
    featurename: [[rx(IDENTIFIER), 'Name.Function', '#pop']],
    includepath: [[/\s+/, 'Text.Whitespace'], [/\)/, 'Punctuation', '#pop'], [/\(/, 'Punctuation'], [/[^\s()]+/, 'Str']],
    strings: [[/"/, 'Str', '#pop'], [/[^"%\n]+/, 'Str']],
  },
};
