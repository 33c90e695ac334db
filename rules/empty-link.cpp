// empty-link: links need text and a target; "[](url)", "[text]()" and
// "[text](#)" lead nowhere or show nothing.
#include <fmt/format.h>

#include "awesomelint/lint/rule.h"
#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

bool Blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

bool MentionsTop(std::string_view text) {
  std::string lower = ToLower(text);
  return lower.find("top") != std::string::npos || lower.find("back") != std::string::npos ||
         lower.find("\xE2\xAC\x86") != std::string::npos ||
         lower.find("\xE2\x86\x91") != std::string::npos;
}

class EmptyLinkRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{"empty-link",          "Links have text and a target",
                                {"research", "links"}, Severity::kError,
                                /*fixable=*/false,     {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    std::vector<bool> has_image(doc.links().size(), false);
    for (const Link& link : doc.links())
      if (link.parent >= 0) has_image[link.parent] = true;
    for (size_t i = 0; i < doc.links().size(); ++i) {
      const Link& link = doc.links()[i];
      if (link.syntax == LinkSyntax::kHtml || link.syntax == LinkSyntax::kAutolink ||
          link.syntax == LinkSyntax::kBareUrl || link.is_badge())
        continue;
      if (link.image) {
        if (Blank(link.url)) out.Report(link.span, "Image has an empty source: ![alt]()");
        continue;
      }
      if (Blank(link.url)) {
        out.Report(link.span, fmt::format("Link '{}' has an empty target", link.text));
      } else if (link.url == "#" && !MentionsTop(link.text)) {
        out.Report(link.span, fmt::format("Link '{}' points to '#', a placeholder", link.text));
      } else if (Blank(link.text) && !has_image[i]) {
        out.Report(link.span, fmt::format("Link to {} has no text", doc.RawUrl(link)));
      }
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeEmptyLinkRule() {
  return std::make_unique<EmptyLinkRule>();
}

}  // namespace awesomelint
