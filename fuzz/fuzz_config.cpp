// fuzz_config: .awesomelint.json as anyone may write it (in CI, whoever opens a
// pull request). The input is the file's text: ParseConfig reads its shape and its
// "links" values; the Linter then checks its rule keys, severities and options
// (Configure), LinkOptionsFor lays it over the defaults, and the configured rules
// lint a small list once. A bad config is an InputError naming where; any other
// exception or a crash is a bug.
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "awesomelint/config/config.h"
#include "awesomelint/config/options.h"
#include "awesomelint/entries/entries.h"
#include "awesomelint/lint/linter.h"
#include "awesomelint/support/errors.h"
#include "rules/registry.h"

namespace awesomelint {
namespace {

constexpr char kList[] =
    "# Awesome\n\n<!-- awesomelint-disable-next-line date-order -->\n"
    "## Papers\n\n"
    "- [12.06.2024] **Pathology**: [A](https://arxiv.org/abs/2405.12971) (Nature) "
    "[![Star](https://img.shields.io/github/stars/o/a.svg?style=social)](https://github.com/o/a)\n"
    "- [2024-05-01] **Vision**: [B](http://example.com/b) - Text. [C](#papers)\n"
    "- [01.07.2023] [B](http://example.com/b) [![HF](https://huggingface.co/datasets/"
    "huggingface/badges/resolve/main/model-on-hf-md.svg)](https://huggingface.co/d/x)\n\n"
    "| Date | Name |\n| --- | --- |\n| 2023/01/02 | [D](https://doi.org/10.5281/zenodo.1) |\n";

const ParsedFile& List() {
  static const ParsedFile* file = new ParsedFile(ParseFile("README.md", kList));
  return *file;
}

void Configure(std::string text) {
  Config config = ParseConfig(".awesomelint.json", std::move(text));
  for (const auto& [key, value] : config.rules.items()) config.Where(key);
  for (const auto& [key, value] : config.links.items()) config.Where(key, "links");

  Linter linter(CreateAllRules(), config, {});
  LintContext context;
  context.today = CalendarDate{2025, 6, 15};
  linter.Lint(List(), context);

  CommandLine cli;
  cli.settings = DefaultSettings();
  Config other;
  LinkOptionsFor(config, {&config, &other}, cli);
}

}  // namespace
}  // namespace awesomelint

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  try {
    awesomelint::Configure(std::string(reinterpret_cast<const char*>(data), size));
  } catch (const awesomelint::InputError&) {
    // A config that says what is wrong with it.
  }
  return 0;
}
