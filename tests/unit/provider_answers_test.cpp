// The providers' answer parsers (src/links/providers/answers.h) on recorded answers
// in the shapes the real APIs send, and on answers of shapes they should not send.
#include "links/providers/answers.h"

#include <gtest/gtest.h>

#include <string>

namespace awesomelint {
namespace {

using State = GithubGraphQlAnswer::State;
using Says = ZenodoAnswer::Says;

// What every parser is handed when an API has a bad day.
const char* const kOddAnswers[] = {
    "",
    "<html><body>502 Bad Gateway</body></html>",
    "null",
    "[]",
    "[{\"data\": {}}]",
    "\"data\"",
    "{\"data\": ",
    "{\"gated\": \"\xff\"}",
    "{\"full_name\": 7, \"archived\": \"yes\", \"responseCode\": \"1\", \"gated\": 1}",
};

TEST(GithubAnswerTest, RestRepositoryGivesItsNameAndWhetherItIsArchived) {
  GithubRepoAnswer answer = ParseGithubRepo(R"({
    "id": 1296269, "node_id": "MDEwOlJlcG9zaXRvcnkxMjk2MjY5", "name": "Hello-World",
    "full_name": "octocat/Hello-World", "private": false,
    "owner": {"login": "octocat", "id": 1, "type": "User"},
    "html_url": "https://github.com/octocat/Hello-World", "fork": false,
    "archived": true, "disabled": false, "stargazers_count": 80
  })");
  EXPECT_EQ(answer.name_with_owner, "octocat/Hello-World");
  EXPECT_TRUE(answer.archived);

  answer = ParseGithubRepo(R"({"full_name": "torvalds/linux", "archived": false})");
  EXPECT_EQ(answer.name_with_owner, "torvalds/linux");
  EXPECT_FALSE(answer.archived);
}

TEST(GithubAnswerTest, RestAnswersOfOtherShapesSayNothing) {
  for (const char* body : kOddAnswers) {
    GithubRepoAnswer answer = ParseGithubRepo(body);
    EXPECT_EQ(answer.name_with_owner, "") << body;
    EXPECT_FALSE(answer.archived) << body;
  }
  // A 404's body, should it be read.
  GithubRepoAnswer answer = ParseGithubRepo(
      R"({"message": "Not Found", "documentation_url": "https://docs.github.com/rest"})");
  EXPECT_EQ(answer.name_with_owner, "");
}

TEST(GithubAnswerTest, GraphQlFoundMissingAndUnknownRepositories) {
  GithubGraphQlAnswer answer = ParseGithubGraphQl(R"({
    "data": {
      "r0": {"nameWithOwner": "octocat/Hello-World", "isArchived": false},
      "r1": null,
      "r2": null,
      "r3": {"nameWithOwner": "NewOwner/renamed", "isArchived": true}
    },
    "errors": [
      {"type": "NOT_FOUND", "path": ["r1"], "locations": [{"line": 1, "column": 80}],
       "message": "Could not resolve to a Repository with the name 'octocat/missing'."},
      {"type": "FORBIDDEN", "path": ["r2"],
       "message": "Resource protected by organization SAML enforcement."}
    ]
  })",
                                                  5);
  ASSERT_TRUE(answer.usable);
  ASSERT_EQ(answer.lookups.size(), 5u);
  EXPECT_EQ(answer.lookups[0].state, State::kFound);
  EXPECT_EQ(answer.lookups[0].repo.name_with_owner, "octocat/Hello-World");
  EXPECT_FALSE(answer.lookups[0].repo.archived);
  EXPECT_EQ(answer.lookups[1].state, State::kNotFound);
  EXPECT_EQ(answer.lookups[2].state, State::kUnknown) << "only NOT_FOUND says missing";
  EXPECT_EQ(answer.lookups[3].state, State::kFound);
  EXPECT_EQ(answer.lookups[3].repo.name_with_owner, "NewOwner/renamed");
  EXPECT_TRUE(answer.lookups[3].repo.archived);
  EXPECT_EQ(answer.lookups[4].state, State::kUnknown) << "an alias the answer does not have";
}

