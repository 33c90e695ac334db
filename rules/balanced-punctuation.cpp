// balanced-punctuation: quotes and brackets that open also close (awesome-lint's rule,
// rules/balanced-punctuation.js, with its newest apostrophe handling).
//
// Each paragraph, heading, list item and block quote is read as one text (its text
// nodes joined, sub-lists and quoted paragraphs included; code, inline code, HTML and
// image alt text left out) and its pairs matched with a stack. A finding points at the
// text node holding the offending character, as awesome-lint's does.
#include <fmt/format.h>
#include <re2/re2.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/errors.h"
#include "letter_case.h"
#include "support/utf8.h"

namespace awesomelint {
namespace {

constexpr char32_t kLeftSingleQuote = U'\u2018';
constexpr char32_t kRightSingleQuote = U'\u2019';

struct Pair {
  char32_t left = 0, right = 0;
  bool symmetric() const { return left == right; }
};

// awesome-lint's defaults: curly quotes, CJK brackets, the straight double quote. The
// straight single quote is left out (apostrophes), and so are (), [] and {}.
const std::vector<Pair>& DefaultPairs() {
  static const std::vector<Pair> kPairs = {
      {U'\u201C', U'\u201D'}, {kLeftSingleQuote, kRightSingleQuote},
      {U'\u300E', U'\u300F'}, {U'\uFF08', U'\uFF09'},
      {U'\u300A', U'\u300B'}, {U'\u300C', U'\u300D'},
      {U'\u3010', U'\u3011'}, {U'"', U'"'},
  };
  return kPairs;
}

std::string Utf8(char32_t code) {
  std::string out;
  AppendUtf8(code, out);
  return out;
}

// The one code point of `text`, or nullopt when it holds none or several.
std::optional<char32_t> SingleCharacter(std::string_view text) {
  if (text.empty()) return std::nullopt;
  size_t at = 0;
  char32_t code = DecodeUtf8(text, at);
  if (at != text.size()) return std::nullopt;
  return code;
}

// One entry of the option, as awesome-lint takes it: "\"" (a symmetric pair) or ["⟨", "⟩"].
Pair ParsePair(const nlohmann::json& entry) {
  auto fail = [&](const std::string& why) {
    return InputError(fmt::format("option balanced-punctuation.pairs: {} {}", entry.dump(), why));
  };
  if (entry.is_string()) {
    std::string text = entry.get<std::string>();
    if (text.empty())
      throw fail("is empty: a pair is one character, \"\\\"\", or two, [\"⟨\", \"⟩\"]");
    std::optional<char32_t> single = SingleCharacter(text);
    if (!single) {
      size_t at = 0;
      std::string first = Utf8(DecodeUtf8(text, at));
      std::string second = at < text.size() ? Utf8(DecodeUtf8(text, at)) : first;
      throw fail(fmt::format(
          "is not one character: a string is a symmetric pair (the same character opens and "
          "closes); write other pairs as two-element arrays, e.g. [{}, {}]",
          nlohmann::json(first).dump(), nlohmann::json(second).dump()));
    }
    return {*single, *single};
  }
  if (!entry.is_array())
    throw fail("must be a one-character string or an array of two one-character strings");
  if (entry.size() != 2)
    throw fail("must have exactly 2 elements: the opening and the closing character");
  Pair pair;
  for (int side = 0; side < 2; ++side) {
    const nlohmann::json& element = entry[side];
    std::optional<char32_t> single;
    if (element.is_string()) single = SingleCharacter(element.get<std::string>());
    if (!single)
      throw fail(fmt::format("has {} {}, which is not a single character",
                             side == 0 ? "opening" : "closing", element.dump()));
    (side == 0 ? pair.left : pair.right) = *single;
  }
  return pair;
}

// JavaScript's \s.

// [\p{Letter}\p{Number}_]
bool IsWordCharacter(char32_t c) {
  if (c < 0x80)
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  static const RE2 kWord(R"([\p{L}\p{N}])");
  return RE2::FullMatch(Utf8(c), kWord);
}

// What may follow a word-final apostrophe ("students' books", "students'.").
bool IsPunctuationAfterApostrophe(char32_t c) {
  return letter_case::IsSpaceCodePoint(c) ||
         std::u32string_view(U".,;:!?()[]{}\"'\u2014\u2013").find(c) != std::u32string_view::npos;
}

// The text of one container, a code point at a time, with the text node each came from.
struct ContainerText {
  std::u32string text;
  std::vector<int> node;    // by code point: its text node
  std::vector<int> spaces;  // spaces[i]: how many of text[0, i) are white space
};

class Matcher {
 public:
  explicit Matcher(const std::vector<Pair>& pairs) : pairs_(pairs) {
    // As awesome-lint's maps: symmetric characters first, then openers, then closers;
    // a later pair with the same character replaces an earlier one.
    for (size_t i = 0; i < pairs_.size(); ++i) {
      const Pair& pair = pairs_[i];
      if (pair.symmetric()) {
        symmetric_[pair.left] = static_cast<int>(i);
      } else {
        left_[pair.left] = static_cast<int>(i);
        right_[pair.right] = static_cast<int>(i);
      }
    }
  }

