// awesome-spell-check: product names spelt as their makers spell them (awesome-lint's
// rule, rules/spell-check.js, with its word list lib/spell-check-rules.js as a table).
//
// Every text node is read as awesome-lint reads it: split at white space, the words
// that parse as URLs dropped, the rest joined with single spaces. Each spelling of the
// table then reports its first wrong match in the node, at the node. One pass of an
// RE2::Set over the node says which spellings can match at all; only those run their
// own patterns, so a node costs one scan whatever the size of the table.
#include <fmt/format.h>
#include <re2/re2.h>
#include <re2/set.h>

#include <algorithm>
#include <cstdint>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "awesomelint/lint/rule.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/markdown/syntax_tree.h"
#include "awesomelint/support/strings.h"
#include "letter_case.h"
#include "support/utf8.h"
#include "url_superb.h"

namespace awesomelint {
namespace {

// One of awesome-lint's tests, a JavaScript regular expression (flags `gi`), as RE2
// patterns: RE2 has no lookaround, so the checks before and after a match are separate.
struct Test {
  std::string pattern;
  std::string followed_by;       // (?=...): must match right after the match
  std::string not_followed_by;   // (?!...): must not
  std::string_view after_words;  // (?<=\b<words>\s+): the words right before the match

  Test Unless(std::string_view next) && {
    not_followed_by = next;
    return std::move(*this);
  }
};

// A word, matched whole: awesome-lint's string tests.
Test Word(std::string_view word) {
  return {fmt::format(R"(\b{}\b)", RE2::QuoteMeta(word)), "", "", {}};
}

Test Pattern(std::string_view pattern) {
  return {std::string(pattern), "", "", {}};
}

// The word when one of `next` (alternatives, matched as prefixes) follows it.
Test Context(std::string_view word, std::string_view next) {
  return {fmt::format(R"(\b{}\b)", word), fmt::format(R"(\s+(?:{}))", next), "", {}};
}

struct Spelling {
  std::string_view value;  // the maker's spelling
  std::vector<Test> tests;
};

// What awesome-lint's standaloneTechRule looks for after "uses", "built with"...
constexpr std::string_view kLeadingWords[] = {
    "uses",
    "using",
    "built with",
    "deploy with",
    "deployed with",
    "deploying with",
    "integrates with",
    "integrated with",
    "integrating with",
    "powered by",
    "runs on",
    "run on",
    "via",
    "made with",
};

enum Leading { kAfterLeadingWords, kNotAfterLeadingWords };

// awesome-lint's standaloneTechRule: a name that is also an English word ("parcel",
// "slack") is flagged when it is the whole text node (a link's text), after one of the
// leading words, or before one of `trailing` (prefixes: "test" takes "tests").
Spelling Standalone(std::string_view value, std::string_view word, Leading leading,
                    std::string_view trailing) {
  Spelling spelling{value, {Pattern(fmt::format("^{}$", word))}};
  if (leading == kAfterLeadingWords)
    for (std::string_view words : kLeadingWords)
      spelling.tests.push_back({fmt::format(R"({}\b)", word), "", "", words});
  if (!trailing.empty()) spelling.tests.push_back(Context(word, trailing));
  return spelling;
}

// lib/spell-check-rules.js of awesome-lint 2.3.0, every entry, in its order (the order
// of a node's findings).
const std::vector<Spelling>& Spellings() {
  static const std::vector<Spelling> kSpellings = {
      {"Node.js", {Pattern(R"(\bnode\.?js\b)")}},
      {"JavaScript", {Word("javascript")}},
      {"TypeScript", {Word("typescript")}},
      {"Python",
       {Context(
           "python",
           R"(programming|language|code|script|development|data|analysis|syntax|framework|library|pip|django|flask)")}},
      {"C++", {Pattern(R"(\bc\+\+\b)")}},
      {"C#", {Pattern(R"(\bc#\b)")}},
      {"PHP", {Word("php")}},
      {"Ruby",
       {Context(
           "ruby",
           R"(programming|language|code|on\s+rails|gem|development|script|syntax|framework)")}},
      {"Rust",
       {Context("rust",
                R"(programming|language|code|development|syntax|framework|compiler|cargo|crate)")}},
      {"Swift",
       {Context("swift",
                R"(programming|language|code|ios|apple|development|compiler|syntax|framework)")}},
      {"Kotlin", {Word("kotlin")}},
      {"Scala", {Word("scala")}},
      {"Clojure", {Word("clojure")}},
      {"Haskell", {Word("haskell")}},
      {"Julia",
       {Context(
           "julia",
           R"(programming|language|code|development|syntax|package|computing|dataframes|plots|ecosystem)")}},
      {"Perl", {Word("perl")}},
      {"Dart",
       {Context("dart",
                R"(programming|language|code|development|flutter|syntax|framework|pub|package)")}},
      {"Zig", {Word("zig")}},
      {"Crystal",
       {Context("crystal", R"(programming|language|code|development|syntax|framework)")}},
      {"Vue.js", {Pattern(R"(\bvue\.?js\b)"), Word("vuejs")}},
      {"React",
       {Context(
           "react",
           R"(component|hook|native|router|app|library|framework|context|state|props|jsx|dom|fiber|query|redux|testing)")}},
      {"Angular",
       {Context(
           "angular",
           R"(framework|component|directive|service|module|cli|material|router|forms|http|app|pipe|decorator)")}},
      {"Next.js", {Pattern(R"(\bnext\.?js\b)"), Word("nextjs")}},
      {"Nuxt.js", {Pattern(R"(\bnuxt\.?js\b)"), Word("nuxtjs")}},
      {"Svelte",
       {Context(
           "svelte",
           R"(component|kit|store|reactive|framework|app|compiler|transition|action|binding)")}},
      {"SvelteKit", {Word("sveltekit")}},
      {"Ember.js", {Pattern(R"(\bember\.?js\b)")}},
      {"Backbone.js", {Pattern(R"(\bbackbone\.?js\b)")}},
      {"Express.js", {Pattern(R"(\bexpress\.?js\b)")}},
      {"Fastify", {Word("fastify")}},
      {"Koa.js", {Pattern(R"(\bkoa\.?js\b)")}},
      {"Django", {Word("django")}},
      {"Flask",
       {Context("flask",
                R"(web|framework|python|development|app|application|server|microframework)")}},
      {"FastAPI", {Word("fastapi")}},
      {"Ruby on Rails", {Pattern(R"(\bruby\s?on\s?rails\b)")}},
      {"Rails",
       {Context(
           "rails",
           R"(framework|app|controller|model|view|active|migration|gem|console|server|generator|action|route)")}},
      {"Spring",
       {Context(
           "spring",
           R"(framework|boot|mvc|cloud|security|data|batch|integration|web|java|application|microservice)")}},
      {"Spring Boot", {Pattern(R"(\bspring\s?boot\b)")}},
      {"Laravel", {Word("laravel")}},
      {"Symfony", {Word("symfony")}},
      {"CodeIgniter", {Word("codeigniter")}},
      {"ASP.NET", {Word("aspnet")}},
      {".NET",
       {Context(
           "net",
           R"(framework|core|platform|standard|runtime|application|api|library|assembly|maui|blazor|\d)")}},
      {"Bootstrap",
       {Context("bootstrap",
                R"(css|framework|grid|responsive|component|theme|ui|design|frontend)")}},
      {"Tailwind CSS", {Pattern(R"(\btailwind\s?css\b)")}},
      {"Material-UI", {Pattern(R"(\bmaterial-?ui\b)")}},
      {"Ant Design", {Pattern(R"(\bant\s?design\b)")}},
      {"Chakra UI", {Pattern(R"(\bchakra\s?ui\b)")}},
      {"PostgreSQL", {Word("postgresql")}},
      {"Postgres", {Word("postgres")}},  // differs: PostgreSQL's own other name
      {"MySQL", {Word("mysql")}},
      {"MongoDB", {Pattern(R"(\bmongo\s?db\b)"), Word("mongodb")}},
      {"SQLite", {Word("sqlite")}},
      {"Redis", {Word("redis")}},
      {"Elasticsearch", {Word("elasticsearch")}},
      {"Solr", {Word("solr")}},
      {"Cassandra", {Word("cassandra")}},
      {"CouchDB", {Word("couchdb")}},
      {"Neo4j", {Word("neo4j")}},
      {"InfluxDB", {Word("influxdb")}},
      {"MariaDB", {Word("mariadb")}},
      {"DynamoDB", {Word("dynamodb")}},
      {"Firestore", {Word("firestore")}},
      {"Supabase", {Word("supabase")}},
      {"Prisma", {Word("prisma")}},
      {"Docker", {Word("docker")}},
      {"Kubernetes", {Word("kubernetes"), Word("k8s")}},
      {"Terraform", {Word("terraform")}},
      {"Ansible", {Word("ansible")}},
      {"Jenkins", {Word("jenkins")}},
      {"GitLab CI", {Pattern(R"(\bgitlab\s?ci\b)")}},
      {"GitHub Actions", {Pattern(R"(\bgithub\s?actions\b)")}},
      {"Travis CI", {Pattern(R"(\btravis\s?ci\b)")}},
      {"CircleCI", {Word("circleci")}},
      {"AWS", {Word("aws")}},
      {"Amazon Web Services", {Pattern(R"(\bamazon\s?web\s?services\b)")}},
      {"Microsoft Azure", {Pattern(R"(\bmicrosoft\s?azure\b)")}},
      {"Google Cloud", {Pattern(R"(\bgoogle\s?cloud\b)")}},
      {"GCP", {Word("gcp")}},
      {"DigitalOcean", {Word("digitalocean")}},
      {"Linode", {Word("linode")}},
      {"Vultr", {Word("vultr")}},
      {"Heroku", {Word("heroku")}},
      {"Vercel", {Word("vercel")}},
      {"Netlify", {Word("netlify")}},
      {"Cloudflare", {Word("cloudflare")}},
      {"WebAssembly", {Pattern(R"(\bweb\s?assembly\b)"), Word("webassembly")}},
      {"GraphQL", {Pattern(R"(\bgraph\s?ql\b)"), Word("graphql")}},
      {"WebSocket", {Word("websocket")}},
      {"WebRTC", {Word("webrtc")}},
      {"PWA", {Word("pwa")}},
      {"Progressive Web App", {Pattern(R"(\bprogressive\s?web\s?app\b)")}},
      {"Service Worker", {Pattern(R"(\bservice\s?worker\b)")}},
      {"WebGL", {Word("webgl")}},
      {"WebGPU", {Word("webgpu")}},
      {"Vite", {Word("vite")}},
      Standalone("Parcel", "parcel", kAfterLeadingWords,
                 "bundler|bundlers|build|builds|dev|plugin|plugins|config|configs|js|v2|"
                 "transformer|transformers|target|targets|watcher|watchers"),
      {"Rollup", {Word("rollup")}},
      {"esbuild", {Word("esbuild")}},
      Standalone("Babel", "babel", kAfterLeadingWords,
                 "plugin|plugins|config|configs|preset|presets|transform|transforms|compile|"
                 "compiler|loader|loaders|js|register|polyfill|polyfills|parser|parsers"),
      {"SWC", {Word("swc")}},
      {"Turbopack", {Word("turbopack")}},
      {"Jest", {Word("jest")}},
      {"Vitest", {Word("vitest")}},
      Standalone("Mocha", "mocha", kAfterLeadingWords,
                 "test|tests|framework|frameworks|reporter|reporters|spec|specs|describe|runner|"
                 "runners|js|chai|async|plugin|plugins"),
      {"Chai", {Word("chai")}},
      Standalone("Jasmine", "jasmine", kNotAfterLeadingWords,
                 "test|spec|framework|suite|spy|expect|runner|describe|js"),
      {"Cypress", {Word("cypress")}},
      {"Playwright", {Word("playwright")}},
      {"Puppeteer", {Word("puppeteer")}},
      {"Selenium", {Word("selenium")}},
      {"WebDriver", {Word("webdriver")}},
      {"Storybook", {Word("storybook")}},
      {"TensorFlow", {Word("tensorflow")}},
      {"PyTorch", {Word("pytorch")}},
      {"scikit-learn", {Pattern(R"(\bscikit-?learn\b)")}},
      {"Keras", {Word("keras")}},
      {"NumPy", {Word("numpy")}},
      {"SciPy", {Word("scipy")}},
      {"Matplotlib", {Word("matplotlib")}},
      {"Seaborn", {Word("seaborn")}},
      {"Jupyter", {Word("jupyter")}},
      {"OpenAI", {Word("openai")}},
      {"Hugging Face", {Pattern(R"(\bhugging\s?face\b)")}},
      {"LangChain", {Word("langchain")}},
      Standalone("LLaMA", "llama", kNotAfterLeadingWords,
                 "model|index|chat|api|inference|embed|weight|format|file|hub|pack"),
      {"ChatGPT", {Word("chatgpt")}},
      {"React Native", {Pattern(R"(\breact\s?native\b)")}},
      {"Flutter",
       {Context("flutter", R"(framework|app|development|dart|mobile|android|ios|widget|sdk)")}},
      {"Xamarin", {Word("xamarin")}},
      {"Ionic", {Word("ionic")}},
      {"Cordova", {Word("cordova")}},
      {"PhoneGap", {Word("phonegap")}},
      {"NativeScript", {Word("nativescript")}},
      {"Expo", {Word("expo")}},
      {"Bitcoin", {Word("bitcoin")}},
      {"Ethereum", {Word("ethereum")}},
      {"Solidity", {Word("solidity")}},
      {"Web3", {Word("web3")}},
      {"NFT", {Word("nft")}},
      {"DeFi", {Word("defi")}},
      {"DAO", {Word("dao")}},
      {"MetaMask", {Word("metamask")}},
      {"OpenZeppelin", {Word("openzeppelin")}},
      {"Unity",
       {Context(
           "unity",
           R"(engine|editor|3d|2d|game|development|asset|physics|animation|script|hub|version)")}},
      {"Unreal Engine", {Pattern(R"(\bunreal\s?engine\b)")}},
      {"Godot", {Word("godot")}},
      Standalone("Blender", "blender", kAfterLeadingWords,
                 "python|addon|addons|script|scripts|api|plugin|plugins|render|renders|node|nodes|"
                 "cycle|cycles|eevee|modifier|modifiers|geometry|shader|shaders|3d"),
      {"OpenGL", {Word("opengl")}},
      {"Vulkan", {Word("vulkan")}},
      {"DirectX", {Word("directx")}},
      {"FFmpeg", {Word("ffmpeg")}},
      {"ImageMagick", {Word("imagemagick")}},
      {"GIMP", {Word("gimp")}},
      {"Inkscape", {Word("inkscape")}},
      {"Photoshop", {Word("photoshop")}},
      {"Illustrator", {Word("illustrator")}},
      {"After Effects", {Pattern(R"(\bafter\s?effects\b)")}},
      {"Premiere Pro", {Pattern(R"(\bpremiere\s?pro\b)")}},
      {"Figma", {Word("figma")}},
      {"Sketch",
       {Context("sketch",
                R"(app|design|plugin|library|file|document|artboard|symbol|cloud|mirror)")}},
      {"InVision", {Word("invision")}},
      {"Canva", {Word("canva")}},
      {"Stack Overflow", {Pattern(R"(\bstack\s?overflow\b)")}},
      {"YouTube", {Pattern(R"(\byou\s?tube\b)")}},
      {"GitHub", {Pattern(R"(\bgit\s?hub\b)")}},
      {"GitLab", {Pattern(R"(\bgit\s?lab\b)")}},
      {"Bitbucket", {Word("bitbucket")}},
      {"SourceTree", {Word("sourcetree")}},
      Standalone("Slack", "slack", kAfterLeadingWords,
                 "api|apis|bot|bots|app|apps|webhook|webhooks|channel|channels|message|messages|"
                 "integration|integrations|notification|notifications|workspace|workspaces|sdk|"
                 "command|commands|block|blocks"),
      {"Discord",
       {Context("discord",
                R"(bot|server|channel|api|webhook|slash|command|guild|voice|chat|app)")}},
      {"Microsoft Teams", {Pattern(R"(\bmicrosoft\s?teams\b)")}},
      {"Zoom",
       {Context("zoom", R"(meeting|call|video|conference|webinar|room|app|client|sdk|api)")}},
      {"Trello", {Word("trello")}},
      {"Asana",
       {Context("asana",
                R"(task|project|workspace|team|api|integration|workflow|timeline|portfolio)")}},
      {"Notion",
       {Context("notion",
                R"(api|database|page|workspace|block|integration|formula|template|widget)")}},
      {"Obsidian",
       {Context("obsidian", R"(vault|plugin|theme|note|graph|canvas|sync|publish|markdown)")}},
      {"Evernote", {Word("evernote")}},
      {"OneNote", {Word("onenote")}},
      {"Google Docs", {Pattern(R"(\bgoogle\s?docs\b)")}},
      {"Google Sheets", {Pattern(R"(\bgoogle\s?sheets\b)")}},
      {"Google Drive", {Pattern(R"(\bgoogle\s?drive\b)")}},
      {"Microsoft Office", {Pattern(R"(\bmicrosoft\s?office\b)")}},
      {"Office 365", {Pattern(R"(\boffice\s?365\b)")}},
      {"SharePoint", {Word("sharepoint")}},
      {"Dropbox", {Word("dropbox")}},
      {"iCloud", {Word("icloud")}},
      {"OneDrive", {Word("onedrive")}},
      {"macOS", {Pattern(R"(\bmac\s?os\b)").Unless(R"(\s?x)"), Pattern(R"((mac\s?)?os\s?x)")}},
      {"Windows",
       {Context(
           "windows",
           R"(10|11|server|os|operating|system|update|defender|terminal|subsystem|powershell|explorer|registry|app|application)")}},
      {"Linux", {Word("linux")}},
      {"Ubuntu", {Word("ubuntu")}},
      {"Debian", {Word("debian")}},
      {"CentOS", {Word("centos")}},
      {"RedHat", {Word("redhat")}},
      {"Fedora", {Word("fedora")}},
      {"Arch Linux", {Pattern(R"(\barch\s?linux\b)")}},
      Standalone("Alpine", "alpine", kNotAfterLeadingWords,
                 "linux|js|docker|container|image|package|apk|musl"),
      {"FreeBSD", {Word("freebsd")}},
      {"OpenBSD", {Word("openbsd")}},
      {"NetBSD", {Word("netbsd")}},
      {"iOS", {Word("ios")}},
      {"Android", {Word("android")}},
      {"watchOS", {Word("watchos")}},
      {"tvOS", {Word("tvos")}},
      {"iPadOS", {Word("ipados")}},
      {"VSCode", {Word("vscode")}},
      {"Visual Studio Code", {Pattern(R"(\bvisual\s?studio\s?code\b)")}},
      {"Visual Studio", {Pattern(R"(\bvisual\s?studio\b)")}},
      {"IntelliJ", {Word("intellij")}},
      {"WebStorm", {Word("webstorm")}},
      {"PyCharm", {Word("pycharm")}},
      {"PhpStorm", {Word("phpstorm")}},
      {"GoLand", {Word("goland")}},
      {"RubyMine", {Word("rubymine")}},
      {"CLion", {Word("clion")}},
      Standalone("Rider", "rider", kNotAfterLeadingWords,
                 "ide|jetbrains|unity|plugin|extension|csharp|dotnet"),
      Standalone("Eclipse", "eclipse", kNotAfterLeadingWords,
                 "plugin|ide|java|rcp|equinox|jdt|pde|marketplace|workspace|project|che"),
      {"NetBeans", {Word("netbeans")}},
      {"Xcode", {Word("xcode")}},
      {"Android Studio", {Pattern(R"(\bandroid\s?studio\b)")}},
      {"Sublime Text", {Pattern(R"(\bsublime\s?text\b)")}},
      {"Atom", {Context("atom", R"(editor|package|theme|plugin|api|shell|ide|text|feed|xml|rss)")}},
      {"Brackets", {Word("brackets")}},
      {"Vim", {Context("vim", R"(editor|command|terminal|text|config|plugin|script|mode)")}},
      {"Neovim", {Word("neovim")}},
      {"Emacs", {Word("emacs")}},
      {"Nano", {Context("nano", R"(editor|text|command|terminal|config|file)")}},
      {"Git", {Word("git")}},
      {"SVN", {Word("svn")}},
      Standalone("Mercurial", "mercurial", kNotAfterLeadingWords,
                 "vcs|repository|branch|commit|pull|push|workflow|extension|hook|plugin"),
      {"Postman", {Word("postman")}},
      Standalone("Insomnia", "insomnia", kNotAfterLeadingWords,
                 "api|rest|client|plugin|request|collection|environment|test"),
      {"Wireshark", {Word("wireshark")}},
  };
  return kSpellings;
}

bool IsAsciiWord(char c) {
  return IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '_';
}

// The node's text as awesome-lint matches it: split at white space, URLs dropped,
// joined with single spaces.
std::string Sanitize(std::string_view value) {
  std::string out;
  auto add = [&](std::string_view word) {
    // is-url-superb: "note:" and "Node.js:" are URLs to it, and dropped.
    if (word.empty()) return;
    if (word.find(':') != std::string_view::npos && url_superb::IsUrl(letter_case::ToUtf16(word)))
      return;
    if (!out.empty()) out += ' ';
    out += word;
  };
  size_t word_start = 0;
  for (size_t at = 0; at < value.size();) {
    size_t before = at;
    if (letter_case::IsSpaceCodePoint(DecodeUtf8(value, at))) {
      add(value.substr(word_start, before - word_start));
      word_start = at;
    }
  }
  add(value.substr(word_start));
  return out;
}

// Whether `text` just before `end` is `words` (white space between them), then white
// space, with a word boundary before: awesome-lint's (?<=\b<words>\s+).
bool AfterWords(std::string_view text, size_t end, std::string_view words) {
  size_t at = end;
  auto skip_spaces = [&] {
    size_t from = at;
    while (at > 0 && text[at - 1] == ' ') --at;
    return at < from;
  };
  if (!skip_spaces()) return false;
  while (!words.empty()) {
    size_t space = words.rfind(' ');
    std::string_view word = space == std::string_view::npos ? words : words.substr(space + 1);
    if (at < word.size() || ToLower(text.substr(at - word.size(), word.size())) != word)
      return false;
    at -= word.size();
    if (space == std::string_view::npos) break;
    words = words.substr(0, space);
    if (!skip_spaces()) return false;
  }
  return at == 0 || !IsAsciiWord(text[at - 1]);
}

struct CompiledTest {
  std::unique_ptr<RE2> pattern, followed_by, not_followed_by;
  std::string_view after_words;
};

struct CompiledSpelling {
  std::string_view value;
  std::vector<CompiledTest> tests;
};

// The table compiled once: JavaScript's `gi` on ASCII patterns is ASCII case folding,
// which RE2 gives over Latin-1 (over UTF-8 it would fold "K" with the Kelvin sign).
class SpellChecker {
 public:
  SpellChecker() : prefilter_(Options(), RE2::UNANCHORED) {
    for (const Spelling& spelling : Spellings()) {
      CompiledSpelling& compiled = spellings_.emplace_back();
      compiled.value = spelling.value;
      for (const Test& test : spelling.tests) {
        CompiledTest& out = compiled.tests.emplace_back();
        out.pattern = Compile(test.pattern);
        if (!test.followed_by.empty()) out.followed_by = Compile(test.followed_by);
        if (!test.not_followed_by.empty()) out.not_followed_by = Compile(test.not_followed_by);
        out.after_words = test.after_words;
        prefilter_.Add(test.pattern, nullptr);
        spelling_of_.push_back(static_cast<int>(spellings_.size() - 1));
      }
    }
    prefilter_.Compile();
  }