TEST(GithubAnswerTest, GraphQlWithNullDataSaysNothingOfAnyRepository) {
  // A timeout: data itself is null, and a NOT_FOUND beside it is still believed.
  GithubGraphQlAnswer answer = ParseGithubGraphQl(
      R"({"data": null, "errors": [{"type": "NOT_FOUND", "path": ["r1"]},
          {"message": "Something went wrong while executing your query."}]})",
      2);
  ASSERT_TRUE(answer.usable);
  ASSERT_EQ(answer.lookups.size(), 2u);
  EXPECT_EQ(answer.lookups[0].state, State::kUnknown);
  EXPECT_EQ(answer.lookups[1].state, State::kNotFound);
}

TEST(GithubAnswerTest, GraphQlErrorsOfOddShapesAreIgnored) {
  GithubGraphQlAnswer answer = ParseGithubGraphQl(
      R"({"data": {"r0": "octocat/Hello-World", "r1": [], "r2": null, "r3": null, "r4": null},
          "errors": [7, {"type": "NOT_FOUND"}, {"type": "NOT_FOUND", "path": []},
                     {"type": "NOT_FOUND", "path": [0]}, {"type": "NOT_FOUND", "path": "r2"},
                     {"type": ["NOT_FOUND"], "path": ["r3"]},
                     {"type": "NOT_FOUND", "path": ["r4", "owner"]}]})",
      5);
  ASSERT_TRUE(answer.usable);
  ASSERT_EQ(answer.lookups.size(), 5u);
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(answer.lookups[i].state, State::kUnknown) << i;
  EXPECT_EQ(answer.lookups[4].state, State::kNotFound);
}

TEST(GithubAnswerTest, GraphQlWithoutDataIsNotUsable) {
  EXPECT_FALSE(ParseGithubGraphQl(
                   R"({"message": "Bad credentials", "documentation_url": "https://docs"})", 3)
                   .usable);
  for (const char* body : kOddAnswers) {
    GithubGraphQlAnswer answer = ParseGithubGraphQl(body, 3);
    EXPECT_FALSE(answer.usable) << body;
    EXPECT_TRUE(answer.lookups.empty()) << body;
  }
  EXPECT_TRUE(ParseGithubGraphQl(R"({"data": {}})", 0).usable);
}

constexpr char kArxivFeed[] = R"(<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <link href="http://arxiv.org/api/query?id_list=2405.12971,hep-th/9901001v2" rel="self"/>
  <title type="html">ArXiv Query: id_list=2405.12971,hep-th/9901001v2</title>
  <id>http://arxiv.org/api/cHxbiOdZaP56ODnBPIenZhzg5f8</id>
  <updated>2024-06-01T00:00:00-04:00</updated>
  <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">2</opensearch:totalResults>
  <entry>
    <id>http://arxiv.org/abs/2405.12971v1</id>
    <updated>2024-05-21T17:55:04Z</updated>
    <title>A Paper</title>
    <author><name>A. Author</name></author>
    <link href="http://arxiv.org/abs/2405.12971v1" rel="alternate" type="text/html"/>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/hep-th/9901001v2</id>
    <title>An Old Paper</title>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/CS.LG/0102003</id>
    <title>Upper case, as some feeds once wrote it</title>
  </entry>
</feed>
)";

TEST(ArxivAnswerTest, FeedListsItsPapersVersionlessInLowerCase) {
  ArxivFeed feed = ParseArxivFeed(kArxivFeed);
  EXPECT_FALSE(feed.error);
  EXPECT_EQ(feed.ids(),
            (std::vector<std::string>{"2405.12971", "hep-th/9901001", "cs.lg/0102003"}));
}

TEST(ArxivAnswerTest, AnErrorEntryMakesTheFeedAnError) {
  ArxivFeed feed = ParseArxivFeed(R"(<feed xmlns="http://www.w3.org/2005/Atom">
  <entry>
    <id>http://arxiv.org/api/errors#incorrect_id_format_for_2405.1297x</id>
    <title>Error</title>
    <summary>incorrect id format for 2405.1297x</summary>
  </entry>
</feed>)");
  EXPECT_TRUE(feed.error);
}

