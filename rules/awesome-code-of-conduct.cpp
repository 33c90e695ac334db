// awesome-code-of-conduct: the code of conduct beside the list, when there is one, says
// something and names its own contact (awesome-lint's rules/code-of-conduct.js, which
// awesome-lint runs on the file its index.js finds). The code of conduct is not a list: it
// is read and judged from the list's rule, and what it finds is reported at the list's 1:1
// with the code of conduct's name and line in the message,
// "CODE_OF_CONDUCT.md:58: The email placeholder must be replaced with yours".
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/input.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/json_nesting.h"
#include "beside_files.h"

namespace awesomelint {
namespace {

// awesome-lint's author, whose own lists may give his address.
constexpr std::string_view kAuthorName = "sindresorhus";
constexpr std::string_view kAuthorEmail = "sindresorhus@gmail.com";
// The Contributor Covenant's placeholders: 1.4's (awesome-lint's) and 2.x's.
constexpr std::array<std::string_view, 2> kPlaceholders = {"[INSERT EMAIL ADDRESS]",
                                                           "[INSERT CONTACT METHOD]"};

// The owner in a repository URL as package.json writes it: "git+https://github.com/o/r.git",
// "git@github.com:o/r.git", "github:o/r", "o/r".
std::string OwnerOf(std::string_view url) {
  if (url.starts_with("git+")) url.remove_prefix(4);
  if (url.starts_with("github:")) url.remove_prefix(7);
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos) {
    url.remove_prefix(scheme + 3);
    size_t slash = url.find('/');
    if (slash == std::string_view::npos) return {};
    url.remove_prefix(slash + 1);  // the host, and any user before it
  } else if (size_t colon = url.find(':'); colon != std::string_view::npos) {
    url.remove_prefix(colon + 1);  // "git@github.com:o/r"
  }
  return std::string(url.substr(0, url.find('/')));
}

// The owner of the repository the list's package.json names (awesome-lint's
// find-author-name.js); empty when there is none.
std::string PackageOwner(const std::filesystem::path& directory) {
  std::optional<std::string> text = beside::ReadBeside(directory, "package.json");
  if (!text || FindTooDeepJson(*text, 64) != std::string_view::npos) return {};
  nlohmann::json package = nlohmann::json::parse(*text, nullptr, /*allow_exceptions=*/false);
  if (!package.is_object() || !package.contains("repository")) return {};
  const nlohmann::json& repository = package["repository"];
  if (repository.is_string()) return OwnerOf(repository.get<std::string>());
  if (repository.is_object() && repository.contains("url") && repository["url"].is_string())
    return OwnerOf(repository["url"].get<std::string>());
  return {};
}

bool ByTheAuthor(const std::filesystem::path& directory, const LintContext& context) {
  const ListRepository* repository = context.list_repository;
  if (repository && OwnerOf(repository->full_name) == kAuthorName) return true;
  return PackageOwner(directory) == kAuthorName;
}

// Where `needle` is written in the code of conduct, searched from a node's start (an
// email in a paragraph's text is on its own line, not the paragraph's first); the node's
// start when the source spells it otherwise (an entity, an escape).
size_t WrittenAt(std::string_view text, size_t from, std::string_view needle) {
  size_t at = text.find(needle, from);
  return at == std::string_view::npos ? from : at;
}

// The first finding in the code of conduct `coc`: its offset and message; nullopt for none.
struct CocFinding {
  size_t offset;
  std::string_view message;
};

std::optional<CocFinding> JudgeCodeOfConduct(const Document& coc, bool by_the_author) {
  std::string_view text = coc.text();
  if (beside::Blank(text)) return CocFinding{0, "code-of-conduct.md file must not be empty"};
  const SyntaxTree& tree = coc.tree();
  // The placeholder, left as text (an undefined reference) or as a reference link.
  for (const SyntaxNode& node : tree.nodes()) {
    std::string_view written = text.substr(node.span.begin, node.span.size());
    for (std::string_view placeholder : kPlaceholders) {
      bool left = node.type == NodeType::kText
                      ? tree.Value(node).find(placeholder) != std::string_view::npos
                      : node.type == NodeType::kLink && node.reference &&
                            written.find(placeholder) != std::string_view::npos;
      if (left)
        return CocFinding{WrittenAt(text, node.span.begin, placeholder),
                          "The email placeholder must be replaced with yours"};
    }
  }
  if (by_the_author) return std::nullopt;
  for (const SyntaxNode& node : tree.nodes())
    if (node.type == NodeType::kText &&
        tree.Value(node).find(kAuthorEmail) != std::string_view::npos)
      return CocFinding{WrittenAt(text, node.span.begin, kAuthorEmail),
                        "The default email must be replaced with yours"};
  return std::nullopt;
}

class AwesomeCodeOfConductRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-code-of-conduct",
        "A code of conduct, if present, is not empty and its placeholder email is replaced "
        "(awesome-lint's rule)",
        {"awesome", "files"},
        Severity::kOff,
        /*fixable=*/false,
        {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext& context,
             RuleReporter& out) const override {
    std::optional<std::filesystem::path> directory = beside::ListDirectory(doc);
    if (!directory) return;
    std::optional<std::string> name =
        beside::FindBeside(*directory, {"code-of-conduct.md", "code_of_conduct.md",
                                        ".github/code-of-conduct.md", ".github/code_of_conduct.md",
                                        "docs/code-of-conduct.md", "docs/code_of_conduct.md"});
    if (!name) return;  // a code of conduct is not required
    std::optional<std::string> text = beside::ReadBeside(*directory, *name);
    if (!text) return;
    std::unique_ptr<Document> coc;
    try {  // the checks and bounds of any Markdown file awesomelint reads
      CheckText(*name, *text);
      coc = Document::Parse(*name, std::move(*text));
    } catch (const InputError&) {
      return;  // not text, or a shape too costly to parse: not judged
    }
    std::optional<CocFinding> finding = JudgeCodeOfConduct(*coc, ByTheAuthor(*directory, context));
    if (finding)
      out.Report(Span{0, 0},
                 fmt::format("{}:{}: {}", *name, coc->lines().PositionOf(finding->offset).line,
                             finding->message));
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeCodeOfConductRule() {
  return std::make_unique<AwesomeCodeOfConductRule>();
}

}  // namespace awesomelint
