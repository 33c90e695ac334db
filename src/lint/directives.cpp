// Applies <!-- awesomelint-... --> comments: a disable/enable pair switches rules
// off for the lines between; -line, -next-line and -file act as named. remark-lint's
// <!--lint disable/enable--> are the same pair, and <!--lint ignore--> switches rules
// off from its line to the last line of the node after it. The
// directives naming a rule are sorted by line once, so each finding is a few
// binary searches, however many comments the file has.
#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

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

// What the directives say about one rule, line by line. A finding on `line` is
// off when a disable-file names the rule, a disable-line's lines hold it, a
// disable-next-line ends on the line before, or the last disable/enable (in the
// directives' order) on or before its line is a disable.
class RuleDirectives {
 public:
  // `last` is the line each directive ends on.
  RuleDirectives(const Document& doc, const std::vector<int>& last, const std::string& rule,
                 const RuleTags& tags) {
    const std::vector<Directive>& directives = doc.directives();
    std::vector<std::pair<int, size_t>> switches;  // disable/enable: line, order
    for (size_t i = 0; i < directives.size(); ++i) {
      const Directive& directive = directives[i];
      if (directive.kind == Directive::Kind::kUnknown || !Names(directive, rule, tags)) continue;
      switch (directive.kind) {
        case Directive::Kind::kDisableFile:
          whole_file_ = true;
          break;
        case Directive::Kind::kDisableLine:
          line_ranges_.emplace_back(directive.line, last[i]);
          break;
        case Directive::Kind::kDisableNextLine:
          next_lines_.push_back(last[i] + 1);
          break;
        case Directive::Kind::kIgnoreNext:  // nothing follows it: it ignores nothing
          if (directive.ignore_through > 0)
            line_ranges_.emplace_back(directive.line, directive.ignore_through);
          break;
        case Directive::Kind::kDisable:
        case Directive::Kind::kEnable:
          switches.emplace_back(directive.line, i);
          break;
        case Directive::Kind::kUnknown:
          break;
      }
    }
    std::sort(line_ranges_.begin(), line_ranges_.end());
    int reach = std::numeric_limits<int>::min();  // the furthest last line so far
    for (auto& [first, range_last] : line_ranges_) {
      reach = std::max(reach, range_last);
      range_last = reach;
    }
    std::sort(next_lines_.begin(), next_lines_.end());
    std::sort(switches.begin(), switches.end());
    // Of the switches on or before each one's line, the latest in the directives' order.
    size_t latest = 0;
    for (size_t s = 0; s < switches.size(); ++s) {
      if (s == 0 || switches[s].second > latest) latest = switches[s].second;
      switch_lines_.push_back(switches[s].first);
      disabled_.push_back(directives[latest].kind == Directive::Kind::kDisable);
    }
  }

  bool Suppressed(int line) const {
    if (whole_file_) return true;
    // Ranges starting on or before the line: does the furthest reach it?
    auto range = std::upper_bound(line_ranges_.begin(), line_ranges_.end(), line,
                                  [](int l, const std::pair<int, int>& r) { return l < r.first; });
    if (range != line_ranges_.begin() && std::prev(range)->second >= line) return true;
    if (std::binary_search(next_lines_.begin(), next_lines_.end(), line)) return true;
    auto at = std::upper_bound(switch_lines_.begin(), switch_lines_.end(), line);
    return at != switch_lines_.begin() && disabled_[at - switch_lines_.begin() - 1];
  }

 private:
  bool whole_file_ = false;
  // disable-line: first line and, for each by first line, the furthest last line so far.
  std::vector<std::pair<int, int>> line_ranges_;
  std::vector<int> next_lines_;    // disable-next-line: the lines they switch off
  std::vector<int> switch_lines_;  // disable/enable lines, sorted
  std::vector<bool> disabled_;     // after switch_lines_[i]: off or on
};

}  // namespace

namespace {

// The line each directive ends on.
std::vector<int> LastLines(const Document& doc) {
  const std::vector<Directive>& directives = doc.directives();
  std::vector<int> last(directives.size());
  for (size_t i = 0; i < directives.size(); ++i) {
    const Span& span = directives[i].span;
    last[i] = doc.lines().LineOf(span.end > 0 ? span.end - 1 : 0);
  }
  return last;
}

}  // namespace

void ApplyDirectives(const Document& doc, std::vector<Diagnostic>& diagnostics,
                     const RuleTags& tags) {
  if (doc.directives().empty()) return;
  std::vector<int> last = LastLines(doc);
  // One sweep of the directives per rule that has findings.
  std::map<std::string, RuleDirectives, std::less<>> by_rule;
  for (const Diagnostic& d : diagnostics)
    if (d.rule != "inline-config" && !by_rule.contains(d.rule))
      by_rule.emplace(d.rule, RuleDirectives(doc, last, d.rule, tags));
  std::erase_if(diagnostics, [&](const Diagnostic& d) {
    auto it = by_rule.find(d.rule);
    return it != by_rule.end() && it->second.Suppressed(d.begin.line);
  });
}

std::function<bool(int line)> RuleOffAt(const Document& doc, const std::string& rule,
                                        const RuleTags& tags) {
  if (doc.directives().empty()) return {};
  auto directives = std::make_shared<RuleDirectives>(doc, LastLines(doc), rule, tags);
  return [directives](int line) { return directives->Suppressed(line); };
}

}  // namespace awesomelint
