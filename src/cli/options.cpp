#include "options.h"

#include <fmt/format.h>
#include <CLI/CLI.hpp>
#include <iostream>
#include <set>

#include "awesomelint/support/errors.h"
#include "awesomelint/support/suggest.h"
#include "version.h"

namespace awesomelint {
namespace {

constexpr const char* kDescription =
    "awesomelint: a linter and link checker for Markdown awesome lists.\n"
    "Exit codes: 0 no errors, 1 errors found, 2 usage, input or config error, 130 "
    "interrupted.\nEnvironment: GITHUB_TOKEN (or GH_TOKEN) and HF_TOKEN, sent only to "
    "their own API hosts; NO_COLOR.";

std::string Description(const OptionSpec& spec) {
  std::string text(spec.help);
  if (!spec.default_value.empty() && spec.type != OptionType::kFlag)
    text += fmt::format(" (default {})", spec.default_value);
  return text;
}

// One CLI11 option per table entry that has a flag; its values are kept as
// written, to be checked by the table's validator after parsing.
struct Declared {
  const OptionSpec* spec;
  CLI::Option* option;
  std::string value;                // a single value
  std::vector<std::string> values;  // a repeatable option's
};

void Declare(CLI::App& app, Declared& declared) {
  const OptionSpec& spec = *declared.spec;
  std::string names = spec.short_flag.empty() ? std::string(spec.flag)
                                              : fmt::format("{},{}", spec.short_flag, spec.flag);
  if (spec.type == OptionType::kFlag) {
    declared.option = app.add_flag(names)->description(Description(spec));
  } else if (spec.repeatable()) {
    declared.option = app.add_option(names, declared.values, Description(spec))
                          ->allow_extra_args(false)
                          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    if (spec.type == OptionType::kNames) declared.option->delimiter(',');
  } else {
    declared.option = app.add_option(names, declared.value, Description(spec))
                          ->multi_option_policy(CLI::MultiOptionPolicy::TakeLast);
  }
  if (!spec.metavar.empty()) declared.option->type_name(std::string(spec.metavar));
  if (!spec.group.empty()) declared.option->group(std::string(spec.group));
}

// Defaults, then every option given, checked by the table.
CommandLine Apply(const std::vector<Declared>& declared, std::vector<std::string> files) {
  CommandLine cli;
  cli.settings = DefaultSettings();
  cli.settings.files = std::move(files);
  for (const Declared& d : declared) {
    if (d.option->count() == 0) continue;
    std::vector<std::string> texts = d.spec->type == OptionType::kFlag
                                         ? std::vector<std::string>{"true"}
                                     : d.spec->repeatable() ? d.values
                                                            : std::vector{d.value};
    for (const std::string& text : texts) {
      nlohmann::json value = ParseOptionText(*d.spec, text, d.spec->flag);
      d.spec->apply(value, cli.settings);
      cli.given.push_back({d.spec, std::move(value)});
    }
  }
  if (cli.settings.fix && cli.settings.diff)
    throw InputError("--fix and --diff exclude each other: --diff prints what --fix would write");
  // --fix with a mode that lints nothing is refused, not silently ignored.
  for (auto [given, name] : {std::pair{cli.settings.dump_entries, "--dump-entries"},
                             {cli.settings.list_rules, "--list-rules"}})
    if (cli.settings.fix && given)
      throw InputError(fmt::format("--fix cannot go with {}, which lints nothing to fix", name));
  if (cli.settings.with_meta && !cli.settings.dump_entries)
    throw InputError("--with-meta adds to --dump-entries; give both");
  if (cli.settings.with_meta && cli.settings.offline)
    throw InputError("--with-meta checks the entries' links, which --offline forbids");
  return cli;
}

// An option the table does not know is named in our words, with the nearest one
// ("unknown option '--offlien'; did you mean '--offline'?"), before CLI11 would say
// "The following argument was not expected". The value after an option that takes
// one is skipped ("--max-annotations -1" is the option's to judge).
void CheckOptionNames(int argc, char** argv, const std::vector<Declared>& declared) {
  std::vector<std::string> names = {"--help", "-h", "--version"};
  std::set<std::string> with_value;
  for (const Declared& d : declared) {
    for (std::string_view name : {d.spec->flag, d.spec->short_flag}) {
      if (name.empty()) continue;
      names.emplace_back(name);
      if (d.spec->type != OptionType::kFlag) with_value.emplace(name);
    }
  }
  for (int i = 1; i < argc; ++i) {
    std::string_view arg = argv[i];
    if (arg == "--") return;  // what follows is files
    bool long_option = arg.size() > 2 && arg.rfind("--", 0) == 0;
    bool short_option =
        arg.size() == 2 && arg[0] == '-' && std::isalpha(static_cast<unsigned char>(arg[1]));
    if (!long_option && !short_option) continue;  // a file, "-", "-1", or flags run together
    std::string name(arg.substr(0, arg.find('=')));
    if (std::find(names.begin(), names.end(), name) == names.end())
      throw InputError(fmt::format("unknown option '{}'{}", name,
                                   long_option ? DidYouMean(name, names) : std::string()));
    if (with_value.count(name) && arg.find('=') == std::string_view::npos) ++i;
  }
}

}  // namespace

std::optional<CommandLine> ParseCommandLine(int argc, char** argv, int* exit_code) {
  CLI::App app{kDescription, "awesomelint"};
  app.set_version_flag("--version", std::string("awesomelint ") + kVersion);
  std::vector<std::string> files;
  app.add_option("files", files,
                 "Markdown files to lint (default: README.md here; - reads standard input)")
      ->type_name("FILE");
  std::vector<Declared> declared;
  for (const OptionSpec& spec : OptionTable())
    if (!spec.flag.empty()) declared.push_back({&spec, nullptr, {}, {}});
  for (Declared& d : declared) Declare(app, d);
  try {
    CheckOptionNames(argc, argv, declared);
    app.parse(argc, argv);
    return Apply(declared, std::move(files));
  } catch (const CLI::Success& success) {
    *exit_code = app.exit(success);
  } catch (const CLI::ParseError& error) {
    std::cerr << "awesomelint: " << error.what() << "\n(awesomelint --help lists the options)\n";
    *exit_code = 2;
  } catch (const InputError& error) {
    std::cerr << "awesomelint: " << error.what() << "\n(awesomelint --help lists the options)\n";
    *exit_code = 2;
  }
  return std::nullopt;
}

}  // namespace awesomelint
