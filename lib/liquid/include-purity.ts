// Can an include's output differ from one page to another? Read from its parsed
// templates, conservatively: a template is page-independent when every value it prints,
// tests, loops over or passes to a filter comes from literals, from `site.*` (minus
// what changes while pages render: `site.related_posts`, and the documents' content,
// output and excerpt), from its own literal parameters, or from variables it set itself
// before reading them; when its tags are Liquid's plain ones (no include, cycle,
// increment, custom tag) and its filters the build's own pure ones (no `*_exp`, no
// `sample`, no plugin filter). Anything else, or anything not understood, is not shared.
import { TokenKind } from 'liquidjs';
import type { Template } from 'liquidjs';
import { printedValue } from './sync-output.js';

/** What the analysis needs to know of the build. */
export interface IncludeShape {
  /** The engine's tag classes and filter functions before any plugin registered its own. */
  readonly tags: Readonly<Record<string, unknown>>;
  readonly filters: Readonly<Record<string, unknown>>;
  /** `site.*` keys holding documents: pages, posts, html_pages, documents, each collection. */
  readonly documentLists: ReadonlySet<string>;
}

export interface Verdict {
  /** Every name the include's `assign` and `capture` tags set. */
  readonly assigned: readonly string[];
  /**
   * The `site.*` lists of documents it reads. A Sass page's source map joins site.pages
   * while pages render (jekyll-sass-converter's `site.pages << source_map_page`): a shared
   * output is kept per length of these lists.
   */
  readonly lists: readonly string[];
}

/**
 * A value's kind: `stable` is the same for every page; `doc` comes from documents (a
 * document, a list of them): the same objects for every page, but their content changes
 * as pages render, so they may be tested and looped over, not printed. `index` is
 * site.categories or site.tags (each name → its documents), `pair` one [name, documents]
 * of it: the name and the count may be printed, the documents only as documents.
 */
type Kind = 'stable' | 'doc' | 'index' | 'pair';

type Token = { kind: number; content?: unknown; props?: Token[]; variable?: Token; operator?: string };
type FilterLike = { name: string; args: Array<Token | [string, Token]>; handler: unknown };
type ValueLike = { initial: { postfix: Token[] }; filters: FilterLike[] };
type Node = Record<string, unknown> & { name?: string; token?: { kind?: number } };

// What changes on a document while pages render (renderer.rb assigns content and output; the excerpt renders on first read).
const VOLATILE = new Set(['content', 'output', 'excerpt']);
// What of a document may be printed: the fields a menu or header shows.
const SCALAR = new Set(['title', 'url', 'date', 'id', 'slug', 'name', 'path', 'relative_path', 'collection', 'categories', 'tags', 'lang', 'description', 'layout', 'permalink', 'basename', 'ext', 'draft', 'size']);
const TAGS = new Set(['if', 'unless', 'case', 'for', 'assign', 'capture', 'comment', 'raw', '#', 'break', 'continue']);
const FILTERS = new Set(
  ('append prepend escape escape_once url_encode url_decode uri_escape cgi_escape xml_escape slugify strip lstrip rstrip strip_html ' +
    'strip_newlines newline_to_br normalize_whitespace downcase upcase capitalize replace replace_first replace_last remove remove_first ' +
    'remove_last split join truncate truncatewords size default first last reverse sort sort_natural uniq compact map where find group_by ' +
    'concat push unshift pop shift array_to_sentence_string plus minus times divided_by modulo round ceil floor abs at_least at_most date ' +
    'date_to_xmlschema date_to_string date_to_long_string date_to_rfc822 relative_url absolute_url jsonify number_of_words inspect ' +
    'to_integer slice').split(' '),
);
// Filters that keep documents documents, or read one of their fields.
const ON_DOCUMENTS = new Set(['first', 'last', 'reverse', 'where', 'sort', 'map', 'size']);

class NotShared extends Error {}
const NOT_SHARED = new NotShared();
function no(): never {
  throw NOT_SHARED;
}

interface Scope {
  /** Loop variables of the enclosing `for` tags, innermost last set. */
  readonly loops: Map<string, Kind>;
  /** Variables certainly set by the include before this point, and their kind. */
  readonly assigned: Map<string, Kind>;
  readonly inLoop: boolean;
}

/** The verdict for an include's templates; undefined when its output may depend on the page. */
export function analyzeInclude(templates: Template[], shape: IncludeShape, hasParams: boolean): Verdict | undefined {
  const analysis = new Analysis(shape, hasParams);
  try {
    analysis.list(templates as unknown as Node[], { loops: new Map(), assigned: new Map(), inLoop: false });
  } catch (e) {
    if (e === NOT_SHARED) return undefined;
    throw e;
  }
  return { assigned: [...analysis.assignedNames], lists: [...analysis.lists] };
}