  // The findings of one sanitized text: per spelling, its first wrong match.
  std::vector<std::string> Check(std::string_view text) const {
    std::vector<int> matched;
    RE2::Set::ErrorInfo error{};
    std::vector<bool> candidate(spellings_.size(), false);
    if (prefilter_.Match(text, &matched, &error)) {
      for (int index : matched) candidate[spelling_of_[index]] = true;
    } else if (error.kind != RE2::Set::kNoError) {
      candidate.assign(spellings_.size(), true);  // out of memory: try every spelling
    }
    std::vector<std::string> messages;
    for (size_t i = 0; i < spellings_.size(); ++i) {
      if (!candidate[i]) continue;
      const CompiledSpelling& spelling = spellings_[i];
      for (const CompiledTest& test : spelling.tests) {
        if (auto wrong = FirstWrong(test, text, spelling.value)) {
          messages.push_back(fmt::format(
              "Text \"{}\" should be written as \"{}\" (if referring to the technology)", *wrong,
              spelling.value));
          break;
        }
      }
    }
    return messages;
  }

 private:
  static RE2::Options Options() {
    RE2::Options options;
    options.set_encoding(RE2::Options::EncodingLatin1);
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    options.set_max_mem(int64_t{64} << 20);
    return options;
  }

  static std::unique_ptr<RE2> Compile(const std::string& pattern) {
    auto re = std::make_unique<RE2>(pattern, Options());
    if (!re->ok()) throw std::logic_error("awesome-spell-check: bad pattern " + pattern);
    return re;
  }

