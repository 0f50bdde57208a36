// cmark-gfm 0.29.0.gfm.6, the C parser commonmarker 0.23.6 carries (jekyll-commonmark's), compiled
// to WebAssembly (vendor/cmark-gfm/cmark-gfm.wasm, built by scripts/build-cmark-wasm.sh). It parses a
// text with commonmarker's parse options and extensions and hands back the document's tree, which
// commonmark/cmark-renderer.ts writes as commonmarker's Ruby HtmlRenderer does. The real parser,
// not an imitation of it: ~20 MB/s where remark-parse with our cmark 0.29 plugins did ~0.6 MB/s.
// One instance per thread, made on first use; synchronous.
import fs from 'node:fs';

/** A node of cmark's tree: its commonmarker type (Node#type), sourcepos, fields and children. */
export type CmarkNode = readonly [type: string, startLine: number, startColumn: number, endLine: number, endColumn: number, fields: CmarkFields, children: readonly CmarkNode[]];

export interface CmarkFields {
  /** cmark_node_get_literal: a text's, code's, HTML's, code block's content, a footnote reference's number. */
  readonly literal?: string;
  readonly url?: string;
  readonly title?: string;
  readonly level?: number;
  readonly ordered?: number;
  readonly start?: number;
  readonly tight?: number;
  /** A code block's info string. */
  readonly info?: string;
  /** The type string of an extension's node (`table`, `tasklist`...). */
  readonly typeString?: string;
  /** A table's column alignments, one letter each: l, c, r or n (none). */
  readonly alignments?: string;
  readonly checked?: number;
}

/** The bits of commonmarker's parse options (Config::OPTS[:parse], cmark-gfm.h). */
export const CMARK_PARSE = { SOURCEPOS: 1 << 1, UNSAFE: 1 << 17, VALIDATE_UTF8: 1 << 9, SMART: 1 << 10, LIBERAL_HTML_TAG: 1 << 12, FOOTNOTES: 1 << 13, STRIKETHROUGH_DOUBLE_TILDE: 1 << 14 } as const;
/** The bit of each extension kyll_parse attaches (scripts/cmark-wasm/glue.c). */
export const CMARK_EXTENSIONS = { table: 1, strikethrough: 2, autolink: 4, tagfilter: 8, tasklist: 16 } as const;

/** The .wasm, from lib/markdown, dist/markdown and dist/bundle alike. */
export const CMARK_WASM = new URL('../../vendor/cmark-gfm/cmark-gfm.wasm', import.meta.url);

interface Exports {
  readonly memory: { readonly buffer: ArrayBuffer };
  _initialize(): void;
  kyll_alloc(size: number): number;
  kyll_free(ptr: number): void;
  kyll_parse(text: number, length: number, options: number, extensions: number): number;
  kyll_out_len(): number;
}

// Node's WebAssembly, which TypeScript's libs without "dom" do not declare.
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: Readonly<Record<string, object>>) => { readonly exports: object };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };

// cmark writes nothing to files: its three WASI imports (stdio, linked in by wasi-libc) are never called.
const NOSYS = 52;
const WASI = { fd_close: () => NOSYS, fd_seek: () => NOSYS, fd_write: () => NOSYS };

let instance: Exports | undefined;
const encoder = new TextEncoder();
const decoder = new TextDecoder();

function instantiate(): Exports {
  const made = new wasm.Instance(new wasm.Module(fs.readFileSync(CMARK_WASM)), { wasi_snapshot_preview1: WASI });
  const exports = made.exports as unknown as Exports;
  exports._initialize();
  return exports;
}

/** Parses `text` as CommonMarker.render_doc does: `options`, CMARK_PARSE bits; `extensions`, CMARK_EXTENSIONS bits. */
export function cmarkParse(text: string, options: number, extensions: number): CmarkNode {
  const cm = (instance ??= instantiate());
  const bytes = encoder.encode(text);
  const at = cm.kyll_alloc(bytes.length + 1);
  try {
    new Uint8Array(cm.memory.buffer, at, bytes.length).set(bytes);
    const out = cm.kyll_parse(at, bytes.length, options, extensions);
    // (read after the call: the memory may have grown, which replaces its buffer)
    return JSON.parse(decoder.decode(new Uint8Array(cm.memory.buffer, out, cm.kyll_out_len()))) as CmarkNode;
  } catch (e) {
    // A trap leaves the instance's memory in any state: the next text gets a new one.
    instance = undefined;
    throw e;
  } finally {
    if (instance === cm) cm.kyll_free(at);
  }
}
