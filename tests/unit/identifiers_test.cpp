// Provider identifiers read from URLs (arXiv, GitHub, Hugging Face, DOI, Zenodo)
// and what badge images say (shields.io routes, Hugging Face and Zenodo badges).
// Nothing here touches the network.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "awesomelint/model/badges.h"
#include "awesomelint/model/identifiers.h"
#include "awesomelint/model/url.h"

namespace awesomelint {
namespace {

Url U(std::string_view text) {
  std::optional<Url> url = ParseUrl(text);
  EXPECT_TRUE(url.has_value()) << text;
  return url.value_or(Url{});
}

// A fixed "today" so that no test depends on the clock.
constexpr CalendarDate kToday{2024, 6, 15};

// --- arXiv -------------------------------------------------------------------

TEST(IdentifierArxivTest, AbsUrl) {
  auto ref = ArxivFromUrl(U("https://arxiv.org/abs/2307.14334"));
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->id, "2307.14334");
  EXPECT_EQ(ref->version, "");
}

TEST(IdentifierArxivTest, VersionIsSplitOff) {
  auto ref = ArxivFromUrl(U("https://arxiv.org/abs/2307.14334v2"));
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->id, "2307.14334");
  EXPECT_EQ(ref->version, "v2");
}

TEST(IdentifierArxivTest, PdfWithExtensionAndVersion) {
  auto ref = ArxivFromUrl(U("https://arxiv.org/pdf/2307.14334v1.pdf"));
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->id, "2307.14334");
  EXPECT_EQ(ref->version, "v1");
}

TEST(IdentifierArxivTest, OtherRoutesAndHosts) {
  for (const char* text :
       {"https://arxiv.org/html/2307.14334", "https://arxiv.org/ps/2307.14334",
        "https://arxiv.org/src/2307.14334", "https://arxiv.org/e-print/2307.14334",
        "https://arxiv.org/format/2307.14334", "https://www.arxiv.org/abs/2307.14334/",
        "https://export.arxiv.org/abs/2307.14334", "http://arxiv.org/abs/arXiv:2307.14334",
        "https://arxiv.org/abs/arxiv:2307.14334"}) {
    auto ref = ArxivFromUrl(U(text));
    ASSERT_TRUE(ref) << text;
    EXPECT_EQ(ref->id, "2307.14334") << text;
    EXPECT_EQ(ref->version, "") << text;
  }
}

TEST(IdentifierArxivTest, OldStyleIdentifier) {
  auto ref = ArxivFromUrl(U("https://arxiv.org/abs/hep-th/9901001v3"));
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->id, "hep-th/9901001");
  EXPECT_EQ(ref->version, "v3");
  // The "v" inside "solv-int" is not a version.
  auto solv = ArxivFromUrl(U("https://arxiv.org/abs/solv-int/9901001"));
  ASSERT_TRUE(solv);
  EXPECT_EQ(solv->id, "solv-int/9901001");
  EXPECT_EQ(solv->version, "");
}

TEST(IdentifierArxivTest, ArxivDoi) {
  auto ref = ArxivFromUrl(U("https://doi.org/10.48550/arXiv.2307.14334"));
  ASSERT_TRUE(ref);
  EXPECT_EQ(ref->id, "2307.14334");
  EXPECT_EQ(ref->version, "");
  EXPECT_TRUE(ArxivFromUrl(U("https://dx.doi.org/10.48550/ARXIV.2307.14334")));
  EXPECT_FALSE(ArxivFromUrl(U("https://doi.org/10.1145/3292500.3330701")));
}

TEST(IdentifierArxivTest, NotAPaper) {
  for (const char* text :
       {"https://arxiv.org/", "https://arxiv.org/list/cs.CL/recent", "https://arxiv.org/abs/",
        "https://arxiv.org/help/api", "https://example.org/abs/2307.14334",
        "https://arxiv.example.org/abs/2307.14334"}) {
    EXPECT_FALSE(ArxivFromUrl(U(text))) << text;
  }
}

