// The binary's link check end to end, against servers on 127.0.0.1 that each test
// starts: verdicts in every format, exit codes, options, the cache, tokens, and
// runs cut short by Ctrl-C or the deadline. Every URL points at 127.0.0.1 (or is
// remapped there), so nothing reaches the internet.
#include <gtest/gtest.h>
#include <signal.h>

#include <atomic>
#include <nlohmann/json.hpp>

#include "tests/cli/cli_fixture.h"
#include "tests/links/test_server.h"

namespace {

using namespace awesomelint::testing;
namespace fs = std::filesystem;

class CliLinksTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    auto& s = server_.server();
    s.Get("/ok", [](const auto&, auto& res) { res.set_content("fine", "text/html"); });
    s.Get("/missing", [](const auto&, auto& res) { res.status = 404; });
    s.Get("/walled", [](const auto&, auto& res) {
      res.status = 403;
      res.set_header("cf-mitigated", "challenge");
      res.set_content("<title>Just a moment...</title>", "text/html");
    });
    s.Get("/teapot", [](const auto&, auto& res) { res.status = 418; });
    s.Get("/busy", [](const auto&, auto& res) {
      res.status = 429;
      res.set_header("Retry-After", "1");
    });
    s.Get("/echo", [](const auto&, auto& res) { res.status = 200; });
    s.Get("/hang", [this](const auto&, auto& res) {
      if (interrupt_on_hang_) {  // Ctrl-C, once this request is in flight
        while (interrupt_.load() == 0) std::this_thread::yield();  // Start() has returned
        kill(interrupt_.load(), SIGINT);
      }
      server_.Hang();
      res.status = 200;
    });
  }
  void TearDown() override {
    server_.Release();
    CliTest::TearDown();
  }

  std::string Url(const std::string& path) { return server_.Url(path); }
  void WriteList(const std::vector<std::string>& urls) {
    std::string text = "# Links\n\n";
    for (size_t i = 0; i < urls.size(); ++i)
      text += fmt::format("- [Link {}]({}) - Link number {}.\n", i, urls[i], i);
    WriteFile(dir_ / "list.md", text);
  }
  // Link checks in tests: no config from above the scratch directory, short timeouts.
  Result Check(std::vector<std::string> args, const std::string& env = "") {
    args.insert(args.begin(), {"--no-config", "--timeout", "5", "--max-retries", "0"});
    return Run(args, env);
  }

  TestServer server_;
  bool interrupt_on_hang_ = false;
  std::atomic<pid_t> interrupt_{0};
};

const nlohmann::json* LinkFor(const nlohmann::json& report, const std::string& url) {
  for (const auto& link : report["links"])
    if (link["url"] == url) return &link;
  return nullptr;
}

