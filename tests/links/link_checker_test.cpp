// The link checker against real HTTP servers on 127.0.0.1 that each test starts.
// Nothing here reaches the internet: provider API base URLs and --remap point
// every request at the local servers.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "awesomelint/config/options.h"
#include "awesomelint/links/link_checker.h"
#include "awesomelint/markdown/document.h"
#include "awesomelint/model/link_result.h"
#include "links/check_session.h"
#include "tests/links/check_list.h"
#include "tests/links/test_server.h"
#include "tests/support/helpers.h"
#include "tests/support/temp_dir.h"

namespace awesomelint {
namespace {

using testing::Checked;
using testing::CheckList;
using testing::RawServer;
using testing::TempDir;
using testing::TestServer;

LinkOptions QuickOptions() {
  LinkOptions options = DefaultLinkOptions();
  options.http.timeout = std::chrono::seconds(2);
  options.http.connect_timeout = std::chrono::seconds(2);
  options.http.retry_base = std::chrono::milliseconds(10);
  options.http.max_retries = 2;
  options.cache_file.clear();
  options.http.user_agent = "awesomelint-test";
  return options;
}

// --- the verdicts of a plain page check ------------------------------------------

TEST(LinkVerdictTest, EveryVerdictOfAPage) {
  TestServer server;
  auto& s = server.server();
  s.Get("/ok", [](const auto&, auto& res) { res.set_content("fine", "text/html"); });
  s.Get("/missing", [](const auto&, auto& res) { res.status = 404; });
  s.Get("/gone", [](const auto&, auto& res) { res.status = 410; });
  s.Get("/walled", [](const auto&, auto& res) {
    res.status = 403;
    res.set_header("cf-mitigated", "challenge");
    res.set_content("<title>Just a moment...</title>", "text/html");
  });
  s.Get("/linkedin", [](const auto&, auto& res) { res.status = 999; });
  s.Get("/broken-server", [](const auto&, auto& res) { res.status = 500; });
  s.Get("/accepted", [](const auto&, auto& res) { res.status = 206; });
  server.Start();
  LinkOptions options = QuickOptions();
  Checked c =
      CheckList({server.Url("/ok"), server.Url("/missing"), server.Url("/gone"),
                 server.Url("/walled"), server.Url("/linkedin"), server.Url("/broken-server")},
                options);
  EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For(server.Url("/ok")).http_status, 200);
  EXPECT_EQ(c.For(server.Url("/missing")).verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For(server.Url("/missing")).detail, "404 Not Found");
  EXPECT_EQ(c.For(server.Url("/gone")).verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For(server.Url("/walled")).verdict, LinkVerdict::kBlocked);
  EXPECT_EQ(c.For(server.Url("/walled")).detail, "403: Cloudflare challenge");
  EXPECT_EQ(c.For(server.Url("/linkedin")).verdict, LinkVerdict::kBlocked);
  const LinkResult& failing = c.For(server.Url("/broken-server"));
  EXPECT_EQ(failing.verdict, LinkVerdict::kError);
  EXPECT_EQ(failing.detail, "HTTP 500");
  EXPECT_EQ(server.Count("/broken-server"), 3u) << "asked once and retried twice";
  EXPECT_TRUE(c.report.finished);
}

TEST(LinkVerdictTest, AcceptedStatusesAreAlive) {
  TestServer server;
  server.server().Get("/partial", [](const auto&, auto& res) { res.status = 206; });
  server.server().Get("/teapot", [](const auto&, auto& res) { res.status = 418; });
  server.Start();
  LinkOptions options = QuickOptions();
  options.accept = {418};
  Checked c = CheckList({server.Url("/partial"), server.Url("/teapot")}, options);
  EXPECT_EQ(c.For(server.Url("/partial")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For(server.Url("/teapot")).verdict, LinkVerdict::kAlive);
}

TEST(LinkVerdictTest, UnknownHostIsBrokenRefusedConnectionIsAnError) {
  LinkOptions options = QuickOptions();
  options.http.max_retries = 0;
  // .invalid never resolves (RFC 2606); port 1 on loopback refuses.
  Checked c = CheckList({"http://no-such-host.invalid/page", "http://127.0.0.1:1/page"}, options);
  EXPECT_EQ(c.For("http://no-such-host.invalid/page").verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For("http://127.0.0.1:1/page").verdict, LinkVerdict::kError);
}

// --- HEAD, GET, retries ------------------------------------------------------------

TEST(LinkRequestTest, ServerWithoutHeadIsAskedWithGet) {
  TestServer server;
  // cpp-httplib answers HEAD with the GET handler: this one refuses it.
  server.server().Get("/nohead", [](const httplib::Request& req, auto& res) {
    if (req.method == "HEAD")
      res.status = 405;
    else
      res.set_content("ok", "text/plain");
  });
  server.Start();
  Checked c = CheckList({server.Url("/nohead")}, QuickOptions());
  EXPECT_EQ(c.For(server.Url("/nohead")).verdict, LinkVerdict::kAlive);
  std::vector<std::string> methods;
  for (const auto& request : server.requests()) methods.push_back(request.method);
  EXPECT_EQ(methods, (std::vector<std::string>{"HEAD", "GET"}));
}

// Some servers answer HEAD 404 or 500 for a page GET serves: HEAD alone never fails
// a link. The host is then asked with GET directly, within the run (one page at a
// time here, so the second page goes after the first) and in later runs (the cache).
TEST(LinkRequestTest, AFailingHeadIsConfirmedWithGetAndTheHostRemembered) {
  TestServer server;
  for (const char* path : {"/head404", "/head500", "/second"}) {
    server.server().Get(path, [path](const httplib::Request& req, auto& res) {
      if (req.method == "HEAD")
        res.status = std::string(path) == "/head500" ? 500 : 404;
      else
        res.set_content("ok", "text/plain");
    });
  }
  server.server().Get("/missing", [](const auto&, auto& res) { res.status = 404; });
  server.Start();
  LinkOptions options = QuickOptions();
  options.http.max_retries = 0;
  options.http.host_concurrency = 1;
  TempDir dir;
  options.cache_file = (dir.path() / "cache.json").string();
  Checked c = CheckList({server.Url("/head404"), server.Url("/second")}, options);
  EXPECT_EQ(c.For(server.Url("/head404")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.For(server.Url("/second")).verdict, LinkVerdict::kAlive);
  std::vector<std::string> methods;
  for (const auto& request : server.requests())
    methods.push_back(request.method + " " + request.path);
  // HEAD's 404 makes the host a GET host at once: /second, sent next, goes by GET.
  EXPECT_EQ(methods, (std::vector<std::string>{"HEAD /head404", "GET /second", "GET /head404"}));

  // The next run asks that host with GET from the start; a real 404 is still broken.
  size_t first_run = server.requests().size();
  Checked again = CheckList({server.Url("/head500"), server.Url("/missing")}, options);
  EXPECT_EQ(again.For(server.Url("/head500")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(again.For(server.Url("/missing")).verdict, LinkVerdict::kBroken);
  std::vector<TestServer::Request> all = server.requests();
  ASSERT_EQ(all.size(), first_run + 2) << "one request a link";
  for (size_t i = first_run; i < all.size(); ++i) EXPECT_EQ(all[i].method, "GET") << all[i].path;
}

TEST(LinkRequestTest, AFailingHeadOnAnotherHostIsStillConfirmed) {
  TestServer server;
  server.server().Get("/head500", [](const httplib::Request& req, auto& res) {
    if (req.method == "HEAD")
      res.status = 500;
    else
      res.set_content("ok", "text/plain");
  });
  server.Start();
  LinkOptions options = QuickOptions();
  options.http.max_retries = 1;
  Checked c = CheckList({server.Url("/head500")}, options);
  EXPECT_EQ(c.For(server.Url("/head500")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(server.requests().back().method, "GET");
}

// A Retry-After longer than the run waits ends the link at once as rate-limited,
// naming when to try again, and the host's other queued links with it, unsent.
TEST(LinkRequestTest, APauseLongerThanTheRunWaitsIsRateLimitedAtOnce) {
  TestServer server;
  server.server().Get("/limited", [](const auto&, auto& res) {
    res.status = 429;
    res.set_header("Retry-After", "999999");
  });
  server.server().Get("/other",
                      [](const auto&, auto& res) { res.set_content("ok", "text/plain"); });
  server.Start();
  LinkOptions options = QuickOptions();
  options.http.max_retries = 3;
  options.http.host_concurrency = 1;  // /other waits in the queue behind /limited
  Checked c = CheckList({server.Url("/limited"), server.Url("/other")}, options);
  const LinkResult& limited = c.For(server.Url("/limited"));
  EXPECT_EQ(limited.verdict, LinkVerdict::kRateLimited);
  EXPECT_NE(limited.detail.find("Retry-After: 999999 s"), std::string::npos) << limited.detail;
  EXPECT_NE(limited.detail.find("check again after 20"), std::string::npos) << limited.detail;
  EXPECT_EQ(c.For(server.Url("/other")).verdict, LinkVerdict::kRateLimited);
  EXPECT_EQ(server.requests().size(), 1u) << "neither retried nor the host asked again";
}

// A redirect's target is reported in the link's own terms, whatever --remap sent it
// to; a sign-in page is not followed into (it may redirect on and on).
TEST(LinkRequestTest, RedirectTargetsInTheLinksOwnTermsAndNoFurtherThanASignIn) {
  TestServer server;
  server.server().Get("/moved/x", [](const auto&, auto& res) {
    res.status = 301;
    res.set_header("Location", "/new-place/x");
  });
  server.server().Get("/new-place/x",
                      [](const auto&, auto& res) { res.set_content("ok", "text/plain"); });
  server.server().Get(R"(/(private|login).*)", [](const httplib::Request& req, auto& res) {
    res.status = 301;  // a login that sends itself on and on
    res.set_header("Location", "/login?next=" + req.path);
  });
  server.server().Get("/members", [](const auto&, auto& res) {
    res.status = 302;
    res.set_header("Location", "/login?next=/members");
  });
  server.Start();
  LinkOptions options = QuickOptions();
  options.remap = {{"^https://site\\.test/(.*)$", server.Url("/$1")}};
  Checked c = CheckList(
      {"https://site.test/moved/x", "https://site.test/private/a", "https://site.test/members"},
      options);
  const LinkResult& moved = c.For("https://site.test/moved/x");
  EXPECT_EQ(moved.verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(moved.final_url, "https://site.test/new-place/x");
  const LinkResult& walled = c.For("https://site.test/private/a");
  EXPECT_EQ(walled.verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(walled.final_url, "https://site.test/login?next=/private/a");
  EXPECT_EQ(server.Count("/login"), 0u) << "not followed into";
  EXPECT_EQ(c.For("https://site.test/members").verdict, LinkVerdict::kBlocked);
}

TEST(LinkRequestTest, UnremapWritesTargetsUnderWhatTheRemapRewrote) {
  EXPECT_EQ(Unremap("https://a.org/x/y", "https://a.org/x/y", "https://b.org/z"),
            "https://b.org/z");
  EXPECT_EQ(Unremap("https://a.org/x/y", "http://127.0.0.1:9/a.org/x/y",
                    "http://127.0.0.1:9/a.org/moved/x/y"),
            "https://a.org/moved/x/y");
  EXPECT_EQ(Unremap("https://a.org/x/y", "http://127.0.0.1:9/a.org/x/y", "http://elsewhere/x"), "");
}

TEST(LinkRequestTest, FlakyServerIsRetried) {
  TestServer server;
  std::atomic<int> calls{0};
  server.server().Get("/flaky",
                      [&](const auto&, auto& res) { res.status = calls++ == 0 ? 503 : 200; });
  server.Start();
  Checked c = CheckList({server.Url("/flaky")}, QuickOptions());
  EXPECT_EQ(c.For(server.Url("/flaky")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(server.Count("/flaky"), 2u);
}

TEST(LinkRequestTest, RetryAfterDefersTheHostNotTheOthers) {
  TestServer slow_down, other;
  std::atomic<int> calls{0};
  std::chrono::steady_clock::time_point first, second;
  slow_down.server().Get("/limited", [&](const auto&, auto& res) {
    if (calls++ == 0) {
      first = std::chrono::steady_clock::now();
      res.status = 429;
      res.set_header("Retry-After", "1");
    } else {
      second = std::chrono::steady_clock::now();
      res.status = 200;
    }
  });
  other.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  slow_down.Start();
  other.Start();
  Checked c = CheckList({slow_down.Url("/limited"), other.Url("/ok")}, QuickOptions());
  EXPECT_EQ(c.For(slow_down.Url("/limited")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(slow_down.Count("/limited"), 2u);
  EXPECT_GE(second - first, std::chrono::milliseconds(900)) << "Retry-After: 1 was honoured";
  EXPECT_EQ(c.For(other.Url("/ok")).verdict, LinkVerdict::kAlive);
}

TEST(LinkRequestTest, PersistentRateLimitIsAnErrorNotBroken) {
  TestServer server;
  server.server().Get("/always-429", [](const auto&, auto& res) { res.status = 429; });
  server.Start();
  Checked c = CheckList({server.Url("/always-429")}, QuickOptions());
  EXPECT_EQ(c.For(server.Url("/always-429")).verdict, LinkVerdict::kError);
  EXPECT_EQ(server.Count("/always-429"), 3u);
}

// --- redirects ---------------------------------------------------------------------

TEST(LinkRedirectTest, PermanentTemporaryLoopsAndChains) {
  TestServer server;
  auto& s = server.server();
  s.Get("/old", [](const auto&, auto& res) { res.set_redirect("/new", 301); });
  s.Get("/new", [](const auto&, auto& res) { res.status = 200; });
  s.Get("/login", [](const auto&, auto& res) { res.set_redirect("/new", 302); });
  s.Get("/loop", [](const auto&, auto& res) { res.set_redirect("/loop", 301); });
  s.Get("/ping", [](const auto&, auto& res) { res.set_redirect("/pong", 308); });
  s.Get("/pong", [](const auto&, auto& res) { res.set_redirect("/ping", 308); });
  s.Get(R"(/hop/(\d+))", [](const httplib::Request& req, auto& res) {
    int n = std::stoi(req.matches[1]);
    res.set_redirect("/hop/" + std::to_string(n + 1), 301);
  });
  s.Get("/to-dead", [](const auto&, auto& res) { res.set_redirect("/dead", 301); });
  s.Get("/dead", [](const auto&, auto& res) { res.status = 404; });
  server.Start();
  Checked c = CheckList({server.Url("/old"), server.Url("/login"), server.Url("/loop"),
                         server.Url("/ping"), server.Url("/hop/0"), server.Url("/to-dead")},
                        QuickOptions());
  const LinkResult& moved = c.For(server.Url("/old"));
  EXPECT_EQ(moved.verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(moved.final_url, server.Url("/new"));
  EXPECT_EQ(c.For(server.Url("/login")).verdict, LinkVerdict::kAlive) << "302 is temporary";
  EXPECT_EQ(c.For(server.Url("/loop")).verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For(server.Url("/loop")).detail, "redirect loop");
  EXPECT_EQ(c.For(server.Url("/ping")).detail, "redirect loop");
  EXPECT_EQ(c.For(server.Url("/hop/0")).verdict, LinkVerdict::kBroken);
  EXPECT_EQ(c.For(server.Url("/hop/0")).detail, "more than 10 redirects");
  EXPECT_EQ(server.Count("/hop/11"), 0u) << "bounded";
  EXPECT_EQ(c.For(server.Url("/to-dead")).verdict, LinkVerdict::kBroken);
}

// A deep link sent to the site's front page is a soft 404: never alive, however the
// redirect is made; a temporary one keeps its status, so nothing rewrites the link.
TEST(LinkRedirectTest, ADeepLinkSentToTheFrontPageIsNeverAlive) {
  TestServer server;
  auto& s = server.server();
  s.Get("/", [](const auto&, auto& res) { res.set_content("home", "text/html"); });
  s.Get("/docs/gone", [](const auto&, auto& res) { res.set_redirect("/", 302); });
  s.Get("/docs/moved-home", [](const auto&, auto& res) { res.set_redirect("/", 301); });
  s.Get("/docs/via", [](const auto&, auto& res) { res.set_redirect("/docs/gone", 307); });
  s.Get("/docs/elsewhere", [](const auto&, auto& res) { res.set_redirect("/docs/new", 302); });
  s.Get("/docs/new", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  Checked c = CheckList({server.Url("/docs/gone"), server.Url("/docs/moved-home"),
                         server.Url("/docs/via"), server.Url("/docs/elsewhere"), server.Url("/")},
                        QuickOptions());
  const LinkResult& gone = c.For(server.Url("/docs/gone"));
  EXPECT_EQ(gone.verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(gone.http_status, 302);
  EXPECT_EQ(gone.final_url, server.Url("/"));
  EXPECT_EQ(gone.detail, "sent to the site's front page for now: the page is probably gone");
  EXPECT_EQ(c.For(server.Url("/docs/via")).http_status, 307) << "the first temporary hop";
  const LinkResult& home = c.For(server.Url("/docs/moved-home"));
  EXPECT_EQ(home.verdict, LinkVerdict::kRedirected) << "permanent: the rule refuses the fix";
  EXPECT_EQ(home.final_url, server.Url("/"));
  EXPECT_EQ(c.For(server.Url("/docs/elsewhere")).verdict, LinkVerdict::kAlive)
      << "a temporary redirect to another page is the site's business";
  EXPECT_EQ(c.For(server.Url("/")).verdict, LinkVerdict::kAlive);
}

// Links to a closed service are dead with a reason, and cost no request.
TEST(LinkVerdictTest, ClosedServicesAreBrokenWithoutARequest) {
  TestServer server;
  server.Start();
  LinkOptions options = QuickOptions();
  options.remap.push_back({"^https?://[^/]+/(.*)$", server.Url("/$1")});
  Checked c = CheckList({"https://paperswithcode.com/paper/attention-is-all-you-need",
                         "https://arxiv.paperswithcode.com/api/v0/papers/1706.03762",
                         "https://notpaperswithcode.com/x"},
                        options);
  const LinkResult& pwc = c.For("https://paperswithcode.com/paper/attention-is-all-you-need");
  EXPECT_EQ(pwc.verdict, LinkVerdict::kBroken);
  EXPECT_EQ(pwc.detail, "Papers with Code closed in July 2025; its pages redirect to Hugging Face");
  EXPECT_EQ(c.For("https://arxiv.paperswithcode.com/api/v0/papers/1706.03762").verdict,
            LinkVerdict::kBroken);
  EXPECT_EQ(server.Count("/paper/attention-is-all-you-need"), 0u);
  EXPECT_EQ(server.Count("/api/v0/papers/1706.03762"), 0u);
  EXPECT_GE(server.Count("/x"), 1u) << "another domain that ends the same is asked";
}

// A public link whose redirect leads into the private network (here: a host
// that --resolve puts on 127.0.0.1, redirecting to 127.0.0.1 by address) is not
// followed; a redirect within the host, and links written to a private address,
// are. The address is checked where curl connected, not where DNS pointed.
TEST(LinkRedirectTest, RedirectsIntoThePrivateNetworkAreNotFollowed) {
  TestServer inside;
  inside.server().Get("/secret", [](const auto&, auto& res) { res.status = 200; });
  inside.Start();
  TestServer site;
  site.server().Get("/to-inside",
                    [&](const auto&, auto& res) { res.set_redirect(inside.Url("/secret"), 302); });
  site.server().Get("/to-localhost", [&](const auto&, auto& res) {
    res.set_redirect(fmt::format("http://localhost:{}/secret", inside.port()), 301);
  });
  site.server().Get("/old", [](const auto&, auto& res) { res.set_redirect("/new", 301); });
  site.server().Get("/new", [](const auto&, auto& res) { res.status = 200; });
  site.Start();
  LinkOptions options = QuickOptions();
  std::string host = fmt::format("public.test:{}", site.port());
  options.http.resolve = {host + ":127.0.0.1"};
  std::string to_inside = fmt::format("http://{}/to-inside", host);
  std::string to_localhost = fmt::format("http://{}/to-localhost", host);
  std::string moved = fmt::format("http://{}/old", host);
  Checked c = CheckList({to_inside, to_localhost, moved, site.Url("/to-inside")}, options);

  const LinkResult& refused = c.For(to_inside);
  EXPECT_EQ(refused.verdict, LinkVerdict::kPrivateRedirect);
  EXPECT_EQ(refused.detail, fmt::format("it leads to {} (127.0.0.1 is an address in a private "
                                        "network); not followed",
                                        inside.Url("/secret")));
  EXPECT_EQ(c.For(to_localhost).verdict, LinkVerdict::kPrivateRedirect);
  EXPECT_EQ(inside.Count("/secret"), 1u) << "only the link written to 127.0.0.1 got there";
  EXPECT_EQ(c.For(moved).verdict, LinkVerdict::kRedirected) << "within one host";
  EXPECT_EQ(c.For(moved).final_url, fmt::format("http://{}/new", host));
  EXPECT_EQ(c.For(site.Url("/to-inside")).verdict, LinkVerdict::kAlive)
      << "a link written to a private address may lead on into the private network";
}

// --- servers that misbehave --------------------------------------------------------

TEST(LinkMisbehaviourTest, HangingServerIsATimeout) {
  TestServer server;
  server.server().Get("/hang", [&](const auto&, auto& res) {
    server.Hang();
    res.status = 200;
  });
  server.Start();
  LinkOptions options = QuickOptions();
  options.http.timeout = std::chrono::seconds(1);
  options.http.max_retries = 0;
  Checked c = CheckList({server.Url("/hang")}, options);
  EXPECT_EQ(c.For(server.Url("/hang")).verdict, LinkVerdict::kTimeout);
  server.Release();
}

// Links queued behind a slow one on the same host spend none of their timeout
// waiting for its connection: each gets its own answer.
TEST(LinkMisbehaviourTest, LinksBehindASlowOneOnTheirHostGetTheirOwnVerdicts) {
  TestServer server;
  server.server().Get("/slow", [&](const auto&, auto& res) {
    server.Hang();
    res.status = 200;
  });
  for (int i = 0; i < 5; ++i)
    server.server().Get("/fast" + std::to_string(i),
                        [](const auto&, auto& res) { res.set_content("ok", "text/plain"); });
  server.server().Get("/missing", [](const auto&, auto& res) { res.status = 404; });
  server.Start();
  LinkOptions options = QuickOptions();
  options.http.timeout = std::chrono::seconds(2);
  options.http.max_retries = 0;
  std::vector<std::string> urls = {server.Url("/slow")};
  for (int i = 0; i < 5; ++i) urls.push_back(server.Url("/fast" + std::to_string(i)));
  urls.push_back(server.Url("/missing"));
  Checked c = CheckList(urls, options);
  server.Release();
  EXPECT_EQ(c.For(server.Url("/slow")).verdict, LinkVerdict::kTimeout);
  for (int i = 0; i < 5; ++i)
    EXPECT_EQ(c.For(server.Url("/fast" + std::to_string(i))).verdict, LinkVerdict::kAlive) << i;
  EXPECT_EQ(c.For(server.Url("/missing")).verdict, LinkVerdict::kBroken);
}

// An HTTP/1.0 server closes every connection after its answer, a quarter of a
// second in: its links are asked side by side, up to the host's budget, none
// waiting for another's connection (libcurl's PIPEWAIT made them one at a time).
TEST(LinkMisbehaviourTest, AnHttp10ServerIsAskedSideBySide) {
  std::atomic<int> active{0}, peak{0};
  RawServer old([&](int socket) {
    int now = ++active;
    for (int seen = peak; now > seen && !peak.compare_exchange_weak(seen, now);) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(250));
    --active;
    std::string answer = "HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nok";
    ::send(socket, answer.data(), answer.size(), MSG_NOSIGNAL);
  });
  LinkOptions options = QuickOptions();
  options.http.max_retries = 0;
  options.http.host_concurrency = 8;
  std::vector<std::string> urls;
  for (int i = 0; i < 15; ++i) urls.push_back(old.Url("/page" + std::to_string(i)));
  Checked c = CheckList(urls, options);
  for (const std::string& url : urls) EXPECT_EQ(c.For(url).verdict, LinkVerdict::kAlive) << url;
  EXPECT_EQ(old.connections(), 15);
  EXPECT_GE(peak.load(), 4) << "asked one at a time";
  EXPECT_LE(peak.load(), 8) << "above the host's budget";
}

TEST(LinkMisbehaviourTest, ConnectionResetIsRetriedThenAnError) {
  RawServer reset([](int) {});  // reads the request, closes without a word
  LinkOptions options = QuickOptions();
  Checked c = CheckList({reset.Url("/reset")}, options);
  const LinkResult& result = c.For(reset.Url("/reset"));
  EXPECT_EQ(result.verdict, LinkVerdict::kError);
  EXPECT_GE(reset.connections(), 3) << "HEAD, its retries, then GET";
}

TEST(LinkMisbehaviourTest, EndlessBodyIsCutShort) {
  RawServer endless([](int socket) {
    std::string head =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n";
    ::send(socket, head.data(), head.size(), MSG_NOSIGNAL);
    std::string chunk = "1000\r\n" + std::string(0x1000, 'x') + "\r\n";
    for (int i = 0; i < 100000; ++i)  // 400 MB, unless the client hangs up first
      if (::send(socket, chunk.data(), chunk.size(), MSG_NOSIGNAL) < 0) return;
  });
  Checked c = CheckList({endless.Url("/stream")}, QuickOptions());
  EXPECT_EQ(c.For(endless.Url("/stream")).verdict, LinkVerdict::kAlive);
}

TEST(LinkMisbehaviourTest, GarbageIsAnErrorNotACrash) {
  RawServer garbage([](int socket) {
    std::string junk = "\x01\x02 not http at all\r\n\r\n";
    ::send(socket, junk.data(), junk.size(), MSG_NOSIGNAL);
  });
  LinkOptions options = QuickOptions();
  options.http.max_retries = 0;
  Checked c = CheckList({garbage.Url("/junk")}, options);
  EXPECT_EQ(c.For(garbage.Url("/junk")).verdict, LinkVerdict::kError);
}

// --- budgets, de-duplication, selection --------------------------------------------

TEST(LinkBudgetTest, NoHostSeesMoreThanItsBudget) {
  TestServer server;
  std::atomic<int> active{0}, peak{0};
  server.server().Get(R"(/page/(\d+))", [&](const auto&, auto& res) {
    int now = ++active;
    for (int seen = peak; now > seen && !peak.compare_exchange_weak(seen, now);) {
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    --active;
    res.status = 200;
  });
  server.Start();
  std::vector<std::string> urls;
  for (int i = 0; i < 30; ++i) urls.push_back(server.Url("/page/" + std::to_string(i)));
  LinkOptions options = QuickOptions();
  options.http.host_concurrency = 3;
  Checked c = CheckList(urls, options);
  for (const std::string& url : urls) EXPECT_EQ(c.For(url).verdict, LinkVerdict::kAlive);
  EXPECT_LE(peak.load(), 3);
  EXPECT_GE(peak.load(), 1);
}

TEST(LinkBudgetTest, EachResourceIsAskedOnceHoweverOftenItIsCited) {
  TestServer server;
  server.server().Get("/page", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  Checked c = CheckList({server.Url("/page"), server.Url("/page#intro"), server.Url("/page"),
                         server.Url("/page#usage")},
                        QuickOptions());
  EXPECT_EQ(server.Count("/page"), 1u);
  ASSERT_EQ(c.report.results.size(), 1u);
  EXPECT_EQ(c.report.results[0].locations.size(), 4u);
}

TEST(LinkBudgetTest, ExcludeIncludeAndBadgeImages) {
  TestServer server;
  server.server().Get(R"(/.*)", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  std::string markdown = "# L\n\n- [a](" + server.Url("/keep") + ") [![Star](" +
                         server.Url("/badge.svg") + ")](" + server.Url("/repo") + ")\n- [b](" +
                         server.Url("/private/x") + ")\n";
  auto doc = Document::Parse("README.md", markdown);
  LinkOptions options = QuickOptions();
  options.exclude = {"/private/"};
  LinkReport report = CheckLinks({{doc.get()}}, options);
  std::map<std::string, LinkVerdict> verdicts;
  for (const LinkResult& r : report.results) verdicts[r.url] = r.verdict;
  EXPECT_EQ(verdicts[server.Url("/keep")], LinkVerdict::kAlive);
  EXPECT_EQ(verdicts[server.Url("/badge.svg")], LinkVerdict::kExcluded) << "never fetched";
  EXPECT_EQ(verdicts[server.Url("/private/x")], LinkVerdict::kExcluded);
  EXPECT_EQ(server.Count("/badge.svg"), 0u);
  EXPECT_EQ(server.Count("/private/x"), 0u);

  options.exclude.clear();
  options.include = {"/keep"};
  report = CheckLinks({{doc.get()}}, options);
  for (const LinkResult& r : report.results)
    EXPECT_EQ(r.verdict == LinkVerdict::kAlive, r.url == server.Url("/keep")) << r.url;

  // --include wins over --exclude: what it names is checked even when excluded.
  options.exclude = {"/keep"};
  report = CheckLinks({{doc.get()}}, options);
  for (const LinkResult& r : report.results)
    EXPECT_EQ(r.verdict == LinkVerdict::kAlive, r.url == server.Url("/keep")) << r.url;
}

TEST(LinkBudgetTest, RemapAppliesToEveryRequest) {
  TestServer server;
  server.server().Get(R"(/real/(.*))", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  LinkOptions options = QuickOptions();
  options.remap = {{"^https://example\\.com/(.*)$", server.Url("/real/$1")}};
  Checked c = CheckList({"https://example.com/a/b"}, options);
  EXPECT_EQ(c.For("https://example.com/a/b").verdict, LinkVerdict::kAlive);
  EXPECT_EQ(server.Count("/real/a/b"), 1u);
}

// --- the verdict cache ------------------------------------------------------------

nlohmann::json ReadJson(const std::filesystem::path& path) {
  std::ifstream in(path);
  return nlohmann::json::parse(in);  // throws, failing the test, when not valid JSON
}

TEST(LinkCacheTest, SecondRunAsksOnlyForWhatWasNotAlive) {
  TestServer server;
  auto& s = server.server();
  s.Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  s.Get("/moved", [&](const auto&, auto& res) { res.set_redirect(server.Url("/ok"), 301); });
  s.Get("/missing", [](const auto&, auto& res) { res.status = 404; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  std::vector<std::string> urls = {server.Url("/ok"), server.Url("/moved"), server.Url("/missing")};

  Checked first = CheckList(urls, options);
  EXPECT_EQ(first.For(server.Url("/ok")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(first.For(server.Url("/moved")).verdict, LinkVerdict::kRedirected);
  EXPECT_EQ(first.For(server.Url("/missing")).verdict, LinkVerdict::kBroken);
  size_t ok_before = server.Count("/ok"), moved_before = server.Count("/moved");
  size_t missing_before = server.Count("/missing");

  Checked second = CheckList(urls, options);
  EXPECT_EQ(server.Count("/ok"), ok_before) << "alive links are not asked again";
  EXPECT_EQ(server.Count("/moved"), moved_before);
  EXPECT_GT(server.Count("/missing"), missing_before) << "failures are checked again";
  const LinkResult& ok = second.For(server.Url("/ok"));
  EXPECT_EQ(ok.verdict, LinkVerdict::kCached);
  EXPECT_EQ(ok.checked, LinkVerdict::kAlive);
  const LinkResult& moved = second.For(server.Url("/moved"));
  EXPECT_EQ(moved.verdict, LinkVerdict::kCached);
  EXPECT_EQ(moved.checked, LinkVerdict::kRedirected);
  EXPECT_EQ(moved.final_url, server.Url("/ok")) << "where it moved is kept";
  EXPECT_EQ(second.For(server.Url("/missing")).verdict, LinkVerdict::kBroken);

  nlohmann::json cache = ReadJson(options.cache_file);
  EXPECT_EQ(cache["version"], 1);
  EXPECT_EQ(cache["entries"].size(), 2u) << cache.dump() << ": failures are not kept";
}

TEST(LinkCacheTest, ExpiredEntriesAreCheckedAgain) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  nlohmann::json stale = {
      {"version", 1},
      {"entries", {{server.Url("/ok"), {{"verdict", "alive"}, {"checked", 1000000000}}}}}};
  std::ofstream(options.cache_file) << stale.dump();
  Checked c = CheckList({server.Url("/ok")}, options);
  EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(server.Count("/ok"), 1u);
  EXPECT_GT(ReadJson(options.cache_file)["entries"][server.Url("/ok")]["checked"], 1000000000);
}

TEST(LinkCacheTest, CacheOfAnotherVersionIsIgnoredWithAWarningAndRewritten) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  for (const char* old :
       {"{\"version\": 7, \"entries\": {}}", "{\"version\": 1, \"entries\": 5}"}) {
    std::ofstream(options.cache_file, std::ios::binary) << old;
    Checked c = CheckList({server.Url("/ok")}, options);
    EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kAlive) << old;
    ASSERT_EQ(c.report.warnings.size(), 1u) << old;
    EXPECT_NE(c.report.warnings[0].find("cache.json"), std::string::npos);
    EXPECT_EQ(ReadJson(options.cache_file)["entries"].size(), 1u);
  }
}

// What lies at the cache's path and is no awesomelint cache is someone's file:
// the link check goes on without a cache and leaves it as it was.
TEST(LinkCacheTest, FileThatIsNoCacheIsNeitherReadNorReplaced) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  for (std::string garbage :
       {std::string("{\"version\": 1, \"entries\": ["), std::string("\x89PNG\r\n\x1a\n"),
        std::string("[]"), std::string("# My list\n"), std::string(100000, '[')}) {
    std::ofstream(options.cache_file, std::ios::binary) << garbage;
    Checked c = CheckList({server.Url("/ok")}, options);
    EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kAlive);
    ASSERT_EQ(c.report.warnings.size(), 1u);
    EXPECT_NE(c.report.warnings[0].find("not an awesomelint link cache"), std::string::npos)
        << c.report.warnings[0];
    EXPECT_EQ(testing::ReadFile(options.cache_file), garbage) << "untouched";
  }
}

// Values of the wrong type or out of range (a float where a count of seconds
// belongs: a cast of 1e300 to an integer is undefined) drop their entry, with
// one warning; the others are used, and the cache is rewritten clean.
TEST(LinkCacheTest, MalformedEntriesAreDroppedAndTheCacheRewritten) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  long long now = std::chrono::duration_cast<std::chrono::seconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  nlohmann::json cache = {{"version", 1}, {"entries", nlohmann::json::object()}};
  auto& entries = cache["entries"];
  entries[server.Url("/ok")] = {{"verdict", "alive"}, {"http_status", 200}, {"checked", now}};
  entries["https://a.test/1"] = {{"verdict", "alive"}, {"checked", 1e300}};
  entries["https://a.test/2"] = {{"verdict", "alive"}, {"http_status", 1e300}, {"checked", now}};
  entries["https://a.test/3"] = {{"verdict", 5}, {"checked", now}};
  entries["https://a.test/4"] = {{"verdict", "alive"}, {"checked", "yesterday"}};
  entries["https://a.test/5"] = {{"verdict", "alive"}, {"checked", now}, {"detail", 7}};
  entries["https://a.test/6"] = {{"verdict", "alive"}, {"checked", -5}};
  entries["https://a.test/7"] = "alive";
  entries["https://a.test/8"] = {
      {"verdict", "redirected"}, {"checked", now}, {"final_url", "https://a.test/\nx"}};
  std::ofstream(options.cache_file, std::ios::binary) << cache.dump();
  Checked c = CheckList({server.Url("/ok")}, options);
  EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kCached);
  ASSERT_EQ(c.report.warnings.size(), 1u);
  EXPECT_NE(c.report.warnings[0].find("8 malformed entries dropped"), std::string::npos)
      << c.report.warnings[0];
  nlohmann::json rewritten = ReadJson(options.cache_file);
  EXPECT_EQ(rewritten["entries"].size(), 1u) << rewritten.dump();
  Checked again = CheckList({server.Url("/ok")}, options);
  EXPECT_TRUE(again.report.warnings.empty());
  EXPECT_EQ(again.For(server.Url("/ok")).verdict, LinkVerdict::kCached);
}

// The hosts asked with GET directly are kept as the verdicts are: checked, aged,
// and a bad one dropped with the malformed entries' warning. A repository's cache
// can only make a host be asked with GET (its body capped) instead of HEAD.
TEST(LinkCacheTest, HostsAskedWithGetAreKeptCheckedAndAged) {
  TestServer server;
  server.server().Get("/page", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  long long now = std::chrono::duration_cast<std::chrono::seconds>(
                      std::chrono::system_clock::now().time_since_epoch())
                      .count();
  nlohmann::json cache = {{"version", 1}, {"entries", nlohmann::json::object()}};
  std::string host = "127.0.0.1:" + std::to_string(server.port());
  cache["get_hosts"] = {{host, now},
                        {"old.example", now - 400 * 24 * 3600},  // older than the cache keeps
                        {"Bad Host", now},
                        {"x.example", 1e300},
                        {"y.example", "now"}};
  std::ofstream(options.cache_file, std::ios::binary) << cache.dump();
  Checked c = CheckList({server.Url("/page")}, options);
  EXPECT_EQ(c.For(server.Url("/page")).verdict, LinkVerdict::kAlive);
  ASSERT_EQ(server.requests().size(), 1u);
  EXPECT_EQ(server.requests()[0].method, "GET");
  ASSERT_EQ(c.report.warnings.size(), 1u);
  EXPECT_NE(c.report.warnings[0].find("3 malformed entries dropped"), std::string::npos)
      << c.report.warnings[0];
  nlohmann::json rewritten = ReadJson(options.cache_file);
  EXPECT_EQ(rewritten["get_hosts"], (nlohmann::json{{host, now}})) << rewritten.dump();
}

// Only a regular file is read: a FIFO would block forever, /dev/zero would be
// read until memory ran out.
TEST(LinkCacheTest, OnlyARegularFileIsRead) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  std::string fifo = (dir.path() / "fifo.json").string();
  ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
  std::string zero = (dir.path() / "zero.json").string();
  std::filesystem::create_symlink("/dev/zero", zero);
  for (const std::string& path : {fifo, zero, dir.path().string()}) {
    options.cache_file = path;
    Checked c = CheckList({server.Url("/ok")}, options);
    EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kAlive);
    ASSERT_EQ(c.report.warnings.size(), 1u) << path;
    EXPECT_NE(c.report.warnings[0].find("not a regular file"), std::string::npos)
        << c.report.warnings[0];
  }
  EXPECT_TRUE(std::filesystem::is_fifo(fifo));
  EXPECT_TRUE(std::filesystem::is_symlink(zero));
}

TEST(LinkCacheTest, UnwritableCacheIsAWarningNotAFailure) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "no-such-dir" / "cache.json").string();
  Checked c = CheckList({server.Url("/ok")}, options);
  EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kAlive);
  EXPECT_EQ(c.report.warnings.size(), 1u);
}

// --- runs cut short: the deadline and Ctrl-C ---------------------------------------

TEST(LinkStopTest, DeadlineEndsTheRunAndKeepsTheCache) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.server().Get("/hang", [&](const auto&, auto& res) {
    server.Hang();
    res.status = 200;
  });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  CheckList({server.Url("/ok")}, options);  // cached from an earlier run

  options.http.timeout = std::chrono::seconds(60);  // only the deadline can end it
  options.deadline = std::chrono::milliseconds(300);
  Checked c = CheckList({server.Url("/ok"), server.Url("/hang")}, options);
  EXPECT_FALSE(c.report.finished);
  EXPECT_FALSE(c.report.interrupted);
  const LinkResult& hang = c.For(server.Url("/hang"));
  EXPECT_EQ(hang.verdict, LinkVerdict::kTimeout);
  EXPECT_EQ(hang.detail, "not checked before the deadline");
  EXPECT_EQ(c.For(server.Url("/ok")).verdict, LinkVerdict::kCached);
  nlohmann::json cache = ReadJson(options.cache_file);
  EXPECT_TRUE(cache["entries"].contains(server.Url("/ok")));
  EXPECT_FALSE(cache["entries"].contains(server.Url("/hang")));
  server.Release();
}

TEST(LinkStopTest, StopEndsTheRunAndTheNextRunIsUnaffected) {
  TestServer server;
  server.server().Get("/ok", [](const auto&, auto& res) { res.status = 200; });
  server.server().Get("/hang", [&](const auto&, auto& res) {
    StopCheckingLinks();  // Ctrl-C, once this request is in flight
    server.Hang();
    res.status = 200;
  });
  server.Start();
  TempDir dir;
  LinkOptions options = QuickOptions();
  options.cache_file = (dir.path() / "cache.json").string();
  options.http.timeout = std::chrono::seconds(60);
  CheckList({server.Url("/ok")}, options);

  Checked c = CheckList({server.Url("/ok"), server.Url("/hang")}, options);
  EXPECT_FALSE(c.report.finished);
  EXPECT_TRUE(c.report.interrupted);
  EXPECT_EQ(c.For(server.Url("/hang")).verdict, LinkVerdict::kTimeout);
  EXPECT_EQ(c.For(server.Url("/hang")).detail, "not checked: the run was interrupted");
  EXPECT_TRUE(ReadJson(options.cache_file)["entries"].contains(server.Url("/ok")));
  server.Release();

  options.cache_file.clear();
  Checked next = CheckList({server.Url("/ok")}, options);
  EXPECT_TRUE(next.report.finished);
  EXPECT_FALSE(next.report.interrupted);
  EXPECT_EQ(next.For(server.Url("/ok")).verdict, LinkVerdict::kAlive);
}

}  // namespace
}  // namespace awesomelint
