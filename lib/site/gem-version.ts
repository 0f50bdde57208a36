// RubyGems' version order (rubygems/version.rb), for picking an installed theme gem as
// Gem::Specification.find_by_name does: `1.10.0` after `1.9.9`, `2.0.0.pre.10` after `2.0.0.pre.9`.

/** A version's segments: numbers, and letter runs that mark a prerelease. */
export type GemSegments = (number | string)[];

/** Gem::Version#canonical_segments: numbers and letter runs, trailing zeros dropped from the release and the prerelease part. */
export function gemSegments(version: string): GemSegments {
  const all: GemSegments = (version.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const firstString = all.findIndex((s) => typeof s === 'string');
  const parts = firstString < 0 ? [all] : [all.slice(0, firstString), all.slice(firstString)];
  return parts.flatMap((part) => {
    let end = part.length;
    while (end > 0 && part[end - 1] === 0) end--;
    return part.slice(0, end);
  });
}

/** Gem::Version#prerelease?: the version holds a letter. */
export function isPrerelease(version: GemSegments): boolean {
  return version.some((s) => typeof s === 'string');
}

/** Gem::Version#<=>: a missing segment is 0, a letter segment sorts before a number. */
export function compareGemVersions(a: GemSegments, b: GemSegments): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const l = a[i] ?? 0;
    const r = b[i] ?? 0;
    if (l === r) continue;
    if (typeof l === 'string' && typeof r === 'number') return -1;
    if (typeof l === 'number' && typeof r === 'string') return 1;
    return l < r ? -1 : 1;
  }
  return 0;
}

/** A version's segments as written (Gem::Version#segments, trailing zeros kept): `2.5.0` is [2, 5, 0]. */
function writtenSegments(version: string): GemSegments {
  return (version.match(/[0-9]+|[a-z]+/gi) ?? []).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** Gem::Version#bump: the prerelease part and the last release segment dropped, the new last one incremented (`~> 2.5.1` is below 2.6). */
function bump(version: string): GemSegments {
  const segments = writtenSegments(version);
  while (segments.some((s) => typeof s === 'string')) segments.pop();
  if (segments.length > 1) segments.pop();
  segments[segments.length - 1] = Number(segments[segments.length - 1] ?? 0) + 1;
  return segments;
}

/**
 * Gem::Requirement#satisfied_by? for one requirement (`0.1.0`, `~> 2.5`, `>= 1.2`, `!= 1.0`):
 * what Bundler resolves a Gemfile's `gem "x", "~> 2.5"` against. One it cannot read allows any version.
 */
export function satisfiesRequirement(version: GemSegments, requirement: string): boolean {
  const m = /^\s*(=|!=|>=|<=|>|<|~>)?\s*([0-9][0-9A-Za-z.-]*)\s*$/.exec(requirement);
  if (!m) return true;
  const c = compareGemVersions(version, gemSegments(m[2]!));
  switch (m[1] ?? '=') {
    case '=': return c === 0;
    case '!=': return c !== 0;
    case '>': return c > 0;
    case '<': return c < 0;
    case '>=': return c >= 0;
    case '<=': return c <= 0;
    default: return c >= 0 && compareGemVersions(version, bump(m[2]!)) < 0;
  }
}
