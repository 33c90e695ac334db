// Inline configuration: <!-- awesomelint-disable[-line|-next-line|-file] [RULE...] -->
// and <!-- awesomelint-enable [RULE...] -->; rules (or tags) are separated by spaces or
// commas. A misspelt kind is kept as kUnknown, for inline-config to report. And
// remark-lint's <!--lint disable|enable|ignore [RULE...]-->, which awesome-lint honours.
#include "directives.h"

#include <cctype>
#include <string>
#include <vector>

#include "awesomelint/support/suggest.h"

namespace awesomelint {

namespace {

bool IsSpace(char c) {
  return std::isspace(static_cast<unsigned char>(c)) != 0;
}

// The rule names after the directive's word, separated by spaces or commas.
void ReadRuleNames(std::string_view names, Directive* directive) {
  std::string rule;
  for (size_t k = 0; k <= names.size(); ++k) {
    char c = k < names.size() ? names[k] : ' ';
    if (IsSpace(c) || c == ',') {
      if (!rule.empty()) directive->rules.push_back(std::move(rule));
      rule.clear();
    } else {
      rule += c;
    }
  }
}

// remark-lint's comments, as unified-message-control reads them: "lint" and a
// keyword, then rule ids. Its keywords are disable, enable and ignore.
bool ParseLintComment(std::string_view comment, Directive* directive) {
  size_t i = 0;
  while (i < comment.size() && IsSpace(comment[i])) ++i;
  if (comment.substr(i, 4) != "lint" || i + 4 >= comment.size() || !IsSpace(comment[i + 4]))
    return false;
  i += 4;
  while (i < comment.size() && IsSpace(comment[i])) ++i;
  size_t word_end = i;
  while (word_end < comment.size() && !IsSpace(comment[word_end])) ++word_end;
  std::string_view kind = comment.substr(i, word_end - i);
  // "<!-- lint the list before merging -->" is prose: a keyword or a slip of one (two
  // edits) makes a directive, so that a misspelt one is still reported.
  static const std::vector<std::string> kKeywords = {"disable", "enable", "ignore"};
  if (!ClosestMatch(kind, kKeywords, 2)) return false;
  directive->lint_comment = true;
  directive->name = std::string(kind);
  directive->kind = kind == "disable"  ? Directive::Kind::kDisable
                    : kind == "enable" ? Directive::Kind::kEnable
                    : kind == "ignore" ? Directive::Kind::kIgnoreNext
                                       : Directive::Kind::kUnknown;
  ReadRuleNames(comment.substr(word_end), directive);
  return true;
}

}  // namespace

bool ParseDirective(std::string_view comment, Directive* directive) {
  if (ParseLintComment(comment, directive)) return true;
  size_t i = 0;
  while (i < comment.size() && IsSpace(comment[i])) ++i;
  constexpr std::string_view kPrefix = "awesomelint-";
  if (comment.substr(i, kPrefix.size()) != kPrefix) return false;
  i += kPrefix.size();
  size_t word_end = i;
  while (word_end < comment.size() && !IsSpace(comment[word_end])) ++word_end;
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
  ReadRuleNames(comment.substr(word_end), directive);
  return true;
}

}  // namespace awesomelint
