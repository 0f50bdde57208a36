// kyll's entry points into cmark-gfm 0.29.0.gfm.6 (the C library commonmarker 0.23.6 carries,
// which jekyll-commonmark parses with): parse a text with the parse options and extensions
// given, and write the document's tree as JSON for lib/markdown/commonmark/cmark-wasm.ts to
// render as commonmarker's Ruby HtmlRenderer does. Built by scripts/build-cmark-wasm.sh.
#include <stdlib.h>
#include <string.h>
#include "cmark-gfm.h"
#include "cmark-gfm-core-extensions.h"
#include "node.h"
#include "buffer.h"
#include "registry.h"
#include "syntax_extension.h"

__attribute__((export_name("kyll_alloc"))) void *kyll_alloc(size_t n) { return malloc(n); }
__attribute__((export_name("kyll_free"))) void kyll_free(void *p) { free(p); }

static cmark_strbuf out;
__attribute__((export_name("kyll_out_len"))) size_t kyll_out_len(void) { return (size_t)out.size; }

// A JSON string of `len` bytes (the parser's text is UTF-8: only '"', '\' and controls are escaped).
static void put_string(const unsigned char *s, size_t len) {
  static const char hex[] = "0123456789abcdef";
  cmark_strbuf_putc(&out, '"');
  size_t org = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = s[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    cmark_strbuf_put(&out, s + org, (bufsize_t)(i - org));
    org = i + 1;
    if (c == '"') cmark_strbuf_puts(&out, "\\\"");
    else if (c == '\\') cmark_strbuf_puts(&out, "\\\\");
    else if (c == '\n') cmark_strbuf_puts(&out, "\\n");
    else {
      char u[7] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15], 0};
      cmark_strbuf_puts(&out, u);
    }
  }
  cmark_strbuf_put(&out, s + org, (bufsize_t)(len - org));
  cmark_strbuf_putc(&out, '"');
}

static void put_cstr(const char *s) { put_string((const unsigned char *)s, s ? strlen(s) : 0); }

static void put_int(int v) {
  char b[16];
  int n = 0;
  unsigned int u = v < 0 ? (unsigned int)(-v) : (unsigned int)v;
  do { b[n++] = (char)('0' + u % 10); u /= 10; } while (u);
  if (v < 0) cmark_strbuf_putc(&out, '-');
  while (n) cmark_strbuf_putc(&out, b[--n]);
}

// The name commonmarker's Node#type gives (commonmarker.c#rb_node_get_type).
static const char *type_name(cmark_node *node) {
  switch (node->type) {
  case CMARK_NODE_DOCUMENT: return "document";
  case CMARK_NODE_BLOCK_QUOTE: return "blockquote";
  case CMARK_NODE_LIST: return "list";
  case CMARK_NODE_ITEM: return "list_item";
  case CMARK_NODE_CODE_BLOCK: return "code_block";
  case CMARK_NODE_HTML_BLOCK: return "html";
  case CMARK_NODE_PARAGRAPH: return "paragraph";
  case CMARK_NODE_HEADING: return "header";
  case CMARK_NODE_THEMATIC_BREAK: return "hrule";
  case CMARK_NODE_TEXT: return "text";
  case CMARK_NODE_SOFTBREAK: return "softbreak";
  case CMARK_NODE_LINEBREAK: return "linebreak";
  case CMARK_NODE_CODE: return "code";
  case CMARK_NODE_HTML_INLINE: return "inline_html";
  case CMARK_NODE_EMPH: return "emph";
  case CMARK_NODE_STRONG: return "strong";
  case CMARK_NODE_LINK: return "link";
  case CMARK_NODE_IMAGE: return "image";
  case CMARK_NODE_FOOTNOTE_REFERENCE: return "footnote_reference";
  case CMARK_NODE_FOOTNOTE_DEFINITION: return "footnote_definition";
  default:
    return node->extension ? node->extension->get_type_string_func(node->extension, node) : "unknown";
  }
}