TEST_F(CliLinksTest, VerdictsInJsonWithEveryLocation) {
  server_.Start();
  WriteFile(dir_ / "list.md", "# Links\n\n- [OK](" + Url("/ok") + ") - Fine.\n- [Missing](" +
                                  Url("/missing") + ") - Gone.\n- [Walled](" + Url("/walled") +
                                  ") - Bot wall.\n- [Again](" + Url("/ok#usage") + ") - Same.\n");
  Result r = Check({"--no-cache", "--format", "json", "list.md"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["links"].size(), 3u) << report["links"].dump(1);

  const nlohmann::json* ok = LinkFor(report, Url("/ok"));
  ASSERT_TRUE(ok);
  EXPECT_EQ((*ok)["status"], "alive");
  EXPECT_EQ((*ok)["http_status"], 200);
  EXPECT_EQ((*ok)["provider"], "http");
  ASSERT_EQ((*ok)["locations"].size(), 2u) << "one check for both citations";
  EXPECT_EQ((*ok)["locations"][0]["line"], 3);
  EXPECT_EQ((*ok)["locations"][1]["line"], 6);

  const nlohmann::json* missing = LinkFor(report, Url("/missing"));
  ASSERT_TRUE(missing);
  EXPECT_EQ((*missing)["status"], "broken");
  EXPECT_EQ((*missing)["http_status"], 404);
  const nlohmann::json* walled = LinkFor(report, Url("/walled"));
  ASSERT_TRUE(walled);
  EXPECT_EQ((*walled)["status"], "blocked");

  // The broken link is a finding on its URL: line 4, from column 13.
  std::vector<nlohmann::json> findings;
  for (const auto& d : report["diagnostics"])
    if (d["rule"] == "link-check") findings.push_back(d);
  ASSERT_GE(findings.size(), 1u) << report["diagnostics"].dump(1);
  EXPECT_EQ(findings[0]["line"], 4);
  EXPECT_EQ(findings[0]["column"], 13);
  EXPECT_EQ(findings[0]["severity"], "error");
  EXPECT_EQ(report["summary"]["links"]["alive"], 1);
  EXPECT_EQ(report["summary"]["links"]["broken"], 1);
  EXPECT_EQ(report["summary"]["links"]["blocked"], 1);
  EXPECT_EQ(report["summary"]["link_check"]["finished"], true);
  EXPECT_EQ(server_.Count("/ok"), 1u);
}

// link-check switched off — by --disable, by a config, or for a line by an inline
// comment — means those links are not asked for at all, not asked and hidden.
TEST_F(CliLinksTest, SwitchedOffLinkCheckSendsNoRequest) {
  server_.Start();
  WriteList({Url("/ok"), Url("/missing")});
  Result r = Check({"--disable", "link-check", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(server_.requests().size(), 0u) << "--disable link-check";

  WriteFile(dir_ / "off.json", R"({"link-check": false})");
  r = Run({"--config", "off.json", "--timeout", "5", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(server_.requests().size(), 0u) << "a config's \"link-check\": false";

  WriteFile(dir_ / "list.md", fmt::format("# Links\n\n- [A]({}) - One.\n"
                                          "<!-- awesomelint-disable-next-line link-check -->\n"
                                          "- [B]({}) - Two.\n",
                                          Url("/ok"), Url("/missing")));
  r = Check({"list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  EXPECT_EQ(server_.Count("/ok"), 1u);
  EXPECT_EQ(server_.Count("/missing"), 0u) << "its line switches link-check off";
}

// With no network — the first hosts do not resolve or connect, and neither does a
// host that is always up (the GitHub API) — the run says so once and ends with 2;
// no link is called broken. Hosts that are merely dead, while the API answers, are.
TEST_F(CliLinksTest, NoNetworkIsSaidOnceAndNoLinkIsBroken) {
  server_.Start();
  std::vector<std::string> dead;
  for (const char* host : {"a", "b", "c", "d", "e"})
    dead.push_back(fmt::format("http://{}.no-such-host.invalid/page", host));
  dead.push_back("http://127.0.0.1:1/refused");
  // Links a provider batches: waiting for their batch when the run learns it has no
  // network, they are unchecked too, not "timed out".
  for (int i = 0; i < 300; ++i) dead.push_back(fmt::format("https://github.com/octo/repo{}", i));
  for (int i = 0; i < 120; ++i)
    dead.push_back(fmt::format("https://arxiv.org/abs/2401.{:05}", i + 1));
  WriteList(dead);
  Result r =
      Check({"--provider", "github=http://127.0.0.1:1", "--provider", "arxiv=http://127.0.0.1:1",
             "--remap", "^https://github\\.com/(.*)$ http://127.0.0.1:1/$1", "--format", "json",
             "list.md"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("no network: 426 links not checked — use --offline to lint only"),
            std::string::npos)
      << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  for (const std::string& url : dead)
    EXPECT_EQ((*LinkFor(report, url))["status"], "unchecked") << url;
  EXPECT_TRUE(report["diagnostics"].empty()) << report["diagnostics"].dump(1);

  // The API answers: the network is there, and those hosts do not exist.
  dead.resize(6);
  WriteList(dead);
  Result online = Check({"--provider", "github=" + Url(""), "--format", "json", "list.md"});
  EXPECT_EQ(online.exit_code, 1) << online.err;
  EXPECT_EQ(online.err.find("no network"), std::string::npos) << online.err;
  nlohmann::json checked = nlohmann::json::parse(online.out);
  EXPECT_EQ((*LinkFor(checked, dead[0]))["status"], "broken");
}

TEST_F(CliLinksTest, NoNetworkIsSaidWhenConnectionsHang) {
  // Every host's connection hangs (a network that drops packets) and so does the
  // probe's: nothing answers, and nothing is called broken or timed out.
  awesomelint::testing::BlackHole hole;
  std::vector<std::string> args = {"--timeout", "2", "--provider",
                                   fmt::format("github=http://probe.hang.test:{}", hole.port())};
  std::vector<std::string> urls;
  for (const char* host : {"a", "b", "c", "d", "e", "probe"}) {
    std::string name = fmt::format("{}.hang.test:{}", host, hole.port());
    if (std::string(host) != "probe") urls.push_back(fmt::format("http://{}/page", name));
    args.insert(args.end(), {"--resolve", name + ":127.0.0.1"});
  }
  WriteList(urls);
  args.insert(args.end(), {"--format", "json", "list.md"});
  Result r = Check(args);
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("no network: 5 links not checked"), std::string::npos) << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  for (const std::string& url : urls)
    EXPECT_EQ((*LinkFor(report, url))["status"], "unchecked") << url;
  EXPECT_TRUE(report["diagnostics"].empty()) << report["diagnostics"].dump(1);
}

TEST_F(CliLinksTest, OnlyBrokenFailsByDefaultAndFailOnIsConfigurable) {
  server_.Start();
  WriteList({Url("/ok"), Url("/walled")});
  Result r = Check({"--no-cache", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;

  WriteFile(dir_ / "strict.json", R"({"links": {"fail-on": ["broken", "blocked"]}})");
  r = Run({"--config", "strict.json", "--no-cache", "list.md"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  EXPECT_NE(r.out.find("link-check"), std::string::npos) << r.out;
}

TEST_F(CliLinksTest, EveryFormatCarriesTheVerdicts) {
  server_.Start();
  WriteList({Url("/ok"), Url("/missing")});
  Result pretty = Check({"--no-cache", "list.md"});
  EXPECT_NE(pretty.out.find("2 links: 1 alive, 1 broken"), std::string::npos) << pretty.out;
  EXPECT_NE(pretty.out.find("list.md:4:12"), std::string::npos) << pretty.out;

  Result github = Check({"--no-cache", "--format", "github", "list.md"});
  EXPECT_NE(github.out.find("::error file=list.md,line=4,col=12"), std::string::npos) << github.out;
  EXPECT_NE(github.out.find("title=link-check::"), std::string::npos) << github.out;

  Result sarif = Check({"--no-cache", "--format", "sarif", "list.md"});
  nlohmann::json log = nlohmann::json::parse(sarif.out);
  ASSERT_EQ(log["runs"][0]["results"].size(), 1u) << sarif.out;
  EXPECT_EQ(log["runs"][0]["results"][0]["ruleId"], "link-check");

  Result markdown = Check({"--no-cache", "--format", "markdown", "list.md"});
  EXPECT_NE(markdown.out.find("broken"), std::string::npos) << markdown.out;
  EXPECT_NE(markdown.out.find("| error | [link-check]("), std::string::npos) << markdown.out;
}

TEST_F(CliLinksTest, VerboseListsEveryVerdictAndTheSummaryNamesHosts) {
  server_.Start();
  WriteList({Url("/ok"), Url("/missing"), Url("/busy")});
  std::string host = Url("").substr(std::string("http://").size());  // 127.0.0.1:PORT
  Result quiet = Check({"--no-cache", "list.md"});
  EXPECT_EQ(quiet.out.find(" alive "), std::string::npos) << "only problems without --verbose";
  EXPECT_NE(quiet.out.find("Link check: "), std::string::npos) << quiet.out;

  Result pretty = Check({"--no-cache", "--verbose", "list.md"});
  size_t broken = pretty.out.find("list.md:4:3 broken     404");
  size_t error = pretty.out.find("list.md:5:3 error      429");
  size_t alive = pretty.out.find("list.md:3:3 alive      200");
  ASSERT_NE(broken, std::string::npos) << pretty.out;
  ASSERT_NE(error, std::string::npos) << pretty.out;
  ASSERT_NE(alive, std::string::npos) << pretty.out;
  EXPECT_LT(broken, error) << "problems first, the worst first";
  EXPECT_LT(error, alive);
  EXPECT_NE(pretty.out.find(" s " + Url("/ok") + "\n"), std::string::npos) << "with its time";
  EXPECT_NE(pretty.out.find(Url("/missing") + " — 404 Not Found"), std::string::npos);
  EXPECT_NE(pretty.out.find("; slowest hosts: " + host + " ("), std::string::npos) << pretty.out;
  EXPECT_NE(pretty.out.find("; most rate-limited: " + host + " (1 × 429/503)"), std::string::npos)
      << pretty.out;

  Result json = Check({"--no-cache", "--format", "json", "list.md"});
  nlohmann::json report = nlohmann::json::parse(json.out);
  EXPECT_TRUE((*LinkFor(report, Url("/ok")))["seconds"].is_number()) << json.out;
  const nlohmann::json& check = report["summary"]["link_check"];
  ASSERT_EQ(check["hosts"].size(), 1u) << json.out;
  EXPECT_EQ(check["hosts"][0]["host"], host);
  EXPECT_EQ(check["hosts"][0]["requests"], check["requests"]);
  EXPECT_EQ(check["hosts"][0]["rate_limited"], 1);
  EXPECT_GE(check["hosts"][0]["peak"], 1);

  Result markdown = Check({"--no-cache", "--verbose", "--format", "markdown", "list.md"});
  EXPECT_NE(markdown.out.find("<details><summary>Every link (3)</summary>"), std::string::npos)
      << markdown.out;
  EXPECT_NE(markdown.out.find("| list.md:3:3 | alive | 200 | "), std::string::npos);
  EXPECT_NE(markdown.out.find("Link check: 4 requests in "), std::string::npos);

  Result github = Check({"--no-cache", "--verbose", "--format", "github", "list.md"});
  EXPECT_NE(github.out.find("\n  list.md:3:3 alive      200"), std::string::npos) << github.out;
  EXPECT_NE(github.out.find("\nawesomelint: link check: 4 requests in "), std::string::npos);
}

// What the APIs said of a resource comes out with its verdict, from the request that
// decided it: a repository's health from GitHub's REST answer.
TEST_F(CliLinksTest, JsonCarriesWhatTheApiSaidOfAResource) {
  server_.server().Get("/repos/octo/tool", [](const auto&, auto& res) {
    res.set_content(R"({"full_name": "octo/tool", "archived": true, "stargazers_count": 42,
                        "pushed_at": "2020-01-02T03:04:05Z"})",
                    "application/json");
  });
  server_.Start();
  WriteList({"https://github.com/octo/tool", Url("/ok")});
  Result r = Check({"--no-cache", "--provider", "github=" + Url(""), "--format", "json", "list.md"},
                   "-u GITHUB_TOKEN -u GH_TOKEN");
  nlohmann::json report = nlohmann::json::parse(r.out);
  const nlohmann::json& repo = (*LinkFor(report, "https://github.com/octo/tool"))["meta"]["repo"];
  EXPECT_EQ(repo["name_with_owner"], "octo/tool") << r.out;
  EXPECT_EQ(repo["archived"], true);
  EXPECT_EQ(repo["stars"], 42);
  EXPECT_EQ(repo["pushed_at"], "2020-01-02T03:04:05Z");
  EXPECT_FALSE(repo.contains("last_commit")) << "REST does not say it";
  EXPECT_FALSE(LinkFor(report, Url("/ok"))->contains("meta")) << "a page has none";
}

// What the APIs said, end to end: paper-title and repo-health findings in the
// report, the Repository health table in markdown, paper and repo in --dump-entries
// --with-meta.
TEST_F(CliLinksTest, PaperTitlesAndRepositoryHealthFromTheApis) {
  auto& s = server_.server();
  s.Get("/repos/octo/retired", [](const auto&, auto& res) {
    res.set_content(R"({"full_name": "octo/retired", "archived": true, "stargazers_count": 7,
                        "pushed_at": "2021-06-01T00:00:00Z"})",
                    "application/json");
  });
  s.Get("/repos/octo/quiet", [](const auto&, auto& res) {
    res.set_content(R"({"full_name": "octo/quiet", "archived": false, "stargazers_count": 3,
                        "pushed_at": "2019-02-03T00:00:00Z"})",
                    "application/json");
  });
  s.Get("/repos/octo/active", [](const auto&, auto& res) {
    res.set_content(R"({"full_name": "octo/active", "pushed_at": "2026-11-01T00:00:00Z"})",
                    "application/json");
  });
  s.Post("/api/query", [](const auto&, auto& res) {
    res.set_content(
        R"(<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>http://arxiv.org/abs/2304.12306v2</id>)"
        R"(<published>2023-04-24T00:00:00Z</published><title>Segment Anything in Medical Images</title>)"
        R"(<summary>We present MedSAM, a foundation model for universal medical image segmentation.)"
        R"(</summary></entry></feed>)",
        "application/atom+xml");
  });
  server_.Start();
  WriteFile(
      dir_ / "list.md",
      "# Models\n\n"
      "- [MedSAM](https://arxiv.org/abs/2304.12306) - [code](https://github.com/octo/active)\n"
      "- [Stable Diffusion](https://arxiv.org/abs/2304.12306v2) - a copy-pasted link.\n"
      "- [Old tool](https://github.com/octo/retired) - archived.\n"
      "- [Quiet tool](https://github.com/octo/quiet) - stale.\n");
  std::vector<std::string> args = {"--no-cache",      "--today",           "2026-11-28",
                                   "--provider",      "github=" + Url(""), "--provider",
                                   "arxiv=" + Url("")};
  auto with = [&](std::vector<std::string> more) {
    std::vector<std::string> all = args;
    all.insert(all.end(), more.begin(), more.end());
    return Check(all, "-u GITHUB_TOKEN -u GH_TOKEN");
  };

  Result pretty = with({"list.md"});
  EXPECT_EQ(pretty.exit_code, 1) << pretty.out << pretty.err;  // duplicate-link: an error
  EXPECT_NE(pretty.out.find("list.md:4:22 warning links to 'Segment Anything in Medical "
                            "Images' (arXiv 2304.12306); did you mean"),
            std::string::npos)
      << pretty.out;
  EXPECT_EQ(pretty.out.find("list.md:3:12 warning"), std::string::npos);
  EXPECT_NE(pretty.out.find("list.md:5:3 warning Repository octo/retired is archived: "
                            "read-only, no longer maintained (last push 2021-06-01) [repo-health]"),
            std::string::npos);
  EXPECT_NE(pretty.out.find("list.md:6:3 info Repository octo/quiet has had no push since "
                            "2019-02-03 (more than 24 months) [repo-health]"),
            std::string::npos);
  EXPECT_EQ(pretty.out.find("octo/active is"), std::string::npos);

  Result markdown = with({"--format", "markdown", "list.md"});
  EXPECT_NE(markdown.out.find("### Repository health (2)\n\n| Repository | State | Last commit | "
                              "Stars | Where |\n| --- | --- | --- | ---: | --- |\n"
                              "| [octo/retired](https://github.com/octo/retired) | archived | "
                              "2021-06-01 | 7 | list.md:5:3 |\n"
                              "| [octo/quiet](https://github.com/octo/quiet) | stale | 2019-02-03 "
                              "| 3 | list.md:6:3 |\n"),
            std::string::npos)
      << markdown.out;

  Result dump = with({"--dump-entries", "--with-meta", "list.md"});
  EXPECT_EQ(dump.exit_code, 0) << dump.err;
  nlohmann::json entries = nlohmann::json::parse(dump.out)["files"][0]["entries"];
  ASSERT_EQ(entries.size(), 4u);
  EXPECT_EQ(entries[0]["paper"]["title"], "Segment Anything in Medical Images");
  EXPECT_EQ(entries[0]["paper"]["url"], "https://arxiv.org/abs/2304.12306");
  EXPECT_EQ(entries[0]["repo"]["name_with_owner"], "octo/active");
  EXPECT_TRUE(entries[2]["paper"].is_null());
  EXPECT_EQ(entries[2]["repo"]["archived"], true);
  Result plain = with({"--dump-entries", "list.md"});
  EXPECT_FALSE(nlohmann::json::parse(plain.out)["files"][0]["entries"][0].contains("paper"))
      << "without --with-meta no link is checked";
  EXPECT_EQ(with({"--with-meta", "list.md"}).exit_code, 2);
  EXPECT_EQ(with({"--dump-entries", "--with-meta", "--offline", "list.md"}).exit_code, 2);
}

TEST_F(CliLinksTest, OptionsReachEveryRequest) {
  server_.Start();
  WriteList({"https://example.com/echo", Url("/teapot"), Url("/skip-me")});
  Result r =
      Check({"--no-cache", "--format", "json", "--remap",
             "^https://example\\.com/(.*)$ " + Url("/$1"), "--header", "X-List: awesome",
             "--user-agent", "list-bot/1.0", "--accept", "418", "--exclude", "skip-me", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ((*LinkFor(report, "https://example.com/echo"))["status"], "alive")
      << "the URL as written, checked where --remap sent it";
  EXPECT_EQ((*LinkFor(report, Url("/teapot")))["status"], "alive");
  EXPECT_EQ((*LinkFor(report, Url("/skip-me")))["status"], "excluded");
  EXPECT_EQ(server_.Count("/skip-me"), 0u);
  auto requests = server_.requests();
  ASSERT_FALSE(requests.empty());
  for (auto& request : requests) {
    EXPECT_EQ(request.headers["X-List"], "awesome") << request.path;
    EXPECT_EQ(request.headers["User-Agent"], "list-bot/1.0") << request.path;
  }
}

TEST_F(CliLinksTest, LinksSectionOfTheConfig) {
  server_.Start();
  WriteList({"https://example.com/echo", Url("/teapot")});
  nlohmann::json config = {{"links",
                            {{"remap", {"^https://example\\.com/(.*)$ " + Url("/$1")}},
                             {"accept", {418}},
                             {"headers", {"X-List: from-config"}},
                             {"cache", false}}}};
  WriteFile(dir_ / ".awesomelint.json", config.dump());
  Result r = Run({"--timeout", "5", "--format", "json", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ(report["summary"]["links"]["alive"], 2) << r.out;
  EXPECT_EQ(server_.requests().at(0).headers["X-List"], "from-config");
  EXPECT_FALSE(fs::exists(dir_ / ".awesomelint-cache.json"));
}

TEST_F(CliLinksTest, BadLinkOptionsExitTwoWithWhy) {
  server_.Start();
  WriteList({Url("/ok")});
  struct Case {
    std::vector<std::string> args;
    std::string message;
  };
  for (const Case& c : std::vector<Case>{
           {{"--exclude", "(unclosed"}, "--exclude: '(unclosed' is not a valid regular expression"},
           {{"--remap", "no-replacement"}, "remap"},
           {{"--remap", "([ x"}, "remap"},
           {{"--accept", "20x"}, "--accept: '20x' is not an HTTP status code"},
           {{"--deadline", "soon"}, "--deadline: 'soon' is not a duration"},
           {{"--max-cache-age", "forever"}, "max-cache-age"},
           {{"--header", "no colon"}, "must be 'Name: value'"}}) {
    std::vector<std::string> args = c.args;
    args.push_back("list.md");
    Result r = Check(args);
    EXPECT_EQ(r.exit_code, 2) << c.args[0] << ": " << r.err;
    EXPECT_NE(r.err.find(c.message), std::string::npos) << r.err;
  }
  WriteFile(dir_ / "bad.json", R"({"links": {"timeout": "soon"}})");
  Result r = Run({"--config", "bad.json", "list.md"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("bad.json"), std::string::npos) << r.err;
  EXPECT_EQ(server_.Count("/ok"), 0u) << "nothing is checked when the options are wrong";
}

// --timeout 0 and "timeout": 0 are one validator's one error; only where differs.
TEST_F(CliLinksTest, ZeroTimeoutIsTheSameErrorOnTheCommandLineAndInAConfig) {
  WriteList({Url("/ok")});
  Result flag = Check({"--timeout", "0", "list.md"});
  WriteFile(dir_ / "zero.json", "{\n  \"links\": {\"timeout\": 0}\n}\n");
  Result config = Run({"--config", "zero.json", "list.md"});
  EXPECT_EQ(flag.exit_code, 2);
  EXPECT_EQ(config.exit_code, 2);
  const std::string why = "must be a whole number of seconds from 1 to 3600, not 0";
  EXPECT_NE(flag.err.find("awesomelint: --timeout: " + why), std::string::npos) << flag.err;
  EXPECT_NE(config.err.find("awesomelint: zero.json:2: links.timeout: " + why), std::string::npos)
      << config.err;
  EXPECT_TRUE(flag.out.empty() && config.out.empty());
}

// Each file's own config chooses its links; the run-wide settings must agree.
TEST_F(CliLinksTest, EachFilesConfigAppliesToItsOwnLinks) {
  server_.Start();
  std::string list = "# Links\n\n- [Missing](" + Url("/missing") + ") - Gone.\n";
  fs::create_directories(dir_ / "a");
  fs::create_directories(dir_ / "b");
  WriteFile(dir_ / "a" / "README.md", list);
  WriteFile(dir_ / "b" / "README.md", list);
  WriteFile(dir_ / "a" / ".awesomelint.json", R"({"links": {"exclude": ["/missing$"]}})");
  WriteFile(dir_ / "b" / ".awesomelint.json", R"({"links": {"fail-on": ["broken"]}})");
  Result r =
      Run({"--no-cache", "--timeout", "5", "--format", "json", "a/README.md", "b/README.md"});
  EXPECT_EQ(r.exit_code, 1) << r.out << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  ASSERT_EQ(report["diagnostics"].size(), 1u) << report["diagnostics"].dump(1);
  EXPECT_EQ(report["diagnostics"][0]["file"], "b/README.md");
  EXPECT_EQ(server_.Count("/missing"), 2u) << "asked for b only: HEAD, then GET to confirm";

  WriteFile(dir_ / "a" / ".awesomelint.json", R"({"links": {"timeout": 5}})");
  WriteFile(dir_ / "b" / ".awesomelint.json", "{\n\"links\": {\"timeout\": 9}}");
  r = Run({"--no-cache", "a/README.md", "b/README.md"});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("/b/.awesomelint.json:2: links.timeout is 9 here but 5 in "),
            std::string::npos)
      << r.err;
  EXPECT_NE(r.err.find("/a/.awesomelint.json:1;"), std::string::npos) << r.err;
  EXPECT_EQ(Run({"--no-cache", "--timeout", "5", "a/README.md", "b/README.md"}).exit_code, 1)
      << "the command line settles it";
}

TEST_F(CliLinksTest, OfflineSendsNothing) {
  server_.Start();
  WriteList({Url("/ok"), Url("/missing")});
  Result r = Run({"--offline", "--format", "json", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(server_.requests().empty());
  EXPECT_TRUE(nlohmann::json::parse(r.out)["links"].empty());
}

TEST_F(CliLinksTest, CacheAnswersTheSecondRunUnlessTurnedOff) {
  server_.Start();
  WriteList({Url("/ok"), Url("/missing")});
  Check({"list.md"});
  ASSERT_TRUE(fs::exists(dir_ / ".awesomelint-cache.json"));
  EXPECT_EQ(server_.Count("/ok"), 1u);
  Result second = Check({"--format", "json", "list.md"});
  EXPECT_EQ(server_.Count("/ok"), 1u) << "an alive link is not asked again";
  // A broken one is asked again: with GET alone, since the cache remembers that
  // this host's HEAD answer needed confirming (HEAD and GET the first time).
  EXPECT_EQ(server_.Count("/missing"), 3u) << "a broken one is";
  nlohmann::json report = nlohmann::json::parse(second.out);
  EXPECT_EQ((*LinkFor(report, Url("/ok")))["status"], "cached");
  EXPECT_EQ((*LinkFor(report, Url("/ok")))["cached_status"], "alive");

  Check({"--no-cache", "list.md"});
  EXPECT_EQ(server_.Count("/ok"), 2u);
  Check({"--cache", "elsewhere.json", "list.md"});
  EXPECT_TRUE(fs::exists(dir_ / "elsewhere.json"));
  EXPECT_EQ(server_.Count("/ok"), 3u);
}

TEST_F(CliLinksTest, TokenGoesOnlyToTheApiAndNeverIntoOutputOrCache) {
  TestServer api;
  api.server().Post("/graphql", [](const auto&, auto& res) {
    res.set_content(R"({"data": {"r0": {"nameWithOwner": "o/r", "isArchived": false}}})",
                    "application/json");
  });
  api.Start();
  server_.Start();
  WriteList({"https://github.com/o/r", Url("/ok")});
  nlohmann::json config = {{"links", {{"remap", {"^https://github\\.com/(.*)$ " + Url("/$1")}}}}};
  WriteFile(dir_ / "links.json", config.dump());
  const std::string secret = "ghp_SECRETtoken0123456789";
  // The API base from the environment, which is the user's: the token follows it.
  std::string env = fmt::format("GITHUB_TOKEN={} AWESOMELINT_GITHUB_API={}", secret, api.Url(""));
  for (const char* format : {"json", "pretty", "sarif", "github", "markdown"}) {
    Result r = Run({"--config", "links.json", "--format", format, "list.md"}, env);
    EXPECT_EQ(r.exit_code, 0) << r.out << r.err;
    EXPECT_EQ(r.out.find(secret), std::string::npos) << format;
    EXPECT_EQ(r.err.find(secret), std::string::npos) << format;
    fs::remove(dir_ / ".awesomelint-cache.json");  // so that every run asks the API
  }
  // And from the command line.
  Result r = Run({"--config", "links.json", "--provider", "github=" + api.Url(""), "list.md"},
                 "GITHUB_TOKEN=" + secret);
  EXPECT_TRUE(r.err.empty()) << r.err;
  EXPECT_EQ(ReadFile(dir_ / ".awesomelint-cache.json").find(secret), std::string::npos);
  ASSERT_FALSE(api.requests().empty());
  for (auto& request : api.requests())
    EXPECT_EQ(request.headers["Authorization"], "Bearer " + secret);
  for (const auto& request : server_.requests()) {
    EXPECT_EQ(request.headers.count("Authorization"), 0u) << request.path;
    for (const auto& [name, value] : request.headers)
      EXPECT_EQ(value.find(secret), std::string::npos) << name;
  }
}

// --fix never replaces what another writer wrote meanwhile: here the link check
// is the "meanwhile" — the server rewrites the list when its link is asked for,
// so the file awesomelint read is gone by the time the fixes are ready.
TEST_F(CliLinksTest, FixLeavesAFileChangedMeanwhileAsTheOtherWriterWroteIt) {
  const std::string theirs = "# L\n\n* [Theirs](http://example.org/theirs)\n";
  server_.server().Get("/rewrite", [&](const auto&, auto& res) {
    WriteFile(dir_ / "list.md", theirs);
    res.status = 200;
  });
  server_.Start();
  // The second date is written unlike the others: a fix.
  WriteFile(dir_ / "list.md",
            fmt::format("# L\n\n* [12.06.2024] [A]({0})\n* [2024-05-22] [B]({0})\n"
                        "* [21.05.2024] [C]({0})\n* [20.05.2024] [D]({0})\n",
                        Url("/rewrite")));
  Result r = Check({"--fix", "--no-cache", "list.md"});
  EXPECT_EQ(r.exit_code, 2) << r.out << r.err;
  EXPECT_NE(r.err.find("list.md: not fixed: it changed while awesomelint was fixing it, and is "
                       "left as it is now; run awesomelint --fix again"),
            std::string::npos)
      << r.err;
  EXPECT_EQ(ReadFile(dir_ / "list.md"), theirs);
  for (const auto& entry : fs::directory_iterator(dir_))  // no temporary file left behind
    EXPECT_EQ(entry.path().filename().string().find("awesomelint-"), std::string::npos);
}

// A repository's config is the pull request's: its provider bases and remap
// rules may move requests, never a token. A loopback server stands in for the
// attacker's host and records every request's headers.
TEST_F(CliLinksTest, ConfigCannotSendTokensToAHostItNames) {
  TestServer attacker;
  attacker.server().Get(".*", [](const auto&, auto& res) { res.status = 404; });
  attacker.server().Post(".*", [](const auto&, auto& res) { res.status = 401; });
  attacker.Start();
  server_.Start();
  WriteList({"https://github.com/o/r", "https://huggingface.co/org/model"});
  const std::string github_secret = "ghp_SECRETtoken0123456789";
  const std::string hf_secret = "hf_SECRETtoken0123456789";
  std::string env = fmt::format("GITHUB_TOKEN={} HF_TOKEN={}", github_secret, hf_secret);
  // Every other https URL goes to a closed port: nothing leaves the machine.
  std::string elsewhere = "^https://(.*)$ http://127.0.0.1:1/$1";
  std::vector<nlohmann::json> configs = {
      {{"links",
        {{"providers", {{"github", attacker.Url("")}, {"huggingface", attacker.Url("")}}},
         {"remap", {elsewhere}}}}},
      {{"links",
        {{"remap",
          {"^https://api\\.github\\.com/(.*)$ " + attacker.Url("/$1"),
           "^https://huggingface\\.co/api/(.*)$ " + attacker.Url("/api/$1"), elsewhere}}}}},
  };
  for (const nlohmann::json& config : configs) {
    WriteFile(dir_ / ".awesomelint.json", config.dump());
    Result r = Run({"--no-cache", "list.md"}, env);
    EXPECT_NE(r.err.find("GITHUB_TOKEN was not sent to " + attacker.Url("")), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("HF_TOKEN was not sent to " + attacker.Url("")), std::string::npos)
        << r.err;
    EXPECT_NE(r.err.find("a repository's config (links.providers, links.remap) may move "
                         "requests, never a token"),
              std::string::npos);
  }
  ASSERT_GE(attacker.requests().size(), 4u) << "the requests went there, the tokens did not";
  for (auto& request : attacker.requests()) {
    EXPECT_EQ(request.headers.count("Authorization"), 0u) << request.path;
    for (const auto& [name, value] : request.headers) {
      EXPECT_EQ(value.find(github_secret), std::string::npos) << name;
      EXPECT_EQ(value.find(hf_secret), std::string::npos) << name;
    }
  }
}

TEST_F(CliLinksTest, CtrlCReportsWhatWasCheckedKeepsTheCacheAndExits130) {
  server_.Start();
  WriteList({Url("/ok"), Url("/hang")});
  Check({"--format", "json", "--include", "/ok$", "list.md"});  // /ok is in the cache now
  interrupt_on_hang_ = true;
  pid_t pid = Start({"--no-config", "--timeout", "60", "--format", "json", "list.md"});
  interrupt_ = pid;
  Result r = Wait(pid);
  EXPECT_EQ(r.exit_code, 130) << r.err;
  EXPECT_NE(r.err.find("interrupted"), std::string::npos) << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ((*LinkFor(report, Url("/ok")))["status"], "cached");
  EXPECT_EQ((*LinkFor(report, Url("/hang")))["status"], "timeout");
  EXPECT_EQ(report["summary"]["link_check"]["interrupted"], true);
  nlohmann::json cache = nlohmann::json::parse(ReadFile(dir_ / ".awesomelint-cache.json"));
  EXPECT_TRUE(cache["entries"].contains(Url("/ok")));
}

TEST_F(CliLinksTest, DeadlineReportsWhatWasChecked) {
  server_.Start();
  WriteList({Url("/ok"), Url("/hang")});
  Result r = Run({"--no-config", "--no-cache", "--timeout", "60", "--deadline", "1s", "--format",
                  "json", "list.md"});
  EXPECT_EQ(r.exit_code, 0) << "a timeout alone does not fail the run: " << r.err;
  EXPECT_NE(r.err.find("deadline"), std::string::npos) << r.err;
  nlohmann::json report = nlohmann::json::parse(r.out);
  EXPECT_EQ((*LinkFor(report, Url("/hang")))["status"], "timeout");
  EXPECT_EQ(report["summary"]["link_check"]["finished"], false);
  EXPECT_EQ(report["summary"]["link_check"]["interrupted"], false);
}

}  // namespace