TEST(IdentifierArxivTest, WellFormedIdentifiers) {
  for (const char* id : {"2307.14334", "2307.14334v2", "2307.14334v12", "0704.0001", "1412.9999",
                         "1501.00001", "2406.00001", "hep-th/9901001", "hep-th/9901001v1",
                         "math.AG/0601001", "cond-mat/0703999", "cs/9108001"}) {
    EXPECT_EQ(ArxivIdProblem(id, kToday), "") << id;
  }
}

TEST(IdentifierArxivTest, NewSchemeProblems) {
  EXPECT_EQ(ArxivIdProblem("1501.0001", kToday),
            "'1501.0001' has 4 digits after the dot; identifiers from 1501 have 5");
  EXPECT_EQ(ArxivIdProblem("1412.12345", kToday),
            "'1412.12345' has 5 digits after the dot; identifiers from 1412 have 4");
  EXPECT_EQ(ArxivIdProblem("0703.1234", kToday),
            "'0703.1234' predates the YYMM.NNNN scheme (April 2007)");
  EXPECT_EQ(ArxivIdProblem("2313.00001", kToday), "'2313.00001' has month 13; months run 01-12");
  EXPECT_EQ(ArxivIdProblem("2300.00001", kToday), "'2300.00001' has month 00; months run 01-12");
  EXPECT_EQ(ArxivIdProblem("2307.00000", kToday), "'2307.00000' has sequence number 0");
  EXPECT_EQ(ArxivIdProblem("2307.1433a", kToday),
            "'2307.1433a' is not an arXiv identifier (YYMM.NNNNN)");
  EXPECT_EQ(ArxivIdProblem("230.14334", kToday),
            "'230.14334' is not an arXiv identifier (YYMM.NNNNN)");
}

TEST(IdentifierArxivTest, FutureIdentifiersDependOnTheGivenDay) {
  EXPECT_EQ(ArxivIdProblem("2407.00001", kToday),
            "'2407.00001' is dated 2024-07, which has not come yet");
  EXPECT_EQ(ArxivIdProblem("2501.00001", kToday),
            "'2501.00001' is dated 2025-01, which has not come yet");
  EXPECT_EQ(ArxivIdProblem("2406.99999", kToday), "");
  EXPECT_EQ(ArxivIdProblem("2407.00001", CalendarDate{2024, 7, 1}), "");
  // Without a date, nothing is in the future.
  EXPECT_EQ(ArxivIdProblem("2912.00001", CalendarDate{}), "");
}

TEST(IdentifierArxivTest, VersionProblems) {
  EXPECT_EQ(ArxivIdProblem("2307.14334v0", kToday),
            "'2307.14334v0' has version v0; versions start at v1");
  EXPECT_EQ(ArxivIdProblem("2307.14334v01", kToday),
            "'2307.14334v01' has version v01; versions start at v1");
}

TEST(IdentifierArxivTest, OldSchemeProblems) {
  EXPECT_EQ(ArxivIdProblem("hep-th/0704001", kToday),
            "'hep-th/0704001' uses the old scheme, which ended in March 2007");
  EXPECT_EQ(ArxivIdProblem("hep-th/9913001", kToday),
            "'hep-th/9913001' has month 13; months run 01-12");
  EXPECT_EQ(ArxivIdProblem("hep-th/9901000", kToday), "'hep-th/9901000' has sequence number 000");
  EXPECT_EQ(ArxivIdProblem("HEP-TH/9901001", kToday),
            "'HEP-TH/9901001' is not an arXiv identifier (archive/YYMMNNN)");
  EXPECT_EQ(ArxivIdProblem("hep-th/990100", kToday),
            "'hep-th/990100' is not an arXiv identifier (archive/YYMMNNN)");
  EXPECT_EQ(ArxivIdProblem("-th/9901001", kToday),
            "'-th/9901001' is not an arXiv identifier (archive/YYMMNNN)");
}

