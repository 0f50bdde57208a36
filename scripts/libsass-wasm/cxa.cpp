// The C++ exception runtime for libsass compiled with -fwasm-exceptions.
//
// libsass reports every Sass error by throwing a C++ exception, and catches
// them again (eval.cpp turns an OperationError into a SassValueError,
// sass_context.cpp#handle_errors turns any of them into the error status and
// message). Debian's wasm32 libc++abi is built without exceptions (it has no
// __cxa_throw and no personality routine), so this file provides the few
// pieces that clang's WebAssembly exception handling calls, for one thread:
//
//   throw x;           __cxa_allocate_exception, __cxa_throw (the wasm `throw`
//                      instruction with the C++ tag, carrying a Header*)
//   catch (T& e)       _Unwind_CallPersonality (reads the function's LSDA, the
//                      "GCC_except_table", and sets the selector of the
//                      matching catch clause), __cxa_begin_catch, __cxa_end_catch
//   throw;             __cxa_rethrow
//
// The LSDA layout is the one LLVM writes for WebAssembly (EHStreamer.cpp:
// call-site records are (landing pad index, action) pairs in ULEB128, type
// infos are 4-byte absolute pointers); a catch clause matches the thrown type
// itself, one of its public non-virtual bases (the Itanium C++ ABI's
// __si_class_type_info / __vmi_class_type_info layouts), or for pointers the
// same pointee with fewer qualifiers.
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <exception>
#include <typeinfo>

