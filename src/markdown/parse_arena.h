// ParseArena: a bump allocator for one cmark-gfm tree. cmark-gfm allocates every
// node and string on its own and frees them one by one; a piece's tree is walked
// once and then dropped whole, so its memory is taken from large zeroed chunks
// and released with the arena.
#pragma once

#include <cstddef>
#include <vector>

struct cmark_mem;

namespace awesomelint {

class ParseArena {
 public:
  ParseArena() = default;
  ~ParseArena();
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;

  // The allocator to give cmark_parser_new_with_mem, allocating from the arena
  // made current on this thread by a Scope.
  static cmark_mem* Allocator();

  // Makes `arena` the current one on this thread while it lives.
  class Scope {
   public:
    explicit Scope(ParseArena* arena);
    ~Scope();

   private:
    ParseArena* previous_;
  };

  void* Allocate(size_t size);  // zeroed
  void* Reallocate(void* block, size_t size);

 private:
  std::vector<char*> chunks_;
  char* cursor_ = nullptr;
  char* end_ = nullptr;
};

}  // namespace awesomelint