/** Is an output's value (`{{ "/x.css" | relative_url }}`, `{{ site.title | escape }}`) the same on every page, lists of documents aside? */
export function isSiteConstant(value: unknown, shape: IncludeShape): boolean {
  const analysis = new Analysis(shape, false);
  try {
    return analysis.value(value as ValueLike, { loops: new Map(), assigned: new Map(), inLoop: false }) === 'stable' && analysis.lists.size === 0;
  } catch (e) {
    if (e === NOT_SHARED) return false;
    throw e;
  }
}

const join = (a: Kind | undefined, b: Kind): Kind => (a === 'stable' && b === 'stable' ? 'stable' : 'doc');

class Analysis {
  readonly assignedNames = new Set<string>();
  readonly lists = new Set<string>();

  constructor(
    private readonly shape: IncludeShape,
    private readonly hasParams: boolean,
  ) {}

  /** A template list in order; `scope.assigned` grows with its assignments. */
  list(nodes: Node[], scope: Scope): void {
    for (const node of nodes) this.node(node, scope);
  }

  /** A nested list (a branch, a loop body): what it may assign is only possibly assigned after it. */
  block(nodes: Node[], scope: Scope): void {
    const inner: Scope = { ...scope, assigned: new Map(scope.assigned) };
    this.list(nodes, inner);
    for (const [name, kind] of inner.assigned) if (scope.assigned.has(name)) scope.assigned.set(name, join(scope.assigned.get(name), kind));
  }

  node(node: Node, scope: Scope): void {
    const kind = node.token?.kind;
    if (kind === TokenKind.HTML) return;
    if (kind === TokenKind.Output) {
      if (this.value(node['value'] as ValueLike, scope) !== 'stable') no();
      return;
    }
    const name = node.name;
    if (kind !== TokenKind.Tag || name === undefined || !TAGS.has(name) || this.shape.tags[name] !== node.constructor) no();
    switch (name) {
      case 'if':
      case 'unless':
        for (const branch of node['branches'] as Array<{ value: ValueLike; templates: Node[] }>) {
          this.condition(branch.value, scope);
          this.block(branch.templates, scope);
        }
        this.block((node['elseTemplates'] as Node[] | undefined) ?? [], scope);
        return;
      case 'case':
        this.condition(node['value'] as ValueLike, scope);
        for (const branch of node['branches'] as Array<{ values: Token[]; templates: Node[] }>) {
          for (const v of branch.values) this.operand(v, scope);
          this.block(branch.templates, scope);
        }
        this.block(node['elseTemplates'] as Node[], scope);
        return;
      case 'for':
        return this.loop(node, scope);
      case 'assign': {
        const key = String(node['key']);
        const valueKind = this.value(node['value'] as ValueLike, scope);
        this.assignedNames.add(key);
        scope.assigned.set(key, valueKind);
        return;
      }
      case 'capture': {
        const key = String(node['variable']);
        this.block(node['templates'] as Node[], scope);
        this.assignedNames.add(key);
        scope.assigned.set(key, 'stable');
        return;
      }
      case 'break':
      case 'continue':
        // outside a loop of the include, they would stop the page's own loop
        if (!scope.inLoop) no();
        return;
      default: // comment, raw
        return;
    }
  }

  /** `for v in collection limit: n offset: n reversed`: its body runs with `v` and `forloop` set. */
  loop(node: Node, scope: Scope): void {
    const collection = this.operand(node['collection'] as Token, scope);
    for (const arg of Object.values((node['hash'] as { hash: Record<string, Token | undefined> }).hash)) {
      // `offset: continue` reads a register the page may have set
      if (arg !== undefined && this.operand(arg, scope) !== 'stable') no();
    }
    // site.categories/site.tags (or their sort) give [name, documents] pairs; a pair, a name and its documents
    const item: Kind = collection === 'index' ? 'pair' : collection === 'pair' ? 'doc' : collection;
    const loops = new Map(scope.loops).set(String(node['variable']), item).set('forloop', 'stable');
    // A name the body assigns may be read at the next iteration with the value it set there:
    // its kind is settled over the iterations (it can only go from stable to doc).
    const entry = new Map(scope.assigned);
    for (let changed = true; changed; ) {
      const inner: Scope = { loops, assigned: new Map(entry), inLoop: true };
      this.list(node['templates'] as Node[], inner);
      changed = false;
      for (const [name, kind] of inner.assigned) {
        const before = entry.get(name);
        if (before !== undefined && join(before, kind) !== before) {
          entry.set(name, 'doc');
          changed = true;
        }
      }
    }
    for (const [name, kind] of entry) if (scope.assigned.has(name)) scope.assigned.set(name, kind);
    this.block(node['elseTemplates'] as Node[], scope);
  }