TEST(IdentifierArxivTest, NotAnIdentifierAtAll) {
  EXPECT_EQ(ArxivIdProblem("abc", kToday), "'abc' is not an arXiv identifier");
  EXPECT_EQ(ArxivIdProblem("", kToday), "'' is not an arXiv identifier");
  // Long pastes are shortened to 37 characters and "...".
  std::string pasted(45, 'x');
  EXPECT_EQ(ArxivIdProblem(pasted, kToday),
            "'" + std::string(37, 'x') + "...' is not an arXiv identifier");
}

// --- GitHub ------------------------------------------------------------------

TEST(IdentifierGithubTest, Repository) {
  auto repo = GithubRepoFromUrl(U("https://github.com/Owner/Repo"));
  ASSERT_TRUE(repo);
  EXPECT_EQ(repo->owner, "Owner");
  EXPECT_EQ(repo->name, "Repo");
  EXPECT_EQ(repo->rest, "");
  EXPECT_EQ(repo->key(), "owner/repo");
}

TEST(IdentifierGithubTest, DotGitAndPathsInside) {
  auto git = GithubRepoFromUrl(U("https://github.com/o/r.git"));
  ASSERT_TRUE(git);
  EXPECT_EQ(git->name, "r");
  EXPECT_EQ(git->rest, "");

  auto tree = GithubRepoFromUrl(U("https://www.github.com/o/r/tree/main/src?x=1#L3"));
  ASSERT_TRUE(tree);
  EXPECT_EQ(tree->owner, "o");
  EXPECT_EQ(tree->name, "r");
  EXPECT_EQ(tree->rest, "/tree/main/src");

  auto slash = GithubRepoFromUrl(U("https://github.com/o/r/"));
  ASSERT_TRUE(slash);
  EXPECT_EQ(slash->rest, "/");

  auto both = GithubRepoFromUrl(U("https://github.com/o/r.git/"));
  ASSERT_TRUE(both);
  EXPECT_EQ(both->name, "r");
  EXPECT_EQ(both->rest, "/");
}

TEST(IdentifierGithubTest, EmptySegmentsAreSkipped) {
  auto repo = GithubRepoFromUrl(U("https://github.com//o//r/issues"));
  ASSERT_TRUE(repo);
  EXPECT_EQ(repo->owner, "o");
  EXPECT_EQ(repo->name, "r");
  EXPECT_EQ(repo->rest, "/issues");
}

TEST(IdentifierGithubTest, NotARepository) {
  for (const char* text :
       {"https://github.com/", "https://github.com/someone", "https://github.com/topics/llm",
        "https://github.com/Topics/llm", "https://github.com/orgs/acme/repositories",
        "https://github.com/marketplace/actions/x", "https://github.com/sponsors/someone",
        "https://github.com/o/..", "https://gist.github.com/o/abc123",
        "https://raw.githubusercontent.com/o/r/main/README.md", "https://gitlab.com/o/r"}) {
    EXPECT_FALSE(GithubRepoFromUrl(U(text))) << text;
  }
}

// --- Hugging Face ------------------------------------------------------------

TEST(IdentifierHuggingFaceTest, ModelDatasetSpacePaper) {
  auto model = HuggingFaceFromUrl(U("https://huggingface.co/meta-llama/Llama-2-7b"));
  ASSERT_TRUE(model);
  EXPECT_EQ(model->kind, HfKind::kModel);
  EXPECT_EQ(model->id, "meta-llama/Llama-2-7b");

  auto tree = HuggingFaceFromUrl(U("https://hf.co/org/model/tree/main"));
  ASSERT_TRUE(tree);
  EXPECT_EQ(tree->kind, HfKind::kModel);
  EXPECT_EQ(tree->id, "org/model");

  auto dataset = HuggingFaceFromUrl(U("https://huggingface.co/datasets/rajpurkar/squad/viewer"));
  ASSERT_TRUE(dataset);
  EXPECT_EQ(dataset->kind, HfKind::kDataset);
  EXPECT_EQ(dataset->id, "rajpurkar/squad");

  auto space = HuggingFaceFromUrl(U("https://huggingface.co/spaces/gradio/hello"));
  ASSERT_TRUE(space);
  EXPECT_EQ(space->kind, HfKind::kSpace);
  EXPECT_EQ(space->id, "gradio/hello");

  auto paper = HuggingFaceFromUrl(U("https://huggingface.co/papers/2307.14334"));
  ASSERT_TRUE(paper);
  EXPECT_EQ(paper->kind, HfKind::kPaper);
  EXPECT_EQ(paper->id, "2307.14334");
}