  // The pair an opening `c` pushes: its symmetric pair, else the pair it opens; -1 for none.
  int OpenedBy(char32_t c) const {
    if (auto it = symmetric_.find(c); it != symmetric_.end()) return it->second;
    if (auto it = left_.find(c); it != left_.end()) return it->second;
    return -1;
  }

  // Whether `c` plays a part at all (most characters do not: skip them fast).
  bool Involved(char32_t c) const {
    return c == kRightSingleQuote || c == '\'' || symmetric_.count(c) || left_.count(c) ||
           right_.count(c);
  }

  const std::vector<Pair>& pairs() const { return pairs_; }
  const std::unordered_map<char32_t, int>& symmetric() const { return symmetric_; }
  const std::unordered_map<char32_t, int>& left() const { return left_; }
  const std::unordered_map<char32_t, int>& right() const { return right_; }

 private:
  std::vector<Pair> pairs_;
  std::unordered_map<char32_t, int> symmetric_, left_, right_;
};

// awesome-lint's processText over one container. Its stack is kept as a list of items
// plus, per pair, the items still open: closing the most recent opener of a pair, or
// finding it, is then O(1), so a container of any size is read in linear time.
class ContainerCheck {
 public:
  ContainerCheck(const Matcher& matcher, const ContainerText& text, const SyntaxTree& tree,
                 RuleReporter& out)
      : matcher_(matcher),
        text_(text),
        tree_(tree),
        out_(out),
        open_(matcher.pairs().size()),
        expecting_close_(matcher.pairs().size(), false) {}

  void Run() {
    const std::u32string& text = text_.text;
    for (size_t i = 0; i < text.size(); ++i) {
      char32_t c = text[i];
      if (!matcher_.Involved(c)) continue;
      if ((c == kRightSingleQuote || c == '\'') && IsApostrophe(i)) continue;
      if (auto it = matcher_.symmetric().find(c); it != matcher_.symmetric().end()) {
        Symmetric(it->second, i);
      } else if (auto it = matcher_.left().find(c); it != matcher_.left().end()) {
        Push(it->second, i);
      } else if (auto it = matcher_.right().find(c); it != matcher_.right().end()) {
        CloseAsymmetric(it->second, i);
      }
    }
    for (const Item& item : stack_) {
      if (!item.open) continue;
      const Pair& pair = matcher_.pairs()[item.pair];
      Report(item.at, fmt::format("Unclosed {} without matching closing {}", Utf8(pair.left),
                                  Utf8(pair.right)));
    }
  }

 private:
  struct Item {
    int pair;
    size_t at;  // code point index in the container's text
    bool open = true;
  };

  // A ’ (or ') after a word character is an apostrophe when a word character follows
  // ("don't"), or when it closes nothing: no opener waits for it ("students’ books"), or
  // the text since that opener has white space in it ("‘The students’ books"). Only a
  // one-word quotation ("‘steal’") is closed by it.
  bool IsApostrophe(size_t i) const {
    const std::u32string& text = text_.text;
    if (i == 0 || !IsWordCharacter(text[i - 1])) return false;
    bool at_end = i + 1 == text.size();
    char32_t after = at_end ? 0 : text[i + 1];
    if (!at_end && !IsWordCharacter(after) && !IsPunctuationAfterApostrophe(after)) return false;
    if (!at_end && IsWordCharacter(after)) return true;
    char32_t c = text[i];
    int opener = -1;
    if (c == kRightSingleQuote) {
      opener = TopOpen(matcher_.OpenedBy(kLeftSingleQuote), kLeftSingleQuote);
    } else if (auto it = matcher_.symmetric().find(c);
               it != matcher_.symmetric().end() && expecting_close_[it->second]) {
      opener = TopOpen(it->second, c);
    }
    if (opener < 0) return true;
    size_t from = stack_[opener].at + 1;
    return text_.spaces[i] - text_.spaces[from] > 0;
  }