  static bool MatchesAt(const RE2& re, std::string_view text, size_t at) {
    return re.Match(text, at, text.size(), RE2::ANCHOR_START, nullptr, 0);
  }

  // awesome-lint's exec loop: matches in order; one already spelt right, or touching
  // '-', '_' or '.' ("awesome-nodejs", "ASP.NET"), is passed over — and, differing, one
  // touching '/' (a path or a handle: "#!/perl/bioinfo", "owner/github-tools").
  static std::optional<std::string_view> FirstWrong(const CompiledTest& test, std::string_view text,
                                                    std::string_view value) {
    re2::StringPiece match;
    for (size_t from = 0; from <= text.size();) {
      if (!test.pattern->Match(text, from, text.size(), RE2::UNANCHORED, &match, 1)) break;
      size_t begin = match.data() - text.data(), end = begin + match.size();
      bool context = (!test.followed_by || MatchesAt(*test.followed_by, text, end)) &&
                     (!test.not_followed_by || !MatchesAt(*test.not_followed_by, text, end)) &&
                     (test.after_words.empty() || AfterWords(text, begin, test.after_words));
      if (!context) {  // no match here: the search goes on from the next character
        from = begin + 1;
        continue;
      }
      from = end > begin ? end : end + 1;
      std::string_view found = text.substr(begin, end - begin);
      if (found == value) continue;
      auto allowed = [](char c) { return c == '-' || c == '_' || c == '.' || c == '/'; };
      if ((begin > 0 && allowed(text[begin - 1])) || (end < text.size() && allowed(text[end])))
        continue;
      return found;
    }
    return std::nullopt;
  }