namespace {

struct Header {
  const std::type_info* type;
  void* (*destructor)(void*);  // WebAssembly's C++ ABI: destructors return `this`
  void* adjusted;        // what __cxa_begin_catch hands the catch clause
  Header* nextCaught;    // the stack of exceptions being handled
  int handlers;          // catch clauses currently handling it
  bool rethrown;
};

// The object follows its header, aligned as malloc aligns (16).
constexpr size_t kHeaderSize = (sizeof(Header) + 15) & ~size_t(15);

Header* headerOf(void* object) { return reinterpret_cast<Header*>(static_cast<char*>(object) - kHeaderSize); }
void* objectOf(Header* h) { return reinterpret_cast<char*>(h) + kHeaderSize; }

Header* caught = nullptr;

// ---- type matching (Itanium C++ ABI type_info layouts) ----

struct SiInfo {
  const void* vtable;
  const char* name;
  const std::type_info* base;
};
struct VmiBase {
  const std::type_info* base;
  long offsetFlags;  // offset << 8 | flags (1: virtual, 2: public)
};
struct VmiInfo {
  const void* vtable;
  const char* name;
  unsigned flags;
  unsigned count;
  VmiBase bases[1];
};
struct PointerInfo {
  const void* vtable;
  const char* name;
  unsigned flags;  // qualifiers of the pointee (1: const, 2: volatile)
  const std::type_info* pointee;
};

struct VmiA {};
struct VmiB {};
struct Vmi : VmiA, VmiB {};

const void* kindOf(const std::type_info* t) { return *reinterpret_cast<const void* const*>(t); }
bool isSi(const std::type_info* t) { return kindOf(t) == kindOf(&typeid(std::bad_cast)); }
bool isVmi(const std::type_info* t) { return kindOf(t) == kindOf(&typeid(Vmi)); }
bool isPointer(const std::type_info* t) { return kindOf(t) == kindOf(&typeid(const char*)); }

bool same(const std::type_info* a, const std::type_info* b) { return a == b || std::strcmp(a->name(), b->name()) == 0; }

// Whether `target` is `t` or a public non-virtual base of it; `offset` is where it starts in a `t`.
bool findBase(const std::type_info* t, const std::type_info* target, long& offset) {
  if (same(t, target)) return true;
  if (isSi(t)) return findBase(reinterpret_cast<const SiInfo*>(t)->base, target, offset);
  if (!isVmi(t)) return false;
  const VmiInfo* v = reinterpret_cast<const VmiInfo*>(t);
  for (unsigned i = 0; i < v->count; i++) {
    long flags = v->bases[i].offsetFlags;
    if ((flags & 1) || !(flags & 2)) continue;
    long inner = 0;
    if (findBase(v->bases[i].base, target, inner)) {
      offset += (flags >> 8) + inner;
      return true;
    }
  }
  return false;
}

// Whether a catch clause for `catchType` takes the exception; `adjusted` is then what it receives.
bool canCatch(const std::type_info* catchType, Header* h, void*& adjusted) {
  void* object = objectOf(h);
  if (catchType == nullptr) {  // catch (...)
    adjusted = object;
    return true;
  }
  if (isPointer(catchType) && isPointer(h->type)) {
    const PointerInfo* c = reinterpret_cast<const PointerInfo*>(catchType);
    const PointerInfo* t = reinterpret_cast<const PointerInfo*>(h->type);
    if (!same(c->pointee, t->pointee) || (t->flags & ~c->flags & 3)) return false;
    adjusted = *static_cast<void**>(object);
    return true;
  }
  long offset = 0;
  if (!findBase(h->type, catchType, offset)) return false;
  adjusted = static_cast<char*>(object) + offset;
  return true;
}

// ---- the LSDA ----

uintptr_t readULEB(const uint8_t*& p) {
  uintptr_t result = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *p++;
    result |= uintptr_t(byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  return result;
}

intptr_t readSLEB(const uint8_t*& p) {
  uintptr_t result = 0;
  unsigned shift = 0;
  uint8_t byte;
  do {
    byte = *p++;
    result |= uintptr_t(byte & 0x7f) << shift;
    shift += 7;
  } while (byte & 0x80);
  if (shift < 8 * sizeof(result) && (byte & 0x40)) result |= ~uintptr_t(0) << shift;
  return intptr_t(result);
}

// DW_EH_PE_absptr, udata4 and sdata4 (all 4 bytes on wasm32); an omitted field (0xff) has none.
uintptr_t readEncoded(const uint8_t*& p, uint8_t encoding) {
  if (encoding == 0xff) return 0;
  switch (encoding & 0x0f) {
    case 0x00: case 0x03: case 0x0b: {
      uint32_t v;
      std::memcpy(&v, p, 4);
      p += 4;
      return v;
    }
    case 0x01: return readULEB(p);
    case 0x09: return uintptr_t(readSLEB(p));
    default: std::abort();
  }
}

}  // namespace

// What clang's landing pads fill in before calling _Unwind_CallPersonality and read after it
// (the name and layout of libunwind's Unwind-wasm.c, which the compiler refers to).
struct _Unwind_LandingPadContext {
  uintptr_t lpad_index;
  uintptr_t lsda;
  uintptr_t selector;
};
extern "C" thread_local _Unwind_LandingPadContext __wasm_lpad_context;
thread_local _Unwind_LandingPadContext __wasm_lpad_context;

extern "C" {

void* __cxa_allocate_exception(size_t size) noexcept {
  void* block = std::calloc(1, kHeaderSize + size);
  if (!block) std::abort();
  return objectOf(static_cast<Header*>(block));
}

void __cxa_free_exception(void* object) noexcept { std::free(headerOf(object)); }

[[noreturn]] void __cxa_throw(void* object, std::type_info* type, void* (*destructor)(void*)) {
  Header* h = headerOf(object);
  h->type = type;
  h->destructor = destructor;
  h->adjusted = object;
  __builtin_wasm_throw(0, h);
}

// Sets __wasm_lpad_context.selector to the type index of the first catch clause of this landing
// pad that takes the exception (0 when none does: the landing pad then rethrows).
int _Unwind_CallPersonality(void* exception) {
  Header* h = static_cast<Header*>(exception);
  __wasm_lpad_context.selector = 0;
  const uint8_t* p = reinterpret_cast<const uint8_t*>(__wasm_lpad_context.lsda);
  if (!p) return 8;  // _URC_CONTINUE_UNWIND
  uint8_t lpStartEncoding = *p++;
  readEncoded(p, lpStartEncoding);
  uint8_t typeEncoding = *p++;
  const uint8_t* types = nullptr;
  if (typeEncoding != 0xff) {
    uintptr_t offset = readULEB(p);
    types = p + offset;
  }
  p++;  // call-site encoding (ULEB128 for WebAssembly)
  uintptr_t callSiteLength = readULEB(p);
  const uint8_t* actions = p + callSiteLength;
  uintptr_t action = 0;
  for (uintptr_t index = 0; p < actions; index++) {
    readULEB(p);  // the landing pad's index
    uintptr_t a = readULEB(p);
    if (index == __wasm_lpad_context.lpad_index) {
      action = a;
      break;
    }
  }
  if (action == 0 || types == nullptr) return 8;
  const uint8_t* record = actions + action - 1;
  for (;;) {
    intptr_t typeIndex = readSLEB(record);
    const uint8_t* next = record;
    intptr_t displacement = readSLEB(record);
    if (typeIndex > 0) {
      const uint8_t* entry = types - typeIndex * 4;
      const std::type_info* catchType = reinterpret_cast<const std::type_info*>(readEncoded(entry, typeEncoding));
      void* adjusted = nullptr;
      if (canCatch(catchType, h, adjusted)) {
        h->adjusted = adjusted;
        __wasm_lpad_context.selector = uintptr_t(typeIndex);
        return 6;  // _URC_HANDLER_FOUND
      }
    }
    if (displacement == 0) return 8;
    record = next + displacement;
  }
}

void* __cxa_get_exception_ptr(void* exception) noexcept { return static_cast<Header*>(exception)->adjusted; }

void* __cxa_begin_catch(void* exception) noexcept {
  Header* h = static_cast<Header*>(exception);
  if (h->handlers++ == 0) {
    h->nextCaught = caught;
    caught = h;
  }
  h->rethrown = false;
  return h->adjusted;
}

void __cxa_end_catch() {
  Header* h = caught;
  if (!h || --h->handlers > 0) return;
  caught = h->nextCaught;
  if (h->rethrown) return;
  if (h->destructor) h->destructor(objectOf(h));
  std::free(h);
}

[[noreturn]] void __cxa_rethrow() {
  Header* h = caught;
  if (!h) std::terminate();
  h->rethrown = true;
  __builtin_wasm_throw(0, h);
}

}  // extern "C"