TEST(IdentifierHuggingFaceTest, Listings) {
  for (const char* text : {"https://huggingface.co/models", "https://huggingface.co/datasets",
                           "https://huggingface.co/spaces", "https://huggingface.co/papers",
                           "https://huggingface.co/models?pipeline_tag=text-generation"}) {
    auto ref = HuggingFaceFromUrl(U(text));
    ASSERT_TRUE(ref) << text;
    EXPECT_EQ(ref->kind, HfKind::kListing) << text;
    EXPECT_EQ(ref->id, "") << text;  // "empty for listings" (identifiers.h)
  }
}

TEST(IdentifierHuggingFaceTest, SitePagesAndProfilesAreNotResources) {
  for (const char* text :
       {"https://huggingface.co/", "https://huggingface.co/docs/transformers/index",
        "https://huggingface.co/blog/llama2", "https://huggingface.co/meta-llama",
        "https://huggingface.co/learn/nlp-course", "https://example.org/meta-llama/Llama-2-7b"}) {
    EXPECT_FALSE(HuggingFaceFromUrl(U(text))) << text;
  }
}

TEST(IdentifierHuggingFaceTest, KindNames) {
  EXPECT_EQ(HfKindName(HfKind::kModel), "model");
  EXPECT_EQ(HfKindName(HfKind::kDataset), "dataset");
  EXPECT_EQ(HfKindName(HfKind::kSpace), "space");
  EXPECT_EQ(HfKindName(HfKind::kPaper), "paper");
  EXPECT_EQ(HfKindName(HfKind::kListing), "listing");
}

// --- DOI and Zenodo ----------------------------------------------------------

TEST(IdentifierDoiTest, FromUrl) {
  EXPECT_EQ(DoiFromUrl(U("https://doi.org/10.1000/XYZ.123")), "10.1000/xyz.123");
  EXPECT_EQ(DoiFromUrl(U("http://dx.doi.org/10.1000/abc/")), "10.1000/abc");
  EXPECT_EQ(DoiFromUrl(U("https://www.doi.org/10.1000/abc")), "10.1000/abc");
  EXPECT_EQ(DoiFromUrl(U("https://doi.org/10.1000%2Fabc")), "10.1000/abc");
  EXPECT_EQ(DoiFromUrl(U("https://zenodo.org/doi/10.5281/zenodo.123")), "10.5281/zenodo.123");
}

TEST(IdentifierDoiTest, NotADoi) {
  EXPECT_FALSE(DoiFromUrl(U("https://doi.org/")));
  EXPECT_FALSE(DoiFromUrl(U("https://doi.org/abc/def")));
  EXPECT_FALSE(DoiFromUrl(U("https://doi.org/10.1000")));
  EXPECT_FALSE(DoiFromUrl(U("https://example.org/10.1000/abc")));
  EXPECT_FALSE(DoiFromUrl(U("https://zenodo.org/records/123")));
}

TEST(IdentifierZenodoTest, RecordFromUrl) {
  EXPECT_EQ(ZenodoRecordFromUrl(U("https://zenodo.org/record/1234")), "1234");
  EXPECT_EQ(ZenodoRecordFromUrl(U("https://zenodo.org/records/1234/files/data.zip")), "1234");
  EXPECT_EQ(ZenodoRecordFromUrl(U("https://www.zenodo.org/records/42")), "42");
  EXPECT_EQ(ZenodoRecordFromUrl(U("https://sandbox.zenodo.org/records/9")), "9");
  EXPECT_EQ(ZenodoRecordFromUrl(U("https://doi.org/10.5281/zenodo.5678")), "5678");
  EXPECT_EQ(ZenodoRecordFromUrl(U("https://zenodo.org/doi/10.5281/zenodo.77")), "77");
}

