// <dlfcn.h> for wasm32-wasi, which loads no shared libraries: libsass's
// plugins.cpp (native plugins from a `plugin_path`, which kyll never sets)
// then finds no plugin to load.
#ifndef KYLL_COMPAT_DLFCN_H
#define KYLL_COMPAT_DLFCN_H
#define RTLD_LAZY 1
#define RTLD_LOCAL 0
static inline void* dlopen(const char*, int) { return 0; }
static inline void* dlsym(void*, const char*) { return 0; }
static inline int dlclose(void*) { return 0; }
static inline char* dlerror(void) { return (char*)"dynamic loading is not supported"; }
#endif