// A node as [type, startLine, startColumn, endLine, endColumn, fields, children]:
// fields is an object of what the type has (literal, url, title, level, list, fence info,
// alignments, tasklist state, the type string of an extension's node). Its opening, up to
// the children's `[`.
static void put_open(cmark_node *node) {
  cmark_strbuf_putc(&out, '[');
  put_cstr(type_name(node));
  cmark_strbuf_putc(&out, ',');
  put_int(node->start_line); cmark_strbuf_putc(&out, ',');
  put_int(node->start_column); cmark_strbuf_putc(&out, ',');
  put_int(node->end_line); cmark_strbuf_putc(&out, ',');
  put_int(node->end_column);
  cmark_strbuf_puts(&out, ",{");
  int first = 1;
#define FIELD(name) do { if (!first) cmark_strbuf_putc(&out, ','); first = 0; cmark_strbuf_puts(&out, "\"" name "\":"); } while (0)
  const char *literal = cmark_node_get_literal(node);
  if (literal) { FIELD("literal"); put_cstr(literal); }
  switch (node->type) {
  case CMARK_NODE_LINK:
  case CMARK_NODE_IMAGE:
    FIELD("url"); put_cstr(cmark_node_get_url(node));
    FIELD("title"); put_cstr(cmark_node_get_title(node));
    break;
  case CMARK_NODE_HEADING:
    FIELD("level"); put_int(cmark_node_get_heading_level(node));
    break;
  case CMARK_NODE_LIST:
    FIELD("ordered"); put_int(cmark_node_get_list_type(node) == CMARK_ORDERED_LIST);
    FIELD("start"); put_int(cmark_node_get_list_start(node));
    FIELD("tight"); put_int(cmark_node_get_list_tight(node));
    break;
  case CMARK_NODE_CODE_BLOCK:
    FIELD("info"); put_cstr(cmark_node_get_fence_info(node));
    break;
  default:
    break;
  }
  if (node->extension) {
    const char *ts = node->extension->get_type_string_func(node->extension, node);
    FIELD("typeString"); put_cstr(ts);
    if (strcmp(ts, "table") == 0) {
      uint16_t n = cmark_gfm_extensions_get_table_columns(node);
      uint8_t *al = cmark_gfm_extensions_get_table_alignments(node);
      FIELD("alignments");
      cmark_strbuf_putc(&out, '"');
      for (uint16_t i = 0; i < n; i++) cmark_strbuf_putc(&out, al && al[i] ? (char)al[i] : 'n');
      cmark_strbuf_putc(&out, '"');
    } else if (strcmp(ts, "tasklist") == 0) {
      FIELD("checked"); put_int(cmark_gfm_extensions_get_tasklist_item_checked(node));
    }
  }
#undef FIELD
  cmark_strbuf_puts(&out, "},[");
}

// The tree in document order, without recursion (a deeply nested document has no bound here).
static void put_tree(cmark_node *root) {
  cmark_node *node = root;
  for (;;) {
    put_open(node);
    if (node->first_child) {
      node = node->first_child;
      continue;
    }
    cmark_strbuf_puts(&out, "]]");
    while (node != root && !node->next) {
      node = node->parent;
      cmark_strbuf_puts(&out, "]]");
    }
    if (node == root) return;
    cmark_strbuf_putc(&out, ',');
    node = node->next;
  }
}

static const char *EXTENSIONS[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};

/** Parses `len` bytes of UTF-8 at `text`; the tree's JSON is at the pointer returned, kyll_out_len() bytes long. */
__attribute__((export_name("kyll_parse"))) const char *kyll_parse(const char *text, size_t len, int options, int extensions) {
  static int registered = 0;
  if (!registered) {
    cmark_gfm_core_extensions_ensure_registered();
    cmark_strbuf_init(cmark_get_default_mem_allocator(), &out, 0);
    registered = 1;
  }
  cmark_parser *parser = cmark_parser_new(options);
  for (int i = 0; i < 5; i++) {
    if (!(extensions & (1 << i))) continue;
    cmark_syntax_extension *e = cmark_find_syntax_extension(EXTENSIONS[i]);
    if (e) cmark_parser_attach_syntax_extension(parser, e);
  }
  cmark_parser_feed(parser, text, len);
  cmark_node *doc = cmark_parser_finish(parser);
  cmark_strbuf_clear(&out);
  put_tree(doc);
  cmark_node_free(doc);
  cmark_parser_free(parser);
  return (const char *)out.ptr;
}