TEST(IdentifierZenodoTest, NotARecord) {
  EXPECT_FALSE(ZenodoRecordFromUrl(U("https://zenodo.org/communities/x")));
  EXPECT_FALSE(ZenodoRecordFromUrl(U("https://zenodo.org/record/abc")));
  EXPECT_FALSE(ZenodoRecordFromUrl(U("https://zenodo.org/records")));
  EXPECT_FALSE(ZenodoRecordFromUrl(U("https://doi.org/10.1000/x")));
  EXPECT_FALSE(ZenodoRecordFromUrl(U("https://example.org/records/1234")));
}

TEST(IdentifierZenodoTest, RecordFromDoi) {
  EXPECT_EQ(ZenodoRecordFromDoi("10.5281/zenodo.123"), "123");
  EXPECT_EQ(ZenodoRecordFromDoi("10.5281/ZENODO.123"), "123");
  EXPECT_FALSE(ZenodoRecordFromDoi("10.5281/zenodo.12a"));
  EXPECT_FALSE(ZenodoRecordFromDoi("10.5281/zenodo."));
  EXPECT_FALSE(ZenodoRecordFromDoi("10.1000/zenodo.123"));
  EXPECT_FALSE(ZenodoRecordFromDoi(""));
}

// --- Badges: shields.io ------------------------------------------------------

TEST(IdentifierBadgeTest, ShieldsRoute) {
  auto route = ParseShieldsRoute(U("https://img.shields.io/github/stars/o/r.svg?style=social"));
  ASSERT_TRUE(route);
  EXPECT_EQ(route->host, "img.shields.io");
  EXPECT_EQ(route->segments, (std::vector<std::string>{"github", "stars", "o", "r"}));
}

TEST(IdentifierBadgeTest, ShieldsRouteHostsAndExtensions) {
  auto badgen = ParseShieldsRoute(U("https://badgen.net/github/stars/o/r"));
  ASSERT_TRUE(badgen);
  EXPECT_EQ(badgen->host, "badgen.net");
  EXPECT_EQ(badgen->segments, (std::vector<std::string>{"github", "stars", "o", "r"}));

  auto png = ParseShieldsRoute(U("https://shields.io/pypi/v/torch.png"));
  ASSERT_TRUE(png);
  EXPECT_EQ(png->host, "shields.io");
  EXPECT_EQ(png->segments, (std::vector<std::string>{"pypi", "v", "torch"}));

  auto json = ParseShieldsRoute(U("https://img.shields.io/endpoint.json"));
  ASSERT_TRUE(json);
  EXPECT_EQ(json->segments, (std::vector<std::string>{"endpoint"}));

  // Only the last segment loses its extension.
  auto middle = ParseShieldsRoute(U("https://img.shields.io/a.svg/b"));
  ASSERT_TRUE(middle);
  EXPECT_EQ(middle->segments, (std::vector<std::string>{"a.svg", "b"}));
}

TEST(IdentifierBadgeTest, ShieldsRouteIsPercentDecoded) {
  auto route = ParseShieldsRoute(U("https://img.shields.io/badge/arXiv-2307.14334-b31b1b.svg"));
  ASSERT_TRUE(route);
  EXPECT_EQ(route->segments, (std::vector<std::string>{"badge", "arXiv-2307.14334-b31b1b"}));
  auto spaced = ParseShieldsRoute(U("https://img.shields.io/badge/made%20with-Python-blue"));
  ASSERT_TRUE(spaced);
  EXPECT_EQ(spaced->segments, (std::vector<std::string>{"badge", "made with-Python-blue"}));
}