  std::vector<CompiledSpelling> spellings_;
  RE2::Set prefilter_;
  std::vector<int> spelling_of_;  // by pattern of the prefilter
};

// Differs: a link whose text is the last part of its own address ("[mysql]" to
// crates.io/keywords/mysql, "[redis-py]" to github.com/redis/redis-py) names a package or a
// keyword as its registry or repository writes it, not the product in prose.
bool NamesItsLink(const SyntaxTree& tree, const SyntaxNode& text) {
  if (text.parent < 0 || tree[text.parent].type != NodeType::kLink) return false;
  const SyntaxNode& link = tree[text.parent];
  if (link.first_child < 0 || tree[link.first_child].next >= 0) return false;  // text alone
  std::string_view url = tree.Url(link);
  url = url.substr(0, url.find_first_of("?#"));
  while (!url.empty() && url.back() == '/') url.remove_suffix(1);
  std::string_view last = url.substr(url.rfind('/') + 1);
  return !last.empty() && ToLower(last) == ToLower(tree.Value(text));
}

class AwesomeSpellCheckRule : public Rule {
 public:
  const RuleMeta& meta() const override {
    static const RuleMeta kMeta{
        "awesome-spell-check",
        "Product names are spelt as their makers spell them (awesome-lint's rule)",
        {"awesome", "style"},
        Severity::kOff,
        /*fixable=*/false,
        {}};
    return kMeta;
  }

  void Check(const Document& doc, const Entries&, const LintContext&,
             RuleReporter& out) const override {
    static const SpellChecker kChecker;
    const SyntaxTree& tree = doc.tree();
    for (const SyntaxNode& node : tree.nodes()) {
      if (node.type != NodeType::kText || NamesItsLink(tree, node)) continue;
      std::string text = Sanitize(tree.Value(node));
      if (text.empty()) continue;
      for (std::string& message : kChecker.Check(text)) out.Report(node.span, std::move(message));
    }
  }
};

}  // namespace

std::unique_ptr<Rule> MakeAwesomeSpellCheckRule() {
  return std::make_unique<AwesomeSpellCheckRule>();
}

}  // namespace awesomelint
