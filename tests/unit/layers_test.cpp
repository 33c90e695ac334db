// The layers of docs/ARCHITECTURE.md, enforced: every #include of src/,
// include/awesomelint/ and rules/ is read, and a file may reach — directly or
// through other headers — only its own layer and the layers the table allows.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/helpers.h"

namespace awesomelint {
namespace {

namespace fs = std::filesystem;
using testing::ReadFile;

const fs::path kRoot = AWESOMELINT_SOURCE_DIR;

// Layer -> the layers it may include, read from ARCHITECTURE.md's table.
using LayerTable = std::map<std::string, std::set<std::string>>;

LayerTable ReadLayerTable() {
  std::string doc = ReadFile(kRoot / "docs" / "ARCHITECTURE.md");
  size_t begin = doc.find("<!-- layers:");
  size_t end = doc.find("<!-- end layers -->");
  EXPECT_NE(begin, std::string::npos);
  EXPECT_NE(end, std::string::npos);
  LayerTable table;
  std::istringstream rows(doc.substr(begin, end - begin));
  static const std::regex kRow(R"(^\| `([a-z]+)` \|.*\| ([^|]*) \|$)");
  static const std::regex kName("`([a-z]+)`");
  for (std::string row; std::getline(rows, row);) {
    std::smatch match;
    if (!std::regex_match(row, match, kRow)) continue;
    std::set<std::string>& allowed = table[match[1]];
    allowed.insert(match[1]);  // its own layer
    std::string may = match[2];
    for (std::sregex_iterator it(may.begin(), may.end(), kName), last; it != last; ++it)
      allowed.insert((*it)[1]);
  }
  return table;
}

// A source tree to check: path (relative to the root) -> text.
using Tree = std::map<std::string, std::string>;

Tree ReadTree() {
  Tree tree;
  for (const char* dir : {"src", "include/awesomelint", "rules"})
    for (const auto& entry : fs::recursive_directory_iterator(kRoot / dir))
      if (entry.is_regular_file() &&
          (entry.path().extension() == ".h" || entry.path().extension() == ".cpp"))
        tree[fs::relative(entry.path(), kRoot).generic_string()] = ReadFile(entry.path());
  return tree;
}

// The layer of a file of the tree; "" for none.
std::string LayerOf(const std::string& path) {
  static const std::regex kLayer(R"(^(?:src|include/awesomelint)/([a-z]+)/)");
  std::smatch match;
  if (path.rfind("rules/", 0) == 0) return "rules";
  return std::regex_search(path, match, kLayer) ? std::string(match[1]) : "";
}

// The file of the tree an #include "..." in `from` names, or "" when it is not the
// project's (a generated header, which only cli/ includes).
std::string Resolve(const Tree& tree, const std::string& from, const std::string& include) {
  std::vector<std::string> candidates = {
      (fs::path(from).parent_path() / include).lexically_normal().generic_string(),
      "include/" + include, "src/" + include, include};
  for (const std::string& candidate : candidates)
    if (tree.count(candidate)) return candidate;
  return "";
}

std::vector<std::string> Includes(const std::string& text) {
  static const std::regex kInclude(R"re(^\s*#\s*include\s*"([^"]+)")re");
  std::vector<std::string> includes;
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    std::smatch match;
    if (std::regex_search(line, match, kInclude)) includes.push_back(match[1]);
  }
  return includes;
}

// One #include met while walking the includes reachable from a file.
struct IncludeStep {
  std::string from;     // the file that has the #include line
  std::string include;  // as written
  std::string target;   // the project file it names, "" for none
  std::string chain;    // "start -> ... -> from -> target"
};

// Walks breadth first over the includes reachable from `start`, each file once;
// `visit(step)` sees every #include line of a reached file and says whether to
// go on into its target.
template <typename Visit>
void WalkIncludes(const Tree& tree, const std::string& start, Visit visit) {
  std::map<std::string, std::string> via = {{start, ""}};  // how each file was reached
  std::vector<std::string> queue = {start};
  for (size_t next = 0; next < queue.size(); ++next) {
    const std::string file = queue[next];  // a copy: the queue grows
    for (const std::string& include : Includes(tree.at(file))) {
      IncludeStep step{file, include, Resolve(tree, file, include), ""};
      step.chain = step.target.empty() ? include : step.target;
      for (std::string at = file; !at.empty(); at = via[at]) step.chain = at + " -> " + step.chain;
      bool descend = visit(step);
      if (step.target.empty() || via.count(step.target) || !descend) continue;
      via[step.target] = file;
      queue.push_back(step.target);
    }
  }
}

// Every include that takes a file, directly or through headers, to a layer its own
// layer may not reach; "a -> b -> c (layer x may not include layer y)" each.
std::vector<std::string> Violations(const Tree& tree, const LayerTable& table) {
  std::vector<std::string> found;
  for (const auto& [path, text] : tree) {
    std::string layer = LayerOf(path);
    if (!table.count(layer)) {
      found.push_back(path + " is in no layer of docs/ARCHITECTURE.md");
      continue;
    }
    std::set<std::string> reported;
    WalkIncludes(tree, path, [&](const IncludeStep& step) {
      if (step.target.empty()) {
        if (step.include != "version.h" || layer != "cli")
          found.push_back(step.from + " includes \"" + step.include +
                          "\", which is no project file");
        return false;
      }
      std::string target_layer = LayerOf(step.target);
      if (table.at(layer).count(target_layer)) return true;
      if (reported.insert(step.target).second)
        found.push_back(step.chain + " (" + layer + " may not include " + target_layer + ")");
      return false;
    });
  }
  return found;
}

// Include loops: a file that reaches itself through its includes; "a -> b -> a" each.
std::vector<std::string> Loops(const Tree& tree) {
  std::vector<std::string> found;
  for (const auto& [path, text] : tree)
    WalkIncludes(tree, path, [&, &path = path](const IncludeStep& step) {
      if (step.target == path) found.push_back(step.chain);
      return true;
    });
  return found;
}

TEST(LayersTest, NoIncludeLoops) {
  for (const std::string& loop : Loops(ReadTree())) ADD_FAILURE() << loop;
  Tree looped = ReadTree();
  looped["src/markdown/raw_link_scan.h"] += "\n#include \"walker.h\"\n";
  EXPECT_FALSE(Loops(looped).empty()) << "walker.h reaches raw_link_scan.h, which includes it";
}

TEST(LayersTest, TheTableNamesEveryLayerOnce) {
  LayerTable table = ReadLayerTable();
  EXPECT_EQ(table.size(), 11u) << "support, model, markdown, entries, links, changes, config, "
                                  "lint, rules, report, cli";
  for (const auto& [layer, allowed] : table)
    for (const std::string& other : allowed)
      EXPECT_TRUE(table.count(other)) << layer << " may include an unknown layer " << other;
}

TEST(LayersTest, EveryIncludeGoesDown) {
  std::vector<std::string> violations = Violations(ReadTree(), ReadLayerTable());
  for (const std::string& violation : violations) ADD_FAILURE() << violation;
}

// config reaches links for the settings it fills, not for the checker.
TEST(LayersTest, ConfigIncludesOnlyTheLinkOptionsOfTheLinkChecker) {
  for (const auto& [path, text] : ReadTree()) {
    if (LayerOf(path) != "config") continue;
    for (const std::string& include : Includes(text))
      if (include.rfind("awesomelint/links/", 0) == 0)
        EXPECT_EQ(include, "awesomelint/links/link_options.h") << path;
  }
}

// The check itself fails on the mistakes it is there for.
TEST(LayersTest, ForbiddenDirectionsAreFound) {
  LayerTable table = ReadLayerTable();
  Tree tree = ReadTree();
  Tree rule_with_checker = tree;
  rule_with_checker["rules/https.cpp"] += "\n#include \"awesomelint/links/link_checker.h\"\n";
  std::vector<std::string> found = Violations(rule_with_checker, table);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("rules/https.cpp -> include/awesomelint/links/link_checker.h (rules "
                          "may not include links)"),
            std::string::npos)
      << found[0];

  Tree markdown_with_engine = tree;
  markdown_with_engine["src/markdown/walker.cpp"] += "\n#include \"awesomelint/lint/linter.h\"\n";
  found = Violations(markdown_with_engine, table);
  ASSERT_FALSE(found.empty());
  EXPECT_NE(found[0].find("(markdown may not include lint)"), std::string::npos) << found[0];

  // Through a header: a model header that includes the engine taints every includer.
  Tree through_header = tree;
  through_header["include/awesomelint/model/span.h"] += "\n#include \"awesomelint/lint/rule.h\"\n";
  found = Violations(through_header, table);
  EXPECT_GT(found.size(), 5u);

  Tree engine_with_rules = tree;
  engine_with_rules["src/lint/linter.cpp"] += "\n#include \"rules/registry.h\"\n";
  found = Violations(engine_with_rules, table);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].find("(lint may not include rules)"), std::string::npos) << found[0];
}

}  // namespace
}  // namespace awesomelint
