// kyll's entry point into libsass compiled to WebAssembly (lib/render/libsass-wasm.ts
// calls it). One compilation of a Sass text with libsass's data context, set up as
// sass.js 0.11 set it up (its emscripten_wrapper.cpp): the partials are files under
// the include path (the JavaScript side serves them through WASI), the text's own
// name is `input_path`; the result stays readable until the next call.
#include <cstdlib>
#include <cstring>
#include "sass/context.h"

namespace {
Sass_Data_Context* last = nullptr;
}

extern "C" {

__attribute__((export_name("kyll_alloc"))) void* kyll_alloc(size_t size) { return std::malloc(size); }
__attribute__((export_name("kyll_free"))) void kyll_free(void* p) { std::free(p); }

// `text` is taken over (libsass frees it); the other strings stay the caller's.
// Returns libsass's status: 0 for success.
__attribute__((export_name("kyll_compile"))) int kyll_compile(char* text, const char* include_path, int style, int indented, const char* input_path,
                                                               const char* output_path, const char* source_map_file, int source_map_contents,
                                                               int omit_source_map_url, int source_comments, int precision) {
  if (last) sass_delete_data_context(last);
  last = sass_make_data_context(text);
  Sass_Options* options = sass_data_context_get_options(last);
  sass_option_set_output_style(options, static_cast<Sass_Output_Style>(style));
  sass_option_set_is_indented_syntax_src(options, indented != 0);
  // sassc's `line_comments` (a /* line N, file */ comment before each rule) and `precision`
  // (decimal places: the caller gives libsass's default, 10, when unset).
  sass_option_set_source_comments(options, source_comments != 0);
  sass_option_set_precision(options, precision);
  sass_option_set_source_map_embed(options, false);
  sass_option_set_source_map_contents(options, source_map_contents != 0);
  sass_option_set_omit_source_map_url(options, omit_source_map_url != 0);
  sass_option_set_indent(options, "  ");
  sass_option_set_linefeed(options, "\n");
  sass_option_set_input_path(options, input_path);
  sass_option_set_output_path(options, output_path);
  sass_option_set_include_path(options, include_path);
  if (source_map_file && *source_map_file) sass_option_set_source_map_file(options, source_map_file);
  return sass_compile_data_context(last);
}

__attribute__((export_name("kyll_output"))) const char* kyll_output() { return last ? sass_context_get_output_string(sass_data_context_get_context(last)) : nullptr; }
__attribute__((export_name("kyll_source_map"))) const char* kyll_source_map() { return last ? sass_context_get_source_map_string(sass_data_context_get_context(last)) : nullptr; }
__attribute__((export_name("kyll_error_json"))) const char* kyll_error_json() { return last ? sass_context_get_error_json(sass_data_context_get_context(last)) : nullptr; }
__attribute__((export_name("kyll_error_message"))) const char* kyll_error_message() { return last ? sass_context_get_error_message(sass_data_context_get_context(last)) : nullptr; }

}  // extern "C"