TEST(IdentifierBadgeTest, ShieldsRouteOtherHosts) {
  EXPECT_FALSE(ParseShieldsRoute(U("https://example.org/github/stars/o/r.svg")));
  EXPECT_FALSE(ParseShieldsRoute(U("https://img.shields.example/github/stars/o/r.svg")));
  auto root = ParseShieldsRoute(U("https://img.shields.io/"));
  ASSERT_TRUE(root);
  EXPECT_TRUE(root->segments.empty());
}

TEST(IdentifierBadgeTest, StaticBadge) {
  auto badge = ParseStaticBadge("arXiv-2307.14334-b31b1b");
  ASSERT_TRUE(badge);
  EXPECT_EQ(badge->label, "arXiv");
  EXPECT_EQ(badge->message, "2307.14334");
  EXPECT_EQ(badge->color, "b31b1b");
}

TEST(IdentifierBadgeTest, StaticBadgeMessageAndColorOnly) {
  auto badge = ParseStaticBadge("passing-green");
  ASSERT_TRUE(badge);
  EXPECT_EQ(badge->label, "");
  EXPECT_EQ(badge->message, "passing");
  EXPECT_EQ(badge->color, "green");
}

TEST(IdentifierBadgeTest, StaticBadgeEscapes) {
  auto badge = ParseStaticBadge("Code_Style-black--formatter-snake__case");
  ASSERT_TRUE(badge);
  EXPECT_EQ(badge->label, "Code Style");
  EXPECT_EQ(badge->message, "black-formatter");
  EXPECT_EQ(badge->color, "snake_case");
  auto dashes = ParseStaticBadge("a--b-c-d");
  ASSERT_TRUE(dashes);
  EXPECT_EQ(dashes->label, "a-b");
  EXPECT_EQ(dashes->message, "c");
  EXPECT_EQ(dashes->color, "d");
}

TEST(IdentifierBadgeTest, StaticBadgeMalformed) {
  EXPECT_FALSE(ParseStaticBadge("only"));
  EXPECT_FALSE(ParseStaticBadge("label-message-"));
  EXPECT_FALSE(ParseStaticBadge(""));
  EXPECT_FALSE(ParseStaticBadge("a--b"));
}

// --- Badges: Hugging Face and Zenodo -----------------------------------------

TEST(IdentifierBadgeTest, HuggingFaceBadgeKinds) {
  const std::string base = "https://huggingface.co/datasets/huggingface/badges/resolve/main/";
  EXPECT_EQ(HuggingFaceBadgeKind(U(base + "model-on-hf-md.svg")), HfKind::kModel);
  EXPECT_EQ(HuggingFaceBadgeKind(U(base + "dataset-on-hf-sm-dark.svg")), HfKind::kDataset);
  EXPECT_EQ(HuggingFaceBadgeKind(U(base + "open-in-hf-spaces-sm.svg")), HfKind::kSpace);
  EXPECT_EQ(HuggingFaceBadgeKind(U(base + "deploy-on-spaces-md.svg")), HfKind::kSpace);
  EXPECT_EQ(HuggingFaceBadgeKind(U(base + "deploy-to-spaces-lg.svg")), HfKind::kSpace);
  EXPECT_EQ(HuggingFaceBadgeKind(U(base + "paper-page-sm.svg")), HfKind::kPaper);
  EXPECT_EQ(HuggingFaceBadgeKind(U("https://huggingface.co/datasets/huggingface/badges/raw/main/"
                                   "open-in-hf-spaces-md.svg")),
            HfKind::kSpace);
}

TEST(IdentifierBadgeTest, HuggingFaceBadgeUnknown) {
  const std::string base = "https://huggingface.co/datasets/huggingface/badges/resolve/main/";
  EXPECT_FALSE(HuggingFaceBadgeKind(U(base + "powered-by-huggingface-dark.svg")));
  EXPECT_FALSE(HuggingFaceBadgeKind(U("https://example.org/model-on-hf-md.svg")));
  EXPECT_FALSE(HuggingFaceBadgeKind(U("https://img.shields.io/badge/model-on%20hf-yellow")));
}

