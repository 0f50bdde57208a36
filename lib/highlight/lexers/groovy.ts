// Follows Rouge 3.30 lib/rouge/lexers/groovy.rb (and gradle.rb, which adds words).
import { type LexerDef } from '../engine.js';
import { wordSet } from '../regex.js';

export interface GroovyWords {
  readonly keywords: ReadonlySet<string>; readonly declarations: ReadonlySet<string>;
  readonly types: ReadonlySet<string>; readonly constants: ReadonlySet<string>;
}

export const GROOVY_WORDS: GroovyWords = {
  keywords: wordSet(`assert break case catch continue default do else finally for
    if goto instanceof new return switch this throw try while in as`),
  declarations: wordSet(`abstract const enum extends final implements native private
    protected public static strictfp super synchronized throws transient volatile`),
  types: wordSet('def boolean byte char double float int long short void'),
  constants: wordSet('true false null'),
};

export function groovyLexer(name: string, w: GroovyWords): LexerDef {
  return {
    name,
    states: {
      root: [
        [/^(\s*(?:\w[\w.\[\]]*\s+)+?)(\w\w*)(\s*)(\()/, (lx, m) => {
          lx.recurse(m[1]!); // delegate self.clone
          lx.token('Name.Function', m[2]);
          lx.token('Text', m[3]);
          lx.token('Operator', m[4]);
        }],
        [/[^\S\n]+/, 'Text'],
        [/\/\/.*?$/, 'Comment.Single'],
        [/\/[*].*?[*]\//s, 'Comment.Multiline'],
        [/@\w[\w.]*/, 'Name.Decorator'],
        [/(class|interface|trait)\b/, 'Keyword.Declaration', 'class'],
        [/package\b/, 'Keyword.Namespace', 'import'],
        [/import\b/, 'Keyword.Namespace', 'import'],
        [/""".*?"""/s, 'Str.Double'],
        [/'''.*?'''/s, 'Str.Single'],
        [/"(\\.|\\\n|.)*?"/, 'Str.Double'],
        [/'(\\.|\\\n|.)*?'/, 'Str.Single'],
        [/\$\/(\$.|.)*?\/\$/s, 'Str'],
        [/\/(\\.|\\\n|.)*?\//, 'Str'],
        [/'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'/, 'Str.Char'],
        [/(\.)([a-zA-Z_][a-zA-Z0-9_]*)/, (lx, m) => lx.groups(m, 'Operator', 'Name.Attribute')],
        [/[a-zA-Z_][a-zA-Z0-9_]*:/, 'Name.Label'],
        [/[a-zA-Z_$][a-zA-Z0-9_]*/, (lx, m) => {
          const id = m[0];
          lx.token(w.keywords.has(id) ? 'Keyword' : w.declarations.has(id) ? 'Keyword.Declaration'
            : w.types.has(id) ? 'Keyword.Type' : w.constants.has(id) ? 'Keyword.Constant' : 'Name', id);
        }],
        [/[~^*!%&\[\](){}<>|+=:;,.\/?-]/, 'Operator'],
        [/\d+\.\d+([eE]\d+)?[fd]?/, 'Num.Float'],
        [/0x[0-9a-f]+/, 'Num.Hex'],
        [/[0-9]+L?/, 'Num.Integer'],
        [/\n/, 'Text'],
      ],
      class: [[/\s+/, 'Text'], [/\w\w*/, 'Name.Class', '#pop']],
      import: [[/\s+/, 'Text'], [/[\w.]+[*]?/, 'Name.Namespace', '#pop']],
    },
  };
}

export const groovy = groovyLexer('groovy', GROOVY_WORDS);

const plus = (a: ReadonlySet<string>, more: string): ReadonlySet<string> => new Set([...a, ...wordSet(more)]);
export const gradle = groovyLexer('gradle', {
  ...GROOVY_WORDS,
  keywords: plus(GROOVY_WORDS.keywords, 'allprojects artifacts buildscript configuration dependencies repositories sourceSets subprojects publishing'),
  types: plus(GROOVY_WORDS.types, `Project Task Gradle Settings Script JavaToolChain SourceSet
    SourceSetOutput IncrementalTaskInputs Configuration ResolutionStrategy ArtifactResolutionQuery ComponentSelection
    ComponentSelectionRules ConventionProperty ExtensionAware ExtraPropertiesExtension PublishingExtension IvyPublication
    IvyArtifact IvyArtifactSet IvyModuleDescriptorSpec MavenPublication MavenArtifact MavenArtifactSet MavenPom
    PluginDependenciesSpec PluginDependencySpec ResourceHandler TextResourceFactory`),
});
