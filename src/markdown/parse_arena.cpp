#include "parse_arena.h"

#include <cmark-gfm.h>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace awesomelint {
namespace {

constexpr size_t kChunk = 1 << 20;
constexpr size_t kAlign = 16;
constexpr size_t kHeader = kAlign;  // the block's size, kept in front of it

thread_local ParseArena* current = nullptr;

[[noreturn]] void OutOfMemory() {
  std::fputs("awesomelint: out of memory while parsing\n", stderr);
  std::abort();  // as cmark-gfm's own allocator does
}

size_t RoundUp(size_t size) {
  return (size + kAlign - 1) & ~(kAlign - 1);
}

void* ArenaCalloc(size_t count, size_t size) {
  if (size != 0 && count > SIZE_MAX / size) OutOfMemory();
  return current->Allocate(count * size);
}
void* ArenaRealloc(void* block, size_t size) {
  return current->Reallocate(block, size);
}
void ArenaFree(void*) {}  // everything goes with the arena

cmark_mem kAllocator = {ArenaCalloc, ArenaRealloc, ArenaFree};

size_t BlockSize(void* block) {
  size_t size;
  std::memcpy(&size, static_cast<char*>(block) - kHeader, sizeof size);
  return size;
}

}  // namespace

ParseArena::~ParseArena() {
  for (char* chunk : chunks_) std::free(chunk);
}

cmark_mem* ParseArena::Allocator() {
  return &kAllocator;
}

ParseArena::Scope::Scope(ParseArena* arena) : previous_(current) {
  current = arena;
}
ParseArena::Scope::~Scope() {
  current = previous_;
}

void* ParseArena::Allocate(size_t size) {
  size_t need = kHeader + RoundUp(size == 0 ? 1 : size);
  if (static_cast<size_t>(end_ - cursor_) < need) {
    size_t bytes = need > kChunk ? need : kChunk;
    // calloc'ed chunks are zero, and the arena never hands out a byte twice.
    char* chunk = static_cast<char*>(std::calloc(1, bytes));
    if (!chunk) OutOfMemory();
    chunks_.push_back(chunk);
    cursor_ = chunk;
    end_ = chunk + bytes;
  }
  char* block = cursor_ + kHeader;
  std::memcpy(cursor_, &size, sizeof size);
  cursor_ += need;
  return block;
}

void* ParseArena::Reallocate(void* block, size_t size) {
  if (!block) return Allocate(size);
  size_t old = BlockSize(block);
  if (RoundUp(size) <= RoundUp(old == 0 ? 1 : old))
    return block;  // never shrink: freed bytes
                   // would not be zero again
  char* old_end = static_cast<char*>(block) + RoundUp(old == 0 ? 1 : old);
  // The last block of the chunk grows in place (string buffers do, a lot).
  if (old_end == cursor_ &&
      static_cast<size_t>(end_ - static_cast<char*>(block)) >= RoundUp(size)) {
    cursor_ = static_cast<char*>(block) + RoundUp(size == 0 ? 1 : size);
    std::memcpy(static_cast<char*>(block) - kHeader, &size, sizeof size);
    return block;
  }
  void* moved = Allocate(size);
  std::memcpy(moved, block, old < size ? old : size);
  return moved;
}

}  // namespace awesomelint
