#include "segments.h"

#include "line_reader.h"
#include "parse_arena.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace awesomelint {
namespace {

// A line without its line break (see line_reader.h): blank when spaces and tabs only.
bool IsBlank(std::string_view line) {
  return line.find_first_not_of(" \t") == std::string_view::npos;
}

// A bullet with content: "* * *" and "- - -" are thematic breaks and an empty
// item cannot interrupt a paragraph; "1." cannot either, so numbers never count.
bool IsBulletItem(std::string_view line) {
  if (line.size() < 3 || (line[0] != '*' && line[0] != '-' && line[0] != '+')) return false;
  if (line[1] != ' ' && line[1] != '\t') return false;
  std::string_view rest = line.substr(2);
  if (IsBlank(rest)) return false;
  return rest.find_first_not_of(std::string(" \t") + line[0]) != std::string_view::npos;
}

// The piece's lines, without their line breaks.
std::vector<std::string_view> Lines(std::string_view piece) {
  std::vector<std::string_view> lines;
  LineReader reader(piece);
  for (std::string_view line; reader.Next(line);) lines.push_back(line);
  return lines;
}

// Whether `line` contains `marker`, ASCII letters in any case.
bool ContainsNoCase(std::string_view line, std::string_view marker) {
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  return std::search(line.begin(), line.end(), marker.begin(), marker.end(),
                     [&](char a, char b) { return lower(a) == lower(b); }) != line.end();
}

// CommonMark's HTML blocks of kinds 1 to 5 end on the line holding their end
// marker (their first line included); `first` is the block's first line. The
// end marker, or empty for kinds 6 and 7, which only a blank line ends.
std::vector<std::string_view> HtmlBlockEnds(std::string_view first) {
  size_t indent = first.find_first_not_of(' ');
  if (indent == std::string_view::npos || indent > 3) return {};
  std::string_view start = first.substr(indent);
  auto starts = [&](std::string_view prefix) { return start.substr(0, prefix.size()) == prefix; };
  if (starts("<!--")) return {"-->"};
  if (starts("<?")) return {"?>"};
  if (starts("<![CDATA[")) return {"]]>"};
  if (start.size() > 2 && starts("<!") && start[2] >= 'A' && start[2] <= 'Z') return {">"};
  // Kind 1: <script, <pre or <style, then a space, ">" or the end of the line.
  for (std::string_view name : {"script", "pre", "style"}) {
    if (start.size() < name.size() + 1 || start[0] != '<') continue;
    if (!ContainsNoCase(start.substr(1, name.size()), name)) continue;  // the same length: equal
    char after = start.size() > name.size() + 1 ? start[name.size() + 1] : '\n';
    if (after == '>' || std::string_view(" \t\v\f\r\n").find(after) != std::string_view::npos)
      return {"</script>", "</pre>", "</style>"};
  }
  return {};
}

bool IsClosingFence(std::string_view line, char character, size_t length) {
  size_t indent = 0;
  while (indent < line.size() && line[indent] == ' ') ++indent;
  if (indent > 3) return false;
  size_t run = 0;
  while (indent + run < line.size() && line[indent + run] == character) ++run;
  return run >= length && IsBlank(line.substr(indent + run));
}

}  // namespace

std::vector<size_t> SegmentBoundaries(std::string_view text) {
  std::vector<size_t> boundaries;
  bool previous_blank = false;
  LineReader reader(text);
  for (std::string_view line; reader.Next(line);) {
    size_t pos = reader.begin();
    bool column0 = !line.empty() && line[0] != ' ' && line[0] != '\t' && !IsBlank(line);
    if (pos > 0 && column0 && (previous_blank || IsBulletItem(line))) boundaries.push_back(pos);
    previous_blank = IsBlank(line);
  }
  return boundaries;
}

bool EndsInsideOpenBlock(cmark_node* root, std::string_view piece) {
  cmark_node* last = cmark_node_last_child(root);
  if (!last) return false;
  std::vector<std::string_view> lines = Lines(piece);
  int line_count = static_cast<int>(lines.size());
  switch (cmark_node_get_type(last)) {
    case CMARK_NODE_CODE_BLOCK: {
      int length = 0, offset = 0;
      char character = 0;
      if (!cmark_node_get_fenced(last, &length, &offset, &character)) return false;
      // Closed on the piece's last line, or still open at its end?
      return !IsClosingFence(lines.back(), character, static_cast<size_t>(length)) ||
             cmark_node_get_start_line(last) == line_count;
    }
    case CMARK_NODE_HTML_BLOCK: {
      // cmark-gfm reports no usable end line for HTML blocks: count the literal's.
      const char* literal = cmark_node_get_literal(last);
      std::string_view text = literal ? literal : "";
      int start = cmark_node_get_start_line(last);
      int end = start + static_cast<int>(std::count(text.begin(), text.end(), '\n'));
      if (!text.empty() && text.back() == '\n') --end;
      if (end < line_count) return false;  // a blank line after it ended it
      // It runs to the piece's last line: closed there when that line holds its end
      // marker (a one-line comment, say); otherwise the next line may go on with it.
      if (start < 1 || start > line_count) return true;
      for (std::string_view marker : HtmlBlockEnds(lines[start - 1]))
        if (ContainsNoCase(lines.back(), marker)) return false;
      return true;
    }
    default:
      return false;
  }
}

