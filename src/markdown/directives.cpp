// Inline configuration: <!-- awesomelint-disable[-line|-next-line|-file] [RULE...] -->
// and <!-- awesomelint-enable [RULE...] -->; rules (or tags) are separated by spaces or
// commas. A misspelt kind is kept as kUnknown, for inline-config to report.
#include <cctype>

#include "directives.h"

namespace awesomelint {

bool ParseDirective(std::string_view comment, Directive* directive) {
  size_t i = 0;
  while (i < comment.size() && std::isspace(static_cast<unsigned char>(comment[i]))) ++i;
  constexpr std::string_view kPrefix = "awesomelint-";
  if (comment.substr(i, kPrefix.size()) != kPrefix) return false;
  i += kPrefix.size();
  size_t word_end = i;
  while (word_end < comment.size() && !std::isspace(static_cast<unsigned char>(comment[word_end])))
    ++word_end;
  std::string_view kind = comment.substr(i, word_end - i);
  directive->name = std::string(kind);
  if (kind == "disable")
    directive->kind = Directive::Kind::kDisable;
  else if (kind == "enable")
    directive->kind = Directive::Kind::kEnable;
  else if (kind == "disable-line")
    directive->kind = Directive::Kind::kDisableLine;
  else if (kind == "disable-next-line")
    directive->kind = Directive::Kind::kDisableNextLine;
  else if (kind == "disable-file")
    directive->kind = Directive::Kind::kDisableFile;
  else
    directive->kind = Directive::Kind::kUnknown;  // inline-config reports it
  std::string rule;
  for (size_t k = word_end; k <= comment.size(); ++k) {
    char c = k < comment.size() ? comment[k] : ' ';
    if (std::isspace(static_cast<unsigned char>(c)) || c == ',') {
      if (!rule.empty()) directive->rules.push_back(std::move(rule));
      rule.clear();
    } else {
      rule += c;
    }
  }
  return true;
}

}  // namespace awesomelint
