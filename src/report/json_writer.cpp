#include "json_writer.h"

#include <cassert>
#include <string>

namespace awesomelint {
namespace {

constexpr int kIndent = 2;  // dump(2)

std::string Dump(const nlohmann::ordered_json& value) {
  return value.dump(kIndent, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

}  // namespace

void JsonWriter::Open(std::string_view key, char bracket) {
  if (!levels_.empty()) Next(key);
  out_ << bracket;
  levels_.push_back({bracket == '{' ? '}' : ']'});
}

void JsonWriter::End() {
  assert(!levels_.empty());
  Level level = levels_.back();
  levels_.pop_back();
  // dump(2) writes an empty object or array as "{}" or "[]", on one line.
  if (!level.empty) out_ << '\n' << std::string(levels_.size() * kIndent, ' ');
  out_ << level.close;
  if (levels_.empty()) out_ << '\n';
}

void JsonWriter::Member(std::string_view key, const nlohmann::ordered_json& value) {
  Next(key);
  Write(value);
}

void JsonWriter::Element(const nlohmann::ordered_json& value) {
  Next({});
  Write(value);
}

void JsonWriter::Next(std::string_view key) {
  assert(!levels_.empty());
  Level& level = levels_.back();
  assert((level.close == '}') == !key.empty());  // a member has a key, an element none
  out_ << (level.empty ? "\n" : ",\n") << std::string(levels_.size() * kIndent, ' ');
  level.empty = false;
  if (level.close == '}') out_ << Dump(nlohmann::ordered_json(std::string(key))) << ": ";
}

void JsonWriter::Write(const nlohmann::ordered_json& value) {
  std::string text = Dump(value);
  // Strings hold their line breaks escaped: every '\n' here is the layout's.
  std::string indent(1 + levels_.size() * kIndent, ' ');
  indent[0] = '\n';
  size_t from = 0;
  for (size_t at = text.find('\n'); at != std::string::npos; at = text.find('\n', from)) {
    out_.write(text.data() + from, static_cast<std::streamsize>(at - from));
    out_ << indent;
    from = at + 1;
  }
  out_.write(text.data() + from, static_cast<std::streamsize>(text.size() - from));
}

}  // namespace awesomelint
