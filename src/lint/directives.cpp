// Applies <!-- awesomelint-... --> comments: a disable/enable pair switches rules
// off for the lines between; -line, -next-line and -file act as named.
#include <algorithm>

#include "awesomelint/lint/linter.h"

namespace awesomelint {
namespace {

// A directive names a rule by its id or by one of its tags.
bool Names(const Directive& directive, const std::string& rule, const RuleTags& tags) {
  if (directive.rules.empty()) return true;
  auto it = tags.find(rule);
  for (const std::string& name : directive.rules) {
    if (name == rule) return true;
    if (it != tags.end() &&
        std::find(it->second.begin(), it->second.end(), name) != it->second.end())
      return true;
  }
  return false;
}

bool Suppressed(const Document& doc, const Diagnostic& diagnostic, const RuleTags& tags) {
  bool disabled = false;
  for (const Directive& directive : doc.directives()) {
    if (directive.kind == Directive::Kind::kUnknown || !Names(directive, diagnostic.rule, tags))
      continue;
    int first = directive.line;
    int last = doc.lines().LineOf(directive.span.end > 0 ? directive.span.end - 1 : 0);
    int line = diagnostic.begin.line;
    switch (directive.kind) {
      case Directive::Kind::kDisableFile:
        return true;
      case Directive::Kind::kDisableLine:
        if (line >= first && line <= last) return true;
        break;
      case Directive::Kind::kDisableNextLine:
        if (line == last + 1) return true;
        break;
      case Directive::Kind::kDisable:
        if (first <= line) disabled = true;
        break;
      case Directive::Kind::kEnable:
        if (first <= line) disabled = false;
        break;
      case Directive::Kind::kUnknown:
        break;
    }
  }
  return disabled;
}

}  // namespace

void ApplyDirectives(const Document& doc, std::vector<Diagnostic>& diagnostics,
                     const RuleTags& tags) {
  if (doc.directives().empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return d.rule != "inline-config" && Suppressed(doc, d, tags);
  });
}

}  // namespace awesomelint