  // The most recent open item of `pair`, when that pair opens with `left`; -1 for none.
  int TopOpen(int pair, char32_t left) const {
    if (pair < 0 || matcher_.pairs()[pair].left != left || open_[pair].empty()) return -1;
    return open_[pair].back();
  }

  void Push(int pair, size_t at) {
    open_[pair].push_back(static_cast<int>(stack_.size()));
    stack_.push_back({pair, at});
  }

  void Symmetric(int pair, size_t at) {
    if (!expecting_close_[pair]) {
      Push(pair, at);
      expecting_close_[pair] = true;
      return;
    }
    expecting_close_[pair] = false;
    while (!stack_.empty() && !stack_.back().open) stack_.pop_back();
    if (!stack_.empty() && matcher_.pairs()[stack_.back().pair].left == text_.text[at]) {
      open_[stack_.back().pair].pop_back();
      stack_.pop_back();
      return;
    }
    std::string c = Utf8(text_.text[at]);
    Report(at, fmt::format("Unmatched closing {} without corresponding opening {}", c, c));
  }

  void CloseAsymmetric(int pair, size_t at) {
    if (open_[pair].empty()) {
      Report(at, fmt::format("Unmatched closing {} without corresponding opening {}",
                             Utf8(text_.text[at]), Utf8(matcher_.pairs()[pair].left)));
      return;
    }
    stack_[open_[pair].back()].open = false;
    open_[pair].pop_back();
  }

  void Report(size_t at, std::string message) {
    out_.Report(tree_[text_.node[at]].span, std::move(message));
  }

  const Matcher& matcher_;
  const ContainerText& text_;
  const SyntaxTree& tree_;
  RuleReporter& out_;
  std::vector<Item> stack_;
  std::vector<std::vector<int>> open_;  // by pair: its open items, oldest first
  std::vector<bool> expecting_close_;   // by symmetric pair
};

bool IsContainer(NodeType type) {
  return type == NodeType::kParagraph || type == NodeType::kHeading ||
         type == NodeType::kListItem || type == NodeType::kBlockQuote;
}

// The text nodes of [first, end), joined.
void ReadContainer(const SyntaxTree& tree, int first, int end, ContainerText& out) {
  out.text.clear();
  out.node.clear();
  out.spaces.assign(1, 0);
  for (int i = first; i < end; ++i) {
    if (tree[i].type != NodeType::kText) continue;
    std::string_view value = tree.Value(tree[i]);
    for (size_t at = 0; at < value.size();) {
      char32_t c = DecodeUtf8(value, at);
      out.text += c;
      out.node.push_back(i);
      out.spaces.push_back(out.spaces.back() + (letter_case::IsSpaceCodePoint(c) ? 1 : 0));
    }
  }
}

class BalancedPunctuationRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "balanced-punctuation",
        "Quotes and brackets that open also close (awesome-lint's rule)",
        {"awesome", "style"},
        Severity::kOff,
        /*fixable=*/false,
        {{"pairs", "array", "[]",
          "The pairs to check, replacing the defaults: \"\\\"\" (one character that opens and "
          "closes) or [\"⟨\", \"⟩\"]; empty for awesome-lint's defaults"}}};
    return kMeta;
  }

  void Configure(const nlohmann::json& options) override {
    auto it = options.find("pairs");
    if (it == options.end() || it->is_null()) return;
    if (!it->is_array())
      throw InputError(
          "option balanced-punctuation.pairs must be a list of pairs, e.g. [\"\\\"\", [\"⟨\", "
          "\"⟩\"]]");
    if (it->empty()) return;  // awesome-lint: an empty list means the defaults
    std::vector<Pair> pairs;
    for (const nlohmann::json& entry : *it) pairs.push_back(ParsePair(entry));
    matcher_ = Matcher(pairs);
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    const SyntaxTree& tree = doc.tree();
    ContainerText text;
    int count = static_cast<int>(tree.nodes().size());
    // awesome-lint's visit: code is skipped, and a container is read whole, its
    // children not again.
    for (int i = 0; i < count;) {
      const SyntaxNode& node = tree[i];
      if (node.type == NodeType::kCode || node.type == NodeType::kInlineCode) {
        i = node.end;
      } else if (IsContainer(node.type)) {
        ReadContainer(tree, i, node.end, text);
        ContainerCheck(matcher_, text, tree, out).Run();
        i = node.end;
      } else {
        ++i;
      }
    }
  }

 private:
  Matcher matcher_{DefaultPairs()};
};

}  // namespace

std::unique_ptr<Rule> MakeBalancedPunctuationRule() {
  return std::make_unique<BalancedPunctuationRule>();
}

}  // namespace awesomelint