  /** A condition (`if`, `unless`, `case`): operators and operands of any kind, filters as a value's. */
  condition(value: ValueLike, scope: Scope): void {
    const postfix = value.initial.postfix;
    if (postfix.length === 1) this.value(value, scope);
    else {
      for (const token of postfix) if (token.kind !== TokenKind.Operator) this.operand(token, scope);
      this.filters(value.filters, 'stable', scope);
    }
  }

  /** A value with its filters (an output, an assign): its kind. */
  value(value: ValueLike, scope: Scope): Kind {
    const postfix = value.initial.postfix;
    if (postfix.length !== 1) no();
    return this.filters(value.filters, this.operand(postfix[0]!, scope), scope);
  }

  filters(filters: readonly FilterLike[], input: Kind, scope: Scope): Kind {
    let kind = input;
    for (const f of filters) {
      if (f.handler === printedValue && f.args.length === 0) {
        if (kind !== 'stable') no();
        continue;
      }
      const own = this.shape.filters[f.name];
      if (!FILTERS.has(f.name) || f.handler !== (typeof own === 'function' ? own : (own as { handler?: unknown } | undefined)?.handler)) no();
      for (const arg of f.args) if (this.operand(Array.isArray(arg) ? arg[1] : arg, scope) !== 'stable') no();
      if (kind === 'doc') kind = this.onDocuments(f);
      else if (kind === 'index') kind = f.name === 'size' ? 'stable' : f.name === 'sort' && f.args.length === 0 ? 'index' : no();
      else if (kind === 'pair') kind = f.name === 'size' || f.name === 'first' ? 'stable' : f.name === 'last' ? 'doc' : no();
    }
    return kind;
  }

  /** A filter given documents: their count, some of them, or a field shown in a menu. */
  onDocuments(f: FilterLike): Kind {
    if (!ON_DOCUMENTS.has(f.name)) no();
    if (f.name === 'size') return 'stable';
    if (f.name === 'first' || f.name === 'last' || f.name === 'reverse') return 'doc';
    const field = f.args[0];
    if (Array.isArray(field) || field === undefined || typeof field.content !== 'string' || field.kind === TokenKind.PropertyAccess) no();
    if (f.name === 'map') return SCALAR.has(field.content) ? 'stable' : no();
    return VOLATILE.has(field.content) ? no() : 'doc';
  }

  /** A literal or a variable path (`a.b[c]`): its kind. */
  operand(token: Token, scope: Scope): Kind {
    if ('content' in token && token.kind !== TokenKind.PropertyAccess) return 'stable';
    if (token.kind !== TokenKind.PropertyAccess || token.variable !== undefined) no();
    const props = token.props!;
    const root = props[0]?.content;
    if (typeof root !== 'string') no();
    let kind: Kind | 'site' | undefined = scope.loops.get(root) ?? scope.assigned.get(root);
    if (kind === undefined) {
      if (root === 'site') kind = 'site';
      else if (root === 'include' && this.hasParams) kind = 'stable';
      else no();
    }
    let last: unknown;
    for (const prop of props.slice(1)) {
      const key = 'content' in prop && prop.kind !== TokenKind.PropertyAccess ? prop.content : undefined;
      if (key === undefined && this.operand(prop, scope) !== 'stable') no();
      if (kind === 'site') {
        if (typeof key !== 'string' || key === 'related_posts' || key === 'collections') no();
        const list = this.shape.documentLists.has(key);
        if (list) this.lists.add(key);
        // site.categories/site.tags hold documents: the hash itself is not printed (`jsonify`, `inspect`)
        kind = list ? 'doc' : key === 'categories' || key === 'tags' ? 'index' : 'stable';
        last = undefined;
        continue;
      } else if (kind === 'index') {
        kind = key === 'size' ? 'stable' : 'doc';
      } else if (kind === 'pair') {
        kind = key === 0 || key === 'first' || key === 'size' ? 'stable' : key === 1 || key === 'last' ? 'doc' : no();
        last = undefined;
        continue;
      } else if (kind === 'doc' && typeof key === 'string' && VOLATILE.has(key)) no();
      last = key;
    }
    if (kind === 'site') return 'doc';
    // a document's field that menus print is the same on every page
    return kind === 'doc' && props.length > 1 && typeof last === 'string' && SCALAR.has(last) ? 'stable' : kind;
  }
}
