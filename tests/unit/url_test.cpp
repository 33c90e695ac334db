// URLs: ParseUrl, HasScheme, PercentDecode, ToLower and the canonical key that
// makes equivalent spellings of one resource compare equal.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "awesomelint/model/url.h"
#include "awesomelint/support/strings.h"

namespace awesomelint {
namespace {

Url Parsed(std::string_view text) {
  std::optional<Url> url = ParseUrl(text);
  EXPECT_TRUE(url.has_value()) << text;
  return url.value_or(Url{});
}

// --- ParseUrl ----------------------------------------------------------------

TEST(UrlParseTest, SplitsEveryPart) {
  Url url = Parsed("https://GitHub.com/Owner/Repo?tab=readme#Usage");
  EXPECT_EQ(url.scheme, "https");
  EXPECT_EQ(url.host, "github.com");
  EXPECT_EQ(url.port, "");
  EXPECT_EQ(url.path, "/Owner/Repo");  // the path keeps its case
  EXPECT_EQ(url.query, "tab=readme");
  EXPECT_EQ(url.fragment, "Usage");
}

TEST(UrlParseTest, SchemeIsLowerCased) {
  Url url = Parsed("HTTP://Example.ORG");
  EXPECT_EQ(url.scheme, "http");
  EXPECT_EQ(url.host, "example.org");
  EXPECT_EQ(url.path, "/");
  EXPECT_EQ(url.query, "");
  EXPECT_EQ(url.fragment, "");
}

TEST(UrlParseTest, FtpIsAccepted) {
  Url url = Parsed("ftp://ftp.example.org/pub/file.txt");
  EXPECT_EQ(url.scheme, "ftp");
  EXPECT_EQ(url.path, "/pub/file.txt");
}

TEST(UrlParseTest, DefaultPortsAreDropped) {
  EXPECT_EQ(Parsed("https://example.org:443/a").port, "");
  EXPECT_EQ(Parsed("http://example.org:80/a").port, "");
  EXPECT_EQ(Parsed("http://example.org:443/a").port, "443");
  EXPECT_EQ(Parsed("https://example.org:80/a").port, "80");
  Url url = Parsed("https://example.org:8080/a");
  EXPECT_EQ(url.host, "example.org");
  EXPECT_EQ(url.port, "8080");
  EXPECT_EQ(url.path, "/a");
}

TEST(UrlParseTest, UserInfoIsNotTheHost) {
  Url url = Parsed("https://user:secret@example.org/x");
  EXPECT_EQ(url.host, "example.org");
  EXPECT_EQ(url.port, "");
  EXPECT_EQ(url.path, "/x");
}

TEST(UrlParseTest, Ipv6Literal) {
  Url url = Parsed("http://[::1]:8080/health");
  EXPECT_EQ(url.host, "[::1]");
  EXPECT_EQ(url.port, "8080");
  EXPECT_EQ(url.path, "/health");
  EXPECT_EQ(Parsed("http://[2001:db8::1]/").host, "[2001:db8::1]");
  EXPECT_FALSE(ParseUrl("http://[::1/x").has_value());
  EXPECT_FALSE(ParseUrl("http://[::1]x/").has_value());
}

TEST(UrlParseTest, QueryAndFragmentWithoutPath) {
  Url query = Parsed("https://example.org?q=1");
  EXPECT_EQ(query.path, "/");
  EXPECT_EQ(query.query, "q=1");
  Url fragment = Parsed("https://example.org#top");
  EXPECT_EQ(fragment.path, "/");
  EXPECT_EQ(fragment.fragment, "top");
}

TEST(UrlParseTest, FragmentMayContainQuestionMarks) {
  Url url = Parsed("https://example.org/a?b=1#c?d");
  EXPECT_EQ(url.path, "/a");
  EXPECT_EQ(url.query, "b=1");
  EXPECT_EQ(url.fragment, "c?d");
}

TEST(UrlParseTest, TrailingDotOfTheHostIsDropped) {
  EXPECT_EQ(Parsed("https://example.org./x").host, "example.org");
}

TEST(UrlParseTest, NonAsciiHostIsKept) {
  EXPECT_EQ(Parsed("https://bücher.example/x").host, "bücher.example");
}

TEST(UrlParseTest, RejectsWhatIsNotAnAbsoluteWebUrl) {
  for (const char* text : {"mailto:someone@example.org", "/relative/path", "relative.md", "#anchor",
                           "file:///etc/hosts", "javascript:alert(1)", "://example.org", "https://",
                           "https:///path", "https://exa mple.org/", "https://example.org:8a/",
                           "https://.example.org/", "https://a..b/", "www.example.org", ""}) {
    EXPECT_FALSE(ParseUrl(text).has_value()) << text;
  }
}

TEST(UrlParseTest, BareHost) {
  EXPECT_EQ(Parsed("https://www.Example.org/").host, "www.example.org");
  EXPECT_EQ(Parsed("https://www.Example.org/").bare_host(), "example.org");
  EXPECT_EQ(Parsed("https://example.org/").bare_host(), "example.org");
  EXPECT_EQ(Parsed("https://www2.example.org/").bare_host(), "www2.example.org");
}

TEST(UrlParseTest, Segments) {
  EXPECT_EQ(Parsed("https://example.org/a//b/").segments(),
            (std::vector<std::string_view>{"a", "b"}));
  EXPECT_EQ(Parsed("https://example.org/a%20b/c.svg").segments(),
            (std::vector<std::string_view>{"a%20b", "c.svg"}));
  EXPECT_TRUE(Parsed("https://example.org").segments().empty());
  EXPECT_TRUE(Parsed("https://example.org/").segments().empty());
}

// --- HasScheme ---------------------------------------------------------------

TEST(UrlSchemeTest, HasScheme) {
  EXPECT_TRUE(HasScheme("https://example.org"));
  EXPECT_TRUE(HasScheme("mailto:someone@example.org"));
  EXPECT_TRUE(HasScheme("MAILTO:x"));
  EXPECT_TRUE(HasScheme("git+ssh://host/repo"));
  EXPECT_TRUE(HasScheme("a.b-c+d:x"));
  EXPECT_FALSE(HasScheme("#section"));
  EXPECT_FALSE(HasScheme("./docs/README.md"));
  EXPECT_FALSE(HasScheme("docs/README.md"));
  EXPECT_FALSE(HasScheme("README.md"));
  EXPECT_FALSE(HasScheme(":nothing"));
  EXPECT_FALSE(HasScheme("1http://x"));
  EXPECT_FALSE(HasScheme("https"));
  EXPECT_FALSE(HasScheme(""));
  EXPECT_FALSE(HasScheme("a b:c"));
}

// --- PercentDecode / ToLower -------------------------------------------------

TEST(UrlDecodeTest, PercentDecode) {
  EXPECT_EQ(PercentDecode("a%20b"), "a b");
  EXPECT_EQ(PercentDecode("10.1000%2Fabc"), "10.1000/abc");
  EXPECT_EQ(PercentDecode("%41%42"), "AB");
  EXPECT_EQ(PercentDecode("%e2%9c%93"), "\xE2\x9C\x93");
  EXPECT_EQ(PercentDecode("%E2%9C%93"), "\xE2\x9C\x93");
  EXPECT_EQ(PercentDecode("plain"), "plain");
  EXPECT_EQ(PercentDecode(""), "");
}

TEST(UrlDecodeTest, MalformedEscapesStayAsWritten) {
  EXPECT_EQ(PercentDecode("%zz"), "%zz");
  EXPECT_EQ(PercentDecode("%4"), "%4");
  EXPECT_EQ(PercentDecode("100%"), "100%");
  EXPECT_EQ(PercentDecode("%%41"), "%A");
  EXPECT_EQ(PercentDecode("a%4g"), "a%4g");
}

TEST(UrlDecodeTest, ToLowerIsAsciiOnly) {
  EXPECT_EQ(ToLower("GitHub.COM/Owner"), "github.com/owner");
  EXPECT_EQ(ToLower("ÄÖ"), "ÄÖ");
}

// --- CanonicalKey ------------------------------------------------------------

TEST(UrlCanonicalTest, ArxivAbsPdfAndVersionsAreOnePaper) {
  const std::string key = "arxiv:2307.14334";
  EXPECT_EQ(CanonicalKey("https://arxiv.org/abs/2307.14334"), key);
  EXPECT_EQ(CanonicalKey("https://arxiv.org/abs/2307.14334v2"), key);
  EXPECT_EQ(CanonicalKey("http://arxiv.org/pdf/2307.14334.pdf"), key);
  EXPECT_EQ(CanonicalKey("https://arxiv.org/pdf/2307.14334v1"), key);
  EXPECT_EQ(CanonicalKey("https://www.arxiv.org/html/2307.14334v3/"), key);
  EXPECT_EQ(CanonicalKey("https://export.arxiv.org/abs/2307.14334"), key);
  EXPECT_EQ(CanonicalKey("https://doi.org/10.48550/arXiv.2307.14334"), key);
  EXPECT_EQ(CanonicalKey("https://arxiv.org/abs/hep-th/9901001v1"), "arxiv:hep-th/9901001");
}

TEST(UrlCanonicalTest, DoisAreCaseInsensitive) {
  EXPECT_EQ(CanonicalKey("https://doi.org/10.1145/ABC.123"), "doi:10.1145/abc.123");
  EXPECT_EQ(CanonicalKey("http://dx.doi.org/10.1145/abc.123/"), "doi:10.1145/abc.123");
  EXPECT_EQ(CanonicalKey("https://doi.org/10.1145%2Fabc.123"), "doi:10.1145/abc.123");
}

TEST(UrlCanonicalTest, GithubRepositoriesIgnoreCaseAndDotGit) {
  const std::string key = "github:owner/repo";
  EXPECT_EQ(CanonicalKey("https://github.com/Owner/Repo"), key);
  EXPECT_EQ(CanonicalKey("https://github.com/owner/repo.git"), key);
  EXPECT_EQ(CanonicalKey("http://www.github.com/OWNER/repo/"), key);
  EXPECT_EQ(CanonicalKey("https://github.com/owner/repo#readme"), key);
  EXPECT_EQ(CanonicalKey("https://github.com/owner/repo#top"), key);
  EXPECT_EQ(CanonicalKey("https://github.com/owner/repo#installation"),
            "github:owner/repo#installation");
  EXPECT_EQ(CanonicalKey("https://github.com/Owner/Repo/tree/main/src/"),
            "github:owner/repo/tree/main/src");
}

TEST(UrlCanonicalTest, GithubSitePagesAreGenericUrls) {
  EXPECT_EQ(CanonicalKey("https://github.com/topics/llm"), "github.com/topics/llm");
  EXPECT_EQ(CanonicalKey("https://github.com/someone"), "github.com/someone");
}

TEST(UrlCanonicalTest, GenericUrls) {
  EXPECT_EQ(CanonicalKey("http://www.example.org/a/"), "example.org/a");
  EXPECT_EQ(CanonicalKey("https://example.org/a"), "example.org/a");
  EXPECT_EQ(CanonicalKey("https://Example.org/A"), "example.org/A");
  EXPECT_EQ(CanonicalKey("https://example.org/"), "example.org");
  EXPECT_EQ(CanonicalKey("https://example.org"), "example.org");
  EXPECT_EQ(CanonicalKey("https://example.org///"), "example.org");
  EXPECT_EQ(CanonicalKey("https://example.org:8080/a?b=1#c"), "example.org:8080/a?b=1#c");
  EXPECT_EQ(CanonicalKey("https://example.org:443/a"), "example.org/a");
  EXPECT_EQ(CanonicalKey("https://example.org/#top"), "example.org");
  EXPECT_EQ(CanonicalKey("https://example.org/docs#intro"), "example.org/docs#intro");
  EXPECT_NE(CanonicalKey("https://example.org/a?x=1"), CanonicalKey("https://example.org/a?x=2"));
}

TEST(UrlCanonicalTest, NonWebLinksAreTheirOwnKey) {
  EXPECT_EQ(CanonicalKey("mailto:someone@example.org"), "mailto:someone@example.org");
  EXPECT_EQ(CanonicalKey("#section"), "#section");
  EXPECT_EQ(CanonicalKey("docs/README.md"), "docs/README.md");
}

}  // namespace
}  // namespace awesomelint