TEST(ArxivAnswerTest, EntriesWithoutAnAbstractIdAreNoPapers) {
  EXPECT_TRUE(ParseArxivFeed("<feed><entry><title>no id</title></entry></feed>").ids().empty());
  EXPECT_TRUE(ParseArxivFeed("<feed><entry><id>urn:x</id></entry></feed>").ids().empty());
  EXPECT_TRUE(ParseArxivFeed("<feed><entry><id>http://arxiv.org/abs/1").ids().empty());
  EXPECT_TRUE(ParseArxivFeed("<feed><id>http://arxiv.org/abs/1</id></feed>").ids().empty());
  EXPECT_TRUE(ParseArxivFeed("<entry").ids().empty());
  for (const char* body : kOddAnswers) {
    ArxivFeed feed = ParseArxivFeed(body);
    EXPECT_FALSE(feed.error) << body;
    EXPECT_TRUE(feed.ids().empty()) << body;
  }
}

// Metadata for the repository rules: what REST and GraphQL say of a repository's
// health, in the shapes they send (GitHub's REST and GraphQL reference examples).
TEST(GithubAnswerTest, RestAndGraphQlSayStarsPushesAndTheLastCommit) {
  GithubRepoAnswer rest = ParseGithubRepo(R"({
    "full_name": "octocat/Hello-World", "archived": true, "disabled": false,
    "stargazers_count": 80, "pushed_at": "2011-01-26T19:06:43Z"})");
  EXPECT_TRUE(rest.archived);
  EXPECT_FALSE(rest.disabled);
  EXPECT_EQ(rest.stars, 80);
  EXPECT_EQ(rest.pushed_at, "2011-01-26T19:06:43Z");
  EXPECT_EQ(rest.last_commit, "") << "REST does not say it";

  GithubGraphQlAnswer graphql = ParseGithubGraphQl(R"({"data": {
    "r0": {"nameWithOwner": "o/full", "isArchived": false, "isDisabled": true,
           "stargazerCount": 1234, "pushedAt": "2024-05-01T12:00:00Z",
           "defaultBranchRef": {"target": {"committedDate": "2024-04-30T08:15:00Z"}}},
    "r1": {"nameWithOwner": "o/empty", "isArchived": false, "stargazerCount": 0,
           "defaultBranchRef": null}}})",
                                                   2);
  ASSERT_EQ(graphql.lookups.size(), 2u);
  const GithubRepoAnswer& full = graphql.lookups[0].repo;
  EXPECT_TRUE(full.disabled);
  EXPECT_EQ(full.stars, 1234);
  EXPECT_EQ(full.pushed_at, "2024-05-01T12:00:00Z");
  EXPECT_EQ(full.last_commit, "2024-04-30T08:15:00Z");
  const GithubRepoAnswer& empty = graphql.lookups[1].repo;
  EXPECT_EQ(empty.stars, 0);
  EXPECT_EQ(empty.last_commit, "") << "an empty repository has no default branch";
  EXPECT_EQ(empty.pushed_at, "");

  for (const char* odd : {R"({"stargazers_count": "80"})", R"({"stargazers_count": -3})",
                          R"({"stargazers_count": 1e3})", R"({"pushed_at": 5})"}) {
    GithubRepoAnswer answer = ParseGithubRepo(odd);
    EXPECT_EQ(answer.stars, -1) << odd;
    EXPECT_EQ(answer.pushed_at, "") << odd;
  }
}

