// Applies <!-- awesomelint-... --> comments: a disable/enable pair switches rules
// off for the lines between; -line, -next-line and -file act as named.
#include <algorithm>

#include "awesomelint/linter.h"

namespace awesomelint {
namespace {

bool Names(const Directive& directive, const std::string& rule) {
  return directive.rules.empty() ||
         std::find(directive.rules.begin(), directive.rules.end(), rule) != directive.rules.end();
}

bool Suppressed(const Document& doc, const Diagnostic& diagnostic) {
  bool disabled = false;
  for (const Directive& directive : doc.directives()) {
    if (!Names(directive, diagnostic.rule)) continue;
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
    }
  }
  return disabled;
}

}  // namespace

void ApplyDirectives(const Document& doc, std::vector<Diagnostic>& diagnostics) {
  if (doc.directives().empty()) return;
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    return d.rule != "inline-config" && Suppressed(doc, d);
  });
}

}  // namespace awesomelint