namespace {

// cmark-gfm's registration is not thread-safe: do it once, before any parse.
void RegisterExtensionsOnce() {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
}

struct Piece {
  std::unique_ptr<ParseArena> arena;  // owns the tree
  cmark_node* root = nullptr;
  size_t begin = 0;
};

// Cuts and parses the pieces in order.
class PieceParser {
 public:
  PieceParser(std::string_view text, size_t segment_bytes) : text_(text), target_(segment_bytes) {
    // Reference links resolve across the whole document: a text that may define
    // any ("[label]: url", wherever it stands) is one piece.
    if (text.size() > segment_bytes && text.find("]:") == std::string_view::npos)
      boundaries_ = SegmentBoundaries(text);
    boundaries_.push_back(text.size());
    next_ = boundaries_.begin();
  }

  bool single() const { return boundaries_.size() == 1; }

  // The next piece, or a null root when the text is done.
  Piece Next() {
    if (done_) return {};
    // The piece runs to the first boundary past the target size. Ending inside a
    // fenced code block or an HTML block, it is parsed again at least twice as
    // long (or to the end of the text): the parses before the last two add up to
    // less than the one before the last, so that cmark-gfm parses fewer than three
    // times the text's bytes in all, however its blocks fall.
    size_t want = target_;
    Piece piece;
    piece.begin = begin_;
    for (;;) {
      next_ = std::lower_bound(next_, boundaries_.end(), begin_ + want);
      size_t end = next_ == boundaries_.end() ? text_.size() : *next_;
      std::string_view text = text_.substr(begin_, end - begin_);
      piece.arena = std::make_unique<ParseArena>();
      piece.root = ParseGfm(text, *piece.arena);
      ++stats_.parses;
      stats_.parsed_bytes += text.size();
      if (end == text_.size() || !EndsInsideOpenBlock(piece.root, text)) {
        ++stats_.pieces;
        begin_ = end;
        done_ = end == text_.size();
        return piece;
      }
      want = 2 * text.size();
    }
  }

  const SegmentStats& stats() const { return stats_; }

 private:
  std::string_view text_;
  size_t target_;
  std::vector<size_t> boundaries_;
  std::vector<size_t>::iterator next_;
  size_t begin_ = 0;
  bool done_ = false;
  SegmentStats stats_;
};

// A bounded queue between the parsing thread and the walking one.
class PieceQueue {
 public:
  void Push(Piece piece) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [&] { return pieces_.size() < kCapacity || stopped_; });
    if (stopped_) return;  // the piece's arena goes with it
    pieces_.push_back(std::move(piece));
    ready_.notify_one();
  }

  Piece Pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [&] { return !pieces_.empty(); });
    Piece piece = std::move(pieces_.front());
    pieces_.pop_front();
    room_.notify_one();
    return piece;
  }

  // The walker gave up (an exception): drop what is queued, refuse the rest.
  void Stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    pieces_.clear();
    room_.notify_all();
  }

 private:
  static constexpr size_t kCapacity = 2;
  std::mutex mutex_;
  std::condition_variable ready_, room_;
  std::deque<Piece> pieces_;
  bool stopped_ = false;
};

}  // namespace

cmark_node* ParseGfm(std::string_view text, ParseArena& arena) {
  RegisterExtensionsOnce();
  ParseArena::Scope scope(&arena);
  // No CMARK_OPT_VALIDATE_UTF8: it rewrites bytes and shifts columns; input is validated before.
  cmark_parser* parser =
      cmark_parser_new_with_mem(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES, ParseArena::Allocator());
  for (const char* name : {"table", "autolink", "strikethrough", "tagfilter", "tasklist"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name))
      cmark_parser_attach_syntax_extension(parser, extension);
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* root = cmark_parser_finish(parser);
  cmark_parser_free(parser);
  return root;
}

SegmentStats ParseSegments(std::string_view text, size_t segment_bytes,
                           const std::function<void(cmark_node* root, size_t begin)>& walk) {
  PieceParser parser(text, segment_bytes);
  // Reading a node can allocate too (literals are made C strings on demand): the
  // walker allocates in the arena of the piece it walks.
  auto walk_piece = [&](const Piece& piece) {
    ParseArena::Scope scope(piece.arena.get());
    walk(piece.root, piece.begin);
  };
  if (parser.single()) {
    walk_piece(parser.Next());
    return parser.stats();
  }
  RegisterExtensionsOnce();  // before the second thread exists
  PieceQueue queue;
  std::thread producer([&] {
    for (;;) {
      Piece piece = parser.Next();
      bool last = !piece.root;
      queue.Push(std::move(piece));  // a null root ends the stream
      if (last) return;
    }
  });
  try {
    for (Piece piece = queue.Pop(); piece.root; piece = queue.Pop()) walk_piece(piece);
  } catch (...) {
    queue.Stop();
    producer.join();
    throw;
  }
  producer.join();
  return parser.stats();  // the producer is done with it
}

}  // namespace awesomelint
