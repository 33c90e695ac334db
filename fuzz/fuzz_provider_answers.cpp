// fuzz_provider_answers: whatever an API answers, through every provider's answer
// parser (src/links/providers/answers.h): GitHub's REST and GraphQL JSON, arXiv's
// Atom feed, Hugging Face's repository and paper JSON, the DOI handle JSON, Zenodo's
// record JSON, status and Location, and the list's own repository (awesome-github). One target for
// all: the JSON parsers share nlohmann's parser and differ in a few lookups, so one corpus of
// answers serves them all, and each input goes through every parser (no selector byte for the
// fuzzer to waste mutations on). The input is the answer's body; its first line is also a Location
// header for Zenodo. A parser may say nothing; it may not throw or crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "awesomelint/links/repository_api.h"
#include "links/providers/answers.h"

namespace awesomelint {
namespace {

[[noreturn]] void Fail(const std::string& what) {
  std::fprintf(stderr, "fuzz_provider_answers: %s\n", what.c_str());
  std::abort();
}

// GitHub asks for up to 100 repositories per GraphQL request; one more alias than that
// reads past what any batch asks.
constexpr size_t kGraphQlLookups = 101;

// What the cache writes of an answer it reads back (else every run would drop it).
void ExpectCacheable(const ResourceMeta& meta) {
  if (!MetaFromJson(nlohmann::json::parse(
          MetaToJson(meta).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace))))
    Fail("metadata read from an answer that the cache cannot read back");
}

void Answers(std::string_view body) {
  ResourceMeta meta;
  meta.repo = ParseGithubRepo(body);
  ExpectCacheable(meta);
  meta.repo = ParseGithubRepoPage(body);
  ExpectCacheable(meta);
  GithubGraphQlAnswer graphql = ParseGithubGraphQl(body, kGraphQlLookups);
  if (graphql.usable ? graphql.lookups.size() != kGraphQlLookups : !graphql.lookups.empty())
    Fail("a GraphQL answer with another number of lookups than asked");
  for (const GithubGraphQlAnswer::Lookup& lookup : graphql.lookups) {
    meta.repo = lookup.repo;
    ExpectCacheable(meta);
  }
  for (const ArxivPaper& paper : ParseArxivFeed(body).papers) {
    if (paper.id.empty()) Fail("an arXiv paper without an id");
    meta.paper = paper.meta;
    ExpectCacheable(meta);
  }
  HfRepoAnswer hf = ParseHfRepo(body);
  if (!hf.gate.empty() && !hf.gated) Fail("a gate without gated");
  meta.hub = hf;
  ExpectCacheable(meta);
  ParseHfPaper(body);
  meta.record = ParseZenodoRecord(body);
  ExpectCacheable(meta);
  ParseDoiHandle(body);
  ListRepository repository;
  if (ReadRepositoryAnswer(body, repository) && repository.has_topics == false &&
      !repository.topics.empty())
    Fail("topics without a topics array");

  std::string location(body.substr(0, body.find('\n')));
  for (long status : {200L, 301L, 302L, 404L, 410L, 500L}) {
    ZenodoAnswer zenodo =
        ParseZenodoAnswer(status, location, "https://zenodo.org/api/records/1/versions/latest");
    if ((zenodo.says == ZenodoAnswer::Says::kRedirect) == zenodo.next.empty())
      Fail("a Zenodo redirect without a URL, or a URL without a redirect");
  }
}

}  // namespace
}  // namespace awesomelint

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  awesomelint::Answers(std::string_view(reinterpret_cast<const char*>(data), size));
  return 0;
}
