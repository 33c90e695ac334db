#include "init.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <tuple>
#include <vector>

#include "awesomelint/config/config.h"
#include "awesomelint/entries/conventions.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/support/atomic_write.h"
#include "awesomelint/support/errors.h"
#include "config_schema.h"
#include "rules/registry.h"

namespace awesomelint {
namespace {

namespace fs = std::filesystem;

// Where papers are published: a link to one of these is a paper's.
constexpr std::array<std::string_view, 22> kPaperHosts = {"doi.org",
                                                          "nature.com",
                                                          "biorxiv.org",
                                                          "medrxiv.org",
                                                          "sciencedirect.com",
                                                          "springer.com",
                                                          "dl.acm.org",
                                                          "ieeexplore.ieee.org",
                                                          "openreview.net",
                                                          "aclanthology.org",
                                                          "proceedings.neurips.cc",
                                                          "papers.nips.cc",
                                                          "academic.oup.com",
                                                          "cell.com",
                                                          "science.org",
                                                          "pnas.org",
                                                          "ncbi.nlm.nih.gov",
                                                          "semanticscholar.org",
                                                          "jmlr.org",
                                                          "openaccess.thecvf.com",
                                                          "proceedings.mlr.press",
                                                          "pubmed.ncbi.nlm.nih.gov"};

bool IsPaperLink(const Url& url) {
  std::optional<HfRef> hf = HuggingFaceFromUrl(url);
  if (ArxivFromUrl(url) || (hf && hf->kind == HfKind::kPaper)) return true;
  std::string_view host = url.bare_host();
  return std::any_of(kPaperHosts.begin(), kPaperHosts.end(), [&](std::string_view paper) {
    return host == paper || (host.size() > paper.size() && host.ends_with(paper) &&
                             host[host.size() - paper.size() - 1] == '.');
  });
}

int Percent(size_t part, size_t whole) {
  return whole == 0 ? 0 : static_cast<int>(100 * part / whole);
}

// What the list does, counted.
struct ListFacts {
  size_t entries = 0, sections = 0, dated = 0, tagged = 0;
  size_t papers = 0;                     // entries that link an arXiv or Hugging Face paper
  std::map<std::string, size_t> shapes;  // by shape name
  DateConvention dates;
  std::map<std::string, size_t> tags;  // by tag, entries using it
  size_t newer = 0, older = 0;         // neighbouring dated entries running newest / oldest first
  bool research() const {
    return Percent(dated, entries) >= 30 || Percent(tagged, entries) >= 30 ||
           Percent(papers, entries) >= 30;
  }
};

ListFacts Survey(const ParsedFile& file) {
  const Document& doc = *file.doc;
  ListFacts facts;
  facts.entries = file.entries.size();
  std::set<int> sections;
  for (const Entry& entry : file.entries) {
    ++facts.shapes[std::string(ShapeName(entry.shape))];
    sections.insert(entry.section);
    facts.dated += entry.has_date;
    facts.tagged += !entry.tags.empty();
    for (const CategoryTag& tag : entry.tags) ++facts.tags[tag.name];
    std::vector<int> links = EntryLinks(entry);
    facts.papers += std::any_of(links.begin(), links.end(), [&](int link) {
      return doc.url(link) && IsPaperLink(*doc.url(link));
    });
  }
  facts.sections = sections.size();
  facts.dates = InferDateFormat(file.entries);
  for (const std::vector<int>& section : EntriesBySection(file.entries)) {
    const Entry* previous = nullptr;
    for (int index : section) {
      const Entry& entry = file.entries[index];
      if (!entry.has_date || !DateProblem(entry.date.date).empty()) continue;
      if (previous && previous->date.date != entry.date.date)
        (previous->date.date > entry.date.date ? facts.newer : facts.older) += 1;
      previous = &entry;
    }
  }
  return facts;
}

// One setting of the config, with the comment that says why.
struct Setting {
  std::string key;
  nlohmann::json value;
  std::string why;
};

std::vector<Setting> Conventions(const ListFacts& facts) {
  std::vector<Setting> settings;
  if (!facts.dates.format.empty())
    settings.push_back({"date-format",
                        {{"format", facts.dates.format}},
                        fmt::format("{} of the {} dated entries write their dates {}",
                                    facts.dates.count, facts.dates.dated, facts.dates.format)});
  size_t pairs = facts.newer + facts.older;
  if (pairs >= 5 && std::max(facts.newer, facts.older) * 3 >= pairs * 2) {
    bool newest = facts.newer > facts.older;
    settings.push_back({"date-order",
                        {{"order", newest ? "newest-first" : "oldest-first"}},
                        fmt::format("within sections, {} of {} neighbouring dated entries run {}",
                                    std::max(facts.newer, facts.older), pairs,
                                    newest ? "newest first" : "oldest first")});
  }
  std::vector<std::string> tags;
  std::string counts;
  for (const auto& [tag, count] : facts.tags) {
    if (count < 2) continue;  // a tag used once may be a slip: category-tag judges it
    tags.push_back(tag);
    counts += fmt::format("{}{} {}", counts.empty() ? "" : ", ", tag, count);
  }
  if (tags.size() >= 2)
    settings.push_back({"category-tag",
                        {{"tags", tags}},
                        fmt::format("the category tags the list uses more than once: {}", counts)});
  return settings;
}

std::string Render(const ListFacts& facts, const std::vector<Setting>& settings,
                   const std::string& path, const CalendarDate& today) {
  std::string shapes;
  for (const auto& [shape, count] : facts.shapes)
    shapes += fmt::format("{}{} {}", shapes.empty() ? "" : ", ", count, shape);
  std::string out = fmt::format("{{\n  \"$schema\": \"{}\",\n", kSchemaUrl);
  out += fmt::format(
      "  // Written by awesomelint --init from {} on {}: {} entries ({}) in {} sections.\n",
      fs::path(path).filename().string(), IsoString(today), facts.entries,
      shapes.empty() ? "none" : shapes, facts.sections);
  out += facts.research()
             ? fmt::format(
                   "  // It reads as a research list: {} % of the entries are dated, {} % "
                   "carry a category tag, {} % link a paper.\n",
                   Percent(facts.dated, facts.entries), Percent(facts.tagged, facts.entries),
                   Percent(facts.papers, facts.entries))
             : "  // It reads as a classic list (few dates, tags or paper links): the research "
               "rules judge only what it has.\n"
               "  // For the awesome-list guidelines as awesome-lint checks them, extend "
               "[\"research\", \"awesome\"].\n";
  out +=
      "  // awesomelint --print-config README.md shows what applies; awesomelint --explain RULE\n"
      "  // says what a rule checks.\n";
  out += "  \"extends\": \"research\"";
  for (const Setting& setting : settings)
    out += fmt::format(",\n  // {}\n  \"{}\": {}", setting.why, setting.key, setting.value.dump());
  out += "\n}\n";
  return out;
}

// The list's findings under `config`, offline: (line, rule, message) each.
std::set<std::tuple<int, std::string, std::string>> Findings(const ParsedFile& file,
                                                             const Config& config,
                                                             const CalendarDate& today) {
  Linter linter(CreateAllRules(), config, {});
  LintContext context;
  context.today = today;
  std::set<std::tuple<int, std::string, std::string>> found;
  for (const Diagnostic& d : linter.Lint(file, context))
    found.insert({d.begin.line, d.rule, d.message});
  return found;
}

}  // namespace

std::string InitialConfig(const ParsedFile& file, const std::string& path,
                          const CalendarDate& today) {
  ListFacts facts = Survey(file);
  std::vector<Setting> settings = Conventions(facts);
  // The conventions written out must not add a finding to what the list gets now: a
  // setting that does is left out (its rule goes on inferring). Each setting is its own
  // rule's, so each is tried alone.
  auto before = Findings(file, Config{}, today);
  std::vector<Setting> kept;
  for (const Setting& setting : settings) {
    Config config = ParseConfig(path + " (--init)", Render(facts, {setting}, path, today));
    auto after = Findings(file, config, today);
    if (std::all_of(after.begin(), after.end(),
                    [&](const auto& finding) { return before.count(finding) > 0; }))
      kept.push_back(setting);
  }
  settings = std::move(kept);
  return Render(facts, settings, path, today);
}

std::string WriteInitialConfig(const ParsedFile& file, const std::string& path,
                               const CalendarDate& today) {
  fs::path target = fs::path(path == "-" ? "." : fs::path(path).parent_path().string()) /
                    std::string(kConfigFileName);
  if (target.parent_path().empty()) target = fs::path(".") / std::string(kConfigFileName);
  std::error_code error;
  if (fs::exists(fs::symlink_status(target, error)))
    throw InputError(fmt::format(
        "{}: there is a config already; --init never replaces one (awesomelint --print-config "
        "{} shows what applies)",
        target.string(), path));
  // A config further up applies to the list now; one written here would hide it.
  if (std::optional<std::string> above = FindConfig(path))
    throw InputError(fmt::format(
        "{}: {} applies to it already; --init writes none that would hide it (awesomelint "
        "--print-config {} shows what applies)",
        path, *above, path));
  std::string text = InitialConfig(file, path, today);
  WriteFileAtomically(target.string(), text);
  return target.string();
}

}  // namespace awesomelint
