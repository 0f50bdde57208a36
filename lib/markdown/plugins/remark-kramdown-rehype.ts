// mdast → hast with kramdown's handlers: a lean remark-rehype. The handlers
// have remark-rehype's signature (state, node, parent) and give the same HTML
// under remark-rehype (test/markdown/remark-rehype.test.ts checks it), but
// remark-rehype's per-document setup (merging ~70 handlers, visiting the tree
// for definitions we never produce) cost three quarters of the conversion time
// of a short post, so the converter bridges with this instead.
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { Handler } from './handlers-block.js';

type N = any;

export interface RemarkKramdownRehypeOptions {
  readonly handlers: Readonly<Record<string, Handler>>;
}

/** The `state` the handlers get for one document (remark-rehype's one and all). */
export function createBridgeState(handlers: Readonly<Record<string, Handler>>): N {
  const state: N = {
    handlers,
    options: {},
    one(node: N, parent?: N) {
      const handle = handlers[node.type];
      return handle ? handle(state, node, parent) : state.all(node);
    },
    all(parent: N) {
      const out: N[] = [];
      const children: N[] | undefined = parent.children;
      if (!children) return out;
      for (const child of children) {
        const result = state.one(child, parent);
        if (Array.isArray(result)) for (const r of result) out.push(r);
        else if (result) out.push(result);
      }
      return out;
    },
  };
  return state;
}

export default function remarkKramdownRehype(settings: RemarkKramdownRehypeOptions) {
  const handlers = settings.handlers;
  return (tree: MdastRoot): HastRoot => createBridgeState(handlers).one(tree) as HastRoot;
}
