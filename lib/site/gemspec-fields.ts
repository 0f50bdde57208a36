// What ThemeDrop reads from a theme's gemspec (jekyll/drops/theme_drop.rb), taken from the
// gemspec's text: the installed specification RubyGems wrote, or a theme repository's own.
// Only literal values are understood; a value the gemspec computes reads as absent.

/** `x.field = "literal"` (a generated gemspec adds `.freeze`); undefined when the value is computed. */
export function stringField(text: string, field: string): string | undefined {
  const m = new RegExp(`^\\s*\\w+\\.${field}\\s*=\\s*(["'])((?:\\\\.|(?!\\1).)*)\\1`, 'm').exec(text);
  return m?.[2]!.replace(/\\(.)/g, '$1');
}

/** `x.authors = ["a", "b"]` as the strings it lists. */
export function listField(text: string, field: string): string[] {
  const m = new RegExp(`^\\s*\\w+\\.${field}\\s*=\\s*\\[([^\\]]*)\\]`, 'm').exec(text);
  return m ? stringsIn(m[1]!) : [];
}

const STRING = /(["'])((?:\\.|(?!\1).)*)\1/g;

function stringsIn(text: string): string[] {
  return [...text.matchAll(STRING)].map((a) => a[2]!.replace(/\\(.)/g, '$1'));
}

/**
 * Specification#metadata: `x.metadata = { "k" => "v", ... }` (over several lines too), then
 * any `x.metadata["k"] = "v"`; `{}` when the gemspec sets none.
 */
export function metadataField(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const literal = /^\s*\w+\.metadata\s*=\s*\{([^}]*)\}/m.exec(text);
  if (literal) {
    for (const pair of literal[1]!.matchAll(/(["'])((?:\\.|(?!\1).)*)\1\s*=>\s*(["'])((?:\\.|(?!\3).)*)\3/g)) out[pair[2]!] = pair[4]!;
  }
  for (const set of text.matchAll(/^\s*\w+\.metadata\[\s*(["'])((?:\\.|(?!\1).)*)\1\s*\]\s*=\s*(["'])((?:\\.|(?!\3).)*)\3/gm)) out[set[2]!] = set[4]!;
  return out;
}

/**
 * Specification#runtime_dependencies as Gem::Dependency#to_s prints them: `jekyll (>= 3.5, < 5.0)`,
 * `jekyll-feed (>= 0)` without a requirement. RubyGems writes an installed specification with
 * `add_runtime_dependency` under `if s.respond_to? :add_runtime_dependency` and every dependency,
 * development ones too, again as `add_dependency` in its `else`: only the first branch counts.
 */
export function runtimeDependencies(text: string): string[] {
  const body = runtimeBranch(text);
  const out: string[] = [];
  for (const call of body.matchAll(/\.add_(?:runtime_)?dependency\b\s*\(?\s*(?:%q<([^>]*)>|(["'])((?:\\.|(?!\2).)*)\2)(.*)$/gm)) {
    const name = call[1] ?? call[3]!;
    out.push(`${name} (${requirementToS(stringsIn(call[4]!))})`);
  }
  return out;
}

/** An installed specification's text without the `else` branch that repeats every dependency as `add_dependency`. */
export function runtimeBranch(text: string): string {
  const branch = /respond_to\?\s*:add_runtime_dependency\b([\s\S]*?)^\s*else\b/m.exec(text);
  return branch ? branch[1]! : text;
}

/** Gem::Requirement#to_s: each `op version` (op `=` when left out), joined with ", "; `>= 0` for none. */
function requirementToS(requirements: readonly string[]): string {
  const unique = [...new Set(requirements)];
  if (unique.length === 0) return '>= 0';
  return unique
    .map((r) => {
      const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*(\S.*?)\s*$/.exec(r);
      return m ? `${m[1] ?? '='} ${m[2]}` : r;
    })
    .join(', ');
}