TEST(IdentifierBadgeTest, ZenodoDoiBadge) {
  EXPECT_EQ(ZenodoBadgeDoi(U("https://zenodo.org/badge/DOI/10.5281/zenodo.1234.svg")),
            "10.5281/zenodo.1234");
  EXPECT_EQ(ZenodoBadgeDoi(U("https://zenodo.org/badge/DOI/10.5281/ZENODO.1234.svg")),
            "10.5281/zenodo.1234");
  EXPECT_EQ(ZenodoBadgeDoi(U("https://www.zenodo.org/badge/DOI/10.5281%2Fzenodo.9.svg")),
            "10.5281/zenodo.9");
  EXPECT_FALSE(ZenodoBadgeDoi(U("https://zenodo.org/badge/1234.svg")));
  EXPECT_FALSE(ZenodoBadgeDoi(U("https://example.org/badge/DOI/10.5281/zenodo.1234.svg")));
}

TEST(IdentifierBadgeTest, ZenodoGithubBadge) {
  EXPECT_EQ(ZenodoBadgeGithubId(U("https://zenodo.org/badge/123456.svg")), "123456");
  EXPECT_EQ(ZenodoBadgeGithubId(U("https://zenodo.org/badge/123456")), "123456");
  EXPECT_FALSE(ZenodoBadgeGithubId(U("https://zenodo.org/badge/latestdoi/123456")));
  EXPECT_FALSE(ZenodoBadgeGithubId(U("https://zenodo.org/badge/abc.svg")));
  EXPECT_FALSE(ZenodoBadgeGithubId(U("https://zenodo.org/badge/.svg")));
  EXPECT_FALSE(ZenodoBadgeGithubId(U("https://zenodo.org/badge/DOI/10.5281/zenodo.1.svg")));
  EXPECT_FALSE(ZenodoBadgeGithubId(U("https://example.org/badge/123456.svg")));
}

TEST(IdentifierBadgeTest, PathExtension) {
  EXPECT_EQ(PathExtension("/a/b.SVG"), "svg");
  EXPECT_EQ(PathExtension("/a/b.tar.gz"), "gz");
  EXPECT_EQ(PathExtension("/a/b"), "");
  EXPECT_EQ(PathExtension("/a.b/c"), "");
  EXPECT_EQ(PathExtension("/a/b."), "");
  EXPECT_EQ(PathExtension("file.png"), "png");
  EXPECT_EQ(PathExtension(""), "");
  EXPECT_EQ(PathExtension(U("https://img.shields.io/badge/x-y-z.svg?style=flat")), "svg");
  EXPECT_EQ(PathExtension(U("https://example.org/")), "");
}

TEST(BadgeTest, RenamedRepositoriesBadgesNameTheNewRepository) {
  EXPECT_EQ(RenameGithubBadge("https://img.shields.io/github/stars/old/tool.svg?style=social",
                              "old/tool", "new/tool"),
            "https://img.shields.io/github/stars/new/tool.svg?style=social");
  EXPECT_EQ(RenameGithubBadge("https://img.shields.io/github/last-commit/Old/Tool", "old/tool",
                              "new/tool-2"),
            "https://img.shields.io/github/last-commit/new/tool-2")
      << "any /github/ route, any case";
  EXPECT_FALSE(RenameGithubBadge("https://img.shields.io/github/stars/other/tool.svg", "old/tool",
                                 "new/tool"));
  EXPECT_FALSE(RenameGithubBadge("https://img.shields.io/badge/old/tool", "old/tool", "new/tool"));
  EXPECT_FALSE(RenameGithubBadge("https://example.org/github/stars/old/tool", "old/tool", "n/t"));
  EXPECT_FALSE(
      RenameGithubBadge("https://img.shields.io/github/stars/old/t%6Fol", "old/tool", "new/tool"))
      << "not written plainly: left alone";
  EXPECT_FALSE(RenameGithubBadge("not a url", "old/tool", "new/tool"));
}

}  // namespace
}  // namespace awesomelint
