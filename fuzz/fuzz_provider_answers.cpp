// fuzz_provider_answers: whatever an API answers, through every provider's answer
// parser (src/links/providers/answers.h): GitHub's REST and GraphQL JSON, arXiv's
// Atom feed, Hugging Face's repository and paper JSON, the DOI handle JSON, and
// Zenodo's record JSON, status and Location. One target for all: the JSON parsers share nlohmann's
// parser and differ in a few lookups, so one corpus of answers serves them all,
// and each input goes through every parser (no selector byte for the fuzzer to
// waste mutations on). The input is the answer's body; its first line is also a
// Location header for Zenodo. A parser may say nothing; it may not throw or crash.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

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

void Answers(std::string_view body) {
  ParseGithubRepo(body);
  GithubGraphQlAnswer graphql = ParseGithubGraphQl(body, kGraphQlLookups);
  if (graphql.usable ? graphql.lookups.size() != kGraphQlLookups : !graphql.lookups.empty())
    Fail("a GraphQL answer with another number of lookups than asked");
  for (const ArxivPaper& paper : ParseArxivFeed(body).papers)
    if (paper.id.empty()) Fail("an arXiv paper without an id");
  HfRepoAnswer hf = ParseHfRepo(body);
  if (!hf.gate.empty() && !hf.gated) Fail("a gate without gated");
  ParseHfPaper(body);
  ParseZenodoRecord(body);
  ParseDoiHandle(body);

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