// The export API's Atom entries, as arXiv writes them: a title over two lines with an
// entity, the abstract, the first version's date, and a withdrawal said in a comment.
TEST(ArxivAnswerTest, EntriesSayTitleAbstractDateAndWithdrawal) {
  ArxivFeed feed = ParseArxivFeed(R"(<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title type="html">ArXiv Query: search_query=&amp;id_list=2401.00001,1706.03762</title>
  <entry>
    <id>http://arxiv.org/abs/1706.03762v7</id>
    <updated>2023-08-02T00:41:18Z</updated>
    <published>2017-06-12T17:57:34Z</published>
    <title>Attention Is All You
  Need</title>
    <summary>  The dominant sequence transduction models are based on complex recurrent or
convolutional neural networks &amp; an encoder and a decoder.
</summary>
    <author><name>Ashish Vaswani</name></author>
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">15 pages, 5 figures</arxiv:comment>
  </entry>
  <entry>
    <id>http://arxiv.org/abs/2401.00001v2</id>
    <published>2024-01-01T00:00:01Z</published>
    <title>A Retracted Result</title>
    <summary>This paper has been withdrawn by the author due to an error in Lemma 2.</summary>
    <arxiv:comment xmlns:arxiv="http://arxiv.org/schemas/atom">This paper has been withdrawn by the author</arxiv:comment>
  </entry>
</feed>)");
  ASSERT_EQ(feed.papers.size(), 2u);
  const ArxivPaper& attention = feed.papers[0];
  EXPECT_EQ(attention.id, "1706.03762");
  EXPECT_EQ(attention.meta.title, "Attention Is All You Need") << "not the feed's own title";
  EXPECT_EQ(attention.meta.abstract,
            "The dominant sequence transduction models are based on complex recurrent or "
            "convolutional neural networks & an encoder and a decoder.");
  EXPECT_EQ(attention.meta.published, "2017-06-12");
  EXPECT_FALSE(attention.meta.withdrawn);
  EXPECT_EQ(feed.papers[1].id, "2401.00001");
  EXPECT_TRUE(feed.papers[1].meta.withdrawn);
  EXPECT_EQ(feed.ids(), (std::vector<std::string>{"1706.03762", "2401.00001"}));

  ArxivFeed bare =
      ParseArxivFeed("<entry><id>http://arxiv.org/abs/2401.00002</id><title/></entry>");
  ASSERT_EQ(bare.papers.size(), 1u);
  EXPECT_EQ(bare.papers[0].meta.title, "");
  EXPECT_EQ(bare.papers[0].meta.published, "");
}

// Recorded shapes of huggingface.co/api/models/{id} and /api/papers/{arxiv id}, and of
// zenodo.org/api/records/{id} (trimmed to the fields read, and a few around them).
TEST(HuggingFaceAnswerTest, PrivateLastModifiedAndPaperPages) {
  HfRepoAnswer model = ParseHfRepo(R"({"_id": "621ffdc036468d709f174338", "id": "o/m",
    "private": true, "gated": false, "disabled": false, "downloads": 12,
    "lastModified": "2024-05-01T12:00:00.000Z", "tags": ["pytorch"]})");
  EXPECT_TRUE(model.is_private);
  EXPECT_FALSE(model.gated);
  EXPECT_EQ(model.last_modified, "2024-05-01T12:00:00.000Z");

  HfPaperAnswer paper = ParseHfPaper(R"({"id": "2401.01234", "title": "A Model Paper",
    "summary": "We present ...", "upvotes": 7, "githubRepo": "https://github.com/o/model",
    "projectPage": "https://o.github.io/model", "publishedAt": "2024-01-02T00:00:00.000Z"})");
  EXPECT_EQ(paper.id, "2401.01234");
  EXPECT_EQ(paper.title, "A Model Paper");
  EXPECT_EQ(paper.github_repo, "https://github.com/o/model");
  EXPECT_EQ(paper.project_page, "https://o.github.io/model");
  EXPECT_EQ(ParseHfPaper(R"({"error": "Paper not found"})").id, "");
}

TEST(ZenodoAnswerTest, ARecordsTitleDoiAndConceptDoi) {
  ZenodoRecord record = ParseZenodoRecord(R"({"id": 8417563, "recid": "8417563",
    "doi": "10.5281/zenodo.8417563", "conceptdoi": "10.5281/zenodo.8417562",
    "conceptrecid": "8417562", "metadata": {"title": "A Benchmark Dataset",
    "doi": "10.5281/zenodo.8417563", "publication_date": "2023-10-09"}})");
  EXPECT_EQ(record.title, "A Benchmark Dataset");
  EXPECT_EQ(record.doi, "10.5281/zenodo.8417563");
  EXPECT_EQ(record.concept_doi, "10.5281/zenodo.8417562");
  ZenodoRecord older =
      ParseZenodoRecord(R"({"metadata": {"title": "T", "doi": "10.5281/zenodo.1"}})");
  EXPECT_EQ(older.doi, "10.5281/zenodo.1") << "the DOI under metadata when not at the top";
  for (const char* odd : kOddAnswers) {
    ZenodoRecord nothing = ParseZenodoRecord(odd);
    EXPECT_EQ(nothing.title, "") << odd;
  }
}

TEST(HuggingFaceAnswerTest, GatedAndDisabledRepositories) {
  HfRepoAnswer open = ParseHfRepo(
      R"({"_id": "621ffdc036468d709f174338", "id": "openai-community/gpt2", "private": false,
          "gated": false, "disabled": false, "downloads": 100, "tags": ["pytorch"]})");
  EXPECT_FALSE(open.gated);
  EXPECT_FALSE(open.disabled);

  HfRepoAnswer manual = ParseHfRepo(R"({"id": "meta-llama/Llama-2-7b", "gated": "manual"})");
  EXPECT_TRUE(manual.gated);
  EXPECT_EQ(manual.gate, "manual");

  HfRepoAnswer gated = ParseHfRepo(R"({"id": "org/model", "gated": true})");
  EXPECT_TRUE(gated.gated);
  EXPECT_EQ(gated.gate, "");

  HfRepoAnswer disabled = ParseHfRepo(R"({"id": "org/gone", "gated": "auto", "disabled": true})");
  EXPECT_TRUE(disabled.gated);
  EXPECT_EQ(disabled.gate, "auto");
  EXPECT_TRUE(disabled.disabled);

  EXPECT_FALSE(ParseHfRepo(R"({"gated": ""})").gated);
}

// A repository's page as github.com serves it (trimmed): the archived banner, the
// latest commit's <relative-time>, the star counter's exact title.
TEST(GithubAnswerTest, ARepositoryPageSaysArchivedLastCommitAndStars) {
  GithubRepoAnswer archived = ParseGithubRepoPage(
      R"(<div class="flash flash-warn">This repository was archived by the owner on Jan 5, )"
      R"(2023. It is now read-only.</div> ... <span id="repo-stars-counter-star" )"
      R"(aria-label="12345 users starred this repository" title="12,345" class="Counter">12.3k)"
      R"(</span> ... <a href="/o/r/commits/main">Latest commit <relative-time )"
      R"(datetime="2022-12-30T10:00:00Z" class="no-wrap"></relative-time></a>)");
  EXPECT_TRUE(archived.archived);
  EXPECT_EQ(archived.last_commit, "2022-12-30T10:00:00Z");
  EXPECT_EQ(archived.stars, 12345);
  EXPECT_EQ(archived.name_with_owner, "") << "a page does not say it";

  GithubRepoAnswer farm = ParseGithubRepoPage(
      R"(<div>This repository has been archived by the owner on 2021-03-01.</div>)"
      R"(<span id="repo-stars-counter-star">42</span>)");
  EXPECT_TRUE(farm.archived);
  EXPECT_EQ(farm.stars, 42);
  EXPECT_EQ(farm.last_commit, "");

  GithubRepoAnswer active = ParseGithubRepoPage(
      R"(<relative-time datetime="2020-01-01T00:00:00Z"></relative-time> an issue's date, )"
      R"(not the last commit's; <span id="repo-stars-counter-star">1.2k</span>)");
  EXPECT_FALSE(active.archived);
  EXPECT_EQ(active.last_commit, "") << "only the time after 'Latest commit' is the commit's";
  EXPECT_EQ(active.stars, -1) << "a rounded count is no count";
  for (const char* odd : kOddAnswers) {
    GithubRepoAnswer nothing = ParseGithubRepoPage(odd);
    EXPECT_FALSE(nothing.archived) << odd;
    EXPECT_EQ(nothing.stars, -1) << odd;
  }
  EXPECT_EQ(ParseGithubRepoPage(R"(Latest commit <relative-time datetime="x)").last_commit, "");
}

TEST(ProviderAnswerTest, TextIsPlainAndBounded) {
  HfPaperAnswer paper = ParseHfPaper("{\"title\": \"A \\u001b[31mred\\u0007 title\\n\\tx\"}");
  EXPECT_EQ(paper.title, "A [31mred title x") << "no terminal escape reaches a report";
  std::string long_title(100000, 'a');
  EXPECT_LE(ParseHfPaper(R"({"title": ")" + long_title + R"("})").title.size(), 4096u);
}

TEST(HuggingFaceAnswerTest, AnswersOfOtherShapesSayNothing) {
  for (const char* body : kOddAnswers) {
    HfRepoAnswer answer = ParseHfRepo(body);
    EXPECT_FALSE(answer.gated) << body;
    EXPECT_FALSE(answer.disabled) << body;
  }
}

TEST(ZenodoAnswerTest, StatusesSayWhatBecameOfTheRecord) {
  const std::string asked = "https://zenodo.org/api/records/1234";
  EXPECT_EQ(ParseZenodoAnswer(200, "", asked).says, Says::kFound);
  EXPECT_EQ(ParseZenodoAnswer(410, "", asked).says, Says::kDeleted);
  EXPECT_EQ(ParseZenodoAnswer(404, "", asked).says, Says::kNotFound);
  EXPECT_EQ(ParseZenodoAnswer(500, "", asked).says, Says::kOther);
  EXPECT_EQ(ParseZenodoAnswer(429, "", asked).says, Says::kOther);
  EXPECT_EQ(ParseZenodoAnswer(302, "", asked).says, Says::kOther) << "a redirect to nowhere";
  EXPECT_EQ(ParseZenodoAnswer(200, "/api/records/9", asked).says, Says::kFound);
}

TEST(ZenodoAnswerTest, RedirectsAreResolvedAgainstTheUrlAsked) {
  ZenodoAnswer latest = ParseZenodoAnswer(302, "/api/records/5678",
                                          "http://127.0.0.1:8080/api/records/1234/versions/latest");
  EXPECT_EQ(latest.says, Says::kRedirect);
  EXPECT_EQ(latest.next, "http://127.0.0.1:8080/api/records/5678");

  ZenodoAnswer absolute = ParseZenodoAnswer(301, "https://zenodo.org/api/records/5678",
                                            "https://zenodo.org/api/records/1234");
  EXPECT_EQ(absolute.says, Says::kRedirect);
  EXPECT_EQ(absolute.next, "https://zenodo.org/api/records/5678");

  ZenodoAnswer relative =
      ParseZenodoAnswer(307, "5678", "https://zenodo.org/api/records/1234/versions/latest");
  EXPECT_EQ(relative.next, "https://zenodo.org/api/records/1234/versions/5678");

  // A Location that does not make a URL is a status like any other.
  EXPECT_EQ(ParseZenodoAnswer(302, "http://", "https://zenodo.org/api/records/1").says,
            Says::kOther);
}

TEST(DoiAnswerTest, TheHandleApisResponseCode) {
  DoiHandleAnswer found = ParseDoiHandle(R"({"responseCode": 1, "handle": "10.1000/182",
      "values": [{"index": 1, "type": "URL", "data": {"format": "string",
      "value": "https://www.doi.org/the-identifier/resources/handbook"}, "ttl": 86400,
      "timestamp": "2019-01-01T00:00:00Z"}]})");
  EXPECT_EQ(found.response_code, DoiHandleAnswer::kFound);

  DoiHandleAnswer missing = ParseDoiHandle(R"({"responseCode": 100, "handle": "10.1000/nope"})");
  EXPECT_EQ(missing.response_code, DoiHandleAnswer::kNotFound);

  EXPECT_EQ(
      ParseDoiHandle(R"({"responseCode": 200, "handle": "10.1000/x", "values": []})").response_code,
      200);
  EXPECT_EQ(ParseDoiHandle(R"({"responseCode": 1.0})").response_code, 0) << "not an integer";
  for (const char* body : kOddAnswers) EXPECT_EQ(ParseDoiHandle(body).response_code, 0) << body;
}

}  // namespace
}  // namespace awesomelint
